//! `cargo xtask codegen`: every API under `specs/` to its crate under `generated/`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::release;

/// `specs/<api>/api.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ApiConfig {
    /// Cargo package name of the generated crate; also its folder under `generated/`.
    crate_name: String,
    /// The version of the crate's first release; later ones are decided by `codegen` from the
    /// API diff and recorded in `generated/<crate>/public-api.txt`.
    #[serde(default)]
    crate_version: Option<String>,
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
    /// OpenAPI Overlays applied in order to the spec before generation, relative to the config
    /// file: the project's corrections to a published document, kept beside it.
    #[serde(default)]
    overlays: Vec<PathBuf>,
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
        config.source = Some(dir.join("api.toml"));
        config.overlays = file.overlays.iter().map(|overlay| dir.join(overlay)).collect();
        if let Some(version) = file.crate_version {
            config.crate_version = version;
        }
        config.method_names = file.method_names;
        config.default_server = file.default_server;
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

/// The APIs under `specs_dir`, or the one `--api NAME` names (by folder or crate name).
pub(crate) fn select_apis(specs_dir: &Path, only: Option<&str>) -> Result<Vec<Api>, String> {
    let mut apis = read_apis(specs_dir)?;
    if let Some(name) = only {
        let known: Vec<String> = apis.iter().map(Api::name).collect();
        apis.retain(|a| a.name() == name || a.config.crate_name == name);
        if apis.is_empty() {
            return Err(format!("no API `{name}` under {} (known: {})", specs_dir.display(), known.join(", ")));
        }
    }
    Ok(apis)
}

const CODEGEN_USAGE: &str = "usage: cargo xtask codegen [--check] [--api NAME] [--specs DIR] [--generated DIR] [--no-semver-checks]";

pub fn codegen(root: &Path, args: &[String]) -> Result<(), String> {
    let flags = crate::Flags::parse(args, &["--api", "--specs", "--generated"], &["--check", "--no-semver-checks"])
        .map_err(|e| format!("{}\n\n{CODEGEN_USAGE}", e.lines().next().unwrap_or_default()))?;
    let check = flags.has("--check");
    let semver_checks = !flags.has("--no-semver-checks");
    let specs_dir = flags.value("--specs").map_or_else(|| root.join("specs"), PathBuf::from);
    let generated_dir = flags.value("--generated").map_or_else(|| root.join("generated"), PathBuf::from);
    let apis = select_apis(&specs_dir, flags.value("--api"))?;
    if apis.is_empty() {
        println!("no APIs under {} (each needs <api>/api.toml)", specs_dir.display());
        return Ok(());
    }
    let mut stale = Vec::new();
    let mut stale_overlays = Vec::new();
    for api in &apis {
        let out = generated_dir.join(&api.config.crate_name);
        let (generated, release) = regenerate(api, &out)?;
        for diagnostic in &generated.diagnostics {
            eprintln!("{diagnostic}");
        }
        let name = &api.config.crate_name;
        // A warning located in an overlay is a correction that no longer applies to the document
        // (the publisher changed it): the crate is still written, but the run fails until the
        // overlay is brought up to date.
        let in_overlays = generated.diagnostics.iter().filter(|d| {
            d.file.as_ref().is_some_and(|file| api.config.overlays.iter().any(|overlay| overlay == file))
        });
        let overlay_warnings = in_overlays.count();
        if overlay_warnings > 0 {
            stale_overlays.push(format!(
                "{name}: {overlay_warnings} overlay action(s) no longer apply to {} (warnings above); correct the overlay",
                api.spec.display()
            ));
        }
        println!(
            "{name}: {} operations, {} types, {} warnings; {}{}",
            generated.operations,
            generated.types,
            generated.diagnostics.len(),
            release_line(&release),
            if check { " (checked)" } else { "" }
        );
        let summary = release::summary(&release);
        if !summary.is_empty() && !check {
            println!("{summary}");
        }
        if check {
            if let Some(problem) = check_files(&out, &generated, &release) {
                stale.push(problem);
            }
            continue;
        }
        // The previous crate is the baseline cargo-semver-checks compares the new one with.
        let baseline = match (&release.level, release.previous) {
            (Some(_), Some(_)) if semver_checks => Some(release::semver_checks::snapshot(root, &out)?),
            _ => None,
        };
        generated.write_to(&out).map_err(|e| format!("writing {}: {e}", out.display()))?;
        if let (Some(baseline), Some(level)) = (baseline, release.level) {
            let verdict = release::semver_checks::confirm(root, &baseline, &out, level, &release.changes)?;
            println!("{name}: {verdict}");
        }
    }
    let mut problems = Vec::new();
    if !stale.is_empty() {
        problems.push(format!("generated/ is stale; run `cargo xtask codegen` and commit the result.\n{}", stale.join("\n")));
    }
    problems.extend(stale_overlays);
    if problems.is_empty() {
        return Ok(());
    }
    Err(problems.join("\n"))
}

/// Generates an API's crate and decides its release against what `out` holds; the returned
/// files include `CHANGELOG.md` and `public-api.txt`.
fn regenerate(api: &Api, out: &Path) -> Result<(codegen::Generated, release::Release), String> {
    let spec = &api.spec;
    // With the overlays api.toml names, as every other command reads the document.
    let document = codegen::load_document(spec, &api.config).map_err(|f| format!("{}:\n{f}", spec.display()))?;
    let mut config = api.config.clone();
    let generated =
        codegen::generate_document(&document, &config).map_err(|f| format!("{}:\n{f}", spec.display()))?;
    let sources: BTreeMap<String, String> = generated
        .files
        .iter()
        .filter_map(|f| {
            let relative = f.path.strip_prefix("src").ok()?;
            Some((relative.to_string_lossy().replace('\\', "/"), f.contents.clone()))
        })
        .collect();
    let initial_version = release::version::Version::parse(&config.crate_version)
        .map_err(|e| format!("{}: crate_version: {e}", api.dir.join("api.toml").display()))?;
    let spec_name = changelog_source(api);
    let release = release::plan(
        out,
        &release::NewCrate {
            crate_name: &config.crate_name,
            sources: &sources,
            api_version: document.root.pointer("/info/version").and_then(|v| v.as_str()),
            spec: &spec_name,
            initial_version,
        },
    )?;
    let mut generated = generated;
    if release.version.to_string() != config.crate_version {
        // Only the manifest and README name the version; the sources (and so the plan) stay.
        config.crate_version = release.version.to_string();
        generated =
            codegen::generate_document(&document, &config).map_err(|f| format!("{}:\n{f}", spec.display()))?;
    }
    for (path, contents) in &release.files {
        generated.files.push(codegen::GeneratedFile { path: PathBuf::from(path), contents: contents.clone() });
    }
    Ok((generated, release))
}

/// The document as changelog entries name it: "`openapi.yaml`", and its overlays when it has some
/// ("`openapi.yaml` with the overlay `overlay.yaml`"), relative to the API's folder.
fn changelog_source(api: &Api) -> String {
    let name = |path: &Path| {
        let relative = path.strip_prefix(&api.dir).unwrap_or(path);
        format!("`{}`", relative.to_string_lossy().replace('\\', "/"))
    };
    let overlays: Vec<String> = api.config.overlays.iter().map(|o| name(o)).collect();
    match overlays.as_slice() {
        [] => name(&api.spec),
        [one] => format!("{} with the overlay {one}", name(&api.spec)),
        many => format!("{} with the overlays {}", name(&api.spec), many.join(", ")),
    }
}

fn release_line(release: &release::Release) -> String {
    match (release.level, release.previous) {
        (Some(level), Some(previous)) => format!("{previous} -> {} ({level})", release.version),
        (_, None) => format!("first version {}", release.version),
        (None, Some(_)) => format!("API unchanged, version {}", release.version),
    }
}

/// What `--check` finds wrong with a committed crate, if anything.
fn check_files(out: &Path, generated: &codegen::Generated, release: &release::Release) -> Option<String> {
    let mut diffs = Vec::new();
    let mut sources_current = true;
    for file in &generated.files {
        let path = out.join(&file.path);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != file.contents {
            let label = format!("{} (committed)", path.display());
            diffs.push(crate::diff::unified(&committed, &file.contents, (&label, "(regenerated)"), 60).text);
            sources_current &= !file.path.starts_with("src");
        }
    }
    if diffs.is_empty() {
        return None;
    }
    let crate_dir = out.display();
    let headline = match (release.level, release.previous) {
        (Some(level), Some(previous)) if sources_current => format!(
            "{crate_dir}: {} changed since {previous} (recorded in public-api.txt) without a version bump and \
             changelog entry: a {level} release ({}) is needed.\n{}",
            if level == release::diff::Level::Patch { "the generated code" } else { "the public API" },
            release.version,
            release::summary(release)
        ),
        (Some(level), Some(previous)) => format!(
            "{crate_dir}: stale; regenerating releases {previous} -> {} ({level}).\n{}",
            release.version,
            release::summary(release)
        ),
        _ => format!("{crate_dir}: stale."),
    };
    Some(format!("{headline}\n{}", diffs.join("\n")))
}

fn folder_name(dir: &Path) -> String {
    dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}
