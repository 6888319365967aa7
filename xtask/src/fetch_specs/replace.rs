//! Replacing a file so that it is never seen half-written: the new contents go to a temporary
//! file in the same folder, are flushed to disk, and the temporary file is renamed over the old
//! one (atomic on one file system). On any failure the old file is untouched and the temporary
//! file is removed.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub fn replace(path: &Path, contents: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = path.file_name().ok_or_else(|| io::Error::other("not a file path"))?.to_string_lossy();
    let temporary = Temporary(dir.join(format!(".{name}.fetch-specs-{}.tmp", std::process::id())));
    let mut file = OpenOptions::new().write(true).create_new(true).open(&temporary.0)?;
    // The new file keeps the old one's permissions.
    if let Ok(metadata) = fs::metadata(path) {
        file.set_permissions(metadata.permissions())?;
    }
    file.write_all(contents)?;
    file.sync_all()?;
    drop(file);
    fs::rename(&temporary.0, path)?;
    std::mem::forget(temporary);
    // The rename itself reaches the disk with the folder's entry (best effort: not every platform
    // can open a folder).
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Removed when dropped, i.e. unless the rename happened.
struct Temporary(PathBuf);

impl Drop for Temporary {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/xtask-unit-tests/replace").join(name);
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> =
            fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    }

    #[test]
    fn replaces_the_contents_and_leaves_nothing_else() {
        let dir = scratch("ok");
        let spec = dir.join("openapi.yaml");
        fs::write(&spec, "old\n").unwrap();
        replace(&spec, b"new\n").unwrap();
        assert_eq!(fs::read_to_string(&spec).unwrap(), "new\n");
        assert_eq!(entries(&dir), ["openapi.yaml"]);
        // A file that did not exist yet.
        replace(&dir.join("new.json"), b"{}\n").unwrap();
        assert_eq!(entries(&dir), ["new.json", "openapi.yaml"]);
    }

    #[test]
    fn a_failed_rename_leaves_the_old_file_and_no_temporary_file() {
        let dir = scratch("failed");
        // A folder where the file should be: writing the temporary file works, the rename fails.
        let spec = dir.join("openapi.yaml");
        fs::create_dir(&spec).unwrap();
        fs::write(spec.join("kept"), "old").unwrap();
        assert!(replace(&spec, b"new\n").is_err());
        assert_eq!(entries(&dir), ["openapi.yaml"]);
        assert_eq!(fs::read_to_string(spec.join("kept")).unwrap(), "old");
        // A folder that does not exist: nothing created.
        assert!(replace(&dir.join("missing/openapi.yaml"), b"new\n").is_err());
        assert_eq!(entries(&dir), ["openapi.yaml"]);
    }
}
