//! Feature groups: a document's operations behind one cargo feature per tag, all on by default.
//! The generated crate passes `cargo clippy -D warnings` with every group, with none, and with
//! each alone, and its documentation examples compile with one group only.

use codegen::config::FeatureGroups;
use codegen::Config;
use workspace_tests::{generated_cargo, target_dir, workspace_root};

fn cargo(crate_dir: &std::path::Path, args: &[&str]) -> Result<(), String> {
    let output = generated_cargo(crate_dir).args(args).output().expect("run cargo");
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).lines().take(60).collect::<Vec<_>>().join("\n"))
    }
}

#[test]
fn grouped_crates_build_with_any_set_of_groups() {
    let spec = workspace_root().join("tests/specs/groups/feature-groups.yaml");
    let config = Config::new("feature-groups").feature_groups(FeatureGroups::On);
    let generated = codegen::generate(&spec, &config).expect("generates");
    let file = |name: &str| {
        generated.files.iter().find(|f| f.path.ends_with(name)).map(|f| f.contents.clone()).unwrap_or_default()
    };

    // One feature per tag (untagged: the path's first segment), on by default.
    let manifest = file("Cargo.toml");
    assert!(manifest.contains(r#"default = ["rustls", "health", "pets", "store-front"]"#), "{manifest}");
    assert!(manifest.contains("\nstore-front = []"), "{manifest}");
    // `Store` only `createStore` (tag `Store Front`) reaches: built with its group, in the
    // group's own file. `Pet` two groups reach (a store's mascot), and `Unused` none: they stay
    // in `types.rs`.
    let types = file("src/types.rs");
    assert!(types.contains("#[cfg(feature = \"store-front\")]\nmod group_store_front;"), "{types}");
    assert!(types.contains("#[cfg(feature = \"store-front\")]\npub use group_store_front::*;"), "{types}");
    assert!(file("src/types/group_store_front.rs").contains("pub struct Store {"));
    // `Pet` and what it uses are built with either group that reaches it; `Unused` always.
    let head = |item: &str| {
        let at = types.find(item).unwrap_or_else(|| panic!("{item} in {types}"));
        let above: Vec<&str> = types[..at].lines().rev().take_while(|l| !l.trim().is_empty()).collect();
        above.join("\n")
    };
    for shared in ["pub struct Pet {", "pub struct Owner {", "pub enum Kind {", "pub struct Problem {"] {
        assert!(head(shared).contains(r#"#[cfg(any(feature = "pets", feature = "store-front"))]"#), "{shared}: {types}");
    }
    assert!(!head("pub struct Unused {").contains("cfg"), "{types}");
    assert!(file("src/client/group_pets.rs").contains("pub fn get_pet("));
    assert!(file("src/requests/group_pets.rs").contains("pub type GetPet<'a> = Call<'a, crate::operations::GetPet>;"));
    assert!(file("src/operations/group_pets.rs").contains("pub struct GetPet {"));
    assert!(file("README.md").contains("| `store-front` | Store Front | 1 | 1 |"), "{}", file("README.md"));

    let dir = target_dir().join("feature-groups").join("feature-groups");
    let _ = std::fs::remove_dir_all(&dir);
    generated.write_to(&dir).expect("writes the crate");
    // Its own workspace, out of the repository's.
    std::fs::write(dir.join("Cargo.toml"), manifest + "\n[workspace]\n").expect("manifest");
    let clippy = |features: &[&str]| {
        let mut args = vec!["clippy", "--quiet", "--all-targets"];
        let list = features.join(",");
        if !features.is_empty() {
            args.extend(["--no-default-features", "--features", &list]);
        }
        args.extend(["--", "-D", "warnings"]);
        cargo(&dir, &args).map_err(|e| format!("features {features:?}:\n{e}"))
    };
    clippy(&[]).expect("every group (the default)");
    for features in [&["rustls"][..], &["rustls", "pets"], &["rustls", "store-front"], &["rustls", "health"]] {
        clippy(features).unwrap_or_else(|e| panic!("{e}"));
    }
    // The crate's example needs every group and is left out without them; each operation's
    // example is with its own.
    cargo(&dir, &["test", "--doc", "--quiet", "--no-default-features", "--features", "rustls,pets"]).expect("doc tests, one group");
}

/// Below the size `auto` groups from, and with grouping off, the crate has no group features.
#[test]
fn small_documents_and_off_are_not_grouped() {
    let spec = workspace_root().join("tests/specs/groups/feature-groups.yaml");
    for when in [FeatureGroups::Auto, FeatureGroups::Off] {
        let generated = codegen::generate(&spec, &Config::new("t").feature_groups(when)).expect("generates");
        let manifest = &generated.files.iter().find(|f| f.path.ends_with("Cargo.toml")).expect("manifest").contents;
        assert!(manifest.contains("default = [\"rustls\"]\n"), "{when:?}: {manifest}");
        assert!(generated.files.iter().all(|f| !f.contents.contains("#[cfg(feature = \"pets\")]")), "{when:?}");
    }
}
