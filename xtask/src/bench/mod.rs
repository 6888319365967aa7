//! `cargo xtask bench`: not written yet.

use std::path::Path;

pub fn run(_root: &Path, _args: &[String]) -> Result<(), String> {
    Err("`cargo xtask bench` is not implemented yet".to_owned())
}
