//! The `openapi-client-gen generate` contract (also `cargo xtask generate`): exit status, files
//! written, diagnostics with pointers.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn scratch(name: &str) -> PathBuf {
    let dir = root().join("target").join("cli-tests").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn command(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_openapi-client-gen")).args(args).output().expect("run xtask")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn generate_writes_a_complete_crate_and_prints_located_warnings() {
    let out = scratch("tricky");
    let spec = root().join("tests/specs/petstore-tricky.yaml");
    let output = command(&["generate", "--spec", spec.to_str().unwrap(), "--out", out.to_str().unwrap(), "--crate-name", "tricky"]);
    let err = stderr(&output);
    assert!(output.status.success(), "{err}");
    for file in ["Cargo.toml", "README.md", "src/lib.rs", "src/client.rs", "src/types.rs", "src/runtime.rs"] {
        assert!(out.join(file).is_file(), "{file} missing");
    }
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"tricky\""), "{manifest}");
    // The junk operationId is reported where it stands.
    assert!(err.contains("#/paths/~1pets~1{petId}/get/operationId"), "{err}");
    assert!(err.contains("warning: "), "{err}");
}

#[test]
fn crate_name_defaults_to_the_title() {
    let dir = scratch("title");
    let spec = dir.join("doc.json");
    std::fs::write(&spec, r#"{"openapi":"3.0.0","info":{"title":"Cocoapp Core API","version":"1"},"paths":{}}"#).unwrap();
    let out = dir.join("out");
    let output = command(&["generate", "--spec", spec.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"cocoapp-core-api\""), "{manifest}");
}

/// Bad input: a located message and a non-zero exit, never a panic.
#[test]
fn bad_documents_fail_cleanly() {
    let dir = scratch("bad");
    let cases: &[(&str, &[u8], &str)] = &[
        ("truncated.json", br#"{"openapi": "3.0.0", "info": {"title": "#, "line 1"),
        ("random.yaml", &[0xff, 0xfe, 0x00, 0x13, 0x37, 0x80, 0x81], "UTF"),
        ("binary.yaml", &[0x13, 0x37, 0x80, 0x81, 0x00, 0xc3], "UTF-8"),
        ("scalar.yaml", b"just a string", "#/"),
        ("version.json", br#"{"openapi": "4.0.0", "info": {}, "paths": {}}"#, "/openapi"),
        ("paths-wrong-type.json", br#"{"openapi": "3.0.0", "info": {"title": "x", "version": "1"}, "paths": []}"#, ""),
        ("empty.yaml", b"", "empty"),
    ];
    for (name, contents, expected) in cases {
        let spec = dir.join(name);
        std::fs::write(&spec, contents).unwrap();
        let out = dir.join(format!("out-{name}"));
        let output = command(&["generate", "--spec", spec.to_str().unwrap(), "--out", out.to_str().unwrap()]);
        let err = stderr(&output);
        assert!(!err.contains("panicked"), "{name}: {err}");
        if *name == "paths-wrong-type.json" {
            // Recoverable: a warning, and a crate without operations.
            assert!(output.status.success(), "{name}: {err}");
            continue;
        }
        assert!(!output.status.success(), "{name} should fail: {err}");
        assert!(err.contains(name), "{name}: the message names the file: {err}");
        assert!(err.contains(expected), "{name}: expected `{expected}` in: {err}");
    }
    let missing = command(&["generate", "--spec", "/nonexistent/spec.yaml", "--out", dir.join("x").to_str().unwrap()]);
    assert!(!missing.status.success());
    assert!(stderr(&missing).contains("/nonexistent/spec.yaml"));
}

#[test]
fn deny_warnings_turns_warnings_into_errors() {
    let dir = scratch("deny");
    let spec = dir.join("doc.yaml");
    std::fs::write(&spec, "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: {'200': {description: ok}}\n").unwrap();
    let out = dir.join("out");
    let lenient = command(&["generate", "--spec", spec.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(lenient.status.success(), "{}", stderr(&lenient));
    assert!(stderr(&lenient).contains("operation without operationId"));
    let strict = command(&["generate", "--spec", spec.to_str().unwrap(), "--out", out.to_str().unwrap(), "--deny-warnings"]);
    assert!(!strict.status.success());
    assert!(stderr(&strict).contains("error: "), "{}", stderr(&strict));
}


/// `$ref`d files come from the document's own folder tree unless `--allow-ref-root` adds one.
#[test]
fn ref_roots_are_the_document_folder_unless_allowed() {
    let dir = scratch("roots");
    std::fs::create_dir_all(dir.join("api")).unwrap();
    std::fs::create_dir_all(dir.join("shared")).unwrap();
    std::fs::write(dir.join("shared/common.yaml"), "Pet: {type: object, properties: {name: {type: string}}}\n").unwrap();
    let spec = dir.join("api/doc.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Pet: {$ref: '../shared/common.yaml#/Pet'}\n",
    )
    .unwrap();
    let out = dir.join("out");
    let (spec, out) = (spec.to_str().unwrap(), out.to_str().unwrap());
    let refused = command(&["generate", "--spec", spec, "--out", out]);
    let err = stderr(&refused);
    assert!(!refused.status.success(), "{err}");
    assert!(err.contains("doc.yaml#/components/schemas/Pet"), "{err}");
    assert!(err.contains("is outside the folder of the entry document"), "{err}");
    let shared = dir.join("shared");
    let allowed = command(&["generate", "--spec", spec, "--out", out, "--allow-ref-root", shared.to_str().unwrap()]);
    assert!(allowed.status.success(), "{}", stderr(&allowed));
    let typo = command(&["generate", "--spec", spec, "--out", out, "--allow-ref-root", dir.join("nope").to_str().unwrap()]);
    assert!(!typo.status.success());
    assert!(stderr(&typo).contains("not a folder"), "{}", stderr(&typo));
}

/// What is not a regular file is refused with the reason, not read (a FIFO would block).
#[cfg(unix)]
#[test]
fn entry_documents_must_be_regular_files() {
    let dir = scratch("special");
    let output = command(&["generate", "--spec", "/dev/zero", "--out", dir.join("out").to_str().unwrap()]);
    let err = stderr(&output);
    assert!(!output.status.success(), "{err}");
    assert!(err.contains("/dev/zero is a character device, not a regular file"), "{err}");
}

/// Names from the document reach the output in pointers and messages: control characters there
/// are escaped, so a document cannot forge lines or send terminal escape sequences.
#[test]
fn diagnostics_escape_control_characters() {
    let dir = scratch("escapes");
    let spec = dir.join("doc.json");
    let document = r#"{"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {
        "parameters": [{"name": "X-A\r\nerror: forged line \u001b[2J", "in": "header", "schema": {"type": "string"}}],
        "responses": {"200": {"description": "ok"}}}}}}"#;
    std::fs::write(&spec, document).unwrap();
    let output = command(&["generate", "--spec", spec.to_str().unwrap(), "--out", dir.join("out").to_str().unwrap()]);
    let err = stderr(&output);
    assert!(output.status.success(), "{err}");
    assert!(err.contains(r"X-A\r\nerror: forged line \u{1b}[2J"), "{err}");
    assert!(!err.contains('\u{1b}') && !err.contains('\r'), "{err:?}");
    assert!(!err.lines().any(|line| line.starts_with("error: forged")), "{err}");
}

/// `--overlay FILE`, repeated: applied in order before generation; an action that selects nothing
/// is a warning located in its overlay, and an error with `--deny-warnings`; a malformed overlay
/// is an error that names it.
#[test]
fn overlays_are_applied_in_order_and_stale_actions_are_located() {
    let dir = scratch("overlay");
    let spec = dir.join("doc.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    get:\n      operationId: petIndex\n      responses: {'200': {description: ok}}\n",
    )
    .unwrap();
    let rename = dir.join("rename.yaml");
    std::fs::write(
        &rename,
        "overlay: 1.0.0\ninfo: {title: rename, version: '1'}\nactions:\n  - target: $.paths['/pets'].get\n    description: the method name users know\n    update: {operationId: listPets}\n",
    )
    .unwrap();
    let stale = dir.join("stale.yaml");
    std::fs::write(
        &stale,
        "overlay: 1.0.0\ninfo: {title: stale, version: '1'}\nactions:\n  - target: $.paths['/pets'].get\n    update: {summary: List pets}\n  - target: $.paths['/owners']\n    remove: true\n",
    )
    .unwrap();
    let out = dir.join("out");
    let args = |extra: &[&str]| {
        let mut args = vec!["generate", "--spec", spec.to_str().unwrap(), "--out", out.to_str().unwrap()];
        args.extend_from_slice(extra);
        command(&args)
    };

    let output = args(&["--overlay", rename.to_str().unwrap(), "--overlay", stale.to_str().unwrap()]);
    let err = stderr(&output);
    assert!(output.status.success(), "{err}");
    let client = std::fs::read_to_string(out.join("src/client.rs")).unwrap();
    assert!(client.contains("pub fn list_pets(") && !client.contains("pet_index"), "the rename did not apply");
    assert!(client.contains("/// List pets"), "the second overlay did not apply after the first");
    let warning = format!("warning: {}#/actions/1/target: `$.paths['/owners']` selects nothing", stale.display());
    assert!(err.contains(&warning), "{err}");

    let strict = args(&["--overlay", stale.to_str().unwrap(), "--deny-warnings"]);
    assert!(!strict.status.success(), "{}", stderr(&strict));
    assert!(stderr(&strict).contains(&format!("error: {}#/actions/1/target", stale.display())), "{}", stderr(&strict));

    let malformed = dir.join("malformed.yaml");
    std::fs::write(&malformed, "overlay: 1.0.0\nactions:\n  - target: '$.paths[?'\n    remove: true\n").unwrap();
    let refused = args(&["--overlay", malformed.to_str().unwrap()]);
    let err = stderr(&refused);
    assert!(!refused.status.success(), "{err}");
    assert!(err.contains(&format!("{}#/actions/0/target", malformed.display())) && err.contains("invalid JSONPath"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// `--out` is written only when new, empty or an earlier output; `--force` writes into any
/// folder but deletes nothing of it; a regeneration removes only the files it wrote before.
#[test]
fn out_never_harms_a_folder_it_did_not_write() {
    let dir = scratch("out-safety");
    let spec = root().join("tests/specs/petstore-tricky.yaml");
    let out = dir.join("my-crate");
    std::fs::create_dir_all(out.join("src")).unwrap();
    std::fs::write(out.join("src/main.rs"), "fn main() {}\n").unwrap();
    std::fs::write(out.join("Cargo.toml"), "[package]\nname = \"mine\"\n").unwrap();
    let generate = |extra: &[&str]| {
        let mut args = vec!["generate", "--spec", spec.to_str().unwrap(), "--out", out.to_str().unwrap(), "--crate-name", "tricky"];
        args.extend_from_slice(extra);
        command(&args)
    };

    let refused = generate(&[]);
    let err = stderr(&refused);
    assert!(!refused.status.success(), "{err}");
    assert!(err.contains("is not empty and is not a crate codegen wrote") && err.contains("--force"), "{err}");
    assert_eq!(std::fs::read_to_string(out.join("Cargo.toml")).unwrap(), "[package]\nname = \"mine\"\n");
    assert!(!out.join("src/lib.rs").exists(), "refused, yet written");

    let forced = generate(&["--force"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(out.join("src/main.rs").is_file(), "--force deleted a file it did not write");
    assert!(std::fs::read_to_string(out.join("Cargo.toml")).unwrap().contains("name = \"tricky\""));
    assert!(out.join(".codegen-output").is_file());

    // Now an earlier output: written again without --force, the user's file still kept.
    let again = generate(&[]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(out.join("src/main.rs").is_file());
}

/// Crate names and versions are checked before anything is written: they go into Cargo.toml.
#[test]
fn bad_crate_names_and_versions_are_refused_with_the_rule() {
    let dir = scratch("crate-names");
    let spec = root().join("tests/specs/petstore-tricky.yaml");
    let cases: &[(&[&str], &str)] = &[
        (&["--crate-name", "x\"\nbuild = \"pwn.rs"], "only ASCII letters, digits, `-` and `_`"),
        (&["--crate-name", "../evil"], "not '.'"),
        (&["--crate-name", "a/b"], "not '/'"),
        (&["--crate-name", "has space"], "not ' '"),
        (&["--crate-name", ""], "cannot be empty"),
        (&["--crate-name", "9lives"], "must start with an ASCII letter"),
        (&["--crate-name", "fn"], "Rust keyword"),
        (&["--crate-name", "ok", "--crate-version", "1.0\"\n[lib]"], "not a SemVer version"),
    ];
    for (index, (flags, rule)) in cases.iter().enumerate() {
        let out = dir.join(format!("out-{index}"));
        let mut args = vec!["generate", "--spec", spec.to_str().unwrap(), "--out", out.to_str().unwrap()];
        args.extend_from_slice(flags);
        let output = command(&args);
        let err = stderr(&output);
        assert!(!output.status.success(), "{flags:?} accepted: {err}");
        assert!(err.contains(rule), "{flags:?}: expected `{rule}` in: {err}");
        assert!(!out.exists(), "{flags:?}: something was written");
    }
}

#[test]
fn runtime_path_makes_the_crate_depend_on_the_runtime_crate() {
    let out = scratch("runtime-path");
    let spec = root().join("tests/specs/petstore-tricky.yaml");
    let runtime = root().join("runtime");
    let args = ["generate", "--spec", spec.to_str().unwrap(), "--out", out.to_str().unwrap(), "--runtime-path"];
    let output = command(&[&args[..], &[runtime.to_str().unwrap()]].concat());
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!out.join("src/runtime.rs").exists(), "the runtime was embedded anyway");
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    let canonical = std::fs::canonicalize(&runtime).unwrap();
    let version = std::fs::read_to_string(runtime.join("Cargo.toml")).unwrap();
    let version = version.lines().find_map(|l| l.strip_prefix("version = ")).unwrap();
    let dependency = format!(
        "openapi-client-runtime = {{ version = {version}, path = {:?}, default-features = false }}",
        canonical.to_str().unwrap()
    );
    assert!(manifest.contains(&dependency), "{manifest}");
    let lib = std::fs::read_to_string(out.join("src/lib.rs")).unwrap();
    assert!(lib.contains("use openapi_client_runtime as runtime;"), "{lib}");

    // Anything else is refused, naming the flag.
    for wrong in [root().join("codegen"), root().join("no-such-folder")] {
        let out = scratch("runtime-path-wrong");
        let args = ["generate", "--spec", spec.to_str().unwrap(), "--out", out.to_str().unwrap(), "--runtime-path"];
        let output = command(&[&args[..], &[wrong.to_str().unwrap()]].concat());
        assert_eq!(output.status.code(), Some(1));
        assert!(stderr(&output).contains("--runtime-path"), "{}", stderr(&output));
    }
}
