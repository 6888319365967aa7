//! The usage example of a generated crate: its auth set-up, then a paginated loop or a simple
//! call. It goes into the crate documentation, where `cargo test` compiles it (`no_run`), and into
//! the README.

use crate::config::{Auth, Config};
use crate::lower::naming;
use crate::model::{Api, Operation, TypeRef};

/// The example's lines (Rust), with `# ` hiding the scaffolding as rustdoc does.
pub fn usage(api: &Api, config: &Config) -> Vec<String> {
    let krate = config.crate_name.replace('-', "_");
    let mut lines = vec![
        "# async fn example() -> Result<(), Box<dyn std::error::Error>> {".to_owned(),
        format!("let client = {krate}::Client::builder()"),
    ];
    if api.servers.first().is_none_or(|s| !s.url.contains("://")) {
        lines.push("    .base_url(\"https://api.example.com\")".to_owned());
    }
    match &config.auth {
        Auth::None | Auth::SessionSignIn(_) => {}
        Auth::Bearer => lines.push("    .bearer_token(\"<token>\")".to_owned()),
        Auth::HeaderKeyAccount { .. } => {
            lines.push("    .api_key(\"<api key>\")".to_owned());
            lines.push("    .account_id(12345)".to_owned());
        }
        Auth::QueryKeyBasic { .. } => {
            lines.push("    .api_key(\"<key>\")".to_owned());
            lines.push("    .basic_auth(\"<user>\", \"<password>\")".to_owned());
        }
    }
    if let Some(header) = &config.client_header {
        if let Some(first) = header.values.first() {
            let (type_name, method) = (naming::pascal_ident(&header.type_name), naming::snake_ident(&header.method));
            lines.push(format!("    .{method}({krate}::{type_name}::{})", naming::pascal_ident(first)));
        }
    }
    lines.push("    .build()?;".to_owned());
    if let Auth::SessionSignIn(_) = config.auth {
        lines.push("client.sign_in(\"<email>\", \"<password>\").await?;".to_owned());
    }
    let simple = |op: &Operation| op.params.iter().all(|p| !p.required) && op.body.is_none();
    if let Some(op) = api.operations.iter().find(|op| op.pagination.is_some() && simple(op)) {
        lines.push("// Every item of every page, each page fetched when the loop reaches it.".to_owned());
        lines.push("use futures::TryStreamExt;".to_owned());
        let params = match &op.params_struct {
            Some(params) => format!("{krate}::{params}::new(){}", page_size(op)),
            None => "Default::default()".to_owned(),
        };
        lines.push(format!("let params = {params};"));
        lines.push(format!("let mut items = client.{}_stream(params);", op.name));
        lines.push("while let Some(item) = items.try_next().await? {".to_owned());
        lines.push("    println!(\"{item:?}\");".to_owned());
        lines.push("}".to_owned());
    } else if let Some(op) = api.operations.iter().find(|op| op.method == "GET" && simple(op)) {
        let args = op.params_struct.as_ref().map_or_else(String::new, |params| format!("&{krate}::{params}::new()"));
        lines.push(format!("let answer = client.{}({args}).await?;", op.name));
        lines.push("println!(\"{answer:?}\");".to_owned());
    }
    lines.push("#     Ok(())".to_owned());
    lines.push("# }".to_owned());
    lines
}

/// `.with_<size>(20)` when the paged operation takes an integer page size, else nothing.
fn page_size(op: &Operation) -> String {
    let size = op.pagination.as_ref().and_then(|paging| paging.size_field.as_deref());
    let integer = |ty: &TypeRef| matches!(ty, TypeRef::I32 | TypeRef::I64 | TypeRef::U32 | TypeRef::U64);
    match op.params.iter().find(|p| !p.required && Some(p.name.as_str()) == size) {
        Some(param) if integer(&param.ty) => format!(".{}(20)", naming::setter_ident(&param.name)),
        _ => String::new(),
    }
}
