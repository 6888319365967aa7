//! `cargo xtask bench`: how long generation takes and how long the generated crate takes to
//! build and to send a request, against the generators people would otherwise pick
//! (progenitor and OpenAPI Generator), measured side by side in one run. Writes
//! `target/bench/report.md`, prints it, and ends with a `SUMMARY name=value ...` line of ratios
//! (ours / anchor).
//!
//! One module per job:
//! - [`anchors`]: our generator's builds, and installing and running the anchors;
//! - [`timing`]: running a command several times: median wall time, peak memory;
//! - [`generation`]: generation on the corpus: time, peak memory, generated lines;
//! - [`synthetic`]: deterministic documents of any size, for the scaling figure;
//! - [`check`]: `cargo check` time of the generated crates with warm dependencies;
//! - [`overhead`]: per-request overhead of a generated client against hand-written `reqwest`;
//! - [`streaming`]: peak memory while streaming items through a generated pagination stream;
//! - [`report`]: the Markdown tables and the `SUMMARY` line.
//!
//! Nothing here fails on a failing anchor: a generator that is missing or fails, or a crate that
//! does not compile, is a cell of the table that says so. Everything goes under
//! `target/bench/` (logs of every command in `target/bench/logs/`).

mod anchors;
mod check;
mod composed;
mod generation;
mod groups;
mod overhead;
mod report;
mod streaming;
mod synthetic;
mod timing;

use std::path::{Path, PathBuf};
use std::process::Command;

use anchors::{Generator, Tool};
use generation::{Corpus, Document};
use report::{Cell, Comparison, Report, Section};

/// The document the targets are set on, and the large one.
const NEXUS: &str = "realworld/oxide-nexus.json";
const GITHUB: &str = "realworld/github.json";
/// The check of our nexus crate with the runtime as a dependency, under this name.
const NEXUS_SHARED_RUNTIME: &str = "realworld/oxide-nexus.json, runtime as a dependency";

const USAGE: &str = "\
usage: cargo xtask bench [--quick] [--scaling] [--corpus DIR]

  --quick        smoke test: tiny sizes, one repetition, nexus and github only; anchors are
                 used only if already installed
  --scaling      the scaling sections only (both synthetic shapes, at the sizes of the run)
  --corpus DIR   the corpus of API documents (default: ../shared/corpus beside the checkout)";

/// How much to measure.
pub struct Settings {
    pub quick: bool,
    /// Repetitions of each generation on nexus (and of ours on github); the median is reported.
    pub generation_runs: usize,
    /// Repetitions of each generation on the other documents (and of the anchors on github).
    pub corpus_runs: usize,
    /// Repetitions of each timed `cargo check`.
    pub check_runs: usize,
    /// Operations of the synthetic documents; the scaling ratio is the largest over its quarter.
    pub synthetic_sizes: Vec<usize>,
}

impl Settings {
    fn new(quick: bool) -> Self {
        if quick {
            Settings {
                quick,
                generation_runs: 1,
                corpus_runs: 1,
                check_runs: 1,
                synthetic_sizes: vec![20, 40, 80, 160],
            }
        } else {
            Settings {
                quick,
                generation_runs: 5,
                corpus_runs: 3,
                check_runs: 5,
                synthetic_sizes: vec![500, 1000, 2000, 4000],
            }
        }
    }
}

/// Where things are.
pub struct Paths {
    /// The repository.
    pub root: PathBuf,
    /// The workspace's target directory (`CARGO_TARGET_DIR` or `target/`).
    pub target: PathBuf,
    /// `target/bench/`: tools, generated crates, logs, the report.
    pub bench: PathBuf,
    pub corpus: PathBuf,
}

impl Paths {
    pub fn logs(&self) -> PathBuf {
        self.bench.join("logs")
    }
}

/// `cargo`, the one running us if any.
pub fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// A progress line on stderr.
fn step(what: &str) {
    eprintln!("== bench: {what}");
}

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let mut quick = false;
    let mut scaling_only = false;
    let mut corpus = root.join("..").join("shared").join("corpus");
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--quick" => quick = true,
            "--scaling" => scaling_only = true,
            "--corpus" => corpus = PathBuf::from(iter.next().ok_or("`--corpus` needs a directory")?),
            _ => return Err(format!("unexpected argument `{arg}`\n\n{USAGE}")),
        }
    }
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    let target = if target.is_absolute() { target } else { root.join(target) };
    let paths = Paths { root: root.to_owned(), bench: target.join("bench"), target, corpus };
    if !paths.corpus.join(NEXUS).is_file() {
        return Err(format!(
            "{} not found: the bench reads the corpus (../shared/corpus beside the checkout, or --corpus DIR)",
            paths.corpus.join(NEXUS).display()
        ));
    }
    // Logs of this run only.
    generation::remove_dir(&paths.logs())?;
    std::fs::create_dir_all(paths.logs()).map_err(|e| format!("creating {}: {e}", paths.logs().display()))?;
    let settings = Settings::new(quick);
    let mut report = Report::new(&settings);
    report.note(machine());

    let memory = timing::peak_memory_tool(quick);
    report.note(memory.note());
    let timer = timing::Timer::new(&memory, paths.logs());

    step("building our generator (release, and the `xtask` profile's build `cargo xtask` runs)");
    let (ours, ours_command) = anchors::build_ours(&paths)?;
    report.note(format!(
        "ours: {}, release build (headline), and `cargo xtask generate` as users run it",
        ours.version
    ));

    if scaling_only {
        step("scaling on synthetic documents");
        for shape in [synthetic::Shape::Plain, synthetic::Shape::Composed] {
            let points = synthetic::measure(&timer, &paths, &ours, &settings, shape);
            let section = synthetic::section(&mut report, &points, &settings, shape);
            report.push(section);
        }
        return write_report(report, &paths);
    }

    step("locating the anchors, installing those missing");
    let anchors = [
        (Tool::Progenitor, anchors::progenitor(&paths, quick)),
        (Tool::OpenApiGenerator, anchors::openapi_generator(&paths, quick)),
    ];
    for (_, anchor) in &anchors {
        report.note(match anchor {
            Ok(generator) => generator.version.clone(),
            Err(reason) => reason.clone(),
        });
    }

    step("generation on the corpus");
    let documents = generation::documents(&paths, quick);
    let mut corpus = Corpus::default();
    for document in &documents {
        let headline = is_headline(document);
        let mut generators: Vec<(Tool, Result<&Generator, &String>)> = vec![(Tool::Ours, Ok(&ours))];
        if headline {
            generators.push((Tool::OursCommand, Ok(&ours_command)));
        }
        generators.extend(anchors.iter().map(|(tool, anchor)| (*tool, anchor.as_ref())));
        for (tool, generator) in generators {
            let runs = match tool {
                _ if document.relative == NEXUS => settings.generation_runs,
                Tool::Ours | Tool::OursCommand if headline => settings.generation_runs,
                _ => settings.corpus_runs,
            };
            let outcome = match generator {
                Ok(generator) => generation::measure(&timer, &paths, generator, document, runs),
                Err(_) => Err("not installed".to_owned()),
            };
            corpus.insert(document, tool, outcome);
        }
    }

    let nexus_shared_runtime = documents
        .iter()
        .find(|d| d.relative == NEXUS)
        .map(|document| generation::with_shared_runtime(&timer, &paths, &ours, document));

    step("scaling on synthetic documents");
    let points = synthetic::measure(&timer, &paths, &ours, &settings, synthetic::Shape::Plain);
    let composed = synthetic::measure(&timer, &paths, &ours, &settings, synthetic::Shape::Composed);

    step("cargo check of the generated crates, warm dependencies");
    let mut members = Vec::new();
    for document in documents.iter().filter(|d| is_headline(d)) {
        for tool in [Tool::Ours, Tool::Progenitor, Tool::OpenApiGenerator] {
            if let Some(Ok(generated)) = corpus.get(document, tool) {
                members.push(check::Member {
                    document: document.relative.clone(),
                    tool,
                    name: generated.crate_name.clone(),
                    source: generated.out.clone(),
                });
            }
        }
    }
    if let Some(Ok(generated)) = &nexus_shared_runtime {
        members.push(check::Member {
            document: NEXUS_SHARED_RUNTIME.to_owned(),
            tool: Tool::Ours,
            name: generated.crate_name.clone(),
            source: generated.out.clone(),
        });
    }
    let checks = check::measure(&timer, &paths, &members, settings.check_runs);
    let github = members.iter().find(|m| m.document == GITHUB && m.tool == Tool::Ours);
    let groups = github.and_then(|member| {
        step("cargo check of our GitHub crate with one feature group at a time");
        let whole = checks.get(GITHUB, Tool::Ours, check::Kind::FromScratch).and_then(|r| r.as_ref().ok()).cloned();
        groups::measure(&timer, &paths, &member.name, whole)
    });

    step("request overhead: generated client vs hand-written reqwest (criterion)");
    let overhead = overhead::measure(&paths, &ours, quick);

    step("peak memory streaming through a generated pagination stream");
    let streams = streaming::measure(&paths, quick);

    let main = main_section(&mut report, &corpus, &checks, &documents, &settings);
    report.push(main);
    let scaling = synthetic::section(&mut report, &points, &settings, synthetic::Shape::Plain);
    report.push(scaling);
    let scaling = synthetic::section(&mut report, &composed, &settings, synthetic::Shape::Composed);
    report.push(scaling);
    let runtime = overhead::section(&mut report, &overhead, &streams, quick);
    report.push(runtime);
    if let Some(groups) = &groups {
        let section = groups::section(&mut report, groups);
        report.push(section);
    }
    report.push(generation::corpus_section(&corpus, &documents, settings.corpus_runs));
    if !checks.failures.is_empty() {
        let mut section = Section::new("First compiler errors of the crates that do not compile", &[]);
        for (name, errors) in &checks.failures {
            section.note(format!("`{name}`:\n\n```text\n{errors}\n```"));
        }
        report.push(section);
    }
    write_report(report, &paths)
}

/// Writes the report to `target/bench/report.md` and prints it.
fn write_report(mut report: Report, paths: &Paths) -> Result<(), String> {
    report.note(format!("load average at the end: {}", load_average()));
    let text = report.render();
    let path = paths.bench.join("report.md");
    std::fs::write(&path, &text).map_err(|e| format!("writing {}: {e}", path.display()))?;
    println!("{text}");
    eprintln!("report written to {}", path.display());
    Ok(())
}

fn is_headline(document: &Document) -> bool {
    document.relative == NEXUS || document.relative == GITHUB
}

/// The table of the targets: nexus and github, ours against both anchors.
fn main_section(
    report: &mut Report,
    corpus: &Corpus,
    checks: &check::Checks,
    documents: &[Document],
    settings: &Settings,
) -> Section {
    let mut section = Section::new(
        "Generation and build, ours vs the anchors",
        &[
            "measure",
            "ours",
            "progenitor",
            "ours / progenitor",
            "OpenAPI Generator",
            "ours / OpenAPI Generator",
            "target",
        ],
    );
    section.note(format!(
        "Generation: wall time of the whole command, median of {} runs on nexus and of ours on github \
         ({} for the anchors on github), output directory removed before each run; ours is the release \
         build of `xtask generate`. `cargo check`: all crates in one workspace with one target directory, \
         each checked once, then `src/lib.rs` touched and `cargo check -p NAME` timed (median of {}, the crates in turn), \
         incremental as cargo does by default (unchanged code is reused; parsing and macro expansion \
         are redone), and from scratch as after regenerating the crate. \
         Lines: every `.rs` file of the crate (ours includes its {}-line runtime).",
        settings.generation_runs,
        settings.corpus_runs,
        settings.check_runs,
        Cell::count(codegen::RUNTIME.lines().count())
    ));
    const NO_TARGET: [Option<f64>; 2] = [None, None];
    for document in documents.iter().filter(|d| is_headline(d)) {
        let nexus = document.relative == NEXUS;
        let key = if nexus { "nexus" } else { "github" };
        let file = document.file_name();
        let generated = |tool: Tool, figure: fn(&generation::Generated) -> Cell, first: bool| {
            generated_cell(corpus, document, tool, figure, first)
        };
        let time = |g: &generation::Generated| Cell::seconds(g.sample.median);
        let memory =
            |g: &generation::Generated| g.sample.peak_kb.map_or_else(|| Cell::text("not measured"), Cell::kilobytes);
        let lines = |g: &generation::Generated| Cell::count(g.lines);
        let checked = |tool: Tool, kind: check::Kind| check_cell(checks, corpus, document, tool, kind);

        report.compare(
            &mut section,
            Comparison {
                label: format!("generation time, `{file}`"),
                key: format!("generation_{key}"),
                ours: generated(Tool::Ours, time, true),
                anchors: Tool::ANCHORS.map(|tool| generated(tool, time, true)),
                targets: if nexus { [Some(0.5), Some(0.1)] } else { NO_TARGET },
            },
        );
        // What users of the checkout wait for, against the release binary.
        let command = generated(Tool::OursCommand, time, true);
        let ratio = Cell::ratio(&command, &generated(Tool::Ours, time, true));
        // The target is set on GitHub's document; on nexus cargo's own start (about 0.3 s to
        // see that the build is fresh) is most of the time.
        let limit = (!nexus).then_some(1.3);
        let verdict = report.ratio(&format!("command_vs_release_{key}"), &ratio, limit);
        let mut row = vec![format!("generation time, `{file}`, through `cargo xtask generate`"), command.to_string()];
        row.resize(6, String::new());
        row.push(match limit {
            Some(limit) => format!("{verdict} of our release binary's time; ≤ {limit}"),
            None => format!("{verdict} of our release binary's time"),
        });
        section.row(row);
        report.compare(
            &mut section,
            Comparison {
                label: format!("peak memory of generation, `{file}`"),
                key: format!("memory_{key}"),
                ours: generated(Tool::Ours, memory, false),
                anchors: Tool::ANCHORS.map(|tool| generated(tool, memory, false)),
                targets: NO_TARGET,
            },
        );
        report.compare(
            &mut section,
            Comparison {
                label: format!("generated lines of Rust, `{file}`"),
                key: format!("lines_{key}"),
                ours: generated(Tool::Ours, lines, false),
                anchors: Tool::ANCHORS.map(|tool| generated(tool, lines, false)),
                targets: NO_TARGET,
            },
        );
        report.compare(
            &mut section,
            Comparison {
                label: format!("`cargo check` after touching `src/lib.rs`, warm dependencies, `{file}`"),
                key: format!("check_{key}"),
                ours: checked(Tool::Ours, check::Kind::Incremental),
                anchors: Tool::ANCHORS.map(|tool| checked(tool, check::Kind::Incremental)),
                targets: if nexus { [Some(0.5), Some(0.5)] } else { NO_TARGET },
            },
        );
        if nexus {
            let shared = match checks.get(NEXUS_SHARED_RUNTIME, Tool::Ours, check::Kind::Incremental) {
                Some(Ok(sample)) => Cell::seconds(sample.median),
                Some(Err(reason)) => Cell::text(reason),
                None => Cell::text("-"),
            };
            report.compare(
                &mut section,
                Comparison {
                    label: format!(
                        "the same, ours with the runtime as a dependency (`--runtime-path`), as progenitor's has \
                         `progenitor-client`, `{file}`"
                    ),
                    key: "check_nexus_shared_runtime".to_owned(),
                    ours: shared,
                    anchors: Tool::ANCHORS.map(|tool| checked(tool, check::Kind::Incremental)),
                    targets: NO_TARGET,
                },
            );
        }
        report.compare(
            &mut section,
            Comparison {
                label: format!("the same, from scratch (`CARGO_INCREMENTAL=0`), `{file}`"),
                key: format!("check_scratch_{key}"),
                ours: checked(Tool::Ours, check::Kind::FromScratch),
                anchors: Tool::ANCHORS.map(|tool| checked(tool, check::Kind::FromScratch)),
                targets: NO_TARGET,
            },
        );
    }
    section
}

/// A figure of a generation, or why there is none: the reason in full in the generation row
/// (`first`), in short in the rows after it.
fn generated_cell(
    corpus: &Corpus,
    document: &Document,
    tool: Tool,
    figure: fn(&generation::Generated) -> Cell,
    first: bool,
) -> Cell {
    match corpus.get(document, tool) {
        Some(Ok(generated)) => figure(generated),
        Some(Err(reason)) if first || reason == "not installed" => Cell::text(reason),
        Some(Err(_)) => Cell::text("not generated"),
        None => Cell::text("-"),
    }
}

/// A `cargo check` time, or why there is none.
fn check_cell(checks: &check::Checks, corpus: &Corpus, document: &Document, tool: Tool, kind: check::Kind) -> Cell {
    match (checks.get(&document.relative, tool, kind), corpus.get(document, tool)) {
        (Some(Ok(sample)), _) => Cell::seconds(sample.median),
        (Some(Err(reason)), _) => Cell::text(reason),
        (None, Some(Err(reason))) if reason == "not installed" => Cell::text(reason),
        (None, Some(Err(_))) => Cell::text("not generated"),
        (None, Some(Ok(_)) | None) => Cell::text("-"),
    }
}

/// Cores, processor and load: the figures depend on them.
fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|text| {
            text.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown processor".to_owned());
    format!("machine: {cores} cores ({cpu}); load average at the start: {}", load_average())
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|text| text.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".to_owned())
}
