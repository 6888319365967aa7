//! The usage example of a generated crate: its auth set-up, then a paginated loop or a simple
//! call. It goes into the crate documentation, where `cargo test` compiles it (`no_run`), and into
//! the README.

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
    let simple = |op: &Operation| op.params.iter().all(|p| !p.required) && op.body.as_ref().is_none_or(|b| !b.required);
    if let Some(op) = api.operations.iter().find(|op| op.pagination.is_some() && simple(op)) {
        lines.push("// Every item of every page, each page fetched when the loop reaches it.".to_owned());
        lines.push(format!("let mut items = client.{}(){}.stream();", op.name, page_size(op)));
        lines.push("while let Some(item) = items.try_next().await? {".to_owned());
        lines.push("    println!(\"{item:?}\");".to_owned());
        lines.push("}".to_owned());
    } else if let Some(op) = api.operations.iter().find(|op| op.method == HttpMethod::Get && simple(op)) {
        lines.push(format!("let answer = client.{}().await?;", op.name));
        lines.push("println!(\"{answer:?}\");".to_owned());
    }
    lines.push("#     Ok(())".to_owned());
    lines.push("# }".to_owned());
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
