//! Turns an OpenAPI document into the files of a typed, async Rust client crate.
//!
//! The pipeline has one stage per module, and data flows one way:
//!
//! 1. [`load`]: read JSON or YAML, detect the dialect, resolve `$ref`s on demand;
//! 2. [`lower`]: build the generator's own [`model`], naming everything, with [`diagnostics`]
//!    located by JSON pointer;
//! 3. `emit`: Rust with `quote`, formatted with `prettyplease`, plus `Cargo.toml` and README.
//!
//! ```no_run
//! let config = codegen::Config::new("petstore");
//! let generated = codegen::generate(std::path::Path::new("petstore.yaml"), &config)
//!     .map_err(|failure| failure.to_string())?;
//! for warning in &generated.diagnostics {
//!     eprintln!("{warning}");
//! }
//! generated.write_to(std::path::Path::new("out/petstore")).map_err(|e| e.to_string())?;
//! # Ok::<(), String>(())
//! ```

// Stage-free modules: the configuration, diagnostics, identifiers, JSON pointers, the model and
// the templates' descriptions may be used by any stage.
pub mod config;
pub mod diagnostics;
pub mod model;
pub mod naming;
pub mod pointer;
pub mod templates;
// The stages, in order; a stage uses only the stage-free modules and the stages before it
// (checked by `tests/stage_order.rs`).
pub mod load;
pub mod lower;
mod emit;
// After the stages: writing their result, as a crate folder or as one file.
pub mod output;
pub mod single_file;

/// Deterministic pseudo-random numbers for the property tests of every module (xorshift64*), so
/// failures reproduce and no dependency is needed.
#[cfg(test)]
pub(crate) struct TestRng(pub u64);

#[cfg(test)]
impl TestRng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (0 when `n` is 0).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

use std::fmt;
use std::path::{Path, PathBuf};

use diagnostics::{Diagnostic, Diagnostics, Severity};
use load::{Dialect, Document};

pub use config::Config;
pub use templates::RUNTIME;

/// A crate name from an API title: `"Cocoapp Core API"` -> `"cocoapp-core-api"`.
/// Always a valid crate name ([`config::check_crate_name`]).
pub fn crate_name_from_title(title: &str) -> String {
    let mut name = naming::snake_ident(title).trim_matches('_').replace('_', "-");
    name.truncate(56);
    let name = name.trim_end_matches('-').to_owned();
    let name = match name.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => name,
        _ => format!("api-{name}").trim_end_matches('-').to_owned(),
    };
    // A keyword or a standard library crate's name gets a suffix.
    [name.clone(), format!("{name}-api")]
        .into_iter()
        .find(|candidate| config::check_crate_name(candidate).is_ok())
        .unwrap_or_else(|| "api".to_owned())
}

/// One file of the generated crate, relative to the crate's root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: PathBuf,
    pub contents: String,
}

/// A generated crate, with the warnings found on the way.
#[derive(Debug, Clone)]
pub struct Generated {
    pub files: Vec<GeneratedFile>,
    pub diagnostics: Vec<Diagnostic>,
    pub dialect: Dialect,
    pub operations: usize,
    pub types: usize,
}

impl Generated {
    /// Writes the crate under `dir` (created if needed), with a marker file
    /// ([`output::MARKER`]) listing what was written. A folder that is neither empty nor a
    /// previous output is refused; the only files deleted are those the previous marker lists
    /// that this generation no longer has.
    pub fn write_to(&self, dir: &Path) -> std::io::Result<()> {
        output::write(dir, &self.files, false)
    }

    /// [`Generated::write_to`], also into a folder that is not a previous output: files of the
    /// same name are replaced, no other file is deleted.
    pub fn force_write_to(&self, dir: &Path) -> std::io::Result<()> {
        output::write(dir, &self.files, true)
    }

    /// The crate as one Rust file holding one module at `module_path`, for a `build.rs` to write
    /// into `OUT_DIR` and the crate to `include!` (see [`single_file`]).
    pub fn single_file(&self, module_path: &str) -> Result<String, String> {
        single_file::render(self, module_path)
    }
}

/// Why nothing was generated: at least one error, with every warning found before it.
#[derive(Debug, Clone)]
pub struct Failure {
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for diagnostic in self.diagnostics.iter().filter(|d| d.severity == Severity::Error) {
            if !first {
                writeln!(f)?;
            }
            write!(f, "{diagnostic}")?;
            first = false;
        }
        Ok(())
    }
}

impl std::error::Error for Failure {}

/// Generates a crate from the document at `spec`.
pub fn generate(spec: &Path, config: &Config) -> Result<Generated, Failure> {
    let document = load_document(spec, config)?;
    generate_document(&document, config)
}

/// Reads the document at `spec` as `config` says (its overlays applied, `$ref`s followed within
/// the folders it allows), for callers that look at the document before generating from it.
pub fn load_document(spec: &Path, config: &Config) -> Result<Document, Failure> {
    load::load_with(spec, &load_options(config)).map_err(|d| Failure { diagnostics: vec![d] })
}

fn load_options(config: &Config) -> load::Options {
    load::Options { allowed_roots: config.allowed_ref_roots.clone(), overlays: config.overlays.clone() }
}

/// Generates a crate from document text (`path` names it in diagnostics).
pub fn generate_from_str(text: &str, path: &Path, config: &Config) -> Result<Generated, Failure> {
    let document = load::parse_with(text, path, &load_options(config)).map_err(|d| Failure { diagnostics: vec![d] })?;
    generate_document(&document, config)
}

/// Lowers a loaded document exactly as [`generate_document`] does before emitting (parameters
/// the client sets itself removed, operations a template implements skipped, paged lists
/// recognized), and returns the model: for tools that drive a generated crate from its document,
/// such as `cargo xtask prism`.
pub fn lower_document(document: &Document, config: &Config) -> Result<model::Api, Failure> {
    let mut diags = Diagnostics::default();
    let api = lower::lower(&document.root, config, &mut diags);
    if diags.has_errors() {
        return Err(Failure { diagnostics: diags.into_vec() });
    }
    Ok(api)
}

/// Generates a crate from a loaded document.
pub fn generate_document(document: &Document, config: &Config) -> Result<Generated, Failure> {
    let mut diags = Diagnostics::default();
    // The crate's identity is written into its Cargo.toml: nothing is generated from a bad one.
    let problems = config.identity_problems();
    if !problems.is_empty() {
        let at = |field: &str| match &config.source {
            Some(_) => format!("/{field}"),
            None => String::new(),
        };
        let diagnostics = problems
            .into_iter()
            .map(|problem| {
                let field = if problem.starts_with("crate name") { "crate_name" } else { "crate_version" };
                let diagnostic = Diagnostic::error(at(field), problem);
                match &config.source {
                    Some(source) => diagnostic.in_file(source),
                    None => diagnostic,
                }
            })
            .collect();
        return Err(Failure { diagnostics });
    }
    for warning in &document.warnings {
        diags.push(warning.clone());
    }
    // Findings point into the bundled document; name the file and place they came from.
    // A finding reached twice (a schema met through two references, say) is reported once.
    let located = |diags: Diagnostics| -> Vec<Diagnostic> {
        let mut seen = std::collections::HashSet::new();
        diags
            .into_vec()
            .into_iter()
            .map(|d| match d.file {
                Some(_) => d,
                None => {
                    let (file, pointer) = document.locate(&d.pointer);
                    Diagnostic { pointer, ..d }.in_file(file)
                }
            })
            .map(|d| if config.deny_warnings { Diagnostic { severity: Severity::Error, ..d } } else { d })
            .filter(|d| seen.insert(d.clone()))
            .collect()
    };
    if diags.has_errors() {
        return Err(Failure { diagnostics: located(diags) });
    }
    let api = lower::lower(&document.root, config, &mut diags);
    if diags.has_errors() || (config.deny_warnings && diags.iter().next().is_some()) {
        return Err(Failure { diagnostics: located(diags) });
    }
    let files = match emit::emit(&api) {
        Ok(files) => files,
        Err(message) => {
            diags.error("", message);
            return Err(Failure { diagnostics: located(diags) });
        }
    };
    Ok(Generated {
        files,
        diagnostics: located(diags),
        dialect: document.dialect,
        operations: api.operations.len(),
        types: api.types.len(),
    })
}
