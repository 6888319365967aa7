//! Reading document files from disk, bounded: documents come from other people.
//!
//! Only regular files are read (a device such as `/dev/zero` never ends, a FIFO blocks until
//! someone writes to it), within a byte budget for the whole document, and the files that
//! `$ref`s name only inside the allowed folders (the entry document's, and those the caller adds),
//! symlinks resolved first so that a link cannot point out of them.

use std::io::Read;
use std::path::{Path, PathBuf};

/// The most bytes read for one document: the entry file and every file it refers to, together.
///
/// 32 MiB is about nine times the largest real document the project knows, the corpus' GitHub
/// REST description (3.7 MB, generated in 1 s with a 99 MB peak: some 27 bytes of memory per
/// byte of text). That leaves room for bigger published descriptions while a document at the
/// limit stays under 1 GB of memory; past it, a file is refused from its size, unread.
pub const MAX_DOCUMENT_BYTES: u64 = 32 << 20;

/// Reads a regular file, refusing it if it holds more than `budget` bytes; `budget` is what is
/// left of [`MAX_DOCUMENT_BYTES`] for the document. The error says why, naming `path`.
pub(crate) fn read_regular(path: &Path, budget: u64) -> Result<Vec<u8>, String> {
    let shown = path.display();
    // `metadata` follows symlinks and opens nothing, so a FIFO is refused before `open` would
    // block on it. The type is checked again on the opened file, which is what gets read.
    let metadata = std::fs::metadata(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    check_kind(path, &metadata)?;
    check_size(path, metadata.len(), budget)?;
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    let metadata = file.metadata().map_err(|e| format!("cannot read {shown}: {e}"))?;
    check_kind(path, &metadata)?;
    check_size(path, metadata.len(), budget)?;
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    // A file that grows while it is read is still stopped at the budget.
    file.take(budget.saturating_add(1)).read_to_end(&mut bytes).map_err(|e| format!("cannot read {shown}: {e}"))?;
    check_size(path, bytes.len() as u64, budget)?;
    Ok(bytes)
}

fn check_kind(path: &Path, metadata: &std::fs::Metadata) -> Result<(), String> {
    if metadata.is_file() {
        return Ok(());
    }
    Err(format!(
        "{} is {}, not a regular file; only regular files are read",
        path.display(),
        kind(metadata)
    ))
}

fn check_size(path: &Path, len: u64, budget: u64) -> Result<(), String> {
    if len <= budget {
        return Ok(());
    }
    let limit = MAX_DOCUMENT_BYTES >> 20;
    Err(if budget == MAX_DOCUMENT_BYTES {
        format!("{} is larger than {limit} MiB, the most read for one document", path.display())
    } else {
        format!(
            "{} would take the document past {limit} MiB, the most read for one document and the files it refers to",
            path.display()
        )
    })
}

/// What a file that is not a regular file is, for messages.
fn kind(metadata: &std::fs::Metadata) -> &'static str {
    if metadata.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let file_type = metadata.file_type();
        if file_type.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if file_type.is_char_device() {
            return "a character device";
        }
        if file_type.is_block_device() {
            return "a block device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    "a special file"
}

/// The folders whose files `$ref`s may bring in, symlinks resolved.
#[derive(Debug, Clone)]
pub(crate) struct Roots {
    folders: Vec<PathBuf>,
}

impl Roots {
    /// The folder of the entry document (given as `entry`) and the `extra` ones.
    pub(crate) fn new(entry: &Path, extra: &[PathBuf]) -> Self {
        let entry = canonical(entry);
        let folder = match entry.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            // A document given by a bare file name that does not exist (text parsed from memory).
            _ => PathBuf::from("."),
        };
        let mut folders = vec![canonical(&folder)];
        folders.extend(extra.iter().map(|folder| canonical(folder)));
        Self { folders }
    }

    /// Ok when `file` (already canonical) is inside one of the folders; else why not.
    pub(crate) fn check(&self, file: &Path) -> Result<(), String> {
        // Component-wise: `/a/bc` is not inside `/a/b`.
        if self.folders.iter().any(|folder| file.starts_with(folder)) {
            return Ok(());
        }
        let listed: Vec<String> = self.folders.iter().map(|f| f.display().to_string()).collect();
        Err(format!(
            "{} is outside the folder of the entry document ({}); files elsewhere are read only \
             from folders allowed explicitly (`--allow-ref-root DIR`, or `load::Options::allowed_roots`)",
            file.display(),
            listed.join(", ")
        ))
    }
}

/// `path` with symlinks and `..` resolved, or as given when it does not exist.
pub(crate) fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("codegen-file-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        canonical(&dir)
    }

    #[test]
    fn reads_regular_files_within_the_budget() {
        let dir = scratch("budget");
        let path = dir.join("a.yaml");
        std::fs::write(&path, b"0123456789").unwrap();
        assert_eq!(read_regular(&path, MAX_DOCUMENT_BYTES).unwrap(), b"0123456789");
        assert_eq!(read_regular(&path, 10).unwrap().len(), 10);
        let e = read_regular(&path, 9).unwrap_err();
        assert!(e.contains("a.yaml would take the document past 32 MiB"), "{e}");
        // Sparse: refused from its size alone, nothing is read.
        let big = dir.join("big.json");
        std::fs::File::create(&big).unwrap().set_len(MAX_DOCUMENT_BYTES + 1).unwrap();
        let e = read_regular(&big, MAX_DOCUMENT_BYTES).unwrap_err();
        assert!(e.contains("big.json is larger than 32 MiB"), "{e}");
        let e = read_regular(&dir.join("missing.yaml"), MAX_DOCUMENT_BYTES).unwrap_err();
        assert!(e.starts_with("cannot read ") && e.contains("missing.yaml"), "{e}");
    }

    #[test]
    fn refuses_what_is_not_a_regular_file() {
        let dir = scratch("kinds");
        let e = read_regular(&dir, MAX_DOCUMENT_BYTES).unwrap_err();
        assert!(e.contains("is a directory, not a regular file"), "{e}");
        #[cfg(unix)]
        for (device, what) in [("/dev/zero", "a character device"), ("/dev/urandom", "a character device")] {
            let e = read_regular(Path::new(device), MAX_DOCUMENT_BYTES).unwrap_err();
            assert!(e.starts_with(device) && e.contains(what), "{e}");
        }
    }

    #[test]
    fn roots_contain_the_entry_folder_and_the_extra_ones() {
        let dir = scratch("roots");
        std::fs::create_dir_all(dir.join("api/parts")).unwrap();
        std::fs::create_dir_all(dir.join("apix")).unwrap();
        std::fs::create_dir_all(dir.join("shared")).unwrap();
        let entry = dir.join("api/openapi.yaml");
        std::fs::write(&entry, "openapi: 3.0.0\n").unwrap();
        let roots = Roots::new(&entry, &[]);
        assert!(roots.check(&dir.join("api/parts/a.yaml")).is_ok());
        // A sibling folder whose name starts the same is outside.
        let e = roots.check(&dir.join("apix/a.yaml")).unwrap_err();
        assert!(e.contains("apix/a.yaml is outside the folder of the entry document"), "{e}");
        assert!(e.contains("--allow-ref-root"), "{e}");
        assert!(roots.check(&dir.join("shared/a.yaml")).is_err());
        let roots = Roots::new(&entry, &[dir.join("api/../shared")]);
        assert!(roots.check(&dir.join("shared/a.yaml")).is_ok());
        // A document parsed from memory under a bare name: the current folder.
        let roots = Roots::new(Path::new("not-a-file.yaml"), &[]);
        assert!(roots.check(&canonical(Path::new(".")).join("x.yaml")).is_ok());
    }
}
