//! What to generate: crate identity and the API's quirks, each naming one template.
//!
//! The generator's core knows kinds of auth and pagination ("bearer", "header key + account
//! parameter", "session sign-in", "page number with meta"...), never particular APIs: an API picks
//! its kinds and their parameters in its `api.toml`.

use std::collections::BTreeMap;

use serde::Deserialize;

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Cargo package name (`kebab-case`).
    pub crate_name: String,
    pub crate_version: String,
    /// Treat every warning as an error.
    pub deny_warnings: bool,
    /// The file this configuration was read from (an `api.toml`), named in diagnostics about it.
    pub source: Option<std::path::PathBuf>,
    /// Method names chosen by hand, by operationId or by `"METHOD /path"`.
    pub method_names: BTreeMap<String, String>,
    /// Base URL to use instead of the document's first server.
    pub default_server: Option<String>,
    pub auth: Auth,
    /// A header with enumerated values set once on the client (e.g. `Accept-Language`).
    pub client_header: Option<ClientHeader>,
    pub pagination: Pagination,
    /// Folders besides the entry document's whose files `$ref`s may bring in (by default a
    /// `$ref` to a file outside the entry document's folder tree is an error).
    pub allowed_ref_roots: Vec<std::path::PathBuf>,
    /// OpenAPI Overlays applied, in order, to the document as stored, before it is read: the
    /// corrections kept beside a published document.
    pub overlays: Vec<std::path::PathBuf>,
}

impl Config {
    pub fn new(crate_name: impl Into<String>) -> Self {
        Self {
            crate_name: crate_name.into(),
            crate_version: "0.1.0".to_owned(),
            deny_warnings: false,
            source: None,
            method_names: BTreeMap::new(),
            default_server: None,
            auth: Auth::None,
            client_header: None,
            pagination: Pagination::None,
            allowed_ref_roots: Vec::new(),
            overlays: Vec::new(),
        }
    }
}

/// How the client authenticates; each kind is a template under `templates/auth/`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(tag = "template", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Auth {
    /// No credentials (or set by hand with `default_header`).
    #[default]
    None,
    /// `Authorization: Bearer <token>`.
    Bearer,
    /// An API key header plus an account id query parameter on every call.
    HeaderKeyAccount { key_header: String, account_query: String },
    /// Sign in once, then send the tokens the server returns (and rotates) in headers.
    SessionSignIn(SessionSignIn),
    /// An API key query parameter together with HTTP Basic credentials.
    QueryKeyBasic { key_query: String },
}

impl Auth {
    pub fn template_name(&self) -> &'static str {
        match self {
            Auth::None => "none",
            Auth::Bearer => "bearer",
            Auth::HeaderKeyAccount { .. } => "header-key-account",
            Auth::SessionSignIn(_) => "session-sign-in",
            Auth::QueryKeyBasic { .. } => "query-key-basic",
        }
    }
}

/// A sign-in session in the devise_token_auth manner.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionSignIn {
    /// `POST` path that takes the login and password as JSON.
    pub sign_in_path: String,
    #[serde(default = "default_login_field")]
    pub login_field: String,
    #[serde(default = "default_password_field")]
    pub password_field: String,
    /// Response headers that make up the session, sent back on every request.
    pub token_headers: Vec<String>,
    /// Response header giving the session's expiry (Unix seconds), if any.
    #[serde(default)]
    pub expiry_header: Option<String>,
}

fn default_login_field() -> String {
    "email".to_owned()
}

fn default_password_field() -> String {
    "password".to_owned()
}

/// A header whose value is chosen once per client from a fixed set (a typed builder setting).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClientHeader {
    pub header: String,
    /// The Rust enum's name (e.g. `Language`).
    pub type_name: String,
    /// Builder method name (e.g. `language`).
    pub method: String,
    pub values: Vec<String>,
}

/// How list operations page; every kind is a style of `templates/pagination.rs.jinja`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(tag = "template", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Pagination {
    #[default]
    None,
    /// JSON:API: `page[number]`/`page[size]`; items in `data`; ends at `meta.page.last-page` or
    /// when `links.next` is absent.
    JsonApi,
    /// Laravel: `page`/`per_page`; items in `data`; `meta.current_page`/`meta.last_page` (or at
    /// the top level).
    Laravel,
    /// `offset`/`limit` with `{Count, Total, ItemList}`.
    OffsetLimit,
    /// `page` with `meta {current_page, total_count, total_pages}`; items in the response's array
    /// field.
    PageMeta,
}

impl Pagination {
    pub fn template_name(&self) -> &'static str {
        match self {
            Pagination::None => "none",
            Pagination::JsonApi => "json-api",
            Pagination::Laravel => "laravel",
            Pagination::OffsetLimit => "offset-limit",
            Pagination::PageMeta => "page-meta",
        }
    }
}
