//! Crates generated from test documents and committed whole, as the golden files of what they
//! test and for the live tests that drive them against loopback servers:
//! - `tests/specs/auth/<doc>.yaml`, each generated with no configuration (so its auth comes
//!   from its security schemes), in `tests/auth-crates/<doc>/` (`live_auth.rs`);
//! - `tests/specs/paging/<doc>.yaml`, each generated with the `api.toml`-format file beside it
//!   (`<doc>.toml`, naming a pagination style), in `tests/paging-crates/<doc>/`
//!   (`live_paging.rs`).
//!
//! They depend on the runtime crate by path, as the project's six crates do (embedding is
//! covered by the golden files, the corpus run and `tests/build-rs/`). This test fails when one
//! is stale; `UPDATE_GOLDEN=1` rewrites them (review the diff).
//! `warnings.txt` beside each crate holds the located warnings its document gives.

use std::path::{Path, PathBuf};

use workspace_tests::workspace_root;

fn documents(folder: &str) -> Vec<PathBuf> {
    let dir = workspace_root().join("tests").join("specs").join(folder);
    let mut specs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "json"))
        .collect();
    specs.sort();
    specs
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return files };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn committed_auth_crates_are_up_to_date() {
    check_committed("auth", "auth-crates", |_, name| codegen::Config::new(name));
}

#[test]
fn committed_paging_crates_are_up_to_date() {
    check_committed("paging", "paging-crates", |spec, _| {
        let file = spec.with_extension("toml");
        codegen::config::ApiFile::read(&file).unwrap_or_else(|e| panic!("{e}")).into_config(&file).1
    });
}

/// The runtime crate, as `tests/<crates>/<doc>/` reaches it.
fn runtime_crate() -> codegen::config::Runtime {
    let manifest = std::fs::read_to_string(workspace_root().join("runtime").join("Cargo.toml")).expect("runtime/Cargo.toml");
    let version = manifest.lines().find_map(|line| line.strip_prefix("version = ")).expect("a version");
    codegen::config::Runtime::Crate { path: "../../../runtime".to_owned(), version: version.trim_matches('"').to_owned() }
}

/// Generates each document of `tests/specs/<specs>/` with the configuration `config` gives and
/// compares the crate with `tests/<crates>/<doc>/`.
fn check_committed(specs: &str, crates: &str, config: impl Fn(&Path, &str) -> codegen::Config) {
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let mut stale = Vec::new();
    for spec in documents(specs) {
        let name = spec.file_stem().and_then(|s| s.to_str()).expect("utf-8 name").to_owned();
        // Like the project's six crates, they share the runtime crate rather than embed a copy.
        let config = config(&spec, &name).runtime(runtime_crate());
        let generated =
            codegen::generate(&spec, &config).unwrap_or_else(|failure| panic!("{}: {failure}", spec.display()));
        let dir = workspace_root().join("tests").join(crates).join(&name);
        let warnings: Vec<String> = generated.diagnostics.iter().map(ToString::to_string).collect();
        let warnings = (warnings.join("\n") + "\n").replace(&workspace_root().display().to_string(), "<root>");
        let mut expected: Vec<(PathBuf, String)> =
            generated.files.iter().map(|f| (dir.join(&f.path), f.contents.clone())).collect();
        expected.push((dir.join("warnings.txt"), warnings));
        for (path, contents) in &expected {
            if update {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, contents).unwrap();
            } else if std::fs::read_to_string(path).ok().as_deref() != Some(contents.as_str()) {
                stale.push(path.display().to_string());
            }
        }
        for found in files_under(&dir) {
            if !expected.iter().any(|(path, _)| *path == found) {
                if update {
                    std::fs::remove_file(&found).unwrap();
                } else {
                    stale.push(format!("{} (no longer generated)", found.display()));
                }
            }
        }
    }
    assert!(stale.is_empty(), "committed crates differ from what their documents generate (rerun with UPDATE_GOLDEN=1 and review the diff):\n{}", stale.join("\n"));
}
