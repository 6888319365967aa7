//! The command itself: help, version, exit codes, `check`, and `--config FILE`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn scratch(name: &str) -> PathBuf {
    let dir = root().join("target").join("cli-tests").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn command(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_openapi-client-gen")).args(args).output().expect("run the command")
}

fn out(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn err(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn help_and_version() {
    let help = command(&["--help"]);
    assert_eq!(help.status.code(), Some(0), "{}", err(&help));
    for expected in ["generate", "check", "Exit codes: 0 done; 1", "--version"] {
        assert!(out(&help).contains(expected), "`{expected}` missing from:\n{}", out(&help));
    }
    for sub in ["generate", "check"] {
        let help = command(&[sub, "--help"]);
        assert_eq!(help.status.code(), Some(0), "{sub}: {}", err(&help));
        for flag in ["--spec <FILE>", "--config <FILE>", "--overlay <FILE>", "--allow-ref-root <DIR>", "--deny-warnings"] {
            assert!(out(&help).contains(flag), "{sub}: `{flag}` missing from:\n{}", out(&help));
        }
    }
    let generate = out(&command(&["generate", "--help"]));
    assert!(generate.contains("--out <DIR>") && generate.contains("--force"), "{generate}");
    let version = command(&["--version"]);
    assert_eq!(version.status.code(), Some(0));
    assert_eq!(out(&version).trim(), format!("openapi-client-gen {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn a_wrong_command_line_exits_2_and_says_why() {
    let cases: &[(&[&str], &str)] = &[
        (&[], "Usage"),
        (&["frobnicate"], "unrecognized subcommand 'frobnicate'"),
        (&["generate", "--spec", "x.yaml"], "--out <DIR>"),
        (&["generate", "--out", "x"], "--spec <FILE>"),
        (&["check", "--spec", "x.yaml", "--bogus"], "unexpected argument '--bogus'"),
    ];
    for (args, says) in cases {
        let output = command(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {}", err(&output));
        assert!(err(&output).contains(says), "{args:?}: `{says}` missing from:\n{}", err(&output));
    }
}

#[test]
fn check_reports_and_writes_nothing() {
    let dir = scratch("check");
    let spec = root().join("tests/specs/petstore-tricky.yaml");
    let ok = command(&["check", "--spec", spec.to_str().unwrap()]);
    assert_eq!(ok.status.code(), Some(0), "{}", err(&ok));
    assert!(err(&ok).contains("would be generated:") && err(&ok).contains("warning: "), "{}", err(&ok));
    assert!(std::fs::read_dir(&dir).unwrap().next().is_none());

    let strict = command(&["check", "--spec", spec.to_str().unwrap(), "--deny-warnings"]);
    assert_eq!(strict.status.code(), Some(1), "{}", err(&strict));
    assert!(err(&strict).contains("error: ") && err(&strict).contains("petstore-tricky.yaml#/"), "{}", err(&strict));

    let broken = dir.join("broken.json");
    std::fs::write(&broken, r#"{"openapi": "3.0.0", "info": "#).unwrap();
    let failed = command(&["check", "--spec", broken.to_str().unwrap()]);
    assert_eq!(failed.status.code(), Some(1), "{}", err(&failed));
    assert!(err(&failed).contains("broken.json"), "{}", err(&failed));
}

/// `--config` takes an `api.toml` as `cargo xtask codegen` reads it; flags given beside it win.
#[test]
fn config_file_as_codegen_reads_it() {
    let dir = scratch("config");
    std::fs::write(
        dir.join("api.yaml"),
        "openapi: 3.0.0\ninfo: {title: Pets, version: '1'}\nservers: [{url: 'https://pets.example/v1'}]\npaths:\n  /pets:\n    get:\n      operationId: petIndex\n      responses: {'200': {description: ok}}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("fix.yaml"),
        "overlay: 1.0.0\ninfo: {title: fix, version: '1'}\nactions:\n  - target: $.paths['/pets'].get\n    description: a summary\n    update: {summary: Every pet}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("api.toml"),
        "crate_name = \"pets-client\"\ncrate_version = \"2.1.0\"\nspec = \"api.yaml\"\noverlays = [\"fix.yaml\"]\nauth = { template = \"bearer\" }\n\n[method_names]\npetIndex = \"all_pets\"\n",
    )
    .unwrap();
    let config = dir.join("api.toml");
    let out_dir = dir.join("out");
    let output = command(&["generate", "--config", config.to_str().unwrap(), "--out", out_dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", err(&output));
    let manifest = std::fs::read_to_string(out_dir.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"pets-client\"") && manifest.contains("version = \"2.1.0\""), "{manifest}");
    let client = std::fs::read_to_string(out_dir.join("src/client.rs")).unwrap();
    assert!(client.contains("pub fn all_pets(") && client.contains("/// Every pet"), "{client}");
    assert!(out_dir.join("src/auth.rs").is_file(), "the bearer template was not applied");

    // Flags over the file.
    let renamed = dir.join("renamed");
    let output = command(&[
        "generate", "--config", config.to_str().unwrap(), "--out", renamed.to_str().unwrap(), "--crate-name", "other",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", err(&output));
    assert!(std::fs::read_to_string(renamed.join("Cargo.toml")).unwrap().contains("name = \"other\""));

    // A bad config names the file and the field.
    std::fs::write(dir.join("bad.toml"), "crate_name = \"x\"\nspec = \"api.yaml\"\nauth = { template = \"kerberos\" }\n").unwrap();
    let bad = command(&["check", "--config", dir.join("bad.toml").to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(1), "{}", err(&bad));
    assert!(err(&bad).contains("bad.toml") && err(&bad).contains("kerberos"), "{}", err(&bad));
}
