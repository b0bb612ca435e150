//! Writing a report safely: to a temporary file in the target folder, then
//! renamed over the target, so a failed or interrupted run never leaves a
//! half-written report in place of a good one; and never over an input.
//!
//! A device or pipe (`-o /dev/null`) is written in place, and a symbolic
//! link through to its file: a rename would replace either with a file.
//!
//! A temporary file is removed when its guard drops, which a signal skips:
//! so every temporary file being written is also listed in [`PENDING`], and
//! the binary's Ctrl-C/SIGTERM handler calls [`remove_pending`] before it
//! exits. Chosen over "the next run sweeps stale temporaries": that would
//! race with another run writing to the same folder.

use crate::error::{Error, Result};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Temporary report files being written right now.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Removes every temporary report file being written (for a signal
/// handler, just before the process exits). Never blocks on a poisoned lock.
pub fn remove_pending() {
    let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    for p in pending.drain(..) {
        let _ = std::fs::remove_file(p);
    }
}

fn set_pending(path: &Path, on: bool) {
    let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    pending.retain(|p| p != path);
    if on {
        pending.push(path.to_path_buf());
    }
}

/// Writes `body` to `target` atomically, or to stdout when `target` is `None`.
/// Refuses a target that is one of `inputs` (or inside the seeds we read).
pub fn write(
    target: Option<&Path>,
    inputs: &[PathBuf],
    body: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let Some(target) = target else {
        let stdout = std::io::stdout();
        let mut lock = BufWriter::new(stdout.lock());
        return match body(&mut lock).and_then(|_| lock.flush()) {
            Ok(()) => Ok(()),
            // A closed pipe (`| head`) is not an error.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(Error::Output { path: "standard output".into(), message: e.to_string() }),
        };
    };
    let shown = target.display().to_string();
    if let Ok(t) = target.canonicalize() {
        for i in inputs {
            if let Ok(i) = i.canonicalize() {
                if t == i || (i.is_dir() && t.starts_with(&i) && !t.is_dir() && is_document_name(&t)) {
                    return Err(Error::Output {
                        path: shown,
                        message: format!("it is an input document ({}); choose another -o", i.display()),
                    });
                }
            }
        }
    }
    let err = |m: String| Error::Output { path: shown.clone(), message: m };
    // A device or a pipe (`-o /dev/null`, `-o /dev/stdout`, a FIFO) is
    // written in place: renaming a file over it would replace the device.
    if std::fs::metadata(target).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        let file = std::fs::OpenOptions::new().write(true).open(target).map_err(|e| err(e.to_string()))?;
        let mut w = BufWriter::new(file);
        return body(&mut w).and_then(|_| w.flush()).map_err(|e| err(e.to_string()));
    }
    // A symbolic link is written through: the file it names gets the
    // report and the link stays a link.
    let target = match std::fs::symlink_metadata(target) {
        Ok(m) if m.file_type().is_symlink() => target.canonicalize().unwrap_or_else(|_| target.to_path_buf()),
        _ => target.to_path_buf(),
    };
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".claimdiff-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| err(e.to_string()))?;
    let tmp_path = tmp.path().to_path_buf();
    set_pending(&tmp_path, true);
    let result = (|| {
        {
            let mut w = BufWriter::new(tmp.as_file_mut());
            body(&mut w).and_then(|_| w.flush()).map_err(|e| err(e.to_string()))?;
        }
        tmp.as_file().sync_all().map_err(|e| err(e.to_string()))?;
        tmp.persist(&target).map_err(|e| err(e.error.to_string()))?;
        Ok(())
    })();
    set_pending(&tmp_path, false);
    result
}

/// Whether a file name is one the corpus walk would read as a document.
fn is_document_name(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    !(name.starts_with('.') || name == "manifest.csv" || name.ends_with(".toml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temporaries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
            .unwrap_or_default();
        names.retain(|n| n.starts_with(".claimdiff-"));
        names
    }

    #[test]
    fn a_write_replaces_the_report_and_an_interrupted_one_leaves_it() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let target = dir.path().join("report.csv");
        std::fs::write(&target, "old report\n")?;
        // What the signal handler does, in the middle of writing.
        let r = write(Some(&target), &[], |w| {
            w.write_all(b"half a new rep")?;
            assert_eq!(temporaries(dir.path()).len(), 1, "the temporary is in the target folder");
            remove_pending();
            Err(std::io::Error::other("interrupted"))
        });
        assert!(r.is_err());
        assert_eq!(std::fs::read_to_string(&target)?, "old report\n");
        assert_eq!(temporaries(dir.path()), Vec::<String>::new());

        // In the same test: `remove_pending` is process-wide, and tests run in parallel.
        std::fs::write(&target, "old\n")?;
        write(Some(&target), &[], |w| w.write_all(b"new\n")).map_err(std::io::Error::other)?;
        assert_eq!(std::fs::read_to_string(&target)?, "new\n");
        assert_eq!(temporaries(dir.path()), Vec::<String>::new());
        assert!(PENDING.lock().map(|p| p.is_empty()).unwrap_or(false));
        #[cfg(unix)]
        a_device_stays_a_device_and_a_link_a_link()?;
        Ok(())
    }

    /// Part of the test above (its `remove_pending` would remove this one's
    /// temporary file if the two ran in parallel).
    #[cfg(unix)]
    fn a_device_stays_a_device_and_a_link_a_link() -> std::io::Result<()> {
        use std::os::unix::fs::FileTypeExt;
        let null = Path::new("/dev/null");
        write(Some(null), &[], |w| w.write_all(b"report\n")).map_err(std::io::Error::other)?;
        assert!(std::fs::symlink_metadata(null)?.file_type().is_char_device(), "/dev/null is still a device");

        let dir = tempfile::tempdir()?;
        let (real, link) = (dir.path().join("real.csv"), dir.path().join("link.csv"));
        std::fs::write(&real, "old\n")?;
        std::os::unix::fs::symlink(&real, &link)?;
        write(Some(&link), &[], |w| w.write_all(b"new\n")).map_err(std::io::Error::other)?;
        assert!(std::fs::symlink_metadata(&link)?.file_type().is_symlink(), "the link stays a link");
        assert_eq!(std::fs::read_to_string(&real)?, "new\n");
        assert_eq!(temporaries(dir.path()), Vec::<String>::new());
        Ok(())
    }

    #[test]
    fn an_input_document_is_never_the_target() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let doc = dir.path().join("a.txt");
        std::fs::write(&doc, "The war killed 5 people.\n")?;
        let r = write(Some(&doc), &[dir.path().to_path_buf()], |w| w.write_all(b"x"));
        let msg = r.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(msg.starts_with(&format!("cannot write {}: it is an input document", doc.display())), "{msg}");
        assert_eq!(std::fs::read_to_string(&doc)?, "The war killed 5 people.\n");
        Ok(())
    }
}
