//! A second opinion on each release decision: cargo-semver-checks compares the previous and the
//! new crate through their rustdoc JSON, with its own lints.
//!
//! It only looks for breaking changes (additions never require anything of it), so the two
//! opinions are compared on one question: is this release breaking? A disagreement fails.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::diff::Level;

/// A copy of the crate as it is now, to compare the regenerated one with.
pub fn snapshot(root: &Path, crate_dir: &Path) -> Result<PathBuf, String> {
    let name = crate_dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let baseline = root.join("target").join("semver-checks").join("baseline").join(name);
    let _ = std::fs::remove_dir_all(&baseline);
    copy_dir(crate_dir, &baseline).map_err(|e| format!("copying {} to {}: {e}", crate_dir.display(), baseline.display()))?;
    Ok(baseline)
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
pub fn confirm(root: &Path, baseline: &Path, current: &Path, ours: Level) -> Result<String, String> {
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
    let manifest = current.join("Cargo.toml");
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
