//! Writing a report safely: to a temporary file in the target folder, then
//! renamed over the target, so a failed or interrupted run never leaves a
//! half-written report in place of a good one; and never over an input.

use crate::error::{Error, Result};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

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
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let err = |m: String| Error::Output { path: shown.clone(), message: m };
    let mut tmp = tempfile::Builder::new()
        .prefix(".claimdiff-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| err(e.to_string()))?;
    {
        let mut w = BufWriter::new(tmp.as_file_mut());
        body(&mut w).and_then(|_| w.flush()).map_err(|e| err(e.to_string()))?;
    }
    tmp.as_file().sync_all().map_err(|e| err(e.to_string()))?;
    tmp.persist(target).map_err(|e| err(e.error.to_string()))?;
    Ok(())
}

/// Whether a file name is one the corpus walk would read as a document.
fn is_document_name(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    !(name.starts_with('.') || name == "manifest.csv" || name.ends_with(".toml"))
}
