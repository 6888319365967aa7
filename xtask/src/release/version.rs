//! Crate versions and how a release level moves them, with Cargo's rules for `0.x`: the left-most
//! non-zero component is the "major" one (0.3.1 -> 0.4.0 breaks, 0.3.1 -> 0.3.2 is compatible).

use std::fmt;

use super::diff::Level;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
}

impl Version {
    /// `MAJOR.MINOR.PATCH`; pre-release and build suffixes are refused (a generated crate's
    /// version is the tool's to decide).
    pub fn parse(text: &str) -> Result<Version, String> {
        let parts: Vec<&str> = text.trim().split('.').collect();
        let number = |part: &str| part.parse::<u64>().ok().filter(|_| part == "0" || !part.starts_with('0'));
        match parts.as_slice() {
            [major, minor, patch] => match (number(major), number(minor), number(patch)) {
                (Some(major), Some(minor), Some(patch)) => Ok(Version { major, minor, patch }),
                _ => Err(format!("`{text}` is not a MAJOR.MINOR.PATCH version")),
            },
            _ => Err(format!("`{text}` is not a MAJOR.MINOR.PATCH version")),
        }
    }

    /// The next version for a release of this level.
    pub fn bump(self, level: Level) -> Version {
        let Version { major, minor, patch } = self;
        match (level, major, minor) {
            (Level::Major, 0, 0) | (Level::Minor, 0, 0) | (Level::Patch, _, _) => {
                Version { major, minor, patch: patch + 1 }
            }
            (Level::Major, 0, _) => Version { major: 0, minor: minor + 1, patch: 0 },
            (Level::Major, _, _) => Version { major: major + 1, minor: 0, patch: 0 },
            (Level::Minor, 0, _) => Version { major: 0, minor, patch: patch + 1 },
            (Level::Minor, _, _) => Version { major, minor: minor + 1, patch: 0 },
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Version {
        Version::parse(text).unwrap()
    }

    #[test]
    fn bumps_follow_cargo_rules_for_zero_versions() {
        let cases = [
            ("0.1.0", Level::Major, "0.2.0"),
            ("0.1.3", Level::Minor, "0.1.4"),
            ("0.1.3", Level::Patch, "0.1.4"),
            ("0.0.3", Level::Major, "0.0.4"),
            ("0.0.3", Level::Minor, "0.0.4"),
            ("1.2.3", Level::Major, "2.0.0"),
            ("1.2.3", Level::Minor, "1.3.0"),
            ("1.2.3", Level::Patch, "1.2.4"),
        ];
        for (from, level, to) in cases {
            assert_eq!(v(from).bump(level), v(to), "{from} {level}");
        }
    }

    #[test]
    fn versions_are_strict() {
        for bad in ["1.2", "1.2.3-beta", "01.2.3", "a.b.c", "", "1.2.3.4"] {
            assert!(Version::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(v(" 10.20.30 ").to_string(), "10.20.30");
    }
}
