//! Local `$ref` resolution: from `{"$ref": "#/..."}` to the node it designates.
//!
//! Only references into the same document are supported. Only chains of pure references are
//! followed; a schema that refers to itself through its properties is legitimate and is left to
//! the stages that walk schemas.
//!
//! Where each reference of a chain leads is remembered, so resolving every member of a chain of
//! `n` references costs `O(n)` in all (not `O(n²)` walks of it), and messages about a long chain
//! name its first and last places only.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use serde_json::Value;

use crate::diagnostics::Diagnostic;
use crate::pointer;

/// Places of a chain named in full in a message; longer chains show the first ones and the end.
const LISTED: usize = 8;

pub struct Resolver<'a> {
    root: &'a Value,
    /// For each reference met (by pointer): the pointer its `$ref` designates, or why none.
    next: RefCell<HashMap<String, Result<String, Rc<str>>>>,
    /// For each reference met: where following it ends.
    ends: RefCell<HashMap<String, End>>,
    /// References decoded and looked up, for the tests of the cost.
    #[cfg(test)]
    steps: std::cell::Cell<usize>,
}

/// Where a chain of references starting at some pointer ends.
#[derive(Debug, Clone)]
enum End {
    /// At this non-reference node.
    Node(String),
    /// The reference at `failing`, `steps` references further, designates nothing.
    Broken { failing: String, steps: usize },
    /// After `steps` references, at `repeated`, met for the second time.
    Circular { repeated: String, steps: usize },
}

impl End {
    /// The same end, seen from `extra` references before.
    fn further(&self, extra: usize) -> End {
        match self {
            End::Node(at) => End::Node(at.clone()),
            End::Broken { failing, steps } => End::Broken { failing: failing.clone(), steps: steps + extra },
            End::Circular { repeated, steps } => End::Circular { repeated: repeated.clone(), steps: steps + extra },
        }
    }
}

impl<'a> Resolver<'a> {
    pub fn new(root: &'a Value) -> Self {
        Self {
            root,
            next: RefCell::default(),
            ends: RefCell::default(),
            #[cfg(test)]
            steps: std::cell::Cell::new(0),
        }
    }

    /// The `$ref` string of a node, if it is a reference object (an object with a string "$ref").
    /// Sibling keys (allowed next to `$ref` in OpenAPI 3.1) are the caller's business.
    pub fn ref_of(node: &Value) -> Option<&str> {
        node.as_object()?.get("$ref")?.as_str()
    }

    /// Look up a pointer in the document.
    pub fn get(&self, pointer: &str) -> Option<&'a Value> {
        self.walk(pointer).ok()
    }

    /// Follows `node` (found at `at`) through any chain of `$ref`s to a non-reference node;
    /// returns the pointer of the final node and the node. Errors are reported at `at`.
    pub fn resolve(&self, at: &str, node: &'a Value) -> Result<(String, &'a Value), Diagnostic> {
        let Some(reference) = Self::ref_of(node) else { return Ok((at.to_owned(), node)) };
        // `at` is usually where `node` stands in the document, and then one of the chain's
        // places; a node from elsewhere starts the chain one reference before the document.
        let in_document = self.get(at).is_some_and(|found| std::ptr::eq(found, node));
        let (start, before) = if in_document {
            (at.to_owned(), None)
        } else {
            let (target, _) = self.step(reference).map_err(|message| Diagnostic::error(at, message.to_string()))?;
            (target, Some(at))
        };
        let end = self.end(&start);
        let end = if before.is_some() { end.further(1) } else { end };
        match end {
            End::Node(last) => match self.get(&last) {
                Some(found) => Ok((last, found)),
                None => Err(Diagnostic::error(at, format!("$ref chain leads to {}, which does not exist", display(&last)))),
            },
            End::Broken { failing, steps } => {
                let why = match self.next.borrow().get(&failing) {
                    Some(Err(why)) => why.to_string(),
                    _ => String::new(),
                };
                // Say where the failing `$ref` sits when it is not at `at` itself.
                let context = if steps > 0 {
                    format!(" (reached through {})", self.listing(before, &start, steps, &failing))
                } else {
                    String::new()
                };
                Err(Diagnostic::error(at, format!("{why}{context}")))
            }
            End::Circular { repeated, steps } => Err(Diagnostic::error(
                at,
                format!("circular $ref chain: {}", self.listing(before, &start, steps, &repeated)),
            )),
        }
    }

    /// The pointer a reference string designates (decoded), or an error as above; does not
    /// follow chains.
    pub fn target_pointer(&self, at: &str, reference: &str) -> Result<String, Diagnostic> {
        self.step(reference).map(|(target, _)| target).map_err(|message| Diagnostic::error(at, message.to_string()))
    }

    /// Where the chain starting at `start` (a pointer into the document) ends; remembers it for
    /// every place on the way.
    fn end(&self, start: &str) -> End {
        // The places walked this time, and their index in `walked`.
        let mut walked: Vec<String> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut current = start.to_owned();
        let (end, from) = loop {
            if let Some(known) = self.ends.borrow().get(&current) {
                break (known.clone(), walked.len());
            }
            let Some(node) = self.get(&current) else {
                // Only reachable for a start that is not in the document.
                break (End::Node(current), walked.len());
            };
            let Some(reference) = Self::ref_of(node) else { break (End::Node(current), walked.len()) };
            if let Some(&first) = index.get(&current) {
                // `walked[first..]` is a cycle: each of its places comes back to itself; the
                // places before it reach it.
                let length = walked.len() - first;
                let mut ends = self.ends.borrow_mut();
                for place in walked.drain(first..) {
                    ends.insert(place.clone(), End::Circular { repeated: place, steps: length });
                }
                break (End::Circular { repeated: current, steps: length }, first);
            }
            index.insert(current.clone(), walked.len());
            walked.push(current.clone());
            match self.step(reference) {
                Ok((target, _)) => {
                    self.next.borrow_mut().insert(current, Ok(target.clone()));
                    current = target;
                }
                Err(why) => {
                    self.next.borrow_mut().insert(current.clone(), Err(why));
                    let failing = walked.pop().expect("just pushed");
                    self.ends.borrow_mut().insert(failing.clone(), End::Broken { failing: failing.clone(), steps: 0 });
                    break (End::Broken { failing, steps: 0 }, walked.len());
                }
            }
        };
        // `walked[i]` is `from - i` references before the place whose end is `end`.
        let mut ends = self.ends.borrow_mut();
        for (i, place) in walked.into_iter().enumerate() {
            ends.insert(place, end.further(from - i));
        }
        ends.get(start).cloned().unwrap_or(end)
    }

    /// `#a -> #b -> ... -> #last` for a chain of `steps` references from `start` (after `before`,
    /// when given), with the middle of a long chain left out.
    fn listing(&self, before: Option<&str>, start: &str, steps: usize, last: &str) -> String {
        let mut shown: Vec<String> = before.map(display).into_iter().collect();
        let total = shown.len() + steps + 1;
        let mut current = start.to_owned();
        let next = self.next.borrow();
        // Every place but the last when the chain is short; its first few otherwise.
        let walk = if total <= LISTED { steps } else { LISTED / 2 - shown.len() };
        for _ in 0..walk {
            shown.push(display(&current));
            match next.get(&current) {
                Some(Ok(target)) => current = target.clone(),
                _ => break,
            }
        }
        if total > LISTED {
            shown.push(format!("... ({} more)", total - shown.len() - 1));
        }
        shown.push(display(last));
        shown.join(" -> ")
    }

    /// One step: decodes `reference` and looks it up.
    fn step(&self, reference: &str) -> Result<(String, &'a Value), Rc<str>> {
        #[cfg(test)]
        self.steps.set(self.steps.get() + 1);
        let fail = |message: String| Rc::<str>::from(message);
        let (base, fragment) = match reference.split_once('#') {
            Some((base, fragment)) => (base, Some(fragment)),
            None => (reference, None),
        };
        if !base.is_empty() {
            let hint = if base.starts_with('/') && fragment.is_none() {
                " (a reference within the document starts with `#`)"
            } else {
                ""
            };
            let what = if base.contains("://") { "remote documents are not fetched" } else { "external file not loaded" };
            return Err(fail(format!("$ref {reference:?} is not available: {what}{hint}")));
        }
        let Some(fragment) = fragment else {
            return Err(fail("malformed $ref: the reference is empty".to_string()));
        };
        let Some(target) = percent_decode(fragment) else {
            return Err(fail(format!(
                "malformed $ref {reference:?}: percent-encoding does not decode to UTF-8"
            )));
        };
        if !target.is_empty() && !target.starts_with('/') {
            return Err(fail(format!(
                "malformed $ref {reference:?}: the part after `#` must be a JSON pointer \
                 starting with `/` (anchors are not supported)"
            )));
        }
        if !valid_escapes(&target) {
            return Err(fail(format!(
                "malformed $ref {reference:?}: `~` must be followed by `0` or `1` in a JSON pointer"
            )));
        }
        match self.walk(&target) {
            Ok(node) => Ok((target, node)),
            Err(found) => {
                let tokens = pointer::tokens(&target);
                let parent_pointer =
                    tokens.iter().take(found).fold(String::new(), |p, t| pointer::join(&p, t));
                let missing = tokens.get(found).map(String::as_str).unwrap_or_default();
                let why = match self.walk(&parent_pointer) {
                    Ok(Value::Object(_)) => format!("{} has no entry {missing:?}", display(&parent_pointer)),
                    Ok(Value::Array(_)) => format!("{} has no index {missing:?}", display(&parent_pointer)),
                    _ => format!("{} is not an object or array", display(&parent_pointer)),
                };
                Err(fail(format!("$ref {reference:?} does not resolve: {why}")))
            }
        }
    }

    /// Follows a pointer from the root; on failure, returns how many tokens did resolve.
    fn walk(&self, target: &str) -> Result<&'a Value, usize> {
        if target.is_empty() {
            return Ok(self.root);
        }
        if !target.starts_with('/') {
            return Err(0);
        }
        let mut node = self.root;
        for (resolved, token) in pointer::tokens(target).iter().enumerate() {
            let next = match node {
                Value::Object(map) => map.get(token.as_str()),
                Value::Array(items) => array_index(token).and_then(|i| items.get(i)),
                _ => None,
            };
            node = next.ok_or(resolved)?;
        }
        Ok(node)
    }
}

/// `"/components/schemas/A"` -> `"#/components/schemas/A"`, the way `$ref`s are written.
fn display(pointer: &str) -> String {
    format!("#{pointer}")
}

/// RFC 6901 array indices: digits without leading zeros (`-`, "past the end", selects nothing).
fn array_index(token: &str) -> Option<usize> {
    if token.is_empty() || !token.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if token.len() > 1 && token.starts_with('0') {
        return None;
    }
    token.parse().ok()
}

/// Decodes `%XX` sequences (URI fragment encoding). A `%` not followed by two hex digits is kept
/// as it is: documents write names like `100%` unencoded and mean them literally.
fn percent_decode(text: &str) -> Option<String> {
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        if byte == b'%' {
            if let Some(decoded) = hex_byte(tail) {
                out.push(decoded);
                rest = tail.get(2..).unwrap_or_default();
                continue;
            }
        }
        out.push(byte);
        rest = tail;
    }
    String::from_utf8(out).ok()
}

/// The byte written by the first two bytes of `bytes` as hex digits.
fn hex_byte(bytes: &[u8]) -> Option<u8> {
    let high = char::from(*bytes.first()?).to_digit(16)?;
    let low = char::from(*bytes.get(1)?).to_digit(16)?;
    u8::try_from(high * 16 + low).ok()
}

fn valid_escapes(target: &str) -> bool {
    let mut chars = target.chars();
    while let Some(c) = chars.next() {
        if c == '~' && !matches!(chars.next(), Some('0' | '1')) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc() -> Value {
        json!({
            "openapi": "3.1.0",
            "paths": {
                "/users": {"get": {"operationId": "listUsers"}},
                "/users/{id}": {"$ref": "#/paths/~1users"}
            },
            "components": {
                "schemas": {
                    "A": {"type": "object", "properties": {
                        "b": {"type": "string"},
                        "next": {"$ref": "#/components/schemas/A"}
                    }},
                    "B": {"$ref": "#/components/schemas/A"},
                    "C": {"$ref": "#/components/schemas/B", "description": "sibling"},
                    "Foo Bar": {"type": "integer"},
                    "a/b": {"type": "boolean"},
                    "m~n": {"type": "number"},
                    "100%": {"type": "null"},
                    "Ünï": {"type": "string"},
                    "Self": {"$ref": "#/components/schemas/Self"},
                    "X": {"$ref": "#/components/schemas/Y"},
                    "Y": {"$ref": "#/components/schemas/Z"},
                    "Z": {"$ref": "#/components/schemas/X"},
                    "ToMissing": {"$ref": "#/components/schemas/Nope"},
                    "ViaMissing": {"$ref": "#/components/schemas/ToMissing"},
                    "List": {"allOf": [{"type": "object"}, {"$ref": "#/components/schemas/A"}]},
                    "NotARef": {"$ref": {"type": "string"}}
                }
            }
        })
    }

    /// Resolves the node at `at` and returns the final pointer.
    fn resolve_at(root: &Value, at: &str) -> Result<String, Diagnostic> {
        let resolver = Resolver::new(root);
        let node = resolver.get(at).unwrap_or_else(|| panic!("no node at {at}"));
        resolver.resolve(at, node).map(|(p, _)| p)
    }

    fn target(root: &Value, reference: &str) -> Result<String, Diagnostic> {
        Resolver::new(root).target_pointer("/here", reference)
    }

    #[test]
    fn ref_of_and_get() {
        let root = doc();
        let r = Resolver::new(&root);
        assert_eq!(Resolver::ref_of(&json!({"$ref": "#/a"})), Some("#/a"));
        assert_eq!(Resolver::ref_of(&json!({"$ref": 3})), None);
        assert_eq!(Resolver::ref_of(&json!(["$ref"])), None);
        assert_eq!(Resolver::ref_of(&json!("#/a")), None);
        assert_eq!(r.get(""), Some(&root));
        assert_eq!(r.get("/paths/~1users/get/operationId"), Some(&json!("listUsers")));
        assert_eq!(r.get("/components/schemas/List/allOf/1/$ref"), Some(&json!("#/components/schemas/A")));
        assert_eq!(r.get("/components/schemas/List/allOf/01"), None);
        assert_eq!(r.get("/components/schemas/List/allOf/-"), None);
        assert_eq!(r.get("/components/schemas/List/allOf/99999999999999999999999"), None);
        assert_eq!(r.get("components"), None);
        assert_eq!(r.get("/openapi/x"), None);
    }

    #[test]
    fn non_reference_resolves_to_itself() {
        let root = doc();
        assert_eq!(resolve_at(&root, "/components/schemas/A").unwrap(), "/components/schemas/A");
        // `$ref` whose value is not a string is a property named "$ref", not a reference.
        assert_eq!(resolve_at(&root, "/components/schemas/NotARef").unwrap(), "/components/schemas/NotARef");
    }

    #[test]
    fn follows_chains() {
        let root = doc();
        let r = Resolver::new(&root);
        let at = "/components/schemas/C";
        let (pointer, node) = r.resolve(at, r.get(at).unwrap()).unwrap();
        assert_eq!(pointer, "/components/schemas/A");
        assert_eq!(node["type"], "object");
        assert_eq!(resolve_at(&root, "/paths/~1users~1{id}").unwrap(), "/paths/~1users");
        assert_eq!(resolve_at(&root, "/components/schemas/List/allOf/1").unwrap(), "/components/schemas/A");
        // target_pointer does a single step only.
        assert_eq!(target(&root, "#/components/schemas/C").unwrap(), "/components/schemas/C");
    }

    #[test]
    fn property_cycles_are_not_errors() {
        let root = doc();
        let at = "/components/schemas/A/properties/next";
        assert_eq!(resolve_at(&root, at).unwrap(), "/components/schemas/A");
    }

    #[test]
    fn decodes_references() {
        let root = doc();
        assert_eq!(target(&root, "#").unwrap(), "");
        assert_eq!(target(&root, "#/components/schemas/Foo%20Bar").unwrap(), "/components/schemas/Foo Bar");
        assert_eq!(target(&root, "#/paths/~1users/get").unwrap(), "/paths/~1users/get");
        assert_eq!(target(&root, "#/paths/%7E1users/get").unwrap(), "/paths/~1users/get");
        assert_eq!(target(&root, "#/components/schemas/a~1b").unwrap(), "/components/schemas/a~1b");
        assert_eq!(target(&root, "#/components/schemas/m~0n").unwrap(), "/components/schemas/m~0n");
        assert_eq!(target(&root, "#/components/schemas/100%").unwrap(), "/components/schemas/100%");
        assert_eq!(target(&root, "#/components/schemas/100%25").unwrap(), "/components/schemas/100%");
        assert_eq!(target(&root, "#/components/schemas/%C3%9Cn%C3%AF").unwrap(), "/components/schemas/Ünï");
        assert_eq!(target(&root, "#/components/schemas/Ünï").unwrap(), "/components/schemas/Ünï");
        assert_eq!(
            target(&root, "#/components/schemas/A/properties/b").unwrap(),
            "/components/schemas/A/properties/b"
        );
        assert_eq!(
            target(&root, "#/components/schemas/List/allOf/0").unwrap(),
            "/components/schemas/List/allOf/0"
        );
        let r = Resolver::new(&root);
        let node = json!({"$ref": "#/components/schemas/A/properties/b"});
        let (pointer, found) = r.resolve("/x", &node).unwrap();
        assert_eq!(pointer, "/components/schemas/A/properties/b");
        assert_eq!(found, &json!({"type": "string"}));
    }

    #[test]
    fn dangling_references() {
        let root = doc();
        let d = target(&root, "#/components/schemas/Nope").unwrap_err();
        assert_eq!(d.pointer, "/here");
        assert_eq!(
            d.message,
            "$ref \"#/components/schemas/Nope\" does not resolve: #/components/schemas has no entry \"Nope\""
        );
        let d = target(&root, "#/components/schemaz/A").unwrap_err();
        assert!(d.message.contains("#/components has no entry \"schemaz\""), "{d}");
        let d = target(&root, "#/openapi/x").unwrap_err();
        assert!(d.message.contains("#/openapi is not an object or array"), "{d}");
        let d = target(&root, "#/components/schemas/List/allOf/2").unwrap_err();
        assert!(d.message.contains("has no index \"2\""), "{d}");
        // Through a chain: reported at the start, naming the path taken.
        let d = resolve_at(&root, "/components/schemas/ViaMissing").unwrap_err();
        assert_eq!(d.pointer, "/components/schemas/ViaMissing");
        assert!(d.message.contains("\"Nope\""), "{d}");
        assert!(
            d.message.contains(
                "reached through #/components/schemas/ViaMissing -> #/components/schemas/ToMissing"
            ),
            "{d}"
        );
    }

    #[test]
    fn cycles_of_references() {
        let root = doc();
        let d = resolve_at(&root, "/components/schemas/X").unwrap_err();
        assert_eq!(d.pointer, "/components/schemas/X");
        assert_eq!(
            d.message,
            "circular $ref chain: #/components/schemas/X -> #/components/schemas/Y -> \
             #/components/schemas/Z -> #/components/schemas/X"
        );
        let d = resolve_at(&root, "/components/schemas/Self").unwrap_err();
        assert!(d.message.contains("#/components/schemas/Self -> #/components/schemas/Self"), "{d}");
        // A reference elsewhere that leads into a cycle.
        let r = Resolver::new(&root);
        let node = json!({"$ref": "#/components/schemas/Y"});
        let d = r.resolve("/paths/p", &node).unwrap_err();
        assert_eq!(d.pointer, "/paths/p");
        assert!(d.message.starts_with("circular $ref chain: #/paths/p -> #/components/schemas/Y"), "{d}");
        // A root that refers to itself.
        let root = json!({"$ref": "#"});
        let d = Resolver::new(&root).resolve("", &root).unwrap_err();
        assert_eq!(d.message, "circular $ref chain: # -> #");
    }

    #[test]
    fn external_references() {
        let root = doc();
        for reference in
            ["other.yaml#/X", "other.yaml", "https://example.com/schemas.json#/A", "./common/pet.json"]
        {
            let d = target(&root, reference).unwrap_err();
            assert_eq!(d.pointer, "/here");
            assert!(d.message.contains("is not available"), "{d}");
            assert!(d.message.contains(reference), "{d}");
        }
        let d = target(&root, "/components/schemas/A").unwrap_err();
        assert!(d.message.contains("starts with `#`"), "{d}");
    }

    #[test]
    fn malformed_references() {
        let root = doc();
        for (reference, why) in [
            ("", "empty"),
            ("#Pet", "anchors are not supported"),
            ("#components/schemas/A", "starting with `/`"),
            ("#/components/schemas/a~2b", "`~` must be followed"),
            ("#/components/schemas/m~", "`~` must be followed"),
            ("#/components/schemas/%FF", "UTF-8"),
        ] {
            let d = target(&root, reference).unwrap_err();
            assert_eq!(d.pointer, "/here");
            assert!(d.message.contains("malformed $ref"), "{reference}: {d}");
            assert!(d.message.contains(why), "{reference}: {d}");
        }
    }

    #[test]
    fn helpers() {
        assert_eq!(percent_decode("a%2Fb%2fc"), Some("a/b/c".to_string()));
        assert_eq!(percent_decode("%"), Some("%".to_string()));
        assert_eq!(percent_decode("%4"), Some("%4".to_string()));
        assert_eq!(percent_decode("%+f"), Some("%+f".to_string()));
        assert_eq!(percent_decode("%zz%41"), Some("%zzA".to_string()));
        assert_eq!(percent_decode("%C3"), None);
        assert_eq!(array_index("0"), Some(0));
        assert_eq!(array_index("10"), Some(10));
        assert_eq!(array_index("010"), None);
        assert_eq!(array_index("+1"), None);
        assert_eq!(array_index(""), None);
    }

    /// `{"components": {"schemas": {"S0": {$ref S1}, ..., "S<n-1>": {$ref S<n>}}}}` plus `last`
    /// as `S<n>` when given.
    fn chain(n: usize, last: Option<Value>) -> Value {
        let mut schemas = serde_json::Map::new();
        for i in 0..n {
            schemas.insert(format!("S{i}"), json!({"$ref": format!("#/components/schemas/S{}", i + 1)}));
        }
        if let Some(last) = last {
            schemas.insert(format!("S{n}"), last);
        }
        json!({"components": {"schemas": schemas}})
    }

    /// Resolves every schema of the document, in order, and returns the results.
    fn resolve_all(resolver: &Resolver, n: usize) -> Vec<Result<String, Diagnostic>> {
        (0..n)
            .map(|i| {
                let at = format!("/components/schemas/S{i}");
                let node = resolver.get(&at).unwrap();
                resolver.resolve(&at, node).map(|(p, _)| p)
            })
            .collect()
    }

    #[test]
    fn long_chains_cost_one_step_per_reference() {
        let n = 20_000;
        let root = chain(n, Some(json!({"type": "string"})));
        let resolver = Resolver::new(&root);
        let results = resolve_all(&resolver, n);
        assert!(results.iter().all(|r| r.as_deref() == Ok("/components/schemas/S20000")));
        assert_eq!(resolver.steps.get(), n);
        // From the far end first: each place is still walked once.
        let resolver = Resolver::new(&root);
        for i in (0..n).rev() {
            let at = format!("/components/schemas/S{i}");
            resolver.resolve(&at, resolver.get(&at).unwrap()).unwrap();
        }
        assert_eq!(resolver.steps.get(), n);
    }

    #[test]
    fn long_broken_and_circular_chains_are_reported_briefly() {
        let n = 20_000;
        let root = chain(n, None);
        let resolver = Resolver::new(&root);
        let results = resolve_all(&resolver, n);
        assert_eq!(resolver.steps.get(), n);
        let first = results[0].as_ref().unwrap_err();
        assert_eq!(first.pointer, "/components/schemas/S0");
        assert_eq!(
            first.message,
            "$ref \"#/components/schemas/S20000\" does not resolve: #/components/schemas has no entry \"S20000\" \
             (reached through #/components/schemas/S0 -> #/components/schemas/S1 -> #/components/schemas/S2 -> \
             #/components/schemas/S3 -> ... (19995 more) -> #/components/schemas/S19999)"
        );
        assert!(results.iter().all(|r| r.as_ref().is_err_and(|d| d.message.len() < 400)));
        // Near the end the whole chain is named.
        let near = results[n - 3].as_ref().unwrap_err();
        assert!(near.message.ends_with(
            "(reached through #/components/schemas/S19997 -> #/components/schemas/S19998 -> #/components/schemas/S19999)"
        ), "{near}");
        let last = results[n - 1].as_ref().unwrap_err();
        assert!(!last.message.contains("reached through"), "{last}");

        // The last schema refers back to the first: one cycle through all of them.
        let root = chain(n, Some(json!({"$ref": "#/components/schemas/S0"})));
        let resolver = Resolver::new(&root);
        let results = resolve_all(&resolver, n + 1);
        assert_eq!(resolver.steps.get(), n + 1);
        let d = results[7].as_ref().unwrap_err();
        assert_eq!(
            d.message,
            "circular $ref chain: #/components/schemas/S7 -> #/components/schemas/S8 -> #/components/schemas/S9 -> \
             #/components/schemas/S10 -> ... (19997 more) -> #/components/schemas/S7"
        );
        // A node from outside the document leading into the chain.
        let d = resolver.resolve("/paths/p", &json!({"$ref": "#/components/schemas/S3"})).unwrap_err();
        assert!(d.message.starts_with("circular $ref chain: #/paths/p -> #/components/schemas/S3 -> #/components/schemas/S4"), "{d}");
        assert!(d.message.ends_with("-> #/components/schemas/S3"), "{d}");
    }

    #[test]
    fn chains_leading_into_a_cycle_name_where_it_closes() {
        let root = json!({"a": {"$ref": "#/b"}, "b": {"$ref": "#/c"}, "c": {"$ref": "#/d"}, "d": {"$ref": "#/b"}});
        let resolver = Resolver::new(&root);
        for (at, expected) in [
            ("/a", "circular $ref chain: #/a -> #/b -> #/c -> #/d -> #/b"),
            ("/c", "circular $ref chain: #/c -> #/d -> #/b -> #/c"),
            ("/b", "circular $ref chain: #/b -> #/c -> #/d -> #/b"),
        ] {
            let d = resolver.resolve(at, resolver.get(at).unwrap()).unwrap_err();
            assert_eq!(d.message, expected);
        }
        assert_eq!(resolver.steps.get(), 4);
    }
}
