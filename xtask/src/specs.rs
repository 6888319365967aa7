//! `cargo xtask codegen`: every API under `specs/` to its crate under `generated/`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// `specs/<api>/api.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ApiConfig {
    /// Cargo package name of the generated crate; also its folder under `generated/`.
    crate_name: String,
    crate_version: String,
    /// The API document, relative to the config file.
    spec: PathBuf,
    /// Where the spec's content comes from (a documentation page, the published document a
    /// hand-written spec is based on): for reviewers only, never fetched.
    #[serde(default)]
    source: Option<String>,
    /// The URL of the published document when the spec file is that document as published (not
    /// written by the project): `cargo xtask fetch-specs` downloads it, normalizes it and
    /// replaces the spec file.
    #[serde(default)]
    upstream: Option<String>,
    /// Auth template and its parameters (`[auth] template = "bearer"`...).
    #[serde(default)]
    auth: codegen::config::Auth,
    /// Pagination template (`[pagination] template = "json-api"`...).
    #[serde(default)]
    pagination: codegen::config::Pagination,
    /// A header chosen once per client from a fixed set of values (e.g. `Accept-Language`).
    #[serde(default)]
    client_header: Option<codegen::config::ClientHeader>,
    /// Base URL to use instead of the document's first server.
    #[serde(default)]
    default_server: Option<String>,
    /// Method names chosen by hand: operationId (or `"METHOD /path"`) = method name.
    #[serde(default)]
    method_names: BTreeMap<String, String>,
}

/// One API of the project, read from its folder.
pub(crate) struct Api {
    /// `specs/<api>/`.
    pub dir: PathBuf,
    /// The API document.
    pub spec: PathBuf,
    /// What `cargo xtask codegen` generates from it.
    pub config: codegen::Config,
    /// Where a spec written by the project comes from (api.toml's `source`; never fetched).
    pub source: Option<String>,
    /// The published document the spec file is a copy of (api.toml's `upstream`).
    pub upstream: Option<String>,
}

impl Api {
    fn new(dir: PathBuf, file: ApiConfig) -> Self {
        let mut config = codegen::Config::new(file.crate_name);
        config.crate_version = file.crate_version;
        config.lower.method_names = file.method_names;
        config.lower.default_server = file.default_server;
        config.auth = file.auth;
        config.pagination = file.pagination;
        config.client_header = file.client_header;
        Api { spec: dir.join(file.spec), dir, config, source: file.source, upstream: file.upstream }
    }

    /// The folder's name (`cocoapp-core`).
    pub fn name(&self) -> String {
        folder_name(&self.dir)
    }
}

/// Every `specs/<api>/api.toml`, in folder order.
pub(crate) fn read_apis(specs: &Path) -> Result<Vec<Api>, String> {
    let mut apis = Vec::new();
    let entries = match std::fs::read_dir(specs) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(apis),
        Err(e) => return Err(format!("reading {}: {e}", specs.display())),
    };
    let mut dirs: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect();
    dirs.sort();
    for dir in dirs {
        let path = dir.join("api.toml");
        let text = std::fs::read_to_string(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
        let config: ApiConfig = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        apis.push(Api::new(dir, config));
    }
    Ok(apis)
}

pub fn codegen(root: &Path, args: &[String]) -> Result<(), String> {
    const USAGE: &str = "usage: cargo xtask codegen [--check] [--api NAME]";
    let mut check = false;
    let mut only: Option<&str> = None;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--api" => only = Some(iter.next().ok_or(USAGE)?.as_str()),
            other => return Err(format!("unexpected argument `{other}`; {USAGE}")),
        }
    }
    let mut apis = read_apis(&root.join("specs"))?;
    if let Some(name) = only {
        let known: Vec<String> = apis.iter().map(Api::name).collect();
        apis.retain(|a| a.name() == name || a.config.crate_name == name);
        if apis.is_empty() {
            return Err(format!("no API `{name}` under specs/ (known: {})", known.join(", ")));
        }
    }
    if apis.is_empty() {
        println!("no APIs under specs/ (each needs specs/<api>/api.toml)");
        return Ok(());
    }
    let mut stale = Vec::new();
    for api in &apis {
        let (spec, config) = (&api.spec, &api.config);
        let generated =
            codegen::generate(spec, config).map_err(|failure| format!("{}:\n{failure}", spec.display()))?;
        for diagnostic in &generated.diagnostics {
            eprintln!("{diagnostic}");
        }
        let out = root.join("generated").join(&config.crate_name);
        if check {
            for file in &generated.files {
                let path = out.join(&file.path);
                let committed = std::fs::read_to_string(&path).unwrap_or_default();
                if committed != file.contents {
                    let label = format!("{} (committed)", path.display());
                    stale.push(crate::diff::unified(&committed, &file.contents, (&label, "(regenerated)"), 60).text);
                }
            }
        } else {
            generated.write_to(&out).map_err(|e| format!("writing {}: {e}", out.display()))?;
        }
        println!(
            "{}: {} operations, {} types, {} warnings{}",
            config.crate_name,
            generated.operations,
            generated.types,
            generated.diagnostics.len(),
            if check { " (checked)" } else { "" }
        );
    }
    if stale.is_empty() {
        return Ok(());
    }
    Err(format!("generated/ is stale; run `cargo xtask codegen` and commit the result.\n{}", stale.join("\n")))
}

fn folder_name(dir: &Path) -> String {
    dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}
