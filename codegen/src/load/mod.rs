//! Reading a document from disk into a JSON tree.
//!
//! JSON and YAML inputs both end up as one `serde_json::Value` (object key order kept), so every
//! later stage deals with a single tree shape and can locate findings with JSON pointers.

pub mod bundle;
mod file;
pub mod openapi31;
pub mod overlay;
pub mod refs;
pub mod swagger2;
mod yaml_depth;

use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::diagnostics::Diagnostic;
use crate::pointer;

pub use file::MAX_DOCUMENT_BYTES;

/// Deepest nesting accepted. Both parsers already stop at 128 levels; this bound keeps our own
/// recursive conversion safe whatever the parsers do.
const MAX_DEPTH: usize = 256;

/// Flow collections (`[`, `{`) nested deeper than this are refused before YAML parsing: the
/// parser's own limit (128 levels of any nesting) would refuse them anyway, after a time that
/// grows with the square of the depth.
const YAML_FLOW_DEPTH: usize = 128;

/// A parsed input document, with the files it refers to brought in.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub root: Value,
    pub path: PathBuf,
    pub dialect: Dialect,
    /// Where the parts brought in from other files came from.
    pub sources: bundle::SourceMap,
    /// What loading worked around, already located in the original files.
    pub warnings: Vec<Diagnostic>,
    /// For Swagger 2.0 input: where each part of the upgraded `root` stood in the original.
    pub upgrade: Option<swagger2::PointerMap>,
}

impl Document {
    /// A single-file document.
    pub fn new(root: Value, path: PathBuf, dialect: Dialect) -> Self {
        Self { root, path, dialect, sources: bundle::SourceMap::default(), warnings: Vec::new(), upgrade: None }
    }

    /// The file and pointer of the original place of `at` (a pointer into `root`).
    pub fn locate(&self, at: &str) -> (PathBuf, String) {
        let at = match &self.upgrade {
            Some(map) => map.to_original(at),
            None => at.to_owned(),
        };
        self.locate_bundled(&at)
    }

    /// Like [`Document::locate`], for a pointer into the bundled document before any upgrade.
    fn locate_bundled(&self, at: &str) -> (PathBuf, String) {
        self.sources.locate(at).unwrap_or_else(|| (self.path.clone(), at.to_owned()))
    }
}

/// Which specification the document claims to follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Swagger2,
    OpenApi30,
    OpenApi31,
}

impl Dialect {
    pub fn as_str(&self) -> &'static str {
        match self {
            Dialect::Swagger2 => "Swagger 2.0",
            Dialect::OpenApi30 => "OpenAPI 3.0",
            Dialect::OpenApi31 => "OpenAPI 3.1",
        }
    }
}

/// How documents are read from disk.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Folders besides the entry document's whose files `$ref`s may bring in (by default a
    /// `$ref` to a file outside the entry document's folder tree is an error).
    pub allowed_roots: Vec<PathBuf>,
    /// Overlays applied in order to the entry document as stored, before anything reads it.
    pub overlays: Vec<PathBuf>,
}

/// Reads and parses the document at `path`, and the files it refers to.
pub fn load(path: &Path) -> Result<Document, Diagnostic> {
    load_with(path, &Options::default())
}

/// [`load`], reading referenced files from the folders `options` allows too.
pub fn load_with(path: &Path, options: &Options) -> Result<Document, Diagnostic> {
    let bytes = file::read_regular(path, file::MAX_DOCUMENT_BYTES)
        .map_err(|message| Diagnostic::error("", message).in_file(path))?;
    let text = decode(&bytes).map_err(|message| Diagnostic::error("", message).in_file(path))?;
    parse_with(text, path, options)
}

/// Parses document text; `path` is used for error locations, to spot `.json` files and to find
/// the files that external `$ref`s name (relative to its folder).
pub fn parse(text: &str, path: &Path) -> Result<Document, Diagnostic> {
    parse_with(text, path, &Options::default())
}

/// [`parse`], reading referenced files from the folders `options` allows too.
pub fn parse_with(text: &str, path: &Path, options: &Options) -> Result<Document, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut root = parse_tree(text, path).map_err(|d| d.in_file(path))?;
    let mut overlay_warnings = Vec::new();
    for overlay in &options.overlays {
        overlay_warnings.extend(overlay::read(overlay)?.apply(&mut root));
    }
    let mut document = from_tree_with(root, path, text.len() as u64, options)?;
    document.warnings.splice(0..0, overlay_warnings);
    Ok(document)
}

/// A document from an already parsed tree: dialect detection, other files brought in, and the
/// tree brought into the OpenAPI 3.0 shapes lowering reads.
pub fn from_tree(root: Value, path: &Path) -> Result<Document, Diagnostic> {
    from_tree_with(root, path, 0, &Options::default())
}

/// [`from_tree`] for a tree parsed from `read` bytes (counted against the document's budget).
fn from_tree_with(mut root: Value, path: &Path, read: u64, options: &Options) -> Result<Document, Diagnostic> {
    let dialect = detect_dialect(&root).map_err(|d| d.in_file(path))?;
    let files = bundle::Files {
        roots: file::Roots::new(path, &options.allowed_roots),
        budget: file::MAX_DOCUMENT_BYTES.saturating_sub(read),
    };
    let sources = bundle::bundle(&mut root, path, files)?;
    let mut document = Document::new(Value::Null, path.to_path_buf(), dialect);
    document.sources = sources;
    let warnings = match dialect {
        Dialect::OpenApi30 => Vec::new(),
        // Rewritten in place into the 3.0 shapes lowering reads; pointers keep their meaning.
        Dialect::OpenApi31 => openapi31::normalize(&mut root),
        Dialect::Swagger2 => {
            let upgrade = swagger2::upgrade(&root);
            root = upgrade.document;
            document.upgrade = Some(upgrade.pointers);
            // These already point into the original (bundled) document.
            let warnings = upgrade.diagnostics.into_iter().map(|d| {
                let (file, at) = document.locate_bundled(&d.pointer);
                Diagnostic { pointer: at, ..d }.in_file(file)
            });
            warnings.collect()
        }
    };
    document.root = root;
    document.warnings = warnings
        .into_iter()
        .map(|d| match d.file {
            Some(_) => d,
            None => {
                let (file, at) = document.locate(&d.pointer);
                Diagnostic { pointer: at, ..d }.in_file(file)
            }
        })
        .collect();
    Ok(document)
}

/// Reads any JSON or YAML file into a tree.
pub fn read_tree(path: &Path) -> Result<Value, Diagnostic> {
    let bytes = file::read_regular(path, file::MAX_DOCUMENT_BYTES)
        .map_err(|message| Diagnostic::error("", message).in_file(path))?;
    let text = decode(&bytes).map_err(|message| Diagnostic::error("", message).in_file(path))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    parse_tree(text, path).map_err(|d| d.in_file(path))
}

/// Parses a JSON or YAML document given as bytes (UTF-8, with or without a byte order mark)
/// into a tree, without reading other files or checking the dialect: JSON when the text starts
/// like JSON (falling back to YAML, since flow-style YAML starts the same way), YAML otherwise.
/// Errors give the line and column; the caller says where the bytes came from (a downloaded
/// document has no file yet).
pub fn parse_bytes(bytes: &[u8]) -> Result<Value, Diagnostic> {
    let text = decode(bytes).map_err(|message| Diagnostic::error("", message))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // No `.json` file name: the content decides.
    parse_tree(text, Path::new(""))
}

/// Reads the `openapi` / `swagger` version field of the document root.
pub fn detect_dialect(root: &Value) -> Result<Dialect, Diagnostic> {
    const SUPPORTED: &str = "supported versions are OpenAPI 3.0.x, OpenAPI 3.1.x and Swagger 2.0";
    let Some(object) = root.as_object() else {
        return Err(Diagnostic::error(
            "",
            format!("the document root must be an object, found {}", describe(root)),
        ));
    };
    // `openapi` wins if both are present: it is what 3.x documents are required to carry.
    if let Some(found) = object.get("openapi") {
        return match version_text(found).as_deref().and_then(parse_version) {
            Some((3, 0)) => Ok(Dialect::OpenApi30),
            Some((3, 1)) => Ok(Dialect::OpenApi31),
            _ => Err(Diagnostic::error(
                "/openapi",
                format!("unsupported OpenAPI version {}; {SUPPORTED}", describe(found)),
            )),
        };
    }
    if let Some(found) = object.get("swagger") {
        return match version_text(found).as_deref() {
            Some("2.0") => Ok(Dialect::Swagger2),
            _ => Err(Diagnostic::error(
                "/swagger",
                format!("unsupported Swagger version {}; {SUPPORTED}", describe(found)),
            )),
        };
    }
    Err(Diagnostic::error("/openapi", format!("no `openapi` or `swagger` version field found; {SUPPORTED}")))
}

/// The version as text; YAML `openapi: 3.0` arrives as the number 3.0, which means "3.0".
fn version_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `"3.1"`, `"3.1.0"` or `"3.1.0-rc1"` -> `(3, 1)`.
fn parse_version(text: &str) -> Option<(u32, u32)> {
    let mut parts = text.splitn(3, '.');
    let major = parts.next()?.parse().ok()?;
    let minor_text = parts.next()?;
    if minor_text.is_empty() || !minor_text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let minor = minor_text.parse().ok()?;
    if let Some(patch) = parts.next() {
        let digits = patch.split('-').next().unwrap_or("");
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
    }
    Some((major, minor))
}

/// A short description of a value for messages: strings quoted, containers by kind.
fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => format!("{s:?}"),
        Value::Array(_) => "an array".to_string(),
        Value::Object(_) => "an object".to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// Bytes to text

fn decode(bytes: &[u8]) -> Result<&str, String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err("the file is UTF-16 encoded; only UTF-8 is supported".to_string());
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        let line = valid.matches('\n').count() + 1;
        let column = valid.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
        format!("the file is not valid UTF-8 (invalid byte at line {line}, column {column})")
    })
}

// ---------------------------------------------------------------------------------------------
// Text to tree

fn parse_tree(text: &str, path: &Path) -> Result<Value, Diagnostic> {
    if text.trim().is_empty() {
        return Err(Diagnostic::error("", "the file is empty"));
    }
    let json_file = path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("json"));
    let looks_like_json = matches!(text.trim_start().chars().next(), Some('{' | '['));
    if !json_file && !looks_like_json {
        return parse_yaml(text);
    }
    match parse_json(text) {
        Ok(value) => Ok(value),
        Err(json_error) if json_file => Err(json_error),
        // Flow-style YAML also starts with `{`; if it is not YAML either, the JSON error is the
        // one that matches what the author most likely wrote.
        Err(json_error) => parse_yaml(text).map_err(|_| json_error),
    }
}

fn parse_json(text: &str) -> Result<Value, Diagnostic> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let result = JsonTree.deserialize(&mut deserializer).and_then(|value| {
        deserializer.end()?;
        Ok(value)
    });
    result.map_err(|e| {
        let message = e.to_string();
        // serde_json appends " at line L column C"; the location is reported our own way.
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        let message = message.strip_suffix(&suffix).unwrap_or(&message);
        let message = parser_message(message);
        if e.line() == 0 {
            Diagnostic::error("", format!("invalid JSON: {message}"))
        } else {
            Diagnostic::error(
                "",
                format!("invalid JSON at line {}, column {}: {message}", e.line(), e.column()),
            )
        }
    })
}

/// Builds a `serde_json::Value` like its own `Deserialize` impl, except that a repeated object
/// key is an error instead of silently replacing the earlier value (YAML rejects it too).
struct JsonTree;

impl<'de> DeserializeSeed<'de> for JsonTree {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for JsonTree {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Number::from_f64(v).map(Value::Number).ok_or_else(|| E::custom("number out of range"))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(JsonTree)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            // Checked before reading the value so the error points just past the key.
            if object.contains_key(&key) {
                return Err(de::Error::custom(format!("duplicate key {key:?}")));
            }
            let value = map.next_value_seed(JsonTree)?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

fn parse_yaml(text: &str) -> Result<Value, Diagnostic> {
    // Before the parser, whose cost grows with the square of the flow nesting.
    yaml_depth::check(text, YAML_FLOW_DEPTH).map_err(|deep| {
        let (line, column) = yaml_depth::line_column(text, deep.offset);
        Diagnostic::error(
            "",
            format!(
                "invalid YAML at line {line}, column {column}: the document is nested too deeply \
                 (more than {YAML_FLOW_DEPTH} levels of `[` or `{{`)"
            ),
        )
    })?;
    let mut yaml = serde_yaml_ng::from_str::<YamlNode>(text).map_err(yaml_error)?.0;
    apply_merges(&mut yaml)?;
    yaml_to_json(&yaml, 0).map_err(|e| {
        let tokens: Vec<&str> = e.tokens_reversed.iter().rev().map(String::as_str).collect();
        let at = tokens.iter().fold(String::new(), |at, token| pointer::join(&at, token));
        Diagnostic::error(at, e.message)
    })
}

/// Resolves `<<` merge keys. One `apply_merge` pass leaves behind the `<<` of a merged mapping
/// that itself merges another (`leaf: {<<: *mid}` with `mid: {<<: *base}`), so passes repeat
/// until none is left; each pass removes one level of such nesting.
fn apply_merges(yaml: &mut serde_yaml_ng::Value) -> Result<(), Diagnostic> {
    for _ in 0..MAX_DEPTH {
        yaml.apply_merge()
            .map_err(|e| Diagnostic::error("", format!("invalid YAML merge key (`<<`): {e}")))?;
        if !has_merge_key(yaml) {
            return Ok(());
        }
    }
    Err(Diagnostic::error("", "YAML merge keys (`<<`) are nested too deeply"))
}

fn has_merge_key(yaml: &serde_yaml_ng::Value) -> bool {
    use serde_yaml_ng::Value as Yaml;
    // Iterative: the tree may be as deep as the parser allows.
    let mut stack = vec![yaml];
    while let Some(node) = stack.pop() {
        match node {
            Yaml::Mapping(mapping) => {
                if mapping.contains_key("<<") {
                    return true;
                }
                stack.extend(mapping.values());
            }
            Yaml::Sequence(items) => stack.extend(items),
            Yaml::Tagged(tagged) => stack.push(&tagged.value),
            _ => {}
        }
    }
    false
}

fn yaml_error(e: serde_yaml_ng::Error) -> Diagnostic {
    let mut message = e.to_string();
    match e.location() {
        Some(location) => {
            // Drop serde_yaml's own " at line L column C" / " at position N" for ours.
            for suffix in [
                format!(" at line {} column {}", location.line(), location.column()),
                format!(" at position {}", location.index()),
            ] {
                if message.contains(&suffix) {
                    message = message.replacen(&suffix, "", 1);
                    break;
                }
            }
            Diagnostic::error(
                "",
                format!(
                    "invalid YAML at line {}, column {}: {}",
                    location.line(),
                    location.column(),
                    parser_message(&message)
                ),
            )
        }
        None => Diagnostic::error("", format!("invalid YAML: {}", parser_message(&message))),
    }
}

/// Rewords parser messages that would puzzle a reader of the document.
fn parser_message(message: &str) -> String {
    if message.starts_with("recursion limit exceeded") {
        "the document is nested too deeply (the parser's limit is 128 levels)".to_string()
    } else {
        message.to_string()
    }
}

/// A conversion failure; tokens are collected innermost first while the recursion unwinds, so
/// no pointer strings are built unless something goes wrong.
struct ConvertError {
    tokens_reversed: Vec<String>,
    message: String,
}

impl ConvertError {
    fn new(message: String) -> Self {
        Self { tokens_reversed: Vec::new(), message }
    }

    fn under(mut self, token: String) -> Self {
        self.tokens_reversed.push(token);
        self
    }
}

/// A YAML value read as `serde_yaml_ng::Value` is, except for integers beyond 64 bits, which
/// `serde_yaml_ng::Value` refuses: they become the nearest `f64`, as a JSON parser reads them
/// (`maximum: 18446744073709552000` appears in large published documents). Tags carry no
/// meaning for OpenAPI: the tagged value is kept without its tag.
struct YamlNode(serde_yaml_ng::Value);

impl<'de> serde::Deserialize<'de> for YamlNode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(YamlNodeVisitor)
    }
}

struct YamlNodeVisitor;

impl<'de> serde::de::Visitor<'de> for YamlNodeVisitor {
    type Value = YamlNode;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<YamlNode, E> {
        Ok(YamlNode(serde_yaml_ng::Value::Bool(value)))
    }

    fn visit_i64<E>(self, value: i64) -> Result<YamlNode, E> {
        Ok(YamlNode(serde_yaml_ng::Value::Number(value.into())))
    }

    fn visit_u64<E>(self, value: u64) -> Result<YamlNode, E> {
        Ok(YamlNode(serde_yaml_ng::Value::Number(value.into())))
    }

    fn visit_i128<E>(self, value: i128) -> Result<YamlNode, E> {
        Ok(YamlNode(serde_yaml_ng::Value::Number((value as f64).into())))
    }

    fn visit_u128<E>(self, value: u128) -> Result<YamlNode, E> {
        Ok(YamlNode(serde_yaml_ng::Value::Number((value as f64).into())))
    }

    fn visit_f64<E>(self, value: f64) -> Result<YamlNode, E> {
        Ok(YamlNode(serde_yaml_ng::Value::Number(value.into())))
    }

    fn visit_str<E>(self, value: &str) -> Result<YamlNode, E> {
        Ok(YamlNode(serde_yaml_ng::Value::String(value.to_owned())))
    }

    fn visit_string<E>(self, value: String) -> Result<YamlNode, E> {
        Ok(YamlNode(serde_yaml_ng::Value::String(value)))
    }

    fn visit_unit<E>(self) -> Result<YamlNode, E> {
        Ok(YamlNode(serde_yaml_ng::Value::Null))
    }

    fn visit_none<E>(self) -> Result<YamlNode, E> {
        Ok(YamlNode(serde_yaml_ng::Value::Null))
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<YamlNode, D::Error> {
        serde::Deserialize::deserialize(deserializer)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<YamlNode, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(YamlNode(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(YamlNode(serde_yaml_ng::Value::Sequence(items)))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<YamlNode, A::Error> {
        let mut mapping = serde_yaml_ng::Mapping::new();
        while let Some(YamlNode(key)) = map.next_key()? {
            if mapping.contains_key(&key) {
                let shown = match &key {
                    serde_yaml_ng::Value::String(text) => format!("{text:?}"),
                    other => serde_yaml_ng::to_string(other).unwrap_or_default().trim_end().to_owned(),
                };
                return Err(serde::de::Error::custom(format!("duplicate entry with key {shown}")));
            }
            let YamlNode(value) = map.next_value()?;
            mapping.insert(key, value);
        }
        Ok(YamlNode(serde_yaml_ng::Value::Mapping(mapping)))
    }

    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<YamlNode, A::Error> {
        use serde::de::VariantAccess;
        let (_tag, contents): (String, _) = data.variant()?;
        contents.newtype_variant()
    }
}

fn yaml_to_json(value: &serde_yaml_ng::Value, depth: usize) -> Result<Value, ConvertError> {
    use serde_yaml_ng::Value as Yaml;
    if depth > MAX_DEPTH {
        return Err(ConvertError::new(format!(
            "the document is nested too deeply (more than {MAX_DEPTH} levels)"
        )));
    }
    Ok(match value {
        Yaml::Null => Value::Null,
        Yaml::Bool(b) => Value::Bool(*b),
        Yaml::Number(n) => Value::Number(json_number(n).ok_or_else(|| {
            ConvertError::new(format!("{n} cannot be represented in JSON (not a finite number)"))
        })?),
        Yaml::String(s) => Value::String(s.clone()),
        Yaml::Sequence(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (index, item) in items.iter().enumerate() {
                out.push(yaml_to_json(item, depth + 1).map_err(|e| e.under(index.to_string()))?);
            }
            Value::Array(out)
        }
        Yaml::Mapping(mapping) => {
            let mut out = Map::new();
            for (key, item) in mapping {
                let key = yaml_key(key)?;
                // `1:` and `"1":` are different YAML keys but the same JSON key.
                if out.contains_key(&key) {
                    return Err(ConvertError::new(format!(
                        "duplicate key {key:?} (keys are compared as strings)"
                    ))
                    .under(key));
                }
                let item = yaml_to_json(item, depth + 1).map_err(|e| e.under(key.clone()))?;
                out.insert(key, item);
            }
            Value::Object(out)
        }
        // Tags (`!foo`, `!!str`) carry no meaning for OpenAPI: keep the tagged value.
        Yaml::Tagged(tagged) => yaml_to_json(&tagged.value, depth + 1)?,
    })
}

fn json_number(n: &serde_yaml_ng::Number) -> Option<Number> {
    if let Some(u) = n.as_u64() {
        Some(u.into())
    } else if let Some(i) = n.as_i64() {
        Some(i.into())
    } else {
        Number::from_f64(n.as_f64()?)
    }
}

/// JSON keys are strings; YAML scalars keys (`200:`, `true:`, `null:`, `1.5:`) become their text.
fn yaml_key(key: &serde_yaml_ng::Value) -> Result<String, ConvertError> {
    use serde_yaml_ng::Value as Yaml;
    match key {
        Yaml::String(s) => Ok(s.clone()),
        Yaml::Number(n) => Ok(n.to_string()),
        Yaml::Bool(b) => Ok(b.to_string()),
        Yaml::Null => Ok("null".to_string()),
        Yaml::Tagged(tagged) => yaml_key(&tagged.value),
        Yaml::Sequence(_) | Yaml::Mapping(_) => Err(ConvertError::new(
            "a mapping key is a sequence or mapping; only scalar keys are supported".to_string(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn yaml(text: &str) -> Result<Document, Diagnostic> {
        parse(text, Path::new("api.yaml"))
    }

    fn json(text: &str) -> Result<Document, Diagnostic> {
        parse(text, Path::new("api.json"))
    }

    fn error(result: Result<Document, Diagnostic>) -> Diagnostic {
        match result {
            Ok(doc) => panic!("expected an error, got {:?}", doc.root),
            Err(d) => d,
        }
    }

    fn keys(value: &Value) -> Vec<&str> {
        value.as_object().map(|o| o.keys().map(String::as_str).collect()).unwrap_or_default()
    }

    /// Writes `bytes` to a fresh temporary file and loads it.
    fn load_bytes(name: &str, bytes: &[u8]) -> Result<Document, Diagnostic> {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "codegen-load-test-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let result = load(&path);
        std::fs::remove_dir_all(&dir).unwrap();
        result
    }

    const SAMPLE_YAML: &str = "\
openapi: 3.0.3
info:
  title: Pets
  version: '1.0'
paths:
  /pets/{id}:
    get:
      operationId: getPet
      responses:
        200:
          description: ok
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Pet'
        default:
          description: error
components:
  schemas:
    Pet:
      type: object
      required: [id]
      properties:
        id: {type: integer, format: int64}
        tags:
          type: array
          items: {type: string}
";

    #[test]
    fn loads_json_keeping_key_order() {
        let doc =
            json(r#"{"openapi": "3.1.0", "zeta": 1, "alpha": {"b": 2, "a": [1.5, null, true]}}"#).unwrap();
        assert_eq!(doc.dialect, Dialect::OpenApi31);
        assert_eq!(keys(&doc.root), ["openapi", "zeta", "alpha"]);
        assert_eq!(keys(&doc.root["alpha"]), ["b", "a"]);
        assert_eq!(doc.root["alpha"]["a"], serde_json::json!([1.5, null, true]));
        assert_eq!(doc.path, Path::new("api.json"));
    }

    #[test]
    fn parse_bytes_tries_json_then_yaml_and_locates_errors() {
        let json = parse_bytes(b"\xef\xbb\xbf{\"openapi\": \"3.0.0\", \"b\": 1, \"a\": 2}").unwrap();
        assert_eq!(keys(&json), ["openapi", "b", "a"]);
        // Flow-style YAML starts like JSON.
        let flow = parse_bytes(b"{openapi: 3.0.0, info: {title: t}}").unwrap();
        assert_eq!(flow["info"]["title"], "t");
        let yaml = parse_bytes(SAMPLE_YAML.as_bytes()).unwrap();
        assert_eq!(yaml["info"]["title"], "Pets");
        let broken = parse_bytes(b"{\"openapi\": \"3.0.0\",\n \"info\": ").unwrap_err();
        assert!(broken.message.starts_with("invalid JSON at line 2"), "{}", broken.message);
        let broken = parse_bytes(b"openapi: 3.0.0\ninfo: [a\n").unwrap_err();
        assert!(broken.message.starts_with("invalid YAML at line"), "{}", broken.message);
        assert!(parse_bytes(&[0xff, 0xfe, 0x00]).unwrap_err().message.contains("UTF-16"));
        assert!(parse_bytes(b"  \n").unwrap_err().message.contains("empty"));
    }

    #[test]
    fn loads_yaml() {
        let doc = yaml(SAMPLE_YAML).unwrap();
        assert_eq!(doc.dialect, Dialect::OpenApi30);
        assert_eq!(keys(&doc.root), ["openapi", "info", "paths", "components"]);
        let responses = &doc.root["paths"]["/pets/{id}"]["get"]["responses"];
        // The integer key `200` becomes the string "200", in document order.
        assert_eq!(keys(responses), ["200", "default"]);
        assert_eq!(
            responses["200"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/Pet"
        );
        assert_eq!(doc.root["info"]["version"], "1.0");
        assert_eq!(doc.root["components"]["schemas"]["Pet"]["properties"]["id"]["type"], "integer");
    }

    #[test]
    fn yaml_scalar_keys_are_stringified() {
        let doc =
            yaml("openapi: 3.1.0\nk:\n  200: a\n  true: b\n  null: c\n  1.5: d\n  -3: e\n  !!str 7: f\n")
                .unwrap();
        assert_eq!(keys(&doc.root["k"]), ["200", "true", "null", "1.5", "-3", "7"]);
        // `null:` and `~:` are the same key once stringified.
        let d = error(yaml("openapi: 3.1.0\nk:\n  null: a\n  ~: b\n"));
        assert!(d.message.contains("duplicate"), "{d}");
        let d = error(yaml("openapi: 3.1.0\nk:\n  1: a\n  '1': b\n"));
        assert_eq!(d.pointer, "/k/1");
        assert!(d.message.contains("duplicate key"), "{d}");
    }

    #[test]
    fn yaml_complex_keys_are_rejected() {
        let d = error(yaml("openapi: 3.1.0\nk:\n  ? [a, b]\n  : c\n"));
        assert_eq!(d.pointer, "/k");
        assert!(d.message.contains("only scalar keys"), "{d}");
    }

    #[test]
    fn yaml_anchors_aliases_and_merge_keys() {
        let doc = yaml(
            "openapi: 3.0.0
base: &base
  type: object
  description: base
mid: &mid
  <<: *base
  title: mid
copy: *base
merged:
  <<: *base
  description: own
many:
  <<: [*base, {format: x}]
",
        )
        .unwrap();
        assert_eq!(doc.root["copy"], doc.root["base"]);
        assert_eq!(doc.root["merged"]["type"], "object");
        // Keys of the mapping itself win over merged ones.
        assert_eq!(doc.root["merged"]["description"], "own");
        assert!(doc.root["merged"].get("<<").is_none());
        assert_eq!(doc.root["many"]["format"], "x");
        assert_eq!(doc.root["mid"]["type"], "object");
        assert_eq!(doc.root["mid"]["title"], "mid");
        assert!(doc.root["mid"].get("<<").is_none());

        // A merge of a mapping that itself merges: nearer keys win, no `<<` is left over.
        let doc = yaml(
            "openapi: 3.0.0
base: &base {a: base, b: base, c: base}
mid: &mid
  <<: *base
  b: mid
leaf:
  <<: *mid
  c: leaf
",
        )
        .unwrap();
        assert_eq!(doc.root["leaf"], serde_json::json!({"c": "leaf", "b": "mid", "a": "base"}));
    }

    #[test]
    fn yaml_bad_merge_is_an_error() {
        let d = error(yaml("openapi: 3.0.0\na:\n  <<: 3\n"));
        assert!(d.message.contains("merge"), "{d}");
        assert_eq!(d.file.as_deref(), Some(Path::new("api.yaml")));
    }

    #[test]
    fn yaml_tags_are_dropped() {
        let doc = yaml("openapi: 3.0.0\na: !custom {b: 1}\nc: !!str 12\nd: !x [1]\n").unwrap();
        assert_eq!(doc.root["a"], serde_json::json!({"b": 1}));
        assert_eq!(doc.root["c"], "12");
        assert_eq!(doc.root["d"], serde_json::json!([1]));
    }

    #[test]
    fn yaml_non_finite_floats_are_errors() {
        for (text, at) in [
            ("openapi: 3.0.0\na:\n  b: .nan\n", "/a/b"),
            ("openapi: 3.0.0\na: [1, -.inf]\n", "/a/1"),
            ("openapi: 3.0.0\n'x/y': {'~': .Inf}\n", "/x~1y/~0"),
        ] {
            let d = error(yaml(text));
            assert_eq!(d.pointer, at, "{text}");
            assert!(d.message.contains("finite"), "{d}");
        }
    }

    #[test]
    fn yaml_duplicate_keys_are_errors() {
        let d = error(yaml("openapi: 3.0.0\na: 1\na: 2\n"));
        assert!(d.message.contains("invalid YAML at line 1"), "{d}");
        assert!(d.message.contains("duplicate entry with key \"a\""), "{d}");
        let d = error(yaml("openapi: 3.0.0\nb:\n  c: 1\n  a: 1\n  a: 2\n"));
        assert!(d.message.contains("line 3, column 3: b: duplicate entry with key \"a\""), "{d}");
    }

    /// Published documents hold integers beyond 64 bits (`minimum: -9223372036854776000`, an
    /// `i64::MIN` printed through a double): YAML reads them as a JSON parser does, as the nearest
    /// `f64`, instead of refusing the document.
    #[test]
    fn yaml_integers_beyond_64_bits_load_like_json() {
        let text = "openapi: 3.0.0\nmin: -9223372036854776000\nmax: 18446744073709552000\n\
                    huge: 123456789012345678901234567890\nsmall: -5\nbig: 18446744073709551615\n";
        let root = yaml(text).expect("loads").root;
        let as_json = json(
            "{\"openapi\": \"3.0.0\", \"min\": -9223372036854776000, \"max\": 18446744073709552000, \
             \"huge\": 123456789012345678901234567890, \"small\": -5, \"big\": 18446744073709551615}",
        )
        .expect("loads")
        .root;
        assert_eq!(root, as_json);
        assert_eq!(root["min"].as_f64(), Some(-9.223372036854776e18));
        assert_eq!(root["max"].as_f64(), Some(1.8446744073709552e19));
        assert_eq!(root["small"].as_i64(), Some(-5));
        assert_eq!(root["big"].as_u64(), Some(u64::MAX));
    }

    #[test]
    fn json_duplicate_keys_are_errors() {
        let d = error(json("{\"openapi\": \"3.0.0\",\n \"a\": 1,\n \"a\": 2}"));
        assert!(d.message.starts_with("invalid JSON at line 3, column"), "{d}");
        assert!(d.message.contains("duplicate key \"a\""), "{d}");
    }

    #[test]
    fn bom_crlf_and_tabs() {
        let doc = yaml("\u{feff}openapi: 3.0.0\r\ninfo:\r\n  title: \"a\tb\"\r\n  description: 'c\td'\r\n")
            .unwrap();
        assert_eq!(doc.root["info"]["title"], "a\tb");
        assert_eq!(doc.root["info"]["description"], "c\td");
        let doc = json("\u{feff}{\r\n\t\"openapi\": \"3.0.0\",\r\n\t\"x\": \"a\\tb\"\r\n}\r\n").unwrap();
        assert_eq!(doc.root["x"], "a\tb");
        let doc = load_bytes("api.yaml", b"\xEF\xBB\xBFswagger: '2.0'\n").unwrap();
        assert_eq!(doc.dialect, Dialect::Swagger2);
    }

    #[test]
    fn truncated_json() {
        let d = error(json("{\n  \"openapi\": \"3.0.0\",\n  \"paths\": {"));
        assert!(d.message.starts_with("invalid JSON at line 3, column"), "{d}");
        assert!(d.message.contains("EOF"), "{d}");
        assert_eq!(d.pointer, "");
        assert_eq!(d.file.as_deref(), Some(Path::new("api.json")));
        // A `.yaml` file starting with `{` is tried as JSON first and reports the JSON error.
        let d = error(yaml("{\n  \"openapi\": \"3.0.0\",\n  \"paths\": {"));
        assert!(d.message.starts_with("invalid JSON at line 3"), "{d}");
    }

    #[test]
    fn truncated_yaml() {
        let d = error(yaml("openapi: 3.0.0\npaths:\n  /a:\n    get: {responses: {200: {description: \"x"));
        assert!(d.message.starts_with("invalid YAML at line 4, column"), "{d}");
        let d = error(yaml("openapi: 3.0.0\ninfo:\n  title: x\n   bad: y\n"));
        assert!(d.message.starts_with("invalid YAML at line"), "{d}");
    }

    #[test]
    fn flow_yaml_starting_with_brace() {
        let doc = yaml("{openapi: 3.1.0, info: {title: t}}").unwrap();
        assert_eq!(doc.dialect, Dialect::OpenApi31);
        // A `.json` file is only ever JSON.
        let d = error(json("{openapi: 3.1.0}"));
        assert!(d.message.starts_with("invalid JSON at line 1, column 2"), "{d}");
    }

    #[test]
    fn json_file_with_yaml_content_reports_json_error() {
        let d = error(json("openapi: 3.0.0\n"));
        assert!(d.message.starts_with("invalid JSON"), "{d}");
    }

    #[test]
    fn empty_and_scalar_documents() {
        for text in ["", "  \n\t\n", "\u{feff}"] {
            let d = error(yaml(text));
            assert_eq!(d.message, "the file is empty");
        }
        let d = error(yaml("# only a comment\n"));
        assert!(d.message.contains("root must be an object, found null"), "{d}");
        let d = error(yaml("42\n"));
        assert_eq!(d.pointer, "");
        assert!(d.message.contains("found 42"), "{d}");
        let d = error(json("\"hello\""));
        assert!(d.message.contains("found \"hello\""), "{d}");
        let d = error(json("[1, 2]"));
        assert!(d.message.contains("found an array"), "{d}");
        let d = error(yaml("- a\n- b\n"));
        assert!(d.message.contains("found an array"), "{d}");
    }

    #[test]
    fn multiple_yaml_documents_are_an_error() {
        let d = error(yaml("openapi: 3.0.0\n---\nopenapi: 3.0.0\n"));
        assert!(d.message.contains("more than one document"), "{d}");
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let n = 10_000;
        let deep_json = format!("{}{}", "[".repeat(n), "]".repeat(n));
        let d = error(json(&deep_json));
        assert!(d.message.contains("nested too deeply"), "{d}");
        assert!(d.message.starts_with("invalid JSON at line 1"), "{d}");
        let d = error(yaml(&deep_json));
        assert!(d.message.contains("nested too deeply"), "{d}");
        let deep_object = format!("{}1{}", "{\"a\":".repeat(n), "}".repeat(n));
        assert!(error(json(&deep_object)).message.contains("nested too deeply"));

        let flow_yaml = format!("openapi: 3.0.0\nx: {}{}\n", "[".repeat(n), "]".repeat(n));
        let d = error(yaml(&flow_yaml));
        assert!(d.message.starts_with("invalid YAML at line 2"), "{d}");
        assert!(d.message.contains("nested too deeply"), "{d}");

        let mut block = String::from("openapi: 3.0.0\n");
        for level in 0..1000 {
            block.push_str(&" ".repeat(level));
            block.push_str("a:\n");
        }
        let d = error(yaml(&block));
        assert!(d.message.contains("nested too deeply"), "{d}");

        // Aliases do not get around the limit.
        let mut aliased = String::from("openapi: 3.0.0\n");
        let mut previous = "1".to_string();
        for i in 0..100 {
            aliased.push_str(&format!("a{i}: &a{i} [[{previous}]]\n"));
            previous = format!("*a{i}");
        }
        assert!(error(yaml(&aliased)).message.contains("nested too deeply"));
    }

    #[test]
    fn moderate_nesting_is_fine() {
        let n = 100;
        let text = format!("{{\"openapi\": \"3.0.0\", \"x\": {}{}}}", "[".repeat(n), "]".repeat(n));
        json(&text).unwrap();
        yaml(&text).unwrap();
    }

    #[test]
    fn yaml_conversion_depth_limit() {
        // The parser stops at 128 levels, so exercise our own bound directly.
        let mut value = serde_yaml_ng::Value::Null;
        for _ in 0..300 {
            value = serde_yaml_ng::Value::Sequence(vec![value]);
        }
        let e = yaml_to_json(&value, 0).err().unwrap();
        assert!(e.message.contains("nested too deeply"));
        assert_eq!(e.tokens_reversed.len(), MAX_DEPTH + 1);
    }

    #[test]
    fn files_utf8_and_io_errors() {
        let doc = load_bytes("api.json", br#"{"swagger": "2.0"}"#).unwrap();
        assert_eq!(doc.dialect, Dialect::Swagger2);
        assert!(doc.path.ends_with("api.json"));

        let d = load_bytes("api.yaml", b"openapi: 3.0.0\ninfo:\n  title: ab\xFFcd\n").unwrap_err();
        assert_eq!(d.message, "the file is not valid UTF-8 (invalid byte at line 3, column 12)");
        assert!(d.file.as_ref().is_some_and(|f| f.ends_with("api.yaml")));

        let d = load_bytes("api.json", b"\xFF\xFE{\x00}\x00").unwrap_err();
        assert!(d.message.contains("UTF-16"), "{d}");

        let d = load_bytes("empty.yaml", b"").unwrap_err();
        assert_eq!(d.message, "the file is empty");

        let missing = std::env::temp_dir().join("codegen-load-test-does-not-exist/api.yaml");
        let d = load(&missing).unwrap_err();
        assert!(d.message.starts_with("cannot read "), "{d}");
        assert_eq!(d.file.as_deref(), Some(missing.as_path()));
    }

    #[test]
    fn random_bytes_do_not_panic() {
        let mut rng = crate::TestRng(7);
        for len in [1, 2, 7, 64, 300, 2000] {
            for _ in 0..20 {
                let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
                let _ = load_bytes("random.yaml", &bytes);
                if let Ok(text) = std::str::from_utf8(&bytes) {
                    let _ = yaml(text);
                    let _ = json(text);
                }
                // Mostly-ASCII noise reaches deeper into the parsers.
                let alphabet = b" \n\t:-[]{},'\"&*!|>#?%@`abc012~<\\";
                let ascii: String =
                    (0..len).map(|_| char::from(alphabet[rng.below(alphabet.len())])).collect();
                let _ = yaml(&ascii);
                let _ = json(&ascii);
            }
        }
    }

    #[test]
    fn dialects() {
        use serde_json::json;
        let ok = [
            (json!({"swagger": "2.0"}), Dialect::Swagger2),
            (json!({"swagger": 2.0}), Dialect::Swagger2),
            (json!({"openapi": "3.0.0"}), Dialect::OpenApi30),
            (json!({"openapi": "3.0.3"}), Dialect::OpenApi30),
            (json!({"openapi": "3.0"}), Dialect::OpenApi30),
            (json!({"openapi": 3.0}), Dialect::OpenApi30),
            (json!({"openapi": "3.1.0"}), Dialect::OpenApi31),
            (json!({"openapi": "3.1.1"}), Dialect::OpenApi31),
            (json!({"openapi": 3.1}), Dialect::OpenApi31),
            (json!({"openapi": "3.1.0-rc1"}), Dialect::OpenApi31),
            (json!({"openapi": "3.1.0", "swagger": "2.0"}), Dialect::OpenApi31),
        ];
        for (root, dialect) in ok {
            assert_eq!(detect_dialect(&root), Ok(dialect), "{root}");
        }
        assert_eq!(Dialect::Swagger2.as_str(), "Swagger 2.0");
        assert_eq!(Dialect::OpenApi30.as_str(), "OpenAPI 3.0");
        assert_eq!(Dialect::OpenApi31.as_str(), "OpenAPI 3.1");

        let bad = [
            (json!({"openapi": "4.0"}), "/openapi", "\"4.0\""),
            (json!({"openapi": "4.0.0"}), "/openapi", "\"4.0.0\""),
            (json!({"openapi": "3.2.0"}), "/openapi", "\"3.2.0\""),
            (json!({"openapi": "3"}), "/openapi", "\"3\""),
            (json!({"openapi": 3}), "/openapi", "3"),
            (json!({"openapi": "3.0.x"}), "/openapi", "\"3.0.x\""),
            (json!({"openapi": "3.0."}), "/openapi", "\"3.0.\""),
            (json!({"openapi": " 3.0.0"}), "/openapi", "\" 3.0.0\""),
            (json!({"openapi": "3.0.0.0"}), "/openapi", "\"3.0.0.0\""),
            (json!({"openapi": null}), "/openapi", "null"),
            (json!({"openapi": {"v": 3}}), "/openapi", "an object"),
            (json!({"swagger": "2.1"}), "/swagger", "\"2.1\""),
            (json!({"swagger": "3.0.0"}), "/swagger", "\"3.0.0\""),
            (json!({"swagger": 2}), "/swagger", "2"),
            (json!({"info": {}}), "/openapi", "no `openapi` or `swagger`"),
        ];
        for (root, at, found) in bad {
            let d = detect_dialect(&root).unwrap_err();
            assert_eq!(d.pointer, at, "{root}");
            assert!(d.message.contains(found), "{root}: {d}");
            assert!(d.message.contains("supported versions are"), "{d}");
        }
        for root in [json!(null), json!([]), json!("openapi"), json!(3.0)] {
            assert_eq!(detect_dialect(&root).unwrap_err().pointer, "");
        }
        // Through YAML, `openapi: 3.0` is a number and still accepted.
        assert_eq!(yaml("openapi: 3.0\n").unwrap().dialect, Dialect::OpenApi30);
        assert_eq!(yaml("openapi: 3.1\n").unwrap().dialect, Dialect::OpenApi31);
        assert_eq!(yaml("swagger: 2.0\n").unwrap().dialect, Dialect::Swagger2);
        let d = error(yaml("openapi: 4.0\n"));
        assert_eq!(d.pointer, "/openapi");
        assert_eq!(d.file.as_deref(), Some(Path::new("api.yaml")));
    }


    #[test]
    fn mutated_documents_do_not_panic() {
        let sample_json = serde_json::to_string_pretty(&yaml(SAMPLE_YAML).unwrap().root).unwrap();
        let mut rng = crate::TestRng(42);
        let mut parsed = 0;
        for round in 0..400 {
            let source = if round % 2 == 0 { SAMPLE_YAML } else { sample_json.as_str() };
            let mut bytes = source.as_bytes().to_vec();
            match round % 4 {
                // Truncate at a random point.
                0 | 1 => bytes.truncate(rng.below(bytes.len() + 1)),
                // Flip a few random bytes.
                2 => {
                    for _ in 0..1 + rng.below(4) {
                        let i = rng.below(bytes.len());
                        if let Some(b) = bytes.get_mut(i) {
                            *b ^= 1 << rng.below(8);
                        }
                    }
                }
                // Overwrite a byte with structural punctuation.
                _ => {
                    let i = rng.below(bytes.len());
                    if let Some(b) = bytes.get_mut(i) {
                        *b = b"{}[]:,\"'&*!\n- #"[rng.below(15)];
                    }
                }
            }
            for name in ["api.yaml", "api.json"] {
                let result = match std::str::from_utf8(&bytes) {
                    Ok(text) => parse(text, Path::new(name)),
                    Err(_) => load_bytes(name, &bytes),
                };
                match result {
                    Ok(doc) => {
                        parsed += 1;
                        let resolver = refs::Resolver::new(&doc.root);
                        let at = "/paths/~1pets~1{id}/get/responses/200/content/application~1json/schema";
                        if let Some(node) = resolver.get(at) {
                            let _ = resolver.resolve(at, node);
                        }
                    }
                    Err(d) => assert!(!d.message.is_empty()),
                }
            }
        }
        // Some mutations must leave a loadable document, or the test exercises nothing past parsing.
        assert!(parsed > 10, "{parsed}");
    }
}
