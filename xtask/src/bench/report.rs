//! The report: Markdown tables of absolute figures and ratios (ours / anchor), a list of the
//! targets met or missed, and a last line `SUMMARY name=value ...` with every ratio.

use std::fmt;
use std::time::Duration;

use super::Settings;

/// One figure of a table.
#[derive(Debug, Clone)]
pub enum Cell {
    Text(String),
    Seconds(Duration),
    /// Nanoseconds, for per-request times.
    Nanos(f64),
    Kilobytes(u64),
    Count(usize),
    Ratio(f64),
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell::Text(text.into())
    }

    pub fn seconds(duration: Duration) -> Cell {
        Cell::Seconds(duration)
    }

    pub fn kilobytes(kb: u64) -> Cell {
        Cell::Kilobytes(kb)
    }

    pub fn count(count: usize) -> Cell {
        Cell::Count(count)
    }

    /// The number behind a figure; none for text.
    pub fn value(&self) -> Option<f64> {
        match self {
            Cell::Text(_) => None,
            Cell::Seconds(d) => Some(d.as_secs_f64()),
            Cell::Nanos(ns) => Some(*ns),
            Cell::Kilobytes(kb) => Some(*kb as f64),
            Cell::Count(n) => Some(*n as f64),
            Cell::Ratio(r) => Some(*r),
        }
    }

    /// `ours / anchor` when both are figures, else `-`.
    pub fn ratio(ours: &Cell, anchor: &Cell) -> Cell {
        match (ours.value(), anchor.value()) {
            (Some(a), Some(b)) if b > 0.0 => Cell::Ratio(a / b),
            _ => Cell::text("-"),
        }
    }
}

impl fmt::Display for Cell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // Table cells: no line breaks or pipes.
            Cell::Text(text) => f.write_str(&text.replace('|', "/").replace('\n', " ")),
            Cell::Seconds(d) => {
                let s = d.as_secs_f64();
                if s < 1.0 {
                    write!(f, "{:.0} ms", s * 1000.0)
                } else if s < 10.0 {
                    write!(f, "{s:.2} s")
                } else {
                    write!(f, "{s:.1} s")
                }
            }
            Cell::Nanos(ns) if *ns < 1000.0 => write!(f, "{ns:.0} ns"),
            Cell::Nanos(ns) if *ns < 1_000_000.0 => write!(f, "{:.2} µs", ns / 1000.0),
            Cell::Nanos(ns) => write!(f, "{:.2} ms", ns / 1_000_000.0),
            Cell::Kilobytes(kb) if *kb < 1024 => write!(f, "{kb} KiB"),
            Cell::Kilobytes(kb) if *kb < 1024 * 1024 => write!(f, "{:.1} MiB", *kb as f64 / 1024.0),
            Cell::Kilobytes(kb) => write!(f, "{:.2} GiB", *kb as f64 / 1024.0 / 1024.0),
            Cell::Count(n) => {
                let digits = n.to_string();
                let mut out = String::new();
                for (i, c) in digits.chars().enumerate() {
                    if i > 0 && (digits.len() - i) % 3 == 0 {
                        out.push(',');
                    }
                    out.push(c);
                }
                f.write_str(&out)
            }
            Cell::Ratio(r) => f.write_str(&format_ratio(*r)),
        }
    }
}

fn format_ratio(ratio: f64) -> String {
    if ratio < 10.0 {
        format!("{ratio:.3}")
    } else {
        format!("{ratio:.1}")
    }
}

/// A titled Markdown table with notes under the title.
pub struct Section {
    title: String,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    notes: Vec<String>,
}

impl Section {
    pub fn new(title: &str, header: &[&str]) -> Self {
        Section {
            title: title.to_owned(),
            header: header.iter().map(|h| (*h).to_owned()).collect(),
            rows: Vec::new(),
            notes: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn note(&mut self, note: impl Into<String>) {
        self.notes.push(note.into());
    }

    fn render(&self, out: &mut String) {
        out.push_str(&format!("\n## {}\n\n", self.title));
        for note in &self.notes {
            out.push_str(note);
            out.push_str("\n\n");
        }
        if self.header.is_empty() {
            return;
        }
        out.push_str(&format!("| {} |\n", self.header.join(" | ")));
        out.push_str(&format!("|{}\n", "---|".repeat(self.header.len())));
        for row in &self.rows {
            out.push_str(&format!("| {} |\n", row.join(" | ")));
        }
    }
}

/// One target: a ratio that should be at most `limit`.
struct Target {
    name: String,
    ratio: Option<f64>,
    limit: f64,
}

/// Ours against both anchors on one measure: a row of the main table.
pub struct Comparison {
    pub label: String,
    /// Prefix of the ratios' names in the `SUMMARY` line.
    pub key: String,
    pub ours: Cell,
    /// progenitor, OpenAPI Generator.
    pub anchors: [Cell; 2],
    /// Target ratios against each anchor, if any.
    pub targets: [Option<f64>; 2],
}

pub struct Report {
    notes: Vec<String>,
    sections: Vec<Section>,
    /// Every ratio of the main tables, in order: `(name, value)`.
    summary: Vec<(String, Option<f64>)>,
    targets: Vec<Target>,
}

impl Report {
    pub fn new(settings: &Settings) -> Self {
        let mode = if settings.quick {
            "quick (smoke test: tiny sizes, one repetition; the figures mean little)".to_owned()
        } else {
            "full".to_owned()
        };
        Report { notes: vec![format!("mode: {mode}")], sections: Vec::new(), summary: Vec::new(), targets: Vec::new() }
    }

    /// A line of the list under the report's title.
    pub fn note(&mut self, note: impl Into<String>) {
        self.notes.push(note.into());
    }

    pub fn push(&mut self, section: Section) {
        self.sections.push(section);
    }

    /// Records a ratio for the `SUMMARY` line (and, with a limit, as a target); returns its cell
    /// text, with the verdict when there is a target.
    pub fn ratio(&mut self, name: &str, ratio: &Cell, limit: Option<f64>) -> String {
        let value = ratio.value();
        self.summary.push((name.to_owned(), value));
        match limit {
            None => ratio.to_string(),
            Some(limit) => {
                self.targets.push(Target { name: name.to_owned(), ratio: value, limit });
                match value {
                    Some(v) if v <= limit => format!("**{}** (met)", format_ratio(v)),
                    Some(v) => format!("**{}** (missed)", format_ratio(v)),
                    None => "- (not measured)".to_owned(),
                }
            }
        }
    }

    /// A row of ours against both anchors in `section`, whose header is the main table's.
    pub fn compare(&mut self, section: &mut Section, comparison: Comparison) {
        let Comparison { label, key, ours, anchors, targets } = comparison;
        let names = ["progenitor", "openapi_generator"];
        let mut cells = vec![label, ours.to_string()];
        let mut target_text = Vec::new();
        for ((anchor, name), limit) in anchors.iter().zip(names).zip(targets) {
            let ratio = Cell::ratio(&ours, anchor);
            cells.push(anchor.to_string());
            cells.push(self.ratio(&format!("{key}_vs_{name}"), &ratio, limit));
            if let Some(limit) = limit {
                target_text.push(format!("≤ {limit} vs {}", if name == "progenitor" { "progenitor" } else { "OAG" }));
            }
        }
        cells.push(target_text.join(", "));
        section.row(cells);
    }

    pub fn render(&self) -> String {
        let mut out = String::from("# `cargo xtask bench`\n\n");
        for note in &self.notes {
            out.push_str(&format!("- {note}\n"));
        }
        for section in &self.sections {
            section.render(&mut out);
        }
        out.push_str("\n## Targets\n\n| ratio | value | target | verdict |\n|---|---|---|---|\n");
        for target in &self.targets {
            let (value, verdict) = match target.ratio {
                Some(v) if v <= target.limit => (format_ratio(v), "met"),
                Some(v) => (format_ratio(v), "missed"),
                None => ("-".to_owned(), "not measured"),
            };
            out.push_str(&format!("| `{}` | {value} | ≤ {} | {verdict} |\n", target.name, target.limit));
        }
        let met = self.targets.iter().filter(|t| t.ratio.is_some_and(|v| v <= t.limit)).count();
        out.push_str(&format!("\n{met} of {} targets met.\n\n", self.targets.len()));
        let pairs: Vec<String> = self
            .summary
            .iter()
            .map(|(name, value)| match value {
                Some(v) => format!("{name}={}", format_ratio(*v)),
                None => format!("{name}=n/a"),
            })
            .collect();
        out.push_str(&format!("SUMMARY {}\n", pairs.join(" ")));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures() {
        assert_eq!(Cell::seconds(Duration::from_millis(45)).to_string(), "45 ms");
        assert_eq!(Cell::seconds(Duration::from_millis(1940)).to_string(), "1.94 s");
        assert_eq!(Cell::kilobytes(23 * 1024 + 512).to_string(), "23.5 MiB");
        assert_eq!(Cell::count(1234567).to_string(), "1,234,567");
        assert_eq!(Cell::Nanos(24_850.0).to_string(), "24.85 µs");
        assert_eq!(Cell::ratio(&Cell::text("failed"), &Cell::count(3)).to_string(), "-");
    }

    #[test]
    fn ends_with_the_summary_line() {
        let settings =
            Settings { quick: true, generation_runs: 1, corpus_runs: 1, check_runs: 1, synthetic_sizes: vec![1, 4] };
        let mut report = Report::new(&settings);
        let mut section = Section::new("t", &["measure", "ours", "p", "ours / p", "o", "ours / o", "target"]);
        report.compare(
            &mut section,
            Comparison {
                label: "generation".to_owned(),
                key: "generation_nexus".to_owned(),
                ours: Cell::seconds(Duration::from_millis(50)),
                anchors: [Cell::seconds(Duration::from_millis(200)), Cell::text("not installed")],
                targets: [Some(0.5), Some(0.1)],
            },
        );
        report.push(section);
        let text = report.render();
        let last = text.lines().last().expect("lines");
        assert_eq!(last, "SUMMARY generation_nexus_vs_progenitor=0.250 generation_nexus_vs_openapi_generator=n/a");
        assert!(text.contains("| `generation_nexus_vs_progenitor` | 0.250 | ≤ 0.5 | met |"), "{text}");
        assert!(text.contains("1 of 2 targets met."), "{text}");
    }
}
