//! No document makes the generator panic. Each of the project's test documents (OpenAPI 3.0,
//! 3.1, Swagger 2.0, multi-file) is mutated in many deterministic ways (nodes replaced by values
//! of other types, by dangling or cyclic references, removed) and goes through the whole
//! pipeline: dialect detection, bundling, upgrade or normalization, lowering, emission.
//!
//! Among the replacements are the hostile values of issue 16: `$ref`s to devices, to files
//! outside the document's folder and up long chains, header names and media types with line
//! breaks, `javascript:` servers, enum values beyond 64 bits, deep nesting. Each input is held to
//! a time budget, and the report names the slowest input and the run's peak memory.
//!
//! `MUTATION_RUNS=N` sets the number of mutated documents per test document (default 300) for
//! longer local runs; the count of inputs run is printed, and written to
//! `$CARGO_TARGET_DIR/mutation-report.txt` (CI shows it).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

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

/// Length of the chain of `$ref`s under `/x-chain` that replacement 21 points into.
const CHAIN: usize = 3000;

/// Replacements, by number; the last one removes the node.
const REPLACEMENTS: usize = 24;

fn replacement(kind: usize, at: &str) -> Option<Value> {
    let parent = at.rsplit_once('/').map_or("", |(p, _)| p);
    Some(match kind {
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
        // Hostile values (issue 16).
        13 => json!({"$ref": "/dev/zero"}),
        14 => json!({"$ref": "/dev/urandom#/x"}),
        15 => json!({"$ref": "../../../../../../../../etc/passwd"}),
        16 => json!({"name": "X-A\r\nX-Injected: 1", "in": "header", "schema": {"type": "string"}}),
        17 => json!({"application/json\r\nX-Injected: 1": {"schema": {"type": "string"}}, "text/plain\n": {}}),
        18 => json!([{"url": "javascript:alert(1)"}, {"url": "https://ok.example.com\r\n"}]),
        19 => json!({"type": "integer", "enum": [1, 18_446_744_073_709_551_616.0_f64, 9_223_372_036_854_775_808_u64]}),
        20 => json!({"$ref": format!("#/x-chain/{}", CHAIN / 2)}),
        21 => deep_schema(40),
        22 => json!({"$ref": "#/x-chain/0"}),
        _ => return None, // remove the node
    })
}

/// `{"type": "array", "items": ...}` nested `levels` deep.
fn deep_schema(levels: usize) -> Value {
    (0..levels).fold(json!({"type": "string"}), |inner, _| json!({"type": "array", "items": inner}))
}

/// `/x-chain/0 -> /x-chain/1 -> ... -> /x-chain/<CHAIN - 1>`, which ends at a schema or, with
/// `circular`, back at the start.
fn ref_chain(circular: bool) -> Value {
    let mut links: Vec<Value> = (1..CHAIN).map(|i| json!({"$ref": format!("#/x-chain/{i}")})).collect();
    links.push(if circular { json!({"$ref": "#/x-chain/0"}) } else { json!({"type": "object"}) });
    Value::Array(links)
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

/// Peak resident memory of this process, from Linux's `/proc`.
fn peak_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Generous for a debug build on a busy 2-core machine: the slowest input takes well under 1 s.
const TIME_BUDGET: Duration = Duration::from_secs(10);
/// The whole run, every document's tree included; it peaks near 15 MB (one input is held at a
/// time, so longer runs peak no higher).
const MEMORY_BUDGET_KB: u64 = 200 * 1024;

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
    let mut slowest = (Duration::ZERO, String::new());
    for path in test_documents() {
        let original = codegen::load::read_tree(&path).expect("test document parses");
        let mut all = Vec::new();
        pointers(&original, String::new(), &mut all);
        let name = path.file_name().map_or(String::new(), |n| n.to_string_lossy().into_owned());
        for run in 0..runs {
            let config = &configs[run % configs.len()];
            let mut root = original.clone();
            // Every tenth input carries a long chain of references (circular every other time),
            // for replacements 20 and 22 to lead into.
            if run % 10 == 0 {
                if let Value::Object(map) = &mut root {
                    map.insert("x-chain".to_owned(), ref_chain(run % 20 == 0));
                }
            }
            let mut mutations = Vec::new();
            for _ in 0..=rng.below(4) {
                let at = &all[rng.below(all.len())];
                let kind = rng.below(REPLACEMENTS);
                set(&mut root, at, replacement(kind, at));
                mutations.push(format!("{at} <- #{kind}"));
            }
            let started = Instant::now();
            let result = codegen::load::from_tree(root, &path)
                .map_err(|d| codegen::Failure { diagnostics: vec![d] })
                .and_then(|document| codegen::generate_document(&document, config));
            let elapsed = started.elapsed();
            let input = format!("{name} run {run} ({})", mutations.join(", "));
            assert!(elapsed <= TIME_BUDGET, "{input} took {elapsed:?}");
            if elapsed > slowest.0 {
                slowest = (elapsed, input);
            }
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
    let peak = peak_kb();
    let shown_peak = peak.map_or("not measured here".to_owned(), |kb| format!("{:.1} MB", kb as f64 / 1024.0));
    let report = format!(
        "mutation run: {} inputs, {generated} generated, {refused} refused with a located error, 0 panics\n\
         slowest input: {:.1} ms, {}\n\
         peak memory (VmHWM) of the run: {shown_peak}\n",
        generated + refused,
        slowest.0.as_secs_f64() * 1000.0,
        slowest.1,
    );
    print!("{report}");
    // CI shows this file (test output is captured).
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"), PathBuf::from);
    let _ = std::fs::write(target.join("mutation-report.txt"), report);
    assert!(generated > refused, "most single mutations are recoverable");
    if let Some(kb) = peak {
        assert!(kb <= MEMORY_BUDGET_KB, "the run peaked at {kb} kB");
    }
}
