//! Peak memory while streaming items through a generated client's pagination stream: runs
//! `tests/examples/stream_memory.rs` (dolist's offset/limit stream against a loopback server
//! that makes pages up on the fly) for a small and a large number of items. Memory that stays
//! flat shows the stream holds one page at a time.

use std::time::Duration;

use super::report::{Cell, Report};
use super::timing::{failure_reason, run_logged};
use super::{cargo, Paths};

const EXAMPLE: &str = "stream_memory";
/// The first run builds the workspace's test dependencies.
const TIMEOUT: Duration = Duration::from_secs(30 * 60);

/// Peak resident memory of the example for `items` items, in KiB, or why there is none.
pub struct Point {
    pub items: u64,
    pub peak_kb: Result<u64, String>,
}

/// Item counts: the last one is the headline.
pub fn counts(quick: bool) -> [u64; 2] {
    if quick {
        [1_000, 10_000]
    } else {
        [1_000, 100_000]
    }
}

/// Runs the example (release build; debug in quick mode, which reuses the test build).
pub fn measure(paths: &Paths, quick: bool) -> Vec<Point> {
    let example = paths.root.join("tests").join("examples").join(format!("{EXAMPLE}.rs"));
    counts(quick)
        .into_iter()
        .map(|items| {
            let peak_kb = if example.is_file() {
                run(paths, items, quick)
            } else {
                Err(format!("{} missing", example.display()))
            };
            Point { items, peak_kb }
        })
        .collect()
}

fn run(paths: &Paths, items: u64, quick: bool) -> Result<u64, String> {
    let mut command = cargo();
    command.current_dir(&paths.root).args(["run", "--quiet", "-p", "workspace-tests", "--example", EXAMPLE]);
    if !quick {
        command.arg("--release");
    }
    command.arg("--").arg(items.to_string());
    let log = paths.logs().join(format!("stream-{items}.log"));
    eprintln!("   {EXAMPLE} with {items} items (log: {})", log.display());
    let finished = run_logged(&mut command, &log, TIMEOUT)?;
    if !finished.success {
        return Err(failure_reason(&log));
    }
    // `items=100000 peak_rss_kib=5120`
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    text.lines()
        .filter_map(|line| line.trim().strip_prefix(&format!("items={items} peak_rss_kib=")))
        .find_map(|kb| kb.trim().parse().ok())
        .ok_or_else(|| format!("no `items={items} peak_rss_kib=` line in {}", log.display()))
}

/// Rows of the runtime table: `[measure, figure, -, ratio to the smallest count, target]`.
pub fn rows(report: &mut Report, points: &[Point]) -> Vec<Vec<String>> {
    let smallest = points.first().and_then(|p| p.peak_kb.as_ref().ok().copied());
    points
        .iter()
        .enumerate()
        .map(|(i, point)| {
            let label = format!(
                "peak memory streaming {} items through the pagination stream (whole process)",
                Cell::count(point.items as usize)
            );
            let figure = match &point.peak_kb {
                Ok(kb) => Cell::kilobytes(*kb),
                Err(reason) => Cell::text(format!("not measured: {reason}")),
            };
            let ratio = match (i, smallest) {
                (0, _) => String::new(),
                (_, Some(small)) => {
                    let ratio = Cell::ratio(&figure, &Cell::kilobytes(small));
                    let name = format!("stream_memory_{}_vs_{}", point.items, points[0].items);
                    format!(
                        "{} (vs {} items)",
                        report.ratio(&name, &ratio, None),
                        Cell::count(points[0].items as usize)
                    )
                }
                (_, None) => "-".to_owned(),
            };
            vec![label, figure.to_string(), "-".to_owned(), ratio, String::new()]
        })
        .collect()
}
