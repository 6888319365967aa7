//! `generated/<crate>/CHANGELOG.md`: one entry per version, newest first, written from the API
//! diff so a reviewer reads what breaks before reading the code.

use super::diff::{grouped, Action, Change, Level};
use super::version::Version;

pub const FILE: &str = "CHANGELOG.md";

/// Items listed per line before "and N more" (the full list is in `public-api.txt`'s diff).
const LISTED: usize = 15;

/// What an entry says besides the changes.
pub struct Context<'a> {
    /// The document and its overlays as the entry names them, already quoted: "`openapi.yaml`"
    /// (for a hand-written crate, its source: "`src/lib.rs`").
    pub spec: &'a str,
    /// The crate is written by hand (the runtime), not generated from a document.
    pub hand_written: bool,
    pub api_versions: (Option<&'a str>, Option<&'a str>),
    /// `YYYY-MM-DD`.
    pub date: &'a str,
}

/// The changelog with `entry` put first (after the title), or a new changelog.
pub fn prepend(existing: Option<&str>, crate_name: &str, entry: &str) -> String {
    let title = format!(
        "# Changelog of `{crate_name}`\n\n\
         Written by `cargo xtask codegen` from the diff of the crate's public API at each \
         regeneration. Versions follow Cargo's SemVer rules: before 1.0, a breaking change bumps \
         the minor number (0.1.x -> 0.2.0) and a compatible one the patch number.\n"
    );
    let rest = existing.map(|text| match text.find("\n## ") {
        Some(at) => &text[at + 1..],
        None => "",
    });
    match rest {
        Some(rest) if !rest.is_empty() => format!("{title}\n{entry}\n{rest}"),
        _ => format!("{title}\n{entry}"),
    }
}

/// The entry of the crate's first recorded version.
pub fn first_entry(version: Version, context: &Context) -> String {
    let api = context.api_versions.1.map(|v| format!(" (API version {v})")).unwrap_or_default();
    format!(
        "## {version} ({})\n\nFirst recorded version, {} from {}{api}.\n",
        context.date,
        if context.hand_written { "released" } else { "generated" },
        context.spec
    )
}

/// The entry of a version released before the changelog was kept.
pub fn untracked_entry(version: Version) -> String {
    format!("## {version}\n\nReleased before this changelog was kept.\n")
}

/// The entry of a release decided from `changes`.
pub fn entry(version: Version, level: Level, changes: &[Change], context: &Context) -> String {
    let mut text = format!("## {version} ({})\n\n", context.date);
    let summary = match level {
        Level::Major => "Breaking release",
        Level::Minor => "Compatible additions",
        Level::Patch => "No change to the public API",
    };
    let api = match context.api_versions {
        (Some(old), Some(new)) if old != new => format!(" (API version {old} -> {new})"),
        (_, Some(new)) => format!(" (API version {new})"),
        _ => String::new(),
    };
    let made = if context.hand_written { "released" } else { "regenerated" };
    text.push_str(&format!("{summary}: {made} from {}{api}.\n", context.spec));
    if changes.is_empty() {
        text.push_str(
            "\nDocumentation or request and response handling changed; every public item keeps its \
             signature.\n",
        );
        return text;
    }
    let mut section = None;
    for ((level, headline), items) in grouped(changes) {
        let title = if level.0 == Level::Major { "### Breaking changes" } else { "### Compatible changes" };
        if section != Some(title) {
            text.push_str(&format!("\n{title}\n\n"));
            section = Some(title);
        }
        let mut listed: Vec<String> = items.iter().take(LISTED).map(|c| item(c)).collect();
        if items.len() > LISTED {
            listed.push(format!("and {} more", items.len() - LISTED));
        }
        text.push_str(&format!("- {headline}: {}.\n", listed.join(", ")));
    }
    text
}

fn item(change: &Change) -> String {
    let route = change.route.as_ref().map(|r| format!(" (`{r}`)")).unwrap_or_default();
    match (change.action, &change.old, &change.new) {
        (Action::Changed, Some(old), Some(new)) if change.why.is_none() => {
            format!("`{}`{route}: `{old}` -> `{new}`", change.path)
        }
        (Action::Added | Action::Removed, old, new) if change.kind == "field" => {
            let ty = new.as_ref().or(old.as_ref()).map(|t| format!(": {t}")).unwrap_or_default();
            format!("`{}{ty}`", change.path)
        }
        _ => format!("`{}`{route}", change.path),
    }
}

/// Today's date, or the one `SOURCE_DATE_EPOCH` gives (reproducible builds' convention).
pub fn today() -> String {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    civil_date(seconds.div_euclid(86_400))
}

/// `YYYY-MM-DD` of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_day_counts() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(11_016), "2000-02-29");
        assert_eq!(civil_date(20_779), "2026-11-22");
        assert_eq!(civil_date(-1), "1969-12-31");
    }

    #[test]
    fn entries_go_first_and_older_ones_stay() {
        let first = prepend(None, "pets", "## 0.1.0 (2026-01-01)\n\nFirst.\n");
        let second = prepend(Some(&first), "pets", "## 0.2.0 (2026-02-01)\n\nSecond.\n");
        let at = |needle: &str| second.find(needle).unwrap();
        assert!(second.starts_with("# Changelog of `pets`"));
        assert!(at("## 0.2.0") < at("## 0.1.0"), "{second}");
        assert_eq!(second.matches("# Changelog").count(), 1, "{second}");
        assert!(second.contains("First.") && second.contains("Second."));
    }
}
