//! The usage example of a generated crate: its auth set-up, then a short call, a paginated loop
//! and a call for the whole response. It goes into the crate documentation, where `cargo test` compiles it (`no_run`), and into
//! the README.

use super::client::{literal, required_arguments};
use crate::model::{Api, Argument, ArgumentValue, HttpMethod, MethodUse, Operation, TypeRef};

/// The example's lines (Rust), with `# ` hiding the scaffolding as rustdoc does.
pub fn usage(api: &Api) -> Vec<String> {
    let krate = api.krate.ident();
    let mut lines = vec![
        "# async fn example() -> Result<(), Box<dyn std::error::Error>> {".to_owned(),
        format!("let client = {krate}::Client::builder()"),
    ];
    if api.servers.first().is_none_or(|s| !s.url.contains("://")) {
        lines.push("    .base_url(\"https://api.example.com\")".to_owned());
    }
    let shown = |methods: &'_ [MethodUse]| methods.iter().filter(|m| m.in_example).cloned().collect::<Vec<_>>();
    for method in api.extensions.iter().flat_map(|ext| shown(&ext.builder_methods)) {
        lines.push(format!("    .{}", call(&krate, &method)));
    }
    lines.push("    .build()?;".to_owned());
    for method in api.extensions.iter().flat_map(|ext| shown(&ext.client_methods)) {
        lines.push(format!("client.{};", call(&krate, &method)));
    }
    lines.extend(calls(api));
    lines.push("#     Ok(())".to_owned());
    lines.push("# }".to_owned());
    lines
}

/// Three calls, when the document has operations they fit: a short one (required inputs as
/// arguments, the request awaited), a paged list's stream (optional parameters as setters), and
/// the whole response of a call with a per-call option.
fn calls(api: &Api) -> Vec<String> {
    // Required arguments written as literals; `None` when one has no plain literal or a body is
    // required.
    let arguments = |op: &Operation| -> Option<String> {
        if op.body.as_ref().is_some_and(|body| body.required) {
            return None;
        }
        let args: Option<Vec<String>> =
            required_arguments(op).iter().map(|p| literal(&p.ty, p.example.as_deref())).collect();
        args.map(|args| args.join(", "))
    };
    let mut lines = Vec::new();
    // A read taking arguments shows them best; one without does too.
    let gets = api.operations.iter().filter(|op| op.method == HttpMethod::Get && arguments(op).is_some());
    let short = gets.min_by_key(|op| required_arguments(op).is_empty());
    if let Some(op) = short {
        let args = arguments(op).unwrap_or_default();
        lines.push("// Required inputs are arguments; awaiting the request sends it.".to_owned());
        lines.push(format!("let answer = client.{}({args}).await?;", op.name));
        lines.push("println!(\"{answer:?}\");".to_owned());
    }
    let paged = api.operations.iter().find(|op| op.pagination.is_some() && arguments(op).is_some());
    if let Some(op) = paged {
        let args = arguments(op).unwrap_or_default();
        lines.push("// Optional parameters are setters. Every item of every page, each page fetched".to_owned());
        lines.push("// when the loop reaches it.".to_owned());
        lines.push(format!("let mut items = client.{}({args}){}.stream();", op.name, page_size(op)));
        lines.push("while let Some(item) = items.try_next().await? {".to_owned());
        lines.push("    println!(\"{item:?}\");".to_owned());
        lines.push("}".to_owned());
    }
    if let Some(op) = paged.or(short) {
        let args = arguments(op).unwrap_or_default();
        lines.push("// The whole response (status, headers, typed body), with a per-call timeout.".to_owned());
        lines.push(format!("let response = client.{}({args})", op.name));
        lines.push("    .timeout(std::time::Duration::from_secs(10))".to_owned());
        lines.push("    .send_with_response()".to_owned());
        lines.push("    .await?;".to_owned());
        lines.push("println!(\"{} {:?}\", response.status(), response.headers().get(\"content-type\"));".to_owned());
    }
    lines
}

/// `name(args)`, awaited when the method is async.
fn call(krate: &str, method: &MethodUse) -> String {
    let args: Vec<String> = method.args.iter().map(|arg| example_value(krate, arg)).collect();
    let awaited = if method.is_async { ".await?" } else { "" };
    format!("{}({}){awaited}", method.item.name, args.join(", "))
}

fn example_value(krate: &str, arg: &Argument) -> String {
    match &arg.value {
        ArgumentValue::Variant { ty, variant } => format!("{krate}::{ty}::{variant}"),
        _ => arg.example.clone(),
    }
}

/// `.<size>(20)` when the paged operation takes an integer page size, else nothing.
fn page_size(op: &Operation) -> String {
    let size = op.pagination.as_ref().and_then(|paging| paging.size_field.as_deref());
    let integer = |ty: &TypeRef| matches!(ty, TypeRef::I32 | TypeRef::I64 | TypeRef::U32 | TypeRef::U64);
    match op.params.iter().find(|p| !p.required && Some(p.name.as_str()) == size) {
        Some(param) if integer(&param.ty) => format!(".{}(20)", param.name),
        _ => String::new(),
    }
}
