//! Multi-file documents: `$ref`s to other files are brought into the root document, so every
//! later stage sees one tree with local references only.
//!
//! A referenced part lands where the root document would keep it (`other.yaml#/components/
//! schemas/Pet` under `#/components/schemas/Pet`, renamed on a clash), schema files referenced
//! whole under the schemas of the root, and anything else under `#/x-bundled/<file>/...`.
//! References inside the imported parts are resolved against their own file, recursively, each
//! part once, so cycles across files end. A [`SourceMap`] remembers where each part came from,
//! so diagnostics name the original file and place.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::file::{canonical, Roots};
use crate::diagnostics::Diagnostic;
use crate::naming;
use crate::pointer;

/// Where parts of a bundled document came from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SourceMap {
    /// pointer in the bundled document -> (original file, pointer in that file)
    entries: HashMap<String, (PathBuf, String)>,
}

impl SourceMap {
    /// The original file and pointer of a place in the bundled document, when it came from
    /// another file. Looks up each ancestor of `at`, nearest first: the cost is the depth of
    /// `at`, however many parts were brought in.
    pub fn locate(&self, at: &str) -> Option<(PathBuf, String)> {
        let mut prefix = at;
        loop {
            if let Some((file, original)) = self.entries.get(prefix) {
                return Some((file.clone(), format!("{original}{}", &at[prefix.len()..])));
            }
            // Parts are placed at non-empty pointers: the root itself never matches.
            prefix = &prefix[..prefix.rfind('/').filter(|&i| i > 0)?];
        }
    }

    /// Files other than the root that the document is made of.
    pub fn files(&self) -> Vec<&Path> {
        let mut files: Vec<&Path> = self.entries.values().map(|(f, _)| f.as_path()).collect();
        files.sort();
        files.dedup();
        files
    }
}

/// Which files may be read, and how many bytes are left to read.
#[derive(Debug, Clone)]
pub(crate) struct Files {
    pub(crate) roots: Roots,
    pub(crate) budget: u64,
}

/// Brings every external reference of `root` (read from `path`) into it.
pub(crate) fn bundle(root: &mut Value, path: &Path, files: Files) -> Result<SourceMap, Diagnostic> {
    let mut bundler = Bundler {
        root_file: canonical(path),
        allowed: files,
        swagger2: root.get("swagger").is_some(),
        files: HashMap::new(),
        placed: HashMap::new(),
        sources: SourceMap::default(),
    };
    // (pointer of a part in the bundled document, the file its references are relative to)
    let mut queue = vec![(String::new(), bundler.root_file.clone())];
    while let Some((at, file)) = queue.pop() {
        let mut refs = Vec::new();
        if let Some(part) = root.pointer(&at) {
            collect_refs(part, at.clone(), &mut refs);
        }
        for (ref_at, reference) in refs {
            let is_root = file == bundler.root_file;
            // Remote documents are not fetched: such a reference stays, and lowering reports it
            // where it is used.
            if (is_root && reference.starts_with('#')) || is_remote(&reference) {
                continue;
            }
            let local = bundler.localize(root, &file, &ref_at, &reference, &mut queue)?;
            if let Some(Value::Object(node)) = root.pointer_mut(&ref_at) {
                node.insert("$ref".to_owned(), Value::String(local));
            }
        }
    }
    Ok(bundler.sources)
}

struct Bundler {
    root_file: PathBuf,
    allowed: Files,
    /// Imported schemas go under `definitions` in Swagger 2.0, `components/schemas` otherwise.
    swagger2: bool,
    files: HashMap<PathBuf, Value>,
    /// (file, pointer in it) -> pointer in the bundled document
    placed: HashMap<(PathBuf, String), String>,
    sources: SourceMap,
}

impl Bundler {
    /// The local reference replacing `reference`, found at `ref_at` in a part read from `file`.
    fn localize(
        &mut self,
        root: &mut Value,
        file: &Path,
        ref_at: &str,
        reference: &str,
        queue: &mut Vec<(String, PathBuf)>,
    ) -> Result<String, Diagnostic> {
        let (origin_file, origin_at) = self.sources.locate(ref_at).unwrap_or((file.to_path_buf(), ref_at.to_owned()));
        let located = |message: String| Diagnostic::error(origin_at.clone(), message).in_file(origin_file.clone());
        let (file_part, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        let target_file = if file_part.is_empty() {
            file.to_path_buf()
        } else {
            let relative = percent_decode(file_part);
            canonical(&file.parent().unwrap_or(Path::new("")).join(relative))
        };
        let target = percent_decode(fragment);
        if target_file == self.root_file {
            return Ok(format!("#{}", encode_fragment(&target)));
        }
        let key = (target_file.clone(), target.clone());
        if let Some(local) = self.placed.get(&key) {
            return Ok(format!("#{}", encode_fragment(local)));
        }
        if !self.files.contains_key(&target_file) {
            let tree = self.read(&target_file).map_err(|message| located(format!("$ref {reference:?}: {message}")))?;
            self.files.insert(target_file.clone(), tree);
        }
        let part = self
            .files
            .get(&target_file)
            .and_then(|tree| if target.is_empty() { Some(tree) } else { tree.pointer(&target) })
            .cloned()
            .ok_or_else(|| located(format!("$ref {reference:?} does not resolve: no {target:?} in that file")))?;
        let destination = self.destination(root, &target_file, &target, ref_at);
        insert_at(root, &destination, part);
        self.placed.insert(key, destination.clone());
        self.sources.entries.insert(destination.clone(), (target_file.clone(), target));
        queue.push((destination.clone(), target_file));
        Ok(format!("#{}", encode_fragment(&destination)))
    }

    /// Reads and parses a referenced file, if it is inside the allowed folders and within the
    /// budget.
    fn read(&mut self, file: &Path) -> Result<Value, String> {
        // Canonical when it exists (symlinks resolved); one that does not fails to read below.
        self.allowed.roots.check(file)?;
        let bytes = super::file::read_regular(file, self.allowed.budget)?;
        self.allowed.budget -= bytes.len() as u64;
        let text = super::decode(&bytes).map_err(|message| format!("{}: {message}", file.display()))?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        super::parse_tree(text, file).map_err(|d| format!("{}: {}", file.display(), d.message))
    }

    /// Where an imported part goes in the bundled document.
    fn destination(&self, root: &Value, file: &Path, target: &str, ref_at: &str) -> String {
        let tokens = pointer::tokens(target);
        let schemas = if self.swagger2 { "/definitions" } else { "/components/schemas" };
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("external");
        let (collection, name) = match tokens.as_slice() {
            [kind, name] if ["definitions", "parameters", "responses", "securityDefinitions"].contains(&kind.as_str()) => {
                (format!("/{kind}"), name.clone())
            }
            [first, kind, name] if first == "components" => (format!("/components/{kind}"), name.clone()),
            [.., defs, name] if defs == "$defs" && is_schema_position(ref_at) => (schemas.to_owned(), name.clone()),
            [] if is_schema_position(ref_at) => (schemas.to_owned(), naming::pascal_ident(stem)),
            [name] if is_schema_position(ref_at) => (schemas.to_owned(), name.clone()),
            _ => {
                let base = pointer::join("/x-bundled", &naming::pascal_ident(stem));
                let at = tokens.iter().fold(base, |at, t| pointer::join(&at, t));
                return unique(root, &at);
            }
        };
        unique(root, &pointer::join(&collection, &name))
    }
}

/// `at`, or `at` with a number appended to its last token, whichever is free in `root`.
fn unique(root: &Value, at: &str) -> String {
    if root.pointer(at).is_none() {
        return at.to_owned();
    }
    (2..).map(|n| format!("{at}{n}")).find(|candidate| root.pointer(candidate).is_none()).unwrap_or_default()
}

/// Does a `$ref` at this place stand for a schema?
fn is_schema_position(at: &str) -> bool {
    let tokens = pointer::tokens(at);
    let last = tokens.last().map(String::as_str).unwrap_or("");
    let parent = tokens.len().checked_sub(2).and_then(|i| tokens.get(i)).map(String::as_str).unwrap_or("");
    matches!(last, "schema" | "items" | "additionalProperties" | "not")
        || matches!(parent, "properties" | "allOf" | "oneOf" | "anyOf" | "schemas" | "definitions" | "$defs")
}

fn is_remote(reference: &str) -> bool {
    reference.split('#').next().is_some_and(|file| file.contains("://"))
}

/// Every `$ref` under `node`, skipping literal data (examples, defaults, enums), where a `$ref`
/// key is just a value.
fn collect_refs(node: &Value, at: String, out: &mut Vec<(String, String)>) {
    collect_refs_in(node, at, "", "", out);
}

fn collect_refs_in(node: &Value, at: String, key: &str, parent_key: &str, out: &mut Vec<(String, String)>) {
    let is_data = match key {
        "example" | "default" | "enum" | "const" => parent_key != "properties",
        "value" | "externalValue" => parent_key != "properties" && at.contains("/examples/"),
        _ => false,
    };
    if is_data {
        return;
    }
    match node {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get("$ref") {
                out.push((at.clone(), reference.clone()));
            }
            for (child_key, child) in map {
                collect_refs_in(child, pointer::join(&at, child_key), child_key, key, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                collect_refs_in(child, pointer::join(&at, &i.to_string()), "", key, out);
            }
        }
        _ => {}
    }
}

/// Puts `value` at `at`, creating the objects on the way.
fn insert_at(root: &mut Value, at: &str, value: Value) {
    let tokens = pointer::tokens(at);
    let Some((last, parents)) = tokens.split_last() else { return };
    let mut node = root;
    for token in parents {
        let Value::Object(map) = node else { return };
        node = map.entry(token.clone()).or_insert_with(|| Value::Object(Map::new()));
    }
    if let Value::Object(map) = node {
        map.insert(last.clone(), value);
    }
}

/// Decodes `%XX` escapes (invalid ones are kept as written).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok()).and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

/// A pointer as a `$ref` fragment: characters that are not allowed there are percent-encoded.
fn encode_fragment(pointer: &str) -> String {
    let mut out = String::with_capacity(pointer.len());
    for c in pointer.chars() {
        match c {
            ' ' | '%' | '#' | '"' | '<' | '>' | '`' | '{' | '}' | '|' | '\\' | '^' => {
                let mut buffer = [0; 4];
                for byte in c.encode_utf8(&mut buffer).bytes() {
                    out.push_str(&format!("%{byte:02X}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, text).unwrap();
        path
    }

    /// Bundles with the default folders and budget.
    fn bundle_all(root: &mut Value, path: &Path) -> Result<SourceMap, Diagnostic> {
        let files = Files { roots: Roots::new(path, &[]), budget: crate::load::MAX_DOCUMENT_BYTES };
        bundle(root, path, files)
    }

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("codegen-bundle-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn external_schemas_are_imported_with_their_own_references() {
        let dir = scratch("schemas");
        let root_path = write(
            &dir,
            "api.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    $ref: 'paths/pets.yaml'\ncomponents:\n  schemas:\n    Pet: {type: string}\n",
        );
        write(
            &dir,
            "paths/pets.yaml",
            "get:\n  responses:\n    '200':\n      description: ok\n      content:\n        application/json:\n          schema: {$ref: '../schemas.yaml#/components/schemas/Pet'}\n",
        );
        write(
            &dir,
            "schemas.yaml",
            "components:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        owner: {$ref: '#/components/schemas/Owner'}\n        self: {$ref: '#/components/schemas/Pet'}\n    Owner: {$ref: 'owner.json'}\n",
        );
        write(&dir, "owner.json", r#"{"type": "object", "properties": {"name": {"type": "string"}}}"#);
        let mut root = super::super::read_tree(&root_path).unwrap();
        let sources = bundle_all(&mut root, &root_path).unwrap();
        let paths_ref = root.pointer("/paths/~1pets/$ref").unwrap();
        assert_eq!(paths_ref, "#/x-bundled/Pets");
        let schema_ref = root.pointer("/x-bundled/Pets/get/responses/200/content/application~1json/schema/$ref").unwrap();
        // The root's own `Pet` keeps its name; the imported one is renamed.
        assert_eq!(schema_ref, "#/components/schemas/Pet2");
        assert_eq!(root.pointer("/components/schemas/Pet2/properties/self/$ref").unwrap(), "#/components/schemas/Pet2");
        assert_eq!(root.pointer("/components/schemas/Pet2/properties/owner/$ref").unwrap(), "#/components/schemas/Owner");
        assert_eq!(root.pointer("/components/schemas/Owner/$ref").unwrap(), "#/components/schemas/Owner2");
        assert_eq!(root.pointer("/components/schemas/Owner2/properties/name"), Some(&json!({"type": "string"})));
        let (file, at) = sources.locate("/components/schemas/Pet2/properties/owner").unwrap();
        assert!(file.ends_with("schemas.yaml"));
        assert_eq!(at, "/components/schemas/Pet/properties/owner");
        assert_eq!(sources.files().len(), 3);
        assert_eq!(sources.locate("/paths"), None);
    }

    #[test]
    fn cycles_across_files_end() {
        let dir = scratch("cycles");
        let root_path = write(&dir, "a.yaml", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'b.yaml#/B'}\n");
        write(&dir, "b.yaml", "B:\n  type: object\n  properties:\n    a: {$ref: 'a.yaml#/components/schemas/A'}\n    b: {$ref: '#/B'}\n");
        let mut root = super::super::read_tree(&root_path).unwrap();
        bundle_all(&mut root, &root_path).unwrap();
        assert_eq!(root.pointer("/components/schemas/A/$ref").unwrap(), "#/components/schemas/B");
        assert_eq!(root.pointer("/components/schemas/B/properties/a/$ref").unwrap(), "#/components/schemas/A");
        assert_eq!(root.pointer("/components/schemas/B/properties/b/$ref").unwrap(), "#/components/schemas/B");
    }

    #[test]
    fn missing_files_and_fragments_are_located_errors() {
        let dir = scratch("errors");
        for (reference, expected) in [
            ("missing.yaml#/X", "missing.yaml"),
            ("other.yaml#/Nope", "does not resolve"),
        ] {
            write(&dir, "other.yaml", "X: {type: string}\n");
            let text = format!(
                "openapi: 3.0.0\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    A: {{$ref: '{reference}'}}\n"
            );
            let root_path = write(&dir, "root.yaml", &text);
            let mut root = super::super::read_tree(&root_path).unwrap();
            let error = bundle_all(&mut root, &root_path).unwrap_err();
            assert_eq!(error.pointer, "/components/schemas/A", "{reference}");
            assert!(error.message.contains(expected), "{reference}: {}", error.message);
            assert!(error.file.as_ref().is_some_and(|f| f.ends_with("root.yaml")));
        }
    }

    #[test]
    fn errors_deep_in_imported_files_name_that_file() {
        let dir = scratch("deep");
        let root_path = write(&dir, "root.yaml", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'a.yaml#/A'}\n");
        write(&dir, "a.yaml", "A:\n  type: object\n  properties:\n    b: {$ref: 'gone.yaml'}\n");
        let mut root = super::super::read_tree(&root_path).unwrap();
        let error = bundle_all(&mut root, &root_path).unwrap_err();
        assert!(error.file.as_ref().is_some_and(|f| f.ends_with("a.yaml")), "{error}");
        assert_eq!(error.pointer, "/A/properties/b");
    }

    #[test]
    fn references_in_examples_and_remote_references_are_left_alone() {
        let dir = scratch("data");
        let root_path = write(
            &dir,
            "root.yaml",
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  examples:\n    E: {value: {$ref: 'nope.yaml'}}\n  schemas:\n    A:\n      example: {$ref: 'nope.yaml'}\n      properties:\n        example: {$ref: 'b.yaml'}\n        remote: {$ref: 'https://example.com/x.json#/X'}\n",
        );
        write(&dir, "b.yaml", "type: string\n");
        let mut root = super::super::read_tree(&root_path).unwrap();
        bundle_all(&mut root, &root_path).unwrap();
        assert_eq!(root.pointer("/components/examples/E/value/$ref").unwrap(), "nope.yaml");
        assert_eq!(root.pointer("/components/schemas/A/example/$ref").unwrap(), "nope.yaml");
        assert_eq!(root.pointer("/components/schemas/A/properties/example/$ref").unwrap(), "#/components/schemas/B");
        assert_eq!(root.pointer("/components/schemas/A/properties/remote/$ref").unwrap(), "https://example.com/x.json#/X");
    }

    #[test]
    fn fragments_are_encoded_for_references() {
        assert_eq!(encode_fragment("/components/schemas/My Pet"), "/components/schemas/My%20Pet");
        assert_eq!(percent_decode("My%20Pet%zz"), "My Pet%zz");
    }

    /// A root document whose schema `A` is `{$ref: reference}`.
    fn referring(dir: &Path, reference: &str) -> PathBuf {
        let text = format!(
            "openapi: 3.0.0\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    A: {{$ref: '{reference}'}}\n"
        );
        write(dir, "api/root.yaml", &text)
    }

    fn refused(root_path: &Path, files: Files) -> Diagnostic {
        let mut root = super::super::read_tree(root_path).unwrap();
        let error = bundle(&mut root, root_path, files).unwrap_err();
        assert_eq!(error.pointer, "/components/schemas/A");
        assert!(error.file.as_ref().is_some_and(|f| f.ends_with("api/root.yaml")), "{error}");
        error
    }

    fn files(root_path: &Path, extra: &[PathBuf]) -> Files {
        Files { roots: Roots::new(root_path, extra), budget: crate::load::MAX_DOCUMENT_BYTES }
    }

    #[test]
    fn files_outside_the_entry_folder_are_refused_unless_allowed() {
        let dir = canonical(&scratch("roots"));
        write(&dir, "shared/common.yaml", "X: {type: string}\n");
        for reference in ["../shared/common.yaml#/X", "../../../../../../etc/passwd", "/etc/passwd"] {
            let root_path = referring(&dir, reference);
            let error = refused(&root_path, files(&root_path, &[]));
            assert!(error.message.contains("is outside the folder of the entry document"), "{reference}: {error}");
            assert!(error.message.contains(reference), "{reference}: {error}");
        }
        let root_path = referring(&dir, "../shared/common.yaml#/X");
        let mut root = super::super::read_tree(&root_path).unwrap();
        bundle(&mut root, &root_path, files(&root_path, &[dir.join("shared")])).unwrap();
        assert_eq!(root.pointer("/components/schemas/A/$ref").unwrap(), "#/components/schemas/X");
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_resolved_before_the_check() {
        let dir = canonical(&scratch("links"));
        write(&dir, "outside/secret.yaml", "X: {type: string}\n");
        write(&dir, "api/inside.yaml", "X: {type: string}\n");
        std::os::unix::fs::symlink(dir.join("outside/secret.yaml"), dir.join("api/link.yaml")).unwrap();
        std::os::unix::fs::symlink(dir.join("outside"), dir.join("api/linked-folder")).unwrap();
        std::os::unix::fs::symlink(dir.join("api/inside.yaml"), dir.join("api/good-link.yaml")).unwrap();
        for reference in ["link.yaml#/X", "linked-folder/secret.yaml#/X"] {
            let root_path = referring(&dir, reference);
            let error = refused(&root_path, files(&root_path, &[]));
            assert!(error.message.contains("outside/secret.yaml is outside the folder"), "{reference}: {error}");
        }
        let root_path = referring(&dir, "good-link.yaml#/X");
        let mut root = super::super::read_tree(&root_path).unwrap();
        bundle(&mut root, &root_path, files(&root_path, &[])).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn devices_fifos_and_folders_are_refused_even_when_allowed() {
        let dir = canonical(&scratch("devices"));
        std::fs::create_dir_all(dir.join("api/folder.yaml")).unwrap();
        let fifo = dir.join("api/fifo.yaml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success());
        let mut cases = vec![("/dev/zero", "a character device"), ("/dev/urandom", "a character device"), ("folder.yaml", "a directory")];
        if made {
            cases.push(("fifo.yaml", "a FIFO (named pipe)"));
        } else {
            println!("mkfifo unavailable: the FIFO case is not run");
        }
        for (reference, what) in cases {
            let root_path = referring(&dir, reference);
            let error = refused(&root_path, files(&root_path, &[PathBuf::from("/dev")]));
            assert!(error.message.contains(&format!("is {what}, not a regular file")), "{reference}: {error}");
        }
    }

    #[test]
    fn the_budget_covers_every_file_of_the_document() {
        let dir = canonical(&scratch("budget"));
        write(&dir, "api/a.yaml", "A: {$ref: 'b.yaml#/B'}\n");
        write(&dir, "api/b.yaml", "B: {type: string, description: 'some forty bytes of text'}\n");
        let root_path = referring(&dir, "a.yaml#/A");
        let mut budget = files(&root_path, &[]);
        budget.budget = 40;
        let mut root = super::super::read_tree(&root_path).unwrap();
        let error = bundle(&mut root, &root_path, budget).unwrap_err();
        // `a.yaml` fits; `b.yaml` does not, and the error is where `a.yaml` refers to it.
        assert!(error.file.as_ref().is_some_and(|f| f.ends_with("api/a.yaml")), "{error}");
        assert_eq!(error.pointer, "/A");
        assert!(error.message.contains("b.yaml would take the document past 32 MiB"), "{error}");
    }
}
