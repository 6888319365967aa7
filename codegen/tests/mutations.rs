//! No document makes the generator panic: the project's tricky test document, mutated in
//! thousands of deterministic ways (nodes replaced by values of other types, by dangling or
//! cyclic references, removed), goes through the whole pipeline, loading to formatted Rust.

use std::path::Path;

use codegen::load::{Dialect, Document};
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
    Some(match rng.below(12) {
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

#[test]
fn mutated_documents_never_panic() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/specs/petstore-tricky.yaml");
    let original = codegen::load::load(&path).expect("test document loads").root;
    let mut all = Vec::new();
    pointers(&original, String::new(), &mut all);
    let config = codegen::Config::new("mutant");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut generated, mut failed) = (0, 0);
    const RUNS: usize = 1500;
    for _ in 0..RUNS {
        let mut root = original.clone();
        // One to four mutations per document.
        for _ in 0..=rng.below(4) {
            let at = &all[rng.below(all.len())];
            let new = replacement(&mut rng, at);
            set(&mut root, at, new);
        }
        let document = Document::new(root, path.clone(), Dialect::OpenApi30);
        match codegen::generate_document(&document, &config) {
            Ok(_) => generated += 1,
            Err(failure) => {
                assert!(!failure.diagnostics.is_empty(), "a failure always says why");
                failed += 1;
            }
        }
    }
    println!("{RUNS} mutated documents: {generated} generated, {failed} refused with a diagnostic");
    assert_eq!(generated + failed, RUNS);
    assert!(generated > RUNS / 2, "most single mutations are recoverable");
}
