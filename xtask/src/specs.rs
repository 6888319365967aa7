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
    /// Where the API publishes its document, when it does (recorded for reviewers; no command
    /// fetches it yet).
    #[serde(default)]
    #[allow(dead_code)]
    upstream: Option<String>,
    /// Auth template: `none`, `bearer`, `header-key-account`, `session-sign-in`, `query-key-basic`.
    #[serde(default = "none")]
    auth: String,
    /// Pagination template: `none`, `json-api`, `laravel`, `offset-limit`, `page-meta`.
    #[serde(default = "none")]
    pagination: String,
    /// Base URL to use instead of the document's first server.
    #[serde(default)]
    default_server: Option<String>,
    /// Method names chosen by hand: operationId (or `"METHOD /path"`) = method name.
    #[serde(default)]
    method_names: BTreeMap<String, String>,
}

fn none() -> String {
    "none".to_owned()
}

const AUTH_TEMPLATES: &[&str] = &["none", "bearer", "header-key-account", "session-sign-in", "query-key-basic"];
const PAGINATION_TEMPLATES: &[&str] = &["none", "json-api", "laravel", "offset-limit", "page-meta"];

impl ApiConfig {
    fn validate(&self, path: &Path) -> Result<(), String> {
        let check = |what: &str, value: &str, known: &[&str]| {
            if known.contains(&value) {
                Ok(())
            } else {
                Err(format!("{}: unknown {what} template `{value}` (known: {})", path.display(), known.join(", ")))
            }
        };
        check("auth", &self.auth, AUTH_TEMPLATES)?;
        check("pagination", &self.pagination, PAGINATION_TEMPLATES)
    }
}

struct Api {
    dir: PathBuf,
    config: ApiConfig,
}

fn read_apis(specs: &Path) -> Result<Vec<Api>, String> {
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
        config.validate(&path)?;
        apis.push(Api { dir, config });
    }
    Ok(apis)
}

pub fn codegen(root: &Path, args: &[String]) -> Result<(), String> {
    let check = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => return Err(format!("unexpected arguments {args:?}; usage: cargo xtask codegen [--check]")),
    };
    let apis = read_apis(&root.join("specs"))?;
    if apis.is_empty() {
        println!("no APIs under specs/ (each needs specs/<api>/api.toml)");
        return Ok(());
    }
    let mut stale = Vec::new();
    for api in &apis {
        let spec = api.dir.join(&api.config.spec);
        let mut config = codegen::Config::new(api.config.crate_name.clone());
        config.crate_version = api.config.crate_version.clone();
        config.lower.method_names = api.config.method_names.clone();
        config.lower.default_server = api.config.default_server.clone();
        let generated = codegen::generate(&spec, &config).map_err(|failure| {
            format!("{}:\n{failure}", spec.display())
        })?;
        for diagnostic in &generated.diagnostics {
            eprintln!("{diagnostic}");
        }
        let out = root.join("generated").join(&api.config.crate_name);
        if check {
            for file in &generated.files {
                let path = out.join(&file.path);
                if std::fs::read_to_string(&path).ok().as_deref() != Some(file.contents.as_str()) {
                    stale.push(path);
                }
            }
        } else {
            generated.write_to(&out).map_err(|e| format!("writing {}: {e}", out.display()))?;
            println!("{}: {} operations, {} types", api.config.crate_name, generated.operations, generated.types);
        }
    }
    if stale.is_empty() {
        return Ok(());
    }
    let list: Vec<String> = stale.iter().map(|p| format!("  {}", p.display())).collect();
    Err(format!("generated/ is stale; run `cargo xtask codegen`. Differing files:\n{}", list.join("\n")))
}
