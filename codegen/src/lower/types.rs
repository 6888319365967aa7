//! Schemas to Rust types: which schema needs a named type, and what that type is.

use std::collections::HashSet;

use serde_json::{Map, Value};

use crate::naming::{self, Namespace};
use super::{hint_from_pointer, Lowerer, Slot};
use crate::load::refs::Resolver;
use crate::model::{
    DefaultValue, EnumVariant, Field, OneOf, OneOfVariant, Presence, Struct, TypeDef, TypeKind, TypeRef,
};
use crate::pointer;

/// Deeper schema nesting than this is lowered as `serde_json::Value` (protects the stack).
const MAX_DEPTH: usize = 48;

/// Formats of the OpenAPI and JSON Schema specifications and their registry. Others are
/// reported once each: they are typed by their `type` alone.
const KNOWN_FORMATS: &[&str] = &[
    "int32", "int64", "uint32", "uint64", "float", "double", "byte", "binary", "base64", "date", "date-time",
    "time", "duration", "password", "email", "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6", "uri",
    "uri-reference", "iri", "iri-reference", "uri-template", "uuid", "json-pointer", "relative-json-pointer",
    "regex", "int8", "int16", "uint8", "uint16", "decimal", "char", "html", "url", "phone", "sf-string",
];

/// What Rust type a schema object calls for.
enum Shape<'a> {
    /// A type written in place (`String`, `Vec<T>`, `BTreeMap<String, T>`...).
    Inline,
    /// The schema is a thin wrapper around one other schema (`allOf: [$ref]`, a one-variant
    /// `oneOf`): use that schema's type.
    Passthrough(String, &'a Value),
    Struct,
    StringEnum(Vec<String>),
    IntEnum(Vec<i64>),
    OneOf(Vec<(String, &'a Value)>),
}

/// Properties gathered from a schema and its `allOf` members.
#[derive(Default)]
struct ObjectParts<'a> {
    /// (wire name, pointer, schema), later members overriding earlier ones in place.
    properties: Vec<(String, String, &'a Value)>,
    required: HashSet<String>,
    additional: Option<(String, &'a Value)>,
}

impl<'a> Lowerer<'a, '_> {
    /// Names every component schema before any is lowered, so references resolve to the
    /// component's own name wherever they are met first.
    pub(super) fn declare_components(&mut self) {
        let Some(schemas) = self.root.pointer("/components/schemas").and_then(Value::as_object) else {
            return;
        };
        for (name, schema) in schemas {
            let at = pointer::join("/components/schemas", name);
            let nullable = self.is_nullable(&at, schema);
            self.declare(&at, name, nullable);
        }
    }

    pub(super) fn lower_components(&mut self) {
        let Some(schemas) = self.root.pointer("/components/schemas").and_then(Value::as_object) else {
            return;
        };
        for (name, schema) in schemas {
            let at = pointer::join("/components/schemas", name);
            if let Some(slot) = self.slots.get(&at).cloned() {
                self.lower_named(&slot, &at, schema);
            }
        }
    }

    /// The Rust type for the schema `node` found at `at`; `hint` names it if it needs a name.
    pub(super) fn schema_type(&mut self, at: &str, node: &'a Value, hint: &str) -> TypeRef {
        if let Some(reference) = Resolver::ref_of(node) {
            return self.reference_type(at, reference, node);
        }
        if let Some(slot) = self.slots.get(at) {
            return slot.type_ref();
        }
        let Some(object) = node.as_object() else {
            if !node.is_boolean() {
                self.diags.warn(at, "a schema must be an object or a boolean; using any JSON value");
            }
            return TypeRef::Json;
        };
        if self.depth >= MAX_DEPTH {
            self.diags.warn(at, "schema nested too deeply; using any JSON value");
            return TypeRef::Json;
        }
        self.depth += 1;
        let nullable = self.is_nullable(at, node);
        let ty = match self.shape(at, object) {
            Shape::Inline => self.inline_type(at, object, hint),
            Shape::Passthrough(inner_at, inner) => self.schema_type(&inner_at, inner, hint),
            _ => {
                let slot = self.declare(at, hint, false);
                self.lower_named(&slot, at, node);
                TypeRef::Named(slot.name)
            }
        };
        self.depth -= 1;
        if nullable && !matches!(ty, TypeRef::Option(_)) {
            TypeRef::Option(Box::new(ty))
        } else {
            ty
        }
    }

    fn reference_type(&mut self, at: &str, reference: &str, node: &'a Value) -> TypeRef {
        let target = match self.resolver.target_pointer(at, reference) {
            Ok(target) => target,
            Err(diagnostic) => {
                self.diags.push(diagnostic.downgraded("using any JSON value instead"));
                return TypeRef::Json;
            }
        };
        if let Some(slot) = self.slots.get(&target) {
            return slot.type_ref();
        }
        match self.resolver.resolve(at, node) {
            Ok((final_at, final_node)) => {
                let hint = hint_from_pointer(&final_at);
                self.schema_type(&final_at, final_node, &hint)
            }
            Err(diagnostic) => {
                self.diags.push(diagnostic.downgraded("using any JSON value instead"));
                TypeRef::Json
            }
        }
    }

    /// Lowers the schema of a declared slot into its definition.
    fn lower_named(&mut self, slot: &Slot, at: &str, node: &'a Value) {
        let doc = schema_doc(node);
        let kind = match node.as_object() {
            None => TypeKind::Alias(TypeRef::Json),
            Some(object) => match self.shape(at, object) {
                Shape::Struct => TypeKind::Struct(self.lower_struct(at, object, &slot.name)),
                Shape::StringEnum(values) => TypeKind::StringEnum(string_variants(object, values)),
                Shape::IntEnum(values) => TypeKind::IntEnum(int_variants(object, values)),
                Shape::OneOf(members) => TypeKind::OneOf(self.lower_one_of(at, object, &slot.name, members)),
                Shape::Passthrough(inner_at, inner) => {
                    TypeKind::Alias(strip_option(self.schema_type(&inner_at, inner, &slot.name)))
                }
                Shape::Inline => TypeKind::Alias(self.inline_type(at, object, &slot.name)),
            },
        };
        let kind = match (Resolver::ref_of(node), kind) {
            // A component that is only a `$ref`: alias the target.
            (Some(reference), _) => TypeKind::Alias(strip_option(self.reference_type(at, reference, node))),
            (None, kind) => kind,
        };
        self.define(slot, TypeDef { name: slot.name.clone(), doc, pointer: at.to_owned(), kind, group: None, used_by: Vec::new() });
    }

    fn shape(&mut self, at: &str, object: &'a Map<String, Value>) -> Shape<'a> {
        if let Some(values) = object.get("enum").and_then(Value::as_array) {
            if let Some(shape) = enum_shape(object, values) {
                return shape;
            }
        }
        for keyword in ["oneOf", "anyOf"] {
            let Some(members) = object.get(keyword).and_then(Value::as_array) else { continue };
            let base = pointer::join(at, keyword);
            let members: Vec<(String, &Value)> = members
                .iter()
                .enumerate()
                .map(|(i, m)| (pointer::join(&base, &i.to_string()), m))
                .filter(|(member_at, m)| !self.is_null_schema(member_at, m))
                .collect();
            if members.iter().all(|(_, m)| is_constraint_only(m)) {
                // `oneOf: [{required: [a]}, {required: [b]}]` only constrains the object itself.
                continue;
            }
            if has_own_properties(object) {
                self.diags.warn(
                    base,
                    format!("`{keyword}` beside `properties` is not modelled; only the properties are typed"),
                );
                return Shape::Struct;
            }
            return match members.len() {
                1 => {
                    let (member_at, member) = members.into_iter().next().expect("one member");
                    Shape::Passthrough(member_at, member)
                }
                _ => Shape::OneOf(members),
            };
        }
        if let Some(members) = object.get("allOf").and_then(Value::as_array) {
            if members.len() == 1 && !has_own_properties(object) {
                return Shape::Passthrough(pointer::join(&pointer::join(at, "allOf"), "0"), &members[0]);
            }
            if !members.is_empty() {
                // A primitive refined by constraint-only members (`allOf: [{$ref: Id}, {minimum: 1}]`).
                let typed: Vec<(String, &Value)> = members
                    .iter()
                    .enumerate()
                    .map(|(i, m)| (pointer::join(&pointer::join(at, "allOf"), &i.to_string()), m))
                    .filter(|(_, m)| !is_constraint_only(m))
                    .collect();
                if typed.len() == 1 && !has_own_properties(object) {
                    let (member_at, member) = typed.into_iter().next().expect("one member");
                    return Shape::Passthrough(member_at, member);
                }
                return Shape::Struct;
            }
        }
        match type_name(object) {
            Some("object") | None if object.get("properties").and_then(Value::as_object).is_some_and(|p| !p.is_empty()) => {
                Shape::Struct
            }
            Some("object") | None if object.get("additionalProperties") == Some(&Value::Bool(false)) => Shape::Struct,
            _ => Shape::Inline,
        }
    }

    /// Types written in place: primitives, arrays, maps, any JSON.
    fn inline_type(&mut self, at: &str, object: &'a Map<String, Value>, hint: &str) -> TypeRef {
        let format = object.get("format").and_then(Value::as_str).unwrap_or("");
        if !format.is_empty() && !KNOWN_FORMATS.contains(&format) {
            let entry = self.unknown_formats.entry(format.to_owned()).or_insert_with(|| (pointer::join(at, "format"), 0));
            entry.1 += 1;
        }
        if let Some(ty) = self.unrepresentable_int_enum(at, object) {
            return ty;
        }
        match type_name(object) {
            Some("string") => match format {
                "date-time" => TypeRef::DateTime,
                "date" => TypeRef::Date,
                "uuid" => TypeRef::Uuid,
                _ => TypeRef::String,
            },
            Some("integer") => match format {
                "int32" => TypeRef::I32,
                "uint32" => TypeRef::U32,
                "uint64" => TypeRef::U64,
                _ => TypeRef::I64,
            },
            Some("number") => match format {
                "float" => TypeRef::F32,
                _ => TypeRef::F64,
            },
            Some("boolean") => TypeRef::Bool,
            Some("array") => {
                let item = match object.get("items") {
                    Some(items) => self.schema_type(&pointer::join(at, "items"), items, &format!("{hint}Item")),
                    None => TypeRef::Json,
                };
                TypeRef::Vec(Box::new(item))
            }
            Some("object") | None if object.contains_key("additionalProperties") || type_name(object).is_some() => {
                let value = match object.get("additionalProperties") {
                    Some(Value::Object(schema)) if !schema.is_empty() => self.schema_type(
                        &pointer::join(at, "additionalProperties"),
                        &object["additionalProperties"],
                        &format!("{hint}Value"),
                    ),
                    _ => TypeRef::Json,
                };
                TypeRef::Map(Box::new(value))
            }
            None | Some("null") => TypeRef::Json,
            Some(other) => {
                self.diags.warn(pointer::join(at, "type"), format!("unknown type `{other}`; using any JSON value"));
                TypeRef::Json
            }
        }
    }

    /// An integer enum is an `i64` enum; one with a value outside `i64` (beyond 64 bits, JSON
    /// reads it as a float, or a fraction) cannot be one. Said where the value stands; typed as
    /// `u64` when every value fits it, else as any JSON value.
    fn unrepresentable_int_enum(&mut self, at: &str, object: &Map<String, Value>) -> Option<TypeRef> {
        let values = object.get("enum")?.as_array()?;
        let numbers_only = values.iter().all(|v| v.is_number() || v.is_null());
        if !(type_name(object) == Some("integer") || (type_name(object).is_none() && numbers_only)) {
            return None;
        }
        let outside: Vec<usize> =
            (0..values.len()).filter(|&i| values[i].is_number() && values[i].as_i64().is_none()).collect();
        let &first = outside.first()?;
        let all_u64 = values.iter().all(|v| v.is_null() || v.as_u64().is_some());
        let (ty, instead) = if all_u64 && numbers_only {
            (TypeRef::U64, "typed as a plain `u64`")
        } else {
            (TypeRef::Json, "typed as any JSON value")
        };
        let others = match outside.len() {
            1 => String::new(),
            n => format!(" (and {} more)", n - 1),
        };
        self.diags.warn(
            pointer::join(&pointer::join(at, "enum"), &first.to_string()),
            format!(
                "enum value {}{others} is not a 64-bit signed integer (what an integer enum holds); {instead}, not an enum",
                values[first]
            ),
        );
        Some(ty)
    }

    fn lower_struct(&mut self, at: &str, object: &'a Map<String, Value>, name: &str) -> Struct {
        let mut parts = ObjectParts::default();
        let mut visited = HashSet::new();
        self.collect_object(at, object, &mut parts, &mut visited);
        let mut field_names = Namespace::new();
        let mut fields = Vec::with_capacity(parts.properties.len());
        for (wire, prop_at, schema) in parts.properties {
            let hint = format!("{name}{}", naming::pascal_ident(&wire));
            let ty = self.schema_type(&prop_at, schema, &hint);
            let (ty, nullable) = match ty {
                TypeRef::Option(inner) => (*inner, true),
                other => (other, false),
            };
            let flags = self.property_flags(&prop_at, schema);
            let required = parts.required.contains(&wire);
            let default = if !nullable && !required { self.default_value(schema, &ty) } else { None };
            let presence = match (required && !flags.read_only && !flags.write_only, nullable) {
                (true, false) => Presence::Required,
                (true, true) => Presence::RequiredNullable,
                (false, _) if default.is_some() => Presence::Defaulted,
                (false, _) => Presence::Optional,
            };
            fields.push(Field {
                name: field_names.claim(&naming::snake_ident(&wire)),
                wire,
                doc: flags.doc,
                ty,
                presence,
                boxed: false,
                default,
                read_only: flags.read_only,
                write_only: flags.write_only,
                deprecated: flags.deprecated,
            });
        }
        let additional = parts.additional.map(|(additional_at, schema)| match schema {
            Value::Object(map) if !map.is_empty() => {
                let hint = format!("{name}Value");
                self.schema_type(&additional_at, schema, &hint)
            }
            _ => TypeRef::Json,
        });
        if additional.is_some() {
            // Reserve the flattened map's name against the declared properties.
            let _ = field_names.claim("additional_properties");
        }
        Struct { fields, additional }
    }

    /// Gathers properties, `required` and `additionalProperties` from a schema and, recursively,
    /// its `allOf` members (each member once, so cycles end).
    fn collect_object(
        &mut self,
        at: &str,
        object: &'a Map<String, Value>,
        parts: &mut ObjectParts<'a>,
        visited: &mut HashSet<String>,
    ) {
        if !visited.insert(at.to_owned()) {
            return;
        }
        if let Some(members) = object.get("allOf").and_then(Value::as_array) {
            let base = pointer::join(at, "allOf");
            for (i, member) in members.iter().enumerate() {
                let member_at = pointer::join(&base, &i.to_string());
                match self.resolver.resolve(&member_at, member) {
                    Ok((resolved_at, Value::Object(resolved))) => {
                        if resolved.contains_key("oneOf") || resolved.contains_key("anyOf") {
                            self.diags.warn(
                                member_at,
                                "an `allOf` member with `oneOf`/`anyOf` is not merged; its own properties are kept",
                            );
                        }
                        self.collect_object(&resolved_at, resolved, parts, visited);
                    }
                    Ok(_) => {}
                    Err(diagnostic) => self.diags.push(diagnostic.downgraded("member skipped")),
                }
            }
        }
        if let Some(properties) = object.get("properties").and_then(Value::as_object) {
            let base = pointer::join(at, "properties");
            for (wire, schema) in properties {
                let prop_at = pointer::join(&base, wire);
                match parts.properties.iter_mut().find(|(w, _, _)| w == wire) {
                    Some(existing) => *existing = (wire.clone(), prop_at, schema),
                    None => parts.properties.push((wire.clone(), prop_at, schema)),
                }
            }
        }
        if let Some(required) = object.get("required").and_then(Value::as_array) {
            parts.required.extend(required.iter().filter_map(Value::as_str).map(str::to_owned));
        }
        match object.get("additionalProperties") {
            Some(Value::Bool(false)) | None => {}
            Some(schema) => parts.additional = Some((pointer::join(at, "additionalProperties"), schema)),
        }
    }

    fn lower_one_of(
        &mut self,
        at: &str,
        object: &'a Map<String, Value>,
        name: &str,
        members: Vec<(String, &'a Value)>,
    ) -> OneOf {
        let mut variant_names = Namespace::new();
        let mut variants: Vec<OneOfVariant> = Vec::new();
        for (i, (member_at, member)) in members.iter().enumerate() {
            let title = member.get("title").and_then(Value::as_str);
            let hint = match title {
                Some(title) => format!("{name}{}", naming::pascal_ident(title)),
                None => format!("{name}Variant{}", i + 1),
            };
            let ty = self.schema_type(member_at, member, &hint);
            if variants.iter().any(|v| v.ty == ty) {
                continue;
            }
            let variant_name = match (&ty, title) {
                (_, Some(title)) => naming::pascal_ident(title),
                (TypeRef::Named(type_name), None) => type_name.clone(),
                (other, None) => primitive_variant_name(other),
            };
            variants.push(OneOfVariant {
                name: variant_names.claim(&variant_name),
                ty,
                tags: Vec::new(),
                doc: member.get("description").and_then(Value::as_str).map(str::to_owned),
                boxed: false,
            });
        }
        let discriminator = self.discriminator(at, object, &members, &mut variants);
        OneOf { variants, discriminator }
    }

    /// A `discriminator` is honoured when every variant is a reference to a named type; tags come
    /// from `mapping`, else from the referenced schema's name.
    fn discriminator(
        &mut self,
        at: &str,
        object: &Map<String, Value>,
        members: &[(String, &'a Value)],
        variants: &mut [OneOfVariant],
    ) -> Option<String> {
        let property = object.get("discriminator")?.get("propertyName")?.as_str()?.to_owned();
        let all_refs = members.len() == variants.len()
            && members.iter().all(|(_, m)| Resolver::ref_of(m).is_some())
            && variants.iter().all(|v| matches!(v.ty, TypeRef::Named(_)));
        if !all_refs {
            self.diags.warn(
                pointer::join(at, "discriminator"),
                "discriminator ignored: it needs every variant to be a `$ref`; variants are tried in order",
            );
            return None;
        }
        let mapping = object.get("discriminator").and_then(|d| d.get("mapping")).and_then(Value::as_object);
        for ((member_at, member), variant) in members.iter().zip(variants.iter_mut()) {
            let Some(reference) = Resolver::ref_of(member) else { continue };
            let Ok(target) = self.resolver.target_pointer(member_at, reference) else { continue };
            if let Some(mapping) = mapping {
                for (tag, mapped) in mapping {
                    let mapped_target = mapped.as_str().map(|m| self.mapping_target(at, m));
                    if mapped_target.as_deref() == Some(target.as_str()) {
                        variant.tags.push(tag.clone());
                    }
                }
            }
            if variant.tags.is_empty() {
                let schema_name = pointer::tokens(&target).pop().unwrap_or_default();
                variant.tags.push(schema_name);
            }
        }
        Some(property)
    }

    /// A mapping value is a reference or a bare schema name.
    fn mapping_target(&self, at: &str, mapped: &str) -> String {
        if mapped.contains('#') || mapped.contains('/') {
            self.resolver.target_pointer(at, mapped).unwrap_or_default()
        } else {
            pointer::join("/components/schemas", mapped)
        }
    }

    /// `nullable: true`, or a `oneOf`/`anyOf` with a `null` member.
    fn is_nullable(&self, at: &str, node: &Value) -> bool {
        if node.get("nullable") == Some(&Value::Bool(true)) {
            return true;
        }
        ["oneOf", "anyOf"].iter().any(|keyword| {
            let Some(members) = node.get(*keyword).and_then(Value::as_array) else { return false };
            let base = pointer::join(at, keyword);
            members.iter().enumerate().any(|(i, m)| self.is_null_schema(&pointer::join(&base, &i.to_string()), m))
        })
    }

    fn is_null_schema(&self, at: &str, node: &Value) -> bool {
        let resolved = self.resolver.resolve(at, node).map(|(_, n)| n).unwrap_or(node);
        match resolved.get("type") {
            Some(Value::String(t)) => t == "null",
            _ => resolved.get("enum").and_then(Value::as_array).is_some_and(|e| e.len() == 1 && e[0].is_null()),
        }
    }

    fn property_flags(&self, at: &str, schema: &Value) -> PropertyFlags {
        let resolved = self.resolver.resolve(at, schema).map(|(_, n)| n).unwrap_or(schema);
        let flag = |key: &str| {
            schema.get(key).and_then(Value::as_bool).or_else(|| resolved.get(key).and_then(Value::as_bool)).unwrap_or(false)
        };
        let doc = schema_doc(schema);
        PropertyFlags { read_only: flag("readOnly"), write_only: flag("writeOnly"), deprecated: flag("deprecated"), doc }
    }

    /// A schema `default` that can be written as a Rust expression of type `ty`.
    fn default_value(&self, schema: &Value, ty: &TypeRef) -> Option<DefaultValue> {
        let default = schema.get("default")?;
        match (ty, default) {
            (TypeRef::Bool, Value::Bool(b)) => Some(DefaultValue::Bool(*b)),
            (TypeRef::I32, Value::Number(n)) => n.as_i64().filter(|v| i32::try_from(*v).is_ok()).map(DefaultValue::Int),
            (TypeRef::I64, Value::Number(n)) => n.as_i64().map(DefaultValue::Int),
            (TypeRef::U32, Value::Number(n)) => n.as_i64().filter(|v| u32::try_from(*v).is_ok()).map(DefaultValue::Int),
            (TypeRef::U64, Value::Number(n)) => n.as_i64().filter(|v| *v >= 0).map(DefaultValue::Int),
            (TypeRef::F32 | TypeRef::F64, Value::Number(n)) => n.as_f64().filter(|f| f.is_finite()).map(DefaultValue::Float),
            (TypeRef::String, Value::String(s)) => Some(DefaultValue::String(s.clone())),
            (TypeRef::Named(name), Value::String(s)) => self.enum_variant_for(name, s),
            _ => None,
        }
    }

    fn enum_variant_for(&self, type_name: &str, value: &str) -> Option<DefaultValue> {
        let def = self.defs.iter().flatten().find(|d| d.name == type_name)?;
        let TypeKind::StringEnum(variants) = &def.kind else { return None };
        let variant = variants.iter().find(|v| v.value == value)?;
        Some(DefaultValue::EnumVariant { ty: type_name.to_owned(), variant: variant.name.clone() })
    }
}

struct PropertyFlags {
    read_only: bool,
    write_only: bool,
    deprecated: bool,
    doc: Option<String>,
}

/// Title and description of a schema, as one text.
pub(super) fn schema_doc(node: &Value) -> Option<String> {
    let title = node.get("title").and_then(Value::as_str).map(str::trim).filter(|t| !t.is_empty());
    let description = node.get("description").and_then(Value::as_str).map(str::trim).filter(|t| !t.is_empty());
    match (title, description) {
        (Some(t), Some(d)) if d.starts_with(t) => Some(d.to_owned()),
        (Some(t), Some(d)) => Some(format!("{t}\n\n{d}")),
        (Some(t), None) => Some(t.to_owned()),
        (None, Some(d)) => Some(d.to_owned()),
        (None, None) => None,
    }
}

fn type_name(object: &Map<String, Value>) -> Option<&str> {
    object.get("type").and_then(Value::as_str)
}

fn has_own_properties(object: &Map<String, Value>) -> bool {
    object.get("properties").and_then(Value::as_object).is_some_and(|p| !p.is_empty())
}

/// A schema that only constrains (`required`, `minimum`, `description`...) and adds no type.
fn is_constraint_only(node: &Value) -> bool {
    const TYPING: &[&str] =
        &["$ref", "type", "properties", "items", "allOf", "oneOf", "anyOf", "enum", "additionalProperties", "format"];
    match node.as_object() {
        Some(object) => !TYPING.iter().any(|k| object.contains_key(*k)),
        None => true,
    }
}

fn strip_option(ty: TypeRef) -> TypeRef {
    match ty {
        TypeRef::Option(inner) => *inner,
        other => other,
    }
}

fn enum_shape<'a>(object: &Map<String, Value>, values: &[Value]) -> Option<Shape<'a>> {
    let values: Vec<&Value> = values.iter().filter(|v| !v.is_null()).collect();
    if values.is_empty() {
        return None;
    }
    let declared = type_name(object);
    if declared == Some("string") || (declared.is_none() && values.iter().all(|v| v.is_string())) {
        let mut strings: Vec<String> = Vec::new();
        for value in values {
            let text = match value {
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                Value::Bool(b) => b.to_string(),
                _ => return None,
            };
            if !strings.contains(&text) {
                strings.push(text);
            }
        }
        return Some(Shape::StringEnum(strings));
    }
    if matches!(declared, Some("integer") | None) && values.iter().all(|v| v.as_i64().is_some()) {
        let mut ints: Vec<i64> = Vec::new();
        for value in values.iter().filter_map(|v| v.as_i64()) {
            if !ints.contains(&value) {
                ints.push(value);
            }
        }
        return Some(Shape::IntEnum(ints));
    }
    None
}

/// Variant names from `x-enum-varnames` (or `x-enumNames`) when given, else from the values.
fn custom_variant_names(object: &Map<String, Value>, count: usize) -> Option<Vec<String>> {
    ["x-enum-varnames", "x-enumNames"].iter().find_map(|key| {
        let names: Vec<String> =
            object.get(*key)?.as_array()?.iter().filter_map(Value::as_str).map(str::to_owned).collect();
        (names.len() == count).then_some(names)
    })
}

/// Enum variants, named from `x-enum-varnames` (or `x-enumNames`) when given, else by
/// `default_name` from the value; unique in the enum.
fn variants<T>(object: &Map<String, Value>, values: Vec<T>, default_name: impl Fn(&T) -> String) -> Vec<EnumVariant<T>> {
    let custom = custom_variant_names(object, values.len());
    let mut names = Namespace::new();
    values
        .into_iter()
        .enumerate()
        .map(|(i, value)| {
            let name = match custom.as_ref().and_then(|c| c.get(i)) {
                Some(custom) => naming::pascal_ident(custom),
                None => default_name(&value),
            };
            EnumVariant { name: names.claim(&name), value, doc: None }
        })
        .collect()
}

fn string_variants(object: &Map<String, Value>, values: Vec<String>) -> Vec<EnumVariant<String>> {
    variants(object, values, |value| value_variant_name(value))
}

/// A variant name from a string value; a leading sign is spelled out, so that `-created_at`
/// (a descending sort) and `created_at` stay apart as `MinusCreatedAt` and `CreatedAt`.
fn value_variant_name(value: &str) -> String {
    let sign = match value.chars().next() {
        Some('-') => "Minus",
        Some('+') => "Plus",
        _ => "",
    };
    // `-` and `+` are one byte long.
    let rest = if sign.is_empty() { value } else { &value[1..] };
    if sign.is_empty() || !rest.starts_with(|c: char| c.is_alphanumeric()) {
        return naming::pascal_ident(value);
    }
    naming::pascal_ident(&format!("{sign} {rest}"))
}

fn int_variants(object: &Map<String, Value>, values: Vec<i64>) -> Vec<EnumVariant<i64>> {
    variants(object, values, |value| match *value {
        v if v < 0 => format!("VMinus{}", v.unsigned_abs()),
        v => format!("V{v}"),
    })
}

fn primitive_variant_name(ty: &TypeRef) -> String {
    match ty {
        TypeRef::Bool => "Boolean",
        TypeRef::I32 | TypeRef::I64 | TypeRef::U32 | TypeRef::U64 => "Integer",
        TypeRef::F32 | TypeRef::F64 => "Number",
        TypeRef::String => "String",
        TypeRef::DateTime => "DateTime",
        TypeRef::Date => "Date",
        TypeRef::Uuid => "Uuid",
        TypeRef::Bytes => "Bytes",
        TypeRef::Json => "Json",
        TypeRef::Vec(_) => "Array",
        TypeRef::Map(_) => "Map",
        TypeRef::Named(name) => name,
        TypeRef::Option(inner) => return primitive_variant_name(inner),
    }
    .to_owned()
}
