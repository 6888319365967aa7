//! The project's commands, run as `cargo xtask <command>`.

mod bench;
mod diff;
mod fetch_specs;
mod msrv;
mod release;
mod prism;
mod specs;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// As `openapi-client-gen`'s: glibc's allocator made generation of large documents grow faster
/// than the document.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;


const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  codegen [--check] [--api NAME] [--specs DIR] [--generated DIR] [--no-semver-checks] [--force]
                          regenerate every crate in generated/ from specs/<api>/, deciding each
                          crate's version bump and CHANGELOG.md entry from its public API diff
                          (confirmed by cargo-semver-checks when installed)
                          (--check: change nothing, fail if generated/ is stale or a crate's API
                          changed without a version bump; --force: write into crate folders
                          without the generator's .codegen-output marker)
  fetch-specs [--api NAME] [--dry-run] [--specs DIR]
                          download the published document of every API whose api.toml names an
                          `upstream`, normalize it, show the diff and replace its spec file
                          (--dry-run: show only; specs written by hand are skipped)
  generate ...            the installable command's `generate` (cli/: `openapi-client-gen
                          generate --help` lists its flags): one document, or an api.toml
                          with --config, to one client crate
  prism [--api NAME] [--no-upstream] [--dynamic] [--verbose]
                          call every operation of every generated client against a Prism mock
                          of its document (npm ci's Prism; writes target/prism/report.md)
  msrv                    check that every workspace crate (generated ones included) claims a
                          rust-version at least as high as its locked dependency graph needs
  bench [--quick]         generation speed, compile time and client overhead against
                          progenitor and OpenAPI Generator (writes target/bench/report.md)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        // The installable command's `generate`, for use from the checkout.
        Some("generate") => {
            let command = ["openapi-client-gen".to_owned(), "generate".to_owned()];
            return openapi_client_gen::run(command.into_iter().chain(args[1..].iter().cloned()));
        }
        Some("codegen") => specs::codegen(&workspace_root(), &args[1..]),
        Some("fetch-specs") => fetch_specs::run(&workspace_root(), &args[1..]),
        Some("msrv") => msrv::run(&workspace_root(), &args[1..]),
        Some("bench") => bench::run(&workspace_root(), &args[1..]),
        Some("prism") => prism::run(&workspace_root(), &args[1..]),
        Some("help" | "--help" | "-h") | None => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            // Diagnostics already say `error: `.
            if message.starts_with("error: ") {
                eprintln!("{message}");
            } else {
                eprintln!("error: {message}");
            }
            ExitCode::FAILURE
        }
    }
}

/// The checkout the command acts on, found when it runs (never the path it was built from, so a
/// copy of the checkout sharing a target folder acts on itself): `cargo run`, which `cargo xtask`
/// is an alias of, says where the xtask package is; otherwise the nearest folder holding
/// `xtask/Cargo.toml`, from the current folder up.
fn workspace_root() -> PathBuf {
    let from_cargo = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from).and_then(|xtask| {
        let root = xtask.parent()?.to_path_buf();
        root.join("xtask").join("Cargo.toml").is_file().then_some(root)
    });
    let from_here = || {
        let here = std::env::current_dir().ok()?;
        here.ancestors().find(|dir| dir.join("xtask").join("Cargo.toml").is_file()).map(Path::to_path_buf)
    };
    from_cargo.or_else(from_here).unwrap_or_else(|| PathBuf::from("."))
}

/// Command-line flags: `--name value` pairs and bare `--switch`es.
struct Flags {
    pairs: Vec<(String, String)>,
    switches: Vec<String>,
}

impl Flags {
    fn parse(args: &[String], with_value: &[&str], switches: &[&str]) -> Result<Self, String> {
        let mut flags = Flags { pairs: Vec::new(), switches: Vec::new() };
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            let (name, inline) = match arg.split_once('=') {
                Some((name, value)) => (name, Some(value.to_owned())),
                None => (arg.as_str(), None),
            };
            if with_value.contains(&name) {
                let value = match inline {
                    Some(value) => value,
                    None => iter.next().cloned().ok_or_else(|| format!("`{name}` needs a value"))?,
                };
                flags.pairs.push((name.to_owned(), value));
            } else if switches.contains(&name) && inline.is_none() {
                flags.switches.push(name.to_owned());
            } else {
                return Err(format!("unexpected argument `{arg}`\n\n{USAGE}"));
            }
        }
        Ok(flags)
    }

    fn value(&self, name: &str) -> Option<&str> {
        self.pairs.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    fn has(&self, name: &str) -> bool {
        self.switches.iter().any(|s| s == name)
    }
}
