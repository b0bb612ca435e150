//! The library's error type. Every variant names the file and place the
//! problem is in, and says how to fix it; all of them mean exit code 2.

use std::path::PathBuf;

/// Anything that stops a run (bad usage, unreadable input paths, broken rules).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A path given on the command line does not exist.
    #[error("{path}: no such file or directory (check the path; with no paths the bundled seeds are read)")]
    MissingPath {
        /// The path as given.
        path: PathBuf,
    },
    /// A file or folder could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// What the OS said.
        #[source]
        source: std::io::Error,
    },
    /// A rule, settings, lexicon, manifest or fixture file is malformed.
    #[error("{path}:{line}:{col}: {message}")]
    Config {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        col: usize,
        /// What is wrong and how to fix it.
        message: String,
    },
    /// A document table or manifest is unusable as a whole (missing column, …).
    #[error("{path}: {message}")]
    Input {
        /// The file.
        path: String,
        /// What is wrong and how to fix it.
        message: String,
    },
    /// The output could not be written.
    #[error("cannot write {path}: {message}")]
    Output {
        /// The target file.
        path: String,
        /// Why.
        message: String,
    },
    /// Command-line options that do not fit together.
    #[error("{0}")]
    Usage(String),
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A config error at a byte offset of `text`, turned into line and column.
    pub fn config_at(path: &str, text: &str, offset: usize, message: impl Into<String>) -> Error {
        let (line, col) = crate::text::lines::line_col(text, offset.min(text.len()));
        Error::Config { path: path.to_string(), line: line as usize, col: col as usize, message: message.into() }
    }

    /// A TOML parse error, with the file's line and column.
    pub fn from_toml(path: &str, text: &str, e: &toml::de::Error) -> Error {
        let offset = e.span().map(|s| s.start).unwrap_or(0);
        Error::config_at(path, text, offset, e.message().trim().to_string())
    }
}
