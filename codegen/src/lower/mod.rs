//! Lowering: from the resolved document to the generator's own model ([`crate::model::Api`]).
//!
//! One walk in document order: component schemas are named first (so `#/components/schemas/Pet`
//! is always `Pet`), then each operation with its parameters, bodies and responses. Inline
//! schemas that need a Rust type of their own are named from where they stand
//! (`ContactCreateRequestDataAttributes`). Anything that can be worked around gets a warning
//! with its JSON pointer; the model is always complete.

mod cycles;
pub mod naming;
pub(crate) mod operations;
mod types;

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use crate::diagnostics::Diagnostics;
use crate::load::refs::Resolver;
use crate::model::{Api, ParamLocation, Server, TypeDef, TypeRef};
use crate::pointer;
use naming::Namespace;

/// Names a generated crate reserves at its root: its own items and the prelude names a
/// generated type must not shadow.
const RESERVED_TYPE_NAMES: &[&str] = &[
    "Client", "ClientBuilder", "Error", "FilePart", "Result", "Option", "Some", "None", "Ok", "Err",
    "String", "Vec", "Box", "Default", "Clone", "Copy", "Debug", "Send", "Sync", "Sized", "From",
    "Into", "Iterator", "ToString", "ToOwned", "PartialEq", "Eq", "Ord", "PartialOrd", "Hash",
    "Drop", "Fn", "FnMut", "FnOnce", "AsRef", "AsMut", "Self_", "Value", "Map", "BTreeMap", "Bytes",
    "Serialize", "Deserialize",
];

/// Methods `Client` already has, or that a user would expect to be the standard ones.
const RESERVED_METHOD_NAMES: &[&str] =
    &["builder", "new", "base_url", "request", "clone", "fmt", "eq", "ne", "into", "from", "to_owned"];

/// What an API's configuration changes in lowering.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Method names chosen by hand, by operationId or by `"METHOD /path"`.
    pub method_names: BTreeMap<String, String>,
    /// Base URL to use instead of the document's first server.
    pub default_server: Option<String>,
    /// Parameters the client sets on every request (auth, settings): not method arguments.
    pub client_params: Vec<(ParamLocation, String)>,
    /// Operations (`METHOD`, path) a template implements instead (e.g. sign-in).
    pub skip_operations: Vec<(String, String)>,
    /// How to recognize paged list operations, when the API pages.
    pub pagination: Option<PaginationRule>,
}

/// What makes an operation a paged list: an optional query parameter naming the page (or
/// offset), and a success body holding the items in an array field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaginationRule {
    pub page_param: String,
    /// Page size (or limit) parameter, when the API has one.
    pub size_param: String,
    /// Wire name of the items field; `None`: the body's first array field.
    pub items_field: Option<String>,
}

/// Lowers a loaded document. Never fails: what cannot be represented becomes `serde_json::Value`
/// or is left out, with a warning in `diags`.
pub fn lower(root: &Value, options: &Options, diags: &mut Diagnostics) -> Api {
    let mut lowerer = Lowerer::new(root, diags);
    lowerer.options = options.clone();
    lowerer.declare_components();
    lowerer.lower_components();
    let operations = lowerer.lower_operations();
    lowerer.lower_webhooks();
    for (format, (at, count)) in std::mem::take(&mut lowerer.unknown_formats) {
        let places = if count > 1 { format!(" ({count} places)") } else { String::new() };
        lowerer.diags.warn(at, format!("unknown format `{format}`{places}; typed by `type` alone"));
    }
    let info = root.get("info");
    let text = |key: &str| info.and_then(|i| i.get(key)).and_then(Value::as_str).map(str::to_owned);
    let mut servers = lowerer.servers();
    if let Some(url) = &options.default_server {
        servers.insert(0, Server { url: url.clone(), description: Some("Configured default server".to_owned()) });
    }
    let mut types = lowerer.finish_types();
    cycles::break_cycles(&mut types, lowerer.diags);
    Api {
        title: text("title").unwrap_or_else(|| "API".to_owned()),
        version: text("version").unwrap_or_default(),
        description: text("description"),
        servers,
        types,
        operations,
    }
}

/// A named type: where it is in `defs`, and whether references to it are nullable.
#[derive(Debug, Clone)]
struct Slot {
    index: usize,
    name: String,
    nullable: bool,
}

impl Slot {
    fn type_ref(&self) -> TypeRef {
        let named = TypeRef::Named(self.name.clone());
        if self.nullable {
            TypeRef::Option(Box::new(named))
        } else {
            named
        }
    }
}

struct Lowerer<'a, 'd> {
    root: &'a Value,
    resolver: Resolver<'a>,
    diags: &'d mut Diagnostics,
    type_names: Namespace,
    /// Named types by the JSON pointer of their schema.
    slots: HashMap<String, Slot>,
    /// Named types in order of declaration; `None` while being lowered.
    defs: Vec<Option<TypeDef>>,
    /// Nesting depth of the schema being lowered (guards the stack on absurd documents).
    depth: usize,
    options: Options,
    /// Formats the generator does not know: first place met, and how many places use it.
    unknown_formats: BTreeMap<String, (String, usize)>,
}

impl<'a, 'd> Lowerer<'a, 'd> {
    fn new(root: &'a Value, diags: &'d mut Diagnostics) -> Self {
        Self {
            root,
            resolver: Resolver::new(root),
            diags,
            type_names: Namespace::with_reserved(RESERVED_TYPE_NAMES),
            slots: HashMap::new(),
            defs: Vec::new(),
            depth: 0,
            options: Options::default(),
            unknown_formats: BTreeMap::new(),
        }
    }

    /// Reserves a name for the type at `pointer` and returns its slot.
    fn declare(&mut self, pointer: &str, hint: &str, nullable: bool) -> Slot {
        let name = self.type_names.claim(&naming::pascal_ident(hint));
        let slot = Slot { index: self.defs.len(), name, nullable };
        self.defs.push(None);
        self.slots.insert(pointer.to_owned(), slot.clone());
        slot
    }

    fn define(&mut self, slot: &Slot, def: TypeDef) {
        if let Some(entry) = self.defs.get_mut(slot.index) {
            *entry = Some(def);
        }
    }

    fn finish_types(&mut self) -> Vec<TypeDef> {
        std::mem::take(&mut self.defs).into_iter().flatten().collect()
    }

    fn servers(&mut self) -> Vec<Server> {
        let Some(list) = self.root.get("servers").and_then(Value::as_array) else { return Vec::new() };
        let mut servers = Vec::new();
        for (i, server) in list.iter().enumerate() {
            let at = format!("/servers/{i}");
            let Some(url) = server.get("url").and_then(Value::as_str) else {
                self.diags.warn(at, "server without a `url` string; ignored");
                continue;
            };
            let url = substitute_server_variables(url, server.get("variables"));
            if let Some(why) = unusable_server_url(&url) {
                self.diags.warn(pointer::join(&at, "url"), format!("server URL {url:?} {why}; ignored"));
                continue;
            }
            let description = server.get("description").and_then(Value::as_str).map(str::to_owned);
            servers.push(Server { url, description });
        }
        servers
    }
}

/// Why a client cannot call a server at `url`, if it cannot: a scheme other than http(s)
/// (`javascript:`, `file:`, also `localhost:8080`, which URL parsers read as the scheme
/// `localhost`) or control characters (which URL parsers drop silently, and which would end up in
/// the crate's documentation). The runtime refuses such base URLs too; relative ones stay (the
/// user gives the base URL).
fn unusable_server_url(url: &str) -> Option<&'static str> {
    if url.chars().any(char::is_control) {
        return Some("has control characters");
    }
    let (scheme, _) = url.split_once(':')?;
    let is_scheme = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if !is_scheme || ["http", "https"].iter().any(|s| scheme.eq_ignore_ascii_case(s)) {
        return None;
    }
    Some("is not an http or https URL")
}

/// Replaces `{name}` in a server URL with the variable's default value.
fn substitute_server_variables(url: &str, variables: Option<&Value>) -> String {
    let mut out = String::with_capacity(url.len());
    let mut rest = url;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = &after[..close];
        let default = variables
            .and_then(|v| v.get(name))
            .and_then(|v| v.get("default"))
            .and_then(Value::as_str);
        match default {
            Some(value) => out.push_str(value),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// A readable type-name hint from where a schema stands, for schemas reached only by a `$ref`
/// into the middle of another schema (`#/components/schemas/A/properties/b` -> `AB`).
fn hint_from_pointer(at: &str) -> String {
    let tokens = pointer::tokens(at);
    let start = match tokens.first().map(String::as_str) {
        Some("components") => 2,
        Some("definitions") => 1,
        _ => 0,
    };
    let mut hint = String::new();
    for token in tokens.iter().skip(start) {
        match token.as_str() {
            "properties" | "allOf" | "oneOf" | "anyOf" | "schema" | "content" | "schemas" | "paths"
            | "responses" | "parameters" | "requestBodies" | "$defs" | "definitions" | "x-bundled" => {}
            "items" => hint.push_str("Item"),
            "additionalProperties" => hint.push_str("Value"),
            other => hint.push_str(&naming::pascal_ident(other)),
        }
    }
    if hint.is_empty() {
        "Schema".to_owned()
    } else {
        hint
    }
}

#[cfg(test)]
mod tests;
