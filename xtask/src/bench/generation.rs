//! Generation time, peak memory and generated lines of code, per document and generator.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::anchors::{Generator, Tool};
use super::report::{Cell, Section};
use super::timing::{Sample, Timer};
use super::{Paths, GITHUB, NEXUS};

/// Longest one generation may take.
const TIMEOUT: Duration = Duration::from_secs(10 * 60);

/// An API document of the corpus.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path under the corpus, e.g. `realworld/oxide-nexus.json`.
    pub relative: String,
    pub path: PathBuf,
    pub bytes: u64,
}

impl Document {
    pub fn file_name(&self) -> &str {
        self.relative.rsplit('/').next().unwrap_or(&self.relative)
    }

    /// `oxide-nexus` for `realworld/oxide-nexus.json`, usable in crate names.
    pub fn slug(&self) -> String {
        let stem = self.file_name().split('.').next().unwrap_or("api");
        let slug: String =
            stem.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
        if slug.starts_with(|c: char| c.is_ascii_alphabetic()) {
            slug
        } else {
            format!("api-{slug}")
        }
    }
}

/// The documents to generate from: nexus and github first, then (not in quick mode) every other
/// JSON or YAML document of the corpus, in name order.
pub fn documents(paths: &Paths, quick: bool) -> Vec<Document> {
    let mut relatives = vec![NEXUS.to_owned(), GITHUB.to_owned()];
    if !quick {
        let mut others = Vec::new();
        for folder in ["realworld", "upstream"] {
            let Ok(entries) = std::fs::read_dir(paths.corpus.join(folder)) else { continue };
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                let relative = format!("{folder}/{name}");
                let is_document = [".json", ".yaml", ".yml"].iter().any(|e| name.ends_with(e));
                if is_document && !relatives.contains(&relative) {
                    others.push(relative);
                }
            }
        }
        others.sort();
        relatives.extend(others);
    }
    relatives
        .into_iter()
        .filter_map(|relative| {
            let path = paths.corpus.join(&relative);
            let bytes = std::fs::metadata(&path).ok()?.len();
            Some(Document { relative, path, bytes })
        })
        .collect()
}

/// A successful generation.
#[derive(Debug, Clone)]
pub struct Generated {
    pub sample: Sample,
    /// The crate, as the last run left it.
    pub out: PathBuf,
    pub crate_name: String,
    /// Lines of every `.rs` file of the crate.
    pub lines: usize,
}

/// A generation, or why there is none ("failed: ...", "not installed").
pub type Outcome = Result<Generated, String>;

/// Every outcome, by document and tool.
#[derive(Default)]
pub struct Corpus {
    results: BTreeMap<(String, Tool), Outcome>,
}

impl Corpus {
    pub fn insert(&mut self, document: &Document, tool: Tool, outcome: Outcome) {
        self.results.insert((document.relative.clone(), tool), outcome);
    }

    pub fn get(&self, document: &Document, tool: Tool) -> Option<&Outcome> {
        self.results.get(&(document.relative.clone(), tool))
    }
}

/// Generates `document` with `generator` `runs` times into `target/bench/gen/<tool>/<doc>/`.
pub fn measure(timer: &Timer, paths: &Paths, generator: &Generator, document: &Document, runs: usize) -> Outcome {
    let slug = document.slug();
    let tool = generator.tool;
    let out = paths.bench.join("gen").join(tool.slug()).join(&slug);
    let crate_name = format!("{slug}-{}", tool.slug());
    let label = format!("gen-{}-{slug}", tool.slug());
    eprintln!("   {} on {} ({runs}x)", tool.name(), document.relative);
    let prepare = || remove_dir(&out);
    let sample = timer
        .measure(&label, runs, TIMEOUT, prepare, || generator.command(&document.path, &out, &crate_name))
        .map_err(|reason| format!("failed: {reason}"))?;
    if !out.join("Cargo.toml").is_file() {
        return Err("failed: exited 0 but wrote no crate".to_owned());
    }
    Ok(Generated { sample, lines: rust_lines(&out), out, crate_name })
}

/// Our crate of `document` with the runtime as a dependency (`--runtime-path`, the checkout's
/// `runtime/`) rather than embedded, generated once into
/// `target/bench/gen/ours-shared-runtime/<doc>/`: progenitor's crates have theirs in a crate of
/// its own (`progenitor-client`), so this is the like-for-like build.
pub fn with_shared_runtime(timer: &Timer, paths: &Paths, ours: &Generator, document: &Document) -> Outcome {
    let slug = document.slug();
    let out = paths.bench.join("gen").join("ours-shared-runtime").join(&slug);
    let crate_name = format!("{slug}-ours-shared-runtime");
    let runtime = paths.root.join("runtime");
    eprintln!("   ours on {}, runtime as a dependency", document.relative);
    let sample = timer
        .measure(&format!("gen-ours-shared-runtime-{slug}"), 1, TIMEOUT, || remove_dir(&out), || {
            let mut command = ours.command(&document.path, &out, &crate_name);
            command.arg("--runtime-path").arg(&runtime);
            command
        })
        .map_err(|reason| format!("failed: {reason}"))?;
    Ok(Generated { sample, lines: rust_lines(&out), out, crate_name })
}

pub fn remove_dir(dir: &Path) -> Result<(), String> {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("removing {}: {e}", dir.display())),
    }
}

/// Lines of all `.rs` files under `dir` (a `target/` inside is skipped).
pub fn rust_lines(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    let mut lines = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if entry.file_name() != "target" {
                lines += rust_lines(&path);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            lines += std::fs::read_to_string(&path).map_or(0, |text| text.lines().count());
        }
    }
    lines
}

/// Every document: generation time of each generator, the ratios, and generated lines.
pub fn corpus_section(corpus: &Corpus, documents: &[Document], runs: usize) -> Section {
    let mut section = Section::new(
        "Generation on the corpus",
        &[
            "document",
            "size",
            "ours",
            "progenitor",
            "OpenAPI Generator",
            "ours / progenitor",
            "ours / OpenAPI Generator",
            "lines: ours / progenitor / OpenAPI Generator",
        ],
    );
    section.note(format!(
        "Median of {runs} runs each (nexus and github: see above); ours is the release build. \
         An anchor that generates a crate has not necessarily generated one that compiles: \
         only nexus and github are compiled (above)."
    ));
    for document in documents {
        let time = |tool: Tool| match corpus.get(document, tool) {
            Some(Ok(generated)) => Cell::seconds(generated.sample.median),
            Some(Err(reason)) => Cell::text(reason),
            None => Cell::text("-"),
        };
        let lines = |tool: Tool| match corpus.get(document, tool) {
            Some(Ok(generated)) => Cell::count(generated.lines).to_string(),
            _ => "-".to_owned(),
        };
        let ours = time(Tool::Ours);
        let [progenitor, oag] = Tool::ANCHORS.map(time);
        let ratio_progenitor = Cell::ratio(&ours, &progenitor);
        let ratio_oag = Cell::ratio(&ours, &oag);
        section.row(vec![
            format!("`{}`", document.relative),
            Cell::kilobytes(document.bytes / 1024).to_string(),
            ours.to_string(),
            progenitor.to_string(),
            oag.to_string(),
            ratio_progenitor.to_string(),
            ratio_oag.to_string(),
            format!("{} / {} / {}", lines(Tool::Ours), lines(Tool::Progenitor), lines(Tool::OpenApiGenerator)),
        ]);
    }
    section
}
