//! The generator's command: `openapi-client-gen generate` writes a client crate from an API
//! document, `openapi-client-gen check` reports what generating it would find, writing nothing.
//!
//! Exit codes: 0 done; 1 the document, its configuration or the output folder has a problem
//! (each printed as `error: FILE#POINTER: message`); 2 the command line is wrong.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use codegen::config::{ApiFile, FeatureGroups};
use codegen::diagnostics::{Diagnostic, Severity};
use codegen::Config;

/// Generates a typed, async Rust client crate (reqwest, serde) from a Swagger 2.0, OpenAPI 3.0 or
/// OpenAPI 3.1 document.
#[derive(Debug, Parser)]
#[command(name = "openapi-client-gen", version, about, long_about = None)]
#[command(after_help = "Exit codes: 0 done; 1 a problem with the document, its configuration or the output folder; 2 a wrong command line.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Writes the client crate of a document into a folder.
    Generate(Generate),
    /// Reads a document and reports what generating from it would find; writes nothing.
    Check(Input),
}

#[derive(Debug, Args)]
struct Generate {
    #[command(flatten)]
    input: Input,
    /// The folder of the crate: new, empty, or an earlier output of this command.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Write into a folder that is not an earlier output: files of the same name are replaced,
    /// no other file is deleted.
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
struct Input {
    /// The API document (JSON or YAML); defaults to the `spec` of `--config`.
    #[arg(long, value_name = "FILE", required_unless_present = "config")]
    spec: Option<PathBuf>,
    /// An `api.toml` (crate name and version, auth and pagination templates, method names,
    /// overlays), as `cargo xtask codegen` reads for the project's APIs.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// The crate's name (default: the config's, else from the document's title).
    #[arg(long, value_name = "NAME")]
    crate_name: Option<String>,
    /// The crate's version (default: the config's, else 0.1.0).
    #[arg(long, value_name = "VERSION")]
    crate_version: Option<String>,
    /// An OpenAPI Overlay applied to the document first; repeatable, applied in order (after
    /// the config's).
    #[arg(long, value_name = "FILE")]
    overlay: Vec<PathBuf>,
    /// A folder besides the document's own whose files its `$ref`s may bring in; repeatable.
    #[arg(long, value_name = "DIR")]
    allow_ref_root: Vec<PathBuf>,
    /// Depend on the `openapi-client-runtime` crate in this folder instead of embedding a copy of
    /// it: every client generated this way shares its types (`Error`, `RetryPolicy`...).
    #[arg(long, value_name = "DIR")]
    runtime_path: Option<PathBuf>,
    /// Group operations behind cargo features, one per tag, all on by default: `auto` (from 150
    /// operations; the config's choice if it has one), `on` or `off`.
    #[arg(long, value_name = "WHEN")]
    feature_groups: Option<FeatureGroupsFlag>,
    /// Treat every warning as an error.
    #[arg(long)]
    deny_warnings: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum FeatureGroupsFlag {
    Auto,
    On,
    Off,
}

/// Runs the command line `args` (the program name first) and returns the exit code.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            // Help and version requests are not errors.
            return ExitCode::from(if error.use_stderr() { 2 } else { 0 });
        }
    };
    let result = match cli.command {
        Command::Generate(generate) => run_generate(generate),
        Command::Check(input) => run_check(input),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            if message.starts_with("error: ") {
                eprintln!("{message}");
            } else {
                eprintln!("error: {message}");
            }
            ExitCode::from(1)
        }
    }
}

fn run_generate(args: Generate) -> Result<(), String> {
    let (generated, config) = generate(&args.input)?;
    let out = &args.out;
    let written = if args.force { generated.force_write_to(out) } else { generated.write_to(out) };
    written.map_err(|e| format!("writing {}: {e}", out.display()))?;
    eprintln!(
        "generated `{}` in {}: {} operations, {} types, {} warnings",
        config.crate_name,
        out.display(),
        generated.operations,
        generated.types,
        generated.diagnostics.len()
    );
    Ok(())
}

fn run_check(input: Input) -> Result<(), String> {
    let (generated, config) = generate(&input)?;
    eprintln!(
        "`{}` would be generated: {} operations, {} types, {} warnings",
        config.crate_name,
        generated.operations,
        generated.types,
        generated.diagnostics.len()
    );
    Ok(())
}

/// Generates in memory, printing every warning; `Err` with the errors when nothing can be.
fn generate(input: &Input) -> Result<(codegen::Generated, Config), String> {
    let (spec, mut config) = configure(input)?;
    let document = codegen::load_document(&spec, &config).map_err(|failure| report(&failure.diagnostics))?;
    if config.crate_name.is_empty() {
        // No name given: one from the document's title.
        let title = document.root.pointer("/info/title").and_then(|t| t.as_str()).unwrap_or("api");
        config.crate_name = codegen::crate_name_from_title(title);
    }
    let generated =
        codegen::generate_document(&document, &config).map_err(|failure| report(&failure.diagnostics))?;
    for diagnostic in &generated.diagnostics {
        eprintln!("{diagnostic}");
    }
    Ok((generated, config))
}

/// Prints the warnings of a failure and returns its errors, one per line.
fn report(diagnostics: &[Diagnostic]) -> String {
    for warning in diagnostics.iter().filter(|d| d.severity == Severity::Warning) {
        eprintln!("{warning}");
    }
    let errors: Vec<String> =
        diagnostics.iter().filter(|d| d.severity == Severity::Error).map(ToString::to_string).collect();
    errors.join("\n")
}

/// The document and configuration the flags name: the config file's, then the flags over it.
fn configure(input: &Input) -> Result<(PathBuf, Config), String> {
    let (config_spec, mut config) = match &input.config {
        Some(path) => {
            let (spec, config) = ApiFile::read(path)?.into_config(path);
            (Some(spec), config)
        }
        None => (None, Config::new("")),
    };
    let spec = input.spec.clone().or(config_spec).ok_or("`--spec FILE` or `--config FILE` is required")?;
    if let Some(name) = &input.crate_name {
        config.crate_name = name.clone();
    }
    if let Some(version) = &input.crate_version {
        config.crate_version = version.clone();
    }
    for overlay in &input.overlay {
        config.overlays.push(overlay.clone());
    }
    for root in &input.allow_ref_root {
        // A typo would otherwise only show as a refused `$ref`, far from its cause.
        if !root.is_dir() {
            return Err(format!("`--allow-ref-root {}`: not a folder", root.display()));
        }
        config.allowed_ref_roots.push(root.clone());
    }
    if let Some(dir) = &input.runtime_path {
        config.runtime = runtime_crate(dir)?;
    }
    if let Some(groups) = input.feature_groups {
        config.feature_groups = match groups {
            FeatureGroupsFlag::Auto => FeatureGroups::Auto,
            FeatureGroupsFlag::On => FeatureGroups::On,
            FeatureGroupsFlag::Off => FeatureGroups::Off,
        };
    }
    config.deny_warnings |= input.deny_warnings;
    check_identity(input)?;
    Ok((spec, config))
}

/// The runtime crate in `dir`, checked to be one, as a dependency by absolute path and version.
fn runtime_crate(dir: &Path) -> Result<codegen::config::Runtime, String> {
    let flag = format!("`--runtime-path {}`", dir.display());
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).map_err(|e| format!("{flag}: {e}"))?;
    let manifest: toml::Table = toml::from_str(&manifest).map_err(|e| format!("{flag}: Cargo.toml: {e}"))?;
    let package = manifest.get("package").and_then(toml::Value::as_table);
    let field = |key: &str| package.and_then(|p| p.get(key)).and_then(toml::Value::as_str);
    if field("name") != Some("openapi-client-runtime") {
        return Err(format!("{flag}: not the openapi-client-runtime crate"));
    }
    let version = field("version").ok_or_else(|| format!("{flag}: Cargo.toml has no version"))?;
    let path = std::fs::canonicalize(dir).map_err(|e| format!("{flag}: {e}"))?;
    Ok(codegen::config::Runtime::Crate { path: path.to_string_lossy().into_owned(), version: version.to_owned() })
}

/// The crate name and version given on the command line, checked before the document is read,
/// with the flag named.
fn check_identity(input: &Input) -> Result<(), String> {
    if let Some(name) = &input.crate_name {
        codegen::config::check_crate_name(name).map_err(|rule| format!("--crate-name {name:?}: {rule}"))?;
    }
    if let Some(version) = &input.crate_version {
        codegen::config::check_crate_version(version).map_err(|rule| format!("--crate-version {version:?} {rule}"))?;
    }
    Ok(())
}
