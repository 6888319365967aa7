//! The API's quirks, from the `minijinja` templates its configuration selects: auth
//! (`templates/auth/<kind>.rs.jinja`), a client-wide header setting
//! (`templates/client_header.rs.jinja`) and pagination (`templates/pagination.rs.jinja`).
//!
//! Rendered Rust is parsed with `syn` before it is kept, so a template error is reported when the
//! crate is generated, never shipped.

use minijinja::{context, Environment, Value};

use super::rust::{format_file, type_tokens, Scope};
use crate::config::{Auth, Config, Pagination};
use crate::lower::naming;
use crate::model::{Api, ErrorShape, Operation, TypeRef};

const TEMPLATES: &[(&str, &str)] = &[
    ("auth/bearer", include_str!("../../templates/auth/bearer.rs.jinja")),
    ("auth/header-key-account", include_str!("../../templates/auth/header-key-account.rs.jinja")),
    ("auth/query-key-basic", include_str!("../../templates/auth/query-key-basic.rs.jinja")),
    ("auth/session-sign-in", include_str!("../../templates/auth/session-sign-in.rs.jinja")),
    ("client_header", include_str!("../../templates/client_header.rs.jinja")),
    ("pagination", include_str!("../../templates/pagination.rs.jinja")),
];

/// A rendered module: its name (`auth` -> `src/auth.rs`) and formatted source.
pub struct Module {
    pub name: &'static str,
    pub source: String,
}

pub fn render(api: &Api, config: &Config) -> Result<Vec<Module>, String> {
    let mut env = Environment::new();
    for (name, source) in TEMPLATES {
        env.add_template(name, source).map_err(|e| format!("template {name}: {e}"))?;
    }
    let mut modules = Vec::new();
    let auth = match &config.auth {
        Auth::None => None,
        Auth::Bearer => Some(context! {}),
        Auth::HeaderKeyAccount { key_header, account_query } => Some(context! { key_header, account_query }),
        Auth::QueryKeyBasic { key_query } => Some(context! { key_query }),
        Auth::SessionSignIn(session) => Some(context! {
            sign_in_path => &session.sign_in_path,
            login_field => &session.login_field,
            password_field => &session.password_field,
            token_headers => &session.token_headers,
            expiry_header => &session.expiry_header,
        }),
    };
    if let Some(ctx) = auth {
        let template = format!("auth/{}", config.auth.template_name());
        modules.push(render_module(&env, &template, "auth", ctx)?);
    }
    if let Some(header) = &config.client_header {
        let mut names = naming::Namespace::new();
        let variants: Vec<Value> = header
            .values
            .iter()
            .map(|value| context! { name => names.claim(&naming::pascal_ident(value)), value })
            .collect();
        let ctx = context! {
            header => &header.header,
            type_name => naming::pascal_ident(&header.type_name),
            method => naming::snake_ident(&header.method),
            variants,
        };
        modules.push(render_module(&env, "client_header", "client_header", ctx)?);
    }
    let paged: Vec<Value> = api.operations.iter().filter_map(paged_operation(&config.pagination)).collect();
    if !paged.is_empty() {
        let description = match config.pagination {
            Pagination::JsonApi => "JSON:API `page[number]`/`page[size]`",
            Pagination::Laravel => "Laravel `page`/`per_page`",
            Pagination::OffsetLimit => "`offset`/`limit` with `{Count, Total, ItemList}`",
            Pagination::PageMeta => "`page` with `meta {current_page, total_pages}`",
            Pagination::None => "none",
        };
        let ctx = context! { style => config.pagination.template_name(), description, operations => paged };
        modules.push(render_module(&env, "pagination", "pagination", ctx)?);
    }
    Ok(modules)
}

fn render_module(env: &Environment, template: &str, name: &'static str, ctx: Value) -> Result<Module, String> {
    let text = env
        .get_template(template)
        .and_then(|t| t.render(ctx))
        .map_err(|e| format!("template {template}: {e}"))?;
    let tokens: proc_macro2::TokenStream =
        text.parse().map_err(|e| format!("template {template} renders invalid Rust: {e}"))?;
    let source = format_file(tokens, &format!("the {template} template's output"))?;
    Ok(Module { name, source })
}

/// The template context of one paged list operation.
fn paged_operation(style: &Pagination) -> impl Fn(&Operation) -> Option<Value> + '_ {
    move |op| {
        let paging = op.pagination.as_ref()?;
        let params_type = op.params_struct.as_ref()?;
        let field_type = |field: &str| op.params.iter().find(|p| !p.required && p.name == field).map(|p| p.ty.clone());
        let page_type = field_type(&paging.page_field)?;
        let error_type = match &op.responses.error_shape {
            ErrorShape::None => "()".to_owned(),
            ErrorShape::Single(ty) => type_tokens(ty, Scope::Crate).to_string(),
            ErrorShape::Enum { name, .. } => format!("crate::types::{name}"),
        };
        let offset = *style == Pagination::OffsetLimit;
        // Required arguments pass through to every page; references live as long as the stream.
        let mut borrows = false;
        let args: Vec<Value> = super::client::required_arguments(op)
            .into_iter()
            .map(|p| {
                let ty = super::client::argument_type(&p.ty).to_string();
                let ty = match ty.strip_prefix('&') {
                    Some(rest) => {
                        borrows = true;
                        format!("&'a {rest}")
                    }
                    None => ty,
                };
                context! { name => &p.name, ty }
            })
            .collect();
        Some(context! {
            method => &op.name,
            // Borrowed arguments must outlive the stream: then it names its lifetime.
            lifetime => borrows,
            args,
            params_type,
            item_type => type_tokens(&paging.item, Scope::Crate).to_string(),
            error_type,
            page_field => &paging.page_field,
            size_field => &paging.size_field,
            items_field => &paging.items_field,
            items_optional => paging.items_optional,
            first_description => if offset { "offset 0 unless set" } else { "page 1 unless set" },
            first_expr => {
                let first = if offset { 0 } else { 1 };
                match to_i64(&page_type)? {
                    None => format!("params.{}.unwrap_or({first})", paging.page_field),
                    Some(convert) => format!("params.{}.map_or({first}, {convert})", paging.page_field),
                }
            },
            size_expr => match paging.size_field.as_deref().map(|f| (f, field_type(f).as_ref().and_then(to_i64))) {
                Some((field, Some(None))) => format!("params.{field}"),
                Some((field, Some(Some(convert)))) => format!("params.{field}.map({convert})"),
                _ => "None".to_owned(),
            },
            convert_page => if page_type == TypeRef::I64 { "Some(next)" } else { "next.try_into().ok()" },
        })
    }
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
