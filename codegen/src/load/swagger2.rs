//! Upgrading a Swagger 2.0 document to OpenAPI 3.0.3, so later stages only read one dialect.
//!
//! The upgrade builds a new tree; the original is only read. Everything that moves is recorded
//! in a [`PointerMap`], so findings located in the upgraded document can name the original place.
//! What has no 3.0 equivalent is dropped or approximated with a warning located in the original.

use std::collections::{BTreeMap, HashSet};

use serde_json::{json, Map, Value};

use crate::diagnostics::Diagnostic;
use crate::pointer;

const OPENAPI_VERSION: &str = "3.0.3";
const JSON: &str = "application/json";
const FORM_URLENCODED: &str = "application/x-www-form-urlencoded";
const MULTIPART: &str = "multipart/form-data";
const METHODS: [&str; 7] = ["get", "put", "post", "delete", "options", "head", "patch"];
/// Schemas deeper than this are copied unchanged; the loader already bounds documents at 256.
const MAX_DEPTH: usize = 256;
/// Longest `$ref` chain followed when looking for the parameter a reference designates.
const MAX_REF_HOPS: usize = 32;

/// Keywords of 2.0 non-body parameters, headers and items that describe the value; in 3.0 they
/// live in a `schema`.
const VALUE_KEYWORDS: [&str; 16] = [
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
];

/// Where something of the upgraded document came from in the original, so diagnostics found
/// later (with pointers into the upgraded document) can name the original place.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PointerMap {
    /// Upgraded prefix -> original prefix.
    entries: BTreeMap<String, String>,
}

impl PointerMap {
    /// Maps a pointer of the upgraded document to the original document: the longest recorded
    /// upgraded prefix (matching whole tokens) is replaced by its original prefix; unmapped
    /// pointers are returned unchanged.
    pub fn to_original(&self, pointer: &str) -> String {
        let mut prefix = pointer;
        loop {
            if let Some(original) = self.entries.get(prefix) {
                let rest = pointer.get(prefix.len()..).unwrap_or_default();
                return format!("{original}{rest}");
            }
            match prefix.rfind('/') {
                Some(cut) => prefix = prefix.get(..cut).unwrap_or_default(),
                None => return pointer.to_string(),
            }
        }
    }

    /// The recorded (upgraded prefix, original prefix) pairs, ordered by upgraded prefix.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries.iter().map(|(upgraded, original)| (upgraded.as_str(), original.as_str()))
    }

    /// The first record for a place wins: it is the one made where the node was built.
    fn record(&mut self, upgraded: &str, original: &str) {
        self.entries.entry(upgraded.to_string()).or_insert_with(|| original.to_string());
    }
}

/// The upgraded document, where its parts came from, and what could not be upgraded.
#[derive(Debug, Clone)]
pub struct Upgrade {
    pub document: Value,
    pub pointers: PointerMap,
    pub diagnostics: Vec<Diagnostic>,
}

/// Upgrades a Swagger 2.0 document to OpenAPI 3.0.3.
///
/// Never panics; what cannot be upgraded is dropped with a warning whose pointer is in the
/// ORIGINAL document.
pub fn upgrade(root: &Value) -> Upgrade {
    let empty = Map::new();
    let mut upgrader = Upgrader {
        root,
        top: root.as_object().unwrap_or(&empty),
        diagnostics: Vec::new(),
        seen: HashSet::new(),
        pointers: PointerMap::default(),
        consumes: Vec::new(),
        produces: Vec::new(),
        pending: Vec::new(),
    };
    if !root.is_object() {
        upgrader.warn("", "the document root must be an object; nothing to upgrade");
    }
    upgrader.consumes = upgrader.media_types(upgrader.top.get("consumes"), "/consumes").unwrap_or_else(json_only);
    upgrader.produces = upgrader.media_types(upgrader.top.get("produces"), "/produces").unwrap_or_else(json_only);
    let mut document = upgrader.document();
    upgrader.retarget_pending(&mut document);
    Upgrade { document, pointers: upgrader.pointers, diagnostics: upgrader.diagnostics }
}

fn json_only() -> Vec<String> {
    vec![JSON.to_string()]
}

/// A parameter of a `parameters` list, with any `$ref` to it followed.
#[derive(Clone)]
struct Param<'a> {
    /// Where the list entry sits in the original.
    at: String,
    /// The list entry, possibly a reference object.
    entry: &'a Map<String, Value>,
    /// The parameter itself, when found.
    node: Option<&'a Map<String, Value>>,
    /// Where `node` sits in the original.
    node_at: String,
    /// The escaped token `X` when the entry is a reference to `#/parameters/X`.
    component: Option<String>,
}

impl Param<'_> {
    fn name(&self) -> Option<&str> {
        self.node?.get("name")?.as_str()
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Body,
    Form,
}

/// One `parameters` list, split by what each parameter becomes in 3.0.
#[derive(Default)]
struct Classified<'a> {
    /// Parameters that stay parameters.
    plain: Vec<Param<'a>>,
    bodies: Vec<Param<'a>>,
    forms: Vec<Param<'a>>,
    /// Which of body and formData came first: it wins if both are present.
    first: Option<Kind>,
}

/// What an operation's request body is made of.
enum BodySource<'a> {
    Body(Param<'a>),
    Form(Vec<Param<'a>>),
}

struct Upgrader<'a> {
    root: &'a Value,
    top: &'a Map<String, Value>,
    diagnostics: Vec<Diagnostic>,
    /// Path-level problems are met once per operation; each is reported once.
    seen: HashSet<(String, String)>,
    pointers: PointerMap,
    /// Effective global media types (`application/json` when none are given).
    consumes: Vec<String>,
    produces: Vec<String>,
    /// Local `$ref`s into parts of the document that may have moved: (upgraded pointer of the
    /// reference object, reference). They are retargeted once every move is recorded.
    pending: Vec<(String, String)>,
}

impl<'a> Upgrader<'a> {
    fn warn(&mut self, at: impl Into<String>, message: impl Into<String>) {
        let (at, message) = (at.into(), message.into());
        if self.seen.insert((at.clone(), message.clone())) {
            self.diagnostics.push(Diagnostic::warning(at, message));
        }
    }

    fn dropped(&mut self, at: &str, key: &str, what: &str) {
        self.warn(at, format!("`{key}` is not a Swagger 2.0 field of {what}; dropped"));
    }

    // -----------------------------------------------------------------------------------------
    // Document

    fn document(&mut self) -> Value {
        let top = self.top;
        let mut out = Map::new();
        out.insert("openapi".into(), json!(OPENAPI_VERSION));
        if top.contains_key("swagger") {
            self.pointers.record("/openapi", "/swagger");
        }
        let (mut servers_done, mut components_done) = (false, false);
        for (key, value) in top {
            let at = pointer::join("", key);
            match key.as_str() {
                "swagger" | "consumes" | "produces" => {}
                "info" | "tags" | "externalDocs" | "security" => {
                    out.insert(key.clone(), value.clone());
                }
                "host" | "basePath" | "schemes" => {
                    if !servers_done {
                        servers_done = true;
                        let servers = self.servers(None, "/servers");
                        if !servers.is_empty() {
                            out.insert("servers".into(), Value::Array(servers));
                        }
                    }
                }
                "paths" => {
                    if let Some(paths) = self.paths(value) {
                        out.insert("paths".into(), paths);
                    }
                }
                "definitions" | "parameters" | "responses" | "securityDefinitions" => {
                    if !components_done {
                        components_done = true;
                        let components = self.components();
                        if !components.is_empty() {
                            out.insert("components".into(), Value::Object(components));
                        }
                    }
                }
                _ if key.starts_with("x-") => {
                    out.insert(key.clone(), value.clone());
                }
                _ => self.warn(at, format!("`{key}` is not a Swagger 2.0 field; dropped")),
            }
        }
        Value::Object(out)
    }

    /// `host` + `basePath` + `schemes` (or an operation's own `schemes`) -> `servers`.
    fn servers(&mut self, schemes: Option<(&'a Value, &str)>, at_new: &str) -> Vec<Value> {
        let top = self.top;
        let host = match top.get("host") {
            Some(Value::String(host)) => Some(host.trim_end_matches('/').to_string()),
            Some(_) => {
                self.warn("/host", "`host` must be a string; ignored");
                None
            }
            None => None,
        };
        let base_path = match top.get("basePath") {
            Some(Value::String(path)) if path.starts_with('/') => Some(path.clone()),
            // 2.0 requires the leading slash; the intent is clear without it.
            Some(Value::String(path)) => Some(format!("/{path}")),
            Some(_) => {
                self.warn("/basePath", "`basePath` must be a string; ignored");
                None
            }
            None => None,
        };
        let Some(host) = host.filter(|h| !h.is_empty()) else {
            // Without a host the API is served from the document's own host: a relative server.
            return match base_path {
                Some(path) => {
                    self.pointers.record(at_new, "/basePath");
                    let trimmed = path.trim_end_matches('/');
                    vec![json!({"url": if trimmed.is_empty() { "/" } else { trimmed }})]
                }
                None => Vec::new(),
            };
        };
        let (schemes_value, schemes_at) = match schemes {
            Some((value, at)) => (Some(value), at.to_string()),
            None => (top.get("schemes"), "/schemes".to_string()),
        };
        let mut names = self.scheme_list(schemes_value, &schemes_at);
        if names.is_empty() {
            names.push("https".to_string());
        }
        // https first: the generated client defaults to the first server.
        if let Some(index) = names.iter().position(|s| s == "https") {
            let https = names.remove(index);
            names.insert(0, https);
        }
        self.pointers.record(at_new, if schemes.is_some() { &schemes_at } else { "/host" });
        let base = base_path.unwrap_or_default();
        let base = base.trim_end_matches('/');
        names.iter().map(|scheme| json!({"url": format!("{scheme}://{host}{base}")})).collect()
    }

    fn scheme_list(&mut self, value: Option<&Value>, at: &str) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        match value {
            None => {}
            Some(Value::Array(items)) => {
                for (index, item) in items.iter().enumerate() {
                    match item.as_str() {
                        Some(name) if !names.iter().any(|n| n == name) => names.push(name.to_string()),
                        Some(_) => {}
                        None => self.warn(pointer::join(at, &index.to_string()), "a scheme must be a string; ignored"),
                    }
                }
            }
            Some(_) => self.warn(at, "`schemes` must be an array; ignored"),
        }
        names
    }

    /// A `consumes` / `produces` list; `None` when absent, empty or unusable.
    fn media_types(&mut self, value: Option<&Value>, at: &str) -> Option<Vec<String>> {
        let items = match value? {
            Value::Array(items) => items,
            _ => {
                let key = pointer::tokens(at).pop().unwrap_or_default();
                self.warn(at, format!("`{key}` must be an array of media types; ignored"));
                return None;
            }
        };
        let mut out: Vec<String> = Vec::new();
        for (index, item) in items.iter().enumerate() {
            match item.as_str() {
                Some(media) if !out.iter().any(|m| m == media) => out.push(media.to_string()),
                Some(_) => {}
                None => self.warn(pointer::join(at, &index.to_string()), "a media type must be a string; ignored"),
            }
        }
        (!out.is_empty()).then_some(out)
    }

    // -----------------------------------------------------------------------------------------
    // Components

    fn components(&mut self) -> Map<String, Value> {
        let top = self.top;
        let mut out = Map::new();
        if let Some(definitions) = top.get("definitions") {
            match definitions.as_object() {
                Some(definitions) => {
                    self.pointers.record("/components/schemas", "/definitions");
                    let mut schemas = Map::new();
                    for (name, schema) in definitions {
                        let at = pointer::join("/definitions", name);
                        let at_new = pointer::join("/components/schemas", name);
                        schemas.insert(name.clone(), self.schema(schema, &at, &at_new, 0));
                    }
                    out.insert("schemas".into(), Value::Object(schemas));
                }
                None => self.warn("/definitions", "`definitions` must be an object; dropped"),
            }
        }
        if let Some(responses) = top.get("responses") {
            match responses.as_object() {
                Some(responses) => {
                    self.pointers.record("/components/responses", "/responses");
                    let produces = self.produces.clone();
                    let mut converted = Map::new();
                    for (name, response) in responses {
                        let at = pointer::join("/responses", name);
                        let at_new = pointer::join("/components/responses", name);
                        if let Some(response) = self.response(response, &at, &at_new, &produces, false) {
                            converted.insert(name.clone(), response);
                        }
                    }
                    out.insert("responses".into(), Value::Object(converted));
                }
                None => self.warn("/responses", "`responses` must be an object; dropped"),
            }
        }
        if let Some(parameters) = top.get("parameters") {
            match parameters.as_object() {
                Some(parameters) => {
                    let (plain, bodies) = self.component_parameters(parameters);
                    if !plain.is_empty() {
                        self.pointers.record("/components/parameters", "/parameters");
                        out.insert("parameters".into(), Value::Object(plain));
                    }
                    if !bodies.is_empty() {
                        self.pointers.record("/components/requestBodies", "/parameters");
                        out.insert("requestBodies".into(), Value::Object(bodies));
                    }
                }
                None => self.warn("/parameters", "`parameters` must be an object; dropped"),
            }
        }
        if let Some(schemes) = top.get("securityDefinitions") {
            match schemes.as_object() {
                Some(schemes) => {
                    self.pointers.record("/components/securitySchemes", "/securityDefinitions");
                    let mut converted = Map::new();
                    for (name, scheme) in schemes {
                        let at = pointer::join("/securityDefinitions", name);
                        let at_new = pointer::join("/components/securitySchemes", name);
                        if let Some(scheme) = self.security_scheme(scheme, &at, &at_new) {
                            converted.insert(name.clone(), scheme);
                        }
                    }
                    out.insert("securitySchemes".into(), Value::Object(converted));
                }
                None => self.warn("/securityDefinitions", "`securityDefinitions` must be an object; dropped"),
            }
        }
        out
    }

    /// Global parameters: body ones become request bodies; formData ones have no 3.0 component
    /// and are merged into each operation that refers to them.
    fn component_parameters(&mut self, parameters: &'a Map<String, Value>) -> (Map<String, Value>, Map<String, Value>) {
        let (mut plain, mut bodies) = (Map::new(), Map::new());
        let consumes = self.consumes.clone();
        for (name, entry) in parameters {
            let at = pointer::join("/parameters", name);
            let Some(param) = self.param(entry, &at) else { continue };
            match kind_of(&param) {
                Some(Kind::Body) => {
                    let at_new = pointer::join("/components/requestBodies", name);
                    if let Some(node) = param.node {
                        self.pointers.record(&at_new, &param.node_at);
                        let body = self.body_object(node, &param.node_at, &consumes, &at_new);
                        bodies.insert(name.clone(), body);
                    }
                }
                Some(Kind::Form) => {}
                None => {
                    let at_new = pointer::join("/components/parameters", name);
                    plain.insert(name.clone(), self.plain_parameter(&param, &at_new));
                }
            }
        }
        (plain, bodies)
    }

    fn security_scheme(&mut self, value: &'a Value, at: &str, at_new: &str) -> Option<Value> {
        let Some(scheme) = value.as_object() else {
            self.warn(at, "a security scheme must be an object; dropped");
            return None;
        };
        let text = |key: &str| scheme.get(key).cloned();
        let mut out = Map::new();
        let kind = scheme.get("type").and_then(Value::as_str);
        match kind {
            Some("basic") => {
                out.insert("type".into(), json!("http"));
                out.insert("scheme".into(), json!("basic"));
                self.pointers.record(&pointer::join(at_new, "scheme"), &pointer::join(at, "type"));
            }
            Some("apiKey") => {
                out.insert("type".into(), json!("apiKey"));
                for key in ["name", "in"] {
                    if let Some(value) = text(key) {
                        out.insert(key.into(), value);
                    }
                }
            }
            Some("oauth2") => {
                let flow_at = pointer::join(at, "flow");
                let (flow, urls): (&str, &[&str]) = match scheme.get("flow").and_then(Value::as_str) {
                    Some("implicit") => ("implicit", &["authorizationUrl"]),
                    Some("password") => ("password", &["tokenUrl"]),
                    Some("application") => ("clientCredentials", &["tokenUrl"]),
                    Some("accessCode") => ("authorizationCode", &["authorizationUrl", "tokenUrl"]),
                    Some(other) => {
                        self.warn(flow_at, format!("unknown OAuth2 flow `{other}`; the security scheme is dropped"));
                        return None;
                    }
                    None => {
                        self.warn(at, "an OAuth2 security scheme needs a `flow`; dropped");
                        return None;
                    }
                };
                let mut flow_object = Map::new();
                for key in urls {
                    if let Some(url) = text(key) {
                        flow_object.insert((*key).into(), url);
                    }
                }
                flow_object.insert("scopes".into(), text("scopes").unwrap_or_else(|| json!({})));
                out.insert("type".into(), json!("oauth2"));
                out.insert("flows".into(), json!({ flow: flow_object }));
                let flow_new = pointer::join(&pointer::join(at_new, "flows"), flow);
                self.pointers.record(&flow_new, at);
                self.pointers.record(&pointer::join(at_new, "flows"), &flow_at);
            }
            Some(other) => {
                self.warn(pointer::join(at, "type"), format!("unknown security scheme type `{other}`; dropped"));
                return None;
            }
            None => {
                self.warn(at, "a security scheme needs a `type`; dropped");
                return None;
            }
        }
        for (key, value) in scheme {
            match key.as_str() {
                "description" => {
                    out.insert(key.clone(), value.clone());
                }
                _ if key.starts_with("x-") => {
                    out.insert(key.clone(), value.clone());
                }
                "type" | "name" | "in" | "flow" | "authorizationUrl" | "tokenUrl" | "scopes" => {}
                _ => self.dropped(&pointer::join(at, key), key, "a security scheme"),
            }
        }
        Some(Value::Object(out))
    }

    // -----------------------------------------------------------------------------------------
    // Paths and operations

    fn paths(&mut self, value: &'a Value) -> Option<Value> {
        let Some(paths) = value.as_object() else {
            self.warn("/paths", "`paths` must be an object; dropped");
            return None;
        };
        let mut out = Map::new();
        for (path, item) in paths {
            let at = pointer::join("/paths", path);
            if path.starts_with("x-") {
                out.insert(path.clone(), item.clone());
            } else if let Some(item) = self.path_item(item, &at) {
                out.insert(path.clone(), item);
            }
        }
        Some(Value::Object(out))
    }

    /// Path items and operations stay where they are; only parameters and bodies move.
    fn path_item(&mut self, value: &'a Value, at: &str) -> Option<Value> {
        let Some(item) = value.as_object() else {
            self.warn(at, "a path item must be an object; dropped");
            return None;
        };
        let shared = match item.get("parameters") {
            Some(list) => self.classify(list, &pointer::join(at, "parameters")),
            None => Classified::default(),
        };
        let mut out = Map::new();
        for (key, value) in item {
            let key_at = pointer::join(at, key);
            match key.as_str() {
                "$ref" => match value.as_str() {
                    Some(reference) => {
                        let reference = self.rewrite_ref(reference, at);
                        out.insert(key.clone(), Value::String(reference));
                    }
                    None => self.warn(key_at, "`$ref` must be a string; dropped"),
                },
                "parameters" => {
                    let list = self.plain_parameters(&shared.plain, &key_at);
                    if !list.is_empty() {
                        out.insert(key.clone(), Value::Array(list));
                    }
                }
                method if METHODS.contains(&method) => {
                    if let Some(operation) = self.operation(value, &key_at, &shared) {
                        out.insert(key.clone(), operation);
                    }
                }
                _ if key.starts_with("x-") => {
                    out.insert(key.clone(), value.clone());
                }
                _ => self.dropped(&key_at, key, "a path item"),
            }
        }
        Some(Value::Object(out))
    }

    fn operation(&mut self, value: &'a Value, at: &str, shared: &Classified<'a>) -> Option<Value> {
        let Some(operation) = value.as_object() else {
            self.warn(at, "an operation must be an object; dropped");
            return None;
        };
        let own = match operation.get("parameters") {
            Some(list) => self.classify(list, &pointer::join(at, "parameters")),
            None => Classified::default(),
        };
        let consumes = self
            .media_types(operation.get("consumes"), &pointer::join(at, "consumes"))
            .unwrap_or_else(|| self.consumes.clone());
        let produces = self
            .media_types(operation.get("produces"), &pointer::join(at, "produces"))
            .unwrap_or_else(|| self.produces.clone());
        let body_at = pointer::join(at, "requestBody");
        let mut body = self.choose_body(&own, shared).map(|source| self.request_body(source, &consumes, &body_at));
        let mut out = Map::new();
        for (key, value) in operation {
            let key_at = pointer::join(at, key);
            match key.as_str() {
                "tags" | "summary" | "description" | "externalDocs" | "operationId" | "deprecated" | "security" => {
                    out.insert(key.clone(), value.clone());
                }
                "consumes" | "produces" => {}
                "schemes" => {
                    let own_schemes = self.scheme_list(Some(value), &key_at);
                    let global = self.scheme_list(self.top.get("schemes"), "/schemes");
                    // Only an operation that differs from the document needs its own servers.
                    if self.top.get("host").is_some() && own_schemes != global && !own_schemes.is_empty() {
                        let servers = self.servers(Some((value, &key_at)), &pointer::join(at, "servers"));
                        out.insert("servers".into(), Value::Array(servers));
                    }
                }
                "parameters" => {
                    let list = self.plain_parameters(&own.plain, &key_at);
                    if !list.is_empty() {
                        out.insert(key.clone(), Value::Array(list));
                    }
                    if let Some(body) = body.take() {
                        out.insert("requestBody".into(), body);
                    }
                }
                "responses" => {
                    if let Some(body) = body.take() {
                        out.insert("requestBody".into(), body);
                    }
                    if let Some(responses) = self.responses(value, &key_at, &produces) {
                        out.insert(key.clone(), responses);
                    }
                }
                _ if key.starts_with("x-") => {
                    out.insert(key.clone(), value.clone());
                }
                _ => self.dropped(&key_at, key, "an operation"),
            }
        }
        if let Some(body) = body.take() {
            out.insert("requestBody".into(), body);
        }
        Some(Value::Object(out))
    }

    // -----------------------------------------------------------------------------------------
    // Parameters

    /// Splits a `parameters` list into what stays a parameter and what becomes the body.
    fn classify(&mut self, list: &'a Value, at: &str) -> Classified<'a> {
        let mut out = Classified::default();
        let Some(items) = list.as_array() else {
            self.warn(at, "`parameters` must be an array; dropped");
            return out;
        };
        for (index, entry) in items.iter().enumerate() {
            let entry_at = pointer::join(at, &index.to_string());
            let Some(param) = self.param(entry, &entry_at) else { continue };
            match kind_of(&param) {
                Some(kind) => {
                    out.first.get_or_insert(kind);
                    match kind {
                        Kind::Body => out.bodies.push(param),
                        Kind::Form => out.forms.push(param),
                    }
                }
                None => out.plain.push(param),
            }
        }
        out
    }

    /// A parameter entry with its reference (if any) followed within the document.
    fn param(&mut self, entry: &'a Value, at: &str) -> Option<Param<'a>> {
        let Some(object) = entry.as_object() else {
            self.warn(at, "a parameter must be an object; dropped");
            return None;
        };
        let Some(reference) = object.get("$ref") else {
            return Some(Param {
                at: at.to_string(),
                entry: object,
                node: Some(object),
                node_at: at.to_string(),
                component: None,
            });
        };
        let Some(reference) = reference.as_str() else {
            self.warn(pointer::join(at, "$ref"), "`$ref` must be a string; the parameter is dropped");
            return None;
        };
        let component = reference
            .strip_prefix("#/parameters/")
            .filter(|name| !name.is_empty() && !name.contains('/'))
            .map(str::to_string);
        let (node, node_at) = match self.follow(reference) {
            Some((target_at, target)) => (target.as_object(), target_at),
            None => (None, at.to_string()),
        };
        Some(Param { at: at.to_string(), entry: object, node, node_at, component })
    }

    /// Follows a local reference (and any chain of them) to its final node in the original.
    fn follow(&self, reference: &str) -> Option<(String, &'a Value)> {
        let mut reference = reference;
        for _ in 0..MAX_REF_HOPS {
            let fragment = percent_decode(reference.strip_prefix('#')?)?;
            let target = self.root.pointer(&fragment)?;
            match target.get("$ref").and_then(Value::as_str) {
                Some(next) => reference = next,
                None => return Some((fragment, target)),
            }
        }
        None
    }

    /// The parameters that stay parameters, with their new indices recorded.
    fn plain_parameters(&mut self, params: &[Param<'a>], at_new: &str) -> Vec<Value> {
        let mut out = Vec::with_capacity(params.len());
        for (index, param) in params.iter().enumerate() {
            let param_new = pointer::join(at_new, &index.to_string());
            out.push(self.plain_parameter(param, &param_new));
        }
        out
    }

    fn plain_parameter(&mut self, param: &Param<'a>, at_new: &str) -> Value {
        self.pointers.record(at_new, &param.at);
        if let Some(reference) = param.entry.get("$ref").and_then(Value::as_str) {
            // 2.0 ignores the siblings of `$ref`, as 3.0 does.
            return json!({"$ref": self.rewrite_ref(reference, at_new)});
        }
        match param.node {
            Some(node) => self.parameter(node, &param.at, at_new),
            None => Value::Object(param.entry.clone()),
        }
    }

    /// A non-body parameter: the value keywords move into `schema`, `collectionFormat` becomes
    /// `style` / `explode`.
    fn parameter(&mut self, node: &'a Map<String, Value>, at: &str, at_new: &str) -> Value {
        let location = node.get("in").and_then(Value::as_str).unwrap_or_default();
        let schema_new = pointer::join(at_new, "schema");
        let mut out = Map::new();
        for (key, value) in node {
            match key.as_str() {
                "name" | "in" | "description" | "required" | "allowEmptyValue" | "example" | "deprecated" => {
                    out.insert(key.clone(), value.clone());
                }
                "collectionFormat" | "x-nullable" => {}
                "schema" => {
                    out.insert("schema".into(), Value::Null);
                }
                _ if VALUE_KEYWORDS.contains(&key.as_str()) => {
                    // A placeholder, so `schema` takes the place of the first value keyword.
                    out.entry("schema").or_insert(Value::Null);
                }
                _ if key.starts_with("x-") => {
                    out.insert(key.clone(), value.clone());
                }
                _ => self.dropped(&pointer::join(at, key), key, "a parameter"),
            }
        }
        let schema = self.value_schema(node, at, &schema_new, false);
        out.insert("schema".into(), schema);
        if let Some((style, explode)) = self.style(node, location, at) {
            out.insert("style".into(), json!(style));
            out.insert("explode".into(), json!(explode));
            if node.contains_key("collectionFormat") {
                let format_at = pointer::join(at, "collectionFormat");
                self.pointers.record(&pointer::join(at_new, "style"), &format_at);
                self.pointers.record(&pointer::join(at_new, "explode"), &format_at);
            }
        }
        Value::Object(out)
    }

    /// The `schema` of a parameter, header or form field, built from its value keywords (or
    /// from a `schema` some documents write there instead).
    fn value_schema(&mut self, node: &'a Map<String, Value>, at: &str, at_new: &str, form_field: bool) -> Value {
        let has_keywords = VALUE_KEYWORDS.iter().any(|key| node.contains_key(*key));
        if let (false, Some(schema)) = (has_keywords, node.get("schema")) {
            let schema_at = pointer::join(at, "schema");
            self.pointers.record(at_new, &schema_at);
            let mut schema = self.schema(schema, &schema_at, at_new, 0);
            if let (true, Some(object), Some(description)) =
                (form_field, schema.as_object_mut(), node.get("description"))
            {
                object.entry("description").or_insert_with(|| description.clone());
            }
            return schema;
        }
        self.pointers.record(at_new, at);
        let mut collected = Map::new();
        for (key, value) in node {
            let carried = VALUE_KEYWORDS.contains(&key.as_str())
                || key == "x-nullable"
                || (form_field && (key == "description" || key == "example" || key.starts_with("x-")));
            if key == "items" {
                let items = self.strip_item_formats(value, &pointer::join(at, key), 0);
                collected.insert(key.clone(), items);
            } else if carried {
                collected.insert(key.clone(), value.clone());
            }
        }
        self.schema(&Value::Object(collected), at, at_new, 0)
    }

    /// Items of a parameter or header without their own `collectionFormat`: 3.0 cannot say how
    /// nested arrays are serialised.
    fn strip_item_formats(&mut self, items: &Value, at: &str, depth: usize) -> Value {
        let Some(object) = items.as_object() else { return items.clone() };
        if depth > MAX_DEPTH {
            return items.clone();
        }
        let mut out = Map::new();
        for (key, value) in object {
            match key.as_str() {
                "collectionFormat" => self.warn(
                    pointer::join(at, key),
                    "`collectionFormat` of nested items has no OpenAPI 3.0 equivalent; dropped",
                ),
                "items" => {
                    let inner = self.strip_item_formats(value, &pointer::join(at, key), depth + 1);
                    out.insert(key.clone(), inner);
                }
                _ => {
                    out.insert(key.clone(), value.clone());
                }
            }
        }
        Value::Object(out)
    }

    /// `collectionFormat` (default `csv`) of an array parameter -> `style` and `explode`.
    fn style(&mut self, node: &Map<String, Value>, location: &str, at: &str) -> Option<(&'static str, bool)> {
        if node.get("type").and_then(Value::as_str) != Some("array") {
            return None;
        }
        let format_at = pointer::join(at, "collectionFormat");
        let format = match node.get("collectionFormat") {
            None => "csv",
            Some(Value::String(format)) => format.as_str(),
            Some(_) => {
                self.warn(format_at.clone(), "`collectionFormat` must be a string; read as `csv`");
                "csv"
            }
        };
        let known = matches!(format, "csv" | "ssv" | "tsv" | "pipes" | "multi");
        if !known {
            self.warn(format_at.clone(), format!("unknown `collectionFormat: {format}`; read as `csv`"));
        }
        match location {
            "query" | "formData" => Some(match format {
                "ssv" => ("spaceDelimited", false),
                "pipes" => ("pipeDelimited", false),
                "multi" => ("form", true),
                "tsv" => {
                    self.warn(
                        format_at,
                        "`collectionFormat: tsv` (tab-separated) has no OpenAPI 3.0 equivalent; \
                         upgraded as comma-separated (`style: form`, `explode: false`)",
                    );
                    ("form", false)
                }
                _ => ("form", false),
            }),
            "path" | "header" => {
                if known && format != "csv" {
                    self.warn(
                        format_at,
                        format!(
                            "`collectionFormat: {format}` has no OpenAPI 3.0 equivalent in a {location} \
                             parameter; upgraded as comma-separated (`style: simple`)"
                        ),
                    );
                }
                Some(("simple", false))
            }
            _ => None,
        }
    }

    // -----------------------------------------------------------------------------------------
    // Request bodies

    /// The operation's body: its own beats the path item's, and within one list the first of
    /// body and formData wins.
    fn choose_body(&mut self, own: &Classified<'a>, shared: &Classified<'a>) -> Option<BodySource<'a>> {
        let own_choice = self.level_choice(own);
        let shared_choice = self.level_choice(shared);
        match (own_choice, shared_choice) {
            (Some(BodySource::Body(body)), shared) => {
                if let Some(BodySource::Form(fields)) = shared {
                    for field in fields {
                        self.warn(
                            field.at,
                            "formData parameter conflicts with an operation's body parameter; dropped there",
                        );
                    }
                }
                Some(BodySource::Body(body))
            }
            (Some(BodySource::Form(fields)), Some(BodySource::Form(inherited))) => {
                // Fields of the operation override same-named fields of the path item.
                let mut merged: Vec<Param<'a>> = inherited
                    .into_iter()
                    .filter(|field| !fields.iter().any(|own| own.name().is_some() && own.name() == field.name()))
                    .collect();
                merged.extend(fields);
                Some(BodySource::Form(merged))
            }
            (Some(BodySource::Form(fields)), Some(BodySource::Body(body))) => {
                self.warn(body.at, "body parameter conflicts with an operation's formData parameters; dropped there");
                Some(BodySource::Form(fields))
            }
            (Some(own), None) => Some(own),
            (None, shared) => shared,
        }
    }

    fn level_choice(&mut self, level: &Classified<'a>) -> Option<BodySource<'a>> {
        match level.first? {
            Kind::Body => {
                for extra in level.bodies.iter().skip(1) {
                    self.warn(extra.at.clone(), "more than one body parameter; only the first is used");
                }
                for field in &level.forms {
                    self.warn(field.at.clone(), "formData parameter after a body parameter; dropped");
                }
                level.bodies.first().cloned().map(BodySource::Body)
            }
            Kind::Form => {
                for body in &level.bodies {
                    self.warn(body.at.clone(), "body parameter after formData parameters; dropped");
                }
                Some(BodySource::Form(level.forms.clone()))
            }
        }
    }

    fn request_body(&mut self, source: BodySource<'a>, consumes: &[String], at_new: &str) -> Value {
        match source {
            BodySource::Body(param) => {
                // The shared request body only fits operations that consume what the document does.
                if let (Some(name), true) = (&param.component, consumes == self.consumes.as_slice()) {
                    self.pointers.record(at_new, &param.at);
                    return json!({"$ref": format!("#/components/requestBodies/{name}")});
                }
                self.pointers.record(at_new, &param.node_at);
                match param.node {
                    Some(node) => self.body_object(node, &param.node_at, consumes, at_new),
                    None => json!({}),
                }
            }
            BodySource::Form(fields) => self.form_body(&fields, consumes, at_new),
        }
    }

    /// A body parameter -> a request body with one content entry per media type.
    fn body_object(&mut self, node: &'a Map<String, Value>, at: &str, media: &[String], at_new: &str) -> Value {
        let content_new = pointer::join(at_new, "content");
        let mut out = Map::new();
        for (key, value) in node {
            match key.as_str() {
                "name" | "in" => {}
                "description" | "required" => {
                    out.insert(key.clone(), value.clone());
                }
                "schema" => {
                    out.insert("content".into(), Value::Null);
                }
                _ if VALUE_KEYWORDS.contains(&key.as_str()) || key == "x-nullable" => {
                    // Some documents describe a body with parameter keywords instead of a schema.
                    out.entry("content").or_insert(Value::Null);
                }
                _ if key.starts_with("x-") => {
                    out.insert(key.clone(), value.clone());
                }
                _ => self.dropped(&pointer::join(at, key), key, "a body parameter"),
            }
        }
        let has_keywords = out.contains_key("content");
        let schema_at = pointer::join(at, "schema");
        let mut content = Map::new();
        for media_type in media {
            let schema_new = pointer::join(&pointer::join(&content_new, media_type), "schema");
            let mut entry = Map::new();
            if let Some(schema) = node.get("schema") {
                self.pointers.record(&schema_new, &schema_at);
                entry.insert("schema".into(), self.schema(schema, &schema_at, &schema_new, 0));
            } else if has_keywords {
                entry.insert("schema".into(), self.value_schema(node, at, &schema_new, false));
            }
            content.insert(media_type.clone(), Value::Object(entry));
        }
        out.insert("content".into(), Value::Object(content));
        Value::Object(out)
    }

    /// formData parameters -> one object schema, as `multipart/form-data` when a file is sent
    /// or the operation asks for it, else `application/x-www-form-urlencoded`.
    fn form_body(&mut self, fields: &[Param<'a>], consumes: &[String], at_new: &str) -> Value {
        if let Some(first) = fields.first() {
            self.pointers.record(at_new, &first.at);
        }
        // Fields without a name or repeating one are dropped once, before any media type.
        let mut kept: Vec<(&str, &'a Map<String, Value>, &str)> = Vec::new();
        for field in fields {
            let Some(node) = field.node else { continue };
            let Some(name) = node.get("name").and_then(Value::as_str) else {
                self.warn(field.node_at.clone(), "a formData parameter needs a string `name`; dropped");
                continue;
            };
            if kept.iter().any(|(seen, _, _)| *seen == name) {
                self.warn(field.at.clone(), format!("duplicate formData parameter `{name}`; only the first is used"));
                continue;
            }
            kept.push((name, node, field.node_at.as_str()));
        }
        let has_file = kept.iter().any(|(_, node, _)| node.get("type").and_then(Value::as_str) == Some("file"));
        let listed: Vec<&String> = consumes
            .iter()
            .filter(|m| matches!(essence(m).as_str(), FORM_URLENCODED | MULTIPART))
            .filter(|m| !has_file || essence(m) == MULTIPART)
            .collect();
        let media: Vec<String> = match (listed.is_empty(), has_file) {
            (false, _) => listed.into_iter().cloned().collect(),
            (true, true) => vec![MULTIPART.to_string()],
            (true, false) => vec![FORM_URLENCODED.to_string()],
        };
        let required = kept.iter().any(|(_, node, _)| node.get("required") == Some(&Value::Bool(true)));
        let mut content = Map::new();
        for media_type in &media {
            let media_new = pointer::join(&pointer::join(at_new, "content"), media_type);
            let schema_new = pointer::join(&media_new, "schema");
            let properties_new = pointer::join(&schema_new, "properties");
            let urlencoded = essence(media_type) == FORM_URLENCODED;
            let (mut properties, mut required_names, mut encoding) = (Map::new(), Vec::new(), Map::new());
            for (name, node, node_at) in &kept {
                let property_new = pointer::join(&properties_new, name);
                let property = self.value_schema(node, node_at, &property_new, true);
                properties.insert((*name).to_string(), property);
                if node.get("required") == Some(&Value::Bool(true)) {
                    required_names.push(json!(name));
                }
                // Only urlencoded bodies honour `style` / `explode` in an encoding.
                if urlencoded {
                    if let Some((style, explode)) = self.style(node, "formData", node_at) {
                        encoding.insert((*name).to_string(), json!({"style": style, "explode": explode}));
                    }
                }
            }
            let mut schema = Map::new();
            schema.insert("type".into(), json!("object"));
            schema.insert("properties".into(), Value::Object(properties));
            if !required_names.is_empty() {
                schema.insert("required".into(), Value::Array(required_names));
            }
            let mut entry = Map::new();
            entry.insert("schema".into(), Value::Object(schema));
            if !encoding.is_empty() {
                entry.insert("encoding".into(), Value::Object(encoding));
            }
            content.insert(media_type.clone(), Value::Object(entry));
        }
        let mut out = Map::new();
        out.insert("content".into(), Value::Object(content));
        if required {
            out.insert("required".into(), json!(true));
        }
        Value::Object(out)
    }

    // -----------------------------------------------------------------------------------------
    // Responses

    fn responses(&mut self, value: &'a Value, at: &str, produces: &[String]) -> Option<Value> {
        let Some(responses) = value.as_object() else {
            self.warn(at, "`responses` must be an object; dropped");
            return None;
        };
        let mut out = Map::new();
        for (status, response) in responses {
            let response_at = pointer::join(at, status);
            if status.starts_with("x-") {
                out.insert(status.clone(), response.clone());
            } else if let Some(response) = self.response(response, &response_at, &response_at, produces, true) {
                out.insert(status.clone(), response);
            }
        }
        Some(Value::Object(out))
    }

    /// A response: `schema` and `examples` -> `content`, headers get a `schema`. In an
    /// operation, a reference to a shared response with a body is inlined when the operation
    /// produces other media types than the document does.
    fn response(
        &mut self,
        value: &'a Value,
        at: &str,
        at_new: &str,
        produces: &[String],
        in_operation: bool,
    ) -> Option<Value> {
        let Some(response) = value.as_object() else {
            self.warn(at, "a response must be an object; dropped");
            return None;
        };
        if let Some(reference) = response.get("$ref") {
            let Some(reference) = reference.as_str() else {
                self.warn(pointer::join(at, "$ref"), "`$ref` must be a string; the response is dropped");
                return None;
            };
            if in_operation && produces != self.produces.as_slice() {
                let shared = reference.strip_prefix("#/responses/").filter(|name| !name.contains('/'));
                if let (Some(_), Some((target_at, target))) = (shared, self.follow(reference)) {
                    let has_body = target.get("schema").is_some() || target.get("examples").is_some();
                    if has_body {
                        return self.response(target, &target_at, at_new, produces, false);
                    }
                }
            }
            return Some(json!({"$ref": self.rewrite_ref(reference, at_new)}));
        }
        self.pointers.record(at_new, at);
        let content_new = pointer::join(at_new, "content");
        let mut out = Map::new();
        for (key, value) in response {
            let key_at = pointer::join(at, key);
            match key.as_str() {
                "description" => {
                    out.insert(key.clone(), value.clone());
                }
                "schema" | "examples" => {
                    out.entry("content").or_insert(Value::Null);
                }
                "headers" => {
                    if let Some(headers) = self.headers(value, &key_at, &pointer::join(at_new, key)) {
                        out.insert(key.clone(), headers);
                    }
                }
                _ if key.starts_with("x-") => {
                    out.insert(key.clone(), value.clone());
                }
                _ => self.dropped(&key_at, key, "a response"),
            }
        }
        if out.contains_key("content") {
            let schema = response.get("schema");
            let schema_at = pointer::join(at, "schema");
            let mut content = Map::new();
            let entry_for = |this: &mut Self, media_type: &str| -> Map<String, Value> {
                let mut entry = Map::new();
                if let Some(schema) = schema {
                    let schema_new = pointer::join(&pointer::join(&content_new, media_type), "schema");
                    this.pointers.record(&schema_new, &schema_at);
                    entry.insert("schema".into(), this.schema(schema, &schema_at, &schema_new, 0));
                }
                entry
            };
            if schema.is_some() {
                for media_type in produces {
                    let entry = entry_for(self, media_type);
                    content.insert(media_type.clone(), Value::Object(entry));
                }
            }
            let examples_at = pointer::join(at, "examples");
            match response.get("examples") {
                None => {}
                Some(Value::Object(examples)) => {
                    for (media_type, example) in examples {
                        if !content.contains_key(media_type) {
                            let entry = entry_for(self, media_type);
                            content.insert(media_type.clone(), Value::Object(entry));
                        }
                        if let Some(Value::Object(entry)) = content.get_mut(media_type) {
                            entry.insert("example".into(), example.clone());
                        }
                        let example_new = pointer::join(&pointer::join(&content_new, media_type), "example");
                        self.pointers.record(&example_new, &pointer::join(&examples_at, media_type));
                    }
                }
                Some(_) => self.warn(examples_at, "`examples` must be an object keyed by media type; dropped"),
            }
            if content.is_empty() {
                out.remove("content");
            } else {
                out.insert("content".into(), Value::Object(content));
            }
        }
        Some(Value::Object(out))
    }

    fn headers(&mut self, value: &'a Value, at: &str, at_new: &str) -> Option<Value> {
        let Some(headers) = value.as_object() else {
            self.warn(at, "`headers` must be an object; dropped");
            return None;
        };
        let mut out = Map::new();
        for (name, header) in headers {
            let header_at = pointer::join(at, name);
            let header_new = pointer::join(at_new, name);
            let Some(header) = header.as_object() else {
                self.warn(header_at, "a header must be an object; dropped");
                continue;
            };
            let mut converted = Map::new();
            for (key, value) in header {
                match key.as_str() {
                    "description" => {
                        converted.insert(key.clone(), value.clone());
                    }
                    "collectionFormat" | "x-nullable" => {}
                    _ if VALUE_KEYWORDS.contains(&key.as_str()) => {
                        converted.entry("schema").or_insert(Value::Null);
                    }
                    _ if key.starts_with("x-") => {
                        converted.insert(key.clone(), value.clone());
                    }
                    _ => self.dropped(&pointer::join(&header_at, key), key, "a header"),
                }
            }
            let schema = self.value_schema(header, &header_at, &pointer::join(&header_new, "schema"), false);
            converted.insert("schema".into(), schema);
            // `simple`, the only header style, is already comma-separated: just warn on others.
            let _ = self.style(header, "header", &header_at);
            out.insert(name.clone(), Value::Object(converted));
        }
        Some(Value::Object(out))
    }

    // -----------------------------------------------------------------------------------------
    // Schemas and references

    /// A schema with its 2.0 idioms replaced; `at` / `at_new` locate it before and after.
    /// Values (`default`, `enum`, `example`) and unknown keywords are copied untouched.
    fn schema(&mut self, value: &Value, at: &str, at_new: &str, depth: usize) -> Value {
        let Some(object) = value.as_object() else { return value.clone() };
        if depth > MAX_DEPTH {
            self.warn(at, "schema nested too deeply; copied unchanged");
            return value.clone();
        }
        let nullable = object.get("x-nullable") == Some(&Value::Bool(true)) && !object.contains_key("nullable");
        // 3.0 ignores the siblings of `$ref`, so a nullable reference wraps it in an `allOf`.
        if let (true, Some(Value::String(reference))) = (nullable, object.get("$ref")) {
            let inner_new = pointer::join(&pointer::join(at_new, "allOf"), "0");
            self.pointers.record(&inner_new, at);
            let reference = self.rewrite_ref(reference, &inner_new);
            let mut out = Map::new();
            for (key, item) in object {
                match key.as_str() {
                    "$ref" => {
                        out.insert("allOf".into(), json!([{"$ref": reference}]));
                    }
                    "x-nullable" => {
                        out.insert("nullable".into(), json!(true));
                        self.pointers.record(&pointer::join(at_new, "nullable"), &pointer::join(at, key));
                    }
                    _ => {
                        out.insert(key.clone(), item.clone());
                    }
                }
            }
            return Value::Object(out);
        }
        let is_file = object.get("type").and_then(Value::as_str) == Some("file");
        let mut out = Map::new();
        for (key, item) in object {
            let item_at = pointer::join(at, key);
            let item_new = pointer::join(at_new, key);
            match key.as_str() {
                "$ref" => {
                    let rewritten = match item.as_str() {
                        Some(reference) => Value::String(self.rewrite_ref(reference, at_new)),
                        None => item.clone(),
                    };
                    out.insert(key.clone(), rewritten);
                }
                "properties" => {
                    let converted = match item.as_object() {
                        Some(properties) => {
                            let mut converted = Map::new();
                            for (name, property) in properties {
                                let property = self.schema(
                                    property,
                                    &pointer::join(&item_at, name),
                                    &pointer::join(&item_new, name),
                                    depth + 1,
                                );
                                converted.insert(name.clone(), property);
                            }
                            Value::Object(converted)
                        }
                        None => item.clone(),
                    };
                    out.insert(key.clone(), converted);
                }
                "items" | "additionalProperties" | "not" | "allOf" | "anyOf" | "oneOf" => {
                    let converted = match item {
                        Value::Array(members) => Value::Array(
                            members
                                .iter()
                                .enumerate()
                                .map(|(index, member)| {
                                    let index = index.to_string();
                                    let member_at = pointer::join(&item_at, &index);
                                    let member_new = pointer::join(&item_new, &index);
                                    self.schema(member, &member_at, &member_new, depth + 1)
                                })
                                .collect(),
                        ),
                        _ => self.schema(item, &item_at, &item_new, depth + 1),
                    };
                    out.insert(key.clone(), converted);
                }
                "x-nullable" => {
                    if nullable {
                        out.insert("nullable".into(), json!(true));
                        self.pointers.record(&pointer::join(at_new, "nullable"), &item_at);
                    }
                }
                "type" if is_file => {
                    out.insert(key.clone(), json!("string"));
                    out.insert("format".into(), json!("binary"));
                    self.pointers.record(&pointer::join(at_new, "format"), &item_at);
                }
                "format" if is_file => {}
                "discriminator" => {
                    let converted = match item {
                        Value::String(property) => {
                            self.pointers.record(&pointer::join(&item_new, "propertyName"), &item_at);
                            json!({"propertyName": property})
                        }
                        _ => item.clone(),
                    };
                    out.insert(key.clone(), converted);
                }
                _ => {
                    out.insert(key.clone(), item.clone());
                }
            }
        }
        Value::Object(out)
    }

    /// Rewrites a `$ref` found in the reference object at `at_new` (upgraded document). Refs
    /// into other files keep their file part; their fragment is rewritten the same way.
    fn rewrite_ref(&mut self, reference: &str, at_new: &str) -> String {
        let (file, fragment) = match reference.split_once('#') {
            Some((file, fragment)) => (file, fragment),
            None => return reference.to_string(),
        };
        // A global body or formData parameter is no 3.0 parameter: that one goes by the map.
        let moved_parameter = file.is_empty()
            && fragment.starts_with("/parameters/")
            && self.follow(reference).is_some_and(|(_, target)| {
                matches!(target.get("in").and_then(Value::as_str), Some("body" | "formData"))
            });
        if let (false, Some(rewritten)) = (moved_parameter, rewrite_fragment(fragment)) {
            return format!("{file}#{rewritten}");
        }
        // Anything else local may point into a part that moved: decided once all moves are known.
        if file.is_empty() && fragment.starts_with('/') {
            self.pending.push((at_new.to_string(), reference.to_string()));
        }
        reference.to_string()
    }

    /// Points the pending local references at where their targets went.
    fn retarget_pending(&mut self, document: &mut Value) {
        if self.pending.is_empty() {
            return;
        }
        let mut upgraded_of: BTreeMap<&str, &str> = BTreeMap::new();
        for (upgraded, original) in self.pointers.iter() {
            upgraded_of.entry(original).or_insert(upgraded);
        }
        for (at_new, reference) in &self.pending {
            let Some(fragment) = reference.strip_prefix('#') else { continue };
            let Some(target) = map_prefix(&upgraded_of, fragment) else { continue };
            if let Some(Value::Object(node)) = document.pointer_mut(at_new) {
                node.insert("$ref".into(), Value::String(format!("#{target}")));
            }
        }
    }
}

/// Is this parameter a body or form field? `None` for everything that stays a parameter.
fn kind_of(param: &Param<'_>) -> Option<Kind> {
    match param.node?.get("in")?.as_str()? {
        "body" => Some(Kind::Body),
        "formData" => Some(Kind::Form),
        _ => None,
    }
}

/// The fixed moves of 2.0 components: `/definitions/X...` and the components themselves
/// (`/parameters/X`, `/responses/X`). A global body parameter is not a 3.0 parameter, and the
/// insides of parameters and responses moved, so those go through the pointer map instead.
fn rewrite_fragment(fragment: &str) -> Option<String> {
    if let Some(rest) = fragment.strip_prefix("/definitions") {
        if rest.is_empty() || rest.starts_with('/') {
            return Some(format!("/components/schemas{rest}"));
        }
    }
    for (old, new) in [("/parameters/", "/components/parameters/"), ("/responses/", "/components/responses/")] {
        if let Some(name) = fragment.strip_prefix(old) {
            if !name.is_empty() && !name.contains('/') {
                return Some(format!("{new}{name}"));
            }
        }
    }
    None
}

/// Longest recorded prefix (whole tokens) of `pointer` in `map`, replaced by its value.
fn map_prefix(map: &BTreeMap<&str, &str>, pointer: &str) -> Option<String> {
    let mut prefix = pointer;
    loop {
        if let Some(replacement) = map.get(prefix) {
            let rest = pointer.get(prefix.len()..).unwrap_or_default();
            return Some(format!("{replacement}{rest}"));
        }
        let cut = prefix.rfind('/')?;
        prefix = prefix.get(..cut).unwrap_or_default();
    }
}

/// Decodes `%XX` in a reference fragment; a `%` not followed by two hex digits is literal.
fn percent_decode(text: &str) -> Option<String> {
    if !text.contains('%') {
        return Some(text.to_string());
    }
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        let hex = |at: usize| tail.get(at).and_then(|b| char::from(*b).to_digit(16));
        if let (b'%', Some(high), Some(low)) = (byte, hex(0), hex(1)) {
            out.push(u8::try_from(high * 16 + low).ok()?);
            rest = tail.get(2..).unwrap_or_default();
            continue;
        }
        out.push(byte);
        rest = tail;
    }
    String::from_utf8(out).ok()
}

/// `Multipart/Form-Data; boundary=x` -> `multipart/form-data`.
fn essence(media_type: &str) -> String {
    media_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn up(document: Value) -> Upgrade {
        upgrade(&document)
    }

    fn messages(upgrade: &Upgrade) -> Vec<(String, String)> {
        upgrade.diagnostics.iter().map(|d| (d.pointer.clone(), d.message.clone())).collect()
    }

    fn keys(value: &Value) -> Vec<&str> {
        value.as_object().map(|o| o.keys().map(String::as_str).collect()).unwrap_or_default()
    }

    /// Every `$ref` string under `value`, with the pointer of the object holding it; values
    /// (examples, defaults, enums, extensions, `info`) are data, not references.
    fn refs(value: &Value, at: &str, out: &mut Vec<(String, String)>) {
        const DATA: [&str; 9] =
            ["info", "example", "examples", "default", "enum", "security", "securitySchemes", "tags", "externalDocs"];
        match value {
            Value::Object(object) => {
                if let Some(Value::String(reference)) = object.get("$ref") {
                    out.push((at.to_string(), reference.clone()));
                }
                for (key, item) in object {
                    if !DATA.contains(&key.as_str()) && !key.starts_with("x-") {
                        refs(item, &pointer::join(at, key), out);
                    }
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    refs(item, &pointer::join(at, &index.to_string()), out);
                }
            }
            _ => {}
        }
    }

    fn resolves(document: &Value, reference: &str) -> bool {
        reference
            .strip_prefix('#')
            .and_then(percent_decode)
            .is_some_and(|fragment| document.pointer(&fragment).is_some())
    }

    #[test]
    fn document_level_fields() {
        let result = up(json!({
            "x-top": 1,
            "swagger": "2.0",
            "info": {"title": "T", "version": "1", "x-logo": {"url": "u"}},
            "consumes": ["application/json"],
            "tags": [{"name": "pets", "externalDocs": {"url": "https://e"}}],
            "security": [{"key": []}],
            "externalDocs": {"url": "https://docs"},
            "bogus": true,
            "paths": {}
        }));
        assert_eq!(
            result.document,
            json!({
                "openapi": "3.0.3",
                "x-top": 1,
                "info": {"title": "T", "version": "1", "x-logo": {"url": "u"}},
                "tags": [{"name": "pets", "externalDocs": {"url": "https://e"}}],
                "security": [{"key": []}],
                "externalDocs": {"url": "https://docs"},
                "paths": {}
            })
        );
        assert_eq!(keys(&result.document)[..3], ["openapi", "x-top", "info"]);
        assert_eq!(
            messages(&result),
            [("/bogus".to_string(), "`bogus` is not a Swagger 2.0 field; dropped".to_string())]
        );
        assert_eq!(result.pointers.to_original("/openapi"), "/swagger");
    }

    #[test]
    fn servers() {
        let servers = |document: Value| up(document).document.get("servers").cloned();
        assert_eq!(
            servers(
                json!({"swagger": "2.0", "host": "api.example.com:8080", "basePath": "/v1", "schemes": ["http", "https"]})
            ),
            Some(json!([{"url": "https://api.example.com:8080/v1"}, {"url": "http://api.example.com:8080/v1"}]))
        );
        assert_eq!(
            servers(json!({"swagger": "2.0", "host": "api.example.com"})),
            Some(json!([{"url": "https://api.example.com"}]))
        );
        assert_eq!(
            servers(json!({"swagger": "2.0", "host": "h", "basePath": "/", "schemes": ["ws"]})),
            Some(json!([{"url": "ws://h"}]))
        );
        assert_eq!(servers(json!({"swagger": "2.0", "basePath": "/api/v2/"})), Some(json!([{"url": "/api/v2"}])));
        assert_eq!(servers(json!({"swagger": "2.0", "basePath": "/"})), Some(json!([{"url": "/"}])));
        assert_eq!(servers(json!({"swagger": "2.0", "schemes": ["http"]})), None);
        let result = up(json!({"swagger": "2.0", "host": 7, "basePath": "/b"}));
        assert_eq!(result.document["servers"], json!([{"url": "/b"}]));
        assert_eq!(messages(&result)[0].0, "/host");

        // An operation with other schemes than the document gets its own servers.
        let result = up(json!({
            "swagger": "2.0", "host": "h", "schemes": ["https"],
            "paths": {"/a": {"get": {"schemes": ["http"], "responses": {}}, "put": {"schemes": ["https"], "responses": {}}}}
        }));
        assert_eq!(result.document["paths"]["/a"]["get"], json!({"servers": [{"url": "http://h"}], "responses": {}}));
        assert_eq!(result.document["paths"]["/a"]["put"], json!({"responses": {}}));
    }

    #[test]
    fn definitions_become_schemas() {
        let result = up(json!({
            "swagger": "2.0",
            "definitions": {
                "Pet": {
                    "type": "object",
                    "discriminator": "kind",
                    "required": ["kind"],
                    "properties": {
                        "kind": {"type": "string"},
                        "id": {"type": "integer", "readOnly": true, "x-nullable": true},
                        "owner": {"$ref": "#/definitions/Person", "x-nullable": true, "description": "d"},
                        "photo": {"type": "file", "format": "whatever"},
                        "$ref": {"type": "string", "x-nullable": false},
                        "tags": {"type": "array", "items": {"$ref": "#/definitions/Tag"}},
                        "meta": {"type": "object", "additionalProperties": {"$ref": "#/definitions/Tag"}}
                    },
                    "example": {"owner": {"$ref": "#/definitions/NotARef"}}
                },
                "Dog": {"allOf": [{"$ref": "#/definitions/Pet"}, {"properties": {"deep": {"items": {"items": {"$ref": "#/definitions/Tag"}}}}}]},
                "Person": {"type": "object", "x-nullable": true, "nullable": false},
                "Tag": {"type": "string", "x-extra": {"$ref": "#/definitions/Untouched"}}
            }
        }));
        assert_eq!(
            result.document,
            json!({
                "openapi": "3.0.3",
                "components": {"schemas": {
                    "Pet": {
                        "type": "object",
                        "discriminator": {"propertyName": "kind"},
                        "required": ["kind"],
                        "properties": {
                            "kind": {"type": "string"},
                            "id": {"type": "integer", "readOnly": true, "nullable": true},
                            "owner": {"allOf": [{"$ref": "#/components/schemas/Person"}], "nullable": true, "description": "d"},
                            "photo": {"type": "string", "format": "binary"},
                            "$ref": {"type": "string"},
                            "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}},
                            "meta": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Tag"}}
                        },
                        // Example values are data, not schemas.
                        "example": {"owner": {"$ref": "#/definitions/NotARef"}}
                    },
                    "Dog": {"allOf": [
                        {"$ref": "#/components/schemas/Pet"},
                        {"properties": {"deep": {"items": {"items": {"$ref": "#/components/schemas/Tag"}}}}}
                    ]},
                    "Person": {"type": "object", "nullable": false},
                    "Tag": {"type": "string", "x-extra": {"$ref": "#/definitions/Untouched"}}
                }}
            })
        );
        assert!(result.diagnostics.is_empty(), "{:?}", result.diagnostics);
        let map = &result.pointers;
        assert_eq!(map.to_original("/components/schemas"), "/definitions");
        assert_eq!(
            map.to_original("/components/schemas/Pet/properties/id/type"),
            "/definitions/Pet/properties/id/type"
        );
        assert_eq!(
            map.to_original("/components/schemas/Pet/properties/id/nullable"),
            "/definitions/Pet/properties/id/x-nullable"
        );
        assert_eq!(
            map.to_original("/components/schemas/Pet/discriminator/propertyName"),
            "/definitions/Pet/discriminator"
        );
        assert_eq!(
            map.to_original("/components/schemas/Pet/properties/owner/allOf/0/$ref"),
            "/definitions/Pet/properties/owner/$ref"
        );
    }

    #[test]
    fn security_definitions() {
        let result = up(json!({
            "swagger": "2.0",
            "securityDefinitions": {
                "basic": {"type": "basic", "description": "b"},
                "key": {"type": "apiKey", "name": "X-Key", "in": "header", "x-v": 1},
                "query": {"type": "apiKey", "name": "token", "in": "query"},
                "implicit": {"type": "oauth2", "flow": "implicit", "authorizationUrl": "https://a", "scopes": {"r": "read"}},
                "password": {"type": "oauth2", "flow": "password", "tokenUrl": "https://t", "scopes": {}},
                "app": {"type": "oauth2", "flow": "application", "tokenUrl": "https://t"},
                "code": {"type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://a", "tokenUrl": "https://t", "scopes": {"w": "write"}},
                "weird": {"type": "magic"},
                "badflow": {"type": "oauth2", "flow": "device"}
            }
        }));
        assert_eq!(
            result.document["components"]["securitySchemes"],
            json!({
                "basic": {"type": "http", "scheme": "basic", "description": "b"},
                "key": {"type": "apiKey", "name": "X-Key", "in": "header", "x-v": 1},
                "query": {"type": "apiKey", "name": "token", "in": "query"},
                "implicit": {"type": "oauth2", "flows": {"implicit": {"authorizationUrl": "https://a", "scopes": {"r": "read"}}}},
                "password": {"type": "oauth2", "flows": {"password": {"tokenUrl": "https://t", "scopes": {}}}},
                "app": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "https://t", "scopes": {}}}},
                "code": {"type": "oauth2", "flows": {"authorizationCode": {
                    "authorizationUrl": "https://a", "tokenUrl": "https://t", "scopes": {"w": "write"}
                }}}
            })
        );
        assert_eq!(
            messages(&result),
            [
                (
                    "/securityDefinitions/weird/type".to_string(),
                    "unknown security scheme type `magic`; dropped".to_string()
                ),
                (
                    "/securityDefinitions/badflow/flow".to_string(),
                    "unknown OAuth2 flow `device`; the security scheme is dropped".to_string()
                ),
            ]
        );
        let map = &result.pointers;
        assert_eq!(map.to_original("/components/securitySchemes"), "/securityDefinitions");
        assert_eq!(
            map.to_original("/components/securitySchemes/code/flows/authorizationCode/tokenUrl"),
            "/securityDefinitions/code/tokenUrl"
        );
    }

    #[test]
    fn body_parameters() {
        let result = up(json!({
            "swagger": "2.0",
            "consumes": ["application/json", "application/xml"],
            "paths": {"/pets": {
                "post": {
                    "operationId": "addPet",
                    "parameters": [
                        {"name": "pet", "in": "body", "required": true, "description": "The pet", "x-v": 1,
                         "schema": {"$ref": "#/definitions/Pet"}},
                        {"name": "trace", "in": "header", "type": "string"}
                    ],
                    "responses": {"200": {"description": "ok"}}
                },
                "put": {
                    "consumes": ["text/plain"],
                    "parameters": [{"name": "raw", "in": "body", "schema": {"type": "string", "x-nullable": true}}],
                    "responses": {}
                }
            }}
        }));
        let pets = &result.document["paths"]["/pets"];
        assert_eq!(
            pets["post"],
            json!({
                "operationId": "addPet",
                "parameters": [{"name": "trace", "in": "header", "schema": {"type": "string"}}],
                "requestBody": {
                    "required": true,
                    "description": "The pet",
                    "x-v": 1,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}},
                        "application/xml": {"schema": {"$ref": "#/components/schemas/Pet"}}
                    }
                },
                "responses": {"200": {"description": "ok"}}
            })
        );
        assert_eq!(
            pets["put"],
            json!({"requestBody": {"content": {"text/plain": {"schema": {"type": "string", "nullable": true}}}}, "responses": {}})
        );
        assert!(result.diagnostics.is_empty(), "{:?}", result.diagnostics);
        let map = &result.pointers;
        assert_eq!(
            map.to_original("/paths/~1pets/post/requestBody/content/application~1json/schema"),
            "/paths/~1pets/post/parameters/0/schema"
        );
        assert_eq!(
            map.to_original("/paths/~1pets/post/requestBody/content/application~1xml/schema/$ref"),
            "/paths/~1pets/post/parameters/0/schema/$ref"
        );
        assert_eq!(
            map.to_original("/paths/~1pets/post/requestBody/required"),
            "/paths/~1pets/post/parameters/0/required"
        );
        // The header parameter moved from index 1 to 0.
        assert_eq!(
            map.to_original("/paths/~1pets/post/parameters/0/schema/type"),
            "/paths/~1pets/post/parameters/1/type"
        );
        assert_eq!(map.to_original("/paths/~1pets/post/parameters/0/name"), "/paths/~1pets/post/parameters/1/name");
        assert_eq!(
            map.to_original("/paths/~1pets/put/requestBody/content/text~1plain/schema/nullable"),
            "/paths/~1pets/put/parameters/0/schema/x-nullable"
        );

        // Without any consumes: JSON.
        let result = up(json!({"swagger": "2.0", "paths": {"/a": {"post": {
            "parameters": [{"name": "b", "in": "body", "schema": {"type": "object"}}], "responses": {}
        }}}}));
        assert_eq!(
            result.document["paths"]["/a"]["post"]["requestBody"],
            json!({"content": {"application/json": {"schema": {"type": "object"}}}})
        );
    }

    #[test]
    fn form_parameters() {
        let result = up(json!({
            "swagger": "2.0",
            "paths": {"/upload": {"post": {
                "parameters": [
                    {"name": "id", "in": "path", "required": true, "type": "integer"},
                    {"name": "note", "in": "formData", "type": "string", "description": "A note", "default": "n"},
                    {"name": "file", "in": "formData", "type": "file", "required": true},
                    {"name": "tags", "in": "formData", "type": "array", "items": {"type": "string", "enum": ["a", "b"]}, "collectionFormat": "multi"}
                ],
                "responses": {}
            }}, "/login": {"post": {
                "consumes": ["application/json"],
                "parameters": [
                    {"name": "user", "in": "formData", "type": "string", "required": true, "x-nullable": true},
                    {"name": "roles", "in": "formData", "type": "array", "items": {"type": "string"}},
                    {"name": "user", "in": "formData", "type": "integer"}
                ],
                "responses": {}
            }}, "/both": {"post": {
                "consumes": ["multipart/form-data", "application/x-www-form-urlencoded"],
                "parameters": [{"name": "a", "in": "formData", "type": "string"}],
                "responses": {}
            }}}
        }));
        let paths = &result.document["paths"];
        assert_eq!(
            paths["/upload"]["post"],
            json!({
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                "requestBody": {
                    "content": {"multipart/form-data": {"schema": {
                        "type": "object",
                        "properties": {
                            "note": {"type": "string", "description": "A note", "default": "n"},
                            "file": {"type": "string", "format": "binary"},
                            "tags": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}}
                        },
                        "required": ["file"]
                    }}},
                    "required": true
                },
                "responses": {}
            })
        );
        assert_eq!(
            paths["/login"]["post"]["requestBody"],
            json!({
                "content": {"application/x-www-form-urlencoded": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "user": {"type": "string", "nullable": true},
                            "roles": {"type": "array", "items": {"type": "string"}}
                        },
                        "required": ["user"]
                    },
                    "encoding": {"roles": {"style": "form", "explode": false}}
                }},
                "required": true
            })
        );
        assert_eq!(
            keys(&paths["/both"]["post"]["requestBody"]["content"]),
            ["multipart/form-data", "application/x-www-form-urlencoded"]
        );
        assert_eq!(
            messages(&result),
            [(
                "/paths/~1login/post/parameters/2".to_string(),
                "duplicate formData parameter `user`; only the first is used".to_string()
            )]
        );
        let map = &result.pointers;
        assert_eq!(
            map.to_original("/paths/~1upload/post/requestBody/content/multipart~1form-data/schema/properties/file"),
            "/paths/~1upload/post/parameters/2"
        );
        assert_eq!(
            map.to_original(
                "/paths/~1upload/post/requestBody/content/multipart~1form-data/schema/properties/tags/items/enum"
            ),
            "/paths/~1upload/post/parameters/3/items/enum"
        );
        assert_eq!(map.to_original("/paths/~1upload/post/parameters/0/schema"), "/paths/~1upload/post/parameters/0");
    }

    #[test]
    fn plain_parameters_and_collection_formats() {
        let param = |extra: Value| {
            let mut param = json!({"name": "p", "type": "array", "items": {"type": "string"}});
            if let (Some(param), Some(extra)) = (param.as_object_mut(), extra.as_object()) {
                param.extend(extra.clone());
            }
            param
        };
        let result = up(json!({"swagger": "2.0", "paths": {"/a/{p}": {"get": {
            "parameters": [
                param(json!({"in": "query"})),
                param(json!({"in": "query", "collectionFormat": "csv"})),
                param(json!({"in": "query", "collectionFormat": "ssv"})),
                param(json!({"in": "query", "collectionFormat": "tsv"})),
                param(json!({"in": "query", "collectionFormat": "pipes"})),
                param(json!({"in": "query", "collectionFormat": "multi", "allowEmptyValue": true})),
                param(json!({"in": "path", "required": true})),
                param(json!({"in": "header", "collectionFormat": "pipes"})),
                {"name": "n", "in": "query", "description": "d", "type": "integer", "format": "int32",
                 "minimum": 1, "maximum": 10, "exclusiveMaximum": true, "default": 2, "x-nullable": true, "x-v": "keep",
                 "collectionFormat": "csv"},
                {"name": "s", "in": "query", "type": "string", "pattern": "^a", "minLength": 1, "maxLength": 3, "enum": ["a"]},
                {"name": "m", "in": "query", "type": "array", "items": {"type": "array", "items": {"type": "integer"}, "collectionFormat": "pipes"}}
            ],
            "responses": {}
        }}}}));
        let params = &result.document["paths"]["/a/{p}"]["get"]["parameters"];
        let items = json!({"type": "array", "items": {"type": "string"}});
        let expected = |location: &str, style: &str, explode: bool| json!({"name": "p", "in": location, "schema": items, "style": style, "explode": explode});
        assert_eq!(params[0], expected("query", "form", false));
        assert_eq!(params[1], expected("query", "form", false));
        assert_eq!(params[2], expected("query", "spaceDelimited", false));
        assert_eq!(params[3], expected("query", "form", false));
        assert_eq!(params[4], expected("query", "pipeDelimited", false));
        assert_eq!(
            params[5],
            json!({"name": "p", "schema": items, "in": "query", "allowEmptyValue": true, "style": "form", "explode": true})
        );
        assert_eq!(
            params[6],
            json!({"name": "p", "schema": items, "in": "path", "required": true, "style": "simple", "explode": false})
        );
        assert_eq!(params[7], expected("header", "simple", false));
        assert_eq!(
            params[8],
            json!({"name": "n", "in": "query", "description": "d", "schema": {
                "type": "integer", "format": "int32", "minimum": 1, "maximum": 10, "exclusiveMaximum": true,
                "default": 2, "nullable": true
            }, "x-v": "keep"})
        );
        assert_eq!(
            params[9],
            json!({"name": "s", "in": "query", "schema": {"type": "string", "pattern": "^a", "minLength": 1, "maxLength": 3, "enum": ["a"]}})
        );
        assert_eq!(
            params[10]["schema"],
            json!({"type": "array", "items": {"type": "array", "items": {"type": "integer"}}})
        );
        let at = |index: usize, rest: &str| format!("/paths/~1a~1{{p}}/get/parameters/{index}{rest}");
        assert_eq!(
            messages(&result),
            [
                (at(3, "/collectionFormat"), "`collectionFormat: tsv` (tab-separated) has no OpenAPI 3.0 equivalent; upgraded as comma-separated (`style: form`, `explode: false`)".to_string()),
                (at(7, "/collectionFormat"), "`collectionFormat: pipes` has no OpenAPI 3.0 equivalent in a header parameter; upgraded as comma-separated (`style: simple`)".to_string()),
                (at(10, "/items/collectionFormat"), "`collectionFormat` of nested items has no OpenAPI 3.0 equivalent; dropped".to_string()),
            ]
        );
        let map = &result.pointers;
        let new = |index: usize, rest: &str| format!("/paths/~1a~1{{p}}/get/parameters/{index}{rest}");
        assert_eq!(map.to_original(&new(8, "/schema/nullable")), at(8, "/x-nullable"));
        assert_eq!(map.to_original(&new(8, "/schema/minimum")), at(8, "/minimum"));
        assert_eq!(map.to_original(&new(2, "/style")), at(2, "/collectionFormat"));
        assert_eq!(map.to_original(&new(8, "/x-v")), at(8, "/x-v"));
    }

    #[test]
    fn responses() {
        let result = up(json!({
            "swagger": "2.0",
            "produces": ["application/json", "application/xml"],
            "paths": {"/pets": {"get": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "schema": {"type": "array", "items": {"$ref": "#/definitions/Pet"}},
                        "headers": {
                            "X-Rate": {"type": "integer", "description": "left"},
                            "X-Ids": {"type": "array", "items": {"type": "string"}, "collectionFormat": "csv", "x-v": 1}
                        },
                        "examples": {"application/json": [{"id": 1}], "text/csv": "id\n1"}
                    },
                    "204": {"description": "none"},
                    "default": {"$ref": "#/responses/Error"},
                    "x-extra": {"anything": true}
                }
            }}, "/file": {"get": {
                "produces": ["application/octet-stream"],
                "responses": {"200": {"description": "bytes", "schema": {"type": "file"}}}
            }}}
        }));
        let get = &result.document["paths"]["/pets"]["get"];
        let schema = json!({"type": "array", "items": {"$ref": "#/components/schemas/Pet"}});
        assert_eq!(
            get["responses"],
            json!({
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {"schema": schema, "example": [{"id": 1}]},
                        "application/xml": {"schema": schema},
                        "text/csv": {"schema": schema, "example": "id\n1"}
                    },
                    "headers": {
                        "X-Rate": {"description": "left", "schema": {"type": "integer"}},
                        "X-Ids": {"schema": {"type": "array", "items": {"type": "string"}}, "x-v": 1}
                    }
                },
                "204": {"description": "none"},
                "default": {"$ref": "#/components/responses/Error"},
                "x-extra": {"anything": true}
            })
        );
        assert_eq!(
            result.document["paths"]["/file"]["get"]["responses"]["200"],
            json!({"description": "bytes", "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}})
        );
        let map = &result.pointers;
        let at = "/paths/~1pets/get/responses/200";
        assert_eq!(map.to_original(&format!("{at}/content/application~1json/schema")), format!("{at}/schema"));
        assert_eq!(
            map.to_original(&format!("{at}/content/application~1xml/schema/items/$ref")),
            format!("{at}/schema/items/$ref")
        );
        assert_eq!(map.to_original(&format!("{at}/content/text~1csv/example")), format!("{at}/examples/text~1csv"));
        assert_eq!(map.to_original(&format!("{at}/headers/X-Rate/schema/type")), format!("{at}/headers/X-Rate/type"));
    }

    #[test]
    fn global_parameters_and_responses() {
        let result = up(json!({
            "swagger": "2.0",
            "parameters": {
                "limit": {"name": "limit", "in": "query", "type": "integer"},
                "pet": {"name": "pet", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Pet"}},
                "file": {"name": "file", "in": "formData", "type": "file"},
                "alias": {"$ref": "#/parameters/limit"}
            },
            "responses": {
                "Error": {"description": "error", "schema": {"$ref": "#/definitions/Error"}},
                "Empty": {"description": "nothing"}
            },
            "definitions": {"Pet": {"type": "object"}, "Error": {"type": "object"}},
            "paths": {"/pets": {
                "post": {
                    "parameters": [{"$ref": "#/parameters/limit"}, {"$ref": "#/parameters/pet"}],
                    "responses": {"default": {"$ref": "#/responses/Error"}}
                },
                "put": {
                    "consumes": ["application/xml"],
                    "produces": ["application/xml"],
                    "parameters": [{"$ref": "#/parameters/pet"}],
                    "responses": {"default": {"$ref": "#/responses/Error"}, "204": {"$ref": "#/responses/Empty"}}
                },
                "patch": {
                    "parameters": [{"$ref": "#/parameters/file"}, {"name": "x", "in": "formData", "type": "string"}],
                    "responses": {}
                }
            }}
        }));
        let document = &result.document;
        assert_eq!(
            document["components"],
            json!({
                "schemas": {"Pet": {"type": "object"}, "Error": {"type": "object"}},
                "responses": {
                    "Error": {"description": "error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                    "Empty": {"description": "nothing"}
                },
                "parameters": {
                    "limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    "alias": {"$ref": "#/components/parameters/limit"}
                },
                "requestBodies": {
                    "pet": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}
                }
            })
        );
        let pets = &document["paths"]["/pets"];
        assert_eq!(
            pets["post"],
            json!({
                "parameters": [{"$ref": "#/components/parameters/limit"}],
                "requestBody": {"$ref": "#/components/requestBodies/pet"},
                "responses": {"default": {"$ref": "#/components/responses/Error"}}
            })
        );
        // Other media types than the shared components have: inlined with the operation's.
        assert_eq!(
            pets["put"],
            json!({
                "requestBody": {"required": true, "content": {"application/xml": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                "responses": {
                    "default": {"description": "error", "content": {"application/xml": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                    "204": {"$ref": "#/components/responses/Empty"}
                }
            })
        );
        assert_eq!(
            pets["patch"]["requestBody"],
            json!({"content": {"multipart/form-data": {"schema": {"type": "object", "properties": {
                "file": {"type": "string", "format": "binary"}, "x": {"type": "string"}
            }}}}})
        );
        assert!(result.diagnostics.is_empty(), "{:?}", result.diagnostics);
        let map = &result.pointers;
        assert_eq!(map.to_original("/paths/~1pets/post/requestBody"), "/paths/~1pets/post/parameters/1");
        assert_eq!(
            map.to_original("/paths/~1pets/put/requestBody/content/application~1xml/schema"),
            "/parameters/pet/schema"
        );
        assert_eq!(
            map.to_original("/paths/~1pets/put/responses/default/content/application~1xml/schema"),
            "/responses/Error/schema"
        );
        assert_eq!(map.to_original("/components/parameters/limit/schema/type"), "/parameters/limit/type");
        assert_eq!(
            map.to_original("/components/requestBodies/pet/content/application~1json/schema"),
            "/parameters/pet/schema"
        );
        assert_eq!(
            map.to_original("/components/responses/Error/content/application~1json/schema"),
            "/responses/Error/schema"
        );
        assert_eq!(
            map.to_original("/paths/~1pets/patch/requestBody/content/multipart~1form-data/schema/properties/file"),
            "/parameters/file"
        );
        assert_eq!(
            map.to_original("/paths/~1pets/patch/requestBody/content/multipart~1form-data/schema/properties/x"),
            "/paths/~1pets/patch/parameters/1"
        );
    }

    #[test]
    fn path_level_parameters() {
        let result = up(json!({"swagger": "2.0", "paths": {"/a/{id}": {
            "parameters": [
                {"name": "f", "in": "formData", "type": "string"},
                {"name": "id", "in": "path", "required": true, "type": "string"},
                {"name": "g", "in": "formData", "type": "integer"}
            ],
            "get": {"responses": {}},
            "post": {"parameters": [{"name": "g", "in": "formData", "type": "string", "required": true}], "responses": {}},
            "put": {"parameters": [{"name": "b", "in": "body", "schema": {"type": "string"}}], "responses": {}}
        }}}));
        let item = &result.document["paths"]["/a/{id}"];
        assert_eq!(
            item["parameters"],
            json!([{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}])
        );
        let form = |properties: Value| json!({"content": {"application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": properties}}}});
        assert_eq!(item["get"]["requestBody"], form(json!({"f": {"type": "string"}, "g": {"type": "integer"}})));
        assert_eq!(
            item["post"]["requestBody"],
            json!({"content": {"application/x-www-form-urlencoded": {"schema": {
                "type": "object",
                "properties": {"f": {"type": "string"}, "g": {"type": "string"}},
                "required": ["g"]
            }}}, "required": true})
        );
        assert_eq!(
            item["put"]["requestBody"],
            json!({"content": {"application/json": {"schema": {"type": "string"}}}})
        );
        assert_eq!(
            messages(&result),
            [
                (
                    "/paths/~1a~1{id}/parameters/0".to_string(),
                    "formData parameter conflicts with an operation's body parameter; dropped there".to_string()
                ),
                (
                    "/paths/~1a~1{id}/parameters/2".to_string(),
                    "formData parameter conflicts with an operation's body parameter; dropped there".to_string()
                ),
            ]
        );
        let map = &result.pointers;
        assert_eq!(map.to_original("/paths/~1a~1{id}/parameters/0/schema"), "/paths/~1a~1{id}/parameters/1");
        assert_eq!(
            map.to_original(
                "/paths/~1a~1{id}/get/requestBody/content/application~1x-www-form-urlencoded/schema/properties/g"
            ),
            "/paths/~1a~1{id}/parameters/2"
        );
    }

    #[test]
    fn conflicting_bodies_keep_the_first() {
        let result = up(json!({"swagger": "2.0", "paths": {
            "/a": {"post": {"parameters": [
                {"name": "one", "in": "body", "schema": {"type": "string"}},
                {"name": "two", "in": "body", "schema": {"type": "integer"}},
                {"name": "f", "in": "formData", "type": "string"}
            ], "responses": {}}},
            "/b": {"post": {"parameters": [
                {"name": "f", "in": "formData", "type": "string"},
                {"name": "one", "in": "body", "schema": {"type": "string"}}
            ], "responses": {}}}
        }}));
        let paths = &result.document["paths"];
        assert_eq!(
            paths["/a"]["post"]["requestBody"],
            json!({"content": {"application/json": {"schema": {"type": "string"}}}})
        );
        assert_eq!(paths["/a"]["post"].get("parameters"), None);
        assert_eq!(
            paths["/b"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]["properties"],
            json!({"f": {"type": "string"}})
        );
        assert_eq!(
            messages(&result),
            [
                (
                    "/paths/~1a/post/parameters/1".to_string(),
                    "more than one body parameter; only the first is used".to_string()
                ),
                (
                    "/paths/~1a/post/parameters/2".to_string(),
                    "formData parameter after a body parameter; dropped".to_string()
                ),
                (
                    "/paths/~1b/post/parameters/1".to_string(),
                    "body parameter after formData parameters; dropped".to_string()
                ),
            ]
        );
    }

    #[test]
    fn references_are_rewritten() {
        let result = up(json!({
            "swagger": "2.0",
            "definitions": {
                "A": {"properties": {"b": {"$ref": "other.yaml#/definitions/B"}, "c": {"$ref": "#/definitions/A/properties/b"}}},
                "Local": {"$ref": "#/paths/~1a/get/responses/200/schema"},
                "Body": {"$ref": "#/parameters/body/schema"},
                "Head": {"$ref": "#/responses/R/headers/X/items"},
                "Whole": {"$ref": "https://example.com/x.json"}
            },
            "parameters": {"body": {"name": "b", "in": "body", "schema": {"type": "string"}}},
            "responses": {"R": {"description": "r", "headers": {"X": {"type": "array", "items": {"type": "string"}}}}},
            "paths": {
                "/a": {"get": {
                    "parameters": [{"$ref": "other.yaml#/parameters/P"}],
                    "responses": {"200": {"description": "ok", "schema": {"type": "object"}}, "404": {"$ref": "common.json#/responses/NotFound"}}
                }},
                "/b": {"$ref": "paths.yaml#/paths/~1b"}
            }
        }));
        let document = &result.document;
        let schemas = &document["components"]["schemas"];
        assert_eq!(schemas["A"]["properties"]["b"]["$ref"], "other.yaml#/components/schemas/B");
        assert_eq!(schemas["A"]["properties"]["c"]["$ref"], "#/components/schemas/A/properties/b");
        assert_eq!(schemas["Local"]["$ref"], "#/paths/~1a/get/responses/200/content/application~1json/schema");
        assert_eq!(schemas["Body"]["$ref"], "#/components/requestBodies/body/content/application~1json/schema");
        assert_eq!(schemas["Head"]["$ref"], "#/components/responses/R/headers/X/schema/items");
        assert_eq!(schemas["Whole"]["$ref"], "https://example.com/x.json");
        let get = &document["paths"]["/a"]["get"];
        assert_eq!(get["parameters"][0]["$ref"], "other.yaml#/components/parameters/P");
        assert_eq!(get["responses"]["404"]["$ref"], "common.json#/responses/NotFound".replace("#/", "#/components/"));
        assert_eq!(document["paths"]["/b"]["$ref"], "paths.yaml#/paths/~1b");
        let mut found = Vec::new();
        refs(document, "", &mut found);
        for (at, reference) in found {
            if reference.starts_with('#') {
                assert!(resolves(document, &reference), "{at}: {reference}");
            }
        }
    }

    #[test]
    fn pointer_map_translation() {
        let mut map = PointerMap::default();
        map.record("/components/schemas", "/definitions");
        map.record("/paths/~1a/get/parameters/0", "/paths/~1a/get/parameters/1");
        map.record("/paths/~1a/get/parameters/0/schema", "/paths/~1a/get/parameters/1");
        map.record("/paths/~1a/get/parameters/0/schema", "/ignored/second/record");
        assert_eq!(map.to_original("/components/schemas"), "/definitions");
        assert_eq!(map.to_original("/components/schemas/Pet/properties/a~1b"), "/definitions/Pet/properties/a~1b");
        // Whole tokens only.
        assert_eq!(map.to_original("/components/schemasX"), "/components/schemasX");
        assert_eq!(map.to_original("/paths/~1a/get/parameters/0/schema/items"), "/paths/~1a/get/parameters/1/items");
        assert_eq!(map.to_original("/paths/~1a/get/parameters/0/name"), "/paths/~1a/get/parameters/1/name");
        assert_eq!(map.to_original("/paths/~1a/get/parameters/00"), "/paths/~1a/get/parameters/00");
        assert_eq!(map.to_original("/paths/~1a/get"), "/paths/~1a/get");
        assert_eq!(map.to_original(""), "");
        assert_eq!(map.to_original("/"), "/");
        assert_eq!(map.to_original("not a pointer"), "not a pointer");
        assert_eq!(map.iter().count(), 3);
    }

    #[test]
    fn wrong_shapes_are_dropped_with_warnings() {
        let result = up(json!({
            "swagger": "2.0",
            "consumes": "application/json",
            "paths": {
                "/a": {"get": "nope", "post": {"parameters": {"name": "x"}, "responses": {"200": 5}}, "trace": {}},
                "/b": [],
                "/c": {"put": {
                    "parameters": [7, {"$ref": 1}, {"name": "f", "in": "formData", "type": "string", "example": "e", "collectionFormat": "csv"}],
                    "responses": {"200": {"description": "ok", "schema": {"type": "string"}, "examples": "x", "headers": {"H": 1}}}
                }}
            }
        }));
        assert_eq!(
            result.document["paths"],
            json!({
                "/a": {"post": {"responses": {}}},
                "/c": {"put": {
                    "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
                        "type": "object", "properties": {"f": {"type": "string", "example": "e"}}
                    }}}},
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "string"}}}, "headers": {}}}
                }}
            })
        );
        let expected = [
            ("/consumes", "`consumes` must be an array of media types; ignored"),
            ("/paths/~1a/get", "an operation must be an object; dropped"),
            ("/paths/~1a/post/parameters", "`parameters` must be an array; dropped"),
            ("/paths/~1a/post/responses/200", "a response must be an object; dropped"),
            ("/paths/~1a/trace", "`trace` is not a Swagger 2.0 field of a path item; dropped"),
            ("/paths/~1b", "a path item must be an object; dropped"),
            ("/paths/~1c/put/parameters/0", "a parameter must be an object; dropped"),
            ("/paths/~1c/put/parameters/1/$ref", "`$ref` must be a string; the parameter is dropped"),
            ("/paths/~1c/put/responses/200/headers/H", "a header must be an object; dropped"),
            ("/paths/~1c/put/responses/200/examples", "`examples` must be an object keyed by media type; dropped"),
        ];
        let expected: Vec<(String, String)> = expected.iter().map(|(a, m)| (a.to_string(), m.to_string())).collect();
        assert_eq!(messages(&result), expected);
    }

    #[test]
    fn not_an_object() {
        for root in [json!(null), json!([1]), json!("swagger")] {
            let result = upgrade(&root);
            assert_eq!(result.document, json!({"openapi": "3.0.3"}));
            assert_eq!(result.diagnostics.len(), 1);
        }
    }

    fn sample() -> Value {
        json!({
            "swagger": "2.0",
            "info": {"title": "Pets", "version": "1"},
            "host": "pets.example.com",
            "basePath": "/v1",
            "schemes": ["http", "https"],
            "consumes": ["application/json"],
            "produces": ["application/json"],
            "securityDefinitions": {
                "key": {"type": "apiKey", "name": "k", "in": "header"},
                "oauth": {"type": "oauth2", "flow": "accessCode", "authorizationUrl": "a", "tokenUrl": "t", "scopes": {"r": "read"}}
            },
            "parameters": {
                "limit": {"name": "limit", "in": "query", "type": "array", "items": {"type": "integer"}, "collectionFormat": "ssv"},
                "pet": {"name": "pet", "in": "body", "schema": {"$ref": "#/definitions/Pet"}},
                "upload": {"name": "upload", "in": "formData", "type": "file"}
            },
            "responses": {"Error": {"description": "e", "schema": {"$ref": "#/definitions/Error"}, "headers": {"X": {"type": "string"}}}},
            "paths": {
                "/pets/{id}": {
                    "parameters": [{"name": "id", "in": "path", "required": true, "type": "string"}, {"$ref": "#/parameters/upload"}],
                    "get": {
                        "produces": ["application/xml"],
                        "parameters": [{"$ref": "#/parameters/limit"}, {"name": "q", "in": "query", "type": "string", "x-nullable": true}],
                        "responses": {
                            "200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"}, "examples": {"application/xml": "<a/>"}},
                            "default": {"$ref": "#/responses/Error"}
                        }
                    },
                    "post": {
                        "consumes": ["multipart/form-data"],
                        "parameters": [{"name": "note", "in": "formData", "type": "array", "items": {"type": "string"}, "collectionFormat": "tsv"}],
                        "responses": {"201": {"description": "c", "headers": {"L": {"type": "array", "items": {"type": "string"}}}}}
                    },
                    "put": {
                        "parameters": [{"$ref": "#/parameters/pet"}, {"name": "other", "in": "body", "schema": {"type": "string"}}],
                        "security": [{"oauth": ["r"]}],
                        "responses": {"204": {"description": "n"}}
                    }
                }
            },
            "definitions": {
                "Pet": {"type": "object", "discriminator": "kind", "properties": {
                    "kind": {"type": "string"}, "tags": {"type": "array", "items": {"$ref": "#/definitions/Tag"}},
                    "owner": {"$ref": "#/definitions/Pet", "x-nullable": true}, "photo": {"type": "file"}
                }, "additionalProperties": {"type": "string"}},
                "Tag": {"allOf": [{"$ref": "#/definitions/Pet"}]},
                "Error": {"type": "object"}
            }
        })
    }

    /// All pointers of `value`, parents before children.
    fn all_pointers(value: &Value, at: &str, out: &mut Vec<String>) {
        out.push(at.to_string());
        match value {
            Value::Object(object) => {
                for (key, item) in object {
                    all_pointers(item, &pointer::join(at, key), out);
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    all_pointers(item, &pointer::join(at, &index.to_string()), out);
                }
            }
            _ => {}
        }
    }

    /// Checks what must hold for any input: warnings point into the original, recorded
    /// prefixes exist on both sides, and no 2.0 construct is left.
    fn check_invariants(original: &Value, result: &Upgrade, name: &str, strict_refs: bool) {
        for diagnostic in &result.diagnostics {
            assert!(
                original.pointer(&diagnostic.pointer).is_some(),
                "{name}: warning not in the original: {diagnostic}"
            );
        }
        for (upgraded, from) in result.pointers.iter() {
            assert!(result.document.pointer(upgraded).is_some(), "{name}: recorded {upgraded} missing in upgraded");
            assert!(original.pointer(from).is_some(), "{name}: recorded {from} missing in original");
        }
        let mut found = Vec::new();
        refs(&result.document, "", &mut found);
        for (at, reference) in found.iter().filter(|_| strict_refs) {
            for old in ["#/definitions", "#/parameters/", "#/responses/"] {
                assert!(!reference.contains(old), "{name}: {at}: 2.0 reference {reference} left");
            }
            if let Some(fragment) = reference.strip_prefix("#/components/parameters/") {
                let target = result.document.pointer(&format!("/components/parameters/{fragment}"));
                let location = target.and_then(|t| t.get("in")).and_then(Value::as_str);
                assert!(
                    !matches!(location, Some("body" | "formData")),
                    "{name}: {at}: {reference} is a body parameter"
                );
            }
        }
        let mut pointers = Vec::new();
        all_pointers(&result.document, "", &mut pointers);
        for at in pointers {
            let tokens = pointer::tokens(&at);
            if tokens.len() >= 2 && tokens.get(tokens.len() - 2).is_some_and(|t| t == "parameters") {
                let location = result.document.pointer(&at).and_then(|p| p.get("in")).and_then(Value::as_str);
                assert!(!matches!(location, Some("body" | "formData")), "{name}: {at} is still a 2.0 parameter");
            }
        }
    }

    #[test]
    fn sample_upgrades_cleanly() {
        let original = sample();
        let result = upgrade(&original);
        check_invariants(&original, &result, "sample", true);
        let mut found = Vec::new();
        refs(&result.document, "", &mut found);
        for (at, reference) in &found {
            assert!(resolves(&result.document, reference), "{at}: {reference}");
        }
        let get = &result.document["paths"]["/pets/{id}"]["get"];
        assert_eq!(get["parameters"][0], json!({"$ref": "#/components/parameters/limit"}));
        assert_eq!(
            get["responses"]["default"]["content"]["application/xml"]["schema"]["$ref"],
            "#/components/schemas/Error"
        );
        assert_eq!(
            get["requestBody"]["content"]["multipart/form-data"]["schema"]["properties"]["upload"]["format"],
            "binary"
        );
        let put = &result.document["paths"]["/pets/{id}"]["put"];
        assert_eq!(put["requestBody"], json!({"$ref": "#/components/requestBodies/pet"}));
        assert_eq!(
            result.document["components"]["parameters"]["limit"],
            json!({"name": "limit", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}, "style": "spaceDelimited", "explode": false})
        );
        assert_eq!(
            result.document["servers"],
            json!([{"url": "https://pets.example.com/v1"}, {"url": "http://pets.example.com/v1"}])
        );
        // The multipart form has no encoding: `tsv` only matters, and is only warned, for urlencoded bodies.
        assert_eq!(
            messages(&result),
            [
                (
                    "/paths/~1pets~1{id}/put/parameters/1".to_string(),
                    "more than one body parameter; only the first is used".to_string()
                ),
                (
                    "/paths/~1pets~1{id}/parameters/1".to_string(),
                    "formData parameter conflicts with an operation's body parameter; dropped there".to_string()
                ),
            ]
        );
    }

    #[test]
    fn mutations_never_panic() {
        let original = sample();
        let mut pointers = Vec::new();
        all_pointers(&original, "", &mut pointers);
        let replacements = [
            json!(null),
            json!(7),
            json!("file"),
            json!([{"in": "body"}]),
            json!({"$ref": "#/parameters/pet"}),
            json!(true),
        ];
        let mut runs = 0;
        for (index, at) in pointers.iter().enumerate() {
            // Deterministic: each node gets three of the replacements, rotating.
            for step in 0..3 {
                let Some(replacement) = replacements.get((index + step * 2) % replacements.len()) else { continue };
                let mut mutated = original.clone();
                // A reference object where a name or a number belongs is data, copied as it is;
                // in a map of named things, `$ref` is just one more name.
                const NAMED: [&str; 5] = ["definitions", "properties", "headers", "securityDefinitions", "scopes"];
                let named = pointer::tokens(at).last().is_some_and(|t| NAMED.contains(&t.as_str()));
                let strict_refs = match mutated.pointer_mut(at) {
                    Some(node) => {
                        let strict = (node.is_object() || node.is_array()) && !named;
                        *node = replacement.clone();
                        strict
                    }
                    None => continue,
                };
                let result = upgrade(&mutated);
                check_invariants(&mutated, &result, at, strict_refs);
                runs += 1;
            }
        }
        assert!(runs > 300, "{runs}");
    }

    fn yaml_to_json(value: &serde_yaml_ng::Value) -> Value {
        use serde_yaml_ng::Value as Yaml;
        match value {
            Yaml::Null => Value::Null,
            Yaml::Bool(b) => Value::Bool(*b),
            Yaml::Number(n) => n
                .as_i64()
                .map(Value::from)
                .or_else(|| n.as_u64().map(Value::from))
                .or_else(|| n.as_f64().and_then(serde_json::Number::from_f64).map(Value::Number))
                .unwrap_or(Value::Null),
            Yaml::String(s) => Value::String(s.clone()),
            Yaml::Sequence(items) => Value::Array(items.iter().map(yaml_to_json).collect()),
            Yaml::Mapping(mapping) => Value::Object(
                mapping
                    .iter()
                    .map(|(key, item)| {
                        let key = match yaml_to_json(key) {
                            Value::String(s) => s,
                            other => other.to_string(),
                        };
                        (key, yaml_to_json(item))
                    })
                    .collect(),
            ),
            Yaml::Tagged(tagged) => yaml_to_json(&tagged.value),
        }
    }

    #[test]
    fn real_world_documents() {
        let dir = std::path::Path::new("/work/shared/corpus/realworld");
        if !dir.is_dir() {
            return;
        }
        for name in [
            "datagouv-geo-api.yaml",
            "gotify-server.json",
            "harbor-api.yaml",
            "instagram-api.yaml",
            "netlify-open-api.yaml",
            "weaviate-api.json",
        ] {
            let Ok(text) = std::fs::read_to_string(dir.join(name)) else { continue };
            let original: Value = if name.ends_with(".json") {
                serde_json::from_str(&text).unwrap()
            } else {
                let mut yaml: serde_yaml_ng::Value = serde_yaml_ng::from_str(&text).unwrap();
                yaml.apply_merge().unwrap();
                yaml_to_json(&yaml)
            };
            let result = upgrade(&original);
            check_invariants(&original, &result, name, true);
            let mut found = Vec::new();
            refs(&result.document, "", &mut found);
            let dangling: Vec<_> = found.iter().filter(|(_, r)| !resolves(&result.document, r)).collect();
            assert!(dangling.is_empty(), "{name}: dangling {dangling:?}");
            eprintln!(
                "{name}: {} refs, {} pointer records, {} warnings",
                found.len(),
                result.pointers.iter().count(),
                result.diagnostics.len()
            );
            for diagnostic in &result.diagnostics {
                eprintln!("  {diagnostic}");
            }
        }
    }
}
