//! OpenAPI 3.1 schemas rewritten into the OpenAPI 3.0 shapes the lowering understands.
//!
//! The rewrite is done in place, so a JSON pointer into the document keeps naming the same
//! place (a keyword that moves, like a `$ref` wrapped into `allOf`, is the exception). Schemas
//! are rewritten children first: a warning about a nested schema is given before its parent
//! moves it, so it points where the author wrote it.

use std::collections::HashSet;

use serde_json::{Map, Value};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::pointer;

/// Schemas (and callbacks) nested deeper than this are left as they are.
const MAX_DEPTH: usize = 200;

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// Keywords whose value is one schema (`items` may also be a legacy list of schemas).
const SCHEMA_KEYWORDS: &[&str] = &[
    "additionalProperties",
    "items",
    "additionalItems",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "unevaluatedProperties",
    "unevaluatedItems",
    "propertyNames",
    "contentSchema",
];

/// Keywords whose value is a list of schemas.
const SCHEMA_LIST_KEYWORDS: &[&str] = &["allOf", "oneOf", "anyOf", "prefixItems"];

/// Keywords whose value maps names to schemas.
const SCHEMA_MAP_KEYWORDS: &[&str] =
    &["properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies"];

/// Siblings of `$ref` that do not constrain the value, so leaving them beside `$ref` loses
/// nothing the lowering would use.
const ANNOTATIONS: &[&str] = &[
    "description",
    "title",
    "summary",
    "deprecated",
    "readOnly",
    "writeOnly",
    "default",
    "example",
    "examples",
    "$comment",
    "$id",
    "$schema",
    "$anchor",
    "$defs",
    "definitions",
    "externalDocs",
    "xml",
];

const STRING_KEYWORDS: &[&str] =
    &["minLength", "maxLength", "pattern", "contentMediaType", "contentEncoding", "contentSchema"];
const NUMBER_KEYWORDS: &[&str] = &["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"];
const ARRAY_KEYWORDS: &[&str] = &[
    "items",
    "prefixItems",
    "additionalItems",
    "minItems",
    "maxItems",
    "uniqueItems",
    "contains",
    "minContains",
    "maxContains",
    "unevaluatedItems",
];
const OBJECT_KEYWORDS: &[&str] = &[
    "properties",
    "patternProperties",
    "additionalProperties",
    "required",
    "minProperties",
    "maxProperties",
    "propertyNames",
    "dependentRequired",
    "dependentSchemas",
    "dependencies",
    "unevaluatedProperties",
];

const NUMERIC_FORMATS: &[&str] =
    &["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float", "double"];

/// Rewrites 3.1-only schema forms into their 3.0 equivalents; returns warnings (pointers into
/// the document) for what has no 3.0 equivalent and was approximated. Never panics.
pub fn normalize(root: &mut Value) -> Vec<Diagnostic> {
    let mut walker = Walker::new(Walker::rewrite);
    walker.document(root);
    walker.follow_references(root);
    walker.finish()
}

/// Walks every schema of a document, children first, calling `on_schema` on each schema object.
struct Walker {
    on_schema: fn(&mut Walker, &str, &mut Map<String, Value>),
    diags: Diagnostics,
    /// Pointers of the schemas seen, so a `$ref` target is not walked twice.
    visited: HashSet<String>,
    /// Proper ancestors of the pointers in `visited` (`/components/schemas` for
    /// `/components/schemas/A`), so that telling a container from a schema is one look-up.
    ancestors: HashSet<String>,
    /// Decoded targets of local `$ref`s met in schemas.
    pending: Vec<String>,
}

impl Walker {
    fn new(on_schema: fn(&mut Walker, &str, &mut Map<String, Value>)) -> Self {
        Self {
            on_schema,
            diags: Diagnostics::default(),
            visited: HashSet::new(),
            ancestors: HashSet::new(),
            pending: Vec::new(),
        }
    }

    fn finish(self) -> Vec<Diagnostic> {
        // The same finding is reported once, whatever way its schema was reached.
        let mut seen = HashSet::new();
        let mut diags = self.diags.into_vec();
        diags.retain(|d| seen.insert((d.pointer.clone(), d.message.clone())));
        diags
    }

    // -----------------------------------------------------------------------------------------
    // Where schemas are in a document

    fn document(&mut self, root: &mut Value) {
        let Some(root) = root.as_object_mut() else { return };
        if let Some(paths) = root.get_mut("paths") {
            self.path_items("/paths", paths, 0);
        }
        if let Some(webhooks) = root.get_mut("webhooks") {
            self.path_items("/webhooks", webhooks, 0);
        }
        let Some(components) = root.get_mut("components").and_then(Value::as_object_mut) else { return };
        for (kind, entries) in components.iter_mut() {
            let base = pointer::join("/components", kind);
            match kind.as_str() {
                "schemas" => self.schema_map(&base, entries, 0),
                "pathItems" => self.path_items(&base, entries, 0),
                _ => {
                    let Some(entries) = entries.as_object_mut() else { continue };
                    for (name, entry) in entries.iter_mut() {
                        let at = pointer::join(&base, name);
                        match kind.as_str() {
                            "parameters" | "headers" => self.parameter(&at, entry, 0),
                            "requestBodies" => self.content(&at, entry, 0),
                            "responses" => self.response(&at, entry, 0),
                            "callbacks" => self.callback(&at, entry, 0),
                            _ => {}
                        }
                    }
                }
            }
        }
    }

    /// A map of path items: `paths`, `webhooks`, `components/pathItems`, a callback.
    fn path_items(&mut self, at: &str, node: &mut Value, depth: usize) {
        let Some(items) = node.as_object_mut() else { return };
        for (name, item) in items.iter_mut().filter(|(name, _)| !name.starts_with("x-")) {
            self.path_item(&pointer::join(at, name), item, depth);
        }
    }

    fn path_item(&mut self, at: &str, node: &mut Value, depth: usize) {
        // Callbacks hold path items, which hold callbacks: bounded like schemas.
        if depth >= MAX_DEPTH {
            self.diags.warn(at, format!("nested more than {MAX_DEPTH} levels deep; left as it is"));
            return;
        }
        let Some(item) = node.as_object_mut() else { return };
        for (key, value) in item.iter_mut() {
            let at = pointer::join(at, key);
            if key == "parameters" {
                self.parameter_list(&at, value, depth);
            } else if METHODS.contains(&key.as_str()) {
                self.operation(&at, value, depth);
            }
        }
    }

    fn operation(&mut self, at: &str, node: &mut Value, depth: usize) {
        let Some(operation) = node.as_object_mut() else { return };
        for (key, value) in operation.iter_mut() {
            let at = pointer::join(at, key);
            match key.as_str() {
                "parameters" => self.parameter_list(&at, value, depth),
                "requestBody" => self.content(&at, value, depth),
                "responses" => {
                    let Some(responses) = value.as_object_mut() else { continue };
                    for (status, response) in responses.iter_mut().filter(|(s, _)| !s.starts_with("x-")) {
                        self.response(&pointer::join(&at, status), response, depth);
                    }
                }
                "callbacks" => {
                    let Some(callbacks) = value.as_object_mut() else { continue };
                    for (name, callback) in callbacks.iter_mut() {
                        self.callback(&pointer::join(&at, name), callback, depth);
                    }
                }
                _ => {}
            }
        }
    }

    fn callback(&mut self, at: &str, node: &mut Value, depth: usize) {
        self.path_items(at, node, depth + 1);
    }

    fn parameter_list(&mut self, at: &str, node: &mut Value, depth: usize) {
        let Some(parameters) = node.as_array_mut() else { return };
        for (i, parameter) in parameters.iter_mut().enumerate() {
            self.parameter(&pointer::join(at, &i.to_string()), parameter, depth);
        }
    }

    /// A parameter or a header: a `schema`, or `content` like a body.
    fn parameter(&mut self, at: &str, node: &mut Value, depth: usize) {
        if let Some(schema) = node.get_mut("schema") {
            self.schema(&pointer::join(at, "schema"), schema, depth);
        }
        self.content(at, node, depth);
    }

    fn response(&mut self, at: &str, node: &mut Value, depth: usize) {
        if let Some(headers) = node.get_mut("headers").and_then(Value::as_object_mut) {
            let base = pointer::join(at, "headers");
            for (name, header) in headers.iter_mut() {
                self.parameter(&pointer::join(&base, name), header, depth);
            }
        }
        self.content(at, node, depth);
    }

    /// The `content` map of a request body, response, parameter or header.
    fn content(&mut self, at: &str, node: &mut Value, depth: usize) {
        let Some(content) = node.get_mut("content").and_then(Value::as_object_mut) else { return };
        let base = pointer::join(at, "content");
        for (media, entry) in content.iter_mut() {
            let entry_at = pointer::join(&base, media);
            if let Some(schema) = entry.get_mut("schema") {
                self.schema(&pointer::join(&entry_at, "schema"), schema, depth);
            }
            let Some(encodings) = entry.get_mut("encoding").and_then(Value::as_object_mut) else { continue };
            let encodings_at = pointer::join(&entry_at, "encoding");
            for (property, encoding) in encodings.iter_mut() {
                let Some(headers) = encoding.get_mut("headers").and_then(Value::as_object_mut) else { continue };
                let headers_at = pointer::join(&pointer::join(&encodings_at, property), "headers");
                for (name, header) in headers.iter_mut() {
                    self.parameter(&pointer::join(&headers_at, name), header, depth);
                }
            }
        }
    }

    /// Schemas referenced from places the walk does not cover (`#/$defs/A`, `#/x-schemas/B`)
    /// are schemas too; targets found while doing so are followed in turn.
    fn follow_references(&mut self, root: &mut Value) {
        while let Some(target) = self.pending.pop() {
            if self.visited.contains(&target) {
                continue;
            }
            // An ancestor of a schema that is not one itself (`#/components/schemas`) is a
            // container: treating it as a schema would read its entry names as keywords.
            if target.is_empty() || self.ancestors.contains(&target) {
                continue;
            }
            match root.pointer_mut(&target) {
                Some(node) => self.schema(&target, node, 0),
                None => {
                    self.visit(&target);
                }
            }
        }
    }

    fn visit(&mut self, at: &str) {
        if !self.visited.insert(at.to_owned()) {
            return;
        }
        let mut prefix = at;
        while let Some(slash) = prefix.rfind('/') {
            prefix = &prefix[..slash];
            // Shorter ones are in already, from whoever put this one in.
            if !self.ancestors.insert(prefix.to_owned()) {
                break;
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // Schemas

    fn schema_map(&mut self, at: &str, node: &mut Value, depth: usize) {
        let Some(schemas) = node.as_object_mut() else { return };
        for (name, schema) in schemas.iter_mut() {
            self.schema(&pointer::join(at, name), schema, depth);
        }
    }

    fn schema(&mut self, at: &str, node: &mut Value, depth: usize) {
        // Boolean schemas stay as they are; anything else that is not an object is not a schema.
        let Value::Object(map) = node else { return };
        if depth >= MAX_DEPTH {
            self.diags.warn(at, format!("schema nested more than {MAX_DEPTH} levels deep; left as it is"));
            return;
        }
        self.visit(at);
        if let Some(target) = map.get("$ref").and_then(Value::as_str).and_then(local_target) {
            self.pending.push(target);
        }
        for (key, child) in map.iter_mut() {
            let key = key.as_str();
            if SCHEMA_KEYWORDS.contains(&key) || SCHEMA_LIST_KEYWORDS.contains(&key) {
                let child_at = pointer::join(at, key);
                match child {
                    Value::Array(members) => {
                        for (i, member) in members.iter_mut().enumerate() {
                            self.schema(&pointer::join(&child_at, &i.to_string()), member, depth + 1);
                        }
                    }
                    other => self.schema(&child_at, other, depth + 1),
                }
            } else if SCHEMA_MAP_KEYWORDS.contains(&key) {
                // Entry names here are property names, never keywords.
                self.schema_map(&pointer::join(at, key), child, depth + 1);
            }
        }
        (self.on_schema)(self, at, map);
    }

    /// The rewrites of one schema object, whose subschemas are already rewritten. The order
    /// matters: `const` becomes `enum` and bounds become 3.0 bounds before a type list splits
    /// them among its branches, and `$ref` is wrapped last so a `nullable` from the type list
    /// ends up beside the `allOf`.
    fn rewrite(&mut self, at: &str, map: &mut Map<String, Value>) {
        self.const_to_enum(at, map);
        examples_to_example(map);
        exclusive_bound(map, "exclusiveMinimum", "minimum", |bound, exclusive| bound > exclusive);
        exclusive_bound(map, "exclusiveMaximum", "maximum", |bound, exclusive| bound < exclusive);
        content_format(map);
        self.prefix_items(at, map);
        self.type_list(at, map);
        self.ref_siblings(at, map);
    }

    fn const_to_enum(&mut self, at: &str, map: &mut Map<String, Value>) {
        let Some(value) = map.get("const").cloned() else { return };
        match map.get_mut("enum") {
            None => replace_key(map, "const", "enum", Value::Array(vec![value])),
            Some(Value::Array(values)) if values.contains(&value) => {
                // Both hold: only the `const` value is valid.
                *values = vec![value];
                map.shift_remove("const");
            }
            Some(_) => {
                map.shift_remove("const");
                self.diags.warn(
                    pointer::join(at, "const"),
                    "`const` is not one of the `enum` values, so no value is valid; the `const` was dropped",
                );
            }
        }
    }

    fn prefix_items(&mut self, at: &str, map: &mut Map<String, Value>) {
        let Some(Value::Array(prefix)) = map.get("prefixItems") else { return };
        let mut members: Vec<Value> = Vec::new();
        // `items` beside `prefixItems` is the schema of the elements past the tuple.
        let rest = map.get("items").filter(|items| **items != Value::Bool(false));
        for member in prefix.iter().chain(rest) {
            if !members.contains(member) {
                members.push(member.clone());
            }
        }
        let items = match members.len() {
            0 => None,
            1 => members.pop(),
            _ => {
                self.diags.warn(
                    pointer::join(at, "prefixItems"),
                    "tuple positions are not typed in OpenAPI 3.0: every element is read as one of the \
                     `prefixItems` schemas (`items: {oneOf: [...]}`)",
                );
                let mut one_of = Map::new();
                one_of.insert("oneOf".to_owned(), Value::Array(members));
                Some(Value::Object(one_of))
            }
        };
        match items {
            Some(items) => {
                map.shift_remove("items");
                replace_key(map, "prefixItems", "items", items);
            }
            // An empty tuple: `items` (if any) already says everything.
            None => {
                map.shift_remove("prefixItems");
            }
        }
    }

    fn type_list(&mut self, at: &str, map: &mut Map<String, Value>) {
        let Some(Value::Array(list)) = map.get("type") else { return };
        let mut types: Vec<String> = Vec::new();
        let mut null = false;
        let mut odd = false;
        for entry in list {
            match entry.as_str() {
                Some("null") => null = true,
                Some(name) if !types.iter().any(|t| t == name) => types.push(name.to_owned()),
                Some(_) => {}
                None => odd = true,
            }
        }
        if odd {
            self.diags.warn(pointer::join(at, "type"), "`type` entries that are not strings were ignored");
        }
        // With an `enum`, a listed type none of the values has admits nothing: leave it out.
        let enum_values = map.get("enum").and_then(Value::as_array).cloned();
        let fitting: Vec<String> = match &enum_values {
            Some(values) => {
                types.iter().filter(|t| values.iter().any(|v| fits(t, v, &types))).cloned().collect()
            }
            None => types.clone(),
        };
        let split_enum = enum_values.is_some() && !fitting.is_empty();
        let kept = if fitting.is_empty() { types } else { fitting };
        match kept.as_slice() {
            [] if null => set_value(map, "type", Value::String("null".to_owned())),
            [] => {
                map.shift_remove("type");
                self.diags.warn(pointer::join(at, "type"), "empty `type` list removed; any value is accepted");
            }
            [only] => {
                set_value(map, "type", Value::String(only.clone()));
                if null {
                    set_value(map, "nullable", Value::Bool(true));
                }
            }
            _ => {
                let enum_values = if split_enum { enum_values } else { None };
                split_types(map, &kept, enum_values.as_deref());
                if null {
                    set_value(map, "nullable", Value::Bool(true));
                }
            }
        }
    }

    fn ref_siblings(&mut self, at: &str, map: &mut Map<String, Value>) {
        if !map.get("$ref").is_some_and(Value::is_string) {
            return;
        }
        if map.keys().all(|k| k == "$ref" || k.starts_with("x-") || ANNOTATIONS.contains(&k.as_str())) {
            return;
        }
        let Some(target) = map.get("$ref").cloned() else { return };
        let mut reference = Map::new();
        reference.insert("$ref".to_owned(), target);
        match map.get("allOf") {
            None => replace_key(map, "$ref", "allOf", Value::Array(vec![Value::Object(reference)])),
            Some(Value::Array(_)) => {
                map.shift_remove("$ref");
                if let Some(Value::Array(members)) = map.get_mut("allOf") {
                    members.insert(0, Value::Object(reference));
                }
            }
            Some(_) => self.diags.warn(
                pointer::join(at, "allOf"),
                "`allOf` is not a list, so the `$ref` beside it could not be moved into it; its siblings are ignored",
            ),
        }
    }
}

/// `#/components/schemas/A%20B` -> `/components/schemas/A B`; `None` for other documents.
fn local_target(reference: &str) -> Option<String> {
    let fragment = reference.strip_prefix('#')?;
    let mut bytes = Vec::with_capacity(fragment.len());
    let mut rest = fragment.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        let hex = |i: usize| tail.get(i).and_then(|b| char::from(*b).to_digit(16));
        if let (b'%', Some(high), Some(low)) = (byte, hex(0), hex(1)) {
            bytes.extend(u8::try_from(high * 16 + low).ok());
            rest = tail.get(2..).unwrap_or_default();
        } else {
            bytes.push(byte);
            rest = tail;
        }
    }
    let target = String::from_utf8(bytes).ok()?;
    target.starts_with('/').then_some(target)
}

/// Replaces the key `old` by `new` (with `value`) at the same position; an existing `new`
/// elsewhere is dropped.
fn replace_key(map: &mut Map<String, Value>, old: &str, new: &str, value: Value) {
    let mut value = Some(value);
    for (key, entry) in std::mem::take(map) {
        if key == old {
            if let Some(value) = value.take() {
                map.insert(new.to_owned(), value);
            }
        } else if key != new {
            map.insert(key, entry);
        }
    }
}

/// Sets a key, in place when it exists.
fn set_value(map: &mut Map<String, Value>, key: &str, value: Value) {
    match map.get_mut(key) {
        Some(slot) => *slot = value,
        None => {
            map.insert(key.to_owned(), value);
        }
    }
}

fn examples_to_example(map: &mut Map<String, Value>) {
    if map.contains_key("example") {
        return;
    }
    let Some(Value::Array(examples)) = map.get("examples") else { return };
    let Some(first) = examples.first().cloned() else { return };
    replace_key(map, "examples", "example", first);
}

/// 3.1 `exclusiveMinimum: 5` -> 3.0 `minimum: 5, exclusiveMinimum: true`. An inclusive bound
/// that is already stricter (`stricter(bound, exclusive)`) makes the exclusive one redundant.
fn exclusive_bound(map: &mut Map<String, Value>, exclusive_key: &str, bound_key: &str, stricter: fn(f64, f64) -> bool) {
    let Some(Value::Number(limit)) = map.get(exclusive_key) else { return };
    let limit = limit.clone();
    let existing = map.get(bound_key).and_then(Value::as_f64);
    match (existing, limit.as_f64()) {
        (Some(bound), Some(exclusive)) if stricter(bound, exclusive) => {
            map.shift_remove(exclusive_key);
        }
        _ => {
            set_value(map, exclusive_key, Value::Bool(true));
            set_value(map, bound_key, Value::Number(limit));
        }
    }
}

/// `contentEncoding: base64` is 3.0's `format: byte`; other non-JSON content is `format: binary`.
fn content_format(map: &mut Map<String, Value>) {
    let is_string = match map.get("type") {
        Some(Value::String(t)) => t == "string",
        Some(Value::Array(types)) => types.iter().any(|t| t.as_str() == Some("string")),
        _ => false,
    };
    if !is_string || map.contains_key("format") {
        return;
    }
    let encoding = map.get("contentEncoding").and_then(Value::as_str);
    let media = map.get("contentMediaType").and_then(Value::as_str);
    let format = if encoding.is_some_and(|e| e.trim().eq_ignore_ascii_case("base64")) {
        "byte"
    } else if media.is_some_and(|m| !is_json_media(m)) {
        "binary"
    } else {
        return;
    };
    map.insert("format".to_owned(), Value::String(format.to_owned()));
}

fn is_json_media(media: &str) -> bool {
    let essence = media.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json") || essence.ends_with("/json")
}

/// `type: [string, integer]` -> `oneOf: [{type: string, ...}, {type: integer, ...}]`, each
/// branch taking the keywords (and `enum` values) of its type. Keywords of a type that is not
/// kept can hold for no valid value and are dropped.
fn split_types(map: &mut Map<String, Value>, kept: &[String], enum_values: Option<&[Value]>) {
    let mut branches: Vec<Map<String, Value>> = kept
        .iter()
        .map(|ty| {
            let mut branch = Map::new();
            branch.insert("type".to_owned(), Value::String(ty.clone()));
            if let Some(values) = enum_values {
                let own: Vec<Value> = values.iter().filter(|v| fits(ty, v, kept)).cloned().collect();
                branch.insert("enum".to_owned(), Value::Array(own));
            }
            branch
        })
        .collect();
    let format = map.get("format").and_then(Value::as_str).unwrap_or("");
    let format_types = format_types(format, kept);
    // `oneOf` may already be taken; a union of disjoint types is the same as `anyOf`, and an
    // `allOf` member holding the union is exact too.
    let slot = ["oneOf", "anyOf"].into_iter().find(|k| !map.contains_key(*k));
    for (key, value) in std::mem::take(map) {
        // The types whose branch takes this keyword; `None` keeps it on the outer schema.
        let targets: Option<&[&str]> = match key.as_str() {
            "type" => {
                // The union takes the place of `type`.
                if let Some(slot) = slot {
                    map.insert(slot.to_owned(), Value::Null);
                }
                continue;
            }
            // Already split among the branches.
            "enum" if enum_values.is_some() => continue,
            "format" if !format_types.is_empty() => Some(&format_types),
            other => Some(keyword_types(other)).filter(|owners| !owners.is_empty()),
        };
        match targets {
            // A keyword of a type that is not kept is dropped with it.
            Some(targets) => {
                for (ty, branch) in kept.iter().zip(branches.iter_mut()) {
                    if targets.contains(&ty.as_str()) {
                        branch.insert(key.clone(), value.clone());
                    }
                }
            }
            None => {
                map.insert(key, value);
            }
        }
    }
    let union = Value::Array(branches.into_iter().map(Value::Object).collect());
    match slot {
        Some(slot) => set_value(map, slot, union),
        None => {
            let mut member = Map::new();
            member.insert("oneOf".to_owned(), union);
            match map.get_mut("allOf") {
                Some(Value::Array(members)) => members.push(Value::Object(member)),
                _ => set_value(map, "allOf", Value::Array(vec![Value::Object(member)])),
            }
        }
    }
}

/// The types a type-specific keyword applies to; empty for keywords that apply to any value.
fn keyword_types(keyword: &str) -> &'static [&'static str] {
    if STRING_KEYWORDS.contains(&keyword) {
        &["string"]
    } else if NUMBER_KEYWORDS.contains(&keyword) {
        &["integer", "number"]
    } else if ARRAY_KEYWORDS.contains(&keyword) {
        &["array"]
    } else if OBJECT_KEYWORDS.contains(&keyword) {
        &["object"]
    } else {
        &[]
    }
}

/// Which of the kept types a `format` belongs to: numeric formats to the numeric branches,
/// others to the string branch; empty when none fits (the format then stays outside).
fn format_types(format: &str, kept: &[String]) -> Vec<&'static str> {
    if format.is_empty() {
        return Vec::new();
    }
    let has = |t: &str| kept.iter().any(|k| k == t);
    let numeric: Vec<&'static str> = ["integer", "number"].into_iter().filter(|t| has(t)).collect();
    if NUMERIC_FORMATS.contains(&format) && !numeric.is_empty() {
        numeric
    } else if has("string") {
        vec!["string"]
    } else {
        numeric
    }
}

/// Whether an `enum` value belongs to the branch of type `ty`; whole numbers go to `integer`
/// when it is listed, so a value lands in one branch only.
fn fits(ty: &str, value: &Value, types: &[String]) -> bool {
    let whole = value.is_i64() || value.is_u64() || value.as_f64().is_some_and(|f| f.fract() == 0.0);
    match ty {
        "string" => value.is_string(),
        "boolean" => value.is_boolean(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        "integer" => value.is_number() && whole,
        "number" => value.is_number() && !(whole && types.iter().any(|t| t == "integer")),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Normalizes `schema` as `components/schemas/S` and returns it with the warnings.
    fn run(schema: Value) -> (Value, Vec<Diagnostic>) {
        let mut doc = json!({"openapi": "3.1.0", "components": {"schemas": {"S": schema}}});
        let diags = normalize(&mut doc);
        (doc["components"]["schemas"]["S"].take(), diags)
    }

    fn norm(schema: Value) -> Value {
        let (out, diags) = run(schema);
        assert!(diags.is_empty(), "{diags:?}");
        out
    }

    /// Key order is part of the contract ("in place"); `Value`'s `==` ignores it.
    fn same(actual: &Value, expected: &Value) {
        assert_eq!(actual.to_string(), expected.to_string());
    }

    #[test]
    fn type_with_null_becomes_nullable() {
        same(
            &norm(json!({"type": ["string", "null"], "format": "date-time", "description": "d"})),
            &json!({"type": "string", "format": "date-time", "description": "d", "nullable": true}),
        );
        same(&norm(json!({"type": ["null", "integer"]})), &json!({"type": "integer", "nullable": true}));
        // An explicit `nullable: false` is overridden in place.
        same(
            &norm(json!({"nullable": false, "type": ["object", "null"]})),
            &json!({"nullable": true, "type": "object"}),
        );
        same(&norm(json!({"type": ["string"]})), &json!({"type": "string"}));
        same(&norm(json!({"type": ["string", "string", "null", "null"]})), &json!({"type": "string", "nullable": true}));
    }

    #[test]
    fn type_null_alone_stays_null() {
        same(&norm(json!({"type": ["null"]})), &json!({"type": "null"}));
        same(&norm(json!({"type": "null"})), &json!({"type": "null"}));
        // `null` members of a union stay: the lowering reads them as nullability.
        let union = json!({"oneOf": [{"$ref": "#/components/schemas/S"}, {"type": "null"}]});
        same(&norm(union.clone()), &union);
    }

    #[test]
    fn several_types_become_one_of() {
        same(
            &norm(json!({
                "type": ["string", "integer", "null"],
                "description": "d",
                "format": "int64",
                "minimum": 1,
                "maxLength": 3,
                "default": 2
            })),
            &json!({
                "oneOf": [
                    {"type": "string", "maxLength": 3},
                    {"type": "integer", "format": "int64", "minimum": 1}
                ],
                "description": "d",
                "default": 2,
                "nullable": true
            }),
        );
        // A string format goes to the string branch.
        same(
            &norm(json!({"type": ["integer", "string"], "format": "date-time"})),
            &json!({"oneOf": [{"type": "integer"}, {"type": "string", "format": "date-time"}]}),
        );
        // Array and object keywords, and numeric keywords to both numeric branches.
        same(
            &norm(json!({
                "type": ["array", "object", "number", "integer"],
                "items": {"type": "string"},
                "minItems": 1,
                "properties": {"a": {"type": "string"}},
                "required": ["a"],
                "maximum": 9
            })),
            &json!({
                "oneOf": [
                    {"type": "array", "items": {"type": "string"}, "minItems": 1},
                    {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
                    {"type": "number", "maximum": 9},
                    {"type": "integer", "maximum": 9}
                ]
            }),
        );
        // Keywords of an unlisted type cannot apply to any valid value.
        same(
            &norm(json!({"type": ["string", "boolean"], "properties": {"a": {}}, "minimum": 3})),
            &json!({"oneOf": [{"type": "string"}, {"type": "boolean"}]}),
        );
    }

    #[test]
    fn several_types_split_the_enum() {
        same(
            &norm(json!({"type": ["string", "integer", "number", "null"], "enum": ["a", 1, 1.5, "b", null]})),
            &json!({
                "oneOf": [
                    {"type": "string", "enum": ["a", "b"]},
                    {"type": "integer", "enum": [1]},
                    {"type": "number", "enum": [1.5]}
                ],
                "nullable": true
            }),
        );
        // Only one listed type has values: no union at all.
        same(
            &norm(json!({"type": ["string", "integer"], "enum": ["a", "b"]})),
            &json!({"type": "string", "enum": ["a", "b"]}),
        );
        // `const` first becomes an `enum`, which then picks the type.
        same(&norm(json!({"type": ["integer", "string"], "const": "x"})), &json!({"type": "string", "enum": ["x"]}));
        // No value fits any type: every type is kept and the enum stays outside.
        same(
            &norm(json!({"type": ["string", "integer"], "enum": [true]})),
            &json!({"oneOf": [{"type": "string"}, {"type": "integer"}], "enum": [true]}),
        );
    }

    #[test]
    fn several_types_beside_existing_unions() {
        same(
            &norm(json!({"type": ["string", "integer"], "oneOf": [{"minLength": 1}, {"minimum": 1}]})),
            &json!({"anyOf": [{"type": "string"}, {"type": "integer"}], "oneOf": [{"minLength": 1}, {"minimum": 1}]}),
        );
        same(
            &norm(json!({"type": ["string", "integer"], "oneOf": [{}], "anyOf": [{}], "allOf": [{}]})),
            &json!({"oneOf": [{}], "anyOf": [{}], "allOf": [{}, {"oneOf": [{"type": "string"}, {"type": "integer"}]}]}),
        );
    }

    #[test]
    fn odd_type_lists() {
        let (out, diags) = run(json!({"type": []}));
        same(&out, &json!({}));
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].pointer, "/components/schemas/S/type");
        let (out, diags) = run(json!({"type": [1, "string", "null"]}));
        same(&out, &json!({"type": "string", "nullable": true}));
        assert!(diags[0].message.contains("not strings"), "{diags:?}");
    }

    #[test]
    fn const_becomes_enum() {
        same(&norm(json!({"type": "string", "const": "a", "title": "t"})), &json!({"type": "string", "enum": ["a"], "title": "t"}));
        same(&norm(json!({"const": null})), &json!({"enum": [null]}));
        same(&norm(json!({"const": {"a": [1]}})), &json!({"enum": [{"a": [1]}]}));
        // An `enum` that holds the `const` value narrows to it.
        same(&norm(json!({"enum": ["a", "b"], "const": "b"})), &json!({"enum": ["b"]}));
        let (out, diags) = run(json!({"enum": ["a", "b"], "const": "c"}));
        same(&out, &json!({"enum": ["a", "b"]}));
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].pointer, "/components/schemas/S/const");
    }

    #[test]
    fn examples_become_example() {
        same(&norm(json!({"type": "integer", "examples": [1, 2]})), &json!({"type": "integer", "example": 1}));
        let kept = json!({"example": 3, "examples": [1, 2]});
        same(&norm(kept.clone()), &kept);
        let empty = json!({"examples": []});
        same(&norm(empty.clone()), &empty);
        // Media-type `examples` (a map) is not a schema's.
        let mut doc = json!({
            "openapi": "3.1.0",
            "paths": {"/a": {"get": {"responses": {"200": {"content": {"application/json": {
                "schema": {"type": "string", "examples": ["x"]},
                "examples": {"one": {"value": "y"}}
            }}}}}}}
        });
        assert!(normalize(&mut doc).is_empty());
        let media = &doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"];
        same(&media["schema"], &json!({"type": "string", "example": "x"}));
        same(&media["examples"], &json!({"one": {"value": "y"}}));
    }

    #[test]
    fn ref_with_annotations_stays() {
        let annotated = json!({
            "$ref": "#/components/schemas/S",
            "description": "d",
            "title": "t",
            "summary": "s",
            "deprecated": true,
            "readOnly": true,
            "writeOnly": false,
            "default": 1,
            "example": 2,
            "$comment": "c",
            "x-extra": 1
        });
        same(&norm(annotated.clone()), &annotated);
        // `examples` beside `$ref` becomes `example` and stays an annotation.
        same(
            &norm(json!({"$ref": "#/components/schemas/S", "examples": [1]})),
            &json!({"$ref": "#/components/schemas/S", "example": 1}),
        );
    }

    #[test]
    fn ref_with_constraints_is_wrapped() {
        same(
            &norm(json!({"description": "d", "$ref": "#/components/schemas/S", "nullable": true})),
            &json!({"description": "d", "allOf": [{"$ref": "#/components/schemas/S"}], "nullable": true}),
        );
        same(
            &norm(json!({"$ref": "#/components/schemas/S", "type": ["object", "null"], "properties": {"a": {}}})),
            &json!({"allOf": [{"$ref": "#/components/schemas/S"}], "type": "object", "properties": {"a": {}}, "nullable": true}),
        );
        // An existing `allOf` gets the reference first.
        same(
            &norm(json!({"allOf": [{"required": ["a"]}], "$ref": "#/components/schemas/S"})),
            &json!({"allOf": [{"$ref": "#/components/schemas/S"}, {"required": ["a"]}]}),
        );
        let (out, diags) = run(json!({"$ref": "#/x", "allOf": 3}));
        same(&out, &json!({"$ref": "#/x", "allOf": 3}));
        assert_eq!(diags[0].pointer, "/components/schemas/S/allOf");
    }

    #[test]
    fn exclusive_bounds_become_booleans() {
        same(
            &norm(json!({"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1.5})),
            &json!({"type": "number", "exclusiveMinimum": true, "exclusiveMaximum": true, "minimum": 0, "maximum": 1.5}),
        );
        // A stricter inclusive bound makes the exclusive one redundant.
        same(&norm(json!({"minimum": 5, "exclusiveMinimum": 1})), &json!({"minimum": 5}));
        same(&norm(json!({"maximum": 5, "exclusiveMaximum": 9})), &json!({"maximum": 5}));
        // Otherwise the exclusive bound wins, equal ones included.
        same(&norm(json!({"minimum": 1, "exclusiveMinimum": 1})), &json!({"minimum": 1, "exclusiveMinimum": true}));
        same(&norm(json!({"maximum": 10, "exclusiveMaximum": 9})), &json!({"maximum": 9, "exclusiveMaximum": true}));
        // 3.0-style booleans are left alone.
        let old = json!({"minimum": 1, "exclusiveMinimum": true});
        same(&norm(old.clone()), &old);
    }

    #[test]
    fn prefix_items_become_items() {
        same(
            &norm(json!({"type": "array", "prefixItems": [{"type": "number"}, {"type": "number"}]})),
            &json!({"type": "array", "items": {"type": "number"}}),
        );
        let (out, diags) = run(json!({"type": "array", "prefixItems": [{"type": "number"}, {"type": "string"}], "maxItems": 2}));
        same(
            &out,
            &json!({"type": "array", "items": {"oneOf": [{"type": "number"}, {"type": "string"}]}, "maxItems": 2}),
        );
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].pointer, "/components/schemas/S/prefixItems");
        assert!(diags[0].message.contains("tuple"));
        // `items` beside `prefixItems` joins the union; `items: false` adds nothing.
        let (out, _) = run(json!({"items": {"type": "boolean"}, "prefixItems": [{"type": "number"}]}));
        same(&out, &json!({"items": {"oneOf": [{"type": "number"}, {"type": "boolean"}]}}));
        same(&norm(json!({"prefixItems": [{"type": "number"}], "items": false})), &json!({"items": {"type": "number"}}));
        same(&norm(json!({"prefixItems": [{"type": "number"}], "items": {"type": "number"}})), &json!({"items": {"type": "number"}}));
        same(&norm(json!({"prefixItems": [], "items": {"type": "number"}})), &json!({"items": {"type": "number"}}));
        // Members are rewritten too (before being compared).
        same(
            &norm(json!({"prefixItems": [{"type": ["string", "null"]}, {"type": "string", "nullable": true}]})),
            &json!({"items": {"type": "string", "nullable": true}}),
        );
    }

    #[test]
    fn content_keywords_become_formats() {
        same(
            &norm(json!({"type": "string", "contentMediaType": "image/png"})),
            &json!({"type": "string", "contentMediaType": "image/png", "format": "binary"}),
        );
        same(
            &norm(json!({"type": "string", "contentEncoding": "base64", "contentMediaType": "image/png"})),
            &json!({"type": "string", "contentEncoding": "base64", "contentMediaType": "image/png", "format": "byte"}),
        );
        for unchanged in [
            json!({"type": "string", "contentMediaType": "application/json"}),
            json!({"type": "string", "contentMediaType": "application/vnd.api+json; charset=utf-8"}),
            json!({"type": "string", "contentMediaType": "image/png", "format": "uri"}),
            json!({"type": "integer", "contentEncoding": "base64"}),
            json!({"contentMediaType": "image/png"}),
            json!({"type": "string", "contentEncoding": "base64url"}),
        ] {
            same(&norm(unchanged.clone()), &unchanged);
        }
        same(
            &norm(json!({"type": ["string", "null"], "contentMediaType": "application/octet-stream"})),
            &json!({"type": "string", "contentMediaType": "application/octet-stream", "format": "binary", "nullable": true}),
        );
        // In a union, the format goes with the string branch.
        same(
            &norm(json!({"type": ["string", "integer"], "contentEncoding": "base64"})),
            &json!({"oneOf": [{"type": "string", "contentEncoding": "base64", "format": "byte"}, {"type": "integer"}]}),
        );
    }

    #[test]
    fn boolean_schemas_stay() {
        let schema = json!({
            "type": "object",
            "properties": {"any": true, "none": false},
            "additionalProperties": false,
            "items": true
        });
        same(&norm(schema.clone()), &schema);
        let mut doc = json!({"openapi": "3.1.0", "components": {"schemas": {"T": true, "F": false}}});
        let before = doc.clone();
        assert!(normalize(&mut doc).is_empty());
        same(&doc, &before);
    }

    #[test]
    fn nested_schemas_are_rewritten() {
        let nullable = json!({"type": "string", "nullable": true});
        let out = norm(json!({
            "type": "object",
            "properties": {
                "a": {"type": ["string", "null"]},
                "b": {"type": "array", "items": {"type": ["string", "null"]}},
                "c": {"allOf": [{"type": ["string", "null"]}], "not": {"const": 1}},
                "d": {"additionalProperties": {"type": ["string", "null"]}},
                "e": {"if": {"const": 1}, "then": {"const": 2}, "else": {"const": 3}}
            },
            "patternProperties": {"^x": {"type": ["string", "null"]}},
            "$defs": {"D": {"type": ["string", "null"], "$defs": {"E": {"const": 1}}}},
            "dependentSchemas": {"a": {"const": 1}},
            "contains": {"const": 1},
            "unevaluatedProperties": {"const": 1},
            "unevaluatedItems": {"const": 1},
            "propertyNames": {"const": "a"},
            "anyOf": [{"oneOf": [{"type": ["string", "null"]}]}]
        }));
        let p = &out["properties"];
        same(&p["a"], &nullable);
        same(&p["b"]["items"], &nullable);
        same(&p["c"]["allOf"][0], &nullable);
        same(&p["c"]["not"], &json!({"enum": [1]}));
        same(&p["d"]["additionalProperties"], &nullable);
        same(&p["e"], &json!({"if": {"enum": [1]}, "then": {"enum": [2]}, "else": {"enum": [3]}}));
        same(&out["patternProperties"]["^x"], &nullable);
        same(&out["$defs"]["D"], &json!({"type": "string", "$defs": {"E": {"enum": [1]}}, "nullable": true}));
        same(&out["dependentSchemas"]["a"], &json!({"enum": [1]}));
        for key in ["contains", "unevaluatedProperties", "unevaluatedItems"] {
            same(&out[key], &json!({"enum": [1]}));
        }
        same(&out["propertyNames"], &json!({"enum": ["a"]}));
        same(&out["anyOf"][0]["oneOf"][0], &nullable);
    }

    #[test]
    fn properties_named_like_keywords() {
        let out = norm(json!({
            "type": "object",
            "properties": {
                "items": {"type": ["string", "null"]},
                "type": {"type": "string", "const": "t"},
                "const": {"type": "integer"},
                "examples": {"type": "array", "items": {"type": "string"}},
                "prefixItems": {"type": "integer", "exclusiveMinimum": 0},
                "$ref": {"type": "string"},
                "properties": {"type": "object", "properties": {"type": {"type": ["integer", "null"]}}}
            },
            "required": ["items", "type"]
        }));
        same(
            &out,
            &json!({
                "type": "object",
                "properties": {
                    "items": {"type": "string", "nullable": true},
                    "type": {"type": "string", "enum": ["t"]},
                    "const": {"type": "integer"},
                    "examples": {"type": "array", "items": {"type": "string"}},
                    "prefixItems": {"type": "integer", "exclusiveMinimum": true, "minimum": 0},
                    "$ref": {"type": "string"},
                    "properties": {"type": "object", "properties": {"type": {"type": "integer", "nullable": true}}}
                },
                "required": ["items", "type"]
            }),
        );
    }

    #[test]
    fn every_place_of_a_document() {
        let s = || json!({"type": ["string", "null"]});
        let media = || json!({"application/json": {"schema": {"type": ["string", "null"]}}});
        let operation = || {
            json!({
                "parameters": [{"name": "p", "in": "query", "schema": s()}, {"name": "q", "in": "query", "content": media()}],
                "requestBody": {"content": {
                    "multipart/form-data": {"schema": s(), "encoding": {"f": {"headers": {"X-H": {"schema": s()}}}}}
                }},
                "responses": {"200": {"headers": {"X-R": {"schema": s()}}, "content": media()}},
                "callbacks": {"cb": {"{$request.body#/url}": {"post": {"requestBody": {"content": media()}}}}}
            })
        };
        let mut doc = json!({
            "openapi": "3.1.0",
            "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
            "info": {"title": "t", "version": "1", "summary": "s", "license": {"name": "MIT", "identifier": "MIT"}},
            "paths": {"/a": {"parameters": [{"name": "x", "in": "header", "schema": s()}], "get": operation()}},
            "webhooks": {"hook": {"post": operation()}},
            "components": {
                "schemas": {"A": s()},
                "parameters": {"P": {"name": "p", "in": "query", "schema": s()}},
                "headers": {"H": {"schema": s()}},
                "requestBodies": {"B": {"content": media()}},
                "responses": {"R": {"content": media()}},
                "pathItems": {"I": {"put": operation()}},
                "callbacks": {"C": {"{$url}": {"post": operation()}}}
            }
        });
        let before = doc.clone();
        assert!(normalize(&mut doc).is_empty());
        let written = before.to_string().matches(r#""type":["string","null"]"#).count();
        let rewritten = doc.to_string().matches(r#""type":"string","nullable":true"#).count();
        // 8 under paths, 7 each in the webhook, path item and callback components, 5 more.
        assert_eq!(written, 34);
        assert_eq!(rewritten, written);
        assert!(!doc.to_string().contains(r#"["string","null"]"#));
        // Everything but the schemas is as it was.
        same(&doc["info"], &before["info"]);
        same(&doc["jsonSchemaDialect"], &before["jsonSchemaDialect"]);
        same(
            &doc["webhooks"]["hook"]["post"]["responses"]["200"]["content"]["application/json"]["schema"],
            &json!({"type": "string", "nullable": true}),
        );
    }

    #[test]
    fn warnings_point_where_the_author_wrote() {
        let mut doc = json!({
            "openapi": "3.1.0",
            "webhooks": {"w": {"post": {"requestBody": {"content": {"application/json": {"schema": {
                "type": ["array", "string"],
                "prefixItems": [{"type": "integer"}, {"type": "string"}]
            }}}}}}},
            "components": {"schemas": {"S": {"type": ["object", "null"], "properties": {
                "t": {"prefixItems": [{"prefixItems": [{"const": 1}, {"const": 2}]}, {"type": "string"}]}
            }}}}
        });
        let diags = normalize(&mut doc);
        let pointers: Vec<&str> = diags.iter().map(|d| d.pointer.as_str()).collect();
        assert_eq!(
            pointers,
            [
                "/webhooks/w/post/requestBody/content/application~1json/schema/prefixItems",
                "/components/schemas/S/properties/t/prefixItems/0/prefixItems",
                "/components/schemas/S/properties/t/prefixItems",
            ]
        );
        same(
            &doc["webhooks"]["w"]["post"]["requestBody"]["content"]["application/json"]["schema"],
            &json!({"oneOf": [
                {"type": "array", "items": {"oneOf": [{"type": "integer"}, {"type": "string"}]}},
                {"type": "string"}
            ]}),
        );
    }

    #[test]
    fn schemas_reached_only_by_reference() {
        let mut doc = json!({
            "openapi": "3.1.0",
            "$defs": {"Loose": {"const": 1}, "Other": {"$ref": "#/x-more/A%20B"}},
            "x-more": {"A B": {"type": ["integer", "null"]}},
            "paths": {"/a": {"get": {"responses": {"200": {"content": {"application/json": {"schema": {
                "oneOf": [{"$ref": "#/$defs/Loose"}, {"$ref": "#/$defs/Other"}]
            }}}}}}}},
            "components": {"schemas": {"All": {"$ref": "#/components/schemas"}, "Self": {"$ref": "#"}}}
        });
        assert!(normalize(&mut doc).is_empty());
        same(&doc["$defs"]["Loose"], &json!({"enum": [1]}));
        same(&doc["x-more"]["A B"], &json!({"type": "integer", "nullable": true}));
        // Containers are not schemas, even when referenced.
        assert!(doc["components"]["schemas"]["All"].is_object());
    }

    #[test]
    fn deep_nesting_stops_with_a_warning() {
        let mut schema = json!({"type": ["string", "null"]});
        for _ in 0..250 {
            schema = json!({"type": "object", "properties": {"a": schema}});
        }
        let mut doc = json!({"openapi": "3.1.0", "components": {"schemas": {"S": schema}}});
        let diags = normalize(&mut doc);
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert!(diags[0].message.contains("200 levels"));
        // Depth 0 is the component; the warning is at its 200th nested schema.
        assert_eq!(diags[0].pointer, format!("/components/schemas/S{}", "/properties/a".repeat(200)));

        let mut item = json!({});
        for _ in 0..300 {
            item = json!({"post": {"callbacks": {"c": {"{$url}": item}}}});
        }
        let mut doc = json!({"openapi": "3.1.0", "paths": {"/a": item}});
        let diags = normalize(&mut doc);
        assert_eq!(diags.len(), 1, "{diags:?}");
    }

    #[test]
    fn normalizing_twice_changes_nothing_more() {
        let mut doc = sample();
        let first = normalize(&mut doc);
        assert!(!first.is_empty());
        let once = doc.clone();
        assert!(normalize(&mut doc).is_empty());
        same(&doc, &once);
    }

    fn sample() -> Value {
        json!({
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {"/pets/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": ["integer", "string"], "format": "int64"}}],
                "get": {"responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet", "nullable": true}}}}}}
            }},
            "webhooks": {"new": {"post": {"requestBody": {"content": {"application/json": {"schema": {
                "type": "array", "prefixItems": [{"$ref": "#/components/schemas/Pet"}, {"type": "string", "const": "x"}]
            }}}}}}},
            "components": {"schemas": {
                "Pet": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "integer", "exclusiveMinimum": 0, "examples": [1]},
                        "name": {"type": ["string", "null"], "contentMediaType": "text/plain"},
                        "tag": {"$ref": "#/components/schemas/Tag", "description": "t"},
                        "items": {"type": "array", "items": {"type": ["number", "boolean", "null"], "maximum": 3}},
                        "photo": {"type": "string", "contentEncoding": "base64"}
                    },
                    "$defs": {"Inner": {"const": "a"}}
                },
                "Tag": {"oneOf": [{"type": "string"}, {"type": "null"}], "examples": ["a"]},
                "Any": true
            }}
        })
    }


    /// Replacement values that poke at every rule.
    fn odd_value(rng: &mut crate::TestRng) -> Value {
        let choices = [
            json!(null),
            json!(true),
            json!(false),
            json!(-1.5),
            json!("null"),
            json!([]),
            json!(["null"]),
            json!(["string", 3, "null", {}]),
            json!(["integer", "number", "object"]),
            json!({}),
            json!({"$ref": "#/components/schemas/Pet"}),
            json!({"$ref": "#/paths"}),
            json!({"$ref": 7, "allOf": {}}),
            json!({"type": [], "enum": "x", "const": [1]}),
            json!({"prefixItems": {"a": 1}, "items": [true, {"const": 1}]}),
            json!({"exclusiveMinimum": "x", "minimum": {}, "exclusiveMaximum": 1e300}),
            json!({"type": ["string", "array"], "contentMediaType": 4, "oneOf": 1, "anyOf": null, "allOf": "a"}),
            json!({"examples": [[]], "example": null}),
            json!({"properties": [1, 2], "$defs": "x", "items": {"prefixItems": [false, true]}}),
        ];
        choices.get(rng.below(choices.len())).cloned().unwrap_or(Value::Null)
    }

    /// Visits nodes in document order and mutates the `target`-th one.
    fn mutate(node: &mut Value, rng: &mut crate::TestRng, target: usize, seen: &mut usize) {
        if *seen == target {
            match rng.below(3) {
                0 => *node = odd_value(rng),
                1 => {
                    if let Value::Object(map) = node {
                        let key = map.keys().nth(rng.below(map.len())).cloned();
                        if let Some(key) = key {
                            map.shift_remove(&key);
                        }
                    }
                }
                _ => {
                    if let Value::Object(map) = node {
                        let keys = ["type", "const", "prefixItems", "items", "$ref", "allOf", "oneOf", "examples", "exclusiveMaximum", "properties", "callbacks", "schema", "content"];
                        let key = keys.get(rng.below(keys.len())).copied().unwrap_or("type");
                        map.insert(key.to_owned(), odd_value(rng));
                    }
                }
            }
        }
        *seen += 1;
        match node {
            Value::Object(map) => map.values_mut().for_each(|v| mutate(v, rng, target, seen)),
            Value::Array(items) => items.iter_mut().for_each(|v| mutate(v, rng, target, seen)),
            _ => {}
        }
    }

    #[test]
    fn mutated_documents_do_not_panic() {
        let mut rng = crate::TestRng(31);
        let mut size = 0;
        mutate(&mut sample(), &mut rng, usize::MAX, &mut size);
        for round in 0..400 {
            let mut doc = sample();
            for _ in 0..1 + round % 4 {
                let target = rng.below(size);
                mutate(&mut doc, &mut rng, target, &mut 0);
            }
            let _ = normalize(&mut doc);
            // Whatever the input, a second pass has nothing left to rewrite.
            let once = doc.clone();
            let _ = normalize(&mut doc);
            assert_eq!(doc.to_string(), once.to_string(), "round {round}");
        }
    }

    // -----------------------------------------------------------------------------------------
    // Real documents

    const CORPUS: &[&str] = &[
        "adyen-recurring-v68.yaml",
        "adyen-transfer-webhooks-v4.json",
        "ign-apicarto-gpu.yaml",
        "lago-api.yaml",
        "mistral-ai.yaml",
        "sendgrid-mail-send.json",
        "sendgrid-mc-contacts.json",
        "traccar-api.yaml",
    ];

    /// Records every schema still carrying a 3.1-only form.
    fn audit(walker: &mut Walker, at: &str, map: &mut Map<String, Value>) {
        let mut found = Vec::new();
        if map.get("type").is_some_and(Value::is_array) {
            found.push("type list");
        }
        if map.contains_key("const") {
            found.push("const");
        }
        if map.get("exclusiveMinimum").is_some_and(Value::is_number)
            || map.get("exclusiveMaximum").is_some_and(Value::is_number)
        {
            found.push("numeric exclusive bound");
        }
        if map.contains_key("prefixItems") {
            found.push("prefixItems");
        }
        if !found.is_empty() {
            walker.diags.warn(at, found.join(", "));
        }
    }

    fn load_corpus(path: &std::path::Path) -> Value {
        let text = std::fs::read_to_string(path).unwrap();
        if path.extension().is_some_and(|e| e == "json") {
            serde_json::from_str(&text).unwrap()
        } else {
            let mut yaml: serde_yaml_ng::Value = serde_yaml_ng::from_str(&text).unwrap();
            yaml.apply_merge().unwrap();
            serde_json::to_value(yaml).unwrap()
        }
    }

    #[test]
    fn corpus_documents_have_no_31_forms_left() {
        // `../shared` beside the checkout, as for the workspace's corpus tests.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/realworld");
        if !dir.is_dir() {
            return;
        }
        let mut checked = 0;
        for name in CORPUS {
            let path = dir.join(name);
            if !path.is_file() {
                continue;
            }
            let mut doc = load_corpus(&path);
            let mut before = Walker::new(audit);
            before.document(&mut doc.clone());
            let diags = normalize(&mut doc);
            let mut after = Walker::new(audit);
            after.document(&mut doc);
            after.follow_references(&mut doc);
            let left = after.finish();
            assert!(left.is_empty(), "{name}: {left:#?}");
            assert!(diags.iter().all(|d| !d.pointer.is_empty() && !d.message.is_empty()));
            checked += 1;
            eprintln!(
                "{name}: {} schemas with 3.1 forms {:?}, {} warnings: {:?}",
                before.diags.iter().count(),
                before.finish().iter().map(|d| d.message.clone()).collect::<std::collections::BTreeSet<_>>(),
                diags.len(),
                diags.iter().map(|d| d.to_string()).collect::<Vec<_>>()
            );
        }
        assert!(checked > 0, "none of the 3.1 documents is in {}", dir.display());
    }
}
