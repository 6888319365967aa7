//! `cargo xtask codegen`: every API under `specs/` to its crate under `generated/`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::release;

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
    fn new(dir: PathBuf, file: codegen::config::ApiFile) -> Self {
        let path = dir.join("api.toml");
        let (source, upstream) = (file.source.clone(), file.upstream.clone());
        let (spec, config) = file.into_config(&path);
        Api { spec, dir, config, source, upstream }
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
        let file = codegen::config::ApiFile::read(&path)?;
        apis.push(Api::new(dir, file));
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

const CODEGEN_USAGE: &str =
    "usage: cargo xtask codegen [--check] [--api NAME] [--specs DIR] [--generated DIR] [--no-semver-checks] [--force]";

pub fn codegen(root: &Path, args: &[String]) -> Result<(), String> {
    let flags = crate::Flags::parse(args, &["--api", "--specs", "--generated"], &["--check", "--no-semver-checks", "--force"])
        .map_err(|e| format!("{}\n\n{CODEGEN_USAGE}", e.lines().next().unwrap_or_default()))?;
    let check = flags.has("--check");
    let semver_checks = !flags.has("--no-semver-checks");
    let force = flags.has("--force");
    let specs_dir = flags.value("--specs").map_or_else(|| root.join("specs"), PathBuf::from);
    let generated_dir = flags.value("--generated").map_or_else(|| root.join("generated"), PathBuf::from);
    let apis = select_apis(&specs_dir, flags.value("--api"))?;
    if apis.is_empty() {
        println!("no APIs under {} (each needs <api>/api.toml)", specs_dir.display());
        return Ok(());
    }
    let mut stale = Vec::new();
    let mut stale_overlays = Vec::new();
    // The runtime first: the crates depend on the version it is released as.
    let mut runtime = release_runtime(root, check, semver_checks)?;
    stale.extend(runtime.stale.take());
    for api in &apis {
        let out = generated_dir.join(&api.config.crate_name);
        let (generated, release) = regenerate(api, &out, &runtime)?;
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
        write_confirmed(root, &out, name, &release, semver_checks, || {
            let written = if force { generated.force_write_to(&out) } else { generated.write_to(&out) };
            written.map_err(|e| format!("writing {}: {e}", out.display()))
        })?;
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

/// The runtime crate (`runtime/`) as the generated crates depend on it.
pub(crate) struct Runtime {
    pub dir: PathBuf,
    /// Its version after this run's release.
    pub version: String,
    /// Its source, which the generated crates' releases read as if they embedded it.
    pub source: String,
    /// What `--check` finds out of date in it.
    pub stale: Option<String>,
}

/// Releases the runtime crate as the generated crates are released: its public API, read from
/// its source, is diffed against `runtime/public-api.txt`, and the diff decides its version bump
/// and changelog entry (written into `runtime/`, or only checked with `--check`).
fn release_runtime(root: &Path, check: bool, semver_checks: bool) -> Result<Runtime, String> {
    let dir = root.join("runtime");
    let read = |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()));
    let source = read(&dir.join("src").join("lib.rs"))?;
    let manifest_path = dir.join("Cargo.toml");
    let manifest = read(&manifest_path)?;
    let current = release::manifest_version(&manifest).map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    let sources = BTreeMap::from([("lib.rs".to_owned(), source.clone())]);
    let release = release::plan(
        &dir,
        &release::NewCrate {
            crate_name: RUNTIME_CRATE,
            sources: &sources,
            api_version: None,
            spec: "`src/lib.rs`",
            initial_version: current,
            hand_written: true,
        },
    )?;
    let mut files = release.files.clone();
    files.push(("Cargo.toml".to_owned(), set_manifest_version(&manifest, &release.version.to_string())));
    println!("{RUNTIME_CRATE}: {}{}", release_line(&release), if check { " (checked)" } else { "" });
    let mut stale = None;
    if check {
        let outdated: Vec<&str> = files
            .iter()
            .filter(|(path, contents)| std::fs::read_to_string(dir.join(path)).ok().as_deref() != Some(contents))
            .map(|(path, _)| path.as_str())
            .collect();
        if !outdated.is_empty() {
            stale = Some(format!(
                "{}: {} not current with src/lib.rs: a release is needed ({}).\n{}",
                dir.display(),
                outdated.join(", "),
                release_line(&release),
                release::summary(&release)
            ));
        }
    } else {
        let summary = release::summary(&release);
        if !summary.is_empty() {
            println!("{summary}");
        }
        write_confirmed(root, &dir, RUNTIME_CRATE, &release, semver_checks, || {
            for (path, contents) in &files {
                let path = dir.join(path);
                std::fs::write(&path, contents).map_err(|e| format!("writing {}: {e}", path.display()))?;
            }
            Ok(())
        })?;
        if let Some(previous) = release.previous.filter(|previous| *previous != release.version) {
            require_runtime(root, &previous.to_string(), &release.version.to_string())?;
        }
    }
    Ok(Runtime { dir, version: release.version.to_string(), source, stale })
}

const RUNTIME_CRATE: &str = "openapi-client-runtime";

/// Crates of the workspace that depend on the runtime by path and are generated by tests, not by
/// this command (the committed auth and pagination test crates).
const RUNTIME_DEPENDENTS: &[&str] = &["tests/auth-crates", "tests/paging-crates"];

/// After a release of the runtime, the committed test crates require its new version, so that
/// the workspace (this command included) still resolves before their test regenerates them.
fn require_runtime(root: &Path, previous: &str, version: &str) -> Result<(), String> {
    let (from, to) = (
        format!("{RUNTIME_CRATE} = {{ version = \"{previous}\""),
        format!("{RUNTIME_CRATE} = {{ version = \"{version}\""),
    );
    for folder in RUNTIME_DEPENDENTS {
        let Ok(entries) = std::fs::read_dir(root.join(folder)) else { continue };
        for entry in entries.flatten() {
            let manifest = entry.path().join("Cargo.toml");
            let Ok(text) = std::fs::read_to_string(&manifest) else { continue };
            if text.contains(&from) {
                std::fs::write(&manifest, text.replace(&from, &to))
                    .map_err(|e| format!("writing {}: {e}", manifest.display()))?;
            }
        }
    }
    Ok(())
}

/// Writes a released crate into `dir` with `write`; a bump is confirmed by cargo-semver-checks
/// against a copy of the crate taken before.
fn write_confirmed(
    root: &Path,
    dir: &Path,
    name: &str,
    release: &release::Release,
    semver_checks: bool,
    write: impl FnOnce() -> Result<(), String>,
) -> Result<(), String> {
    let baseline = match (&release.level, release.previous) {
        (Some(_), Some(_)) if semver_checks => Some(release::semver_checks::snapshot(root, dir)?),
        _ => {
            release::semver_checks::forget_snapshot(root, dir);
            None
        }
    };
    write()?;
    if let (Some(baseline), Some(level)) = (baseline, release.level) {
        let verdict = release::semver_checks::confirm(root, &baseline, dir, level, &release.changes)?;
        println!("{name}: {verdict}");
    }
    Ok(())
}

/// `manifest` with its `package.version` set to `version` (the first `version = ` line, which
/// is the package's in the runtime's manifest).
fn set_manifest_version(manifest: &str, version: &str) -> String {
    let mut done = false;
    let lines: Vec<String> = manifest
        .lines()
        .map(|line| {
            if !done && line.starts_with("version = ") {
                done = true;
                format!("version = \"{version}\"")
            } else {
                line.to_owned()
            }
        })
        .collect();
    lines.join("\n") + "\n"
}

/// `to` relative to `from` when both lie under `root` (`../../runtime`), else `to` as given.
fn relative_path(from: &Path, to: &Path, root: &Path) -> String {
    match (from.strip_prefix(root), to.strip_prefix(root)) {
        (Ok(from), Ok(to)) => {
            let up = from.components().count();
            let mut path = "../".repeat(up);
            path.push_str(&to.to_string_lossy().replace('\\', "/"));
            path
        }
        _ => to.to_string_lossy().into_owned(),
    }
}

/// Generates an API's crate and decides its release against what `out` holds; the returned
/// files include `CHANGELOG.md` and `public-api.txt`.
fn regenerate(api: &Api, out: &Path, runtime: &Runtime) -> Result<(codegen::Generated, release::Release), String> {
    let spec = &api.spec;
    // With the overlays api.toml names, as every other command reads the document.
    let document = codegen::load_document(spec, &api.config).map_err(|f| format!("{}:\n{f}", spec.display()))?;
    let mut config = api.config.clone();
    // The project's crates share the runtime crate (by path, from wherever they are written).
    let root = runtime.dir.parent().unwrap_or(Path::new("."));
    config.runtime = codegen::config::Runtime::Crate {
        path: relative_path(out, &runtime.dir, root),
        version: runtime.version.clone(),
    };
    let generated =
        codegen::generate_document(&document, &config).map_err(|f| format!("{}:\n{f}", spec.display()))?;
    let mut sources: BTreeMap<String, String> = generated
        .files
        .iter()
        .filter_map(|f| {
            let relative = f.path.strip_prefix("src").ok()?;
            Some((relative.to_string_lossy().replace('\\', "/"), f.contents.clone()))
        })
        .collect();
    // The release reads the crate as if it embedded the runtime it depends on: what users reach
    // through its re-exports (`Error`, `RetryPolicy`...) is part of its API, and a runtime change
    // is a change of the crate.
    if let Some(lib) = sources.get_mut("lib.rs") {
        *lib = lib.replace("use openapi_client_runtime as runtime;", "mod runtime;");
    }
    sources.insert("runtime.rs".to_owned(), runtime.source.clone());
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
            hand_written: false,
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
    // The marker too: without it, the next `cargo xtask codegen` would refuse the folder.
    let marker = codegen::output::marker(&generated.files);
    for file in generated.files.iter().chain([&marker]) {
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
