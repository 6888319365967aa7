//! The pipeline's stages run in one order, load -> lower -> emit, and the code says so: a stage
//! uses the stage-free modules (configuration, diagnostics, model, naming, pointers, templates)
//! and the stages before it, never one after it; the stage-free modules use no stage. Only the
//! crate root (`lib.rs`), which drives the pipeline, sees them all.

use std::path::{Path, PathBuf};

/// The stages in order; a module not listed here is stage-free.
const STAGES: &[&str] = &["load", "lower", "emit"];

fn rank(module: &str) -> Option<usize> {
    STAGES.iter().position(|stage| *stage == module)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a source file: `src/lower/operations.rs` -> `["lower", "operations"]`,
/// `src/lower/mod.rs` -> `["lower"]`.
fn module_path(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).expect("under src");
    let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_owned());
    }
    parts
}

fn ident_at(text: &str) -> String {
    text.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect()
}

/// The top-level modules a file's code refers to, with the line of each reference: through
/// `crate::x`, `crate::{x, y}`, or `super::` chains leaving the file's own top module.
fn references(code: &str, own: &[String]) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (number, line) in code.lines().enumerate() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + "crate::".len()..];
            if let Some(group) = after.strip_prefix('{') {
                let inner = group.split('}').next().unwrap_or("");
                for item in inner.split(',') {
                    found.push((number + 1, ident_at(item.trim())));
                }
            } else {
                found.push((number + 1, ident_at(after)));
            }
            rest = after;
        }
        let mut rest = line;
        while let Some(at) = rest.find("super::") {
            // Count the chain: `super::super::x` from `["lower", "operations"]` reaches `x` at the root.
            let mut chain = &rest[at..];
            let mut depth = 0;
            while let Some(next) = chain.strip_prefix("super::") {
                depth += 1;
                chain = next;
            }
            let remaining = own.len().saturating_sub(depth);
            if remaining == 0 {
                found.push((number + 1, ident_at(chain)));
            }
            rest = &rest[at + "super::".len() * depth..];
        }
    }
    found
}

#[test]
fn no_module_uses_a_later_stage() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    assert!(files.len() > 10, "found too few sources under {}", src.display());
    let mut violations = Vec::new();
    let mut checked = 0;
    for file in &files {
        let own = module_path(&src, file);
        let Some(top) = own.first() else { continue }; // lib.rs drives the stages
        let own_rank = rank(top);
        let code = std::fs::read_to_string(file).expect("read source");
        for (line, target) in references(&code, &own) {
            let Some(target_rank) = rank(&target) else { continue };
            checked += 1;
            let allowed = match own_rank {
                Some(own_rank) => target_rank <= own_rank,
                None => false,
            };
            if !allowed {
                let what = own_rank.map_or("a stage-free module", |_| "a stage");
                violations.push(format!(
                    "{}:{line}: {what} ({top}) uses `{target}`, which comes later",
                    file.strip_prefix(&src).unwrap_or(file).display()
                ));
            }
        }
    }
    assert!(checked > 0, "no reference to a stage found: the scan is broken");
    assert!(violations.is_empty(), "modules use later stages:\n{}", violations.join("\n"));
}

#[test]
fn the_scan_sees_every_form_of_reference() {
    let code = "use crate::lower::naming;\nuse crate::{emit, model};\n// crate::load in a comment\nlet x = super::super::emit::f();\n";
    let found: Vec<String> = references(code, &["load".into(), "bundle".into()]).into_iter().map(|(_, m)| m).collect();
    assert_eq!(found, ["lower", "emit", "model", "emit"]);
    // From a stage's `mod.rs`, one `super::` already leaves the stage.
    let found = references("use super::emit::x;", &["lower".into()]);
    assert_eq!(found, [(1, "emit".to_owned())]);
}
