//! "Compile only what you use": `cargo check` from scratch of our GitHub crate with one feature
//! group on (`--no-default-features --features rustls,<group>`), for every group, against the
//! whole crate; run in the check workspace after its checks, so dependencies are warm.

use std::time::Duration;

use super::report::{Cell, Report, Section};
use super::timing::{Sample, Timer};
use super::{cargo, Paths};

const TIMEOUT: Duration = Duration::from_secs(10 * 60);

/// The time with one group on, and with none.
pub struct Groups {
    pub crate_name: String,
    pub whole: Option<Sample>,
    pub none: Result<Sample, String>,
    /// `(feature, its operations, the check's time)`, in `Cargo.toml` order.
    pub groups: Vec<(String, usize, Result<Sample, String>)>,
}

/// The feature groups of a generated crate's `Cargo.toml`, with their operation counts (the
/// comment above each: `# <tag>: operations N, ...`).
fn read_groups(manifest: &str) -> Vec<(String, usize)> {
    let Some((_, section)) = manifest.split_once("# Operation groups") else { return Vec::new() };
    let mut groups = Vec::new();
    let mut operations = 0;
    for line in section.lines() {
        if let Some(comment) = line.strip_prefix("# ") {
            operations = comment
                .split_once(": operations ")
                .and_then(|(_, rest)| rest.split(',').next()?.trim().parse().ok())
                .unwrap_or(0);
        } else if let Some(feature) = line.strip_suffix(" = []") {
            groups.push((feature.trim().to_owned(), operations));
        }
    }
    groups
}

pub fn measure(timer: &Timer, paths: &Paths, crate_name: &str, whole: Option<Sample>) -> Option<Groups> {
    let dir = paths.bench.join("check");
    let manifest = std::fs::read_to_string(dir.join(crate_name).join("Cargo.toml")).ok()?;
    let features = read_groups(&manifest);
    if features.is_empty() {
        return None;
    }
    let target = paths.bench.join("check-target");
    let lib = dir.join(crate_name).join("src").join("lib.rs");
    let check = |features: &str| {
        let mut command = cargo();
        command.current_dir(&dir).env("CARGO_TARGET_DIR", &target).env("CARGO_INCREMENTAL", "0");
        command.args(["check", "--message-format", "short", "-p", crate_name, "--no-default-features", "--features"]);
        command.arg(features);
        command
    };
    let touch = || super::check::touch(&lib);
    eprintln!("   cargo check -p {crate_name} from scratch with no group, then each of {} groups alone", features.len());
    let none = timer.measure(&format!("check-groups-none-{crate_name}"), 1, TIMEOUT, touch, || check("rustls"));
    let groups = features
        .into_iter()
        .map(|(feature, operations)| {
            let label = format!("check-group-{feature}-{crate_name}");
            let list = format!("rustls,{feature}");
            let result = timer.measure(&label, 1, TIMEOUT, touch, || check(&list));
            (feature, operations, result)
        })
        .collect();
    Some(Groups { crate_name: crate_name.to_owned(), whole, none, groups })
}

/// The section: each group's time and its share of the whole crate's; the median group's share
/// is the target (≤ 0.15).
pub fn section(report: &mut Report, groups: &Groups) -> Section {
    let mut section = Section::new(
        "Compile only what you use: one feature group of our GitHub crate",
        &["features on", "operations", "`cargo check` from scratch", "share of the whole crate's"],
    );
    section.note(format!(
        "`{}` groups its operations by tag behind cargo features (all on by default). Each row is \
         `cargo check --no-default-features --features rustls,<group>` from scratch \
         (`CARGO_INCREMENTAL=0`, dependencies warm, one run each), against the whole crate's median. \
         The target is on the median group: a user who needs one area of the API compiles at most \
         15% of the crate.",
        groups.crate_name
    ));
    let whole = groups.whole.as_ref().map(|s| Cell::seconds(s.median)).unwrap_or_else(|| Cell::text("not measured"));
    let cell = |result: &Result<Sample, String>| match result {
        Ok(sample) => Cell::seconds(sample.median),
        Err(reason) => Cell::text(reason.clone()),
    };
    section.row(vec!["every group (the default)".to_owned(), String::new(), whole.to_string(), "1".to_owned()]);
    let none = cell(&groups.none);
    section.row(vec!["none (`rustls` only)".to_owned(), "0".to_owned(), none.to_string(), Cell::ratio(&none, &whole).to_string()]);
    let mut shares: Vec<(f64, &str)> = Vec::new();
    for (feature, operations, result) in &groups.groups {
        let time = cell(result);
        let share = Cell::ratio(&time, &whole);
        if let Some(value) = share.value() {
            shares.push((value, feature));
        }
        section.row(vec![format!("`{feature}`"), operations.to_string(), time.to_string(), share.to_string()]);
    }
    shares.sort_by(|a, b| a.0.total_cmp(&b.0));
    let median = shares.get(shares.len() / 2).map(|(share, _)| Cell::Ratio(*share)).unwrap_or_else(|| Cell::text("-"));
    let largest = shares.last().map(|(share, _)| Cell::Ratio(*share)).unwrap_or_else(|| Cell::text("-"));
    let verdict = report.ratio("group_check_median_vs_whole", &median, Some(0.15));
    report.ratio("group_check_largest_vs_whole", &largest, None);
    let median_name = shares.get(shares.len() / 2).map_or("-", |(_, name)| name);
    let largest_name = shares.last().map_or("-", |(_, name)| name);
    section.note(format!(
        "Median group (`{median_name}`): {verdict} of the whole crate's time (target ≤ 0.15). Largest share \
         (`{largest_name}`): {largest}."
    ));
    section
}

#[cfg(test)]
mod tests {
    use super::read_groups;

    #[test]
    fn groups_are_read_from_the_generated_manifest() {
        let manifest = "[features]\ndefault = [\"rustls\", \"gists\"]\nrustls = []\n# Operation groups, one per tag\n# and more.\n# gists: operations 20, types of its own 23.\ngists = []\n# Pull Requests: operations 3, types of its own 0.\npull-requests = []\n";
        assert_eq!(read_groups(manifest), [("gists".to_owned(), 20), ("pull-requests".to_owned(), 3)]);
        assert!(read_groups("[features]\ndefault = [\"rustls\"]\nrustls = []\n").is_empty());
    }
}
