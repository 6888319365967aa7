//! The smoke program of one API: a binary crate that calls every operation of the generated
//! client once, with arguments taken from the document (see [`super::sample`]), through a
//! recording proxy to Prism, and prints one JSON line per call.
//!
//! Its source follows the generated crate's conventions (argument order and types, parameter
//! structs, multipart forms, auth template methods) as `codegen`'s emitter lays them out; should
//! they drift apart, the smoke crate stops compiling and `cargo xtask prism` says so.

use std::fmt::Write as _;

use codegen::config::Auth;
use codegen::model::{
    Api, Argument, ArgumentValue, BodyKind, MultipartFieldKind, Operation, ParamLocation, Parameter, StatusMatch,
    TypeRef,
};
use codegen::naming;
use codegen::Config;
use serde_json::Value;

use super::sample::{Purpose, Sampler};

/// The fixed part of every smoke program.
const HARNESS: &str = include_str!("smoke_harness.rs");

/// One call the smoke program makes.
#[derive(Debug, Clone)]
pub struct PlannedCall {
    pub name: String,
    pub method: String,
    pub path: String,
}

/// `Cargo.toml` of a smoke crate depending on the generated crate at `crate_dir`.
pub fn cargo_toml(package: &str, crate_name: &str, crate_dir: &str) -> String {
    format!(
        r#"# Written by `cargo xtask prism`: calls every operation of `{crate_name}` against a Prism mock.
[package]
name = "{package}"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
api = {{ package = "{crate_name}", path = {crate_dir:?} }}
bytes = "1"
chrono = {{ version = "0.4", default-features = false, features = ["serde", "std"] }}
http-body-util = "0.1"
hyper = {{ version = "1", features = ["server", "http1"] }}
hyper-util = {{ version = "0.1", features = ["tokio"] }}
reqwest = {{ version = "0.12", default-features = false, features = ["rustls-tls", "json", "multipart"] }}
serde = "1"
serde_json = "1"
serde_path_to_error = "0.1"
tokio = {{ version = "1", features = ["macros", "rt", "net"] }}
uuid = {{ version = "1", features = ["serde"] }}
"#
    )
}

/// `src/main.rs` of the smoke program, and the calls it makes in order.
pub fn main_rs(api: &Api, config: &Config, sampler: &Sampler) -> (String, Vec<PlannedCall>) {
    let mut out = String::new();
    out.push_str("#![allow(deprecated, unused)]\n");
    out.push_str(&format!("//! Smoke program of `{}`, written by `cargo xtask prism`.\n\n", config.crate_name));
    out.push_str(HARNESS);
    out.push('\n');
    let mut calls = Vec::new();
    out.push_str(&connect_fn(api, config, sampler, &mut calls));
    let mut run_all = String::from("async fn run_all(client: &api::Client, runner: &mut Runner) {\n");
    for (index, op) in api.operations.iter().enumerate() {
        out.push_str(&operation_fn(index, op, sampler, false));
        let _ = writeln!(
            run_all,
            "    runner.op(\"call\", {:?}, {:?}, {:?}, op_{index}(client)).await;",
            op.name,
            op.method.as_str(),
            op.path.as_str()
        );
        if has_full_variant(op, sampler) {
            out.push_str(&operation_fn(index, op, sampler, true));
            let _ = writeln!(
                run_all,
                "    runner.op(\"full\", {:?}, {:?}, {:?}, op_{index}_full(client)).await;",
                op.name,
                op.method.as_str(),
                op.path.as_str()
            );
        }
        let statuses = documented_statuses(op);
        if !statuses.is_empty() {
            let listed: Vec<String> = statuses.iter().map(|(code, kind)| format!("({code}, {kind:?})")).collect();
            let _ = writeln!(
                run_all,
                "    runner.responses({:?}, {:?}, {:?}, &[{}], || op_{index}(client)).await;",
                op.name,
                op.method.as_str(),
                op.path.as_str(),
                listed.join(", ")
            );
        }
        calls.push(PlannedCall { name: op.name.clone(), method: op.method.to_string(), path: op.path.to_string() });
    }
    run_all.push_str("}\n");
    out.push_str(&run_all);
    (out, calls)
}

/// `connect`: the client builder with the settings the API's templates add (their names and
/// arguments read from the model), then the calls they add to the client (a sign-in).
fn connect_fn(api: &Api, config: &Config, sampler: &Sampler, calls: &mut Vec<PlannedCall>) -> String {
    let mut settings = String::new();
    for method in api.extensions.iter().flat_map(|ext| &ext.builder_methods).filter(|m| m.in_example) {
        let args: Vec<String> = method.args.iter().map(|arg| argument(sampler, arg)).collect();
        let _ = write!(settings, "\n        .{}({})", method.item.name, args.join(", "));
    }
    let builder =
        format!("api::Client::builder()\n        .base_url(base)\n        .retry(api::RetryPolicy::none()){settings}");
    let mut body = format!("    let client = {builder}\n        .build()\n        .map_err(|e| e.to_string())?;\n");
    for method in api.extensions.iter().flat_map(|ext| &ext.client_methods).filter(|m| m.in_example) {
        let args: Vec<String> = method.args.iter().map(|arg| argument(sampler, arg)).collect();
        let call = format!("client.{}({}){}", method.item.name, args.join(", "), if method.is_async { ".await" } else { "" });
        // The route the call takes, when an argument names it (the sign-in body's fields).
        let (http, path) = method
            .args
            .iter()
            .find_map(|arg| match &arg.value {
                ArgumentValue::BodyField { method, path, .. } => Some((method.as_str(), path.as_str())),
                _ => None,
            })
            .unwrap_or(("POST", ""));
        let _ = write!(
            body,
            "    let called = runner\n        .op(\"call\", {name:?}, {http:?}, {path:?}, async {{ Ok(outcome({call})) }})\n        .await;\n",
            name = method.item.name,
        );
        calls.push(PlannedCall { name: method.item.name.clone(), method: http.to_owned(), path: path.to_owned() });
        if let Auth::SessionSignIn(session) = &config.auth {
            let _ = write!(
                body,
                "    if called {{\n        return Ok(client);\n    }}\n    // Without a session from Prism, send the session headers by hand so that the other calls\n    // can still be judged.\n    eprintln!(\"sign-in failed: sending placeholder session headers instead\");\n    let client = {builder}",
            );
            for header in &session.token_headers {
                let _ = write!(body, "\n        .default_header({header:?}, \"smoke-{header}\")");
            }
            body.push_str("\n        .build()\n        .map_err(|e| e.to_string())?;\n");
        }
    }
    format!(
        "async fn connect(base: &str, runner: &mut Runner) -> Result<api::Client, String> {{\n{body}    Ok(client)\n}}\n\n"
    )
}

/// A value for an argument of a template's method, as Rust: sampled from the document where the
/// argument is sent as a parameter or a body field, a placeholder otherwise.
fn argument(sampler: &Sampler, arg: &Argument) -> String {
    // `"<api key>"` -> `smoke-api-key`; numbers stay as they are.
    let placeholder = || match arg.example.parse::<i64>() {
        Ok(number) => number.to_string(),
        Err(_) => format!("smoke-{}", arg.example.trim_matches(|c| c == '"' || c == '<' || c == '>').replace(' ', "-")),
    };
    let text = match &arg.value {
        ArgumentValue::Variant { ty, variant } => return format!("api::{ty}::{variant}"),
        ArgumentValue::Secret => placeholder(),
        ArgumentValue::Parameter { location, wire } => {
            let location = location_name(*location);
            match sampler.any_parameter(location, wire).map(|p| sampler.parameter_value(p)) {
                Some(Value::String(text)) => text,
                Some(Value::Number(number)) => number.to_string(),
                Some(Value::Bool(flag)) => flag.to_string(),
                _ => placeholder(),
            }
        }
        ArgumentValue::BodyField { method, path, field } => {
            let escaped = path.replace('~', "~0").replace('/', "~1");
            let at = format!("/paths/{escaped}/{}/requestBody", method.as_str().to_ascii_lowercase());
            let example = sampler
                .at(&at)
                .and_then(|body| body.get("content")?.as_object()?.values().next())
                .map(|media| sampler.media_value(media, Purpose::Request));
            let sampled = example.as_ref().and_then(|e| e.get(field)).and_then(Value::as_str).map(str::to_owned);
            sampled.unwrap_or_else(|| format!("smoke-{field}"))
        }
    };
    format!("{text:?}")
}

/// The operation's documented statuses (exact codes; ranges and `default` cannot be asked
/// of Prism), with what the client should make of each: `success`, `typed` (a documented JSON
/// error body) or `untyped`.
fn documented_statuses(op: &Operation) -> Vec<(u16, &'static str)> {
    let code = |status: &StatusMatch| match status {
        StatusMatch::Code(code) => Some(*code),
        _ => None,
    };
    let mut statuses: Vec<(u16, &'static str)> = Vec::new();
    statuses.extend(op.responses.success.iter().filter_map(|r| code(&r.status)).map(|c| (c, "success")));
    statuses.extend(op.responses.errors.iter().filter_map(|r| code(&r.status)).map(|c| (c, "typed")));
    statuses.extend(op.responses.untyped_errors.iter().filter_map(code).map(|c| (c, "untyped")));
    statuses.sort_unstable();
    statuses.dedup_by_key(|(c, _)| *c);
    statuses
}

fn location_name(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
}

/// Optional parameters left out: deprecated ones (Prism warns about them) and headers that
/// steer the mock or the exchange rather than the API.
fn skip_optional(param: &Parameter) -> bool {
    param.deprecated
        || (param.location == ParamLocation::Header
            && ["prefer", "accept", "content-type", "authorization"]
                .contains(&param.wire.to_ascii_lowercase().as_str()))
}

/// Whether a full-request variant of the call says more than the call itself: a JSON or form
/// body whose full form differs from the one sent, or a multipart form with optional fields.
fn has_full_variant(op: &Operation, sampler: &Sampler) -> bool {
    let Some(body) = &op.body else { return false };
    match &body.kind {
        BodyKind::Json(_) | BodyKind::Form(_) => {
            let media = body_media(op, sampler, &body.media_type);
            let minimal = media.map(|m| sampler.media_value(m, Purpose::Request));
            let full = media.and_then(|m| m.get("schema")).map(|s| sampler.schema_value(s, Purpose::FullRequest));
            full.is_some() && full != minimal
        }
        BodyKind::Multipart(form) => form.fields.iter().any(|f| !f.required),
        BodyKind::Bytes | BodyKind::Text => false,
    }
}

fn body_media<'a>(op: &Operation, sampler: &Sampler<'a>, media_type: &str) -> Option<&'a Value> {
    sampler.at(&format!("{}/requestBody", op.pointer)).and_then(|b| b.get("content")).and_then(|c| c.get(media_type))
}

/// `op_N` (`op_N_full` with `full`): builds the arguments, calls, and returns what the client
/// made of the answer. The full variant sends a body with every property (and every optional
/// multipart field) instead of the document's example.
fn operation_fn(index: usize, op: &Operation, sampler: &Sampler, full: bool) -> String {
    let mut lets = String::new();
    let mut arguments = Vec::new();
    let mut setters = String::new();
    for (i, param) in required_arguments(op).into_iter().enumerate() {
        let json = param_json(sampler, op, param);
        let var = format!("p{i}");
        let _ =
            writeln!(lets, "    let {var}: {} = {};", rust_type(&param.ty), value_expr(&param.ty, &param.wire, &json));
        arguments.push(var);
    }
    if let Some(body) = &op.body {
        let media = body_media(op, sampler, &body.media_type);
        let example = match (full, media) {
            (true, Some(media)) => {
                media.get("schema").map_or(Value::Null, |schema| sampler.schema_value(schema, Purpose::FullRequest))
            }
            (false, Some(media)) => sampler.media_value(media, Purpose::Request),
            (_, None) => Value::Null,
        };
        let argument = match &body.kind {
            BodyKind::Json(ty) | BodyKind::Form(ty) => {
                let _ = writeln!(lets, "    let body: {} = {};", rust_type(ty), value_expr(ty, "body", &example));
                "body".to_owned()
            }
            BodyKind::Multipart(form) if form.fields.is_empty() => "reqwest::multipart::Form::new()".to_owned(),
            BodyKind::Multipart(form) => {
                let properties = media.and_then(|m| m.get("schema")).map(|s| sampler.deref(s));
                // `Form::new(<required fields>)`, then a setter per optional field sent.
                let mut required = Vec::new();
                let mut setters = String::new();
                for field in &form.fields {
                    let content_type = media
                        .and_then(|m| {
                            m.pointer(&format!(
                                "/encoding/{}/contentType",
                                field.wire.replace('~', "~0").replace('/', "~1")
                            ))
                        })
                        .and_then(Value::as_str)
                        .map(|types| types.split(',').next().unwrap_or("").trim().to_owned());
                    let file = file_part(content_type.as_deref());
                    if !field.required && !full {
                        continue;
                    }
                    let schema = properties.and_then(|p| p.get("properties")).and_then(|p| p.get(&field.wire));
                    let json = schema.map_or(Value::Null, |s| sampler.schema_value(s, Purpose::Request));
                    let expression = match &field.kind {
                        MultipartFieldKind::File => file,
                        MultipartFieldKind::Files => format!("vec![{file}]"),
                        MultipartFieldKind::Value(ty) => value_expr(ty, &field.wire, &json),
                    };
                    if field.required {
                        required.push(expression);
                    } else {
                        let _ = write!(setters, "\n        .{}({expression})", naming::setter_ident(&field.name));
                    }
                }
                let _ = writeln!(
                    lets,
                    "    let body = api::types::{}::new({}){setters};",
                    form.name,
                    required.join(", ")
                );
                "body".to_owned()
            }
            BodyKind::Bytes => {
                let _ = writeln!(lets, "    let body: Vec<u8> = b\"smoke\".to_vec();");
                "body".to_owned()
            }
            BodyKind::Text => {
                let text = match &example {
                    Value::String(text) => text.clone(),
                    Value::Null => "smoke".to_owned(),
                    other => other.to_string(),
                };
                let _ = writeln!(lets, "    let body: String = {:?}.to_owned();", text);
                "body".to_owned()
            }
        };
        if body.required {
            arguments.push(argument);
        } else {
            let _ = write!(setters, "\n        .body({argument})");
        }
    }
    for param in op.params.iter().filter(|p| !p.required && !skip_optional(p)) {
        let json = param_json(sampler, op, param);
        let _ = write!(setters, "\n        .{}({})", param.name, value_expr(&param.ty, &param.wire, &json));
    }
    let suffix = if full { "_full" } else { "" };
    format!(
        "/// `{} {}`\nasync fn op_{index}{suffix}(client: &api::Client) -> Result<Called, String> {{\n{lets}    Ok(outcome(client.{}({}){setters}.await))\n}}\n\n",
        op.method,
        op.path,
        op.name,
        arguments.join(", ")
    )
}

fn file_part(content_type: Option<&str>) -> String {
    let content_type = content_type.filter(|t| !t.is_empty() && !t.contains('*')).unwrap_or("image/png");
    // A real (1x1) PNG, so that an image-only endpoint gets an image.
    const PNG: &str = "b\"\\x89PNG\\r\\n\\x1a\\n\\0\\0\\0\\rIHDR\\0\\0\\0\\x01\\0\\0\\0\\x01\\x08\\x06\\0\\0\\0\\x1f\\x15\\xc4\\x89\\0\\0\\0\\rIDATx\\x9cc\\xf8\\x0f\\0\\0\\x01\\x01\\0\\x05\\x18\\xd8N\\0\\0\\0\\0IEND\\xaeB`\\x82\"";
    let (bytes, file_name) = if content_type.starts_with("image/") {
        (PNG.to_owned(), "smoke.png")
    } else {
        ("b\"smoke\"".to_owned(), "smoke.txt")
    };
    format!("api::FilePart::new({bytes}.to_vec()).file_name({file_name:?}).content_type({content_type:?})")
}

fn param_json(sampler: &Sampler, op: &Operation, param: &Parameter) -> Value {
    sampler
        .parameter(&op.pointer, location_name(param.location), &param.wire)
        .map_or_else(|| Value::String("example".to_owned()), |p| sampler.parameter_value(p))
}

/// Required parameters in argument order: path parameters as the path has them, then the others
/// in document order (as the emitter orders them).
fn required_arguments(op: &Operation) -> Vec<&Parameter> {
    let mut required: Vec<&Parameter> = op.params.iter().filter(|p| p.required).collect();
    let order = op.path.variables();
    required.sort_by_key(|p| match p.location {
        ParamLocation::Path => order.iter().position(|v| *v == p.wire).unwrap_or(0),
        _ => order.len(),
    });
    required
}


fn rust_type(ty: &TypeRef) -> String {
    match ty {
        TypeRef::Bool => "bool".to_owned(),
        TypeRef::I32 => "i32".to_owned(),
        TypeRef::I64 => "i64".to_owned(),
        TypeRef::U32 => "u32".to_owned(),
        TypeRef::U64 => "u64".to_owned(),
        TypeRef::F32 => "f32".to_owned(),
        TypeRef::F64 => "f64".to_owned(),
        TypeRef::String => "String".to_owned(),
        TypeRef::DateTime => "chrono::DateTime<chrono::Utc>".to_owned(),
        TypeRef::Date => "chrono::NaiveDate".to_owned(),
        TypeRef::Uuid => "uuid::Uuid".to_owned(),
        TypeRef::Bytes => "bytes::Bytes".to_owned(),
        TypeRef::Json => "serde_json::Value".to_owned(),
        TypeRef::Named(name) => format!("api::types::{name}"),
        TypeRef::Vec(inner) => format!("Vec<{}>", rust_type(inner)),
        TypeRef::Map(inner) => format!("std::collections::BTreeMap<String, {}>", rust_type(inner)),
        TypeRef::Option(inner) => format!("Option<{}>", rust_type(inner)),
    }
}

/// The expression giving a value of `ty` from the document's JSON (`?` on failure).
fn value_expr(ty: &TypeRef, what: &str, json: &Value) -> String {
    match ty {
        // Raw bytes have no JSON form: some bytes stand in.
        TypeRef::Bytes => "bytes::Bytes::from_static(b\"smoke\")".to_owned(),
        ty => format!("value::<{}>({what:?}, {})?", rust_type(ty), raw(json)),
    }
}

/// JSON as a Rust raw string literal.
fn raw(value: &Value) -> String {
    let text = value.to_string();
    let mut hashes = 1;
    while text.contains(&format!("\"{}", "#".repeat(hashes))) {
        hashes += 1;
    }
    let fence = "#".repeat(hashes);
    format!("r{fence}\"{text}\"{fence}")
}
