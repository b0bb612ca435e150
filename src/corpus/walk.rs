//! Walking a folder: every file below it, sorted by file name, hidden
//! files and folders (a leading `.`) skipped, each with its document id
//! (the path relative to the folder, `/`-separated).
//!
//! What a file *is* (document, feed, table, manifest) is decided by the
//! caller; the walk only lists, and turns unreadable entries into warnings.

use super::Warning;
use rayon::prelude::*;
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
///
/// The folders directly under `root` are walked in parallel (a large corpus
/// is many folders; reading them is system calls, not computation) and
/// their lists joined in name order, which gives exactly the order, files
/// and warnings of one walk from `root` ([`walk_one`]): the one thing a
/// folder's own walk cannot see is a link back to `root` itself, an
/// ancestor of every folder, which is reported as that walk would.
pub fn walk(root: &Path) -> (Vec<Found>, Vec<Warning>) {
    let (Some(children), Ok(handle)) = (children(root), same_file::Handle::from_path(root)) else {
        return walk_one(root);
    };
    let parts: Vec<(Vec<Found>, Vec<Warning>)> =
        children.par_iter().map(|child| walk_below(root, &handle, child)).collect();
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    for (f, w) in parts {
        files.extend(f);
        warnings.extend(w);
    }
    (files, warnings)
}

/// The entries directly under `root` not hidden, sorted by name as the
/// walk sorts them; `None` when `root` is not a folder that can be read
/// whole (a file, a link loop, an unreadable folder or entry): [`walk_one`]
/// then says what it is.
fn children(root: &Path) -> Option<Vec<PathBuf>> {
    if !std::fs::metadata(root).ok()?.is_dir() {
        return None;
    }
    let mut names = Vec::new();
    for entry in std::fs::read_dir(root).ok()? {
        let name = entry.ok()?.file_name();
        if !name.to_string_lossy().starts_with('.') {
            names.push(name);
        }
    }
    names.sort();
    Some(names.into_iter().map(|n| root.join(n)).collect())
}

/// The part of `root`'s walk that `child` (an entry directly under it) gives;
/// `handle` is `root`'s.
fn walk_below(root: &Path, handle: &same_file::Handle, child: &Path) -> (Vec<Found>, Vec<Warning>) {
    // Whether an entry is a link (the walk reports its start as one
    // whenever links are followed, so that one is asked of the file system)
    // to a folder that is `root`.
    let to_root = |e: &walkdir::DirEntry| {
        let link = if e.depth() == 0 { child.is_symlink() } else { e.path_is_symlink() };
        link && e.file_type().is_dir() && same_file::Handle::from_path(e.path()).is_ok_and(|h| h == *handle)
    };
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    let mut entries = entries(child);
    while let Some(entry) = entries.next() {
        match entry {
            // A link to `root` is a loop the whole walk would have reported
            // (with its message) and not followed.
            Ok(e) if to_root(&e) => {
                let message = format!(
                    "cannot read (File system loop found: {} points to an ancestor {}); skipped",
                    e.path().display(),
                    root.display()
                );
                warnings.push(Warning { place: e.path().display().to_string(), message });
                entries.skip_current_dir();
            }
            entry => push(root, entry, &mut files, &mut warnings),
        }
    }
    (files, warnings)
}

/// One walk from `root`, on one thread.
fn walk_one(root: &Path) -> (Vec<Found>, Vec<Warning>) {
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    for entry in entries(root) {
        push(root, entry, &mut files, &mut warnings);
    }
    (files, warnings)
}

/// The walk from `start`: links followed, each folder's entries sorted by
/// name, hidden entries below `start` left out.
fn entries(start: &Path) -> walkdir::FilterEntry<walkdir::IntoIter, impl FnMut(&walkdir::DirEntry) -> bool> {
    walkdir::WalkDir::new(start)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
}

/// Adds what one entry of a walk from `root` gives: a file, or a warning.
fn push(root: &Path, entry: walkdir::Result<walkdir::DirEntry>, files: &mut Vec<Found>, warnings: &mut Vec<Warning>) {
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

    /// The parallel walk gives what one walk from the root gives, links and
    /// loops included (the one-thread walk is the old, plain `walkdir` walk).
    #[cfg(unix)]
    #[test]
    fn parallel_walk_is_the_one_thread_walk() -> std::io::Result<()> {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir()?;
        let root = dir.path();
        fs::create_dir_all(root.join("a/deep"))?;
        fs::create_dir_all(root.join("b"))?;
        fs::create_dir_all(root.join(".hidden"))?;
        for f in ["top.txt", "a/1.txt", "a/deep/2.txt", "b/3.txt", "a/.x.txt", ".hidden/4.txt"] {
            fs::write(root.join(f), "x")?;
        }
        symlink(root.join("b/3.txt"), root.join("a/file-link.txt"))?;
        symlink(root.join("b"), root.join("a/deep/sibling"))?;
        symlink(root, root.join("a/deep/to-root"))?;
        symlink(root, root.join("c-to-root"))?;
        symlink(root.join("a"), root.join("a/deep/to-parent"))?;
        symlink(root.join("gone"), root.join("b/broken.txt"))?;
        let (files, warnings) = walk(root);
        let (one_files, one_warnings) = walk_one(root);
        assert_eq!(files, one_files);
        assert_eq!(warnings, one_warnings);
        let ids: Vec<_> = files.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(
            ids,
            vec!["a/1.txt", "a/deep/2.txt", "a/deep/sibling/3.txt", "a/file-link.txt", "b/3.txt", "top.txt"]
        );
        // The broken link (twice: "sibling" is b again), the loops to a
        // parent and to the root in a/deep, and the loop to the root at the top.
        let places: Vec<_> =
            warnings.iter().map(|w| w.place.strip_prefix(&*root.to_string_lossy()).unwrap_or("?")).collect();
        assert_eq!(
            places,
            vec!["/a/deep/sibling/broken.txt", "/a/deep/to-parent", "/a/deep/to-root", "/b/broken.txt", "/c-to-root"]
        );
        let r = root.display();
        assert_eq!(
            warnings[2].message,
            format!("cannot read (File system loop found: {r}/a/deep/to-root points to an ancestor {r}); skipped")
        );
        Ok(())
    }
}
