//! `cargo xtask prism`: every operation of every generated client, called once against a
//! Stoplight Prism mock of its own API document, Prism being the independent judge.
//!
//! For each document: load and lower it with `codegen` (the configuration `cargo xtask codegen`
//! uses), write a smoke program under `target/prism/<api>-smoke/` that depends on the generated
//! crate and calls each operation with arguments from the document's examples, defaults and
//! schemas; build all smoke programs in one cargo workspace; then for each API start
//! `prism mock --errors` on a free loopback port, run its smoke program against it, and stop it.
//!
//! The client talks to Prism through a recording proxy inside the smoke program, so every
//! exchange is seen whole. A call passes when Prism found nothing to say about the request (no
//! `sl-violations` header, no problem+json answer of its own: validation, security, content
//! type, routing) and the generated client decoded the answer into its response type. Besides
//! the call itself, each operation is checked with every documented status, asked of Prism with
//! `Prefer: code=N` (the success type, or the documented error body, must decode), and, when
//! the document's example leaves properties out, with a full body (every property filled).
//!
//! The summary line of an API counts operations: called / in the document, then those with a
//! violation and those with a decode failure in any of their checks. The project's APIs gate
//! the command; the published documents of `../shared/corpus/upstream/` are run as far as Prism
//! accepts them, for information. The control API (`control/`) is run first: Prism is given a
//! document that differs from the client's on purpose, and the verdicts it expects must come
//! out, or the command fails (a judge that passes everything would otherwise go unnoticed).

mod apis;
mod sample;
mod server;
mod smoke;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use apis::Target;
use sample::Sampler;
use serde_json::Value;
use smoke::PlannedCall;

const USAGE: &str = "usage: cargo xtask prism [--api NAME] [--no-upstream] [--dynamic] [--verbose]

  --api NAME      only this API (a folder of specs/, or `upstream` for the published documents)
  --no-upstream   only the project's APIs
  --dynamic       Prism answers with data generated from the response schemas (seeded) instead
                  of the documents' examples, so decoding meets values nobody wrote by hand.
                  Exploratory: json-schema-faker cuts recursive schemas short and leaves
                  required properties out, which shows up as violations or decode failures
  --verbose       print every call, not only the failing ones";

/// How long one smoke program may run.
const RUN_TIMEOUT: Duration = Duration::from_secs(600);

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let mut only: Option<String> = None;
    let mut upstream = true;
    let mut verbose = false;
    let mut dynamic = false;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--api" => only = Some(iter.next().ok_or(USAGE)?.clone()),
            "--no-upstream" => upstream = false,
            "--verbose" | "-v" => verbose = true,
            "--dynamic" => dynamic = true,
            "--help" | "-h" => {
                println!("{USAGE}");
                return Ok(());
            }
            other => return Err(format!("unexpected argument `{other}`\n\n{USAGE}")),
        }
    }
    let projects = apis::project_targets(root)?;
    let mut targets = if upstream { apis::upstream_targets(root, &projects) } else { Vec::new() };
    if upstream && targets.is_empty() {
        eprintln!("prism: no published documents (../shared/corpus/upstream/ not found beside the checkout)");
    }
    targets.splice(0..0, projects);
    targets.insert(0, apis::control_target(root));
    if let Some(name) = &only {
        let known: Vec<String> = targets.iter().map(|t| t.name.clone()).collect();
        targets.retain(|t| {
            t.control
                || t.name == *name
                || t.config.crate_name == *name
                || (name == "upstream" && !t.gating)
                || t.name.starts_with(&format!("upstream/{name}."))
        });
        if targets.iter().all(|t| t.control) {
            return Err(format!("no API `{name}` (known: {})", known.join(", ")));
        }
    }

    let target_dir = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => root.join("target"),
    };
    let work = target_dir.join("prism");
    std::fs::create_dir_all(&work).map_err(|e| format!("creating {}: {e}", work.display()))?;
    let prism_bin = server::ensure_installed(root)?;

    // Smoke programs, written and built together.
    let mut results: Vec<ApiResult> = Vec::new();
    let mut members = Vec::new();
    for target in &targets {
        let mut result = ApiResult::new(target);
        match prepare(target, &work) {
            Ok(prepared) => {
                result.document_ops = prepared.document_ops;
                result.planned = prepared.calls;
                result.notes.extend(prepared.notes);
                members.push(prepared.member.clone());
                result.member = Some(prepared.member);
            }
            Err(problem) => result.problem = Some(problem),
        }
        results.push(result);
    }
    eprintln!("prism: building {} smoke programs (target/prism)", members.len());
    let build = build(root, &work, &members)?;
    for result in &mut results {
        if let Some(member) = &result.member {
            if let Some(Err(message)) = build.get(member) {
                result.problem = Some(format!("the smoke program does not compile:\n{message}"));
            }
        }
    }

    // One Prism per API.
    for (target, result) in targets.iter().zip(&mut results) {
        if result.problem.is_some() {
            continue;
        }
        let Some(member) = result.member.clone() else { continue };
        eprintln!("prism: {}", target.name);
        let binary = work.join("target").join("debug").join(&member);
        let prism_log = work.join(format!("{}.prism.log", target.slug()));
        let (served, patch_notes) = match &target.served {
            Some(served) => (served.clone(), Vec::new()),
            None => prism_input(target, &work),
        };
        result.notes.extend(patch_notes);
        let mut prism = match server::Prism::start(&prism_bin, &served, &prism_log, dynamic) {
            Ok(prism) => prism,
            Err(problem) => {
                result.problem = Some(format!("Prism refused the document: {problem}"));
                continue;
            }
        };
        result.notes.extend(prism_document_notes(&prism_log));
        let smoke_log = work.join(format!("{}.smoke.log", target.slug()));
        match run_smoke(&binary, &prism.base_url(), &smoke_log) {
            Ok(calls) => result.calls = calls,
            Err(problem) => result.problem = Some(problem),
        }
        if let Some(crash) = prism.crashed() {
            result.problem = Some(format!("Prism crashed while serving the document: {crash}"));
        }
        drop(prism);
    }

    // Report.
    let mut report = String::from("# cargo xtask prism\n\n");
    let (mut passed, mut failed) = (0usize, 0usize);
    let mut gating_failures = Vec::new();
    for (target, result) in targets.iter().zip(&results) {
        if target.control {
            let line = check_control(target, result).unwrap_or_else(|problem| {
                gating_failures.push("control (the judge itself)".to_owned());
                format!("control: {problem}")
            });
            println!("{line}");
            let _ = writeln!(report, "## control\n\n{line}\n");
            for detail in result.details(true) {
                let _ = writeln!(report, "- {detail}");
            }
            report.push('\n');
            continue;
        }
        let summary = result.summary();
        let details = result.details(verbose);
        println!("{summary}");
        // The published documents' findings can run long: the report has them all.
        let shown = if result.gating || verbose { details.len() } else { 12 };
        for line in details.iter().take(shown) {
            println!("    {line}");
        }
        if details.len() > shown {
            println!("    ... {} more lines in the report", details.len() - shown);
        }
        let _ = writeln!(report, "## {}\n\n{summary}\n", result.name);
        for line in result.details(true) {
            let _ = writeln!(report, "- {line}");
        }
        report.push('\n');
        if result.gating {
            let ok = result.passed_document_ops();
            passed += ok;
            let not_ok = result.document_ops.len().max(ok) - ok;
            failed += not_ok;
            if !result.is_clean() {
                // An API that failed as a whole (document, build, Prism) counts at least once.
                failed += usize::from(not_ok == 0);
                gating_failures.push(result.name.clone());
            }
        }
    }
    let upstream: Vec<&ApiResult> =
        targets.iter().zip(&results).filter(|(t, _)| !t.gating && !t.control).map(|(_, r)| r).collect();
    if !upstream.is_empty() {
        let total: usize = upstream.iter().map(|r| r.document_ops.len()).sum();
        let ok: usize = upstream.iter().map(|r| r.passed_document_ops()).sum();
        println!("published documents (not gating): {ok} of {total} operations clean");
    }
    let report_path = work.join(if dynamic { "report-dynamic.md" } else { "report.md" });
    let _ = std::fs::write(&report_path, &report);
    println!("prism: {passed} passed, {failed} failed");
    println!("(details: {})", report_path.display());
    if gating_failures.is_empty() {
        Ok(())
    } else {
        Err(format!("Prism found problems in: {}", gating_failures.join(", ")))
    }
}

/// Compares the control API's verdicts with the ones its served document expects.
fn check_control(target: &Target, result: &ApiResult) -> Result<String, String> {
    if let Some(problem) = &result.problem {
        return Err(format!("not run: {problem}"));
    }
    let served = target.served.as_deref().ok_or("no served document")?;
    let tree = codegen::load::read_tree(served).map_err(|d| d.to_string())?;
    let mut expected = Vec::new();
    if let Some(Value::Object(paths)) = tree.get("paths") {
        for (path, item) in paths {
            for (method, operation) in item.as_object().into_iter().flatten().filter(|(k, _)| sample::is_method(k)) {
                if let Some(verdict) = operation.get("x-prism-expect").and_then(Value::as_str) {
                    expected.push((method.to_ascii_uppercase(), path.clone(), verdict.to_owned()));
                }
            }
        }
    }
    let wrong: Vec<String> = expected
        .iter()
        .filter_map(|(method, path, verdict)| {
            let got = result.call_for(method, path).map_or("no call", |c| c.outcome.as_str());
            (got != verdict).then(|| format!("{method} {path}: expected {verdict}, got {got}"))
        })
        .collect();
    if expected.is_empty() || !wrong.is_empty() {
        return Err(format!(
            "the judge did not reach the verdicts the control API expects ({} of {}): {}",
            wrong.len(),
            expected.len(),
            wrong.join("; ")
        ));
    }
    Ok(format!(
        "control: {} / {} verdicts as expected (violations, a decode failure and a pass are still told apart)",
        expected.len(),
        expected.len()
    ))
}

/// The file Prism serves: the document itself or, when the generator reads it otherwise, a copy
/// of what the generator reads. That is the document with its overlays applied (`api.toml`'s
/// `overlays`) and, when it has paths without a leading `/` (Prism throws `Malformed path` on the
/// first request it routes, and exits), with `/` added to them. Notes say what was changed.
fn prism_input(target: &Target, work: &Path) -> (PathBuf, Vec<String>) {
    let Ok(mut tree) = codegen::load::read_tree(&target.spec) else {
        return (target.spec.clone(), Vec::new());
    };
    let mut notes = Vec::new();
    for overlay in &target.config.overlays {
        match codegen::load::overlay::read(overlay) {
            Ok(overlay) => drop(overlay.apply(&mut tree)),
            Err(problem) => notes.push(format!("the overlay could not be applied: {problem}")),
        }
    }
    if !target.config.overlays.is_empty() {
        let listed: Vec<String> = target.config.overlays.iter().map(|o| o.display().to_string()).collect();
        notes.push(format!("Prism serves the document with its overlays applied ({})", listed.join(", ")));
    }
    let malformed: Vec<String> = match tree.get("paths") {
        Some(Value::Object(paths)) => paths.keys().filter(|p| !p.starts_with('/')).cloned().collect(),
        _ => Vec::new(),
    };
    if let (false, Some(Value::Object(paths))) = (malformed.is_empty(), tree.get_mut("paths")) {
        let fixed: serde_json::Map<String, Value> = std::mem::take(paths)
            .into_iter()
            .map(|(path, item)| if path.starts_with('/') { (path, item) } else { (format!("/{path}"), item) })
            .collect();
        *paths = fixed;
        let listed: Vec<String> = malformed.iter().map(|p| format!("`{p}`")).collect();
        notes.push(format!(
            "Prism refuses the document as published: {} path(s) without a leading `/` ({}) make it throw `Malformed path` and exit on the first request; Prism was given a copy with `/` added",
            malformed.len(),
            listed.join(", "),
        ));
    }
    if malformed.is_empty() && target.config.overlays.is_empty() {
        return (target.spec.clone(), notes);
    }
    let copy = work.join(format!("{}.prism-input.json", target.slug()));
    let text = serde_json::to_string_pretty(&tree).unwrap_or_default();
    if let Err(error) = std::fs::write(&copy, text) {
        notes.push(format!("cannot write {}: {error}", copy.display()));
        return (target.spec.clone(), notes);
    }
    notes.push(format!("Prism's input: {}", copy.display()));
    (copy, notes)
}

/// A smoke crate written for one target.
struct Prepared {
    member: String,
    document_ops: Vec<(String, String)>,
    calls: Vec<PlannedCall>,
    notes: Vec<String>,
}

/// The configuration `cargo xtask codegen` wrote a committed crate with: the runtime crate beside
/// it, and the versions the crate's and the runtime's manifests hold.
fn committed_config(target: &Target, dir: &Path) -> codegen::Config {
    let mut config = target.config.clone();
    let version = |manifest: &Path| {
        let text = std::fs::read_to_string(manifest).ok()?;
        crate::release::manifest_version(&text).ok().map(|v| v.to_string())
    };
    if let Some(crate_version) = version(&dir.join("Cargo.toml")) {
        config.crate_version = crate_version;
    }
    let runtime = dir.join("..").join("..").join("runtime");
    if let Some(runtime_version) = version(&runtime.join("Cargo.toml")) {
        config.runtime = codegen::config::Runtime::Crate { path: "../../runtime".to_owned(), version: runtime_version };
    }
    config
}

fn prepare(target: &Target, work: &Path) -> Result<Prepared, String> {
    let document =
        codegen::load_document(&target.spec, &target.config).map_err(|f| format!("cannot load the document: {f}"))?;
    let api =
        codegen::lower_document(&document, &target.config).map_err(|f| format!("cannot lower the document:\n{f}"))?;
    let mut notes = Vec::new();
    let crate_dir = match &target.committed_crate {
        Some(dir) => {
            // The committed crate is what is tested; say so when it no longer matches the document
            // (generated as `cargo xtask codegen` writes it: on the runtime crate, at its version).
            if let Ok(generated) = codegen::generate_document(&document, &committed_config(target, dir)) {
                let stale = generated
                    .files
                    .iter()
                    .any(|f| std::fs::read_to_string(dir.join(&f.path)).ok().as_deref() != Some(f.contents.as_str()));
                if stale {
                    notes.push(format!(
                        "warning: {} is stale (run `cargo xtask codegen`); the committed crate is what was tested",
                        dir.display()
                    ));
                }
            }
            dir.clone()
        }
        None => {
            let generated = codegen::generate_document(&document, &target.config)
                .map_err(|f| format!("cannot generate the crate:\n{f}"))?;
            let dir = work.join("crates").join(&target.config.crate_name);
            generated.write_to(&dir).map_err(|e| format!("writing {}: {e}", dir.display()))?;
            if !generated.diagnostics.is_empty() {
                notes.push(format!(
                    "generator: {} warnings (e.g. {})",
                    generated.diagnostics.len(),
                    generated.diagnostics[0]
                ));
            }
            dir
        }
    };
    let sampler = Sampler::new(&document.root);
    let document_ops = document_operations(&sampler);
    // Prism reads `a[b]=..` query parameters as deep objects, so a parameter named `a[b]` is
    // never validated (checked by hand with Prism 5.14: `page[size]=abc` is accepted).
    let mut bracketed: Vec<&str> = api
        .operations
        .iter()
        .flat_map(|op| &op.params)
        .filter(|p| p.location == codegen::model::ParamLocation::Query && p.wire.contains('['))
        .map(|p| p.wire.as_str())
        .collect();
    bracketed.sort_unstable();
    bracketed.dedup();
    if !bracketed.is_empty() {
        notes.push(format!(
            "coverage: Prism does not validate query parameters named with brackets (it parses `a[b]=` as a deep object), so these are sent but not judged: {}",
            bracketed.join(", ")
        ));
    }
    let member = format!("{}-smoke", target.slug());
    let dir = work.join(&member);
    let crate_dir = std::fs::canonicalize(&crate_dir).unwrap_or(crate_dir);
    let (main_rs, calls) = smoke::main_rs(&api, &target.config, &sampler);
    write_if_changed(
        &dir.join("Cargo.toml"),
        &smoke::cargo_toml(&member, &target.config.crate_name, &crate_dir.to_string_lossy()),
    )?;
    write_if_changed(&dir.join("src").join("main.rs"), &main_rs)?;
    Ok(Prepared { member, document_ops, calls, notes })
}

fn write_if_changed(path: &Path, contents: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("creating {}: {e}", parent.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// Every `(METHOD, path)` of the document.
fn document_operations(sampler: &Sampler) -> Vec<(String, String)> {
    let mut ops = Vec::new();
    let Some(Value::Object(paths)) = sampler.root().get("paths") else { return ops };
    for (path, item) in paths {
        if let Value::Object(item) = sampler.deref(item) {
            // As the generator reads them: with a leading `/`.
            let path = if path.starts_with('/') { path.clone() } else { format!("/{path}") };
            for method in item.keys().filter(|k| sample::is_method(k)) {
                ops.push((method.to_ascii_uppercase(), path.clone()));
            }
        }
    }
    ops
}

/// Builds the smoke crates in one workspace; per member, `Ok` or the compiler's messages.
fn build(root: &Path, work: &Path, members: &[String]) -> Result<BTreeMap<String, Result<(), String>>, String> {
    let listed: Vec<String> = members.iter().map(|m| format!("{m:?}")).collect();
    write_if_changed(
        &work.join("Cargo.toml"),
        &format!(
            "# Written by `cargo xtask prism`.\n[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            listed.join(", ")
        ),
    )?;
    // Start from the project's lock file: the same dependency versions as the generated crates
    // are tested with, and no index update.
    let lock = work.join("Cargo.lock");
    if !lock.exists() {
        let _ = std::fs::copy(root.join("Cargo.lock"), &lock);
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .current_dir(work)
        .env("CARGO_TARGET_DIR", work.join("target"))
        .env_remove("RUSTFLAGS")
        .args(["build", "--workspace", "--keep-going", "--quiet", "--message-format", "short"])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let mut results = BTreeMap::new();
    for member in members {
        let failed = stderr.contains(&format!("could not compile `{member}`"))
            || !work.join("target").join("debug").join(member).is_file();
        let result = if failed {
            let lines: Vec<&str> = stderr.lines().filter(|l| l.contains("error")).take(30).collect();
            Err(lines.join("\n"))
        } else {
            Ok(())
        };
        results.insert(member.clone(), result);
    }
    if !output.status.success() && results.values().all(Result::is_ok) {
        return Err(format!(
            "cargo build of the smoke programs failed:\n{}",
            stderr.lines().take(40).collect::<Vec<_>>().join("\n")
        ));
    }
    Ok(results)
}

/// Runs one smoke program against Prism; its JSON lines.
fn run_smoke(binary: &Path, base_url: &str, log: &Path) -> Result<Vec<CallResult>, String> {
    let stderr = std::fs::File::create(log).map_err(|e| format!("creating {}: {e}", log.display()))?;
    let mut child = Command::new(binary)
        .arg(base_url)
        .env("NO_PROXY", "*")
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", binary.display()))?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let reader =
        std::thread::spawn(move || BufReader::new(stdout).lines().map_while(Result::ok).collect::<Vec<String>>());
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > RUN_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("the smoke program did not finish within {} s", RUN_TIMEOUT.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(100)),
            Err(e) => return Err(e.to_string()),
        }
    };
    let lines = reader.join().unwrap_or_default();
    let calls: Vec<CallResult> =
        lines.iter().filter_map(|l| serde_json::from_str::<Value>(l).ok()).map(|v| CallResult::from_json(&v)).collect();
    if !status.success() {
        return Err(format!("the smoke program failed ({status}):\n{}", server::tail(log, 15)));
    }
    Ok(calls)
}

/// What Prism said about the document itself while starting: its warnings and errors (not the
/// routes it lists, nor its progress lines).
fn prism_document_notes(log: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .filter(|l| !["ℹ  info", "✔  success", "…  awaiting", "▶  start"].iter().any(|level| l.contains(level)))
        .take(20)
        .map(|l| format!("Prism: {}", l.trim()))
        .collect()
}

/// One call's verdict, as the smoke program printed it.
#[derive(Debug, Clone)]
struct CallResult {
    /// `call` (the operation's call) or `response` (a documented status asked of Prism).
    check: String,
    status: Option<u64>,
    op: String,
    method: String,
    path: String,
    reached: bool,
    outcome: String,
    detail: String,
    notes: Vec<String>,
}

impl CallResult {
    fn from_json(value: &Value) -> Self {
        let text = |key: &str| value.get(key).and_then(Value::as_str).unwrap_or_default().to_owned();
        CallResult {
            check: text("check"),
            status: value.get("status").and_then(Value::as_u64),
            op: text("op"),
            method: text("method"),
            path: text("path"),
            reached: value.get("reached").and_then(Value::as_bool).unwrap_or(false),
            outcome: text("outcome"),
            detail: text("detail"),
            notes: value
                .get("notes")
                .and_then(Value::as_array)
                .map(|n| n.iter().filter_map(Value::as_str).map(str::to_owned).collect())
                .unwrap_or_default(),
        }
    }
}

struct ApiResult {
    name: String,
    gating: bool,
    member: Option<String>,
    /// A problem with the whole API (document, build, Prism, smoke program).
    problem: Option<String>,
    notes: Vec<String>,
    document_ops: Vec<(String, String)>,
    planned: Vec<PlannedCall>,
    calls: Vec<CallResult>,
}

impl ApiResult {
    fn new(target: &Target) -> Self {
        ApiResult {
            name: target.name.clone(),
            gating: target.gating,
            member: None,
            problem: None,
            notes: Vec::new(),
            document_ops: Vec::new(),
            planned: Vec::new(),
            calls: Vec::new(),
        }
    }

    fn call_for(&self, method: &str, path: &str) -> Option<&CallResult> {
        self.calls.iter().find(|c| c.check == "call" && c.method == method && c.path == path)
    }

    /// The lines beside the operations' calls: documented statuses, full requests.
    fn extra_checks(&self) -> impl Iterator<Item = &CallResult> {
        self.calls.iter().filter(|c| c.check != "call")
    }

    /// The call passed, and so did every documented status asked of Prism.
    fn op_clean(&self, method: &str, path: &str) -> bool {
        self.call_for(method, path).is_some_and(|c| c.outcome == "pass")
            && self.extra_checks().filter(|c| c.method == method && c.path == path).all(|c| c.outcome == "pass")
    }

    /// Operations (calls and their checks together) with this outcome at least once.
    fn count(&self, outcome: &str) -> usize {
        let mut ops: Vec<(&str, &str)> =
            self.calls.iter().filter(|c| c.outcome == outcome).map(|c| (c.method.as_str(), c.path.as_str())).collect();
        ops.sort_unstable();
        ops.dedup();
        ops.len()
    }

    fn called_document_ops(&self) -> usize {
        self.document_ops.iter().filter(|(m, p)| self.call_for(m, p).is_some_and(|c| c.reached)).count()
    }

    fn passed_document_ops(&self) -> usize {
        self.document_ops.iter().filter(|(m, p)| self.op_clean(m, p)).count()
    }

    /// Operations of the document the client has no call for.
    fn missing(&self) -> Vec<&(String, String)> {
        self.document_ops.iter().filter(|(m, p)| !self.planned.iter().any(|c| c.method == *m && c.path == *p)).collect()
    }

    fn is_clean(&self) -> bool {
        self.problem.is_none()
            && !self.document_ops.is_empty()
            && self.passed_document_ops() == self.document_ops.len()
            && self.calls.iter().all(|c| c.outcome == "pass")
    }

    fn summary(&self) -> String {
        let mut line = format!(
            "{}: called {} / {} operations, {} violations, {} decode failures",
            self.name,
            self.called_document_ops(),
            self.document_ops.len(),
            self.count("violation"),
            self.count("decode")
        );
        for (check, what) in
            [("response", "documented statuses decoded as documented"), ("full", "full-body requests accepted")]
        {
            let checked = self.calls.iter().filter(|c| c.check == check).count();
            if checked > 0 {
                let clean = self.calls.iter().filter(|c| c.check == check && c.outcome == "pass").count();
                let _ = write!(line, ", {clean} / {checked} {what}");
            }
        }
        let extra = [
            ("not routed by Prism", self.count("not_routed")),
            ("other errors", self.count("error")),
            ("arguments not built", self.count("not_built")),
            ("not in the client", self.missing().len()),
        ];
        for (what, n) in extra {
            if n > 0 {
                let _ = write!(line, ", {n} {what}");
            }
        }
        if self.problem.is_some() {
            line.push_str(", NOT RUN");
        }
        if !self.gating {
            line.push_str(" (published document, not gating)");
        }
        line
    }

    fn details(&self, all: bool) -> Vec<String> {
        let mut lines = Vec::new();
        if let Some(problem) = &self.problem {
            lines.push(format!("problem: {}", problem.replace('\n', "\n      ")));
        }
        lines.extend(self.notes.iter().cloned());
        for call in &self.calls {
            if all || call.outcome != "pass" {
                let detail = if call.detail.is_empty() { String::new() } else { format!(": {}", call.detail) };
                let status = match (call.check.as_str(), call.status) {
                    ("full", _) => " full body".to_owned(),
                    (_, Some(status)) => format!(" HTTP {status}"),
                    _ => String::new(),
                };
                lines.push(format!("{} {} ({}){status}: {}{detail}", call.method, call.path, call.op, call.outcome));
            }
            for note in &call.notes {
                lines.push(format!("{} {} ({}): note: {note}", call.method, call.path, call.op));
            }
        }
        if self.problem.is_none() {
            for call in self
                .planned
                .iter()
                .filter(|p| !self.calls.iter().any(|c| c.check == "call" && c.op == p.name && c.path == p.path))
            {
                lines.push(format!("{} {} ({}): no result from the smoke program", call.method, call.path, call.name));
            }
        }
        for (method, path) in self.missing() {
            lines.push(format!("{method} {path}: no call (the generated client has no method for it)"));
        }
        lines
    }
}
