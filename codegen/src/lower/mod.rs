//! Lowering: from the resolved document to the generator's own model ([`crate::model::Api`]).
//!
//! One walk in document order: component schemas are named first (so `#/components/schemas/Pet`
//! is always `Pet`), then each operation with its parameters, bodies and responses. Inline
//! schemas that need a Rust type of their own are named from where they stand
//! (`ContactCreateRequestDataAttributes`). Anything that can be worked around gets a warning
//! with its JSON pointer; the model is always complete.

mod cycles;
mod extensions;
mod groups;
pub(crate) mod operations;
mod security;
mod types;

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use crate::config::{Auth, Config};
use crate::diagnostics::Diagnostics;
use crate::load::refs::Resolver;
use crate::model::{Api, CrateIdentity, HttpMethod, ParamLocation, Server, TypeDef, TypeRef};
use crate::naming::{self, Namespace};
use crate::pointer;
use crate::templates::{self, PagingRule};

/// What the configuration changes in lowering, gathered from it and from its templates'
/// descriptors.
#[derive(Debug, Clone, Default)]
struct Options {
    /// Method names chosen by hand, by operationId or by `"METHOD /path"`.
    method_names: BTreeMap<String, String>,
    /// Base URL to use instead of the document's first server.
    default_server: Option<String>,
    /// Parameters the client sets on every request (auth, settings): not method arguments.
    client_params: Vec<(ParamLocation, String)>,
    /// Operations a template implements instead (e.g. sign-in).
    skip_operations: Vec<(HttpMethod, String)>,
    /// How to recognize paged list operations, when the API pages.
    pagination: Option<PagingRule>,
}

/// Lowers a loaded document. Never fails: what cannot be represented becomes `serde_json::Value`
/// or is left out, with a warning in `diags`.
pub fn lower(root: &Value, config: &Config, diags: &mut Diagnostics) -> Api {
    let mut lowerer = Lowerer::new(root, diags);
    let descriptors = templates::descriptors(config);
    lowerer.options = Options {
        method_names: config.method_names.clone(),
        default_server: config.default_server.clone(),
        ..Options::default()
    };
    for descriptor in &descriptors {
        lowerer.options.client_params.extend(descriptor.client_params.iter().cloned());
        lowerer.options.skip_operations.extend(descriptor.replaces.iter().cloned());
        if let Some(rule) = &descriptor.paging {
            lowerer.options.pagination = Some(rule.clone());
        }
    }
    let paging_template = descriptors.iter().find(|d| d.paging.is_some()).map(|d| d.extension.template.clone());
    // What the runtime and the templates define is named before anything from the document.
    let mut extensions = lowerer.claim_extensions(descriptors);
    // Findings about the configuration name its file, not the document.
    let config_file = config.source.clone().unwrap_or_else(|| "configuration".into());
    for finding in std::mem::take(&mut lowerer.config_diags).into_vec() {
        lowerer.diags.push(finding.in_file(&config_file));
    }
    // Without an auth template, the document's security schemes say how to authenticate.
    let mut document_auth = None;
    if config.auth == Auth::None {
        if let Some((state, ext)) = lowerer.read_security() {
            lowerer.security = Some(state);
            document_auth = Some(ext);
        }
    }
    lowerer.declare_components();
    lowerer.lower_components();
    let mut operations = lowerer.lower_operations();
    let mut security = None;
    // With no operation to send them (a webhooks-only document), credentials would be dead code.
    if let (Some(mut ext), false) = (document_auth, operations.is_empty()) {
        security = lowerer.finish_security(&mut operations, &mut ext);
        extensions.insert(0, ext);
    }
    // The pagination module exists only for the paged lists it serves.
    if !operations.iter().any(|op| op.pagination.is_some()) {
        extensions.retain(|ext| Some(&ext.template) != paging_template.as_ref());
    }
    lowerer.lower_webhooks();
    for (format, (at, count)) in std::mem::take(&mut lowerer.unknown_formats) {
        let places = if count > 1 { format!(" ({count} places)") } else { String::new() };
        lowerer.diags.warn(at, format!("unknown format `{format}`{places}; typed by `type` alone"));
    }
    let info = root.get("info");
    let text = |key: &str| info.and_then(|i| i.get(key)).and_then(Value::as_str).map(str::to_owned);
    let mut servers = lowerer.servers();
    if let Some(url) = &lowerer.options.default_server {
        servers.insert(0, Server { url: url.clone(), description: Some("Configured default server".to_owned()) });
    }
    let mut types = lowerer.finish_types();
    cycles::break_cycles(&mut types, lowerer.diags);
    let groups = groups::assign(root, config.feature_groups, &mut operations, &mut types, lowerer.diags);
    Api {
        krate: CrateIdentity {
            name: config.crate_name.clone(),
            version: config.crate_version.clone(),
            runtime: config.runtime.clone(),
        },
        title: text("title").unwrap_or_else(|| "API".to_owned()),
        version: text("version").unwrap_or_default(),
        description: text("description"),
        servers,
        types,
        operations,
        extensions,
        security,
        groups,
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
    /// Findings about the configuration (located in it, not in the document).
    config_diags: Diagnostics,
    /// The crate root's types.
    type_names: Namespace,
    /// `Client`'s methods: the runtime's, the templates', the operations'.
    method_names: Namespace,
    /// `ClientBuilder`'s methods: the runtime's and the templates'.
    builder_names: Namespace,
    /// The operations' request builders (the `requests` module's types).
    request_names: Namespace,
    /// Named types by the JSON pointer of their schema.
    slots: HashMap<String, Slot>,
    /// Named types in order of declaration; `None` while being lowered.
    defs: Vec<Option<TypeDef>>,
    /// Nesting depth of the schema being lowered (guards the stack on absurd documents).
    depth: usize,
    options: Options,
    /// Formats the generator does not know: first place met, and how many places use it.
    unknown_formats: BTreeMap<String, (String, usize)>,
    /// The document's security schemes while operations are lowered (auth from the document).
    security: Option<security::State>,
}

impl<'a, 'd> Lowerer<'a, 'd> {
    fn new(root: &'a Value, diags: &'d mut Diagnostics) -> Self {
        Self {
            root,
            resolver: Resolver::new(root),
            diags,
            config_diags: Diagnostics::default(),
            type_names: Namespace::with_reserved(templates::ROOT_TYPES, "a name the crate root defines or imports"),
            method_names: Namespace::with_reserved(
                templates::CLIENT_METHODS.iter().chain(templates::TRAIT_METHODS),
                "a method `Client` already has",
            ),
            builder_names: Namespace::with_reserved(
                templates::BUILDER_METHODS.iter().chain(templates::TRAIT_METHODS),
                "a method `ClientBuilder` already has",
            ),
            // Request builders are named beside the prelude's types their modules use, and the
            // generic builder and trait they are made of.
            request_names: Namespace::with_reserved(
                templates::ROOT_TYPES.iter().chain(templates::REQUEST_TYPES),
                "a name the requests module uses",
            ),
            slots: HashMap::new(),
            defs: Vec::new(),
            depth: 0,
            options: Options::default(),
            unknown_formats: BTreeMap::new(),
            security: None,
        }
    }

    /// Reserves a name for the type at `pointer` and returns its slot.
    fn declare(&mut self, pointer: &str, hint: &str, nullable: bool) -> Slot {
        let wanted = naming::pascal_ident(hint);
        // Names the crate root or a template holds are renamed, with a warning; the document's
        // own collisions (inline schemas named alike) are resolved quietly.
        let holder = self.type_names.owner(&wanted).filter(|holder| !holder.is_empty()).map(str::to_owned);
        let name = self.type_names.claim(&wanted);
        if let Some(holder) = holder {
            self.diags.warn(pointer, format!("type name `{wanted}` is taken ({holder}); using `{name}`"));
        }
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
