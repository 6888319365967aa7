//! Regeneration as a reviewed release: the new crate's public API is diffed against the one
//! recorded for its current version, and the diff decides the version bump, the changelog entry
//! and the new record.
//!
//! - [`surface`]: the public API read from Rust sources;
//! - [`diff`]: the changes between two surfaces, each judged breaking or compatible;
//! - [`version`]: Cargo's SemVer rules (including `0.x`);
//! - [`record`]: `public-api.txt`, the API of the current version;
//! - [`changelog`]: `CHANGELOG.md` entries;
//! - [`semver_checks`]: the second opinion of cargo-semver-checks.

pub mod changelog;
pub mod diff;
pub mod record;
pub mod semver_checks;
pub mod surface;
pub mod version;

use std::collections::BTreeMap;
use std::path::Path;

use diff::{Change, Level};
use record::Record;
use surface::Surface;
use version::Version;

/// The crate's new version and the files that go with it.
pub struct Release {
    pub version: Version,
    /// The version recorded before, if any.
    pub previous: Option<Version>,
    /// `None`: nothing changed (or a first version).
    pub level: Option<Level>,
    pub changes: Vec<Change>,
    /// `CHANGELOG.md` and `public-api.txt`, relative to the crate.
    pub files: Vec<(String, String)>,
}

/// What [`plan`] needs to know about the new crate.
pub struct NewCrate<'a> {
    pub crate_name: &'a str,
    /// `src/` files by path relative to `src/` (`lib.rs`, `types.rs`).
    pub sources: &'a BTreeMap<String, String>,
    /// The document's `info.version`.
    pub api_version: Option<&'a str>,
    /// How the document is named in changelog entries, quoted: "`openapi.yaml`", or "`openapi.yaml`
    /// with the overlay `overlay.yaml`".
    pub spec: &'a str,
    /// The version of a crate generated for the first time.
    pub initial_version: Version,
    /// The crate is written by hand (the runtime), not generated from a document.
    pub hand_written: bool,
}

/// Decides the release of a regenerated crate whose previous state is in `dir`.
pub fn plan(dir: &Path, new: &NewCrate) -> Result<Release, String> {
    let surface = Surface::from_sources(new.sources).map_err(|e| format!("{}: {e}", new.crate_name))?;
    let sources = record::digest(new.sources);
    let previous = previous_record(dir, new.crate_name)?;
    let changelog_path = dir.join(changelog::FILE);
    let existing_changelog = read_optional(&changelog_path)?;
    let date = changelog::today();
    fn context<'a>(new: &'a NewCrate, date: &'a str, old_api: Option<&'a str>) -> changelog::Context<'a> {
        changelog::Context { spec: new.spec, hand_written: new.hand_written, api_versions: (old_api, new.api_version), date }
    }

    let (version, level, changes, changelog) = match &previous {
        None => {
            let entry = changelog::first_entry(new.initial_version, &context(new, &date, None));
            (new.initial_version, None, Vec::new(), changelog::prepend(None, new.crate_name, &entry))
        }
        Some(old) => {
            let changes = diff::diff(&old.surface, &surface);
            let level = if !changes.is_empty() {
                Some(diff::level(&changes))
            } else if old.sources != sources {
                Some(Level::Patch)
            } else {
                None
            };
            match level {
                Some(level) => {
                    let version = old.version.bump(level);
                    let entry = changelog::entry(version, level, &changes, &context(new, &date, old.api_version.as_deref()));
                    let existing = existing_changelog.unwrap_or_else(|| {
                        changelog::prepend(None, new.crate_name, &changelog::untracked_entry(old.version))
                    });
                    let text = changelog::prepend(Some(&existing), new.crate_name, &entry);
                    (version, Some(level), changes, text)
                }
                None => {
                    let text = existing_changelog.unwrap_or_else(|| {
                        let entry = changelog::first_entry(old.version, &context(new, &date, None));
                        changelog::prepend(None, new.crate_name, &entry)
                    });
                    (old.version, None, changes, text)
                }
            }
        }
    };
    let record = Record {
        crate_name: new.crate_name.to_owned(),
        version,
        api_version: new.api_version.map(str::to_owned),
        sources,
        surface,
    };
    Ok(Release {
        version,
        previous: previous.map(|p| p.version),
        level,
        changes,
        files: vec![(changelog::FILE.to_owned(), changelog), (record::FILE.to_owned(), record.to_text())],
    })
}

/// The record of the crate's current version: `public-api.txt`, or, for a crate generated before
/// records existed, its committed sources and `Cargo.toml` version.
fn previous_record(dir: &Path, crate_name: &str) -> Result<Option<Record>, String> {
    let path = dir.join(record::FILE);
    if let Some(text) = read_optional(&path)? {
        return Record::parse(&text).map(Some).map_err(|e| format!("{}: {e}", path.display()));
    }
    let sources = read_sources(&dir.join("src"))?;
    if sources.is_empty() {
        return Ok(None);
    }
    let manifest_path = dir.join("Cargo.toml");
    let manifest = read_optional(&manifest_path)?.unwrap_or_default();
    let version = manifest_version(&manifest).map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    let surface = Surface::from_sources(&sources).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(Some(Record {
        crate_name: crate_name.to_owned(),
        version,
        api_version: None,
        sources: record::digest(&sources),
        surface,
    }))
}

/// `package.version` of a manifest.
pub fn manifest_version(manifest: &str) -> Result<Version, String> {
    let value: toml::Value = toml::from_str(manifest).map_err(|e| e.to_string())?;
    let version = value.get("package").and_then(|p| p.get("version")).and_then(|v| v.as_str());
    Version::parse(version.ok_or("no `package.version`")?)
}

/// The `.rs` files under `src/`, by path relative to it, `/`-separated.
pub fn read_sources(src: &Path) -> Result<BTreeMap<String, String>, String> {
    let mut files = BTreeMap::new();
    let mut pending = vec![src.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(format!("reading {}: {e}", dir.display())),
        };
        for entry in entries {
            let path = entry.map_err(|e| format!("reading {}: {e}", dir.display()))?.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text =
                    std::fs::read_to_string(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
                let relative = path.strip_prefix(src).unwrap_or(&path);
                let name = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
                files.insert(name, text);
            }
        }
    }
    Ok(files)
}

fn read_optional(path: &Path) -> Result<Option<String>, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("reading {}: {e}", path.display())),
    }
}

/// One line per level for terminal output: `minor: Added operations (client methods): ...`.
pub fn summary(release: &Release) -> String {
    let mut lines = Vec::new();
    for ((level, headline), items) in diff::grouped(&release.changes) {
        let names: Vec<&str> = items.iter().take(5).map(|c| c.path.as_str()).collect();
        let more = if items.len() > 5 { format!(" and {} more", items.len() - 5) } else { String::new() };
        lines.push(format!("  {}: {headline}: {}{more}", level.0, names.join(", ")));
    }
    lines.join("\n")
}
