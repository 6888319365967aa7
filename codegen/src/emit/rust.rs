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

/// Items of a file, formatted together: with `features`, each is built only when one of those
/// cargo features is on (the formatter puts the `cfg` on each item once it has parsed them).
pub struct Chunk {
    pub tokens: TokenStream,
    pub features: Vec<String>,
}

impl Chunk {
    pub fn gated(features: &[String], tokens: TokenStream) -> Self {
        Chunk { tokens, features: features.to_vec() }
    }
}

impl From<TokenStream> for Chunk {
    fn from(tokens: TokenStream) -> Self {
        Chunk { tokens, features: Vec::new() }
    }
}

/// One item, built only when one of `features` is on (unchanged without features).
pub fn gated_item(features: &[String], item: TokenStream) -> TokenStream {
    if features.is_empty() || item.is_empty() {
        return item;
    }
    let cfg = cfg_any(features);
    quote!(#cfg #item)
}

/// `#[cfg(any(feature = "a", feature = "b"))]`.
fn cfg_any(features: &[String]) -> TokenStream {
    quote!(#[cfg(any(#(feature = #features),*))])
}

/// `#[cfg(any(feature = ...))]` first among each item's attributes.
fn gate(items: &mut [syn::Item], features: &[String]) {
    let cfg = cfg_any(features);
    let attr: syn::Attribute = syn::parse_quote!(#cfg);
    for item in items {
        let attrs = match item {
            syn::Item::Const(i) => &mut i.attrs,
            syn::Item::Enum(i) => &mut i.attrs,
            syn::Item::Fn(i) => &mut i.attrs,
            syn::Item::Impl(i) => &mut i.attrs,
            syn::Item::Macro(i) => &mut i.attrs,
            syn::Item::Mod(i) => &mut i.attrs,
            syn::Item::Static(i) => &mut i.attrs,
            syn::Item::Struct(i) => &mut i.attrs,
            syn::Item::Trait(i) => &mut i.attrs,
            syn::Item::Type(i) => &mut i.attrs,
            syn::Item::Union(i) => &mut i.attrs,
            syn::Item::Use(i) => &mut i.attrs,
            // Generated files have no other kind of item.
            _ => continue,
        };
        attrs.insert(0, attr.clone());
    }
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

/// An iterator that says how many items it yields at least (`std::iter::from_fn` says
/// nothing), so that [`format_chunks`] reserves a large file's size once.
pub struct AtLeast<I> {
    inner: I,
    left: usize,
}

impl<I> AtLeast<I> {
    /// `inner`, which yields at least `count` items.
    pub fn new(inner: I, count: usize) -> Self {
        AtLeast { inner, left: count }
    }
}

impl<I: Iterator> Iterator for AtLeast<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        self.left = self.left.saturating_sub(1);
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, None)
    }
}

/// Formats a token stream as a Rust file.
pub fn format_file(tokens: TokenStream, what: &str) -> Result<String, String> {
    format_chunks(vec![tokens], what)
}

/// Formats a file given as chunks of items, one chunk at a time: small syntax trees, built and
/// freed in turn, keep memory and time proportional to the document on large APIs. Each chunk's
/// text is spaced as it is appended, so the file is never copied whole.
pub fn format_chunks<C: Into<Chunk>>(chunks: impl IntoIterator<Item = C>, what: &str) -> Result<String, String> {
    let mut text = String::new();
    let mut last_line: Option<String> = None;
    let mut chunks = chunks.into_iter();
    let mut formatted_chunks = 0;
    while let Some(chunk) = chunks.next() {
        let Chunk { tokens, features } = chunk.into();
        let mut file: syn::File =
            syn::parse2(tokens).map_err(|e| format!("internal error: generated {what} does not parse: {e}"))?;
        if !features.is_empty() {
            gate(&mut file.items, &features);
        }
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
/// top level or in an impl), after a top-level `;` item before another item, and after the inner
/// doc comment, unless a brace or a blank follows.
fn needs_blank_line(line: &str, next: &str) -> bool {
    // A top-level item ending in `;` (`pub type X = Y;`) before a documented item or an impl.
    let ends_statement = !line.starts_with([' ', '/', '#'])
        && line.ends_with(';')
        && ["///", "#[", "impl"].iter().any(|start| next.starts_with(start));
    let closes_item = matches!(line, "}" | "    }") || ends_statement;
    let ends_inner_doc = line.starts_with("//!") && !next.starts_with("//!");
    let next_closes = next.trim_start().starts_with('}') || next.trim().is_empty();
    (closes_item || ends_inner_doc) && !next_closes
}

#[cfg(test)]
mod tests {
    use super::needs_blank_line;

    /// A blank line follows a top-level `;` item before the next item, never inside a doc
    /// comment (whose text may end a line with `;`) nor between `use` lines.
    #[test]
    fn blank_lines_separate_items_only() {
        assert!(needs_blank_line("pub type A<'a> = Call<'a, crate::operations::A>;", "/// B."));
        assert!(needs_blank_line("pub type A<'a> = Call<'a, crate::operations::A>;", "impl A<'_> {"));
        assert!(!needs_blank_line("/// let x = 1;", "///"));
        assert!(!needs_blank_line("#[cfg(feature = \"a\")] mod a;", "/// B."));
        assert!(!needs_blank_line("pub use a::*;", "pub use b::*;"));
        assert!(needs_blank_line("}", "pub struct B;"));
    }
}
