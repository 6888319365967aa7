//! The generator's own model of an API: plain data, already named and sanitized.
//!
//! Lowering builds it from the document; emitters read only this, never the document. Every
//! `name` here is a valid Rust identifier (no raw identifiers), unique in its scope; every `wire`
//! is the name as the document and the server spell it.

/// One API, ready to emit.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// The crate to emit.
    pub krate: CrateIdentity,
    pub title: String,
    /// `info.version`.
    pub version: String,
    pub description: Option<String>,
    /// Servers in document order; the first is the default base URL.
    pub servers: Vec<Server>,
    /// Named types in a stable order (document order of first appearance).
    pub types: Vec<TypeDef>,
    pub operations: Vec<Operation>,
    /// What the API's configured templates add (auth, client header, pagination), in the order
    /// their modules are declared; every name in them is already claimed in the crate's
    /// namespaces.
    pub extensions: Vec<Extension>,
    /// Authentication derived from the document's security schemes, when the configuration
    /// selects no auth template (the module of the `auth/document` extension implements it).
    pub security: Option<Security>,
    /// The cargo features operations are grouped behind, by feature name; empty when the crate
    /// is not grouped (see `config::FeatureGroups`).
    pub groups: Vec<FeatureGroup>,
}

/// A cargo feature that builds one group of operations and the types only they reach.
#[derive(Debug, Clone, PartialEq)]
pub struct FeatureGroup {
    /// The feature's name (`kebab-case`).
    pub feature: String,
    /// The tag (or first path segment) it groups, as the document writes it.
    pub title: String,
    pub operations: usize,
    /// Types built only with this feature.
    pub types: usize,
}

/// Authentication read from the document: the schemes the client honours, in document order.
/// Each operation's [`Operation::security`] names them by index.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Security {
    /// The module implementing it (`auth`), which also defines the crate's `ClientBuilder`.
    pub module: String,
    pub schemes: Vec<SecurityScheme>,
}

/// One security scheme the client honours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecurityScheme {
    /// Its key under `components/securitySchemes` (`bearerAuth`).
    pub name: String,
    /// The constant naming it in the auth module (`BEARER_AUTH`), unique there.
    pub ident: String,
    pub pointer: String,
    pub description: Option<String>,
    pub kind: SchemeKind,
}

/// How a scheme's credential travels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemeKind {
    /// `Authorization: Bearer <token>`, the token supplied by the user (http `bearer`,
    /// `openIdConnect`, OAuth2 flows other than client credentials).
    Bearer,
    /// `Authorization: Basic base64(user:password)`.
    Basic,
    /// An API key in a header, query parameter or cookie of this name.
    ApiKey { location: ParamLocation, name: String },
    /// OAuth2 client credentials: the client requests a token from `token_url` (absolute, or
    /// relative to the base URL) with `scopes` (those the document's requirements ask of it, in
    /// order of first appearance), caches it and renews it.
    ClientCredentials { token_url: String, scopes: Vec<String> },
}

/// Cargo package name (`kebab-case`) and version of the generated crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrateIdentity {
    pub name: String,
    pub version: String,
    /// Where the crate's HTTP runtime comes from.
    pub runtime: crate::config::Runtime,
}

impl CrateIdentity {
    /// The name as Rust code spells it (`cocoapp_core`).
    pub fn ident(&self) -> String {
        self.name.replace('-', "_")
    }
}

/// One template's contribution to the crate: a module rendered from the template, and the
/// names it defines, as lowering chose them.
#[derive(Debug, Clone, PartialEq)]
pub struct Extension {
    /// The template (`auth/bearer`), rendered into `src/<module>.rs`.
    pub template: String,
    pub module: String,
    /// The template's own parameters (from the configuration), as a JSON object.
    pub params: serde_json::Value,
    /// Methods it adds to `ClientBuilder`, in the order a usage example calls them.
    pub builder_methods: Vec<MethodUse>,
    /// Methods it adds to `Client`.
    pub client_methods: Vec<MethodUse>,
    /// Types it adds, re-exported at the crate root.
    pub root_types: Vec<NamedItem>,
    /// A call `Client::builder()` always makes on the builder for it (`session(auth::X::shared())`).
    pub builder_setup: Option<String>,
    /// Optional dependencies its code needs (`futures`).
    pub dependencies: Vec<String>,
}

/// A name a template defines: `key` is how the template refers to it (`{{ names.<key> }}`),
/// `name` the identifier lowering claimed for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedItem {
    pub key: String,
    pub name: String,
}

/// A method a template adds, with what a caller passes to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodUse {
    pub item: NamedItem,
    pub args: Vec<Argument>,
    /// An `async` method (awaited in examples).
    pub is_async: bool,
    /// Part of the usage example of the crate's documentation and README.
    pub in_example: bool,
}

/// An argument of a template's method: a placeholder for documentation, and what the value is,
/// so that tools driving the crate (the Prism smoke programs) can choose a real one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Argument {
    /// Rust expression shown in examples (`"<api key>"`, `12345`).
    pub example: String,
    pub value: ArgumentValue,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgumentValue {
    /// Sent as this parameter with every request: any text the parameter accepts.
    Parameter { location: ParamLocation, wire: String },
    /// A credential of the user's (token, user name, password): any text.
    Secret,
    /// A field of the JSON body of the operation `method path` (sign-in login or password).
    BodyField { method: HttpMethod, path: String, field: String },
    /// A variant of the enum type `ty` (a root type of the same extension), by Rust name.
    Variant { ty: String, variant: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Server {
    /// URL with server variables replaced by their defaults; may be relative (`/api/v1`).
    pub url: String,
    pub description: Option<String>,
}

/// A reference to a Rust type, as a field, parameter or body would use it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeRef {
    Bool,
    I32,
    I64,
    U32,
    U64,
    F32,
    F64,
    String,
    /// `format: date-time`
    DateTime,
    /// `format: date`
    Date,
    /// `format: uuid`
    Uuid,
    /// Raw bytes (`format: binary` outside JSON, octet-stream bodies, files).
    Bytes,
    /// Any JSON value (the empty schema, or what cannot be typed more precisely).
    Json,
    /// A generated type, by its Rust name.
    Named(String),
    Vec(Box<TypeRef>),
    /// String-keyed map (`additionalProperties`).
    Map(Box<TypeRef>),
    /// A value that may be `null`.
    Option(Box<TypeRef>),
}

impl TypeRef {
    /// Pushes the named types it mentions anywhere (`Vec<T>`, maps and `Option` included).
    pub fn push_named(&self, out: &mut Vec<String>) {
        match self {
            TypeRef::Named(name) => out.push(name.clone()),
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Option(inner) => inner.push_named(out),
            _ => {}
        }
    }
}

/// A named generated type.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    pub name: String,
    pub doc: Option<String>,
    /// Where the schema stands in the document (JSON pointer).
    pub pointer: String,
    pub kind: TypeKind,
    /// The feature it is built under, when only one group's operations reach it.
    pub group: Option<String>,
    /// When several groups' operations (not all) reach it: their features, any of which builds it.
    pub used_by: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    Struct(Struct),
    /// A string enum; the emitter always adds a catch-all variant keeping unknown values.
    StringEnum(Vec<EnumVariant<String>>),
    /// An integer enum; unknown values are kept too.
    IntEnum(Vec<EnumVariant<i64>>),
    OneOf(OneOf),
    /// `pub type Name = Target;`
    Alias(TypeRef),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// Extra keys beside the declared properties (`additionalProperties` with `properties`),
    /// emitted as a flattened map.
    pub additional: Option<TypeRef>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    pub wire: String,
    pub doc: Option<String>,
    /// The value's type when present and not null.
    pub ty: TypeRef,
    pub presence: Presence,
    /// Set by lowering for fields that close a cycle of directly contained types.
    pub boxed: bool,
    /// A schema default, applied when the field is absent on decode.
    pub default: Option<DefaultValue>,
    pub read_only: bool,
    pub write_only: bool,
    pub deprecated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// Always present, never null: `T`.
    Required,
    /// Always present, may be null: `Option<T>`, serialized as `null` when `None`.
    RequiredNullable,
    /// May be absent (or null): `Option<T>`, skipped when `None`.
    Optional,
    /// Absent means the default: `T` with `#[serde(default = ...)]`.
    Defaulted,
}

/// A default value that can be written as a Rust expression.
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultValue {
    Bool(bool),
    Int(i64),
    Float(f64),
    String(String),
    /// A variant of a generated enum, by Rust variant name.
    EnumVariant { ty: String, variant: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnumVariant<T> {
    pub name: String,
    pub value: T,
    pub doc: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OneOf {
    pub variants: Vec<OneOfVariant>,
    /// Property whose value selects the variant; `None` means untagged (first variant that fits).
    pub discriminator: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OneOfVariant {
    pub name: String,
    pub ty: TypeRef,
    /// Discriminator values that select this variant (empty when untagged).
    pub tags: Vec<String>,
    pub doc: Option<String>,
    /// Set by lowering for variants that close a cycle of directly contained types.
    pub boxed: bool,
}

/// One HTTP operation, emitted as an async method on `Client`.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// Method name (snake_case).
    pub name: String,
    pub method: HttpMethod,
    /// Path template as written in the document (`/contacts/{id}`), with a leading `/`.
    pub path: PathTemplate,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    pub pointer: String,
    /// Parameters in document order, each with its Rust name.
    pub params: Vec<Parameter>,
    /// Name of the operation's request builder (in the crate's `requests` module).
    pub builder: String,
    pub body: Option<RequestBody>,
    pub responses: Responses,
    /// Set when the operation is a paged list in the API's pagination style.
    pub pagination: Option<Paging>,
    /// With [`Api::security`]: the credentials the operation accepts, alternatives in document
    /// order, each a set of indices into [`Security::schemes`] sent together (an empty set: no
    /// credentials needed). An empty list sends no credentials. `None` without `Api::security`.
    pub security: Option<Vec<Vec<usize>>>,
    /// The feature it is built under, in a grouped crate.
    pub group: Option<String>,
}

/// The HTTP methods an OpenAPI path item can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HttpMethod {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl HttpMethod {
    pub const ALL: [HttpMethod; 8] = [
        HttpMethod::Get,
        HttpMethod::Put,
        HttpMethod::Post,
        HttpMethod::Delete,
        HttpMethod::Options,
        HttpMethod::Head,
        HttpMethod::Patch,
        HttpMethod::Trace,
    ];

    /// Upper case, as on the wire and in `reqwest::Method`'s constants (`GET`).
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Options => "OPTIONS",
            HttpMethod::Head => "HEAD",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Trace => "TRACE",
        }
    }

    /// The method of a path item's key (`get`), case-insensitively.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str().eq_ignore_ascii_case(key))
    }
}

impl std::fmt::Display for HttpMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A path template (`/contacts/{id}/lists`), parsed once: literal text and `{variable}`s. An
/// unclosed `{` and an empty `{}` are literal text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathTemplate {
    text: String,
    segments: Vec<PathSegment>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSegment {
    Literal(String),
    Variable(String),
}

impl PathTemplate {
    pub fn parse(text: &str) -> Self {
        let mut segments = Vec::new();
        let mut literal = String::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else { break };
            let name = &after[..close];
            literal.push_str(&rest[..open]);
            if name.is_empty() {
                literal.push_str("{}");
            } else {
                if !literal.is_empty() {
                    segments.push(PathSegment::Literal(std::mem::take(&mut literal)));
                }
                segments.push(PathSegment::Variable(name.to_owned()));
            }
            rest = &after[close + 1..];
        }
        literal.push_str(rest);
        if !literal.is_empty() {
            segments.push(PathSegment::Literal(literal));
        }
        Self { text: text.to_owned(), segments }
    }

    /// The template as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn segments(&self) -> &[PathSegment] {
        &self.segments
    }

    /// The variables' names, each once, in order of first appearance.
    pub fn variables(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for segment in &self.segments {
            if let PathSegment::Variable(name) = segment {
                if !names.contains(&name.as_str()) {
                    names.push(name);
                }
            }
        }
        names
    }
}

impl std::fmt::Display for PathTemplate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// How a paged list operation pages.
#[derive(Debug, Clone, PartialEq)]
pub struct Paging {
    /// Field of the request builder holding the page number (or offset, or cursor); `None` when
    /// the stream follows the URLs the server gives instead.
    pub page_field: Option<String>,
    /// How the next page is found.
    pub next: crate::templates::NextPage,
    /// Field of the request builder holding the page size (or limit), if any.
    pub size_field: Option<String>,
    /// Field of the success body holding the page's items; `None`: the body is the array.
    pub items_field: Option<String>,
    /// Whether that field is an `Option<Vec<_>>`.
    pub items_optional: bool,
    pub item: TypeRef,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamStyle {
    Simple,
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    Label,
    Matrix,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    pub name: String,
    pub wire: String,
    pub location: ParamLocation,
    pub ty: TypeRef,
    /// Required parameters are method arguments; the others are setters of the request builder.
    pub required: bool,
    pub style: ParamStyle,
    pub explode: bool,
    pub doc: Option<String>,
    /// The document's example value, as JSON text.
    pub example: Option<String>,
    pub deprecated: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RequestBody {
    /// The exact media type sent as `Content-Type`.
    pub media_type: String,
    pub kind: BodyKind,
    pub required: bool,
    pub doc: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum BodyKind {
    /// JSON (any `+json` media type too), serialized with serde_json.
    Json(TypeRef),
    /// `application/x-www-form-urlencoded`.
    Form(TypeRef),
    /// `multipart/form-data`, with its own generated struct.
    Multipart(MultipartForm),
    /// Raw bytes (`application/octet-stream`, images, anything unknown).
    Bytes,
    /// `text/*`.
    Text,
}

impl BodyKind {
    /// Whether the body is held in memory, so a request can be copied and sent again (a paged
    /// list's next page); streams and multipart forms go out once.
    pub fn is_resendable(&self) -> bool {
        matches!(self, BodyKind::Json(_) | BodyKind::Form(_) | BodyKind::Text)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct MultipartForm {
    pub name: String,
    pub doc: Option<String>,
    pub fields: Vec<MultipartField>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MultipartField {
    pub name: String,
    pub wire: String,
    pub doc: Option<String>,
    pub required: bool,
    pub kind: MultipartFieldKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum MultipartFieldKind {
    /// A file part (`format: binary`, `type: file`).
    File,
    /// Several file parts under one name.
    Files,
    /// A text part holding the value: strings as they are, other values as JSON.
    Value(TypeRef),
}

/// Which response statuses a response description covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatusMatch {
    Code(u16),
    /// `4XX` style ranges, by first digit.
    Range(u8),
    Default,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ResponseBody {
    /// No body (or one the document does not describe).
    Empty,
    /// A JSON body of this type; `media_type` is the exact one documented.
    Json { ty: TypeRef, media_type: String },
    Text,
    Bytes,
    /// A documented 3xx: the runtime's `Redirect` (status and `Location`), not followed.
    Redirect,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub status: StatusMatch,
    pub body: ResponseBody,
    pub doc: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Responses {
    /// Successful responses, most specific first.
    pub success: Vec<Response>,
    /// How the success value is returned.
    pub success_shape: SuccessShape,
    /// Documented error responses with a typed body, most specific first.
    pub errors: Vec<Response>,
    pub error_shape: ErrorShape,
    /// Documented error statuses without a JSON body: their raw body is kept.
    pub untyped_errors: Vec<StatusMatch>,
    /// `Accept` header value: the documented response media types, comma separated.
    pub accept: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SuccessShape {
    /// Every success status shares this body.
    Single(ResponseBody),
    /// Different bodies per status: an enum with one variant per success response (same order
    /// as `Responses::success`).
    Enum { name: String, variants: Vec<String> },
}

#[derive(Debug, Clone, PartialEq)]
pub enum ErrorShape {
    /// No typed error body: error statuses keep the raw body.
    None,
    /// Every documented error body has this type.
    Single(TypeRef),
    /// Different types per status: an enum with one variant per error response (same order as
    /// `Responses::errors`), each holding its decoded body.
    Enum { name: String, variants: Vec<String> },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_templates_parse_once() {
        let path = PathTemplate::parse("/a/{x}/b/{y}.{fmt}/{x}");
        assert_eq!(path.variables(), vec!["x", "y", "fmt"]);
        assert_eq!(path.as_str(), "/a/{x}/b/{y}.{fmt}/{x}");
        assert_eq!(path.segments()[0], PathSegment::Literal("/a/".into()));
        assert_eq!(path.segments()[1], PathSegment::Variable("x".into()));
        // An unclosed brace and an empty pair are text.
        let path = PathTemplate::parse("/a/{}/{unclosed");
        assert!(path.variables().is_empty());
        assert_eq!(path.segments(), &[PathSegment::Literal("/a/{}/{unclosed".into())]);
        assert!(PathTemplate::parse("").segments().is_empty());
    }

    #[test]
    fn http_methods_from_path_item_keys() {
        assert_eq!(HttpMethod::from_key("get"), Some(HttpMethod::Get));
        assert_eq!(HttpMethod::from_key("parameters"), None);
        assert_eq!(HttpMethod::Patch.to_string(), "PATCH");
    }
}
