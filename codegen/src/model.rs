//! The generator's own model of an API: plain data, already named and sanitized.
//!
//! Lowering builds it from the document; emitters read only this, never the document. Every
//! `name` here is a valid Rust identifier (no raw identifiers), unique in its scope; every `wire`
//! is the name as the document and the server spell it.

/// One API, ready to emit.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    pub title: String,
    /// `info.version`.
    pub version: String,
    pub description: Option<String>,
    /// Servers in document order; the first is the default base URL.
    pub servers: Vec<Server>,
    /// Named types in a stable order (document order of first appearance).
    pub types: Vec<TypeDef>,
    pub operations: Vec<Operation>,
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

/// A named generated type.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    pub name: String,
    pub doc: Option<String>,
    /// Where the schema stands in the document (JSON pointer).
    pub pointer: String,
    pub kind: TypeKind,
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
    /// HTTP method, upper case (`GET`).
    pub method: String,
    /// Path template as written in the document (`/contacts/{id}`), with a leading `/`.
    pub path: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    pub pointer: String,
    /// Parameters in document order, each with its Rust name.
    pub params: Vec<Parameter>,
    /// Name of the struct holding the optional parameters, when there are any.
    pub params_struct: Option<String>,
    pub body: Option<RequestBody>,
    pub responses: Responses,
    /// Set when the operation is a paged list in the API's pagination style.
    pub pagination: Option<Paging>,
}

/// How a paged list operation pages.
#[derive(Debug, Clone, PartialEq)]
pub struct Paging {
    /// Field of the params struct holding the page number (or offset).
    pub page_field: String,
    /// Field of the params struct holding the page size (or limit), if any.
    pub size_field: Option<String>,
    /// Field of the success body holding the page's items.
    pub items_field: String,
    /// Whether that field is an `Option<Vec<_>>`.
    pub items_optional: bool,
    pub item: TypeRef,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    /// Required parameters are method arguments; the others live in the params struct.
    pub required: bool,
    pub style: ParamStyle,
    pub explode: bool,
    pub doc: Option<String>,
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
