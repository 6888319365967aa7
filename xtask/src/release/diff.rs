//! The semantic diff of two public API surfaces, each change judged breaking or compatible by the
//! rules of the Cargo book's SemVer chapter (the ones cargo-semver-checks implements).

use std::collections::BTreeMap;
use std::fmt;

use super::surface::{kind, parent, split_key, Surface, EXHAUSTIVE, NON_EXHAUSTIVE, PROVIDED};

/// How much a release must bump its version, smallest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Same public API; documentation or behaviour changed.
    Patch,
    /// Only compatible additions.
    Minor,
    /// At least one change that can break a downstream build.
    Major,
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Level::Patch => "patch",
            Level::Minor => "minor",
            Level::Major => "major",
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Action {
    Added,
    Removed,
    Changed,
}

/// One difference between the surfaces, judged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub level: Level,
    pub action: Action,
    /// The fact's kind (`struct`, `field`, `method`, ...).
    pub kind: String,
    /// Its path (`types::Pet`, `types::Pet.name`, `Client::list_pets`).
    pub path: String,
    pub old: Option<String>,
    pub new: Option<String>,
    /// Why it breaks, when that is not obvious from the action.
    pub why: Option<&'static str>,
    /// For a client method: the HTTP method and path of its operation.
    pub route: Option<String>,
}

/// Every change from `old` to `new`, sorted by level (breaking first), then kind and path. A
/// removed or added item's members are not listed again.
pub fn diff(old: &Surface, new: &Surface) -> Vec<Change> {
    let mut changes = Vec::new();
    // Routes name operations; a changed route with the same signature is a patch (the digest).
    let api = |key: &&String| !key.starts_with(kind::ROUTE);
    for (key, old_value) in old.facts.iter().filter(|(k, _)| api(k)) {
        let (kind, path) = split_key(key);
        match new.facts.get(key) {
            None if !parent_also(old, new, kind, path, false) => {
                changes.push(change(Level::Major, Action::Removed, kind, path, Some(old_value), None, None));
            }
            Some(new_value) if new_value != old_value => {
                let (level, why) = judge_change(kind, old_value, new_value);
                changes.push(change(level, Action::Changed, kind, path, Some(old_value), Some(new_value), why));
            }
            _ => {}
        }
    }
    for (key, new_value) in new.facts.iter().filter(|(k, _)| api(k)) {
        let (kind, path) = split_key(key);
        if old.facts.contains_key(key) || parent_also(old, new, kind, path, true) {
            continue;
        }
        let (level, why) = judge_addition(old, kind, path, new_value);
        changes.push(change(level, Action::Added, kind, path, None, Some(new_value), why));
    }
    for change in &mut changes {
        let key = format!("{} {}", kind::ROUTE, change.path);
        change.route = new.facts.get(&key).or_else(|| old.facts.get(&key)).cloned();
    }
    changes.sort_by(|a, b| b.level.cmp(&a.level).then_with(|| (a.action, &a.kind, &a.path).cmp(&(b.action, &b.kind, &b.path))));
    changes
}

/// The level a list of changes requires (`Patch` for none).
pub fn level(changes: &[Change]) -> Level {
    changes.iter().map(|c| c.level).max().unwrap_or(Level::Patch)
}

fn change(
    level: Level,
    action: Action,
    kind: &str,
    path: &str,
    old: Option<&String>,
    new: Option<&String>,
    why: Option<&'static str>,
) -> Change {
    Change {
        level,
        action,
        kind: kind.to_owned(),
        path: path.to_owned(),
        old: old.cloned(),
        new: new.cloned(),
        why,
        route: None,
    }
}

/// A member (field, variant, method) whose owning type was itself added (`added`) or removed:
/// the owner's change says it all.
fn parent_also(old: &Surface, new: &Surface, kind: &str, path: &str, added: bool) -> bool {
    let Some(owner) = parent(kind, path) else { return false };
    let (before, after) = if added { (old, new) } else { (new, old) };
    let owner_in = |surface: &Surface| {
        [kind::STRUCT, kind::ENUM, kind::TRAIT, kind::TYPE]
            .iter()
            .any(|k| surface.facts.contains_key(&format!("{k} {owner}")))
    };
    owner_in(after) && !owner_in(before)
}

fn judge_change<'a>(kind: &str, old: &'a str, new: &'a str) -> (Level, Option<&'static str>) {
    match kind {
        kind::STRUCT | kind::ENUM => {
            // `exhaustive`, `non_exhaustive` or `private fields`, then ` <generics>` if any.
            let split = |value: &'a str| value.split_once(" <").map_or((value, ""), |(meta, generics)| (meta, generics));
            let ((was, old_generics), (now, new_generics)) = (split(old), split(new));
            if old_generics != new_generics {
                (Level::Major, Some("its generic parameters changed"))
            } else if was == EXHAUSTIVE && now != EXHAUSTIVE {
                let why = if now == NON_EXHAUSTIVE && kind == kind::ENUM {
                    "now #[non_exhaustive]: matches outside the crate need a `_` arm"
                } else if now == NON_EXHAUSTIVE {
                    "now #[non_exhaustive]: struct literals outside the crate no longer compile (use `new` and the setters)"
                } else {
                    "it gained private fields: struct literals outside the crate no longer compile"
                };
                (Level::Major, Some(why))
            } else {
                (Level::Minor, None)
            }
        }
        kind::TRAIT_FN if old.strip_suffix(PROVIDED) == Some(new) => {
            (Level::Major, Some("it lost its default body: implementors must now write it"))
        }
        kind::TRAIT_FN if new.strip_suffix(PROVIDED) == Some(old) => (Level::Minor, None),
        _ => (Level::Major, None),
    }
}

fn judge_addition(old: &Surface, kind: &str, path: &str, value: &str) -> (Level, Option<&'static str>) {
    let owner_meta = |surface: &Surface, owner_kind: &str| {
        parent(kind, path).and_then(|owner| surface.facts.get(&format!("{owner_kind} {owner}")).cloned())
    };
    let exhaustive = |meta: Option<String>| meta.is_some_and(|m| m.split(" <").next() == Some(EXHAUSTIVE));
    match kind {
        // Only a struct users could build with a literal before breaks when it gains a field.
        kind::FIELD if exhaustive(owner_meta(old, kind::STRUCT)) => (
            Level::Major,
            Some("the struct is exhaustive with only public fields: struct literals outside the crate no longer compile"),
        ),
        kind::VARIANT if exhaustive(owner_meta(old, kind::ENUM)) => {
            (Level::Major, Some("the enum is exhaustive: matches outside the crate no longer compile"))
        }
        kind::TRAIT_FN if !value.ends_with(PROVIDED) && owner_meta(old, kind::TRAIT).is_some() => {
            (Level::Major, Some("a required method: implementors outside the crate no longer compile"))
        }
        _ => (Level::Minor, None),
    }
}

/// The changes grouped for a human: by level, then by what happened to which kind of item.
pub fn grouped(changes: &[Change]) -> BTreeMap<(std::cmp::Reverse<Level>, String), Vec<&Change>> {
    let mut groups: BTreeMap<_, Vec<&Change>> = BTreeMap::new();
    for change in changes {
        groups.entry((std::cmp::Reverse(change.level), headline(change))).or_default().push(change);
    }
    groups
}

/// What happened, as the start of a changelog line: "Removed fields", "Changed enums: now `#[non_exhaustive]`"...
fn headline(change: &Change) -> String {
    let noun = match change.kind.as_str() {
        kind::MODULE => "modules",
        kind::REEXPORT => "re-exports",
        kind::STRUCT => "structs",
        kind::FIELD => "fields",
        kind::ENUM => "enums",
        kind::VARIANT => "enum variants",
        kind::FN => "functions",
        kind::METHOD if change.path.starts_with("Client::") => "operations (client methods)",
        kind::METHOD => "methods",
        kind::IMPL => "trait implementations",
        kind::TYPE => "type aliases",
        kind::CONST => "constants",
        kind::TRAIT => "traits",
        kind::TRAIT_FN => "trait methods",
        other => other,
    };
    match (change.action, change.why) {
        (Action::Added, None) => format!("Added {noun}"),
        (Action::Removed, _) => format!("Removed {noun}"),
        (Action::Changed, None) => format!("Changed {noun}"),
        (_, Some(why)) => {
            let verb = if change.action == Action::Added { "Added" } else { "Changed" };
            format!("{verb} {noun}: {why}")
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    fn surface(lib: &str) -> Surface {
        let files = BTreeMap::from([("lib.rs".to_owned(), lib.to_owned())]);
        Surface::from_sources(&files).unwrap()
    }

    fn judged(old: &str, new: &str) -> Vec<(Level, Action, String)> {
        diff(&surface(old), &surface(new)).into_iter().map(|c| (c.level, c.action, format!("{} {}", c.kind, c.path))).collect()
    }

    #[test]
    fn fields_added_to_exhaustive_structs_break_and_to_non_exhaustive_ones_do_not() {
        let exhaustive = judged("pub struct A { pub x: i32 }", "pub struct A { pub x: i32, pub y: Option<i32> }");
        assert_eq!(exhaustive, [(Level::Major, Action::Added, "field A.y".to_owned())]);
        let open = judged(
            "#[non_exhaustive] pub struct A { pub x: i32 }",
            "#[non_exhaustive] pub struct A { pub x: i32, pub y: Option<i32> }",
        );
        assert_eq!(open, [(Level::Minor, Action::Added, "field A.y".to_owned())]);
        // A private field already made literals impossible.
        let private = judged("pub struct A { pub x: i32, y: i32 }", "pub struct A { pub x: i32, y: i32, pub z: i32 }");
        assert_eq!(private, [(Level::Minor, Action::Added, "field A.z".to_owned())]);
    }

    #[test]
    fn variants_added_to_exhaustive_enums_break() {
        assert_eq!(judged("pub enum E { A }", "pub enum E { A, B }")[0].0, Level::Major);
        assert_eq!(judged("#[non_exhaustive] pub enum E { A }", "#[non_exhaustive] pub enum E { A, B }")[0].0, Level::Minor);
        let closed = judged("pub enum E { A }", "#[non_exhaustive] pub enum E { A }");
        assert_eq!(closed, [(Level::Major, Action::Changed, "enum E".to_owned())]);
    }

    #[test]
    fn removals_and_changed_types_break_and_additions_do_not() {
        let changes = judged(
            "pub struct A { pub x: i32 } pub struct Gone; impl A { pub fn f(&self) -> i32 { 0 } }",
            "pub struct A { pub x: String } impl A { pub fn f(&self) -> i32 { 0 } pub fn g(&self) {} }",
        );
        assert_eq!(
            changes,
            [
                (Level::Major, Action::Removed, "struct Gone".to_owned()),
                (Level::Major, Action::Changed, "field A.x".to_owned()),
                (Level::Minor, Action::Added, "method A::g".to_owned()),
            ]
        );
    }

    #[test]
    fn members_of_added_or_removed_types_are_not_listed_again() {
        let changes = judged("pub struct A { pub x: i32 }", "pub enum B { One, Two }");
        let kinds: Vec<&str> = changes.iter().map(|c| c.2.as_str()).collect();
        assert_eq!(kinds, ["struct A", "enum B"]);
    }

    #[test]
    fn private_modules_count_only_through_their_re_exports() {
        let lib = "mod inner { pub struct Hidden; pub struct Shown; } pub use inner::Shown; pub mod open { pub struct Open; }";
        let keys: Vec<String> = surface(lib).facts.into_keys().collect();
        assert_eq!(keys, ["mod open", "struct Shown", "struct open::Open", "use Shown"]);
    }

    #[test]
    fn private_fields_and_generics_are_told_apart() {
        let opened = judged("pub struct A { pub x: i32, y: i32 }", "pub struct A { pub x: i32, pub y: i32 }");
        // It can now be built with a literal: compatible, like the field that made it so.
        assert_eq!(
            opened,
            [(Level::Minor, Action::Added, "field A.y".to_owned()), (Level::Minor, Action::Changed, "struct A".to_owned())]
        );
        let closed = diff(&surface("pub struct A { pub x: i32 }"), &surface("pub struct A { pub x: i32, y: i32 }"));
        assert_eq!(closed.len(), 1);
        assert_eq!(closed[0].why, Some("it gained private fields: struct literals outside the crate no longer compile"));
        let generic = diff(&surface("pub struct A<T> { pub x: T }"), &surface("pub struct A<T, U> { pub x: T, pub y: U }"));
        let structs: Vec<_> = generic.iter().filter(|c| c.kind == kind::STRUCT).map(|c| (c.level, c.why)).collect();
        assert_eq!(structs, [(Level::Major, Some("its generic parameters changed"))]);
    }

    #[test]
    fn trait_methods_without_a_default_break_implementors() {
        let changes = judged(
            "pub trait T { fn a(&self); }",
            "pub trait T { fn a(&self); fn b(&self); fn c(&self) {} }",
        );
        let levels: Vec<(Level, &str)> = changes.iter().map(|c| (c.0, c.2.as_str())).collect();
        assert_eq!(levels, [(Level::Major, "trait-fn T::b"), (Level::Minor, "trait-fn T::c")]);
    }

    #[test]
    fn implementations_of_crate_private_traits_are_not_api() {
        let old = "pub struct A;";
        let new = "pub struct A; mod inner { pub(crate) trait Hidden {} pub trait Open {} } pub use inner::Open; \
                   impl inner::Hidden for A {} impl Open for A {}";
        let changes = judged(old, new);
        let kinds: Vec<&str> = changes.iter().map(|c| c.2.as_str()).collect();
        assert_eq!(kinds, ["impl Open for A", "trait Open", "use Open"]);
    }

    #[test]
    fn derives_are_trait_implementations() {
        let changes = judged("#[derive(Clone, Default)] pub struct A;", "#[derive(Clone)] pub struct A;");
        assert_eq!(changes, [(Level::Major, Action::Removed, "impl Default for A".to_owned())]);
    }
}
