//! Regeneration as a release, on the fixture pairs of `tests/semver/`: each pair's version bump,
//! changelog entry and `public-api.txt`, `--check` on a current, a stale and an unbumped crate,
//! and cargo-semver-checks' agreement.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask")).args(args).output().expect("run xtask")
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn semver_checks_installed() -> bool {
    Command::new("cargo").args(["semver-checks", "--version"]).output().is_ok_and(|o| o.status.success())
}

/// One fixture pair: what the regeneration must decide, and what its changelog must name.
struct Case {
    name: &'static str,
    version: &'static str,
    /// Lines the new changelog entry must contain.
    changelog: &'static [&'static str],
    /// What cargo-semver-checks must say ("agrees", or its blind spot for changed types).
    semver_checks: &'static str,
}

const CASES: &[Case] = &[
    Case {
        name: "added-optional-field",
        version: "0.1.1",
        changelog: &["Compatible additions", "### Compatible changes", "- Added fields: `types::Pet.nickname: Option<String>`"],
        semver_checks: "agrees: not breaking",
    },
    Case {
        name: "removed-field",
        version: "0.2.0",
        changelog: &["Breaking release", "### Breaking changes", "- Removed fields: `types::Pet.tag: Option<String>`"],
        semver_checks: "agrees: breaking",
    },
    Case {
        name: "new-required-parameter",
        version: "0.2.0",
        changelog: &[
            "### Breaking changes",
            "- Changed operations (client methods): `Client::list_pets` (`GET /pets`): `fn list_pets(&self) -> requests::ListPets<'_>` -> `fn list_pets(&self, owner: impl Into<String>) -> requests::ListPets<'_>`",
        ],
        semver_checks: "agrees: breaking",
    },
    Case {
        name: "new-optional-parameter",
        version: "0.1.1",
        changelog: &["Compatible additions", "### Compatible changes", "- Added methods: `requests::ListPets::species`"],
        semver_checks: "agrees: not breaking",
    },
    Case {
        name: "new-operation",
        version: "0.1.1",
        changelog: &["### Compatible changes", "- Added operations (client methods): `Client::delete_pet` (`DELETE /pets/{petId}`)"],
        semver_checks: "agrees: not breaking",
    },
    Case {
        name: "enum-value-added",
        version: "0.1.1",
        changelog: &["### Compatible changes", "- Added enum variants: `types::PetStatus::Pending`"],
        semver_checks: "agrees: not breaking",
    },
    Case {
        name: "type-change",
        version: "0.2.0",
        changelog: &["### Breaking changes", "- Changed fields: `types::Pet.id`: `i64` -> `String`"],
        semver_checks: "no lints for changed types",
    },
    Case {
        name: "removed-operation",
        version: "0.2.0",
        changelog: &["### Breaking changes", "- Removed operations (client methods): `Client::create_pet` (`POST /pets`)"],
        semver_checks: "agrees: breaking",
    },
    Case {
        name: "description-only",
        version: "0.1.1",
        changelog: &["No change to the public API", "every public item keeps its signature"],
        semver_checks: "agrees: not breaking",
    },
];

/// A specs folder with one API, and where its crate goes.
struct Workspace {
    specs: PathBuf,
    generated: PathBuf,
    spec: PathBuf,
    crate_dir: PathBuf,
}

impl Workspace {
    fn new(case: &str) -> Workspace {
        let dir = root().join("target").join("xtask-release-tests").join(case);
        let _ = std::fs::remove_dir_all(&dir);
        let api = dir.join("specs").join("fixture");
        std::fs::create_dir_all(&api).unwrap();
        let crate_name = format!("semver-fixture-{case}");
        std::fs::write(api.join("api.toml"), format!("crate_name = \"{crate_name}\"\nspec = \"openapi.yaml\"\n")).unwrap();
        Workspace {
            specs: dir.join("specs"),
            generated: dir.join("generated"),
            spec: api.join("openapi.yaml"),
            crate_dir: dir.join("generated").join(crate_name),
        }
    }

    fn codegen(&self, extra: &[&str]) -> Output {
        let mut args = vec!["codegen", "--specs", self.specs.to_str().unwrap(), "--generated", self.generated.to_str().unwrap()];
        args.extend_from_slice(extra);
        xtask(&args)
    }

    fn use_spec(&self, fixture: &str) {
        std::fs::copy(root().join("tests/semver").join(fixture), &self.spec).unwrap();
    }

    fn file(&self, name: &str) -> String {
        read(&self.crate_dir.join(name))
    }
}

fn run_case(case: &Case, semver_checks: bool) {
    let ws = Workspace::new(case.name);
    ws.use_spec("base.yaml");
    let first = ws.codegen(&[]);
    assert!(first.status.success(), "{}: {}", case.name, text(&first));
    assert!(text(&first).contains("first version 0.1.0"), "{}", text(&first));
    let before = ["Cargo.toml", "CHANGELOG.md", "public-api.txt"].map(|f| (f, ws.file(f)));

    ws.use_spec(&format!("{}/after.yaml", case.name));
    // A changed spec not yet regenerated: stale.
    let stale = ws.codegen(&["--check"]);
    assert!(!stale.status.success(), "{}: --check passed on a stale crate", case.name);
    assert!(text(&stale).contains("stale; regenerating releases 0.1.0 -> "), "{}", text(&stale));

    let second = ws.codegen(if semver_checks { &[] } else { &["--no-semver-checks"] });
    let output = text(&second);
    assert!(second.status.success(), "{}: {output}", case.name);
    let manifest = ws.file("Cargo.toml");
    assert!(manifest.contains(&format!("version = \"{}\"", case.version)), "{}: {manifest}\n{output}", case.name);
    let changelog = ws.file("CHANGELOG.md");
    let entry = changelog.split("\n## ").nth(1).unwrap_or_default();
    assert!(entry.starts_with(case.version), "{}: newest entry first:\n{changelog}", case.name);
    for line in case.changelog {
        assert!(entry.contains(line), "{}: `{line}` missing from the entry:\n{entry}\n{output}", case.name);
    }
    assert!(changelog.contains("\n## 0.1.0 ("), "{}: the first entry stays:\n{changelog}", case.name);
    let record = ws.file("public-api.txt");
    assert!(record.starts_with(&format!("# Public API of `semver-fixture-{}` {},", case.name, case.version)), "{record}");
    if semver_checks {
        assert!(output.contains(case.semver_checks), "{}: cargo-semver-checks: {output}", case.name);
    }

    // Regenerated: current.
    let current = ws.codegen(&["--check"]);
    assert!(current.status.success(), "{}: {}", case.name, text(&current));

    // The new sources committed without the bump: caught.
    for (name, contents) in &before {
        std::fs::write(ws.crate_dir.join(name), contents).unwrap();
    }
    let unbumped = ws.codegen(&["--check"]);
    let output = text(&unbumped);
    assert!(!unbumped.status.success(), "{}: --check passed on an unbumped crate", case.name);
    let expected = "changed since 0.1.0 (recorded in public-api.txt) without a version bump and changelog entry";
    assert!(output.contains(expected), "{}: {output}", case.name);
}

#[test]
fn every_fixture_pair_gets_its_release() {
    let semver_checks = semver_checks_installed();
    if !semver_checks {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "cargo-semver-checks is not installed; CI must install it (cargo install cargo-semver-checks --locked)"
        );
        eprintln!(
            "cargo-semver-checks is not installed: the fixture pairs are checked without its agreement \
             (cargo install cargo-semver-checks --locked)"
        );
    }
    // Every pair runs, so one failure does not hide the others.
    let failed: Vec<&str> = CASES
        .iter()
        .filter(|case| std::panic::catch_unwind(|| run_case(case, semver_checks)).is_err())
        .map(|case| case.name)
        .collect();
    assert!(failed.is_empty(), "failed fixture pairs: {failed:?}");
}

#[test]
fn every_fixture_pair_has_a_case() {
    let dirs: Vec<String> = std::fs::read_dir(root().join("tests/semver"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    for dir in &dirs {
        assert!(CASES.iter().any(|c| c.name == dir), "tests/semver/{dir} has no case in release.rs");
    }
    assert_eq!(dirs.len(), CASES.len());
}
