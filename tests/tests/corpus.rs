//! Every real-world document in `../shared/corpus/` through the generator, then every crate
//! through `cargo clippy -D warnings` in one shared target directory. Prints the table.

use std::path::PathBuf;

use workspace_tests::{corpus_dir, CrateSet};

struct Row {
    document: String,
    dialect: String,
    operations: usize,
    warnings: usize,
    result: Result<(), String>,
}

fn corpus_documents(corpus: &std::path::Path) -> Vec<PathBuf> {
    let mut documents = Vec::new();
    for sub in ["upstream", "realworld"] {
        let Ok(entries) = std::fs::read_dir(corpus.join(sub)) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "json" || e == "yaml" || e == "yml") {
                documents.push(path);
            }
        }
    }
    documents.sort();
    documents
}

#[test]
fn corpus_documents_generate_crates_that_pass_clippy() {
    let Some(corpus) = corpus_dir() else { return };
    let documents = corpus_documents(&corpus);
    assert!(!documents.is_empty(), "no documents under {}", corpus.display());
    let mut set = CrateSet::new("corpus-crates");
    let mut rows = Vec::new();
    for path in &documents {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("doc");
        let crate_name = format!("corpus-{}", codegen::crate_name_from_title(stem));
        let document = match codegen::load::load(path) {
            Ok(document) => document,
            Err(error) => {
                rows.push(Row {
                    document: stem.to_owned(),
                    dialect: "?".into(),
                    operations: 0,
                    warnings: 0,
                    result: Err(error.to_string()),
                });
                continue;
            }
        };
        let dialect = document.dialect.as_str().to_owned();
        match codegen::generate_document(&document, &codegen::Config::new(crate_name.clone())) {
            Ok(generated) => {
                set.add(&generated, &crate_name);
                rows.push(Row {
                    document: crate_name,
                    dialect,
                    operations: generated.operations,
                    warnings: generated.diagnostics.len(),
                    result: Ok(()),
                });
            }
            Err(failure) => rows.push(Row {
                document: crate_name,
                dialect,
                operations: 0,
                warnings: 0,
                result: Err(format!("generation failed: {failure}")),
            }),
        }
    }
    let checked = set.clippy();
    for row in &mut rows {
        if let (Ok(()), Some(result)) = (&row.result, checked.get(&row.document)) {
            row.result = result.clone();
        }
    }
    let mut table = String::from("| document | dialect | operations | warnings | result |\n|---|---|---|---|---|\n");
    for row in &rows {
        let result = if row.result.is_ok() { "ok" } else { "FAILED" };
        table += &format!("| {} | {} | {} | {} | {} |\n", row.document, row.dialect, row.operations, row.warnings, result);
    }
    let passed = rows.iter().filter(|r| r.result.is_ok()).count();
    table += &format!("\ncorpus: {passed} of {} documents give crates that pass clippy -D warnings\n", rows.len());
    print!("{table}");
    // CI shows this file (test output is captured).
    let _ = std::fs::write(workspace_tests::target_dir().join("corpus-report.md"), &table);
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|r| r.result.as_ref().err().map(|e| format!("{}:\n{e}", r.document)))
        .collect();
    assert!(failures.is_empty(), "corpus failures:\n{}", failures.join("\n\n"));
}
