//! Walking a folder: every file below it, sorted by file name, hidden
//! files and folders (a leading `.`) skipped, each with its document id
//! (the path relative to the folder, `/`-separated).
//!
//! What a file *is* (document, feed, table, manifest) is decided by the
//! caller; the walk only lists, and turns unreadable entries into warnings.

use super::Warning;
use std::path::{Path, PathBuf};

/// A file found by the walk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The path (the folder as given, joined with the relative path).
    pub path: PathBuf,
    /// The path relative to the folder, `/`-separated.
    pub id: String,
}

/// Lists the files below `root`, in a deterministic order.
pub fn walk(root: &Path) -> (Vec<Found>, Vec<Warning>) {
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    let entries = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in entries {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                let rel = e.path().strip_prefix(root).unwrap_or(e.path());
                let id = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
                files.push(Found { path: e.path().to_path_buf(), id });
            }
            Ok(_) => {}
            Err(e) => {
                let place = e.path().unwrap_or(root).display().to_string();
                let why = match e.io_error() {
                    Some(io) => io.to_string(),
                    None => e.to_string(),
                };
                warnings.push(Warning { place, message: format!("cannot read ({why}); skipped") });
            }
        }
    }
    (files, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn sorted_relative_ids_without_hidden() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let root = dir.path();
        fs::create_dir_all(root.join("b/c"))?;
        fs::create_dir_all(root.join(".git"))?;
        for f in ["z.txt", "a.txt", "b/c/d.txt", "b/a.txt", ".hidden.txt", ".git/x.txt"] {
            fs::write(root.join(f), "x")?;
        }
        let (files, warnings) = walk(root);
        let ids: Vec<_> = files.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, vec!["a.txt", "b/a.txt", "b/c/d.txt", "z.txt"]);
        assert_eq!(files[1].path, root.join("b/a.txt"));
        assert!(warnings.is_empty());
        Ok(())
    }
}
