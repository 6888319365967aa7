//! Runtime figures of a generated client.
//!
//! Request overhead: `assets/overhead-spec.yaml` (one small JSON GET) is generated with our
//! release build into `target/bench/overhead/client/`, and `assets/request_overhead.rs`, a
//! criterion benchmark, is written beside it as the only bench of a throwaway crate
//! (`target/bench/overhead/`, its own workspace, target directory `target/bench/overhead-target/`).
//! The crate depends on the generated client by path and on the very dependency lines of the
//! generated `Cargo.toml`, so that both sides of the comparison use the same `reqwest`.
//!
//! Why a throwaway crate rather than a bench of the workspace: the client is generated code
//! that only exists after generation, while every workspace target is compiled by CI
//! (`cargo clippy --all-targets`); and criterion stays out of the workspace's lock file and
//! CI build.
//!
//! The runtime table also has the streaming figures of [`super::streaming`].

use std::path::Path;
use std::time::Duration;

use super::anchors::Generator;
use super::generation::remove_dir;
use super::report::{Cell, Report, Section};
use super::timing::{failure_reason, run_logged};
use super::{cargo, Paths};

const SPEC: &str = include_str!("assets/overhead-spec.yaml");
const BENCH: &str = include_str!("assets/request_overhead.rs");
const CLIENT_CRATE: &str = "overhead-client";
/// Compiling the release build of reqwest, tokio and criterion, then running.
const TIMEOUT: Duration = Duration::from_secs(30 * 60);
/// Rounds of the pair of benchmarks, in alternating order.
const ROUNDS: usize = 11;
const QUICK_ROUNDS: usize = 3;

/// criterion's estimates of the time per request, in nanoseconds.
#[derive(Debug, Clone, Copy)]
pub struct Estimates {
    pub mean: f64,
    pub median: f64,
}

/// One round: each side measured once.
#[derive(Debug, Clone, Copy)]
pub struct Round {
    pub hand_written: Estimates,
    pub generated: Estimates,
}

pub struct Overhead {
    pub rounds: Vec<Round>,
}

impl Overhead {
    /// The median over the rounds of `figure`.
    fn median(&self, figure: impl Fn(&Round) -> f64) -> f64 {
        let mut values: Vec<f64> = self.rounds.iter().map(figure).collect();
        values.sort_by(f64::total_cmp);
        match values.len() {
            0 => f64::NAN,
            n if n % 2 == 1 => values[n / 2],
            n => (values[n / 2 - 1] + values[n / 2]) / 2.0,
        }
    }
}

pub fn measure(paths: &Paths, ours: &Generator, quick: bool) -> Result<Overhead, String> {
    let dir = paths.bench.join("overhead");
    let client = dir.join("client");
    let criterion_home = dir.join("criterion");
    remove_dir(&dir)?;
    std::fs::create_dir_all(dir.join("benches")).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let spec = dir.join("overhead-spec.yaml");
    write(&spec, SPEC)?;

    let log = paths.logs().join("overhead-generate.log");
    let finished = run_logged(&mut ours.command(&spec, &client, CLIENT_CRATE), &log, Duration::from_secs(300))?;
    if !finished.success {
        return Err(format!("generating the client failed: {}", failure_reason(&log)));
    }
    write(&dir.join("Cargo.toml"), &manifest(&client)?)?;
    write(&dir.join("benches").join("request_overhead.rs"), BENCH)?;
    // Shared dependencies at the versions the workspace already uses.
    let _ = std::fs::copy(paths.root.join("Cargo.lock"), dir.join("Cargo.lock"));

    let rounds = if quick { QUICK_ROUNDS } else { ROUNDS };
    let mut command = cargo();
    command
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", paths.bench.join("overhead-target"))
        .env("CRITERION_HOME", &criterion_home)
        .env("OVERHEAD_ROUNDS", rounds.to_string())
        .args(["bench", "--bench", "request_overhead", "--"]);
    if quick {
        command.args(["--warm-up-time", "0.2", "--measurement-time", "0.5", "--sample-size", "10"]);
    } else {
        command.args(["--warm-up-time", "0.5", "--measurement-time", "2"]);
    }
    // Many short rounds rather than a few long ones; less time analysing each.
    command.args(["--nresamples", "20000"]);
    let log = paths.logs().join("overhead-bench.log");
    eprintln!("   cargo bench, {rounds} rounds (log: {})", log.display());
    let finished = run_logged(&mut command, &log, TIMEOUT)?;
    if !finished.success {
        return Err(format!("cargo bench failed: {} (see {})", failure_reason(&log), log.display()));
    }
    let group = criterion_home.join("request_overhead");
    let estimates = |side: &str, round: usize| estimates(&group.join(side).join(round.to_string()).join("new"));
    let rounds = (1..=rounds)
        .map(|round| {
            Ok(Round {
                hand_written: estimates("hand_written_reqwest", round)?,
                generated: estimates("generated_client", round)?,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Overhead { rounds })
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// The bench crate's manifest: the generated client's own dependencies (same versions and
/// features), the client itself, criterion and tokio.
fn manifest(client: &Path) -> Result<String, String> {
    let path = client.join("Cargo.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let generated: toml::Table = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let own = r#"
        [package]
        name = "request-overhead-bench"
        version = "0.0.0"
        edition = "2021"
        publish = false

        [workspace]

        [[bench]]
        name = "request_overhead"
        harness = false

        [dependencies]
        overhead-client = { path = "client" }
        criterion = { version = "0.8", default-features = false, features = ["cargo_bench_support"] }
        tokio = { version = "1", features = ["rt", "net", "io-util", "time"] }
    "#;
    let mut manifest: toml::Table = toml::from_str(own).map_err(|e| format!("the bench manifest: {e}"))?;
    if let (Some(toml::Value::Table(theirs)), Some(toml::Value::Table(ours))) =
        (generated.get("dependencies"), manifest.get_mut("dependencies"))
    {
        for (name, spec) in theirs {
            ours.entry(name.clone()).or_insert_with(|| spec.clone());
        }
    }
    let text = toml::to_string(&manifest).map_err(|e| format!("writing the bench manifest: {e}"))?;
    Ok(format!("# Written by `cargo xtask bench`: the request-overhead benchmark.\n{text}"))
}

/// criterion's `estimates.json` in `dir`.
fn estimates(dir: &Path) -> Result<Estimates, String> {
    let path = dir.join("estimates.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let point = |name: &str| {
        json[name]["point_estimate"].as_f64().ok_or_else(|| format!("{}: no {name}.point_estimate", path.display()))
    };
    Ok(Estimates { mean: point("mean")?, median: point("median")? })
}

pub fn section(
    report: &mut Report,
    overhead: &Result<Overhead, String>,
    streams: &[super::streaming::Point],
    quick: bool,
) -> Section {
    let mut section = Section::new(
        "Runtime of a generated client",
        &["measure", "generated client", "hand-written reqwest", "ratio", "target"],
    );
    let rounds = if quick { QUICK_ROUNDS } else { ROUNDS };
    section.note(format!(
        "One small JSON GET (`GET /items/{{id}}`, 81-byte body) against a loopback HTTP/1.1 server with \
         keep-alive; both clients with the same reqwest settings. criterion measures the pair in {rounds} \
         rounds of alternating order ({} per side and round); figures and ratios are medians over the \
         rounds, so that a burst of other work on a shared machine does not decide the ratio.",
        if quick { "0.5 s" } else { "0.5 s warm-up, 2 s of measurement" }
    ));
    let rows = [
        ("time per request (criterion's median)", "request_overhead_vs_reqwest", Some(1.05)),
        ("time per request (criterion's mean)", "request_overhead_mean_vs_reqwest", None),
    ];
    for (label, name, limit) in rows {
        let target = limit.map_or_else(String::new, |l| format!("≤ {l}"));
        let overhead = match overhead {
            Ok(overhead) => overhead,
            Err(reason) => {
                let verdict = report.ratio(name, &Cell::text("-"), limit);
                let reason = Cell::text(format!("not measured: {reason}")).to_string();
                section.row(vec![label.to_owned(), reason, "-".to_owned(), verdict, target]);
                continue;
            }
        };
        let figure = |e: &Estimates| if limit.is_some() { e.median } else { e.mean };
        let generated = overhead.median(|r| figure(&r.generated));
        let hand_written = overhead.median(|r| figure(&r.hand_written));
        let ratio = Cell::Ratio(overhead.median(|r| figure(&r.generated) / figure(&r.hand_written)));
        let verdict = report.ratio(name, &ratio, limit);
        section.row(vec![
            label.to_owned(),
            Cell::Nanos(generated).to_string(),
            Cell::Nanos(hand_written).to_string(),
            verdict,
            target,
        ]);
    }
    if let Ok(overhead) = overhead {
        let ratios: Vec<String> =
            overhead.rounds.iter().map(|r| format!("{:.3}", r.generated.median / r.hand_written.median)).collect();
        section.note(format!("Ratio of the medians in each round: {}.", ratios.join(", ")));
    }
    for row in super::streaming::rows(report, streams) {
        section.row(row);
    }
    section.note(
        "Streaming: `tests/examples/stream_memory.rs`, dolist's offset/limit pagination stream over pages of \
         100 items made up by a loopback server; its peak resident memory (`VmHWM`), server included. \
         The ratio is against the smallest count: flat memory means one page at a time.",
    );
    section
}
