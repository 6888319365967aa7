//! Writing a generated crate into a folder without harming what else is there.
//!
//! Every generated crate holds a marker file, [`MARKER`], listing the files the generator wrote.
//! A folder is written into only when it is new, empty, or holds the marker (a previous output);
//! anything else needs `force`. The only files ever deleted are files the previous marker lists
//! that the new generation no longer has: a user's `main.rs` or notes are never touched. Paths
//! are written only below the folder: none of the folders on the way may be a symbolic link.

use std::io::{Error, ErrorKind};
use std::path::{Component, Path, PathBuf};

use crate::GeneratedFile;

/// The marker file at the root of every generated crate.
pub const MARKER: &str = ".codegen-output";

/// A marker larger than this is not one of ours.
const MAX_MARKER_BYTES: u64 = 1 << 20;

const MARKER_HEAD: &str = "\
# Written by codegen: the files it generated in this folder. It writes into a folder again only
# when this file is there, and deletes only files listed here that it no longer generates.
";

/// The marker listing `files` and itself (sorted, one path per line, `/` separators), as
/// [`write()`] writes it.
pub fn marker(files: &[GeneratedFile]) -> GeneratedFile {
    let mut paths: Vec<String> = files.iter().map(|f| slash_path(&f.path)).collect();
    paths.push(MARKER.to_owned());
    paths.sort();
    paths.dedup();
    let mut contents = MARKER_HEAD.to_owned();
    for path in paths {
        contents.push_str(&path);
        contents.push('\n');
    }
    GeneratedFile { path: PathBuf::from(MARKER), contents }
}

/// Writes `files` and the marker listing them under `dir` (created if needed), as the module
/// documentation says.
pub fn write(dir: &Path, files: &[GeneratedFile], force: bool) -> std::io::Result<()> {
    match std::fs::symlink_metadata(dir) {
        Ok(meta) if meta.file_type().is_symlink() => {
            // The link itself is the user's; its target is checked as the folder.
            if !dir.is_dir() {
                return Err(Error::new(ErrorKind::InvalidInput, format!("{} is not a folder", dir.display())));
            }
        }
        Ok(meta) if !meta.is_dir() => {
            return Err(Error::new(ErrorKind::InvalidInput, format!("{} is not a folder", dir.display())));
        }
        Ok(_) => {}
        Err(e) if e.kind() == ErrorKind::NotFound => std::fs::create_dir_all(dir)?,
        Err(e) => return Err(e),
    }
    let previous = read_marker(dir)?;
    if previous.is_none() && !force && std::fs::read_dir(dir)?.next().is_some() {
        return Err(Error::new(
            ErrorKind::AlreadyExists,
            format!(
                "{} is not empty and is not a crate codegen wrote (it has no {MARKER} file); \
                 choose an empty folder, or force writing into it (`--force`: files of the same \
                 name are replaced, no other file is deleted)",
                dir.display()
            ),
        ));
    }
    for file in files {
        check_relative(&file.path)?;
    }
    // The files, then the marker in place of any among them: borrowed, since a large crate's
    // files are tens of megabytes.
    let marker = marker(files);
    let files: Vec<&GeneratedFile> =
        files.iter().filter(|f| f.path != Path::new(MARKER)).chain(std::iter::once(&marker)).collect();
    let new: Vec<String> = files.iter().map(|f| slash_path(&f.path)).collect();
    for old in previous.unwrap_or_default() {
        if new.contains(&old) {
            continue;
        }
        let path = dir.join(&old);
        if below_without_links(dir, &path)? && std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
            std::fs::remove_file(&path)?;
        }
    }
    for file in &files {
        let path = dir.join(&file.path);
        if !below_without_links(dir, &path)? {
            return Err(Error::new(
                ErrorKind::InvalidInput,
                format!("{}: a folder on the way is a symbolic link; not written through it", path.display()),
            ));
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        // Unchanged files are not rewritten, so cargo does not rebuild them.
        if std::fs::read_to_string(&path).is_ok_and(|old| old == file.contents) {
            continue;
        }
        std::fs::write(&path, &file.contents)?;
    }
    Ok(())
}

/// The paths a folder's marker lists, if it has one; entries that are not plain relative paths
/// (`..`, absolute) are ignored, since only a hand could have put them there.
fn read_marker(dir: &Path) -> std::io::Result<Option<Vec<String>>> {
    let path = dir.join(MARKER);
    let meta = match std::fs::symlink_metadata(&path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    if !meta.is_file() || meta.len() > MAX_MARKER_BYTES {
        return Err(Error::new(
            ErrorKind::InvalidData,
            format!("{} is not a marker codegen wrote (not a small regular file)", path.display()),
        ));
    }
    let text = std::fs::read_to_string(&path)?;
    let paths = text
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .filter(|line| check_relative(Path::new(line)).is_ok())
        .map(str::to_owned)
        .collect();
    Ok(Some(paths))
}

fn check_relative(path: &Path) -> std::io::Result<()> {
    let plain = path.components().all(|c| matches!(c, Component::Normal(_)));
    if plain && path.components().next().is_some() {
        Ok(())
    } else {
        Err(Error::new(ErrorKind::InvalidInput, format!("{} is not a path inside the crate", path.display())))
    }
}

/// Whether no folder between `dir` and `path` (both included for `path`'s parents) is a
/// symbolic link, and `path` itself is not one.
fn below_without_links(dir: &Path, path: &Path) -> std::io::Result<bool> {
    let Ok(relative) = path.strip_prefix(dir) else { return Ok(false) };
    let mut at = dir.to_path_buf();
    for component in relative.components() {
        at.push(component);
        match std::fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => return Ok(false),
            Ok(_) => {}
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(true),
            Err(e) => return Err(e),
        }
    }
    Ok(true)
}

fn slash_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("codegen-output-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    fn files(names: &[&str]) -> Vec<GeneratedFile> {
        names.iter().map(|n| GeneratedFile { path: PathBuf::from(n), contents: format!("// {n}\n") }).collect()
    }

    #[test]
    fn a_new_or_empty_folder_is_written() {
        let dir = scratch("new");
        write(&dir, &files(&["Cargo.toml", "src/lib.rs"]), false).unwrap();
        assert_eq!(std::fs::read_to_string(dir.join("src/lib.rs")).unwrap(), "// src/lib.rs\n");
        let listed = std::fs::read_to_string(dir.join(MARKER)).unwrap();
        assert!(listed.ends_with("\n.codegen-output\nCargo.toml\nsrc/lib.rs\n"), "{listed}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_foreign_folder_is_refused_unless_forced_and_nothing_of_it_is_deleted() {
        let dir = scratch("foreign");
        std::fs::create_dir_all(dir.join("src")).unwrap();
        std::fs::write(dir.join("src/main.rs"), "fn main() {}").unwrap();
        std::fs::write(dir.join("Cargo.toml"), "[package]").unwrap();
        let error = write(&dir, &files(&["Cargo.toml", "src/lib.rs"]), false).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::AlreadyExists);
        assert!(error.to_string().contains("has no .codegen-output file") && error.to_string().contains("--force"));
        assert_eq!(std::fs::read_to_string(dir.join("Cargo.toml")).unwrap(), "[package]", "refused, yet written");
        write(&dir, &files(&["Cargo.toml", "src/lib.rs"]), true).unwrap();
        assert_eq!(std::fs::read_to_string(dir.join("src/main.rs")).unwrap(), "fn main() {}");
        assert_eq!(std::fs::read_to_string(dir.join("Cargo.toml")).unwrap(), "// Cargo.toml\n");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_previous_output_loses_only_the_files_it_listed() {
        let dir = scratch("previous");
        write(&dir, &files(&["Cargo.toml", "src/lib.rs", "src/pagination.rs"]), false).unwrap();
        std::fs::write(dir.join("src/mine.rs"), "// mine").unwrap();
        std::fs::write(dir.join("NOTES.md"), "mine").unwrap();
        write(&dir, &files(&["Cargo.toml", "src/lib.rs"]), false).unwrap();
        assert!(!dir.join("src/pagination.rs").exists(), "a file it no longer generates stays");
        assert!(dir.join("src/mine.rs").exists() && dir.join("NOTES.md").exists(), "a user's file was deleted");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_marker_never_leads_outside_the_folder() {
        let dir = scratch("hostile-marker");
        let outside = scratch("hostile-marker-outside");
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("keep.txt"), "keep").unwrap();
        write(&dir, &files(&["Cargo.toml"]), false).unwrap();
        let escape = format!("../{}/keep.txt", outside.file_name().unwrap().to_string_lossy());
        let absolute = outside.join("keep.txt").display().to_string();
        std::fs::write(dir.join(MARKER), format!("{MARKER_HEAD}{escape}\n{absolute}\nCargo.toml\n")).unwrap();
        write(&dir, &files(&["Cargo.toml"]), false).unwrap();
        assert_eq!(std::fs::read_to_string(outside.join("keep.txt")).unwrap(), "keep");
        let _ = std::fs::remove_dir_all(&dir);
        let _ = std::fs::remove_dir_all(&outside);
    }

    #[cfg(unix)]
    #[test]
    fn symbolic_links_inside_the_folder_are_not_written_through() {
        let dir = scratch("link");
        let outside = scratch("link-outside");
        std::fs::create_dir_all(&outside).unwrap();
        write(&dir, &files(&["Cargo.toml"]), false).unwrap();
        std::os::unix::fs::symlink(&outside, dir.join("src")).unwrap();
        let error = write(&dir, &files(&["Cargo.toml", "src/lib.rs"]), false).unwrap_err();
        assert!(error.to_string().contains("symbolic link"), "{error}");
        assert!(!outside.join("lib.rs").exists(), "written through the link");
        let _ = std::fs::remove_dir_all(&dir);
        let _ = std::fs::remove_dir_all(&outside);
    }

    #[test]
    fn paths_outside_the_crate_are_refused() {
        let dir = scratch("outside-path");
        for bad in ["../x.rs", "/tmp/x.rs", ""] {
            let files = [GeneratedFile { path: PathBuf::from(bad), contents: String::new() }];
            assert!(write(&dir, &files, false).is_err(), "{bad:?}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
