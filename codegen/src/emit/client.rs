//! `src/client.rs` of a generated crate: one method on `Client` per operation. It takes what the
//! operation requires, as typed arguments, and returns the operation's request builder
//! (`requests.rs`).

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::doc_attrs;
use super::requests::body_value_type;
use super::rust::{ident, type_tokens, Scope};
use crate::model::{Api, BodyKind, Operation, ParamLocation, Parameter, TypeRef};

/// Methods per `impl` block: the file is formatted a block at a time, which keeps memory low and
/// generation time linear on documents with thousands of operations.
const METHODS_PER_BLOCK: usize = 32;

/// The file's items: the module documentation, then `impl crate::Client` blocks, each built when
/// the formatter asks for it.
pub fn client_file<'a>(api: &'a Api, group: Option<&str>) -> impl Iterator<Item = TokenStream> + 'a {
    let krate = api.krate.ident();
    let head = match group {
        None => {
            let modules = super::group_module_decls(api, false, |_| true);
            quote! {
                //! The API's operations, as methods on [`Client`](crate::Client).
                #modules
            }
        }
        Some(feature) => {
            let doc = format!(" The operations of the `{feature}` feature group, as methods on [`Client`](crate::Client).");
            quote!(#![doc = #doc])
        }
    };
    let blocks = super::chunked(super::operations_of(api, group), METHODS_PER_BLOCK).map(move |operations| {
        let methods = operations.into_iter().map(|op| operation_method(op, &krate));
        quote! {
            impl crate::Client {
                #(#methods)*
            }
        }
    });
    std::iter::once(head).chain(blocks)
}

/// Required parameters in argument order: path parameters as the path has them, then the others
/// in document order.
pub(super) fn required_arguments(op: &Operation) -> Vec<&Parameter> {
    let mut required: Vec<&Parameter> = op.params.iter().filter(|p| p.required).collect();
    let order = op.path.variables();
    required.sort_by_key(|p| match p.location {
        ParamLocation::Path => order.iter().position(|v| *v == p.wire).unwrap_or(0),
        _ => order.len(),
    });
    required
}

fn operation_method(op: &Operation, krate: &str) -> TokenStream {
    let name = ident(&op.name);
    let builder = ident(&op.builder);
    let required = required_arguments(op);

    let mut arguments: Vec<TokenStream> = required
        .iter()
        .map(|p| {
            let (arg, ty) = (ident(&p.name), type_tokens(&p.ty, Scope::Crate));
            quote!(#arg: impl Into<#ty>)
        })
        .collect();
    // The operation's fields: the arguments, converted, and unset optional values.
    let mut fields: Vec<TokenStream> = required
        .iter()
        .map(|p| {
            let arg = ident(&p.name);
            quote!(#arg: #arg.into())
        })
        .collect();
    fields.extend(op.params.iter().filter(|p| !p.required).map(|p| {
        let field = ident(&p.name);
        quote!(#field: None)
    }));
    if let Some(body) = &op.body {
        if body.required {
            let ty = body_value_type(&body.kind);
            arguments.push(quote!(body: impl Into<#ty>));
            fields.push(quote!(body: body.into()));
        } else {
            fields.push(quote!(body: None));
        }
    }

    let docs = operation_docs(op, krate);
    let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
    quote! {
        #docs
        #deprecated
        pub fn #name(&self, #(#arguments),*) -> crate::requests::#builder<'_> {
            crate::requests::Call::new(self, crate::operations::#builder { #(#fields),* })
        }
    }
}

/// Summary, description, method and path, the arguments, the optional parameters, an example.
fn operation_docs(op: &Operation, krate: &str) -> TokenStream {
    let line = format!("`{} {}`", op.method, op.path.as_str().replace('`', "'"));
    let deprecated = op.deprecated.then_some("Deprecated.");
    let mut arguments = Vec::new();
    for param in required_arguments(op) {
        let mut item = format!("- `{}`", param.name);
        let text = param.doc.as_deref().map(one_line).filter(|text| !text.is_empty());
        if let Some(text) = text {
            item.push_str(&format!(": {text}"));
        }
        if let Some(example) = &param.example {
            item.push_str(&format!(" (example: `{}`)", example.replace('`', "'")));
        }
        arguments.push(item);
    }
    if let Some(body) = op.body.as_ref().filter(|body| body.required) {
        let text = body.doc.as_deref().map(one_line).filter(|text| !text.is_empty());
        let text = text.unwrap_or_else(|| "the request body".to_owned());
        arguments.push(format!("- `body`: {text} (`{}`)", body.media_type));
    }
    let arguments = (!arguments.is_empty()).then(|| format!("# Arguments\n{}", arguments.join("\n")));
    let setters: Vec<String> = op
        .params
        .iter()
        .filter(|p| !p.required)
        .map(|p| format!("[`{name}`](crate::requests::{builder}::{name})", name = p.name, builder = op.builder))
        .chain(op.body.as_ref().filter(|body| !body.required).map(|_| {
            format!("[`body`](crate::requests::{}::body)", op.builder)
        }))
        .collect();
    let setters = (!setters.is_empty()).then(|| {
        format!("Optional parameters are setters of the returned request: {}.", setters.join(", "))
    });
    let example = example(op, krate);
    let mut attrs = doc_attrs(&[
        op.summary.as_deref(),
        op.description.as_deref(),
        Some(&line),
        deprecated,
        arguments.as_deref(),
        setters.as_deref(),
    ]);
    // The example is Rust: added after normalizing, which would mark a fence as text.
    for line in example {
        let line = if line.is_empty() { String::new() } else { format!(" {line}") };
        attrs.extend(quote!(#[doc = #line]));
    }
    attrs
}

/// A parameter description on one line, for a list item.
fn one_line(text: &str) -> String {
    let text = super::docs::normalize(text);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `# Example` with one call, compiled by `cargo test` (`no_run`): literal values for plain
/// arguments, the others taken as the example function's parameters.
fn example(op: &Operation, krate: &str) -> Vec<String> {
    let mut params = vec![format!("client: {krate}::Client")];
    let mut args = Vec::new();
    for param in required_arguments(op) {
        match literal(&param.ty, param.example.as_deref()) {
            Some(value) => args.push(value),
            None => {
                let ty = type_tokens(&param.ty, Scope::Crate).to_string().replace("crate :: types ::", &format!("{krate} ::"));
                params.push(format!("{}: {}", param.name, compact(&ty)));
                args.push(param.name.clone());
            }
        }
    }
    if let Some(body) = op.body.as_ref().filter(|body| body.required) {
        let ty = match &body.kind {
            BodyKind::Text => "String".to_owned(),
            BodyKind::Bytes => "Vec<u8>".to_owned(),
            kind => body_value_type(kind).to_string().replace("crate :: types ::", &format!("{krate} ::")),
        };
        params.push(format!("body: {}", compact(&ty)));
        args.push("body".to_owned());
    }
    let call = format!("client.{}({})", op.name, args.join(", "));
    let deprecated = if op.deprecated { "# #[allow(deprecated)]\n" } else { "" };
    let text = format!(
        "# Example\n\n```no_run\n# async fn example({}) -> Result<(), Box<dyn std::error::Error>> {{\n{deprecated}let answer = {call}.await?;\n# let _ = answer;\n# Ok(())\n# }}\n```",
        params.join(", ")
    );
    std::iter::once(String::new()).chain(text.lines().map(str::to_owned)).collect()
}

/// Token text without the spaces `to_string` puts around punctuation.
fn compact(tokens: &str) -> String {
    tokens.replace(" :: ", "::").replace(":: ", "::").replace(" < ", "<").replace(" <", "<").replace("< ", "<").replace(" >", ">").replace(" ,", ",")
}

/// A Rust literal for an argument of a plain type, from the document's example when it fits.
pub(super) fn literal(ty: &TypeRef, example: Option<&str>) -> Option<String> {
    let example: Option<serde_json::Value> = example.and_then(|text| serde_json::from_str(text).ok());
    match ty {
        TypeRef::String => {
            let text = example.as_ref().and_then(|v| v.as_str()).filter(|s| s.len() <= 60).unwrap_or("id");
            Some(format!("{text:?}"))
        }
        TypeRef::I32 | TypeRef::I64 => {
            let number = example.as_ref().and_then(serde_json::Value::as_i64).filter(|n| n.abs() < 1 << 31).unwrap_or(1);
            Some(number.to_string())
        }
        TypeRef::U32 | TypeRef::U64 => {
            let number = example.as_ref().and_then(serde_json::Value::as_u64).filter(|n| *n < 1 << 31).unwrap_or(1);
            Some(format!("{number}u32"))
        }
        TypeRef::Bool => Some(example.as_ref().and_then(serde_json::Value::as_bool).unwrap_or(true).to_string()),
        _ => None,
    }
}
