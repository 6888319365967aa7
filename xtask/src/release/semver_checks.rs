//! A second opinion on each release decision: cargo-semver-checks compares the previous and the
//! new crate through their rustdoc JSON, with its own lints.
//!
//! It only looks for breaking changes (additions never require anything of it), so the two
//! opinions are compared on one question: is this release breaking? A disagreement fails, with
//! one exception: cargo-semver-checks has no lints for changed types (of a field, a parameter, a
//! return value, an alias), so when every breaking change the diff found is of that kind, its
//! "not breaking" is its blind spot, reported as such.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::diff::{Action, Change, Level};
use super::surface::kind;

/// A copy of the crate as it is now, to compare the regenerated one with.
pub fn snapshot(root: &Path, crate_dir: &Path) -> Result<PathBuf, String> {
    copy_out(root, crate_dir, "baseline")
}

/// A copy of the crate under `target/semver-checks/<which>/`, outside the workspace (whose other
/// members may still require the version being released), its path dependencies made absolute.
fn copy_out(root: &Path, crate_dir: &Path, which: &str) -> Result<PathBuf, String> {
    let name = crate_dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let baseline = root.join("target").join("semver-checks").join(which).join(name);
    let _ = std::fs::remove_dir_all(&baseline);
    copy_dir(crate_dir, &baseline).map_err(|e| format!("copying {} to {}: {e}", crate_dir.display(), baseline.display()))?;
    // Path dependencies (the runtime crate) are relative to where the crate is: the copy names
    // them absolutely.
    let manifest = baseline.join("Cargo.toml");
    if let Ok(text) = std::fs::read_to_string(&manifest) {
        let mut absolute = absolute_paths(&text, crate_dir);
        // A baseline depends on the runtime as it was: its copy, when this run released a new one
        // (the crate's previous version may require the previous runtime's).
        let runtime = root.join("runtime");
        let runtime_baseline = root.join("target").join("semver-checks").join("baseline").join("runtime");
        if which == "baseline" && crate_dir != runtime && runtime_baseline.is_dir() {
            let from = format!("path = \"{}\"", runtime.canonicalize().unwrap_or(runtime).to_string_lossy());
            let to = format!("path = \"{}\"", runtime_baseline.to_string_lossy());
            absolute = absolute.replace(&from, &to);
        }
        std::fs::write(&manifest, absolute).map_err(|e| format!("writing {}: {e}", manifest.display()))?;
    }
    Ok(baseline)
}

/// Forgets the copy `snapshot` took of a crate in an earlier run.
pub fn forget_snapshot(root: &Path, crate_dir: &Path) {
    let name = crate_dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let _ = std::fs::remove_dir_all(root.join("target").join("semver-checks").join("baseline").join(name));
}

/// `manifest` with each relative `path = "..."` made absolute from `dir`.
fn absolute_paths(manifest: &str, dir: &Path) -> String {
    const KEY: &str = "path = \"";
    let mut out = String::with_capacity(manifest.len());
    let mut rest = manifest;
    while let Some(at) = rest.find(KEY) {
        let (before, after) = rest.split_at(at + KEY.len());
        out.push_str(before);
        let Some(end) = after.find('"') else { break };
        let path = &after[..end];
        // The crate itself (a dev-dependency on its own features) stays itself.
        if Path::new(path).is_relative() && path != "." {
            let joined = dir.join(path);
            let resolved = joined.canonicalize().unwrap_or(joined);
            out.push_str(&resolved.to_string_lossy().replace('\\', "/"));
        } else {
            out.push_str(path);
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// Whether cargo-semver-checks is installed (`cargo semver-checks --version` works).
pub fn installed() -> bool {
    Command::new("cargo").args(["semver-checks", "--version"]).output().is_ok_and(|o| o.status.success())
}

/// Runs cargo-semver-checks on `baseline` -> `current` and compares its verdict with `ours`.
/// `Ok` says what happened (including "not installed", outside CI); `Err` is a disagreement or a
/// failure to run it.
pub fn confirm(root: &Path, baseline: &Path, current: &Path, ours: Level, changes: &[Change]) -> Result<String, String> {
    if !installed() {
        let how = "install it with `cargo install cargo-semver-checks --locked`";
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            return Err(format!("cargo-semver-checks is not installed, and CI requires its confirmation: {how}"));
        }
        return Ok(format!("{ours} release not confirmed: cargo-semver-checks is not installed ({how})"));
    }
    let theirs = breaking(root, baseline, current)?;
    let breaking_ours = ours == Level::Major;
    if theirs.breaking == breaking_ours {
        let what = if breaking_ours { "breaking" } else { "not breaking" };
        return Ok(format!("cargo-semver-checks agrees: {what} ({ours} release)"));
    }
    let seen = changes.iter().filter(|c| c.level == Level::Major).filter(|c| in_reach(c)).count();
    if breaking_ours && seen == 0 {
        return Ok(format!(
            "breaking ({ours} release) by the API diff alone: cargo-semver-checks finds nothing, as it has no lints \
             for changed types"
        ));
    }
    let (we, they) = if breaking_ours { ("breaking", "not breaking") } else { ("not breaking", "breaking") };
    Err(format!(
        "{}: the API diff calls this release {we} ({ours}), cargo-semver-checks calls it {they}:\n{}",
        current.display(),
        theirs.output
    ))
}

/// cargo-semver-checks' finding.
pub struct Finding {
    pub breaking: bool,
    /// What it printed.
    pub output: String,
}

/// Asks cargo-semver-checks whether `current` may be released as a compatible version of
/// `baseline`.
pub fn breaking(root: &Path, baseline: &Path, current: &Path) -> Result<Finding, String> {
    // Checked outside the workspace: a breaking release of the runtime crate is checked before the
    // crates that depend on it are regenerated, while they still require its previous version.
    let copy = copy_out(root, current, "current")?;
    let manifest = copy.join("Cargo.toml");
    let output = Command::new("cargo")
        .args(["semver-checks", "check-release", "--color", "never", "--release-type", "minor"])
        .arg("--manifest-path")
        .arg(&manifest)
        .arg("--baseline-root")
        .arg(baseline)
        // One target directory for every comparison, so dependencies build once.
        .env("CARGO_TARGET_DIR", root.join("target").join("semver-checks").join("target"))
        .output()
        .map_err(|e| format!("running cargo semver-checks: {e}"))?;
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    if output.status.success() {
        return Ok(Finding { breaking: false, output: text });
    }
    if text.contains("requires new major version") || text.contains("semver requires") {
        return Ok(Finding { breaking: true, output: text });
    }
    Err(format!("cargo semver-checks failed on {}:\n{text}", current.display()))
}

/// Whether cargo-semver-checks has a lint for this breaking change: removals, structs and enums
/// made non-exhaustive (or given private fields), members added to exhaustive types, and
/// functions whose number of parameters changed. Not: types changed in place.
pub fn in_reach(change: &Change) -> bool {
    match (change.action, change.kind.as_str()) {
        (Action::Removed | Action::Added, _) => true,
        (Action::Changed, kind::STRUCT | kind::ENUM | kind::TRAIT_FN) => true,
        (Action::Changed, kind::FN | kind::METHOD) => {
            let count = |sig: &Option<String>| sig.as_deref().and_then(parameter_count);
            count(&change.old) != count(&change.new)
        }
        _ => false,
    }
}

/// How many parameters a signature written by [`super::surface::tidy`] has.
fn parameter_count(signature: &str) -> Option<usize> {
    let start = signature.find('(')?;
    let (mut depth, mut count, mut any) = (0usize, 0usize, false);
    for c in signature[start..].chars() {
        match c {
            '(' | '<' | '[' => depth += 1,
            ')' | '>' | ']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(if any { count + 1 } else { 0 });
                }
            }
            ',' if depth == 1 => count += 1,
            c if depth >= 1 && !c.is_whitespace() => any = true,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_counted_at_the_top_level() {
        assert_eq!(parameter_count("fn new() -> Self"), Some(0));
        assert_eq!(parameter_count("fn get(&self, id: i64) -> Result<Pet, Error<Vec<(A, B)>>>"), Some(2));
        assert_eq!(parameter_count("async fn list(&self, map: BTreeMap<String, Vec<u8>>, n: usize)"), Some(3));
    }

    #[test]
    fn relative_path_dependencies_become_absolute() {
        let dir = std::env::temp_dir();
        let manifest = "[dependencies]\nrt = { version = \"0.1.0\", path = \"../x/runtime\" }\nabs = { path = \"/opt/abs\" }\n";
        let rewritten = absolute_paths(manifest, &dir);
        let expected = dir.join("../x/runtime").to_string_lossy().into_owned();
        assert!(rewritten.contains(&format!("path = \"{expected}\"")), "{rewritten}");
        assert!(rewritten.contains("path = \"/opt/abs\""), "{rewritten}");
        assert!(rewritten.ends_with("}\n"));
    }
}
