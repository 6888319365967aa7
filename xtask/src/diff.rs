//! Unified diffs of text files, for the commands that compare a file with what it should be.

/// A unified diff between two versions of a text, with the number of lines removed and added.
pub struct TextDiff {
    /// `---`/`+++` header and hunks with two lines of context, cut after `max_lines` lines.
    pub text: String,
    pub removed: usize,
    pub added: usize,
}

/// Compares `old` with `new` line by line; `labels` name them in the header.
pub fn unified(old: &str, new: &str, labels: (&str, &str), max_lines: usize) -> TextDiff {
    let diff = similar::TextDiff::from_lines(old, new);
    let (mut removed, mut added) = (0, 0);
    for change in diff.iter_all_changes() {
        match change.tag() {
            similar::ChangeTag::Delete => removed += 1,
            similar::ChangeTag::Insert => added += 1,
            similar::ChangeTag::Equal => {}
        }
    }
    let text = diff.unified_diff().context_radius(2).header(labels.0, labels.1).to_string();
    let total = text.lines().count();
    let mut shown: Vec<&str> = text.lines().take(max_lines).collect();
    if total > max_lines {
        shown.push("... (diff cut)");
    }
    TextDiff { text: shown.join("\n"), removed, added }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_changed_lines_and_cuts_long_diffs() {
        let old: String = (0..100).map(|i| format!("line {i}\n")).collect();
        let new = old.replace("line 5\n", "line five\n").replace("line 90\n", "");
        let diff = unified(&old, &new, ("a (old)", "b (new)"), 8);
        assert_eq!((diff.removed, diff.added), (2, 1));
        assert!(diff.text.starts_with("--- a (old)\n+++ b (new)\n@@"), "{}", diff.text);
        assert!(diff.text.contains("-line 5\n+line five"), "{}", diff.text);
        assert!(diff.text.ends_with("... (diff cut)"), "{}", diff.text);
        assert_eq!(diff.text.lines().count(), 9);
        let same = unified(&old, &old, ("a", "b"), 8);
        assert_eq!((same.text.as_str(), same.removed, same.added), ("", 0, 0));
    }
}
