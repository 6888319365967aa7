//! The project's own test documents (`tests/specs/`): golden files of what they generate, byte
//! identical output across runs, and generated crates that pass `cargo clippy -D warnings`.

use std::path::{Path, PathBuf};

use workspace_tests::{workspace_root, CrateSet};

fn own_specs() -> Vec<PathBuf> {
    let dir = workspace_root().join("tests").join("specs");
    let mut specs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/specs exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "json"))
        .collect();
    specs.sort();
    assert!(!specs.is_empty(), "no test documents in {}", dir.display());
    specs
}

fn stem(spec: &Path) -> String {
    spec.file_stem().and_then(|s| s.to_str()).expect("utf-8 file name").to_owned()
}

/// `tests/specs/<spec>.toml`: the configurations a document is generated under, each a named
/// table in `api.toml`'s format (`[configs.<name>]` with `auth`, `pagination`...). Without one,
/// a document is generated once, with the default configuration.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Sidecar {
    configs: std::collections::BTreeMap<String, TestConfig>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct TestConfig {
    #[serde(default)]
    auth: codegen::config::Auth,
    #[serde(default)]
    pagination: codegen::config::Pagination,
    #[serde(default)]
    client_header: Option<codegen::config::ClientHeader>,
    #[serde(default)]
    method_names: std::collections::BTreeMap<String, String>,
}

/// One document under one configuration: its crate is `<spec>` or `<spec>-<config>`.
struct Case {
    spec: PathBuf,
    crate_name: String,
    config: codegen::Config,
}

fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for spec in own_specs() {
        let sidecar = spec.with_extension("toml");
        if !sidecar.exists() {
            let crate_name = stem(&spec);
            cases.push(Case { config: codegen::Config::new(&crate_name), crate_name, spec });
            continue;
        }
        let text = std::fs::read_to_string(&sidecar).expect("read the configurations");
        let sidecar_configs: Sidecar =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", sidecar.display()));
        for (name, test) in sidecar_configs.configs {
            let crate_name = format!("{}-{name}", stem(&spec));
            let mut config = codegen::Config::new(&crate_name);
            config.auth = test.auth;
            config.pagination = test.pagination;
            config.client_header = test.client_header;
            config.method_names = test.method_names;
            cases.push(Case { spec: spec.clone(), crate_name, config });
        }
    }
    cases
}

fn generate(case: &Case) -> codegen::Generated {
    codegen::generate(&case.spec, &case.config)
        .unwrap_or_else(|failure| panic!("{} ({}): {failure}", case.spec.display(), case.crate_name))
}

/// Golden files live in `tests/golden/<spec>/`; `UPDATE_GOLDEN=1` rewrites them. The runtime is
/// the same file in every crate and is left out.
#[test]
fn generated_code_matches_golden_files() {
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let mut stale = Vec::new();
    for case in cases() {
        let spec = &case.spec;
        let generated = generate(&case);
        let golden = workspace_root().join("tests").join("golden").join(&case.crate_name);
        let mut expected_files: Vec<PathBuf> = Vec::new();
        for file in generated.files.iter().filter(|f| !f.path.ends_with("runtime.rs")) {
            let path = golden.join(&file.path);
            expected_files.push(path.clone());
            if update {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, &file.contents).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(file.contents.as_str()) {
                stale.push(path.display().to_string());
            }
        }
        // The Swagger 2.0 upgrade and the 3.1 normalization are pinned too: what lowering reads.
        let document = codegen::load::load(spec).expect("test document loads");
        if document.dialect != codegen::load::Dialect::OpenApi30 {
            let path = golden.join("normalized.json");
            let text = serde_json::to_string_pretty(&document.root).unwrap() + "\n";
            expected_files.push(path.clone());
            if update {
                std::fs::create_dir_all(&golden).unwrap();
                std::fs::write(&path, &text).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                stale.push(path.display().to_string());
            }
        }
        let warnings: Vec<String> = generated.diagnostics.iter().map(ToString::to_string).collect();
        let warnings_path = golden.join("warnings.txt");
        expected_files.push(warnings_path.clone());
        // A golden file nothing produces any more is stale too.
        for found in files_under(&golden) {
            if !expected_files.contains(&found) {
                if update {
                    std::fs::remove_file(&found).unwrap();
                } else {
                    stale.push(format!("{} (no longer generated)", found.display()));
                }
            }
        }
        let warnings = warnings.join("\n") + "\n";
        let warnings = warnings.replace(&workspace_root().display().to_string(), "<root>");
        if update {
            std::fs::write(&warnings_path, &warnings).unwrap();
        } else if std::fs::read_to_string(&warnings_path).ok().as_deref() != Some(warnings.as_str()) {
            stale.push(warnings_path.display().to_string());
        }
    }
    assert!(stale.is_empty(), "golden files differ (rerun with UPDATE_GOLDEN=1 and review the diff):\n{}", stale.join("\n"));
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
fn generation_is_deterministic() {
    for case in cases() {
        let first = generate(&case);
        let second = generate(&case);
        assert_eq!(first.files, second.files, "{}: two runs differ", case.crate_name);
        assert_eq!(first.diagnostics, second.diagnostics);
    }
}

#[test]
fn generated_crates_pass_clippy_and_their_examples_compile() {
    let mut set = CrateSet::new("test-crates");
    let cases = cases();
    for case in &cases {
        set.add(&generate(case), &case.crate_name);
    }
    let results = set.clippy();
    let failures: Vec<String> =
        results.iter().filter_map(|(name, r)| r.as_ref().err().map(|e| format!("{name}:\n{e}"))).collect();
    assert_eq!(results.len(), cases.len());
    assert!(failures.is_empty(), "generated crates fail clippy:\n{}", failures.join("\n\n"));
    // The usage example in each crate's documentation compiles.
    if let Err(output) = set.doc_tests() {
        panic!("documentation examples of generated crates do not compile:\n{output}");
    }
}
