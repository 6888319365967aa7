//! The API's quirks, from the `minijinja` templates its configuration selects: auth
//! (`templates/auth/<kind>.rs.jinja`), a client-wide header setting
//! (`templates/client_header.rs.jinja`) and pagination (`templates/pagination.rs.jinja`).
//!
//! Rendered Rust is parsed with `syn` before it is kept, so a template error is reported when the
//! crate is generated, never shipped.

use minijinja::{context, Environment, Value};

use super::rust::{format_file, type_tokens, Scope};
use crate::model::{Api, ErrorShape, Extension, Operation, ResponseBody, SuccessShape, TypeRef};
use crate::templates::{NextPage, QUIRK_TEMPLATES};

/// A rendered module: its name (`auth` -> `src/auth.rs`) and formatted source.
pub struct Module {
    pub name: String,
    pub source: String,
}

/// Each extension's module: its template rendered with its parameters, the names lowering
/// claimed for it (`names.<key>`) and the paged operations (`operations`).
pub fn render(api: &Api) -> Result<Vec<Module>, String> {
    let mut env = Environment::new();
    for (name, source) in QUIRK_TEMPLATES {
        env.add_template(name, source).map_err(|e| format!("template {name}: {e}"))?;
    }
    // Document text (scheme names, descriptions) enters Rust only as string literals.
    env.add_filter("rust_str", |text: String| proc_macro2::Literal::string(&text).to_string());
    env.add_filter("doc", doc_filter);
    let paged: Vec<Value> = api.operations.iter().filter_map(paged_operation).collect();
    let mut modules = Vec::new();
    for ext in &api.extensions {
        let ctx = context! { names => names(ext), operations => &paged, ..Value::from(minijinja::value::Serde(ext.params.clone())) };
        modules.push(render_module(&env, &ext.template, &ext.module, ctx)?);
    }
    Ok(modules)
}

/// `#[doc = "..."]` attributes (inner ones, `#![doc]`, with `true`) of a text, normalized for
/// rustdoc as operation descriptions are.
fn doc_filter(text: String, inner: Option<bool>) -> String {
    let bang = if inner == Some(true) { "!" } else { "" };
    let mut out = String::new();
    for line in super::docs::normalize(text.trim()).split('\n') {
        let line = if line.is_empty() { String::new() } else { format!(" {line}") };
        out.push_str(&format!("#{bang}[doc = {}]\n", proc_macro2::Literal::string(&line)));
    }
    out
}

/// Key -> claimed name of everything the extension defines.
fn names(ext: &Extension) -> std::collections::BTreeMap<String, String> {
    let methods = ext.builder_methods.iter().chain(&ext.client_methods).map(|m| &m.item);
    methods.chain(&ext.root_types).map(|item| (item.key.clone(), item.name.clone())).collect()
}

fn render_module(env: &Environment, template: &str, name: &str, ctx: Value) -> Result<Module, String> {
    let text = env
        .get_template(template)
        .and_then(|t| t.render(ctx))
        .map_err(|e| format!("template {template}: {e}"))?;
    let tokens: proc_macro2::TokenStream =
        text.parse().map_err(|e| format!("template {template} renders invalid Rust: {e}"))?;
    let source = format_file(tokens, &format!("the {template} template's output"))?;
    Ok(Module { name: name.to_owned(), source })
}

/// The template context of one paged list operation.
fn paged_operation(op: &Operation) -> Option<Value> {
    let paging = op.pagination.as_ref()?;
    let field_type = |field: &str| op.params.iter().find(|p| !p.required && p.name == field).map(|p| p.ty.clone());
    let error_type = match &op.responses.error_shape {
        ErrorShape::None => "()".to_owned(),
        ErrorShape::Single(ty) => type_tokens(ty, Scope::Crate).to_string(),
        ErrorShape::Enum { name, .. } => format!("crate::types::{name}"),
    };
    let SuccessShape::Single(ResponseBody::Json { ty: page_type, .. }) = &op.responses.success_shape else {
        return None;
    };
    // How the stream sets the page parameter: its field, the first page, and the conversion of
    // the next page's value (none for styles that follow URLs).
    let (first_expr, convert_page) = match (&paging.page_field, paging.next) {
        (None, _) => (None, None),
        (Some(field), NextPage::Cursor) => {
            let convert = if field_type(field)? == TypeRef::String { "Some(next)" } else { "next.parse().ok()" };
            (Some(format!("self.operation.{field}.clone()")), Some(convert))
        }
        (Some(field), next) => {
            // Offsets count items from 0; page numbers start at 1.
            let first = if next == NextPage::Offset { 0 } else { 1 };
            let page_type = field_type(field)?;
            let first_expr = match to_i64(&page_type)? {
                None => format!("self.operation.{field}.unwrap_or({first})"),
                Some(convert) => format!("self.operation.{field}.map_or({first}, {convert})"),
            };
            let convert = if page_type == TypeRef::I64 { "Some(next)" } else { "next.try_into().ok()" };
            (Some(first_expr), Some(convert))
        }
    };
    Some(context! {
        method => &op.name,
        builder => &op.builder,
        feature => &op.group,
        item_type => type_tokens(&paging.item, Scope::Crate).to_string(),
        page_type => type_tokens(page_type, Scope::Crate).to_string(),
        error_type,
        page_field => &paging.page_field,
        first_expr,
        convert_page,
        size_field => &paging.size_field,
        items_field => &paging.items_field,
        items_optional => paging.items_optional,
        first_description => match paging.next {
            NextPage::Offset => "offset 0 unless set",
            NextPage::Number => "page 1 unless set",
            NextPage::Cursor => "the first page unless a cursor is set",
            NextPage::Url => "the first page",
        },
        size_expr => match paging.size_field.as_deref().map(|f| (f, field_type(f).as_ref().and_then(to_i64))) {
            Some((field, Some(None))) => format!("self.operation.{field}"),
            Some((field, Some(Some(convert)))) => format!("self.operation.{field}.map({convert})"),
            _ => "None".to_owned(),
        },
    })
}

/// How a page parameter's value becomes an `i64`: `Some(None)` when it is one already,
/// `Some(Some(conversion))` for other integers, `None` when it is not an integer.
fn to_i64(ty: &TypeRef) -> Option<Option<&'static str>> {
    match ty {
        TypeRef::I64 => Some(None),
        TypeRef::I32 | TypeRef::U32 => Some(Some("i64::from")),
        TypeRef::U64 => Some(Some("|value| i64::try_from(value).unwrap_or(i64::MAX)")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::config::{Auth, ClientHeader, Config, Cursor, LinkHeader, NextPageHeader, Pagination, SessionSignIn};
    use quote::ToTokens;

    /// Public inherent methods of `impl crate::<ty>` blocks, and public types, of a module.
    fn defined(source: &str) -> (BTreeSet<String>, BTreeSet<String>, BTreeSet<String>) {
        let file = syn::parse_file(source).expect("rendered module parses");
        let (mut client, mut builder, mut types) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
        for item in file.items {
            match item {
                syn::Item::Impl(block) if block.trait_.is_none() => {
                    let syn::Type::Path(path) = &*block.self_ty else { continue };
                    let Some(last) = path.path.segments.last() else { continue };
                    let into = if last.ident == "Client" { &mut client } else if last.ident == "ClientBuilder" { &mut builder } else { continue };
                    for member in block.items {
                        if let syn::ImplItem::Fn(f) = member {
                            if matches!(f.vis, syn::Visibility::Public(_)) {
                                into.insert(f.sig.ident.to_string());
                            }
                        }
                    }
                }
                syn::Item::Enum(e) if matches!(e.vis, syn::Visibility::Public(_)) => {
                    types.insert(e.ident.to_string());
                }
                syn::Item::Struct(s) if matches!(s.vis, syn::Visibility::Public(_)) => {
                    types.insert(s.ident.to_string());
                }
                _ => {}
            }
        }
        (client, builder, types)
    }

    /// What each template's descriptor says it adds is what its rendered code defines, under
    /// names lowering changed on purpose (a client header named like a builder method).
    #[test]
    fn descriptors_tell_what_templates_define() {
        let doc = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /pets:\n    get:\n      operationId: listPets\n      parameters:\n        - {name: page, in: query, schema: {type: integer}}\n        - {name: _limit, in: query, schema: {type: integer}}\n        - {name: cursor, in: query, schema: {type: string}}\n        - {name: offset, in: query, schema: {type: integer}}\n        - {name: 'page[number]', in: query, schema: {type: integer}}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                type: object\n                properties:\n                  data: {type: array, items: {type: string}}\n                  ItemList: {type: array, items: {type: string}}\n";
        let document = crate::load::parse(doc, std::path::Path::new("t.yaml")).expect("loads");
        let session = SessionSignIn {
            sign_in_path: "/sign_in".into(),
            login_field: "email".into(),
            password_field: "password".into(),
            token_headers: vec!["access-token".into()],
            expiry_header: None,
        };
        let auths = [
            Auth::Bearer,
            Auth::HeaderKeyAccount { key_header: "X-Key".into(), account_query: "account".into() },
            Auth::QueryKeyBasic { key_query: "key".into() },
            Auth::SessionSignIn(session),
        ];
        let paginations = [
            Pagination::JsonApi,
            Pagination::Laravel,
            Pagination::OffsetLimit,
            Pagination::PageMeta,
            Pagination::LinkHeader(LinkHeader { page_params: vec!["page".into()], items_field: None }),
            Pagination::NextPageHeader(NextPageHeader {
                header: "Next-Page".into(),
                page_params: vec!["_limit".into()],
                items_field: Some("data".into()),
            }),
            Pagination::Cursor(Cursor { cursor_param: "cursor".into(), cursor_field: "/meta/next".into(), items_field: None }),
        ];
        for (auth, pagination) in auths.iter().cycle().cloned().zip(paginations) {
            let mut config = Config::new("t");
            config.auth = auth;
            config.pagination = pagination;
            config.client_header = Some(ClientHeader {
                header: "X-Mode".into(),
                type_name: "Client".into(),
                method: "timeout".into(),
                values: vec!["a".into(), "b".into()],
            });
            let mut diags = crate::diagnostics::Diagnostics::default();
            let api = crate::lower::lower(&document.root, &config, &mut diags);
            let modules = render(&api).expect("templates render");
            assert_eq!(modules.len(), api.extensions.len(), "{:?}", config.auth);
            for (module, ext) in modules.iter().zip(&api.extensions) {
                let (client, builder, types) = defined(&module.source);
                let declared_client: BTreeSet<String> = ext.client_methods.iter().map(|m| m.item.name.clone()).collect();
                if ext.module == "pagination" {
                    // Paging adds `pages` and `stream` to the operation's request builder.
                    let op = &api.operations[0];
                    assert!(op.pagination.is_some(), "{}: the paged list was not recognized", ext.template);
                    let block = format!("impl<'a> crate::requests::{}<'a>", op.builder);
                    assert!(module.source.contains(&block), "{}: {}", ext.template, module.source);
                    for method in ["pub fn pages(", "pub fn stream("] {
                        assert!(module.source.contains(method), "{}: {method}", ext.template);
                    }
                }
                let declared_builder: BTreeSet<String> = ext.builder_methods.iter().map(|m| m.item.name.clone()).collect();
                let declared_types: BTreeSet<String> = ext.root_types.iter().map(|t| t.name.clone()).collect();
                assert_eq!(client, declared_client, "{}: Client methods", ext.template);
                assert_eq!(builder, declared_builder, "{}: ClientBuilder methods", ext.template);
                assert_eq!(types, declared_types, "{}: types", ext.template);
            }
            // The client header's names collide with the runtime's and are renamed.
            let header = api.extensions.iter().find(|e| e.module == "client_header").expect("client header");
            assert_eq!(header.root_types[0].name, "Client2");
            assert_eq!(header.builder_methods[0].item.name, "timeout_2");
            let found: Vec<String> = diags.iter().map(ToString::to_string).collect();
            assert!(found.iter().any(|d| d.contains("`ClientBuilder` method `timeout`")), "{found:?}");
        }
    }

    /// The document-derived auth module's `ClientBuilder` defines the scheme methods lowering
    /// claimed, and forwards every public method of the runtime's builder (which it replaces).
    #[test]
    fn document_auth_builder_defines_the_claimed_methods_and_forwards_the_runtimes() {
        let doc = "openapi: 3.0.3
info: {title: T, version: '1'}
security: [{b: []}, {k: [], q: []}]
paths:
  /a:
    get:
      operationId: a
      security: [{cc: [s]}, {c: []}, {basic: []}]
      responses: {'204': {description: ok}}
components:
  securitySchemes:
    b: {type: http, scheme: bearer, description: \"Multi-line\\n\\n```\\nfn x() {}\\n```\\n*/ \\\"quoted\\\"\"}
    k: {type: apiKey, in: header, name: X-Key}
    q: {type: apiKey, in: query, name: key}
    c: {type: apiKey, in: cookie, name: sid}
    basic: {type: http, scheme: basic}
    cc: {type: oauth2, flows: {clientCredentials: {tokenUrl: '/token\\\"x', scopes: {s: s}}}}
";
        let document = crate::load::parse(doc, std::path::Path::new("t.yaml")).expect("loads");
        let mut diags = crate::diagnostics::Diagnostics::default();
        let api = crate::lower::lower(&document.root, &Config::new("t"), &mut diags);
        assert!(diags.iter().next().is_none(), "{:?}", diags.into_vec());
        let modules = render(&api).expect("templates render");
        let (ext, module) = api.extensions.iter().zip(&modules).find(|(ext, _)| ext.module == "auth").expect("auth module");
        let (client, builder, types) = defined(&module.source);
        assert!(client.is_empty());
        assert_eq!(types, ["ClientBuilder".to_owned()].into_iter().collect());
        let runtime = syn::parse_file(crate::templates::RUNTIME).unwrap();
        let mut forwarded = BTreeSet::new();
        for item in runtime.items {
            let syn::Item::Impl(block) = item else { continue };
            let syn::Type::Path(path) = &*block.self_ty else { continue };
            if block.trait_.is_some() || path.path.segments.last().is_none_or(|s| s.ident != "ClientBuilder") {
                continue;
            }
            for member in block.items {
                if let syn::ImplItem::Fn(f) = member {
                    // Hidden methods are for generated code (the runtime's constructor, sessions).
                    let hidden = f.attrs.iter().any(|a| a.path().is_ident("doc") && a.to_token_stream().to_string().contains("hidden"));
                    if matches!(f.vis, syn::Visibility::Public(_)) && !hidden {
                        forwarded.insert(f.sig.ident.to_string());
                    }
                }
            }
        }
        let mut declared: BTreeSet<String> = ext.builder_methods.iter().map(|m| m.item.name.clone()).collect();
        assert_eq!(declared.len(), 7, "{declared:?}");
        declared.extend(forwarded);
        assert_eq!(builder, declared, "the auth module's ClientBuilder methods");
        // Document text only in literals and doc attributes.
        assert!(module.source.contains("/token\\\"x"), "{}", module.source);
    }
}
