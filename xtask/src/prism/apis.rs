//! Which documents the run covers, each with the generator configuration `cargo xtask codegen`
//! uses for it: the project's APIs (`specs/<api>/api.toml`) and the published documents in
//! `../shared/corpus/upstream/`.

use std::path::{Path, PathBuf};

/// One document to check.
pub struct Target {
    /// `cocoapp-core`, or `upstream/cocoapp-core.openapi.yaml`.
    pub name: String,
    pub spec: PathBuf,
    pub config: codegen::Config,
    /// The committed crate (`generated/<crate>`) for the project's APIs; `None` for documents
    /// whose crate this run generates.
    pub committed_crate: Option<PathBuf>,
    /// A project API: its failures fail the command.
    pub gating: bool,
    /// The document Prism is given instead of `spec` (the control API's).
    pub served: Option<PathBuf>,
    /// The control API: its verdicts must be the ones its served document expects.
    pub control: bool,
}

impl Target {
    /// A file-system friendly name.
    pub fn slug(&self) -> String {
        self.name.replace(['/', '.'], "-")
    }
}

/// The project's APIs, in folder order, configured as `cargo xtask codegen` configures them.
pub fn project_targets(root: &Path) -> Result<Vec<Target>, String> {
    let apis = crate::specs::read_apis(&root.join("specs"))?;
    Ok(apis
        .into_iter()
        .map(|api| Target {
            name: api.name(),
            committed_crate: Some(root.join("generated").join(&api.config.crate_name)),
            spec: api.spec,
            config: api.config,
            gating: true,
            served: None,
            control: false,
        })
        .collect())
}

/// The published documents in `../shared/corpus/upstream/`, each with the configuration of the
/// project API it is the published version of (by file name: `clientxcms.api-docs.json` goes
/// with `specs/clientxcms/`), under a crate name of its own.
pub fn upstream_targets(root: &Path, projects: &[Target]) -> Vec<Target> {
    let dir = root.join("..").join("shared").join("corpus").join("upstream");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "json" || e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|spec| {
            let file = spec.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let stem = file.split('.').next().unwrap_or_default().to_owned();
            let mut config = match projects.iter().find(|p| p.name == stem) {
                Some(project) => project.config.clone(),
                None => codegen::Config::new(stem.clone()),
            };
            config.crate_name = format!("{}-upstream", config.crate_name);
            Target {
                name: format!("upstream/{file}"),
                spec,
                config,
                committed_crate: None,
                gating: false,
                served: None,
                control: false,
            }
        })
        .collect()
}

/// The control API (`xtask/src/prism/control/`): a client generated from `client.yaml`, judged by
/// Prism against `served.yaml`, which differs on purpose; it shows the judge still catches what
/// it must (a violation, a decode failure, a refused credential) and lets the rest pass.
pub fn control_target(root: &Path) -> Target {
    let dir = root.join("xtask").join("src").join("prism").join("control");
    Target {
        name: "control".to_owned(),
        spec: dir.join("client.yaml"),
        config: codegen::Config::new("prism-control"),
        committed_crate: None,
        gating: false,
        served: Some(dir.join("served.yaml")),
        control: true,
    }
}
