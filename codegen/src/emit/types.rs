//! `src/types.rs` of a generated crate: schema types, and the per-operation parameter, response,
//! error and multipart types.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::docs::doc_attrs;
use super::rust::{gated_item, ident, type_tokens, AtLeast, Chunk, Scope};
use crate::naming;
use crate::model::{
    Api, BodyKind, DefaultValue, EnumVariant, ErrorShape, Field, MultipartField, MultipartFieldKind, MultipartForm,
    OneOf, Operation, Presence, ResponseBody, Struct, SuccessShape, TypeDef, TypeKind, TypeRef,
};

/// The file's items, one chunk per type (a type and its impls), formatted one at a time.
///
/// The chunks are built as the formatter asks for them, so that one chunk's tokens are alive at a
/// time: memory stays that of the document, not of the generated code.
/// With `group`, the file of that feature group's types (`types/group_<name>.rs`), which sees
/// the shared ones through `use super::*`.
pub fn types_file<'a>(api: &'a Api, group: Option<&'a str>) -> impl Iterator<Item = Chunk> + 'a {
    let mut head = Some(match group {
        None => {
            let modules = super::group_module_decls(api, true, |group| group_has_types(api, &group.feature));
            quote! {
                //! Types of the API's schemas, parameters, responses and errors.
                #modules
            }
        }
        Some(feature) => {
            let doc = format!(" Types only the operations of the `{feature}` feature group use.");
            quote! {
                #![doc = #doc]
                #[allow(unused_imports)]
                use super::*;
            }
        }
    });
    let mut types = api.types.iter().filter(move |def| def.group.as_deref() == group);
    // The head and one chunk per type, at least.
    let chunks = 1 + api.types.iter().filter(|def| def.group.as_deref() == group).count();
    let mut operations = api.operations.iter().filter(move |op| op.group.as_deref() == group);
    // Default values, gathered from the types, go last in their own module.
    let mut defaults = Some(Vec::new());
    let file = std::iter::from_fn(move || {
        if let Some(head) = head.take() {
            return Some(head.into());
        }
        if let (Some(def), Some(defaults)) = (types.next(), defaults.as_mut()) {
            // A type some groups share is built, with its fields' default values, when any is on.
            let first_default = defaults.len();
            let items = Chunk::gated(&def.used_by, type_def(def, defaults));
            for default in &mut defaults[first_default..] {
                *default = gated_item(&def.used_by, std::mem::take(default));
            }
            return Some(items);
        }
        if let Some(chunk) = operations.by_ref().map(operation_types).find(|chunk| !chunk.is_empty()) {
            return Some(chunk.into());
        }
        let defaults = defaults.take().filter(|defaults| !defaults.is_empty())?;
        Some(
            quote! {
                /// Default values of fields the document gives a `default` for.
                mod defaults {
                    #(#defaults)*
                }
            }
            .into(),
        )
    });
    AtLeast::new(file, chunks)
}

/// Whether a feature group has types of its own (schemas only it reaches, or its operations'
/// own types), and so a file of them.
pub(super) fn group_has_types(api: &Api, feature: &str) -> bool {
    api.types.iter().any(|def| def.group.as_deref() == Some(feature))
        || api.operations.iter().any(|op| op.group.as_deref() == Some(feature) && !operation_types(op).is_empty())
}

fn type_def(def: &TypeDef, defaults: &mut Vec<TokenStream>) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc_attrs(&[def.doc.as_deref()]);
    match &def.kind {
        TypeKind::Struct(s) => struct_def(&def.name, &docs, s, defaults),
        TypeKind::StringEnum(variants) => string_enum(&name, &docs, variants),
        TypeKind::IntEnum(variants) => int_enum(&name, &docs, variants),
        TypeKind::OneOf(one_of) => one_of_def(&name, &docs, one_of),
        TypeKind::Alias(target) => {
            let target = type_tokens(target, Scope::Types);
            quote! { #docs pub type #name = #target; }
        }
    }
}

fn field_type(field: &Field) -> TokenStream {
    let inner = type_tokens(&field.ty, Scope::Types);
    let inner = if field.boxed { quote!(Box<#inner>) } else { inner };
    match field.presence {
        Presence::Required | Presence::Defaulted => inner,
        Presence::RequiredNullable | Presence::Optional => quote!(Option<#inner>),
    }
}

fn struct_def(type_name: &str, docs: &TokenStream, s: &Struct, defaults: &mut Vec<TokenStream>) -> TokenStream {
    let name = ident(type_name);
    let all_optional = s.fields.iter().all(|f| matches!(f.presence, Presence::Optional | Presence::RequiredNullable));
    let derive_default = all_optional.then(|| quote!(Default,));
    let mut members = Vec::new();
    let mut decoded = Vec::new();
    let fields = s.fields.iter().map(|field| {
        let field_name = ident(&field.name);
        let ty = field_type(field);
        let inner = type_tokens(&field.ty, Scope::Types);
        let value = if field.boxed { quote!(Box::new(value.into())) } else { quote!(value.into()) };
        let slot = format_ident!("v{}", decoded.len());
        let wire = &field.wire;
        let (value, init, finish) = match field.presence {
            Presence::Required => {
                (value, Init::Argument { boxed: field.boxed }, quote!(crate::runtime::decode::required(#slot, #wire)?))
            }
            Presence::RequiredNullable => {
                (quote!(Some(#value)), Init::Value(quote!(None)), quote!(crate::runtime::decode::optional(#slot)))
            }
            Presence::Optional => {
                (quote!(Some(#value)), Init::Value(quote!(None)), quote!(crate::runtime::decode::optional(#slot)))
            }
            Presence::Defaulted => {
                let function = format!("{}_{}", naming::snake_ident(type_name), field.name);
                defaults.push(default_function(&function, field));
                let function = ident(&function);
                (value, Init::Value(quote!(defaults::#function())), quote!(#slot.unwrap_or_else(defaults::#function)))
            }
        };
        let skipped_when_none = field.presence == Presence::Optional;
        decoded.push(WireField { field: field_name.clone(), wire: field.wire.clone(), slot, finish, skipped_when_none });
        members.push(Member { name: field.name.clone(), ty: inner, value, init });
        let notes = field_notes(field);
        let docs = doc_attrs(&[field.doc.as_deref(), notes.as_deref()]);
        quote! { #docs pub #field_name: #ty, }
    });
    let fields: Vec<TokenStream> = fields.collect();
    let additional = s.additional.as_ref().map(|value| {
        let value = type_tokens(value, Scope::Types);
        let map = quote!(std::collections::BTreeMap<String, #value>);
        members.push(Member {
            name: "additional_properties".to_owned(),
            ty: map.clone(),
            value: quote!(value.into()),
            init: Init::Value(quote!(std::collections::BTreeMap::new())),
        });
        quote! {
            /// Properties beyond the declared ones.
            pub additional_properties: #map,
        }
    });
    let builder = builder_impl(type_name, &members, !all_optional);
    let serde = serde_impls(type_name, &decoded, s.additional.is_some());
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, #derive_default)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
            #additional
        }
        #builder
        #serde
    }
}

/// A field as the serde impls see it: written under its wire name (not at all when an optional
/// field is `None`), read into slot `v<i>`, from which `finish` makes the field's value.
struct WireField {
    field: proc_macro2::Ident,
    wire: String,
    slot: proc_macro2::Ident,
    finish: TokenStream,
    skipped_when_none: bool,
}

/// `Serialize` as a map of the fields (then the additional properties), and `Deserialize`
/// through `crate::runtime::decode`: written out rather than derived, see that module for why.
fn serde_impls(type_name: &str, fields: &[WireField], keeps_others: bool) -> TokenStream {
    let name = ident(type_name);
    let wires: Vec<&str> = fields.iter().map(|f| f.wire.as_str()).collect();
    let slots: Vec<_> = fields.iter().map(|f| &f.slot).collect();
    let indexes = (0..fields.len()).map(Literal::usize_unsuffixed);
    let names = fields.iter().map(|f| &f.field);
    let finishes = fields.iter().map(|f| &f.finish);
    let (others_init, others_arm, others_field, keeps) = if keeps_others {
        (
            quote!(let mut others = std::collections::BTreeMap::new();),
            quote!(crate::runtime::decode::Key::Other(Some(name)) => { others.insert(name, map.next_value()?); }),
            quote!(additional_properties: others,),
            quote!(const KEEPS_OTHERS: bool = true;),
        )
    } else {
        Default::default()
    };
    let read = if fields.is_empty() && !keeps_others {
        quote! {
            while crate::runtime::decode::next_key::<Self, A>(&mut map)?.is_some() {
                crate::runtime::decode::skip(&mut map)?;
            }
        }
    } else {
        quote! {
            while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
                match key {
                    #(crate::runtime::decode::Key::Field(#indexes) => crate::runtime::decode::value(&mut map, &mut #slots, #wires)?,)*
                    #others_arm
                    _ => crate::runtime::decode::skip(&mut map)?,
                }
            }
        }
    };
    let entries = fields.iter().map(|f| {
        let (field, wire) = (&f.field, f.wire.as_str());
        if f.skipped_when_none {
            quote! { if let Some(value) = &self.#field { map.serialize_entry(#wire, value)?; } }
        } else {
            quote! { map.serialize_entry(#wire, &self.#field)?; }
        }
    });
    let other_entries = keeps_others.then(|| {
        quote! { for (key, value) in &self.additional_properties { map.serialize_entry(key, value)?; } }
    });
    let write = if fields.is_empty() && !keeps_others {
        quote! { serde::ser::SerializeMap::end(serializer.serialize_map(Some(0))?) }
    } else {
        quote! {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            #(#entries)*
            #other_entries
            map.end()
        }
    };
    quote! {
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                #write
            }
        }
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::runtime::decode::deserialize(deserializer)
            }
        }
        impl crate::runtime::decode::FromMap for #name {
            const NAME: &'static str = #type_name;
            const FIELDS: &'static [&'static str] = &[#(#wires),*];
            #keeps
            fn from_map<'de, A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
                #(let mut #slots = None;)*
                #others_init
                #read
                Ok(Self { #(#names: #finishes,)* #others_field })
            }
        }
    }
}

/// One field of a `#[non_exhaustive]` struct, as its constructor and its setter see it.
struct Member {
    /// The field's name.
    name: String,
    /// What the setter (and the constructor, for an argument) takes: the field's type without
    /// its `Option` and its `Box`.
    ty: TokenStream,
    /// What the setter stores, from its argument `value`.
    value: TokenStream,
    init: Init,
}

/// Names of the constructor's arguments, in order: the fields' names, except where clippy objects
/// to them as bindings (`_1`, `_1_2` from properties `+1` and `-1`; `foo`), which become
/// `field_1`, `field_foo`... (unique among the arguments).
fn argument_names(members: &[Member]) -> impl Iterator<Item = String> {
    let required: Vec<&str> =
        members.iter().filter(|m| matches!(m.init, Init::Argument { .. })).map(|m| m.name.as_str()).collect();
    let unfit = |name: &str| name.starts_with('_') || ["foo", "baz", "quux"].contains(&name);
    let mut taken = naming::Namespace::new();
    for name in required.iter().filter(|name| !unfit(name)) {
        taken.claim(name);
    }
    let names: Vec<String> = required
        .iter()
        .map(|&name| {
            if unfit(name) {
                let rest = name.trim_start_matches('_');
                taken.claim(&format!("field_{rest}"))
            } else {
                name.to_owned()
            }
        })
        .collect();
    names.into_iter()
}

/// How the constructor sets a field.
enum Init {
    /// From the constructor's argument of the field's name (boxed when the field is).
    Argument { boxed: bool },
    /// To this value.
    Value(TokenStream),
}

/// `new` (the required fields, in declaration order, as arguments; the others unset or at their
/// default) and one chainable `with_` setter per field: users cannot write literals of
/// `#[non_exhaustive]` structs, and a document adding an optional field stays a compatible
/// change. Without required fields `new` takes no argument; `implement_default` then adds the
/// `Default` that calling `new` gives, for structs that cannot derive it (document defaults).
fn builder_impl(type_name: &str, members: &[Member], implement_default: bool) -> TokenStream {
    let name = ident(type_name);
    let mut arguments = Vec::new();
    let mut argument_names = argument_names(members);
    let inits = members.iter().map(|member| {
        let field = ident(&member.name);
        match &member.init {
            Init::Argument { boxed } => {
                let ty = &member.ty;
                let argument = ident(&argument_names.next().unwrap_or_else(|| member.name.clone()));
                arguments.push(quote!(#argument: impl Into<#ty>));
                if *boxed {
                    quote!(#field: Box::new(#argument.into()))
                } else {
                    quote!(#field: #argument.into())
                }
            }
            Init::Value(value) => quote!(#field: #value),
        }
    });
    let inits: Vec<TokenStream> = inits.collect();
    let new_doc = if arguments.is_empty() {
        format!(" A new `{type_name}` with every field unset or at its default.")
    } else {
        format!(" A new `{type_name}` from its required fields; the others are unset or at their default.")
    };
    let setters = members.iter().map(|member| {
        let field = ident(&member.name);
        let setter = ident(&naming::setter_ident(&member.name));
        let (ty, value) = (&member.ty, &member.value);
        // `/// text` is `#[doc = " text"]`.
        let doc = format!(" Sets `{}`.", member.name);
        quote! {
            #[doc = #doc]
            #[must_use]
            pub fn #setter(mut self, value: impl Into<#ty>) -> Self {
                self.#field = #value;
                self
            }
        }
    });
    let default = (implement_default && arguments.is_empty()).then(|| {
        quote! {
            impl Default for #name {
                fn default() -> Self {
                    Self::new()
                }
            }
        }
    });
    quote! {
        impl #name {
            #[doc = #new_doc]
            pub fn new(#(#arguments),*) -> Self {
                Self { #(#inits,)* }
            }
            #(#setters)*
        }
        #default
    }
}

fn field_notes(field: &Field) -> Option<String> {
    let mut notes = Vec::new();
    if field.read_only {
        notes.push("Read-only: set by the server, ignored in requests.".to_owned());
    }
    if field.write_only {
        notes.push("Write-only: sent in requests, never returned.".to_owned());
    }
    if field.deprecated {
        notes.push("Deprecated.".to_owned());
    }
    if let Some(default) = &field.default {
        notes.push(format!("Defaults to `{}`.", default_text(default)));
    }
    (!notes.is_empty()).then(|| notes.join(" "))
}

fn default_text(default: &DefaultValue) -> String {
    match default {
        DefaultValue::Bool(b) => b.to_string(),
        DefaultValue::Int(i) => i.to_string(),
        DefaultValue::Float(f) => f.to_string(),
        DefaultValue::String(s) => format!("{s:?}"),
        DefaultValue::EnumVariant { ty, variant } => format!("{ty}::{variant}"),
    }
}

fn default_function(function: &str, field: &Field) -> TokenStream {
    let function = ident(function);
    let ty = field_type(field);
    let value = match &field.default {
        Some(DefaultValue::Bool(b)) => quote!(#b),
        Some(DefaultValue::Int(i)) => {
            let literal = match field.ty {
                TypeRef::I32 => Literal::i32_suffixed(*i as i32),
                TypeRef::U32 => Literal::u32_suffixed(*i as u32),
                TypeRef::U64 => Literal::u64_suffixed(*i as u64),
                _ => Literal::i64_suffixed(*i),
            };
            quote!(#literal)
        }
        Some(DefaultValue::Float(f)) => {
            let literal = match field.ty {
                TypeRef::F32 => Literal::f32_suffixed(*f as f32),
                _ => Literal::f64_suffixed(*f),
            };
            quote!(#literal)
        }
        Some(DefaultValue::String(s)) => quote!(String::from(#s)),
        Some(DefaultValue::EnumVariant { ty, variant }) => {
            let (ty, variant) = (ident(ty), ident(variant));
            quote!(super::#ty::#variant)
        }
        None => quote!(Default::default()),
    };
    let ty = match &field.ty {
        TypeRef::Named(name) => {
            let name = ident(name);
            quote!(super::#name)
        }
        _ => ty,
    };
    quote! { pub(super) fn #function() -> #ty { #value } }
}

/// The catch-all variant's name: `Unknown`, or `Other` when a declared value took it.
fn catch_all<'a>(names: impl Iterator<Item = &'a str>) -> proc_macro2::Ident {
    let mut taken = naming::Namespace::new();
    for name in names {
        taken.claim(name);
    }
    let free = ["Unknown", "Other", "UnknownValue"].into_iter().find(|n| !taken.contains(n)).unwrap_or("Unknown");
    ident(&taken.claim(free))
}

fn string_enum(name: &proc_macro2::Ident, docs: &TokenStream, variants: &[EnumVariant<String>]) -> TokenStream {
    let unknown = catch_all(variants.iter().map(|v| v.name.as_str()));
    let names: Vec<_> = variants.iter().map(|v| ident(&v.name)).collect();
    let values: Vec<_> = variants.iter().map(|v| v.value.as_str()).collect();
    let variant_docs = variants.iter().map(|v| {
        let doc = format!("`{}`", v.value.replace('`', "'"));
        doc_attrs(&[v.doc.as_deref().or(Some(&doc))])
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variant_docs #names,)*
            /// A value this version of the client does not know, kept as sent.
            #unknown(String),
        }
        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#names => #values,)*
                    Self::#unknown(value) => value,
                }
            }
        }
        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl From<String> for #name {
            fn from(value: String) -> Self {
                match value.as_str() {
                    #(#values => Self::#names,)*
                    _ => Self::#unknown(value),
                }
            }
        }
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer).map(Self::from)
            }
        }
    }
}

fn int_enum(name: &proc_macro2::Ident, docs: &TokenStream, variants: &[EnumVariant<i64>]) -> TokenStream {
    let unknown = catch_all(variants.iter().map(|v| v.name.as_str()));
    let names: Vec<_> = variants.iter().map(|v| ident(&v.name)).collect();
    let values: Vec<_> = variants.iter().map(|v| Literal::i64_unsuffixed(v.value)).collect();
    let variant_docs = variants.iter().map(|v| {
        let doc = format!("`{}`", v.value);
        doc_attrs(&[v.doc.as_deref().or(Some(&doc))])
    });
    quote! {
        #docs
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variant_docs #names,)*
            /// A value this version of the client does not know, kept as sent.
            #unknown(i64),
        }
        impl #name {
            /// The value as sent on the wire.
            pub fn value(&self) -> i64 {
                match self {
                    #(Self::#names => #values,)*
                    Self::#unknown(value) => *value,
                }
            }
        }
        impl From<i64> for #name {
            fn from(value: i64) -> Self {
                match value {
                    #(#values => Self::#names,)*
                    _ => Self::#unknown(value),
                }
            }
        }
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.value())
            }
        }
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                i64::deserialize(deserializer).map(Self::from)
            }
        }
    }
}

fn one_of_def(name: &proc_macro2::Ident, docs: &TokenStream, one_of: &OneOf) -> TokenStream {
    let variants = one_of.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let ty = type_tokens(&v.ty, Scope::Types);
        let ty = if v.boxed { quote!(Box<#ty>) } else { ty };
        let docs = doc_attrs(&[v.doc.as_deref()]);
        quote! { #docs #variant(#ty), }
    });
    let Some(property) = &one_of.discriminator else {
        return quote! {
            #docs
            #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
            #[serde(untagged)]
            #[non_exhaustive]
            pub enum #name {
                #(#variants)*
            }
        };
    };
    let unknown = catch_all(one_of.variants.iter().map(|v| v.name.as_str()));
    let arms = one_of.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let tags = &v.tags;
        let wrap = if v.boxed { quote!(|v| Self::#variant(Box::new(v))) } else { quote!(Self::#variant) };
        quote! { #(Some(#tags))|* => serde_json::from_value(value).map(#wrap).map_err(D::Error::custom), }
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, serde::Serialize)]
        #[serde(untagged)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A variant this version of the client does not know, kept as sent.
            #unknown(serde_json::Value),
        }
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                use serde::de::Error as _;
                let value = serde_json::Value::deserialize(deserializer)?;
                let tag = value.get(#property).and_then(serde_json::Value::as_str).map(str::to_owned);
                match tag.as_deref() {
                    #(#arms)*
                    _ => Ok(Self::#unknown(value)),
                }
            }
        }
    }
}

/// Success and error enums, and multipart form of one operation.
pub(super) fn operation_types(op: &Operation) -> TokenStream {
    let success = match &op.responses.success_shape {
        SuccessShape::Enum { name, variants } => {
            let doc = format!("Successful responses of [`Client::{}`](crate::Client::{}).", op.name, op.name);
            status_enum(name, &doc, op.responses.success.iter().map(|r| (&r.body, r.doc.as_deref())), variants)
        }
        SuccessShape::Single(_) => TokenStream::new(),
    };
    let errors = match &op.responses.error_shape {
        ErrorShape::Enum { name, variants } => {
            let doc = format!("Documented error bodies of [`Client::{}`](crate::Client::{}).", op.name, op.name);
            status_enum(name, &doc, op.responses.errors.iter().map(|r| (&r.body, r.doc.as_deref())), variants)
        }
        _ => TokenStream::new(),
    };
    let form = match op.body.as_ref().map(|b| &b.kind) {
        Some(BodyKind::Multipart(form)) if !form.fields.is_empty() => multipart_form(form, &op.name),
        _ => TokenStream::new(),
    };
    quote! { #success #errors #form }
}

fn status_enum<'a>(
    name: &str,
    doc: &str,
    bodies: impl Iterator<Item = (&'a ResponseBody, Option<&'a str>)>,
    variants: &[String],
) -> TokenStream {
    let name = ident(name);
    let doc = doc_attrs(&[Some(doc)]);
    let variants = bodies.zip(variants).map(|((body, description), variant)| {
        let variant = ident(variant);
        let docs = doc_attrs(&[description]);
        match body {
            ResponseBody::Empty => quote! { #docs #variant, },
            ResponseBody::Json { ty, .. } => {
                let ty = type_tokens(ty, Scope::Types);
                quote! { #docs #variant(#ty), }
            }
            ResponseBody::Text => quote! { #docs #variant(String), },
            ResponseBody::Bytes => quote! { #docs #variant(bytes::Bytes), },
            ResponseBody::Redirect => quote! { #docs #variant(crate::Redirect), },
        }
    });
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
        }
    }
}

fn multipart_form(form: &MultipartForm, operation: &str) -> TokenStream {
    let name = ident(&form.name);
    let doc = format!("Multipart body of [`Client::{operation}`](crate::Client::{operation}).");
    let docs = doc_attrs(&[Some(&doc), form.doc.as_deref()]);
    let fields = form.fields.iter().map(|field| {
        let field_name = ident(&field.name);
        let ty = multipart_field_type(field);
        let docs = doc_attrs(&[field.doc.as_deref()]);
        quote! { #docs pub #field_name: #ty, }
    });
    let parts = form.fields.iter().map(|field| {
        let field_name = ident(&field.name);
        let wire = &field.wire;
        match (&field.kind, field.required) {
            (MultipartFieldKind::File, true) => quote! {
                form = form.part(#wire, self.#field_name.into_part()?);
            },
            (MultipartFieldKind::File, false) => quote! {
                if let Some(file) = self.#field_name {
                    form = form.part(#wire, file.into_part()?);
                }
            },
            (MultipartFieldKind::Files, _) => quote! {
                for file in self.#field_name {
                    form = form.part(#wire, file.into_part()?);
                }
            },
            (MultipartFieldKind::Value(_), _) => quote! {
                if let Some(text) = crate::runtime::text_value(&self.#field_name)? {
                    form = form.text(#wire, text);
                }
            },
        }
    });
    let members: Vec<Member> = form
        .fields
        .iter()
        .map(|field| {
            let ty = match &field.kind {
                MultipartFieldKind::File => quote!(crate::FilePart),
                MultipartFieldKind::Files => quote!(Vec<crate::FilePart>),
                MultipartFieldKind::Value(ty) => type_tokens(ty, Scope::Types),
            };
            let (value, init) = match (&field.kind, field.required) {
                (_, true) => (quote!(value.into()), Init::Argument { boxed: false }),
                (MultipartFieldKind::Files, false) => (quote!(value.into()), Init::Value(quote!(Vec::new()))),
                (_, false) => (quote!(Some(value.into())), Init::Value(quote!(None))),
            };
            Member { name: field.name.clone(), ty, value, init }
        })
        .collect();
    let required = members.iter().any(|m| matches!(m.init, Init::Argument { .. }));
    let derive_default = (!required).then(|| quote!(Default,));
    let builder = builder_impl(&form.name, &members, false);
    let form_var = format_ident!("form");
    quote! {
        #docs
        #[derive(Debug, Clone, #derive_default)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
        }
        #builder
        impl #name {
            pub(crate) fn into_form(self) -> Result<reqwest::multipart::Form, crate::runtime::RequestError> {
                let mut #form_var = reqwest::multipart::Form::new();
                #(#parts)*
                Ok(#form_var)
            }
        }
    }
}

fn multipart_field_type(field: &MultipartField) -> TokenStream {
    let inner = match &field.kind {
        MultipartFieldKind::File => quote!(crate::FilePart),
        MultipartFieldKind::Files => return quote!(Vec<crate::FilePart>),
        MultipartFieldKind::Value(ty) => type_tokens(ty, Scope::Types),
    };
    if field.required {
        inner
    } else {
        quote!(Option<#inner>)
    }
}
