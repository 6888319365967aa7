//! Values for the smoke program's arguments, taken from the API document: a parameter's or a
//! body's own example first, then the schema's `example`, `default`, `enum`, and last a value
//! synthesized from the schema (required properties only, format-appropriate strings, bounds
//! respected).

use codegen::load::refs::Resolver;
use serde_json::{Map, Value};

/// Deepest schema nesting followed when synthesizing (recursive schemas stop there).
const MAX_DEPTH: usize = 12;

pub struct Sampler<'a> {
    root: &'a Value,
    resolver: Resolver<'a>,
}

impl<'a> Sampler<'a> {
    pub fn new(root: &'a Value) -> Self {
        Self { root, resolver: Resolver::new(root) }
    }

    pub fn root(&self) -> &'a Value {
        self.root
    }

    /// Follows `$ref` chains; a broken reference leaves the node as it is.
    pub fn deref(&self, node: &'a Value) -> &'a Value {
        self.resolver.resolve("", node).map_or(node, |(_, target)| target)
    }

    /// The node at a JSON pointer, references followed.
    pub fn at(&self, pointer: &str) -> Option<&'a Value> {
        self.resolver.get(pointer).map(|node| self.deref(node))
    }

    /// The parameter object (references followed) of an operation: its own `parameters` first,
    /// then its path item's, as OpenAPI overrides them.
    pub fn parameter(&self, operation_pointer: &str, location: &str, wire: &str) -> Option<&'a Value> {
        let operation = self.at(operation_pointer)?;
        let path_item = operation_pointer.rsplit_once('/').and_then(|(item, _)| self.at(item));
        let lists = [operation.get("parameters"), path_item.and_then(|item| item.get("parameters"))];
        lists.into_iter().flatten().filter_map(Value::as_array).flatten().map(|p| self.deref(p)).find(|p| {
            p.get("in").and_then(Value::as_str) == Some(location)
                && p.get("name").and_then(Value::as_str).is_some_and(|name| name.eq_ignore_ascii_case(wire))
        })
    }

    /// A parameter of any operation of the document (for the parameters an auth template sets
    /// on the client, such as an account id).
    pub fn any_parameter(&self, location: &str, wire: &str) -> Option<&'a Value> {
        let paths = self.root.get("paths")?.as_object()?;
        for (path, item) in paths {
            let item = self.deref(item);
            let Some(item_map) = item.as_object() else { continue };
            let escaped = path.replace('~', "~0").replace('/', "~1");
            for method in item_map.keys().filter(|k| is_method(k)) {
                if let Some(found) = self.parameter(&format!("/paths/{escaped}/{method}"), location, wire) {
                    return Some(found);
                }
            }
        }
        None
    }

    /// A value for a parameter object.
    pub fn parameter_value(&self, parameter: &Value) -> Value {
        if let Some(example) = parameter.get("example").or_else(|| parameter.get("x-example")) {
            return example.clone();
        }
        if let Some(example) = self.first_example(parameter.get("examples")) {
            return example;
        }
        if let Some(schema) = parameter.get("schema") {
            return self.schema_value(schema, Purpose::Request);
        }
        // `content` instead of `schema`: its one media type.
        if let Some(media) = parameter.get("content").and_then(Value::as_object).and_then(|c| c.values().next()) {
            return self.media_value(media, Purpose::Request);
        }
        Value::String("example".to_owned())
    }

    /// A value for a media type object (`example`, `examples`, else its schema).
    pub fn media_value(&self, media: &Value, purpose: Purpose) -> Value {
        if let Some(example) = media.get("example") {
            return example.clone();
        }
        if let Some(example) = self.first_example(media.get("examples")) {
            return example;
        }
        media.get("schema").map_or(Value::Object(Map::new()), |schema| self.schema_value(schema, purpose))
    }

    /// The value of the first entry of an OpenAPI `examples` map (or a 3.1-style array).
    fn first_example(&self, examples: Option<&Value>) -> Option<Value> {
        match examples? {
            Value::Object(map) => {
                let example = self.deref(map.values().next()?);
                example.get("value").cloned()
            }
            Value::Array(items) => items.first().cloned(),
            _ => None,
        }
    }

    pub fn schema_value(&self, schema: &Value, purpose: Purpose) -> Value {
        self.synthesize(schema, purpose, 0)
    }

    fn synthesize(&self, schema: &Value, purpose: Purpose, depth: usize) -> Value {
        let schema = self.deref(schema);
        if depth > MAX_DEPTH {
            return Value::Null;
        }
        // A full request builds objects property by property, whatever their own example says.
        let builds_object =
            purpose == Purpose::FullRequest && (schema.get("properties").is_some() || schema.get("allOf").is_some());
        if !builds_object {
            if let Some(example) = schema.get("example") {
                return example.clone();
            }
            if let Some(Value::Array(examples)) = schema.get("examples") {
                if let Some(first) = examples.first() {
                    return first.clone();
                }
            }
            if let Some(default) = schema.get("default").filter(|d| !d.is_null()) {
                return default.clone();
            }
        }
        if let Some(value) = schema.get("const") {
            return value.clone();
        }
        if let Some(Value::Array(values)) = schema.get("enum") {
            if let Some(first) = values.iter().find(|v| !v.is_null()) {
                return first.clone();
            }
        }
        if let Some(Value::Array(parts)) = schema.get("allOf") {
            let mut merged = Value::Null;
            for part in parts {
                merge(&mut merged, self.synthesize(part, purpose, depth + 1));
            }
            // Properties beside `allOf` belong to the same object.
            if schema.get("properties").is_some() {
                merge(&mut merged, self.object(schema, purpose, depth));
            }
            return merged;
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(Value::Array(variants)) = schema.get(key) {
                // The first variant that is not just `null`.
                let variant = variants
                    .iter()
                    .find(|v| self.deref(v).get("type").and_then(Value::as_str) != Some("null"))
                    .or_else(|| variants.first());
                if let Some(variant) = variant {
                    let mut value = self.synthesize(variant, purpose, depth + 1);
                    // A discriminator names the variant when the mapping says how.
                    if let (Some(property), Value::Object(map)) =
                        (schema.pointer("/discriminator/propertyName").and_then(Value::as_str), &mut value)
                    {
                        if !map.contains_key(property) {
                            if let Some(tag) = discriminator_tag(schema, variant) {
                                map.insert(property.to_owned(), Value::String(tag));
                            }
                        }
                    }
                    return value;
                }
            }
        }
        let ty = match schema.get("type") {
            Some(Value::String(ty)) => ty.as_str(),
            Some(Value::Array(types)) => {
                types.iter().filter_map(Value::as_str).find(|t| *t != "null").unwrap_or("null")
            }
            _ if schema.get("properties").is_some() || schema.get("additionalProperties").is_some() => "object",
            _ if schema.get("items").is_some() => "array",
            _ => "",
        };
        match ty {
            "object" => self.object(schema, purpose, depth),
            "array" => {
                let count = schema.get("minItems").and_then(Value::as_u64).unwrap_or(1).clamp(1, 3) as usize;
                let item = schema
                    .get("items")
                    .map_or(Value::String("example".to_owned()), |items| self.synthesize(items, purpose, depth + 1));
                Value::Array(vec![item; count])
            }
            "integer" => Value::from(integer(schema)),
            "number" => number(schema),
            "boolean" => Value::Bool(true),
            "string" => Value::String(string(schema)),
            "null" => Value::Null,
            // The empty schema: anything goes.
            _ => Value::String("example".to_owned()),
        }
    }

    /// Required properties (every property, near the top, for a full request), with their
    /// values; read-only ones are left out.
    fn object(&self, schema: &Value, purpose: Purpose, depth: usize) -> Value {
        let mut map = Map::new();
        let required: Vec<&str> =
            schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        if let Some(Value::Object(properties)) = schema.get("properties") {
            for (name, property) in properties {
                // Optional properties only a few levels deep: recursive schemas would not end.
                let wanted =
                    required.contains(&name.as_str()) || (purpose == Purpose::FullRequest && depth <= FULL_DEPTH);
                if !wanted {
                    continue;
                }
                let resolved = self.deref(property);
                if resolved.get("readOnly").and_then(Value::as_bool) == Some(true) {
                    continue;
                }
                map.insert(name.clone(), self.synthesize(property, purpose, depth + 1));
            }
        }
        let min = schema.get("minProperties").and_then(Value::as_u64).unwrap_or(0) as usize;
        if map.len() < min {
            if let Some(additional) = schema.get("additionalProperties").filter(|a| a.is_object()) {
                let value = self.synthesize(additional, purpose, depth + 1);
                for i in map.len()..min {
                    map.insert(format!("key{i}"), value.clone());
                }
            }
        }
        Value::Object(map)
    }
}

/// What the values are for; read-only properties are always left out.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// A request as the document shows it: examples first, else the required properties.
    Request,
    /// A request with every property (optional ones too, down to [`FULL_DEPTH`]), built from
    /// the properties' own examples and schemas: the serialization of every field is tried.
    FullRequest,
}

/// Nesting depth down to which a full request fills optional properties.
const FULL_DEPTH: usize = 4;

pub fn is_method(key: &str) -> bool {
    matches!(key, "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace")
}

/// The discriminator value naming `variant` (a `$ref`): from the mapping, else the schema name.
fn discriminator_tag(schema: &Value, variant: &Value) -> Option<String> {
    let reference = variant.get("$ref")?.as_str()?;
    if let Some(Value::Object(mapping)) = schema.pointer("/discriminator/mapping") {
        if let Some((tag, _)) = mapping.iter().find(|(_, target)| target.as_str() == Some(reference)) {
            return Some(tag.clone());
        }
    }
    reference.rsplit('/').next().map(str::to_owned)
}

/// Deep merge of objects (later keys win); anything else replaces.
fn merge(into: &mut Value, from: Value) {
    match (into, from) {
        (Value::Object(into), Value::Object(from)) => {
            for (key, value) in from {
                match into.get_mut(&key) {
                    Some(existing) => merge(existing, value),
                    None => {
                        into.insert(key, value);
                    }
                }
            }
        }
        (into @ Value::Null, from) => *into = from,
        (_, Value::Null) => {}
        (into, from) => *into = from,
    }
}

fn integer(schema: &Value) -> i64 {
    let minimum = schema.get("minimum").and_then(Value::as_f64);
    let maximum = schema.get("maximum").and_then(Value::as_f64);
    let exclusive_min = schema.get("exclusiveMinimum");
    let mut value = 1.0_f64;
    if let Some(min) = minimum {
        value = if exclusive_min == Some(&Value::Bool(true)) { min.floor() + 1.0 } else { min.ceil() };
    } else if let Some(min) = exclusive_min.and_then(Value::as_f64) {
        value = min.floor() + 1.0;
    }
    if let Some(max) = maximum {
        if value > max {
            value = max.floor();
        }
    }
    if let Some(step) = schema.get("multipleOf").and_then(Value::as_f64).filter(|s| *s >= 1.0) {
        value = (value / step).ceil() * step;
    }
    value as i64
}

fn number(schema: &Value) -> Value {
    let has_bounds = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"]
        .iter()
        .any(|key| schema.get(*key).is_some());
    if has_bounds {
        Value::from(integer(schema))
    } else {
        Value::from(1.5)
    }
}

fn string(schema: &Value) -> String {
    let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
    let mut text = match format {
        "date-time" => "2024-01-01T00:00:00Z",
        "date" => "2024-01-01",
        "time" => "12:00:00",
        "email" | "idn-email" => "user@example.com",
        "uuid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "uri" | "url" | "iri" => "https://example.com/",
        "uri-reference" | "iri-reference" => "/example",
        "hostname" | "idn-hostname" => "example.com",
        "ipv4" => "192.0.2.1",
        "ipv6" => "2001:db8::1",
        "byte" => "c21va2U=",
        "binary" => "smoke",
        "password" => "secret-password",
        "duration" => "P1D",
        _ => "example",
    }
    .to_owned();
    let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    while text.chars().count() < min {
        text.push('x');
    }
    if let Some(max) = schema.get("maxLength").and_then(Value::as_u64) {
        text = text.chars().take(max as usize).collect();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn examples_win_over_synthesis() {
        let root = json!({"components": {"schemas": {"Pet": {"type": "object", "required": ["name", "id"],
            "properties": {"id": {"type": "integer", "readOnly": true}, "name": {"type": "string", "example": "Rex"},
            "tag": {"type": "string"}}}}}});
        let sampler = Sampler::new(&root);
        let value = sampler.schema_value(&json!({"$ref": "#/components/schemas/Pet"}), Purpose::Request);
        assert_eq!(value, json!({"name": "Rex"}));
    }

    #[test]
    fn formats_and_bounds() {
        let root = json!({});
        let sampler = Sampler::new(&root);
        let value = |schema: Value| sampler.schema_value(&schema, Purpose::Request);
        assert_eq!(value(json!({"type": "string", "format": "email"})), json!("user@example.com"));
        assert_eq!(value(json!({"type": "string", "minLength": 10})), json!("examplexxx"));
        assert_eq!(value(json!({"type": "integer", "minimum": 5})), json!(5));
        assert_eq!(value(json!({"type": "integer", "maximum": 0})), json!(0));
        assert_eq!(value(json!({"type": "array", "items": {"enum": ["a", "b"]}})), json!(["a"]));
        assert_eq!(
            value(json!({"allOf": [{"type": "object", "required": ["a"], "properties": {"a": {"type": "boolean"}}},
                {"required": ["b"], "properties": {"b": {"type": "string", "format": "date"}}}]})),
            json!({"a": true, "b": "2024-01-01"})
        );
    }

    #[test]
    fn full_requests_fill_optional_properties_but_not_read_only_ones() {
        let root = json!({});
        let sampler = Sampler::new(&root);
        let schema = json!({"type": "object", "example": {"name": "Rex"}, "required": ["name"], "properties": {
            "name": {"type": "string", "example": "Rex"}, "tag": {"type": "string", "enum": ["a"]},
            "id": {"type": "integer", "readOnly": true}}});
        assert_eq!(sampler.schema_value(&schema, Purpose::Request), json!({"name": "Rex"}));
        assert_eq!(sampler.schema_value(&schema, Purpose::FullRequest), json!({"name": "Rex", "tag": "a"}));
    }
}
