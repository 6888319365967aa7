//! `cargo xtask fetch-specs` against a loopback HTTP server serving canned responses: what it
//! prints, what it exits with, and what it leaves in the specs folder.

mod support;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use support::loopback::{json, response, serve};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// A fresh specs folder under target/.
fn specs_dir(name: &str) -> PathBuf {
    let dir = root().join("target").join("xtask-cli-tests").join("fetch-specs").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Adds `<specs>/<api>/` with its api.toml and, when given, its stored spec file.
fn add_api(specs: &Path, api: &str, spec: &str, stored: Option<&str>, upstream: Option<&str>) -> PathBuf {
    let dir = specs.join(api);
    std::fs::create_dir_all(&dir).unwrap();
    let mut toml = format!("crate_name = \"{api}\"\ncrate_version = \"0.1.0\"\nspec = \"{spec}\"\n");
    match upstream {
        Some(url) => toml.push_str(&format!("upstream = \"{url}\"\n")),
        None => toml.push_str("source = \"https://example.com/docs\"\n"),
    }
    std::fs::write(dir.join("api.toml"), toml).unwrap();
    if let Some(text) = stored {
        std::fs::write(dir.join(spec), text).unwrap();
    }
    dir.join(spec)
}

fn fetch(specs: &Path, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_xtask"));
    command.arg("fetch-specs").arg("--specs").arg(specs).args(args);
    // The loopback server is reached directly whatever the environment says.
    for proxy in ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"] {
        command.env_remove(proxy);
    }
    command.output().expect("run xtask")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The files of an API's folder: api.toml and the spec, nothing left behind.
fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

/// A port nothing listens on (bound, then released).
fn closed_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

// ---------------------------------------------------------------------------------------------
// Documents

/// As a publisher serializing hash maps writes it: keys in no particular order, properties in
/// the order the fields should have (`name` before `id`).
const PUBLISHED: &str = r#"{"paths":{"/pets":{"get":{"responses":{"200":{"description":"ok"}},"operationId":"listPets"}}},"openapi":"3.0.3","info":{"version":"2","title":"Pets"},"components":{"schemas":{"Pet":{"type":"object","properties":{"name":{"type":"string"},"id":{"type":"integer"}}}}}}"#;

/// The same document, keys in another order (properties still `name`, `id`).
const PUBLISHED_REORDERED: &str = r#"{"info":{"title":"Pets","version":"2"},"components":{"schemas":{"Pet":{"properties":{"name":{"type":"string"},"id":{"type":"integer"}},"type":"object"}}},"openapi":"3.0.3","paths":{"/pets":{"get":{"operationId":"listPets","responses":{"200":{"description":"ok"}}}}}}"#;

/// `PUBLISHED` as the project stores it in a `.json` file.
const STORED_JSON: &str = r#"{
  "components": {
    "schemas": {
      "Pet": {
        "properties": {
          "name": {
            "type": "string"
          },
          "id": {
            "type": "integer"
          }
        },
        "type": "object"
      }
    }
  },
  "info": {
    "title": "Pets",
    "version": "2"
  },
  "openapi": "3.0.3",
  "paths": {
    "/pets": {
      "get": {
        "operationId": "listPets",
        "responses": {
          "200": {
            "description": "ok"
          }
        }
      }
    }
  }
}
"#;

/// `PUBLISHED` as the project stores it in a `.yaml` file.
const STORED_YAML: &str = "\
components:
  schemas:
    Pet:
      properties:
        name:
          type: string
        id:
          type: integer
      type: object
info:
  title: Pets
  version: '2'
openapi: 3.0.3
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: ok
";

/// An older version of the document, as stored.
fn old_json() -> String {
    STORED_JSON.replace("\"version\": \"2\"", "\"version\": \"1\"").replace(
        "          \"id\": {\n            \"type\": \"integer\"\n          }\n",
        "          \"id\": {\n            \"type\": \"string\"\n          }\n",
    )
}

// ---------------------------------------------------------------------------------------------
// Tests

#[test]
fn a_changed_document_is_shown_then_stored_normalized() {
    let base = serve(vec![("/pets.json", json(PUBLISHED))]);
    let specs = specs_dir("changed");
    let old = old_json();
    let spec = add_api(&specs, "pets", "openapi.json", Some(&old), Some(&format!("{base}/pets.json")));
    let output = fetch(&specs, &[]);
    let out = stdout(&output);
    assert!(output.status.success(), "{}\n{out}", stderr(&output));
    assert!(out.contains("(stored)\n+++ ") && out.contains("/pets.json (fetched, normalized)\n@@"), "{out}");
    assert!(out.contains("-    \"version\": \"1\"\n+    \"version\": \"2\""), "{out}");
    assert!(out.contains("openapi.json: 4 line(s) changed (2 removed, 2 added)"), "{out}");
    assert!(out.contains("pets: replaced "), "{out}");
    assert!(out.contains("run `cargo xtask codegen` to regenerate"), "{out}");
    // Keys sorted, properties in the document's order, pretty JSON with a final newline.
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), STORED_JSON);
    assert_eq!(files(spec.parent().unwrap()), ["api.toml", "openapi.json"]);

    // Fetched again: nothing to do.
    let again = fetch(&specs, &[]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(stdout(&again).contains("pets: up to date"), "{}", stdout(&again));
    assert!(!stdout(&again).contains("regenerate"), "{}", stdout(&again));
}

#[test]
fn reordered_keys_are_no_change() {
    let base = serve(vec![("/pets.json", json(PUBLISHED_REORDERED)), ("/pets.yaml", json(PUBLISHED))]);
    let specs = specs_dir("unchanged");
    let spec = add_api(&specs, "pets", "openapi.json", Some(STORED_JSON), Some(&format!("{base}/pets.json")));
    let yaml = add_api(&specs, "pets-yaml", "openapi.yaml", Some(STORED_YAML), Some(&format!("{base}/pets.yaml")));
    let before = (std::fs::metadata(&spec).unwrap().modified().unwrap(), std::fs::metadata(&yaml).unwrap().modified().unwrap());
    let output = fetch(&specs, &[]);
    let out = stdout(&output);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(out.contains("pets: up to date") && out.contains("pets-yaml: up to date"), "{out}");
    assert!(!out.contains("@@") && !out.contains("regenerate"), "{out}");
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), STORED_JSON);
    assert_eq!(std::fs::read_to_string(&yaml).unwrap(), STORED_YAML);
    let after = (std::fs::metadata(&spec).unwrap().modified().unwrap(), std::fs::metadata(&yaml).unwrap().modified().unwrap());
    assert_eq!(before, after, "files untouched");
}

#[test]
fn dry_run_shows_the_diff_and_writes_nothing() {
    let base = serve(vec![("/pets.json", json(PUBLISHED))]);
    let specs = specs_dir("dry-run");
    let old = old_json();
    let spec = add_api(&specs, "pets", "openapi.json", Some(&old), Some(&format!("{base}/pets.json")));
    let output = fetch(&specs, &["--dry-run"]);
    let out = stdout(&output);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(out.contains("+    \"version\": \"2\""), "{out}");
    assert!(out.contains("pets: dry run: "), "{out}");
    assert!(!out.contains("replaced"), "{out}");
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), old);
    assert_eq!(files(spec.parent().unwrap()), ["api.toml", "openapi.json"]);
}

#[test]
fn a_server_error_is_reported_and_the_spec_kept() {
    let long = format!("<html>{}</html>", "x".repeat(1000));
    let base = serve(vec![
        ("/pets.json", response("500 Internal Server Error", "text/plain", b"database\n  is down")),
        ("/long.json", response("503 Service Unavailable", "text/html", long.as_bytes())),
    ]);
    let specs = specs_dir("status");
    let old = old_json();
    let spec = add_api(&specs, "pets", "openapi.json", Some(&old), Some(&format!("{base}/pets.json")));
    let long_spec = add_api(&specs, "long", "openapi.json", Some(&old), Some(&format!("{base}/long.json")));
    let output = fetch(&specs, &[]);
    let err = stderr(&output);
    assert!(!output.status.success(), "{err}");
    assert!(
        err.contains(&format!(
            "error: pets: GET {base}/pets.json: the server answered 500 Internal Server Error: database is down"
        )),
        "{err}"
    );
    // The body is cut to its first 200 characters.
    assert!(err.contains(&format!("long: GET {base}/long.json: the server answered 503 Service Unavailable: <html>xxx")), "{err}");
    assert!(err.contains(&format!("<html>{}...", "x".repeat(194))) && !err.contains(&"x".repeat(195)), "{err}");
    assert!(err.contains("fetch-specs failed for 2 of 2 APIs: long, pets"), "{err}");
    for spec in [spec, long_spec] {
        assert_eq!(std::fs::read_to_string(&spec).unwrap(), old);
        assert_eq!(files(spec.parent().unwrap()), ["api.toml", "openapi.json"]);
    }
}

#[test]
fn a_truncated_body_is_an_error() {
    // Content-Length announces more than is sent, then the connection closes.
    let mut cut = response("200 OK", "application/json", PUBLISHED.as_bytes());
    let cut_at = cut.len() - PUBLISHED.len() / 2;
    cut.truncate(cut_at);
    // What was sent is a complete JSON document: only the length tells that it is cut short.
    let complete = r#"{"openapi":"3.0.3","info":{"title":"Pets","version":"2"},"paths":{}}"#;
    let head = format!("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n", complete.len() * 10);
    let short = [head.as_bytes(), complete.as_bytes()].concat();
    let base = serve(vec![("/cut.json", cut), ("/short.json", short)]);
    let specs = specs_dir("truncated");
    let old = old_json();
    let cut_spec = add_api(&specs, "cut", "openapi.json", Some(&old), Some(&format!("{base}/cut.json")));
    let short_spec = add_api(&specs, "short", "openapi.json", Some(&old), Some(&format!("{base}/short.json")));
    let output = fetch(&specs, &[]);
    let err = stderr(&output);
    assert!(!output.status.success(), "{err}");
    assert!(err.contains(&format!("error: cut: GET {base}/cut.json: truncated body: ")), "{err}");
    assert!(
        err.contains(&format!("error: short: GET {base}/short.json: truncated body: the connection ended after {} of the {}0 bytes", complete.len(), complete.len())),
        "{err}"
    );
    for spec in [cut_spec, short_spec] {
        assert_eq!(std::fs::read_to_string(&spec).unwrap(), old);
        assert_eq!(files(spec.parent().unwrap()), ["api.toml", "openapi.json"]);
    }
}

#[test]
fn a_refused_connection_is_reported() {
    let url = format!("http://127.0.0.1:{}/openapi.json", closed_port());
    let specs = specs_dir("refused");
    let old = old_json();
    let spec = add_api(&specs, "pets", "openapi.json", Some(&old), Some(&url));
    let output = fetch(&specs, &[]);
    let err = stderr(&output);
    assert!(!output.status.success(), "{err}");
    assert!(err.contains(&format!("error: pets: GET {url}: cannot connect: ")), "{err}");
    assert!(err.to_lowercase().contains("connection refused"), "{err}");
    assert!(err.contains("fetch-specs failed for 1 of 1 APIs: pets"), "{err}");
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), old);
}

#[test]
fn a_body_that_is_not_an_openapi_document_is_refused() {
    let base = serve(vec![
        ("/hello.json", json(r#"{"hello": "world"}"#)),
        ("/page", response("200 OK", "text/html", b"<!DOCTYPE html>\n<html><head><title>Swagger UI</title></head><body id=\"swagger-ui\"></body></html>\n")),
        ("/broken.json", json("{\"openapi\": \"3.0.3\",\n  \"paths\": {,}}")),
        ("/broken.yaml", response("200 OK", "application/yaml", b"openapi: 3.0.3\npaths:\n  /a: [1\n")),
    ]);
    let specs = specs_dir("not-openapi");
    let old = old_json();
    let mut kept = Vec::new();
    for (api, path) in [("hello", "/hello.json"), ("page", "/page"), ("broken", "/broken.json"), ("broken-yaml", "/broken.yaml")] {
        kept.push(add_api(&specs, api, "openapi.json", Some(&old), Some(&format!("{base}{path}"))));
    }
    let output = fetch(&specs, &[]);
    let err = stderr(&output);
    assert!(!output.status.success(), "{err}");
    assert!(
        err.contains(&format!(
            "error: hello: {base}/hello.json: not an OpenAPI or Swagger document: no top-level `openapi` or `swagger` key (top-level keys: `hello`)"
        )),
        "{err}"
    );
    assert!(err.contains(&format!("error: page: {base}/page: ")) && err.contains("looks like an HTML page"), "{err}");
    assert!(err.contains(&format!("error: broken: {base}/broken.json: neither JSON nor YAML: invalid JSON at line 2, column 13")), "{err}");
    assert!(err.contains(&format!("error: broken-yaml: {base}/broken.yaml: neither JSON nor YAML: invalid YAML at line 4, column 1: did not find expected ',' or ']'")), "{err}");
    assert!(err.contains("fetch-specs failed for 4 of 4 APIs: broken, broken-yaml, hello, page"), "{err}");
    for spec in kept {
        assert_eq!(std::fs::read_to_string(&spec).unwrap(), old);
        assert_eq!(files(spec.parent().unwrap()), ["api.toml", "openapi.json"]);
    }
}

#[test]
fn the_stored_file_decides_the_format() {
    let base = serve(vec![
        ("/pets.json", json(PUBLISHED)),
        ("/pets.yaml", response("200 OK", "application/yaml", STORED_YAML.replace("version: '2'", "version: '3'").as_bytes())),
    ]);
    let specs = specs_dir("format");
    // A JSON document stored as YAML.
    let yaml = add_api(&specs, "as-yaml", "openapi.yaml", Some("openapi: 3.0.3\n# hand-written\n"), Some(&format!("{base}/pets.json")));
    // A YAML document stored as JSON.
    let json_spec = add_api(&specs, "as-json", "openapi.json", Some(STORED_JSON), Some(&format!("{base}/pets.yaml")));
    // No file yet.
    let new = add_api(&specs, "new", "swagger.yml", None, Some(&format!("{base}/pets.json")));
    let output = fetch(&specs, &[]);
    let out = stdout(&output);
    assert!(output.status.success(), "{}\n{out}", stderr(&output));
    assert_eq!(std::fs::read_to_string(&yaml).unwrap(), STORED_YAML);
    assert_eq!(std::fs::read_to_string(&json_spec).unwrap(), STORED_JSON.replace("\"version\": \"2\"", "\"version\": \"3\""));
    assert_eq!(std::fs::read_to_string(&new).unwrap(), STORED_YAML);
    assert!(out.contains("swagger.yml (new file): "), "{out}");
    assert!(out.contains("3 spec(s) replaced; run `cargo xtask codegen` to regenerate"), "{out}");
}

#[test]
fn one_failure_does_not_stop_the_others() {
    let base = serve(vec![
        ("/a.json", response("500 Internal Server Error", "text/plain", b"boom")),
        ("/b.json", json(PUBLISHED)),
    ]);
    let specs = specs_dir("partial");
    let old = old_json();
    let a = add_api(&specs, "a", "openapi.json", Some(&old), Some(&format!("{base}/a.json")));
    let b = add_api(&specs, "b", "openapi.json", Some(&old), Some(&format!("{base}/b.json")));
    add_api(&specs, "c", "openapi.json", Some(&old), None);
    let output = fetch(&specs, &[]);
    let (out, err) = (stdout(&output), stderr(&output));
    assert!(!output.status.success(), "{out}");
    assert!(err.contains("error: a: GET "), "{err}");
    assert!(err.contains("fetch-specs failed for 1 of 2 APIs: a"), "{err}");
    assert!(out.contains("b: replaced ") && out.contains("run `cargo xtask codegen` to regenerate"), "{out}");
    assert!(
        out.contains("c: skipped: no `upstream` in api.toml: the spec is maintained by hand (source: https://example.com/docs)"),
        "{out}"
    );
    assert_eq!(std::fs::read_to_string(&a).unwrap(), old);
    assert_eq!(std::fs::read_to_string(&b).unwrap(), STORED_JSON);
    assert_eq!(files(a.parent().unwrap()), ["api.toml", "openapi.json"]);
}

#[test]
fn api_restricts_the_run_to_one_api() {
    let base = serve(vec![("/b.json", json(PUBLISHED))]);
    let specs = specs_dir("one-api");
    let old = old_json();
    // `a` would fail (nothing served there), but it is not asked for.
    let a = add_api(&specs, "a", "openapi.json", Some(&old), Some(&format!("{base}/a.json")));
    let b = add_api(&specs, "b", "openapi.json", Some(&old), Some(&format!("{base}/b.json")));
    let output = fetch(&specs, &["--api", "b"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!stdout(&output).contains("a: "), "{}", stdout(&output));
    assert_eq!(std::fs::read_to_string(&a).unwrap(), old);
    assert_eq!(std::fs::read_to_string(&b).unwrap(), STORED_JSON);

    let unknown = fetch(&specs, &["--api", "zzz"]);
    assert!(!unknown.status.success());
    assert!(stderr(&unknown).contains("no API `zzz` under ") && stderr(&unknown).contains("(known: a, b)"), "{}", stderr(&unknown));
}

#[test]
fn specs_written_by_hand_are_skipped() {
    let specs = specs_dir("by-hand");
    let spec = add_api(&specs, "pets", "openapi.yaml", Some("openapi: 3.0.3\n"), None);
    let output = fetch(&specs, &[]);
    let out = stdout(&output);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        out.contains("pets: skipped: no `upstream` in api.toml: the spec is maintained by hand (source: https://example.com/docs)"),
        "{out}"
    );
    assert!(out.contains("no API has an `upstream` in api.toml: nothing to fetch"), "{out}");
    assert_eq!(std::fs::read_to_string(&spec).unwrap(), "openapi: 3.0.3\n");
}

#[test]
fn redirects_are_followed_but_never_to_plain_http_elsewhere() {
    let redirect = |to: &str| format!("HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").into_bytes();
    let base = serve(vec![
        ("/moved.json", redirect("/pets.json")),
        ("/pets.json", json(PUBLISHED)),
        ("/away.json", redirect("http://example.com/pets.json")),
    ]);
    let specs = specs_dir("redirects");
    let moved = add_api(&specs, "moved", "openapi.json", None, Some(&format!("{base}/moved.json")));
    let away = add_api(&specs, "away", "openapi.json", None, Some(&format!("{base}/away.json")));
    // Refused before any connection.
    let plain = add_api(&specs, "plain", "openapi.json", None, Some("http://example.com/pets.json"));
    let output = fetch(&specs, &[]);
    let err = stderr(&output);
    assert!(!output.status.success(), "{err}");
    let stored = std::fs::read_to_string(&moved).unwrap_or_else(|e| panic!("{}: {e}\n{err}", moved.display()));
    assert_eq!(stored, STORED_JSON);
    assert!(
        err.contains(&format!("error: away: GET {base}/away.json: redirect refused: ")) && err.contains(
            "redirected to http://example.com/pets.json: plain http is only accepted to this machine"
        ),
        "{err}"
    );
    assert!(
        err.contains("error: plain: GET http://example.com/pets.json: plain http is only accepted to this machine"),
        "{err}"
    );
    assert!(err.contains("fetch-specs failed for 2 of 3 APIs: away, plain"), "{err}");
    assert!(!away.exists() && !plain.exists());
}
