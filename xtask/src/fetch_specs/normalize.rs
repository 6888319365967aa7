//! A downloaded document as the project stores it: parsed, checked to be an OpenAPI or Swagger
//! document, keys sorted, written out in the stored spec file's format.

use std::path::Path;

use serde_json::Value;

/// How a spec file is written, from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Pretty JSON, two-space indent, trailing newline.
    Json,
    /// YAML as `serde_yaml_ng` writes it.
    Yaml,
}

impl Format {
    pub fn of(path: &Path) -> Result<Format, String> {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("json") => Ok(Format::Json),
            Some("yaml" | "yml") => Ok(Format::Yaml),
            _ => Err(format!(
                "cannot tell the format of {}: a fetched spec file must end in .json, .yaml or .yml",
                path.display()
            )),
        }
    }
}

/// The downloaded `bytes` (JSON, else YAML) as the text of a spec file in `format`.
pub fn normalize(bytes: &[u8], format: Format) -> Result<String, String> {
    let mut document = parse(bytes)?;
    sort_keys(&mut document);
    render(&document, format)
}

/// Parses JSON or YAML and checks that the root names its OpenAPI or Swagger version.
pub fn parse(bytes: &[u8]) -> Result<Value, String> {
    let hint = if looks_like_html(bytes) {
        " (the body looks like an HTML page: `upstream` must be the URL of the document itself, not of a page showing it)"
    } else {
        ""
    };
    let document = codegen::load::parse_bytes(bytes).map_err(|d| {
        let at = if d.pointer.is_empty() { String::new() } else { format!(" (at #{})", d.pointer) };
        format!("neither JSON nor YAML: {}{at}{hint}", d.message)
    })?;
    let Some(root) = document.as_object() else {
        return Err(format!("not an OpenAPI or Swagger document: the body is {}, not an object{hint}", kind(&document)));
    };
    if !root.contains_key("openapi") && !root.contains_key("swagger") {
        let mut keys: Vec<String> = root.keys().take(5).map(|k| format!("`{k}`")).collect();
        if root.len() > 5 {
            keys.push("...".to_owned());
        }
        let keys = if keys.is_empty() { "none".to_owned() } else { keys.join(", ") };
        return Err(format!(
            "not an OpenAPI or Swagger document: no top-level `openapi` or `swagger` key (top-level keys: {keys})"
        ));
    }
    Ok(document)
}

/// Sorts the keys of every object, so that a publisher that writes its keys in a different order
/// each time (many serialize hash maps) gives the same file, and the diff shows only real changes.
///
/// Except the entries of `properties` maps: their order is the field order of the structs
/// `cargo xtask codegen` generates, so they keep the document's order (the keys of each property's
/// schema are still sorted).
pub fn sort_keys(value: &mut Value) {
    sort(value, false);
}

fn sort(value: &mut Value, is_properties_map: bool) {
    match value {
        Value::Object(map) => {
            if !is_properties_map {
                map.sort_keys();
            }
            for (key, item) in map.iter_mut() {
                // In a properties map the keys are property names: a property called `properties`
                // is a schema like the others, not a properties map.
                sort(item, !is_properties_map && key == "properties");
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| sort(item, false)),
        _ => {}
    }
}

pub fn render(document: &Value, format: Format) -> Result<String, String> {
    match format {
        Format::Json => serde_json::to_string_pretty(document)
            .map(|text| text + "\n")
            .map_err(|e| format!("cannot write the document as JSON: {e}")),
        Format::Yaml => {
            serde_yaml_ng::to_string(document).map_err(|e| format!("cannot write the document as YAML: {e}"))
        }
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn looks_like_html(bytes: &[u8]) -> bool {
    let start = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).trim_start().to_ascii_lowercase();
    start.starts_with("<!doctype html") || start.starts_with("<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(value: &Value) -> Vec<&str> {
        value.as_object().unwrap().keys().map(String::as_str).collect()
    }

    const DOCUMENT: &str = r#"{
        "paths": {"/b": {}, "/a": {}},
        "openapi": "3.0.3",
        "info": {"version": "1", "title": "T", "description": "two\nlines\n"},
        "components": {"schemas": {
            "Pet": {
                "type": "object",
                "required": ["zeta", "alpha"],
                "properties": {
                    "zeta": {"type": "string", "example": "yes"},
                    "alpha": {"type": "object", "properties": {"z": {}, "a": {}}},
                    "properties": {"type": "object", "properties": {"y": {}, "b": {}}, "additionalProperties": true}
                }
            },
            "Odd": {"example": {"n": 1.5, "big": 18446744073709551615, "neg": -0.0, "s": "null", "t": "", "e": " lead"}}
        }}
    }"#;

    #[test]
    fn sorts_keys_except_property_order() {
        let mut document = parse(DOCUMENT.as_bytes()).unwrap();
        sort_keys(&mut document);
        assert_eq!(keys(&document), ["components", "info", "openapi", "paths"]);
        assert_eq!(keys(&document["paths"]), ["/a", "/b"]);
        let pet = &document["components"]["schemas"]["Pet"];
        assert_eq!(keys(pet), ["properties", "required", "type"]);
        assert_eq!(keys(&pet["properties"]), ["zeta", "alpha", "properties"]);
        assert_eq!(keys(&pet["properties"]["alpha"]["properties"]), ["z", "a"]);
        // A property named `properties` is a schema: its keys are sorted, its own properties kept.
        assert_eq!(keys(&pet["properties"]["properties"]), ["additionalProperties", "properties", "type"]);
        assert_eq!(keys(&pet["properties"]["properties"]["properties"]), ["y", "b"]);
        // Arrays keep their order.
        assert_eq!(pet["required"], serde_json::json!(["zeta", "alpha"]));
    }

    #[test]
    fn normalizing_twice_gives_the_same_bytes() {
        for format in [Format::Json, Format::Yaml] {
            let once = normalize(DOCUMENT.as_bytes(), format).unwrap();
            let twice = normalize(once.as_bytes(), format).unwrap();
            assert_eq!(once, twice, "{format:?}");
            assert!(once.ends_with('\n') && !once.ends_with("\n\n"), "{format:?}: {once}");
            // Same content whatever the format.
            assert_eq!(parse(once.as_bytes()).unwrap(), parse(DOCUMENT.as_bytes()).unwrap(), "{format:?}");
            // Through the other format and back.
            let other = if format == Format::Json { Format::Yaml } else { Format::Json };
            let round = normalize(normalize(once.as_bytes(), other).unwrap().as_bytes(), format).unwrap();
            assert_eq!(once, round, "{format:?}");
        }
        let json = normalize(DOCUMENT.as_bytes(), Format::Json).unwrap();
        assert!(json.starts_with("{\n  \"components\": {\n    \"schemas\": {\n"), "{json}");
    }

    #[test]
    fn refuses_what_is_not_an_openapi_document() {
        let error = parse(br#"{"hello": "world"}"#).unwrap_err();
        assert!(error.contains("no top-level `openapi` or `swagger` key (top-level keys: `hello`)"), "{error}");
        let error = parse(b"[1, 2]").unwrap_err();
        assert!(error.contains("the body is an array"), "{error}");
        let error = parse(b"{\"openapi\": \"3.0.0\",\n \"paths\": {]}").unwrap_err();
        assert!(error.contains("invalid JSON at line 2, column"), "{error}");
        let error = parse(b"<!DOCTYPE html>\n<html><body>Swagger UI</body></html>\n").unwrap_err();
        assert!(error.contains("looks like an HTML page"), "{error}");
        assert!(parse(b"swagger: '2.0'\ninfo: {title: t}\n").is_ok());
    }

    #[test]
    fn the_format_follows_the_extension() {
        assert_eq!(Format::of(Path::new("a/openapi.json")), Ok(Format::Json));
        assert_eq!(Format::of(Path::new("a/openapi.YML")), Ok(Format::Yaml));
        assert!(Format::of(Path::new("a/openapi")).unwrap_err().contains(".json, .yaml or .yml"));
    }
}
