//! What to generate: crate identity and the API's quirks, each naming one template.
//!
//! The generator's core knows kinds of auth and pagination ("bearer", "header key + account
//! parameter", "session sign-in", "page number with meta"...), never particular APIs: an API picks
//! its kinds and their parameters in its `api.toml`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// What to generate: the one entry point of the library's configuration. Start from
/// [`Config::new`] (or an `api.toml` through [`ApiFile`]) and chain the setters; new settings
/// may be added in any release, so the struct cannot be built literally.
///
/// ```
/// use codegen::config::{Auth, Config, Pagination};
///
/// let config = Config::new("petstore-client")
///     .crate_version("1.2.0")
///     .auth(Auth::Bearer)
///     .pagination(Pagination::PageMeta)
///     .overlay("corrections.yaml")
///     .deny_warnings(true);
/// assert_eq!(config.crate_version, "1.2.0");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
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
    /// Where the generated crate gets its HTTP runtime (embedded unless set).
    pub runtime: Runtime,
    /// Whether operations are grouped behind cargo features (see [`FeatureGroups`]).
    pub feature_groups: FeatureGroups,
}

/// Operations grouped behind cargo features, one per tag (or first path segment when an
/// operation has no tag), all on by default: a user who needs one area of a large API compiles
/// that area only (`default-features = false, features = ["repos"]`). Types only one group's
/// operations reach are built with that group; a type several groups reach, when any of them is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FeatureGroups {
    /// Grouped when the document has at least [`FeatureGroups::AUTO_OPERATIONS`] operations.
    #[default]
    Auto,
    /// Grouped whatever the document's size.
    On,
    /// One crate without features.
    Off,
}

impl FeatureGroups {
    /// The size from which `Auto` groups: below it a crate compiles in seconds whole.
    pub const AUTO_OPERATIONS: usize = 150;

    /// Whether a document with this many operations is grouped.
    pub fn applies(self, operations: usize) -> bool {
        match self {
            FeatureGroups::Auto => operations >= Self::AUTO_OPERATIONS,
            FeatureGroups::On => true,
            FeatureGroups::Off => false,
        }
    }
}

/// Where a generated crate gets its HTTP runtime (requests, retries, redirects, errors).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Runtime {
    /// A copy of it, as the crate's `src/runtime.rs`: the crate builds on its own.
    #[default]
    Embedded,
    /// A dependency on the `openapi-client-runtime` crate: `Error`, `RetryPolicy` and the other
    /// runtime types are then one type across every client that shares it, and a runtime fix is
    /// one release.
    Crate {
        /// Its folder, relative to the generated crate's (`../../runtime`), or absolute.
        path: String,
        /// The version required (the runtime's own, `0.1.0`).
        version: String,
    },
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
            runtime: Runtime::Embedded,
            feature_groups: FeatureGroups::Auto,
        }
    }

    /// The first version of the crate (`0.1.0` unless set).
    pub fn crate_version(mut self, version: impl Into<String>) -> Self {
        self.crate_version = version.into();
        self
    }

    /// Turns every warning into an error.
    pub fn deny_warnings(mut self, deny: bool) -> Self {
        self.deny_warnings = deny;
        self
    }

    /// The method name of an operation, by operationId or `"METHOD /path"`.
    pub fn method_name(mut self, operation: impl Into<String>, name: impl Into<String>) -> Self {
        self.method_names.insert(operation.into(), name.into());
        self
    }

    /// The base URL to use instead of the document's first server.
    pub fn default_server(mut self, url: impl Into<String>) -> Self {
        self.default_server = Some(url.into());
        self
    }

    /// How the client authenticates, instead of what the document says.
    pub fn auth(mut self, auth: Auth) -> Self {
        self.auth = auth;
        self
    }

    /// A header set once on the client from a fixed set of values.
    pub fn client_header(mut self, header: ClientHeader) -> Self {
        self.client_header = Some(header);
        self
    }

    /// How list operations are paged.
    pub fn pagination(mut self, pagination: Pagination) -> Self {
        self.pagination = pagination;
        self
    }

    /// A folder besides the document's own whose files `$ref`s may bring in.
    pub fn allow_ref_root(mut self, dir: impl Into<PathBuf>) -> Self {
        self.allowed_ref_roots.push(dir.into());
        self
    }

    /// Where the generated crate gets its HTTP runtime (see [`Runtime`]).
    pub fn runtime(mut self, runtime: Runtime) -> Self {
        self.runtime = runtime;
        self
    }

    /// Whether operations are grouped behind cargo features (see [`FeatureGroups`]).
    pub fn feature_groups(mut self, groups: FeatureGroups) -> Self {
        self.feature_groups = groups;
        self
    }

    /// An OpenAPI Overlay applied to the document before generation (after those added before).
    pub fn overlay(mut self, path: impl Into<PathBuf>) -> Self {
        self.overlays.push(path.into());
        self
    }
}

/// An `api.toml`: the configuration file of one API, as `cargo xtask codegen` reads
/// `specs/<api>/api.toml` and `generate --config FILE` reads a user's.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiFile {
    /// Cargo package name of the generated crate; also its folder under `generated/`.
    pub crate_name: String,
    /// The version of the crate's first release; later ones are decided by `codegen` from the
    /// API diff and recorded in `generated/<crate>/public-api.txt`.
    #[serde(default)]
    pub crate_version: Option<String>,
    /// The API document, relative to the config file.
    pub spec: PathBuf,
    /// Where the spec's content comes from (a documentation page, the published document a
    /// hand-written spec is based on): for reviewers only, never fetched.
    #[serde(default)]
    pub source: Option<String>,
    /// The URL of the published document when the spec file is that document as published (not
    /// written by the project): `cargo xtask fetch-specs` downloads it, normalizes it and
    /// replaces the spec file.
    #[serde(default)]
    pub upstream: Option<String>,
    /// Auth template and its parameters (`[auth] template = "bearer"`...).
    #[serde(default)]
    pub auth: Auth,
    /// Pagination template (`[pagination] template = "json-api"`...).
    #[serde(default)]
    pub pagination: Pagination,
    /// A header chosen once per client from a fixed set of values (e.g. `Accept-Language`).
    #[serde(default)]
    pub client_header: Option<ClientHeader>,
    /// Base URL to use instead of the document's first server.
    #[serde(default)]
    pub default_server: Option<String>,
    /// Method names chosen by hand: operationId (or `"METHOD /path"`) = method name.
    #[serde(default)]
    pub method_names: BTreeMap<String, String>,
    /// OpenAPI Overlays applied in order to the spec before generation, relative to the config
    /// file: the project's corrections to a published document, kept beside it.
    #[serde(default)]
    pub overlays: Vec<PathBuf>,
    /// Operations grouped behind cargo features: `"auto"` (from 150 operations), `"on"`, `"off"`.
    #[serde(default)]
    pub feature_groups: FeatureGroups,
}

impl ApiFile {
    /// Reads and checks the file at `path`; the error names the file and the problem.
    pub fn read(path: &Path) -> Result<ApiFile, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
        toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// The document to generate from and the [`Config`], paths relative to the file's folder
    /// (`path` is where the file was read from).
    pub fn into_config(self, path: &Path) -> (PathBuf, Config) {
        let dir = path.parent().unwrap_or(Path::new(""));
        let mut config = Config::new(self.crate_name);
        config.source = Some(path.to_path_buf());
        config.overlays = self.overlays.iter().map(|overlay| dir.join(overlay)).collect();
        if let Some(version) = self.crate_version {
            config.crate_version = version;
        }
        config.method_names = self.method_names;
        config.default_server = self.default_server;
        config.auth = self.auth;
        config.pagination = self.pagination;
        config.client_header = self.client_header;
        config.feature_groups = self.feature_groups;
        (dir.join(self.spec), config)
    }
}

/// Crate names Cargo refuses for a new package besides keywords: the standard library's crates,
/// which the generated crate could not be told apart from.
const RESERVED_CRATE_NAMES: &[&str] = &["alloc", "core", "proc_macro", "proc-macro", "std", "test"];

/// The longest crate name crates.io accepts.
const MAX_CRATE_NAME: usize = 64;

impl Config {
    /// What is wrong with the crate's identity, if anything. The name and version are written
    /// into the generated `Cargo.toml` and the name becomes a Rust path in its docs, so they are
    /// held to the rules of Cargo and crates.io, and to SemVer.
    pub fn identity_problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if let Err(rule) = check_crate_name(&self.crate_name) {
            problems.push(format!("crate name {:?}: {rule}", self.crate_name));
        }
        if let Err(rule) = check_crate_version(&self.crate_version) {
            problems.push(format!("crate version {:?} {rule}", self.crate_version));
        }
        problems
    }
}

/// Checks a crate version as SemVer; the error says why not.
pub fn check_crate_version(version: &str) -> Result<(), String> {
    semver::Version::parse(version)
        .map(drop)
        .map_err(|error| format!("is not a SemVer version such as 0.1.0 ({error})"))
}

/// Checks a crate name against the rules of Cargo and crates.io; the error names the rule.
pub fn check_crate_name(name: &str) -> Result<(), String> {
    let Some(first) = name.chars().next() else {
        return Err("a crate name cannot be empty".to_owned());
    };
    if let Some(bad) = name.chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_')) {
        return Err(format!(
            "only ASCII letters, digits, `-` and `_` may appear in a crate name, not {:?}",
            bad
        ));
    }
    if !first.is_ascii_alphabetic() {
        return Err("a crate name must start with an ASCII letter".to_owned());
    }
    if name.len() > MAX_CRATE_NAME {
        return Err(format!("a crate name has at most {MAX_CRATE_NAME} characters (crates.io's limit)"));
    }
    let ident = name.replace('-', "_");
    if crate::naming::is_keyword(&ident) {
        return Err(format!("`{ident}` is a Rust keyword, so the crate could not be named in a `use`"));
    }
    if RESERVED_CRATE_NAMES.contains(&name) {
        return Err("the name of a standard library crate is reserved".to_owned());
    }
    Ok(())
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
    /// RFC 8288 `Link: <url>; rel="next"` response headers (GitHub's style): each page's URL is
    /// the one the previous page links to; the stream ends at a page without a `next` link.
    LinkHeader(LinkHeader),
    /// A response header holding the next page's URL (Kinto's `Next-Page`); the stream ends at a
    /// page without it.
    NextPageHeader(NextPageHeader),
    /// A cursor in the response body, sent back as a query parameter (`?cursor=...`); the stream
    /// ends when the body has no cursor (absent, null or empty).
    Cursor(Cursor),
}

/// [`Pagination::LinkHeader`]: which operations page, and where their items are.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkHeader {
    /// Query parameters that mark a list as paged (an operation with any of them, optional, is
    /// one). Default `["page", "per_page"]`.
    #[serde(default = "default_link_params")]
    pub page_params: Vec<String>,
    /// Wire name of the body field holding the items; by default the body itself when it is an
    /// array, else its first array field.
    #[serde(default)]
    pub items_field: Option<String>,
}

/// [`Pagination::NextPageHeader`]: the header, which operations page, and where their items are.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextPageHeader {
    /// The response header holding the next page's URL. Default `Next-Page`.
    #[serde(default = "default_next_page_header")]
    pub header: String,
    /// Query parameters that mark a list as paged. Default `["_limit"]`.
    #[serde(default = "default_next_page_params")]
    pub page_params: Vec<String>,
    /// Wire name of the body field holding the items; by default the body itself when it is an
    /// array, else its first array field.
    #[serde(default)]
    pub items_field: Option<String>,
}

/// [`Pagination::Cursor`]: where the cursor is read and how it is sent back.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cursor {
    /// The query parameter that takes the cursor; an operation with it (optional) is a paged
    /// list. Default `cursor`.
    #[serde(default = "default_cursor_param")]
    pub cursor_param: String,
    /// JSON pointer of the next cursor in the response body (`/meta/next_cursor`,
    /// `/response_metadata/next_cursor`).
    pub cursor_field: String,
    /// Wire name of the body field holding the items; by default the body's first array field.
    #[serde(default)]
    pub items_field: Option<String>,
}

fn default_link_params() -> Vec<String> {
    vec!["page".to_owned(), "per_page".to_owned()]
}

fn default_next_page_header() -> String {
    "Next-Page".to_owned()
}

fn default_next_page_params() -> Vec<String> {
    vec!["_limit".to_owned()]
}

fn default_cursor_param() -> String {
    "cursor".to_owned()
}

impl Pagination {
    pub fn template_name(&self) -> &'static str {
        match self {
            Pagination::None => "none",
            Pagination::JsonApi => "json-api",
            Pagination::Laravel => "laravel",
            Pagination::OffsetLimit => "offset-limit",
            Pagination::PageMeta => "page-meta",
            Pagination::LinkHeader(_) => "link-header",
            Pagination::NextPageHeader(_) => "next-page-header",
            Pagination::Cursor(_) => "cursor",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crate_names_follow_cargo_and_crates_io() {
        for good in ["petstore", "cocoapp-core", "a_b-c9", "x"] {
            assert_eq!(check_crate_name(good), Ok(()), "{good}");
        }
        let bad = [
            ("", "cannot be empty"),
            ("x\"\nbuild = \"pwn.rs", "not '\"'"),
            ("../evil", "not '.'"),
            ("a/b", "not '/'"),
            ("has space", "not ' '"),
            ("café", "not 'é'"),
            ("9lives", "must start with an ASCII letter"),
            ("-dash", "must start with an ASCII letter"),
            ("fn", "Rust keyword"),
            ("self", "Rust keyword"),
            ("std", "standard library"),
            ("proc-macro", "standard library"),
        ];
        for (name, rule) in bad {
            let error = check_crate_name(name).expect_err(name);
            assert!(error.contains(rule), "{name:?}: {error}");
        }
        assert!(check_crate_name(&"a".repeat(64)).is_ok());
        assert!(check_crate_name(&"a".repeat(65)).unwrap_err().contains("at most 64"));
    }

    #[test]
    fn pagination_styles_read_from_api_toml_with_their_defaults() {
        let read = |pagination: &str| -> Result<Pagination, String> {
            let text = format!("crate_name = \"x\"\nspec = \"x.yaml\"\npagination = {pagination}\n");
            toml::from_str::<ApiFile>(&text).map(|file| file.pagination).map_err(|e| e.to_string())
        };
        assert_eq!(
            read(r#"{ template = "link-header" }"#),
            Ok(Pagination::LinkHeader(LinkHeader { page_params: vec!["page".into(), "per_page".into()], items_field: None }))
        );
        assert_eq!(
            read(r#"{ template = "next-page-header", items_field = "data" }"#),
            Ok(Pagination::NextPageHeader(NextPageHeader {
                header: "Next-Page".into(),
                page_params: vec!["_limit".into()],
                items_field: Some("data".into()),
            }))
        );
        assert_eq!(
            read(r#"{ template = "cursor", cursor_field = "/meta/next_cursor", cursor_param = "after" }"#),
            Ok(Pagination::Cursor(Cursor {
                cursor_param: "after".into(),
                cursor_field: "/meta/next_cursor".into(),
                items_field: None,
            }))
        );
        let missing = read(r#"{ template = "cursor" }"#).unwrap_err();
        assert!(missing.contains("cursor_field"), "{missing}");
        let unknown = read(r#"{ template = "link-header", header = "Link" }"#).unwrap_err();
        assert!(unknown.contains("header"), "{unknown}");
    }

    #[test]
    fn identity_problems_name_the_field_and_the_rule() {
        let mut config = Config::new("x\"\nbuild = \"pwn.rs");
        config.crate_version = "1.0\"\n[lib]".to_owned();
        let problems = config.identity_problems();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].starts_with("crate name \"x\\\"\\nbuild"), "{}", problems[0]);
        assert!(problems[1].starts_with("crate version ") && problems[1].contains("SemVer"), "{}", problems[1]);
        assert!(Config::new("ok").identity_problems().is_empty());
    }

    #[test]
    fn names_from_any_title_are_valid_crate_names() {
        let mut rng = crate::TestRng(0x5eed_c0de);
        let alphabet: Vec<char> = "aZ9 -_./\"\n\té中🦀".chars().collect();
        for title in ["", "Self", "std", "Cocoapp Core API", "42", "fn", "\u{0}"] {
            let name = crate::crate_name_from_title(title);
            assert_eq!(check_crate_name(&name), Ok(()), "{title:?} -> {name:?}");
        }
        for _ in 0..2000 {
            let len = rng.below(90);
            let title: String = (0..len).map(|_| alphabet[rng.below(alphabet.len())]).collect();
            let name = crate::crate_name_from_title(&title);
            assert_eq!(check_crate_name(&name), Ok(()), "{title:?} -> {name:?}");
        }
    }
}
