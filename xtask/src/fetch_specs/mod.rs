//! `cargo xtask fetch-specs`: refreshes the specs that are published documents.
//!
//! An API whose `api.toml` names an `upstream` URL keeps the document published there as its spec
//! file, as is. This command downloads it, normalizes it the way the project stores it (sorted
//! keys, the stored file's format), shows what changed and replaces the spec file. Specs written by
//! the project (`source` in api.toml, no `upstream`) are never touched.

mod http;
mod normalize;
mod replace;

use std::path::{Path, PathBuf};

use crate::specs::{select_apis, Api};

const USAGE: &str = "usage: cargo xtask fetch-specs [--api NAME] [--dry-run] [--specs DIR]";
/// Diff lines shown per API.
const DIFF_LINES: usize = 80;

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let flags = crate::Flags::parse(args, &["--api", "--specs"], &["--dry-run"])
        .map_err(|e| format!("{}\n\n{USAGE}", e.lines().next().unwrap_or_default()))?;
    let dry_run = flags.has("--dry-run");
    let specs = flags.value("--specs").map_or_else(|| root.join("specs"), PathBuf::from);
    if !specs.is_dir() {
        return Err(format!("{} is not a folder (the specs folder: one specs/<api>/ per API)", specs.display()));
    }
    let apis = select_apis(&specs, flags.value("--api"))?;
    if apis.is_empty() {
        println!("no APIs under {} (each needs <api>/api.toml)", specs.display());
        return Ok(());
    }
    let fetched = apis.iter().filter(|a| a.upstream.is_some()).count();
    let http = if fetched > 0 { Some(http::Http::new()) } else { None };
    let mut failed = Vec::new();
    let mut replaced = 0;
    for api in &apis {
        let (Some(url), Some(http)) = (&api.upstream, &http) else {
            let source = api.source.as_deref().unwrap_or("none recorded");
            println!(
                "{}: skipped: no `upstream` in api.toml: the spec is maintained by hand (source: {source})",
                api.name()
            );
            continue;
        };
        match refresh(http, api, url, dry_run) {
            Ok(Outcome::UpToDate) => {}
            Ok(Outcome::Changed) => replaced += usize::from(!dry_run),
            Err(message) => {
                eprintln!("error: {}: {message}", api.name());
                failed.push(api.name());
            }
        }
    }
    if fetched == 0 {
        println!("no API has an `upstream` in api.toml: nothing to fetch");
    }
    if replaced > 0 {
        println!("{replaced} spec(s) replaced; run `cargo xtask codegen` to regenerate");
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("fetch-specs failed for {} of {fetched} APIs: {}", failed.len(), failed.join(", ")))
    }
}

enum Outcome {
    UpToDate,
    /// Replaced, or would have been (`--dry-run`).
    Changed,
}

fn refresh(http: &http::Http, api: &Api, url: &str, dry_run: bool) -> Result<Outcome, String> {
    let name = api.name();
    let spec = &api.spec;
    let format = normalize::Format::of(spec)?;
    let stored = match std::fs::read(spec) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(format!("reading {}: {e}", spec.display())),
    };
    let body = http.get(url).map_err(|e| format!("GET {url}: {e}"))?;
    let text = normalize::normalize(&body, format).map_err(|e| format!("{url}: {e}"))?;
    if stored.as_deref() == Some(text.as_bytes()) {
        println!("{name}: up to date ({})", spec.display());
        return Ok(Outcome::UpToDate);
    }
    let old = stored.as_deref().map(String::from_utf8_lossy).unwrap_or_default();
    let labels = (format!("{} (stored)", spec.display()), format!("{url} (fetched, normalized)"));
    let diff = crate::diff::unified(&old, &text, (&labels.0, &labels.1), DIFF_LINES);
    let lines = diff.removed + diff.added;
    let new = if stored.is_some() { "" } else { " (new file)" };
    println!(
        "{name}: {}{new}: {lines} line(s) changed ({} removed, {} added)",
        spec.display(),
        diff.removed,
        diff.added
    );
    println!("{}", diff.text);
    if dry_run {
        println!("{name}: dry run: {} left as it is", spec.display());
    } else {
        replace::replace(spec, text.as_bytes()).map_err(|e| format!("replacing {}: {e}", spec.display()))?;
        println!("{name}: replaced {}", spec.display());
    }
    Ok(Outcome::Changed)
}
