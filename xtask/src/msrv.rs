//! `cargo xtask msrv`: every crate of the workspace claims a `rust-version` its locked dependency
//! graph builds with.
//!
//! A `rust-version` is a promise to users on older toolchains, and nothing in a normal build
//! checks it: the toolchain at hand is newer, so a dependency that needs a newer Rust than the
//! crate claims goes unnoticed until a user's build fails. This command reads the workspace's
//! `cargo metadata --locked` once and, for each member, walks its dependency closure in the
//! resolve graph (normal and build dependencies; dev-dependencies are not built by a user of the
//! crate), takes the highest `rust-version` a package in it declares, and fails when the crate
//! claims less, or claims nothing.
//!
//! The graph is the workspace's: Cargo.lock's versions, features unified across the members and
//! every platform's dependencies, so it can only overstate what one crate needs alone, never
//! understate it. The generated crates' manifests take their claim from
//! `codegen::templates::RUST_VERSION`, which is checked too, so that a claim too low is seen
//! before the crates are regenerated with it.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Deserialize;

const USAGE: &str = "usage: cargo xtask msrv";

/// The folders whose crates the generator writes (`cargo xtask codegen` and the committed test
/// crates): their `rust-version` is `codegen::templates::RUST_VERSION`. Every other member is
/// one of the workspace's own crates, inheriting `[workspace.package]`'s.
const GENERATED_FOLDERS: &[&str] = &["generated", "tests/auth-crates", "tests/paging-crates"];

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    if let Some(arg) = args.first() {
        return Err(format!("unexpected argument `{arg}`\n\n{USAGE}"));
    }
    let output = Command::new("cargo")
        .args(["metadata", "--format-version", "1", "--locked", "--manifest-path"])
        .arg(root.join("Cargo.toml"))
        .output()
        .map_err(|e| format!("running cargo metadata: {e}"))?;
    if !output.status.success() {
        return Err(format!("cargo metadata --locked failed:\n{}", String::from_utf8_lossy(&output.stderr)));
    }
    let metadata: Metadata =
        serde_json::from_slice(&output.stdout).map_err(|e| format!("reading cargo metadata's output: {e}"))?;
    let crates = audit(&metadata)?;
    let template = RustVersion::parse(codegen::templates::RUST_VERSION).ok_or_else(|| {
        format!("codegen::templates::RUST_VERSION `{}` is not a Rust version", codegen::templates::RUST_VERSION)
    })?;

    let mut failures = Vec::new();
    for group in [Group::Generated, Group::Workspace] {
        let members: Vec<&Crate> = crates.iter().filter(|c| c.group == group).collect();
        // The first crate whose graph needs the most.
        let most = members.iter().filter_map(|c| c.needs.as_ref().map(|n| (c, n))).reduce(|most, next| {
            if next.1.version > most.1.version {
                next
            } else {
                most
            }
        });
        match most {
            Some((krate, need)) => {
                println!("{group}: their dependencies need Rust {} ({})", need.version, need.describe(&krate.name))
            }
            None => println!("{group}: none"),
        }
        // Failures go into the error, each crate's with its claim, its need and what sets it.
        if let (Group::Generated, Some((krate, need))) = (group, most) {
            if template < need.version {
                failures.push(format!(
                    "codegen::templates::RUST_VERSION (codegen/src/templates.rs), which every generated crate claims, is \
                     {template}; the generated crates need {} ({}): raise it",
                    need.version,
                    need.describe(&krate.name)
                ));
            }
        }
        let mut failed = Vec::new();
        for krate in members {
            match krate.problem() {
                Some(problem) => failed.push(problem),
                None => {
                    let needs = krate.needs.as_ref().map_or_else(|| "nothing".to_owned(), |n| n.version.to_string());
                    let claims = krate.claims.map(|c| c.to_string()).unwrap_or_default();
                    println!("  ok {}: claims {claims}, needs {needs}", krate.name);
                }
            }
        }
        if !failed.is_empty() {
            failures.push(format!(
                "{} of the {group} claim no rust-version or less than their dependencies need:\n  {}\n{}",
                failed.len(),
                failed.join("\n  "),
                group.fix()
            ));
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n"))
    }
}

/// The parts of `cargo metadata --format-version 1` read here.
#[derive(Deserialize)]
struct Metadata {
    packages: Vec<Package>,
    workspace_members: Vec<String>,
    workspace_root: PathBuf,
    resolve: Resolve,
}

#[derive(Deserialize)]
struct Package {
    id: String,
    name: String,
    version: String,
    rust_version: Option<String>,
    manifest_path: PathBuf,
}

#[derive(Deserialize)]
struct Resolve {
    nodes: Vec<Node>,
}

#[derive(Deserialize)]
struct Node {
    id: String,
    deps: Vec<NodeDep>,
}

#[derive(Deserialize)]
struct NodeDep {
    pkg: String,
    #[serde(default)]
    dep_kinds: Vec<DepKind>,
}

#[derive(Deserialize)]
struct DepKind {
    /// `null` for a normal dependency, `"dev"` or `"build"`.
    kind: Option<String>,
}

impl NodeDep {
    /// Whether building the crate builds this dependency: everything but a dev-dependency only.
    /// (Without `dep_kinds`, from a Cargo older than 1.41, it counts.)
    fn built(&self) -> bool {
        self.dep_kinds.is_empty() || self.dep_kinds.iter().any(|k| k.kind.as_deref() != Some("dev"))
    }
}

/// A `rust-version`: `major.minor[.patch]`, compared numerically (1.9 < 1.10).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct RustVersion([u64; 3]);

impl RustVersion {
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = [0; 3];
        let mut count = 0;
        for (i, part) in text.trim().split('.').enumerate() {
            // Cargo accepts no pre-release or build metadata here.
            *parts.get_mut(i)? = part.parse().ok()?;
            count = i + 1;
        }
        (count >= 2).then_some(RustVersion(parts))
    }
}

impl fmt::Display for RustVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [major, minor, patch] = self.0;
        if patch == 0 {
            write!(f, "{major}.{minor}")
        } else {
            write!(f, "{major}.{minor}.{patch}")
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    /// Written by the generator: claims `codegen::templates::RUST_VERSION`.
    Generated,
    /// The workspace's own crates: claim `[workspace.package]`'s `rust-version`.
    Workspace,
}

impl Group {
    fn fix(self) -> &'static str {
        match self {
            Group::Generated => {
                "raise RUST_VERSION in codegen/src/templates.rs if it is below their need, then regenerate them: \
                 `cargo xtask codegen`, and UPDATE_GOLDEN=1 for the committed test crates"
            }
            Group::Workspace => {
                "raise `rust-version` in the root Cargo.toml's [workspace.package], which the workspace's crates inherit \
                 (`rust-version.workspace = true`)"
            }
        }
    }
}

impl fmt::Display for Group {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Group::Generated => "generated crates",
            Group::Workspace => "workspace crates",
        })
    }
}

/// One workspace member, its claim and what its dependency graph needs.
#[derive(Debug)]
struct Crate {
    name: String,
    group: Group,
    /// Its manifest, relative to the workspace root.
    manifest: PathBuf,
    claims: Option<RustVersion>,
    /// `None` when no dependency declares a `rust-version`.
    needs: Option<Need>,
}

/// The highest `rust-version` in a crate's dependency closure, and the package declaring it.
#[derive(Debug)]
struct Need {
    version: RustVersion,
    /// `name version` of the (nearest) package declaring it.
    package: String,
    /// The packages between the crate and it, by name.
    path: Vec<String>,
    /// How many other packages of the closure declare the same version.
    others: usize,
}

impl Need {
    /// `uuid 1.29.3, through cocoapp-core -> uuid`.
    fn describe(&self, from: &str) -> String {
        let mut text = format!("{}, through {from}", self.package);
        for name in &self.path {
            text.push_str(" -> ");
            text.push_str(name);
        }
        if self.others > 0 {
            text.push_str(&format!(", and {} other package(s) declaring it", self.others));
        }
        text
    }
}

impl Crate {
    fn problem(&self) -> Option<String> {
        let manifest = self.manifest.display();
        match (&self.claims, &self.needs) {
            (None, Some(need)) => Some(format!(
                "{} ({manifest}): claims no rust-version, needs {} ({})",
                self.name,
                need.version,
                need.describe(&self.name)
            )),
            (None, None) => Some(format!("{} ({manifest}): claims no rust-version", self.name)),
            (Some(claims), Some(need)) if *claims < need.version => Some(format!(
                "{} ({manifest}): claims {claims}, needs {} ({})",
                self.name,
                need.version,
                need.describe(&self.name)
            )),
            _ => None,
        }
    }
}

/// Every workspace member, in the order of `workspace_members`, with what its graph needs.
fn audit(metadata: &Metadata) -> Result<Vec<Crate>, String> {
    let packages: HashMap<&str, &Package> = metadata.packages.iter().map(|p| (p.id.as_str(), p)).collect();
    let nodes: HashMap<&str, &Node> = metadata.resolve.nodes.iter().map(|n| (n.id.as_str(), n)).collect();
    let package = |id: &str| packages.get(id).copied().ok_or_else(|| format!("cargo metadata: no package `{id}`"));
    let version_of = |p: &Package| -> Result<Option<RustVersion>, String> {
        p.rust_version
            .as_deref()
            .map(|v| {
                RustVersion::parse(v)
                    .ok_or_else(|| format!("{} {}: rust-version `{v}` is not a Rust version", p.name, p.version))
            })
            .transpose()
    };
    let generated: Vec<PathBuf> = GENERATED_FOLDERS.iter().map(|f| metadata.workspace_root.join(f)).collect();

    let mut crates = Vec::new();
    for member in &metadata.workspace_members {
        let this = package(member)?;
        // Breadth first, so that the package named for a version is the nearest one declaring it
        // and the path shown is a shortest one. `parent` maps each package reached to the one it
        // was reached from.
        let mut parent: BTreeMap<&str, &str> = BTreeMap::new();
        let mut queue = VecDeque::from([member.as_str()]);
        let mut best: Option<(RustVersion, &str)> = None;
        let mut ties = 0;
        while let Some(id) = queue.pop_front() {
            let node = nodes.get(id).ok_or_else(|| format!("cargo metadata: `{id}` is not in the resolve graph"))?;
            for dep in node.deps.iter().filter(|d| d.built()) {
                let dep_id = dep.pkg.as_str();
                if dep_id == member || parent.contains_key(dep_id) {
                    continue;
                }
                parent.insert(dep_id, id);
                queue.push_back(dep_id);
                // A member's own rust-version is its claim, checked on its own; as a need of the
                // members depending on it, the workspace's claim would be its own proof.
                if metadata.workspace_members.iter().any(|m| m == dep_id) {
                    continue;
                }
                let Some(version) = version_of(package(dep_id)?)? else { continue };
                match best {
                    Some((most, _)) if version < most => {}
                    Some((most, _)) if version == most => ties += 1,
                    _ => {
                        best = Some((version, dep_id));
                        ties = 0;
                    }
                }
            }
        }
        let needs = match best {
            Some((version, id)) => {
                let found = package(id)?;
                let mut path = Vec::new();
                let mut at = id;
                while at != member {
                    path.push(package(at)?.name.clone());
                    at = parent[at];
                }
                path.reverse();
                Some(Need { version, package: format!("{} {}", found.name, found.version), path, others: ties })
            }
            None => None,
        };
        let dir = this.manifest_path.parent().and_then(Path::parent);
        let group =
            if generated.iter().any(|g| Some(g.as_path()) == dir) { Group::Generated } else { Group::Workspace };
        let manifest =
            this.manifest_path.strip_prefix(&metadata.workspace_root).unwrap_or(&this.manifest_path).to_path_buf();
        crates.push(Crate { name: this.name.clone(), group, manifest, claims: version_of(this)?, needs });
    }
    Ok(crates)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn package(name: &str, rust_version: Option<&str>, manifest: &str) -> serde_json::Value {
        json!({
            "id": format!("{name} 1.0.0"),
            "name": name,
            "version": "1.0.0",
            "rust_version": rust_version,
            "manifest_path": format!("/ws/{manifest}"),
        })
    }

    fn dep(name: &str, kinds: &[Option<&str>]) -> serde_json::Value {
        let kinds: Vec<_> = kinds.iter().map(|k| json!({ "kind": k, "target": null })).collect();
        json!({ "pkg": format!("{name} 1.0.0"), "dep_kinds": kinds })
    }

    /// A generated crate `gen` (claims 1.75) using `client`, which uses `url`, which uses `icu`
    /// (1.88) and `idna` (1.88, reached later); a dev-dependency `mock` (1.90) that must not
    /// count; `app`, a workspace crate claiming nothing, with a build-dependency `cc` (1.80) and
    /// `lib`, another member, whose claim (1.95) is not a need of `app`.
    fn metadata() -> Metadata {
        let value = json!({
            "workspace_root": "/ws",
            "workspace_members": ["gen 1.0.0", "app 1.0.0", "lib 1.0.0"],
            "packages": [
                package("gen", Some("1.75"), "generated/gen/Cargo.toml"),
                package("app", None, "app/Cargo.toml"),
                package("lib", Some("1.95"), "lib/Cargo.toml"),
                package("client", Some("1.64.0"), "reg/client/Cargo.toml"),
                package("url", Some("1.63"), "reg/url/Cargo.toml"),
                package("icu", Some("1.88"), "reg/icu/Cargo.toml"),
                package("idna", Some("1.88.0"), "reg/idna/Cargo.toml"),
                package("mock", Some("1.90"), "reg/mock/Cargo.toml"),
                package("cc", Some("1.80"), "reg/cc/Cargo.toml"),
                package("old", None, "reg/old/Cargo.toml"),
            ],
            "resolve": { "nodes": [
                { "id": "gen 1.0.0", "deps": [dep("client", &[None]), dep("mock", &[Some("dev")])] },
                { "id": "app 1.0.0", "deps": [dep("cc", &[Some("build")]), dep("old", &[None, Some("dev")]), dep("lib", &[None])] },
                { "id": "lib 1.0.0", "deps": [dep("cc", &[None])] },
                { "id": "client 1.0.0", "deps": [dep("url", &[None]), dep("old", &[None])] },
                { "id": "url 1.0.0", "deps": [dep("icu", &[None]), dep("client", &[None])] },
                { "id": "icu 1.0.0", "deps": [dep("idna", &[None])] },
                { "id": "idna 1.0.0", "deps": [] },
                { "id": "mock 1.0.0", "deps": [] },
                { "id": "cc 1.0.0", "deps": [] },
                { "id": "old 1.0.0", "deps": [] },
            ]},
        });
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn versions_compare_numerically() {
        let v = |s| RustVersion::parse(s).unwrap();
        assert!(v("1.9") < v("1.10"));
        assert_eq!(v("1.88"), v("1.88.0"));
        assert!(v("1.88") < v("1.88.1"));
        assert_eq!(v("1.88.0").to_string(), "1.88");
        assert_eq!(v("1.56.1").to_string(), "1.56.1");
        for bad in ["1", "", "1.x", "1.2.3.4", "1.75-beta"] {
            assert_eq!(RustVersion::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_need_is_the_highest_of_the_built_closure() {
        let crates = audit(&metadata()).unwrap();
        let generated = &crates[0];
        assert_eq!((generated.name.as_str(), generated.group), ("gen", Group::Generated));
        assert_eq!(generated.manifest, Path::new("generated/gen/Cargo.toml"));
        let need = generated.needs.as_ref().unwrap();
        // 1.88, not the dev-dependency's 1.90; the nearest package declaring it, by a shortest path.
        assert_eq!(need.version, RustVersion::parse("1.88").unwrap());
        assert_eq!(need.package, "icu 1.0.0");
        assert_eq!(need.path, ["client", "url", "icu"]);
        assert_eq!(need.others, 1);
        assert_eq!(
            need.describe("gen"),
            "icu 1.0.0, through gen -> client -> url -> icu, and 1 other package(s) declaring it"
        );
        let problem = generated.problem().unwrap();
        assert!(
            problem.starts_with("gen (generated/gen/Cargo.toml): claims 1.75, needs 1.88 (icu 1.0.0, through"),
            "{problem}"
        );
    }

    #[test]
    fn build_dependencies_count_and_a_missing_claim_fails() {
        let crates = audit(&metadata()).unwrap();
        let app = &crates[1];
        assert_eq!(app.group, Group::Workspace);
        // `old` declares nothing; `cc`, a build-dependency, is compiled by the same toolchain;
        // `lib` is a member: its claim is not a need, its dependencies are.
        let need = app.needs.as_ref().unwrap();
        assert_eq!((need.version, need.package.as_str()), (RustVersion::parse("1.80").unwrap(), "cc 1.0.0"));
        assert_eq!(crates[2].needs.as_ref().unwrap().path, ["cc"]);
        assert!(app
            .problem()
            .unwrap()
            .starts_with("app (app/Cargo.toml): claims no rust-version, needs 1.80 (cc 1.0.0"));
    }

    #[test]
    fn a_claim_at_or_above_the_need_passes() {
        let mut metadata = metadata();
        for (name, claim) in [("gen", "1.88.0"), ("app", "1.80")] {
            metadata.packages.iter_mut().find(|p| p.name == name).unwrap().rust_version = Some(claim.to_owned());
        }
        let crates = audit(&metadata).unwrap();
        assert!(crates.iter().all(|c| c.problem().is_none()), "{crates:?}");
    }
}
