//! How `cargo xtask` finds the checkout it acts on.

use std::path::{Path, PathBuf};
use std::process::Command;

fn scratch(name: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf();
    let dir = root.join("target").join("xtask-cli-tests").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `cargo xtask` acts on the checkout it is run in, found when it runs: a copy of the checkout
/// sharing the target folder (so running the same binary) acts on the copy.
#[test]
fn the_workspace_is_found_at_run_time() {
    let copy = scratch("checkout-copy");
    std::fs::create_dir_all(copy.join("xtask")).unwrap();
    std::fs::write(copy.join("xtask/Cargo.toml"), "[package]\nname = \"xtask\"\n").unwrap();
    std::fs::create_dir_all(copy.join("specs")).unwrap();
    std::fs::create_dir_all(copy.join("deep/er")).unwrap();
    let expected = format!("no APIs under {}", copy.join("specs").display());

    // As `cargo xtask` (`cargo run`) runs it in the copy.
    let run = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["codegen", "--check"])
        .env("CARGO_MANIFEST_DIR", copy.join("xtask"))
        .output()
        .unwrap();
    assert!(run.status.success() && String::from_utf8_lossy(&run.stdout).contains(&expected), "{run:?}");

    // The binary run directly, from a folder inside the copy.
    let direct = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["codegen", "--check"])
        .env_remove("CARGO_MANIFEST_DIR")
        .current_dir(copy.join("deep/er"))
        .output()
        .unwrap();
    assert!(direct.status.success() && String::from_utf8_lossy(&direct.stdout).contains(&expected), "{direct:?}");
}

/// `cargo xtask generate` is the installable command's `generate`.
#[test]
fn xtask_generate_is_the_command() {
    let out = scratch("xtask-generate");
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/specs/petstore-tricky.yaml");
    let run = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["generate", "--spec", spec.to_str().unwrap(), "--out", out.join("c").to_str().unwrap()])
        .output()
        .unwrap();
    assert!(run.status.success(), "{run:?}");
    assert!(out.join("c/.codegen-output").is_file());
    let usage = Command::new(env!("CARGO_BIN_EXE_xtask")).args(["generate", "--help"]).output().unwrap();
    assert!(String::from_utf8_lossy(&usage.stdout).contains("--out <DIR>"), "{usage:?}");
}
