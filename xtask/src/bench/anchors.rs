//! The generators we measure: ours (the release binary, and `cargo xtask generate` as users run
//! it) and the anchors,
//! progenitor's CLI and OpenAPI Generator, installed under `target/bench/` when missing.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::{cargo, step, Paths};

/// Longest an install step may take (cargo-progenitor compiles from source).
const INSTALL_TIMEOUT: Duration = Duration::from_secs(40 * 60);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tool {
    /// Our generator, release build: the headline figure.
    Ours,
    /// Our generator through the command users run from the checkout, `cargo xtask generate`
    /// (cargo's start and the `xtask` profile's build: release optimizations, incremental).
    OursCommand,
    Progenitor,
    OpenApiGenerator,
}

impl Tool {
    pub const ANCHORS: [Tool; 2] = [Tool::Progenitor, Tool::OpenApiGenerator];

    pub fn name(self) -> &'static str {
        match self {
            Tool::Ours => "ours",
            Tool::OursCommand => "ours (`cargo xtask generate`)",
            Tool::Progenitor => "progenitor",
            Tool::OpenApiGenerator => "OpenAPI Generator",
        }
    }

    /// For directory and crate names.
    pub fn slug(self) -> &'static str {
        match self {
            Tool::Ours => "ours",
            Tool::OursCommand => "ours-command",
            Tool::Progenitor => "progenitor",
            Tool::OpenApiGenerator => "oag",
        }
    }
}

/// A generator ready to run.
#[derive(Debug, Clone)]
pub struct Generator {
    pub tool: Tool,
    pub program: PathBuf,
    /// Arguments before the generator's own, and the folder they run in (cargo's alias).
    pub launcher: Option<(Vec<String>, PathBuf)>,
    /// What `--version` says, for the report.
    pub version: String,
}

impl Generator {
    /// The command that turns `spec` into a crate named `crate_name` in `out`.
    pub fn command(&self, spec: &Path, out: &Path, crate_name: &str) -> Command {
        let mut command = Command::new(&self.program);
        if let Some((args, dir)) = &self.launcher {
            command.args(args).current_dir(dir);
        }
        match self.tool {
            Tool::Ours | Tool::OursCommand => {
                command.arg("generate").arg("--spec").arg(spec).arg("--out").arg(out);
                command.args(["--crate-name", crate_name, "--crate-version", "0.1.0"]);
            }
            Tool::Progenitor => {
                // A cargo subcommand run directly: its first argument is its own name.
                command.arg("progenitor").arg("-i").arg(spec).arg("-o").arg(out);
                command.args(["-n", crate_name, "-v", "0.1.0"]);
            }
            Tool::OpenApiGenerator => {
                command.args(["generate", "-g", "rust", "-i"]).arg(spec).arg("-o").arg(out);
                command.arg(format!("--additional-properties=packageName={crate_name},packageVersion=0.1.0"));
                // Its validator rejects many real documents (github.json among them) that it
                // generates from fine; skipping it is what its users do, and only makes it faster.
                command.arg("--skip-validate-spec");
            }
        }
        // A backtrace on failure would make failing runs slower than users see them.
        command.env_remove("RUST_BACKTRACE");
        command
    }
}

/// Builds the xtask binary in release (headline) and the `xtask` profile's build that
/// `cargo xtask` runs, so that the command's timings leave out compiling.
pub fn build_ours(paths: &Paths) -> Result<(Generator, Generator), String> {
    let version = format!("this checkout ({})", git_revision(&paths.root));
    for profile in ["release", "xtask"] {
        let status = cargo()
            .current_dir(&paths.root)
            .args(["build", "--quiet", "-p", "xtask", "--profile", profile])
            .status()
            .map_err(|e| format!("running cargo build: {e}"))?;
        if !status.success() {
            return Err(format!("`cargo build -p xtask --profile {profile}` failed"));
        }
    }
    let release = Generator {
        tool: Tool::Ours,
        program: paths.target.join("release").join(format!("xtask{}", std::env::consts::EXE_SUFFIX)),
        launcher: None,
        version: version.clone(),
    };
    let command = Generator {
        tool: Tool::OursCommand,
        program: std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()).into(),
        launcher: Some((vec!["xtask".to_owned()], paths.root.clone())),
        version,
    };
    Ok((release, command))
}

fn git_revision(root: &Path) -> String {
    let output = Command::new("git").current_dir(root).args(["describe", "--always", "--dirty"]).output();
    match output {
        Ok(output) if output.status.success() => String::from_utf8_lossy(&output.stdout).trim().to_owned(),
        _ => "unknown revision".to_owned(),
    }
}

/// progenitor's CLI, `cargo install`ed into `target/bench/tools` when missing (not in quick mode).
pub fn progenitor(paths: &Paths, quick: bool) -> Result<Generator, String> {
    let root = paths.bench.join("tools");
    let program = root.join("bin").join(format!("cargo-progenitor{}", std::env::consts::EXE_SUFFIX));
    if !program.is_file() {
        if quick {
            return Err(format!("progenitor: not installed ({} missing; --quick does not install)", program.display()));
        }
        step("installing cargo-progenitor (cargo install, several minutes)");
        let mut command = cargo();
        command.args(["install", "cargo-progenitor", "--locked", "--root"]).arg(&root);
        run_install(command, &paths.logs().join("install-progenitor.log"))
            .map_err(|e| format!("progenitor: install failed: {e}"))?;
    }
    // Its `--version` is the generated crate's version: ask cargo what it installed.
    let mut list = cargo();
    list.args(["install", "--list", "--root"]).arg(&root);
    let version = version_of(&mut list)
        .map_or_else(|| "cargo-progenitor (version unknown)".to_owned(), |v| v.trim_end_matches(':').to_owned());
    Ok(Generator { tool: Tool::Progenitor, program, launcher: None, version: format!("progenitor: {version}") })
}

/// OpenAPI Generator's rust generator, from the `openapi-generator-cli` pip package (which
/// bundles the jar) in a virtualenv under `target/bench/`; it needs Java (17 here).
pub fn openapi_generator(paths: &Paths, quick: bool) -> Result<Generator, String> {
    let venv = paths.bench.join("openapi-generator-venv");
    let program = venv.join("bin").join("openapi-generator-cli");
    if !program.is_file() {
        if quick {
            return Err(format!(
                "OpenAPI Generator: not installed ({} missing; --quick does not install)",
                program.display()
            ));
        }
        step("installing openapi-generator-cli (pip, in a virtualenv)");
        let log = paths.logs().join("install-openapi-generator.log");
        let mut command = Command::new("python3");
        command.args(["-m", "venv"]).arg(&venv);
        run_install(command, &log).map_err(|e| format!("OpenAPI Generator: creating the virtualenv failed: {e}"))?;
        let mut command = Command::new(venv.join("bin").join("pip"));
        command.args(["install", "--quiet", "openapi-generator-cli==7.*"]);
        run_install(command, &log).map_err(|e| format!("OpenAPI Generator: pip install failed: {e}"))?;
    }
    if version_of(Command::new("java").arg("-version")).is_none() {
        return Err("OpenAPI Generator: `java` not found (it needs Java 11 or later)".to_owned());
    }
    let version = version_of(Command::new(&program).arg("version"))
        .ok_or("OpenAPI Generator: `openapi-generator-cli version` failed (is Java installed?)")?;
    Ok(Generator { tool: Tool::OpenApiGenerator, program, launcher: None, version: format!("OpenAPI Generator: {version} (rust)") })
}

/// The first line a `--version`-like command prints, if it succeeds.
fn version_of(command: &mut Command) -> Option<String> {
    let output = command.output().ok()?;
    if !output.status.success() {
        return None;
    }
    let text = [output.stdout, output.stderr].concat();
    String::from_utf8_lossy(&text).lines().map(str::trim).find(|l| !l.is_empty()).map(str::to_owned)
}

/// Runs an install command with its output in `log`; an error names the log's last lines.
fn run_install(mut command: Command, log: &Path) -> Result<(), String> {
    let outcome = super::timing::run_logged(&mut command, log, INSTALL_TIMEOUT)?;
    if outcome.success {
        Ok(())
    } else {
        Err(format!("{} (see {})", super::timing::failure_reason(log), log.display()))
    }
}
