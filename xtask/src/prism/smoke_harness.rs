// The fixed part of every smoke program `cargo xtask prism` writes (it is not a module of xtask:
// `smoke.rs` copies it after `use <generated crate> as api;`, and appends the per-API part:
// `connect`, one `op_N` function per operation and `run_all`).
//
// The client talks to Prism through a recording proxy in this program, so that every exchange
// of every call is seen whole: Prism's `sl-violations` header, its problem+json validation
// answers and routing failures, whatever the generated client makes of the response.

use std::fmt::Write as _;
use std::future::Future;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// What the generated client made of one call.
#[allow(dead_code)]
enum Called {
    Ok,
    Decode {
        status: u16,
        path: String,
        message: String,
    },
    /// An error; `typed` for `Error::Api` (a documented error body, decoded).
    Failed {
        status: Option<u16>,
        typed: bool,
        message: String,
    },
}

fn outcome<T, E: std::fmt::Debug>(result: Result<T, api::Error<E>>) -> Called {
    match result {
        Ok(_) => Called::Ok,
        Err(api::Error::Decode { status, path, message, .. }) => {
            Called::Decode { status: status.as_u16(), path, message }
        }
        Err(api::Error::Api { status, body, .. }) => Called::Failed {
            status: Some(status.as_u16()),
            typed: true,
            message: format!("API error HTTP {status}: {body:?}"),
        },
        Err(error) => {
            Called::Failed { status: error.status().map(|s| s.as_u16()), typed: false, message: error.to_string() }
        }
    }
}

/// Notes on the arguments of the call being built (values that needed reshaping).
static NOTES: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// An argument value from the JSON the document gives, deserialized into the parameter's or the
/// body's Rust type. A value that does not fit as it stands is tried reshaped the way a query
/// string would carry it (scalars as text, text holding JSON, one value for a list); that is
/// noted, since the document's example then does not quite match its own schema.
fn value<T: DeserializeOwned>(what: &str, json: &str) -> Result<T, String> {
    let parsed: Value = serde_json::from_str(json).map_err(|e| format!("{what}: bad JSON {json}: {e}"))?;
    let first = match serde_path_to_error::deserialize::<_, T>(parsed.clone()) {
        Ok(value) => return Ok(value),
        Err(error) => format!(
            "{what}: the document's value {} does not fit the generated type at `{}`: {}",
            short(json),
            error.path(),
            error.inner()
        ),
    };
    // Text holding JSON (`"1"`, `"[123]"`) as that JSON; then scalars as text, and a single
    // value as a list of one.
    let mut bases = Vec::new();
    if let Value::String(text) = &parsed {
        if let Ok(inner) = serde_json::from_str::<Value>(text) {
            bases.push(inner);
        }
    }
    let mut tries = bases.clone();
    bases.push(parsed.clone());
    for base in &bases {
        tries.push(stringify_scalars(base));
        if !base.is_array() {
            tries.push(Value::Array(vec![base.clone()]));
            tries.push(Value::Array(vec![stringify_scalars(base)]));
        }
    }
    for candidate in tries {
        if let Ok(value) = serde_json::from_value::<T>(candidate.clone()) {
            NOTES.lock().unwrap_or_else(|p| p.into_inner()).push(format!(
                "{what}: sent {} for the document's {}",
                short(&candidate.to_string()),
                short(json)
            ));
            return Ok(value);
        }
    }
    Err(first)
}

fn stringify_scalars(value: &Value) -> Value {
    match value {
        Value::Number(_) | Value::Bool(_) => Value::String(value.to_string()),
        Value::Array(items) => Value::Array(items.iter().map(stringify_scalars).collect()),
        Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), stringify_scalars(v))).collect()),
        other => other.clone(),
    }
}

fn short(text: &str) -> String {
    match text.char_indices().nth(300) {
        Some((end, _)) => format!("{}...", &text[..end]),
        None => text.to_owned(),
    }
}

// ------------------------------------------------------------------------------------------
// Recording proxy

#[derive(Debug, Clone)]
struct Exchange {
    method: String,
    target: String,
    status: u16,
    violations: Option<String>,
    content_type: String,
    body: Bytes,
}

type Log = Arc<Mutex<Vec<Exchange>>>;

struct Proxy {
    url: String,
    log: Log,
    /// When set, forwarded requests of this operation (method, path template) ask Prism for
    /// this status (`Prefer: code=N`); others (a session's sign-in) go as they are.
    prefer: Prefer,
}

type Prefer = Arc<Mutex<Option<(u16, String, String)>>>;

/// Whether a request path (query included) is an instance of a path template.
fn path_matches(template: &str, target: &str) -> bool {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let (template, path): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    template.len() == path.len()
        && template.iter().zip(&path).all(|(t, p)| (t.starts_with('{') && t.ends_with('}') && !p.is_empty()) || t == p)
}

impl Proxy {
    async fn start(upstream: String) -> std::io::Result<Proxy> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}", listener.local_addr()?);
        let log: Log = Arc::default();
        let prefer: Prefer = Arc::default();
        let http = reqwest::Client::builder().no_proxy().build().map_err(std::io::Error::other)?;
        let shared = (log.clone(), prefer.clone(), http, Arc::new(upstream));
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else { continue };
                let (log, prefer, http, upstream) = shared.clone();
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |request| {
                        forward(request, log.clone(), prefer.clone(), http.clone(), upstream.clone())
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        Ok(Proxy { url, log, prefer })
    }

    fn prefer(&self, wanted: Option<(u16, String, String)>) {
        *self.prefer.lock().unwrap_or_else(|p| p.into_inner()) = wanted;
    }

    fn take(&self) -> Vec<Exchange> {
        std::mem::take(&mut *self.log.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

fn hop_by_hop(name: &str) -> bool {
    matches!(
        name,
        "host"
            | "connection"
            | "keep-alive"
            | "transfer-encoding"
            | "content-length"
            | "te"
            | "trailer"
            | "upgrade"
            | "proxy-connection"
            | "proxy-authorization"
    )
}

async fn forward(
    request: hyper::Request<Incoming>,
    log: Log,
    prefer: Prefer,
    http: reqwest::Client,
    upstream: Arc<String>,
) -> Result<hyper::Response<Full<Bytes>>, std::convert::Infallible> {
    let (parts, body) = request.into_parts();
    let body = body.collect().await.map(|c| c.to_bytes()).unwrap_or_default();
    let target = parts.uri.path_and_query().map_or_else(|| "/".to_owned(), |pq| pq.as_str().to_owned());
    let mut outgoing = http.request(parts.method.clone(), format!("{upstream}{target}"));
    let preferred = prefer
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()
        .filter(|(_, method, template)| parts.method.as_str() == method && path_matches(template, &target))
        .map(|(status, _, _)| *status);
    for (name, value) in &parts.headers {
        if !hop_by_hop(name.as_str()) && !(preferred.is_some() && name.as_str() == "prefer") {
            outgoing = outgoing.header(name, value);
        }
    }
    if let Some(status) = preferred {
        outgoing = outgoing.header("prefer", format!("code={status}"));
    }
    let mut exchange = Exchange {
        method: parts.method.to_string(),
        target,
        status: 502,
        violations: None,
        content_type: String::new(),
        body: Bytes::new(),
    };
    let mut response = hyper::Response::builder();
    match outgoing.body(body).send().await {
        Ok(answer) => {
            exchange.status = answer.status().as_u16();
            response = response.status(answer.status());
            let header =
                |name: &str| answer.headers().get(name).map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
            exchange.violations = header("sl-violations");
            exchange.content_type = header("content-type").unwrap_or_default();
            for (name, value) in answer.headers() {
                if !hop_by_hop(name.as_str()) {
                    response = response.header(name, value);
                }
            }
            exchange.body = answer.bytes().await.unwrap_or_default();
        }
        Err(error) => {
            response = response.status(502);
            exchange.body = Bytes::from(format!("the proxy could not reach Prism: {error}"));
        }
    }
    let body = exchange.body.clone();
    log.lock().unwrap_or_else(|p| p.into_inner()).push(exchange);
    Ok(response.body(Full::new(body)).unwrap_or_else(|_| hyper::Response::new(Full::new(Bytes::new()))))
}

// ------------------------------------------------------------------------------------------
// Running and judging calls

struct Runner {
    proxy: Proxy,
}

impl Runner {
    /// Runs one call (`call` builds its arguments, then calls), judges it from the client's
    /// result and the exchanges the proxy saw, and prints one JSON line. True when it passed.
    async fn op<F>(&mut self, check: &str, name: &str, method: &str, path: &str, call: F) -> bool
    where
        F: Future<Output = Result<Called, String>>,
    {
        self.proxy.take();
        NOTES.lock().unwrap_or_else(|p| p.into_inner()).clear();
        let called = call.await;
        let exchanges = self.proxy.take();
        let notes = std::mem::take(&mut *NOTES.lock().unwrap_or_else(|p| p.into_inner()));
        let (outcome, detail) = judge(called, &exchanges);
        let line = serde_json::json!({
            "check": check,
            "op": name,
            "method": method,
            "path": path,
            "reached": !exchanges.is_empty(),
            "outcome": outcome,
            "detail": detail,
            "notes": notes,
            "exchanges": exchanges.iter().map(|e| format!("{} {} -> {}", e.method, e.target, e.status)).collect::<Vec<_>>(),
        });
        println!("{line}");
        outcome == "pass"
    }

    /// Asks Prism for each documented status of the operation in turn (`Prefer: code=N`) and
    /// checks what the client makes of it: the success type for a success status, the
    /// documented error body (`Error::Api`) for a typed error status, an error keeping the raw
    /// body for an untyped one. One JSON line per status.
    async fn responses<C, F>(&mut self, name: &str, method: &str, path: &str, statuses: &[(u16, &str)], mut call: C)
    where
        C: FnMut() -> F,
        F: Future<Output = Result<Called, String>>,
    {
        for &(status, kind) in statuses {
            self.proxy.take();
            self.proxy.prefer(Some((status, method.to_owned(), path.to_owned())));
            NOTES.lock().unwrap_or_else(|p| p.into_inner()).clear();
            let called = call().await;
            self.proxy.prefer(None);
            let exchanges = self.proxy.take();
            let (outcome, detail) = judge_response(called, &exchanges, status, kind);
            let line = serde_json::json!({
                "check": "response",
                "status": status,
                "op": name,
                "method": method,
                "path": path,
                "reached": !exchanges.is_empty(),
                "outcome": outcome,
                "detail": detail,
                "exchanges": exchanges.iter().map(|e| format!("{} {} -> {}", e.method, e.target, e.status)).collect::<Vec<_>>(),
            });
            println!("{line}");
        }
    }
}

/// The verdict on a status asked for: `kind` is `success`, `typed` or `untyped`.
fn judge_response(
    called: Result<Called, String>,
    exchanges: &[Exchange],
    status: u16,
    kind: &str,
) -> (&'static str, String) {
    let called = match called {
        Ok(called) => called,
        Err(message) => return ("not_built", message),
    };
    if let Some(verdict) = prism_verdict(exchanges) {
        return verdict;
    }
    // The operation's own exchange is the last one (a session may sign in before it).
    let answered = exchanges.last().map(|e| e.status);
    if answered != Some(status) {
        return ("error", format!("Prism answered {answered:?} when asked for HTTP {status}"));
    }
    let body = exchanges.last().map(|e| short(&String::from_utf8_lossy(&e.body))).unwrap_or_default();
    match (kind, called) {
        ("success", Called::Ok) => ("pass", String::new()),
        (_, Called::Decode { status, path, message }) => {
            ("decode", format!("HTTP {status} ({kind} response) at `{path}`: {message}; body: {body}"))
        }
        ("typed", Called::Failed { status: Some(s), typed: true, .. }) if s == status => ("pass", String::new()),
        // 429 is always `RateLimited`, whatever its body.
        (_, Called::Failed { status: Some(429), .. }) if status == 429 && kind != "success" => ("pass", String::new()),
        ("untyped", Called::Failed { status: Some(s), typed: false, .. }) if s == status => ("pass", String::new()),
        (kind, Called::Ok) => ("error", format!("HTTP {status} ({kind} error) came back as a success")),
        (kind, Called::Failed { message, .. }) => {
            ("error", format!("HTTP {status} ({kind} response) came back as: {message}; body: {body}"))
        }
    }
}

/// Violations Prism reported, or its routing failures, in any exchange of a call.
fn prism_verdict(exchanges: &[Exchange]) -> Option<(&'static str, String)> {
    let mut violations = String::new();
    let mut not_routed = String::new();
    let mut prism_failed = String::new();
    for exchange in exchanges {
        let problem: Option<Value> = exchange
            .content_type
            .contains("problem+json")
            .then(|| serde_json::from_slice(&exchange.body).ok())
            .flatten();
        // Prism's own answers name their kind: `https://stoplight.io/prism/errors#KIND`.
        let field = |key: &str| problem.as_ref().and_then(|p| p.get(key)).and_then(Value::as_str).unwrap_or("");
        let kind = field("type").strip_prefix("https://stoplight.io/prism/errors#").unwrap_or("");
        let said = format!(
            "{} {} -> {}: Prism {kind}: {} {}",
            exchange.method,
            exchange.target,
            exchange.status,
            field("title"),
            field("detail")
        );
        match kind {
            "" => {}
            "NO_PATH_MATCHED_ERROR" | "NO_METHOD_MATCHED_ERROR" | "NO_SERVER_MATCHED_ERROR" | "NO_BASE_URL_ERROR" => {
                let _ = write!(not_routed, "{said}; ");
                continue;
            }
            // Requests Prism refuses (security, content type, accepted types) or answers it
            // cannot make valid: violations. Those carrying `validation` entries list them below.
            "UNAUTHORIZED" | "INVALID_CONTENT_TYPE" | "NOT_ACCEPTABLE" => {
                let _ = write!(violations, "{said}; ");
                continue;
            }
            "UNPROCESSABLE_ENTITY" | "VIOLATIONS" => {}
            _ => {
                let _ = write!(prism_failed, "{said}; ");
                continue;
            }
        }
        let mut listed = Vec::new();
        if let Some(header) = &exchange.violations {
            listed.extend(violation_lines(header));
        }
        if let Some(Value::Array(validation)) = problem.as_ref().and_then(|p| p.get("validation")) {
            for line in validation.iter().map(violation_line) {
                if !listed.contains(&line) {
                    listed.push(line);
                }
            }
        }
        if !listed.is_empty() {
            let _ = write!(
                violations,
                "{} {} -> {}: {}; ",
                exchange.method,
                exchange.target,
                exchange.status,
                listed.join(" | ")
            );
        }
    }
    if !violations.is_empty() {
        return Some(("violation", violations.trim_end_matches("; ").to_owned()));
    }
    if !not_routed.is_empty() {
        return Some(("not_routed", not_routed.trim_end_matches("; ").to_owned()));
    }
    if !prism_failed.is_empty() {
        return Some(("error", prism_failed.trim_end_matches("; ").to_owned()));
    }
    None
}

/// `pass`, `violation`, `not_routed`, `decode`, `error` or `not_built`, with the details.
fn judge(called: Result<Called, String>, exchanges: &[Exchange]) -> (&'static str, String) {
    let called = match called {
        Ok(called) => called,
        Err(message) => return ("not_built", message),
    };
    if let Some(verdict) = prism_verdict(exchanges) {
        return verdict;
    }
    match called {
        Called::Ok => ("pass", String::new()),
        Called::Decode { status, path, message } if (200..300).contains(&status) => {
            ("decode", format!("HTTP {status} at `{path}`: {message}"))
        }
        Called::Decode { status, path, message } => {
            let body = exchanges.last().map(|e| short(&String::from_utf8_lossy(&e.body))).unwrap_or_default();
            ("error", format!("HTTP {status} (error body did not decode at `{path}`: {message}): {body}"))
        }
        Called::Failed { message, .. } => {
            let body = exchanges.last().map(|e| short(&String::from_utf8_lossy(&e.body))).unwrap_or_default();
            ("error", if body.is_empty() { message } else { format!("{message}; body: {body}") })
        }
    }
}

fn violation_lines(header: &str) -> Vec<String> {
    let json = header.strip_prefix("Too many violations! ").unwrap_or(header);
    match serde_json::from_str::<Value>(json) {
        Ok(Value::Array(items)) => items.iter().map(violation_line).collect(),
        _ => vec![short(header)],
    }
}

fn violation_line(item: &Value) -> String {
    let location = match item.get("location") {
        Some(Value::Array(parts)) => {
            parts.iter().map(|p| p.as_str().map_or_else(|| p.to_string(), str::to_owned)).collect::<Vec<_>>().join(".")
        }
        _ => String::new(),
    };
    let severity = item.get("severity").and_then(Value::as_str).unwrap_or("");
    let message = item.get("message").and_then(Value::as_str).unwrap_or("");
    format!("[{severity}] {location}: {message}")
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    let Some(upstream) = std::env::args().nth(1) else {
        eprintln!("usage: smoke <Prism base URL>");
        return std::process::ExitCode::FAILURE;
    };
    let proxy = match Proxy::start(upstream.trim_end_matches('/').to_owned()).await {
        Ok(proxy) => proxy,
        Err(error) => {
            eprintln!("cannot start the recording proxy: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let base = proxy.url.clone();
    let mut runner = Runner { proxy };
    let client = match connect(&base, &mut runner).await {
        Ok(client) => client,
        Err(error) => {
            eprintln!("cannot build the client: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    run_all(&client, &mut runner).await;
    std::process::ExitCode::SUCCESS
}
