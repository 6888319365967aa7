//! The flow from a new upstream version to a release, offline: a changed copy of the document
//! Cocoapp publishes for its Core API is served from a loopback server; `cargo xtask
//! fetch-specs` stores it, then `cargo xtask codegen` gives the new crate version, its changelog
//! entry, and the overlay action the change made stale.
//!
//! It runs on copies of the project's own `specs/cocoapp-core/` and `generated/cocoapp-core/`
//! (api.toml's `upstream` pointed at the loopback server), so it follows the real document,
//! overlay and crate.

// Each test binary uses part of the shared support.
#[allow(dead_code)]
mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use support::loopback::{response, serve};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn xtask(args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_xtask"));
    command.args(args);
    // The loopback server is reached directly whatever the environment says.
    for proxy in ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"] {
        command.env_remove(proxy);
    }
    command.output().expect("run xtask")
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// `text` with `from` replaced by `to`, which must be there: the test follows the stored document.
fn changed(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "the stored document no longer contains:\n{from}");
    text.replacen(from, to, 1)
}

/// The version after a breaking change, before 1.0: `0.2.2` -> `0.3.0`.
fn next_breaking(version: &str) -> String {
    let parts: Vec<u64> = version.split('.').map(|p| p.parse().unwrap()).collect();
    assert_eq!(parts[0], 0, "update this test for 1.x: {version}");
    format!("0.{}.0", parts[1] + 1)
}

const STALE_TARGET: &str = "$.paths['/contacts'].get.parameters[?@.name == 'filter[phone-number]']";

#[test]
fn a_new_published_version_is_fetched_regenerated_and_released() {
    let dir = root().join("target").join("xtask-upstream-flow");
    let _ = std::fs::remove_dir_all(&dir);
    let (specs, generated) = (dir.join("specs"), dir.join("generated"));
    let api = specs.join("cocoapp-core");
    copy_dir(&root().join("specs").join("cocoapp-core"), &api);
    copy_dir(&root().join("generated").join("cocoapp-core"), &generated.join("cocoapp-core"));
    let stored = read(&api.join("openapi.yaml"));
    let manifest = read(&generated.join("cocoapp-core").join("Cargo.toml"));
    let version = manifest.lines().find_map(|l| l.strip_prefix("version = \"")).unwrap().trim_end_matches('"');
    let next = next_breaking(version);

    // The publisher's new version: API version 1.1.0, a new contact attribute, and the
    // `filter[phone-number]` parameter gone (the overlay still describes it).
    let published = changed(&stored, "  version: 1.0.0\n", "  version: 1.1.0\n");
    let published = changed(
        &published,
        "            connector-first-name:\n",
        "            birthday:\n              format: date\n              nullable: true\n              type: string\n            connector-first-name:\n",
    );
    let published = changed(
        &published,
        "      - description: Filter the results by phone number\n        in: query\n        name: filter[phone-number]\n        schema:\n          type: string\n",
        "",
    );
    let base = serve(vec![("/openapi.yaml", response("200 OK", "application/yaml", published.as_bytes()))]);
    let toml = read(&api.join("api.toml"));
    let upstream = toml.lines().find(|l| l.starts_with("upstream = ")).expect("cocoapp-core's api.toml names its upstream");
    std::fs::write(api.join("api.toml"), toml.replace(upstream, &format!("upstream = \"{base}/openapi.yaml\""))).unwrap();

    // 1. fetch-specs shows the change and stores it.
    let fetch = xtask(&["fetch-specs", "--specs", specs.to_str().unwrap()]);
    let out = text(&fetch);
    assert!(fetch.status.success(), "{out}");
    assert!(out.contains("-  version: 1.0.0\n+  version: 1.1.0"), "{out}");
    assert!(out.contains("+            birthday:"), "{out}");
    assert!(out.contains("-        name: filter[phone-number]"), "{out}");
    assert!(out.contains("cocoapp-core: replaced"), "{out}");
    let fetched = read(&api.join("openapi.yaml"));
    assert!(fetched.contains("birthday") && !fetched.contains("filter[phone-number]"));

    // 2. codegen releases the new version and names the stale correction.
    let codegen_args = ["codegen", "--specs", specs.to_str().unwrap(), "--generated", generated.to_str().unwrap()];
    let codegen = xtask(&[&codegen_args[..], &["--no-semver-checks"]].concat());
    let out = text(&codegen);
    assert!(!codegen.status.success(), "a stale overlay action must fail the run:\n{out}");
    assert!(out.contains("cocoapp-core: 6 operations"), "{out}");
    assert!(out.contains(&format!("{version} -> {next} (major)")), "{out}");
    let overlay = api.join("overlay.yaml");
    let located = format!("{}#/actions/", overlay.display());
    let stale = out.lines().find(|l| l.contains(STALE_TARGET)).unwrap_or_else(|| panic!("no stale action:\n{out}"));
    assert!(stale.starts_with("warning: ") && stale.contains(&located) && stale.contains("selects nothing"), "{stale}");
    assert!(out.contains("cocoapp-core: 1 overlay action(s) no longer apply"), "{out}");

    // The crate was written, with its release.
    let crate_dir = generated.join("cocoapp-core");
    assert!(read(&crate_dir.join("Cargo.toml")).contains(&format!("version = \"{next}\"")));
    let changelog = read(&crate_dir.join("CHANGELOG.md"));
    let entry = changelog.split("\n## ").nth(1).unwrap_or_default();
    assert!(entry.starts_with(&next), "{changelog}");
    for expected in [
        "Breaking release: regenerated from `openapi.yaml` with the overlay `overlay.yaml` (API version 1.0.0 -> 1.1.0)",
        "Removed methods: `requests::ListContacts::filter_phone_number`",
        "types::ContactAttributes.birthday",
    ] {
        assert!(entry.contains(expected), "`{expected}` missing from the entry:\n{entry}");
    }
    // The new attribute came through the overlay's copy of the published attributes, typed.
    let types = read(&crate_dir.join("src").join("types.rs"));
    assert!(types.contains("pub birthday: Option<chrono::NaiveDate>"), "birthday is not a typed field");

    // 3. The maintainer removes the stale action; the crate is then current.
    let overlay_text = read(&overlay);
    let start = overlay_text.find(&format!("  - target: {STALE_TARGET}\n")).expect("the stale action");
    let end = start + 2 + overlay_text[start + 2..].find("\n  - target: ").unwrap() + 1;
    std::fs::write(&overlay, format!("{}{}", &overlay_text[..start], &overlay_text[end..])).unwrap();
    let check = xtask(&[&codegen_args[..], &["--check"]].concat());
    assert!(check.status.success(), "{}", text(&check));
    assert!(text(&check).contains(&format!("API unchanged, version {next} (checked)")), "{}", text(&check));

    // 4. Fetched again: up to date.
    let again = xtask(&["fetch-specs", "--specs", specs.to_str().unwrap()]);
    assert!(again.status.success() && text(&again).contains("cocoapp-core: up to date"), "{}", text(&again));
}

/// Each project overlay (`overlays` in `specs/<api>/api.toml`) says why each action is there, and
/// every action still applies to the stored document.
#[test]
fn every_project_overlay_action_says_why_and_applies() {
    let mut checked = 0;
    for entry in std::fs::read_dir(root().join("specs")).unwrap() {
        let api = entry.unwrap().path();
        let toml: toml::Value = toml::from_str(&read(&api.join("api.toml"))).unwrap();
        let overlays = toml.get("overlays").and_then(|o| o.as_array()).cloned().unwrap_or_default();
        let spec = api.join(toml["spec"].as_str().unwrap());
        let mut config = codegen::Config::new("check");
        for overlay in overlays {
            let path = api.join(overlay.as_str().unwrap());
            let tree: serde_json::Value = serde_yaml_ng::from_str(&read(&path)).unwrap();
            let actions = tree["actions"].as_array().unwrap_or_else(|| panic!("{}: no actions", path.display()));
            for (index, action) in actions.iter().enumerate() {
                let why = action.get("description").and_then(|d| d.as_str()).unwrap_or_default();
                assert!(why.trim().len() > 10, "{}#/actions/{index}: say why the action is there", path.display());
            }
            checked += actions.len();
            config.overlays.push(path);
        }
        let document = codegen::load_document(&spec, &config).unwrap_or_else(|f| panic!("{}: {f}", spec.display()));
        let stale: Vec<String> = document
            .warnings
            .iter()
            .filter(|d| d.file.as_ref().is_some_and(|f| config.overlays.contains(f)))
            .map(ToString::to_string)
            .collect();
        assert!(stale.is_empty(), "{}: overlay actions that no longer apply:\n{}", api.display(), stale.join("\n"));
    }
    assert!(checked > 0, "no project overlay found");
}
