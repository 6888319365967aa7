//! No document makes the generator panic. Each of the project's test documents (OpenAPI 3.0,
//! 3.1, Swagger 2.0, multi-file) is mutated in many deterministic ways (nodes replaced by values
//! of other types, by dangling or cyclic references, removed) and goes through the whole
//! pipeline: dialect detection, bundling, upgrade or normalization, lowering, emission.
//!
//! `MUTATION_RUNS=N` sets the number of mutated documents per test document (default 300) for
//! longer local runs; the count of inputs run is printed.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

/// A small deterministic PRNG (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                pointers(child, format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

fn replacement(rng: &mut Rng, at: &str) -> Option<Value> {
    let parent = at.rsplit_once('/').map_or("", |(p, _)| p);
    Some(match rng.below(14) {
        0 => Value::Null,
        1 => json!(0),
        2 => json!("junk ✓ */ \"quoted\""),
        3 => json!([]),
        4 => json!({}),
        5 => json!(true),
        6 => json!({"$ref": "#/components/schemas/Pet"}),
        7 => json!({"$ref": "#/does/not/exist"}),
        8 => json!({"$ref": format!("#{parent}")}),
        9 => json!({"$ref": format!("#{at}")}),
        10 => json!({"type": ["string", "null"], "enum": [1, "a", null, {}]}),
        11 => json!({"$ref": "missing-file.yaml#/X"}),
        12 => json!({"allOf": [{"$ref": format!("#{parent}")}], "oneOf": [{}, {"type": "null"}]}),
        _ => return None, // remove the node
    })
}

fn set(root: &mut Value, at: &str, new: Option<Value>) {
    let Some((parent, last)) = at.rsplit_once('/') else { return };
    let key = last.replace("~1", "/").replace("~0", "~");
    match (root.pointer_mut(parent), new) {
        (Some(Value::Object(map)), Some(value)) => {
            map.insert(key, value);
        }
        (Some(Value::Object(map)), None) => {
            map.shift_remove(&key);
        }
        (Some(Value::Array(items)), new) => {
            if let Ok(i) = key.parse::<usize>() {
                match new {
                    Some(value) if i < items.len() => items[i] = value,
                    None if i < items.len() => {
                        items.remove(i);
                    }
                    _ => {}
                }
            }
        }
        _ => {}
    }
}

fn test_documents() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/specs");
    let mut documents: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/specs")
        .filter_map(|e| e.ok().map(|e| e.path()))
        // Documents only: a `.toml` beside one lists the configurations it is generated under.
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "yaml" || e == "json"))
        .collect();
    documents.sort();
    documents
}

#[test]
fn mutated_documents_never_panic() {
    let runs: usize = std::env::var("MUTATION_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(300);
    // Every other input goes through every kind of template too (sign-in, a client header,
    // pagination), whose names lowering claims beside the document's.
    let mut templated = codegen::Config::new("mutant");
    templated.auth = codegen::config::Auth::SessionSignIn(codegen::config::SessionSignIn {
        sign_in_path: "/pets".to_owned(),
        login_field: "email".to_owned(),
        password_field: "password".to_owned(),
        token_headers: vec!["access-token".to_owned()],
        expiry_header: None,
    });
    templated.client_header = Some(codegen::config::ClientHeader {
        header: "Accept-Language".to_owned(),
        type_name: "Pet".to_owned(),
        method: "timeout".to_owned(),
        values: vec!["fr-FR".to_owned(), "".to_owned()],
    });
    templated.pagination = codegen::config::Pagination::PageMeta;
    let configs = [codegen::Config::new("mutant"), templated];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut generated, mut refused) = (0, 0);
    for path in test_documents() {
        let original = codegen::load::read_tree(&path).expect("test document parses");
        let mut all = Vec::new();
        pointers(&original, String::new(), &mut all);
        for run in 0..runs {
            let config = &configs[run % configs.len()];
            let mut root = original.clone();
            for _ in 0..=rng.below(4) {
                let at = &all[rng.below(all.len())];
                let new = replacement(&mut rng, at);
                set(&mut root, at, new);
            }
            let result = codegen::load::from_tree(root, &path)
                .map_err(|d| codegen::Failure { diagnostics: vec![d] })
                .and_then(|document| codegen::generate_document(&document, config));
            match result {
                Ok(_) => generated += 1,
                Err(failure) => {
                    assert!(!failure.diagnostics.is_empty(), "a failure always says why");
                    assert!(failure.diagnostics.iter().all(|d| d.file.is_some()), "{failure}");
                    refused += 1;
                }
            }
        }
    }
    let report = format!(
        "mutation run: {} inputs, {generated} generated, {refused} refused with a located error, 0 panics\n",
        generated + refused
    );
    print!("{report}");
    // CI shows this file (test output is captured).
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"), PathBuf::from);
    let _ = std::fs::write(target.join("mutation-report.txt"), report);
    assert!(generated > refused, "most single mutations are recoverable");
}
