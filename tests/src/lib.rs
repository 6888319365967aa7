//! Shared helpers for the workspace-level tests: where things are, and how to build many
//! generated crates at once in one shared target directory.

pub mod call_shape;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map_or_else(|| PathBuf::from(".."), Path::to_path_buf)
}

/// `target/` of the workspace (honours `CARGO_TARGET_DIR`).
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => workspace_root().join("target"),
    }
}

/// `cargo` (the one running the tests) in `dir`, building generated crates in one target folder
/// of their own, `generated-check`, which every test that builds them shares.
pub fn generated_cargo(dir: &Path) -> Command {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut command = Command::new(cargo);
    command.current_dir(dir).env("CARGO_TARGET_DIR", target_dir().join("generated-check")).env_remove("RUSTFLAGS");
    command
}

/// `../shared/corpus` beside the checkout. On a user's machine without it the caller is told
/// plainly (and returns); under CI (`CI=true`) its absence fails the test.
pub fn corpus_dir() -> Option<PathBuf> {
    let dir = workspace_root().join("..").join("shared").join("corpus");
    if dir.is_dir() {
        return Some(dir);
    }
    let message = format!("{} not found: the corpus tests need ../shared beside the checkout", dir.display());
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{message} (required under CI)");
    }
    eprintln!("NOT RUN: {message}");
    None
}

/// Generated crates under test, gathered into one throwaway cargo workspace so that cargo
/// builds them in parallel against one set of compiled dependencies.
pub struct CrateSet {
    dir: PathBuf,
    members: Vec<String>,
}

impl CrateSet {
    /// A fresh set under `target/<name>/` (emptied first).
    pub fn new(name: &str) -> Self {
        let dir = target_dir().join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create crate set directory");
        Self { dir, members: Vec::new() }
    }

    /// Where a member crate goes.
    pub fn member_dir(&self, crate_name: &str) -> PathBuf {
        self.dir.join(crate_name)
    }

    pub fn add(&mut self, generated: &codegen::Generated, crate_name: &str) {
        generated.write_to(&self.member_dir(crate_name)).expect("write generated crate");
        self.members.push(crate_name.to_owned());
    }

    /// Compiles the members' documentation examples (`cargo test --doc`); `Err` with cargo's
    /// output when one fails. Run after [`CrateSet::clippy`], which writes the workspace manifest.
    pub fn doc_tests(&self) -> Result<(), String> {
        let output = generated_cargo(&self.dir)
            .args(["test", "--doc", "--workspace", "--quiet"])
            .output()
            .expect("run cargo test --doc");
        if output.status.success() {
            Ok(())
        } else {
            let text = String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
            Err(text.lines().rev().take(60).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join("\n"))
        }
    }

    /// Runs `cargo clippy -D warnings` (which also type-checks) over every member; returns, per
    /// crate name, `Ok` or the compiler's messages for that crate.
    pub fn clippy(&self) -> BTreeMap<String, Result<(), String>> {
        let members: Vec<String> = self.members.iter().map(|m| format!("{m:?}")).collect();
        let manifest = format!("[workspace]\nresolver = \"2\"\nmembers = [{}]\n", members.join(", "));
        std::fs::write(self.dir.join("Cargo.toml"), manifest).expect("write workspace manifest");
        let (success, stderr) = self.run_clippy(&["--workspace"]);
        let mut results = BTreeMap::new();
        for member in &self.members {
            results.insert(member.clone(), result_of(&stderr, member));
        }
        if !success && results.values().all(Result::is_ok) {
            // cargo failed before compiling anything of ours (resolution, network...).
            let message = stderr.lines().take(30).collect::<Vec<_>>().join("\n");
            for result in results.values_mut() {
                *result = Err(message.clone());
            }
        }
        // A compiler that failed without a message on the crate's code (killed, out of memory
        // or disk) says nothing of the code: those crates are checked once more, alone, and the
        // first failure is printed. A located message is the code's own and is final.
        let unlocated: Vec<String> = results
            .iter()
            .filter(|(member, result)| result.is_err() && !stderr.lines().any(|l| l.starts_with(&format!("{member}/"))))
            .map(|(member, _)| member.clone())
            .collect();
        for member in unlocated {
            eprintln!(
                "{member}: the compiler failed without a message on the code; checking it again alone:\n{}",
                failure_of(&stderr, &member)
            );
            let (_, stderr) = self.run_clippy(&["-p", &member]);
            results.insert(member.clone(), result_of(&stderr, &member));
        }
        results
    }

    /// `cargo clippy <selection> -D warnings` in the set's workspace: success and cargo's stderr.
    fn run_clippy(&self, selection: &[&str]) -> (bool, String) {
        let output = generated_cargo(&self.dir)
            .arg("clippy")
            .args(selection)
            .args(["--keep-going", "--message-format", "short", "--quiet", "--", "-D", "warnings"])
            .output()
            .expect("run cargo clippy");
        (output.status.success(), String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

/// `Ok`, or what cargo said about `member` when it did not compile.
fn result_of(stderr: &str, member: &str) -> Result<(), String> {
    if stderr.contains(&format!("could not compile `{member}`")) { Err(failure_of(stderr, member)) } else { Ok(()) }
}

/// What cargo said about one member that did not compile: the compiler's messages located in
/// its files, and cargo's own report on it ("could not compile" and its causes), which is all
/// there is when the compiler itself failed (killed, out of memory or disk, crashed).
fn failure_of(stderr: &str, member: &str) -> String {
    let prefix = format!("{member}/");
    let mut lines: Vec<&str> = stderr.lines().filter(|l| l.starts_with(&prefix)).take(40).collect();
    let heading = format!("could not compile `{member}`");
    let mut in_report = false;
    for line in stderr.lines() {
        if line.contains(&heading) {
            in_report = true;
        } else if in_report {
            // The report goes on with "Caused by:" and indented lines.
            in_report = line.is_empty() || line.starts_with("Caused by") || line.starts_with(' ');
        }
        if in_report {
            lines.push(line);
        }
    }
    // Unlocated errors (no file of any member): the compiler's or cargo's own failures.
    lines.extend(
        stderr
            .lines()
            .filter(|l| (l.starts_with("error:") || l.starts_with("thread ")) && !l.contains("could not compile"))
            .take(10),
    );
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::failure_of;

    #[test]
    fn a_killed_compiler_is_reported_with_its_cause() {
        let stderr = "other/src/lib.rs:1:1: error: unused\n\
                      error: could not compile `demo` (lib)\n\nCaused by:\n  process didn't exit successfully: `clippy-driver` (signal: 9, SIGKILL: kill)\n\
                      error: could not compile `other` (lib) due to 1 previous error\n";
        let report = failure_of(stderr, "demo");
        assert!(report.contains("could not compile `demo`"), "{report}");
        assert!(report.contains("SIGKILL"), "{report}");
        assert!(!report.contains("other/src/lib.rs"), "{report}");
        assert!(!report.contains("`other`"), "{report}");
    }

    #[test]
    fn located_messages_come_first() {
        let stderr = "demo/src/lib.rs:3:5: error: unused variable\nerror: could not compile `demo` (lib) due to 1 previous error\n";
        let report = failure_of(stderr, "demo");
        assert!(report.starts_with("demo/src/lib.rs:3:5: error: unused variable"), "{report}");
    }
}
