//! The code a generated crate gets from files rather than from the document, and what each piece
//! adds to the crate's namespaces.
//!
//! Every crate embeds the HTTP runtime (`runtime/src/lib.rs`, the `openapi-client-runtime`
//! crate's source, with the helpers its structs deserialize through) or depends on that crate. An API's configuration selects quirk templates (auth,
//! a client-wide header, pagination); each is described here once, as data: the methods and types
//! it adds, the parameters it sets on every request, the operations it implements itself. Lowering
//! reserves those names before naming anything from the document (renaming what collides, with a
//! warning) and records the outcome in [`model::Extension`]s; the emitter renders each template
//! with the names lowering chose (`{{ names.<key> }}`), and the usage example and other tools read
//! them from the model. The core knows kinds of quirks, never particular APIs.

use serde_json::{json, Value};

use crate::config::{Auth, ClientHeader, Config, Pagination};
use crate::model::{self, Argument, ArgumentValue, HttpMethod, MethodUse, NamedItem, ParamLocation, SchemeKind};

/// The HTTP runtime: the `openapi-client-runtime` crate's one source file, which a generated
/// crate embeds as `src/runtime.rs` or reaches through its dependency on that crate.
pub const RUNTIME: &str = include_str!("../../runtime/src/lib.rs");
/// The crate's `ClientBuilder`: the runtime's under the crate's name (absent when auth from the
/// document brings its own).
pub const BUILDER: &str = include_str!("../templates/builder.rs");
pub const CARGO_TOML: &str = include_str!("../templates/Cargo.toml.jinja");
/// The `rust-version` every generated `Cargo.toml` claims: the oldest Rust that the dependency
/// graph of the generated crates, as locked in the workspace's Cargo.lock, builds with (uuid 1.29
/// needs 1.89; reqwest's URL parsing, through idna's ICU crates, 1.88). `cargo xtask msrv`
/// checks it, and every generated crate's manifest, against that graph: raise it when the command
/// says so (a `cargo update` can raise the need), then regenerate.
pub const RUST_VERSION: &str = "1.89";
pub const README: &str = include_str!("../templates/README.md.jinja");

/// The quirk templates, by name.
pub const QUIRK_TEMPLATES: &[(&str, &str)] = &[
    ("auth/bearer", include_str!("../templates/auth/bearer.rs.jinja")),
    ("auth/document", include_str!("../templates/auth/document.rs.jinja")),
    ("auth/header-key-account", include_str!("../templates/auth/header-key-account.rs.jinja")),
    ("auth/query-key-basic", include_str!("../templates/auth/query-key-basic.rs.jinja")),
    ("auth/session-sign-in", include_str!("../templates/auth/session-sign-in.rs.jinja")),
    ("client_header", include_str!("../templates/client_header.rs.jinja")),
    ("pagination", include_str!("../templates/pagination.rs.jinja")),
];

/// Inherent methods of `Client` in every crate, besides the operations: those `lib.rs` defines
/// (a test checks this list against a generated `lib.rs`).
pub const CLIENT_METHODS: &[&str] = &["builder", "new", "base_url", "from_runtime", "request", "session"];

/// Inherent methods of the crate's `ClientBuilder` (`templates/builder.rs`; checked against it,
/// and against the runtime's builder it forwards to, by a test).
pub const BUILDER_METHODS: &[&str] = &[
    "with_defaults",
    "with",
    "base_url",
    "http_client_builder",
    "timeout",
    "connect_timeout",
    "user_agent",
    "default_header",
    "default_query",
    "retry",
    "max_response_size",
    "allow_insecure_http",
    "hook",
    "session",
    "build",
];

/// What every operation's request builder has besides its parameters: fields (`client`, `body`,
/// `options`), public methods (`templates`-independent: setters of options, ways to send, paging)
/// and the private ones its module defines. Parameters are named clear of them.
pub const REQUEST_BUILDER_MEMBERS: &[&str] = &[
    "client", "operation", "options", "new", "timeout", "header", "retry", "send", "send_with_response", "send_raw",
    "stream", "pages", "execute", "fetch_page", "into_future", "body",
];

/// The types every `requests` module defines: each operation's builder is a `Call` of its
/// `Operation`, named beside them.
pub const REQUEST_TYPES: &[&str] = &["Call", "Operation"];

/// Trait methods `Client` has (or callers expect to be the standard ones): an inherent method of
/// the same name would shadow them.
pub const TRAIT_METHODS: &[&str] = &["clone", "fmt", "eq", "ne", "into", "from", "to_owned"];

/// Types at the crate root besides the document's: the runtime's re-exports, and prelude and
/// dependency names a generated type must not shadow.
pub const ROOT_TYPES: &[&str] = &[
    "Attempt", "Client", "ClientBuilder", "Download", "Error", "FilePart", "Hook", "Paged", "Redirect", "Response", "RetryPolicy", "Result", "Option", "Some", "None", "Ok",
    "Err", "String", "Vec", "Box", "Default", "Clone", "Copy", "Debug", "Send", "Sync", "Sized", "From", "Into",
    "Iterator", "ToString", "ToOwned", "PartialEq", "Eq", "Ord", "PartialOrd", "Hash", "Drop", "Fn", "FnMut",
    "FnOnce", "AsRef", "AsMut", "Self_", "Value", "Map", "BTreeMap", "Bytes", "Serialize", "Deserialize",
];

/// One selected template, before lowering claims its names.
#[derive(Debug, Clone, PartialEq)]
pub struct Descriptor {
    /// The configuration's key that selected it (`auth`), where diagnostics about it point.
    pub config_key: &'static str,
    /// What it adds, with the names it would like (lowering may rename them).
    pub extension: model::Extension,
    /// Parameters the client sets on every request: not arguments of any operation.
    pub client_params: Vec<(ParamLocation, String)>,
    /// Operations the template implements itself: left out of the generated operations.
    pub replaces: Vec<(HttpMethod, String)>,
    /// For pagination: what makes an operation a paged list.
    pub paging: Option<PagingRule>,
}

/// What makes an operation a paged list: an optional query parameter naming the page (or
/// offset, or cursor), and a success body holding the items in an array field (or being the
/// array, for styles that page by URL).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PagingRule {
    /// The parameter the stream sets to move to another page (`None`: it follows URLs the
    /// server gives).
    pub page_param: Option<String>,
    /// Optional query parameters any of which marks an operation as a paged list.
    pub markers: Vec<String>,
    /// How the next page is found.
    pub next: NextPage,
    /// Page size (or limit) parameter, when the API has one.
    pub size_param: String,
    /// Wire name of the items field; `None`: the body's first array field (or the body itself
    /// when it is an array and `whole_body` is allowed).
    pub items_field: Option<String>,
    /// Whether a body that is itself an array is a page of items.
    pub whole_body: bool,
}

/// How a pagination style finds the next page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextPage {
    /// A page number counting from 1, read from the body's metadata.
    Number,
    /// An offset counting items from 0.
    Offset,
    /// A cursor read from the body and sent back as the page parameter.
    Cursor,
    /// A URL read from the response headers, followed as it is.
    Url,
}

/// The templates a configuration selects, in module order: auth, client header, pagination.
pub fn descriptors(config: &Config) -> Vec<Descriptor> {
    let mut out = Vec::new();
    out.extend(auth(&config.auth));
    out.extend(config.client_header.as_ref().map(client_header));
    out.extend(pagination(&config.pagination));
    out
}

fn item(key: &str, name: &str) -> NamedItem {
    NamedItem { key: key.to_owned(), name: name.to_owned() }
}

fn method(name: &str, args: Vec<Argument>) -> MethodUse {
    MethodUse { item: item(name, name), args, is_async: false, in_example: true }
}

fn arg(example: &str, value: ArgumentValue) -> Argument {
    Argument { example: example.to_owned(), value }
}

fn sends(location: ParamLocation, wire: &str) -> ArgumentValue {
    ArgumentValue::Parameter { location, wire: wire.to_owned() }
}

fn extension(template: &str, module: &str, params: Value) -> model::Extension {
    model::Extension {
        template: template.to_owned(),
        module: module.to_owned(),
        params,
        builder_methods: Vec::new(),
        client_methods: Vec::new(),
        root_types: Vec::new(),
        builder_setup: None,
        dependencies: Vec::new(),
    }
}

fn plain(config_key: &'static str, extension: model::Extension) -> Descriptor {
    Descriptor { config_key, extension, client_params: Vec::new(), replaces: Vec::new(), paging: None }
}

fn auth(auth: &Auth) -> Option<Descriptor> {
    let template = format!("auth/{}", auth.template_name());
    let descriptor = match auth {
        Auth::None => return None,
        Auth::Bearer => {
            let mut ext = extension(&template, "auth", json!({}));
            ext.builder_methods.push(method("bearer_token", vec![arg("\"<token>\"", ArgumentValue::Secret)]));
            plain("auth", ext)
        }
        Auth::HeaderKeyAccount { key_header, account_query } => {
            let params = json!({ "key_header": key_header, "account_query": account_query });
            let mut ext = extension(&template, "auth", params);
            ext.builder_methods.push(method("api_key", vec![arg("\"<api key>\"", sends(ParamLocation::Header, key_header))]));
            ext.builder_methods.push(method("account_id", vec![arg("\"12345\"", sends(ParamLocation::Query, account_query))]));
            let mut descriptor = plain("auth", ext);
            descriptor.client_params =
                vec![(ParamLocation::Header, key_header.clone()), (ParamLocation::Query, account_query.clone())];
            descriptor
        }
        Auth::QueryKeyBasic { key_query } => {
            let params = json!({ "key_query": key_query });
            let mut ext = extension(&template, "auth", params);
            ext.builder_methods.push(method("api_key", vec![arg("\"<key>\"", sends(ParamLocation::Query, key_query))]));
            ext.builder_methods.push(method(
                "basic_auth",
                vec![arg("\"<user>\"", ArgumentValue::Secret), arg("\"<password>\"", ArgumentValue::Secret)],
            ));
            let mut descriptor = plain("auth", ext);
            descriptor.client_params = vec![(ParamLocation::Query, key_query.clone())];
            descriptor
        }
        Auth::SessionSignIn(session) => {
            let params = json!({
                "sign_in_path": session.sign_in_path,
                "login_field": session.login_field,
                "password_field": session.password_field,
                "token_headers": session.token_headers,
                "expiry_header": session.expiry_header,
            });
            let mut ext = extension(&template, "auth", params);
            let field = |name: &str| ArgumentValue::BodyField {
                method: HttpMethod::Post,
                path: session.sign_in_path.clone(),
                field: name.to_owned(),
            };
            let sign_in = MethodUse {
                is_async: true,
                ..method(
                    "sign_in",
                    vec![arg("\"<email>\"", field(&session.login_field)), arg("\"<password>\"", field(&session.password_field))],
                )
            };
            ext.client_methods.push(sign_in);
            ext.client_methods.push(MethodUse { in_example: false, ..method("is_signed_in", Vec::new()) });
            ext.builder_setup = Some("session(auth::SignInSession::shared())".to_owned());
            let mut descriptor = plain("auth", ext);
            descriptor.client_params =
                session.token_headers.iter().map(|header| (ParamLocation::Header, header.clone())).collect();
            descriptor.replaces = vec![(HttpMethod::Post, session.sign_in_path.clone())];
            descriptor
        }
    };
    Some(descriptor)
}

/// The parameters of the `auth/document` template: the schemes lowering read from the document
/// (a scheme-derived auth is a template described as data). Each scheme's builder methods are
/// the extension's, keyed `scheme_<i>` (and `token_url_<i>` for client credentials).
pub fn document_auth_params(security: &model::Security) -> Value {
    let schemes: Vec<Value> = security
        .schemes
        .iter()
        .enumerate()
        .map(|(i, scheme)| {
            let sends = match &scheme.kind {
                SchemeKind::Bearer => "`Authorization: Bearer <token>`".to_owned(),
                SchemeKind::Basic => "HTTP Basic credentials (`Authorization: Basic ...`)".to_owned(),
                SchemeKind::ApiKey { location, name } => {
                    let place = match location {
                        ParamLocation::Query => "query parameter",
                        ParamLocation::Cookie => "cookie",
                        _ => "header",
                    };
                    format!("an API key in the `{name}` {place}")
                }
                SchemeKind::ClientCredentials { .. } => {
                    "OAuth2 client credentials: the client requests `Authorization: Bearer` tokens itself".to_owned()
                }
            };
            let (kind, wire, token_url, scope) = match &scheme.kind {
                SchemeKind::Bearer => ("bearer", None, None, None),
                SchemeKind::Basic => ("basic", None, None, None),
                SchemeKind::ApiKey { location, name } => {
                    let kind = match location {
                        ParamLocation::Query => "query",
                        ParamLocation::Cookie => "cookie",
                        _ => "header",
                    };
                    (kind, Some(name.as_str()), None, None)
                }
                SchemeKind::ClientCredentials { token_url, scopes } => {
                    ("client_credentials", None, Some(token_url.as_str()), Some(scopes.join(" ")))
                }
            };
            json!({
                "index": i,
                // As text: minijinja's integers stop short of 1 << 63.
                "bit": (1u64 << i).to_string(),
                "ident": scheme.ident,
                "name": scheme.name,
                "kind": kind,
                "sends": sends,
                "wire": wire,
                "description": scheme.description,
                "key": format!("scheme_{i}"),
                "token_url": token_url,
                "token_url_key": format!("token_url_{i}"),
                "scope": scope,
            })
        })
        .collect();
    let oauth = schemes.iter().find(|s| s["kind"] == "client_credentials").cloned();
    json!({ "schemes": schemes, "oauth": oauth, "count": security.schemes.len() })
}

fn client_header(header: &ClientHeader) -> Descriptor {
    let mut variant_names = crate::naming::Namespace::new();
    let variants: Vec<Value> = header
        .values
        .iter()
        .map(|value| json!({ "name": variant_names.claim(&crate::naming::pascal_ident(value)), "value": value }))
        .collect();
    let params = json!({ "header": header.header, "variants": variants });
    let mut ext = extension("client_header", "client_header", params);
    let type_name = crate::naming::pascal_ident(&header.type_name);
    let method_name = crate::naming::snake_ident(&header.method);
    ext.root_types.push(item("type_name", &type_name));
    let first = variants.first().and_then(|v| v["name"].as_str()).map(|variant| {
        let value = ArgumentValue::Variant { ty: type_name.clone(), variant: variant.to_owned() };
        arg("", value)
    });
    ext.builder_methods.push(MethodUse {
        item: item("method", &method_name),
        args: first.into_iter().collect(),
        is_async: false,
        in_example: !header.values.is_empty(),
    });
    let mut descriptor = plain("client_header", ext);
    descriptor.client_params = vec![(ParamLocation::Header, header.header.clone())];
    descriptor
}

fn pagination(pagination: &Pagination) -> Option<Descriptor> {
    let numbered = |page: &str, next: NextPage, size: &str, items: Option<&str>| PagingRule {
        page_param: Some(page.to_owned()),
        markers: vec![page.to_owned()],
        next,
        size_param: size.to_owned(),
        items_field: items.map(str::to_owned),
        whole_body: false,
    };
    let by_url = |markers: &[String], items: &Option<String>| PagingRule {
        page_param: None,
        markers: markers.to_vec(),
        next: NextPage::Url,
        size_param: String::new(),
        items_field: items.clone(),
        whole_body: true,
    };
    let (description, rule, extra) = match pagination {
        Pagination::None => return None,
        Pagination::JsonApi => (
            "JSON:API `page[number]`/`page[size]`".to_owned(),
            numbered("page[number]", NextPage::Number, "page[size]", Some("data")),
            json!({}),
        ),
        Pagination::Laravel => {
            ("Laravel `page`/`per_page`".to_owned(), numbered("page", NextPage::Number, "per_page", Some("data")), json!({}))
        }
        Pagination::OffsetLimit => (
            "`offset`/`limit` with `{Count, Total, ItemList}`".to_owned(),
            numbered("offset", NextPage::Offset, "limit", Some("ItemList")),
            json!({}),
        ),
        Pagination::PageMeta => (
            "`page` with `meta {current_page, total_pages}`".to_owned(),
            numbered("page", NextPage::Number, "per_page", None),
            json!({}),
        ),
        Pagination::LinkHeader(link) => (
            "RFC 8288 `Link: <...>; rel=\"next\"` headers".to_owned(),
            by_url(&link.page_params, &link.items_field),
            json!({}),
        ),
        Pagination::NextPageHeader(next) => (
            format!("the next page's URL in the `{}` header", next.header.replace('`', "'")),
            by_url(&next.page_params, &next.items_field),
            json!({ "header": next.header }),
        ),
        Pagination::Cursor(cursor) => {
            let pointer = cursor_pointer(&cursor.cursor_field);
            let description = format!(
                "a cursor read at `{}` in the body, sent back as `{}`",
                pointer.replace('`', "'"),
                cursor.cursor_param.replace('`', "'")
            );
            let mut rule = numbered(&cursor.cursor_param, NextPage::Cursor, "", cursor.items_field.as_deref());
            rule.size_param = String::new();
            (description, rule, json!({ "cursor_pointer": pointer }))
        }
    };
    let mut params = json!({ "style": pagination.template_name(), "description": description });
    if let (Some(params), Some(extra)) = (params.as_object_mut(), extra.as_object()) {
        params.extend(extra.clone());
    }
    let mut ext = extension("pagination", "pagination", params);
    ext.dependencies.push("futures".to_owned());
    if matches!(pagination, Pagination::LinkHeader(_)) {
        ext.dependencies.push("http-link".to_owned());
    }
    Some(Descriptor {
        config_key: "pagination",
        extension: ext,
        client_params: Vec::new(),
        replaces: Vec::new(),
        paging: Some(rule),
    })
}

/// A cursor field as a JSON pointer: `/meta/next_cursor` as it is; `next_cursor` (one key) as
/// `/next_cursor`.
fn cursor_pointer(field: &str) -> String {
    if field.starts_with('/') || field.is_empty() {
        field.to_owned()
    } else {
        format!("/{}", field.replace('~', "~0").replace('/', "~1"))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::config::{Cursor, LinkHeader, NextPageHeader};

    /// Names of the inherent methods of `impl <ty>` blocks in a Rust source.
    fn inherent_methods(source: &str, ty: &str) -> BTreeSet<String> {
        let file = syn::parse_file(source).expect("the runtime parses");
        let mut names = BTreeSet::new();
        for item in file.items {
            let syn::Item::Impl(block) = item else { continue };
            let syn::Type::Path(path) = &*block.self_ty else { continue };
            if block.trait_.is_some() || path.path.segments.last().is_none_or(|s| s.ident != ty) {
                continue;
            }
            for member in block.items {
                if let syn::ImplItem::Fn(function) = member {
                    names.insert(function.sig.ident.to_string());
                }
            }
        }
        names
    }

    #[test]
    fn reserved_lists_match_the_sources() {
        // The crate's builder: exactly the listed methods, forwarding every one of the runtime's.
        let builder = inherent_methods(BUILDER, "ClientBuilder");
        let listed: BTreeSet<String> = BUILDER_METHODS.iter().map(|m| m.to_string()).collect();
        assert_eq!(builder, listed, "BUILDER_METHODS is out of date with templates/builder.rs");
        let runtime = inherent_methods(RUNTIME, "ClientBuilder");
        assert!(runtime.is_subset(&builder), "templates/builder.rs misses {:?}", runtime.difference(&builder).collect::<Vec<_>>());
        // The crate's client: what lib.rs defines.
        let doc = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n";
        let dir = std::env::temp_dir().join(format!("codegen-reserved-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("t.yaml"), doc).unwrap();
        let generated = crate::generate(&dir.join("t.yaml"), &Config::new("t")).expect("generates");
        let _ = std::fs::remove_dir_all(&dir);
        let lib = generated.files.iter().find(|f| f.path.ends_with("lib.rs")).expect("lib.rs");
        let client = inherent_methods(&lib.contents, "Client");
        let listed: BTreeSet<String> = CLIENT_METHODS.iter().map(|m| m.to_string()).collect();
        assert_eq!(client, listed, "CLIENT_METHODS is out of date with the generated lib.rs");
        for ty in ["Attempt", "Download", "Error", "FilePart", "Hook", "Redirect", "RetryPolicy"] {
            assert!(ROOT_TYPES.contains(&ty), "{ty}");
            let declared = ["struct", "enum", "trait"].iter().any(|kind| RUNTIME.contains(&format!("pub {kind} {ty}")));
            assert!(declared, "{ty}");
        }
        assert!(ROOT_TYPES.contains(&"Client") && ROOT_TYPES.contains(&"ClientBuilder"));
    }

    /// Every member a request builder has besides its parameters is listed, so that no
    /// parameter is named like one: fields and methods of the generic builder, the operation's
    /// setters (here `body`), and the methods
    /// the pagination template adds to it (a paged list with an optional body, in a URL style so
    /// that every variant is emitted).
    #[test]
    fn request_builder_members_are_listed() {
        let doc = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /pets:\n    post:\n      operationId: searchPets\n      parameters:\n        - {name: per_page, in: query, schema: {type: integer}}\n      requestBody:\n        content:\n          application/json:\n            schema: {type: object, properties: {q: {type: string}}}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: array, items: {type: string}}\n";
        let mut config = Config::new("t");
        config.pagination = Pagination::LinkHeader(LinkHeader { page_params: vec!["per_page".into()], items_field: None });
        let generated = crate::generate_from_str(doc, std::path::Path::new("t.yaml"), &config).expect("generates");
        let source = |name: &str| {
            let file = generated.files.iter().find(|f| f.path.ends_with(name)).unwrap_or_else(|| panic!("{name}"));
            file.contents.clone()
        };
        let mut members = inherent_methods(&source("requests.rs"), "SearchPets");
        members.extend(inherent_methods(&source("requests.rs"), "Call"));
        members.extend(inherent_methods(&source("pagination.rs"), "SearchPets"));
        let file = syn::parse_file(&source("requests.rs")).expect("requests.rs parses");
        for item in file.items {
            if let syn::Item::Struct(builder) = item {
                members.extend(builder.fields.iter().filter_map(|f| Some(f.ident.as_ref()?.to_string())));
            }
        }
        members.remove("per_page");
        assert!(members.contains("stream") && members.contains("fetch_page"), "{members:?}");
        let listed: BTreeSet<String> = REQUEST_BUILDER_MEMBERS.iter().map(|m| m.to_string()).collect();
        let missing: Vec<&String> = members.difference(&listed).collect();
        assert!(missing.is_empty(), "REQUEST_BUILDER_MEMBERS misses {missing:?}");
    }

    #[test]
    fn every_template_is_known() {
        let mut configs = vec![Config::new("x")];
        for auth in [
            Auth::Bearer,
            Auth::HeaderKeyAccount { key_header: "K".into(), account_query: "a".into() },
            Auth::QueryKeyBasic { key_query: "k".into() },
        ] {
            let mut config = Config::new("x");
            config.auth = auth;
            configs.push(config);
        }
        for pagination in [
            Pagination::JsonApi,
            Pagination::Laravel,
            Pagination::OffsetLimit,
            Pagination::PageMeta,
            Pagination::LinkHeader(LinkHeader { page_params: vec!["page".into()], items_field: None }),
            Pagination::NextPageHeader(NextPageHeader {
                header: "Next-Page".into(),
                page_params: vec!["_limit".into()],
                items_field: None,
            }),
            Pagination::Cursor(Cursor { cursor_param: "cursor".into(), cursor_field: "next".into(), items_field: None }),
        ] {
            let mut config = Config::new("x");
            config.pagination = pagination;
            configs.push(config);
        }
        for config in configs {
            for descriptor in descriptors(&config) {
                let template = &descriptor.extension.template;
                assert!(QUIRK_TEMPLATES.iter().any(|(name, _)| name == template), "{template}");
            }
        }
    }
}
