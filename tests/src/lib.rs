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
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
        let output = Command::new(cargo)
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", target_dir().join("generated-check"))
            .env_remove("RUSTFLAGS")
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
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
        let output = Command::new(cargo)
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", target_dir().join("generated-check"))
            .env_remove("RUSTFLAGS")
            .args(["clippy", "--workspace", "--keep-going", "--message-format", "short", "--quiet", "--", "-D", "warnings"])
            .output()
            .expect("run cargo clippy");
        let stderr = String::from_utf8_lossy(&output.stderr);
        let mut results = BTreeMap::new();
        for member in &self.members {
            let failed = stderr.contains(&format!("could not compile `{member}`"));
            let result = if failed {
                let prefix = format!("{member}/");
                let lines: Vec<&str> = stderr.lines().filter(|l| l.starts_with(&prefix)).take(40).collect();
                Err(lines.join("\n"))
            } else {
                Ok(())
            };
            results.insert(member.clone(), result);
        }
        if !output.status.success() && results.values().all(Result::is_ok) {
            // cargo failed before compiling anything of ours (resolution, network...).
            let message = stderr.lines().take(30).collect::<Vec<_>>().join("\n");
            for result in results.values_mut() {
                *result = Err(message.clone());
            }
        }
        results
    }
}
