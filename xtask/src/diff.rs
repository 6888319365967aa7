//! Unified diffs of text files, for the commands that compare a file with what it should be.

/// A unified diff of `old` -> `new` (`labels` name them in the `---`/`+++` header; hunks with two
/// lines of context), cut after `max_lines` lines.
pub fn unified(old: &str, new: &str, labels: (&str, &str), max_lines: usize) -> String {
    let text = similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(2)
        .header(labels.0, labels.1)
        .to_string();
    let total = text.lines().count();
    let mut shown: Vec<&str> = text.lines().take(max_lines).collect();
    if total > max_lines {
        shown.push("... (diff cut)");
    }
    shown.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_long_diffs() {
        let old: String = (0..100).map(|i| format!("line {i}\n")).collect();
        let new = old.replace("line 5\n", "line five\n").replace("line 90\n", "");
        let diff = unified(&old, &new, ("a (old)", "b (new)"), 8);
        assert!(diff.starts_with("--- a (old)\n+++ b (new)\n@@"), "{diff}");
        assert!(diff.contains("-line 5\n+line five"), "{diff}");
        assert!(diff.ends_with("... (diff cut)"), "{diff}");
        assert_eq!(diff.lines().count(), 9);
        assert_eq!(unified(&old, &old, ("a", "b"), 8), "");
    }
}
