//! Small pieces shared by the Rust emitters: identifiers and type references.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::naming;
use crate::model::TypeRef;

/// An identifier from a model name. Model names are sanitized by lowering; should one ever not
/// be a valid identifier, it is sanitized again rather than panicking.
pub fn ident(name: &str) -> Ident {
    if syn::parse_str::<Ident>(name).is_ok() {
        Ident::new(name, Span::call_site())
    } else {
        Ident::new(&naming::snake_ident(name), Span::call_site())
    }
}

/// Where a type reference is written: generated types are named bare inside `types.rs` and
/// through `crate::types::` elsewhere.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Types,
    Crate,
}

pub fn type_tokens(ty: &TypeRef, scope: Scope) -> TokenStream {
    match ty {
        TypeRef::Bool => quote!(bool),
        TypeRef::I32 => quote!(i32),
        TypeRef::I64 => quote!(i64),
        TypeRef::U32 => quote!(u32),
        TypeRef::U64 => quote!(u64),
        TypeRef::F32 => quote!(f32),
        TypeRef::F64 => quote!(f64),
        TypeRef::String => quote!(String),
        TypeRef::DateTime => quote!(chrono::DateTime<chrono::Utc>),
        TypeRef::Date => quote!(chrono::NaiveDate),
        TypeRef::Uuid => quote!(uuid::Uuid),
        TypeRef::Bytes => quote!(bytes::Bytes),
        TypeRef::Json => quote!(serde_json::Value),
        TypeRef::Named(name) => {
            let name = ident(name);
            match scope {
                Scope::Types => quote!(#name),
                Scope::Crate => quote!(crate::types::#name),
            }
        }
        TypeRef::Vec(inner) => {
            let inner = type_tokens(inner, scope);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = type_tokens(inner, scope);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
        TypeRef::Option(inner) => {
            let inner = type_tokens(inner, scope);
            quote!(Option<#inner>)
        }
    }
}

/// Does any of these types need this crate dependency?
pub fn mentions(ty: &TypeRef, wanted: &dyn Fn(&TypeRef) -> bool) -> bool {
    wanted(ty)
        || match ty {
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Option(inner) => mentions(inner, wanted),
            _ => false,
        }
}

/// Formats a token stream as a Rust file.
pub fn format_file(tokens: TokenStream, what: &str) -> Result<String, String> {
    format_chunks(vec![tokens], what)
}

/// Formats a file given as chunks of items, one chunk at a time: small syntax trees, built and
/// freed in turn, keep memory and time proportional to the document on large APIs. Each chunk's
/// text is spaced as it is appended, so the file is never copied whole.
pub fn format_chunks(chunks: impl IntoIterator<Item = TokenStream>, what: &str) -> Result<String, String> {
    let mut text = String::new();
    let mut last_line: Option<String> = None;
    let mut chunks = chunks.into_iter();
    let mut formatted_chunks = 0;
    while let Some(chunk) = chunks.next() {
        let file: syn::File =
            syn::parse2(chunk).map_err(|e| format!("internal error: generated {what} does not parse: {e}"))?;
        let formatted = prettyplease::unparse(&file);
        // The blank line a chunk's first item may need after the previous chunk's last line.
        if let (Some(line), Some(next)) = (&last_line, formatted.lines().next()) {
            if needs_blank_line(line, next) {
                text.push('\n');
            }
        }
        space_items(&formatted, &mut text);
        last_line = formatted.lines().last().map(str::to_owned);
        // After the first chunks, room for the rest at their size: a file of a million lines grown
        // by doubling would be copied and its fresh pages zeroed again and again.
        formatted_chunks += 1;
        if formatted_chunks == 4 {
            let remaining = chunks.size_hint().0;
            text.reserve(text.len() / 4 * remaining * 9 / 8);
        }
    }
    Ok(text)
}

/// prettyplease puts no blank line between items: add one after each item closing at the top
/// level or one level in (methods of an impl), and after the inner doc comment. Appends to `out`.
fn space_items(code: &str, out: &mut String) {
    out.reserve(code.len() + code.len() / 16);
    let mut lines = code.lines().peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        out.push('\n');
        if lines.peek().is_some_and(|next| needs_blank_line(line, next)) {
            out.push('\n');
        }
    }
}

/// Whether a blank line goes between `line` and `next`: after an item's closing brace (at the
/// top level or in an impl) and after the inner doc comment, unless a brace or a blank follows.
fn needs_blank_line(line: &str, next: &str) -> bool {
    let closes_item = matches!(line, "}" | "    }");
    let ends_inner_doc = line.starts_with("//!") && !next.starts_with("//!");
    let next_closes = next.trim_start().starts_with('}') || next.trim().is_empty();
    (closes_item || ends_inner_doc) && !next_closes
}
