//! The crates generated from the auth test documents (`tests/specs/auth/<doc>.yaml`, each
//! generated with no configuration, so its auth comes from its security schemes) are committed
//! whole in `tests/auth-crates/<doc>/`: they are the golden files of document-derived auth, and
//! the `live_auth_*.rs` tests drive them against loopback servers. This test fails when one is
//! stale; `UPDATE_GOLDEN=1` rewrites them (review the diff). `warnings.txt` beside each crate
//! holds the located warnings its document gives.

use std::path::{Path, PathBuf};

use workspace_tests::workspace_root;

fn documents() -> Vec<PathBuf> {
    let dir = workspace_root().join("tests").join("specs").join("auth");
    let mut specs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/specs/auth exists")
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
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let mut stale = Vec::new();
    for spec in documents() {
        let name = spec.file_stem().and_then(|s| s.to_str()).expect("utf-8 name").to_owned();
        let generated = codegen::generate(&spec, &codegen::Config::new(&name))
            .unwrap_or_else(|failure| panic!("{}: {failure}", spec.display()));
        let dir = workspace_root().join("tests").join("auth-crates").join(&name);
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
    assert!(stale.is_empty(), "auth crates differ from what their documents generate (rerun with UPDATE_GOLDEN=1 and review the diff):\n{}", stale.join("\n"));
}
