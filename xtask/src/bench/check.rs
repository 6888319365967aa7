//! `cargo check` time of generated crates with warm dependencies: every crate goes into one
//! throwaway workspace (`target/bench/check/`, target directory `target/bench/check-target/`);
//! each is checked once (which builds its dependencies), then timed `runs` times after touching
//! its `src/lib.rs`, the crates in turn: first as cargo does by default (incremental: the touched
//! crate's unchanged code is mostly reused, but parsing and macro expansion are redone), then
//! from scratch (`CARGO_INCREMENTAL=0`), as after regenerating the crate or in CI.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::anchors::Tool;
use super::generation::remove_dir;
use super::timing::{run_logged, shorten, Sample, Timer};
use super::{cargo, Paths};

/// The first check builds every dependency.
const WARM_TIMEOUT: Duration = Duration::from_secs(30 * 60);
const TIMEOUT: Duration = Duration::from_secs(15 * 60);

/// A generated crate to check.
pub struct Member {
    /// The corpus document it comes from.
    pub document: String,
    pub tool: Tool,
    /// Its package name.
    pub name: String,
    /// Where the generator wrote it (copied into the workspace).
    pub source: PathBuf,
}

/// How the crate is checked again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// cargo's default for `check`.
    Incremental,
    /// `CARGO_INCREMENTAL=0`.
    FromScratch,
}

#[derive(Default)]
pub struct Checks {
    results: BTreeMap<(String, Tool, Kind), Result<Sample, String>>,
    /// The first compiler errors of crates that do not compile: `(crate, errors)`.
    pub failures: Vec<(String, String)>,
}

impl Checks {
    pub fn get(&self, document: &str, tool: Tool, kind: Kind) -> Option<&Result<Sample, String>> {
        self.results.get(&(document.to_owned(), tool, kind))
    }

    fn insert_both(&mut self, member: &Member, result: Result<Sample, String>) {
        for kind in [Kind::Incremental, Kind::FromScratch] {
            self.results.insert((member.document.clone(), member.tool, kind), result.clone());
        }
    }
}

pub fn measure(timer: &Timer, paths: &Paths, members: &[Member], runs: usize) -> Checks {
    let mut checks = Checks::default();
    let dir = paths.bench.join("check");
    if let Err(reason) = prepare_workspace(paths, &dir, members) {
        for member in members {
            checks.insert_both(member, Err(reason.clone()));
        }
        return checks;
    }
    let target = paths.bench.join("check-target");
    let check = |name: &str, kind: Kind| {
        let mut command = cargo();
        command.current_dir(&dir).env("CARGO_TARGET_DIR", &target);
        if kind == Kind::FromScratch {
            command.env("CARGO_INCREMENTAL", "0");
        }
        command.args(["check", "--message-format", "short", "-p", name]);
        command
    };
    let mut warm_members = Vec::new();
    for member in members {
        eprintln!("   cargo check -p {} (dependencies, once)", member.name);
        let log = timer.log(&format!("check-warm-{}", member.name));
        let warm = run_logged(&mut check(&member.name, Kind::Incremental), &log, WARM_TIMEOUT);
        match warm {
            Err(reason) => checks.insert_both(member, Err(reason)),
            Ok(outcome) if !outcome.success => {
                let text = std::fs::read_to_string(&log).unwrap_or_default();
                let reason = if text.contains(&format!("could not compile `{}`", member.name)) {
                    let errors = first_errors(&text, 20);
                    let count = text.lines().filter(|l| l.contains(": error")).count();
                    checks.failures.push((member.name.clone(), errors));
                    format!("does not compile ({count} errors)")
                } else {
                    format!("cargo failed: {}", super::timing::failure_reason(&log))
                };
                checks.insert_both(member, Err(reason));
            }
            Ok(_) => warm_members.push(member),
        }
    }
    // The runs go round the crates, so that a change in the machine's load while they run weighs
    // on every crate alike, not on the ratios between them.
    for (kind, what) in [(Kind::Incremental, "incremental"), (Kind::FromScratch, "from-scratch")] {
        let names: Vec<&str> = warm_members.iter().map(|m| m.name.as_str()).collect();
        eprintln!("   cargo check after touching src/lib.rs, {what}, {} in turn ({runs}x each)", names.join(", "));
        let mut times: Vec<Result<Vec<Duration>, String>> = warm_members.iter().map(|_| Ok(Vec::new())).collect();
        for _ in 0..runs.max(1) {
            for (member, runs_so_far) in warm_members.iter().zip(&mut times) {
                let Ok(so_far) = runs_so_far else { continue };
                let lib = dir.join(&member.name).join("src").join("lib.rs");
                let label = format!("check-{what}-{}", member.name);
                match timer.measure(&label, 1, TIMEOUT, || touch(&lib), || check(&member.name, kind)) {
                    Ok(sample) => so_far.push(sample.median),
                    Err(reason) => *runs_so_far = Err(reason),
                }
            }
        }
        for (member, result) in warm_members.iter().zip(times) {
            let result = result.map(|runs| Sample::from_runs(runs, None));
            checks.results.insert((member.document.clone(), member.tool, kind), result);
        }
    }
    checks
}

/// `target/bench/check/`: a workspace of copies of the crates, with the repository's lock file
/// so that shared dependencies resolve to the versions already downloaded.
fn prepare_workspace(paths: &Paths, dir: &Path, members: &[Member]) -> Result<(), String> {
    remove_dir(dir)?;
    std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    for member in members {
        copy_dir(&member.source, &dir.join(&member.name))
            .map_err(|e| format!("copying {}: {e}", member.source.display()))?;
    }
    let names: Vec<String> = members.iter().map(|m| format!("{:?}", m.name)).collect();
    let manifest = format!("[workspace]\nresolver = \"2\"\nmembers = [{}]\n", names.join(", "));
    std::fs::write(dir.join("Cargo.toml"), manifest).map_err(|e| format!("writing the workspace manifest: {e}"))?;
    let _ = std::fs::copy(paths.root.join("Cargo.lock"), dir.join("Cargo.lock"));
    Ok(())
}

/// Copies a directory tree (files and folders only).
pub fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Sets a file's modification time to now, so that cargo checks its crate again.
pub(super) fn touch(path: &Path) -> Result<(), String> {
    let file =
        std::fs::File::options().write(true).open(path).map_err(|e| format!("touching {}: {e}", path.display()))?;
    file.set_modified(SystemTime::now()).map_err(|e| format!("touching {}: {e}", path.display()))
}

/// The first `max` error lines of `cargo check --message-format short` output.
fn first_errors(text: &str, max: usize) -> String {
    let lines: Vec<String> =
        text.lines().filter(|l| l.contains(": error")).take(max).map(|l| shorten(l.trim(), 200)).collect();
    lines.join("\n")
}
