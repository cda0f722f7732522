//! Reads article folders (txt, md, html) into documents: decoded text, title, byline, marked web
//! boilerplate and the evidence for each article's own date. Uses the extractor to read date words;
//! knows nothing of events, layout or UI, and never writes into an article folder.

use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// Where an article's own date came from, most trusted first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// A dateline or "Published/Updated" line in the text.
    Dateline,
    /// An HTML page's publication metadata.
    Metadata,
    /// A date in the file's path.
    Path,
    /// The latest access date in the article's reference list.
    AccessDates,
    /// The year the other articles of the folder agree on.
    Folder,
    /// The file's modification time.
    Mtime,
    /// Set by the user (`--reference-date` or a correction).
    ReferenceDate,
}

/// An article's own date and the evidence for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentDate {
    /// The date (and time, when the evidence gives one; midnight otherwise).
    pub date: NaiveDateTime,
    /// The kind of evidence.
    pub source: DateSource,
    /// 0.0 – 1.0.
    pub confidence: f32,
    /// The words or path the date was read from, for users to check.
    pub evidence: String,
    /// False when the year is only a guess that the article's own content argues against.
    pub year_known: bool,
}

/// One article, read and decoded.
#[derive(Clone, Debug)]
pub struct Document {
    /// Display path: the path as given, joined with the path under a folder argument.
    pub path: PathBuf,
    /// Decoded text (UTF-8, BOM removed). All offsets point into it.
    pub text: String,
    /// Size of the file on disk, in bytes.
    pub byte_size: u64,
    /// Title: the first real heading or line.
    pub title: String,
    /// Byline, if present.
    pub byline: Option<String>,
    /// The article's own date, if any evidence was found.
    pub date: Option<DocumentDate>,
    /// Byte ranges of web boilerplate, reference lists and URLs (marked, not removed).
    pub boilerplate: Vec<Range<usize>>,
}

/// A problem with one input file; the load goes on without it (or with a best-effort decoding).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoadWarning {
    /// The file concerned.
    pub path: PathBuf,
    /// One line: what is wrong and what was done.
    pub message: String,
}

/// A folder (or file) of articles.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    /// The documents, in sorted path order.
    pub documents: Vec<Document>,
    /// Per-file warnings, sorted by path.
    pub warnings: Vec<LoadWarning>,
}

/// Errors that stop a whole load (a single bad file never does).
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// The path given does not exist.
    #[error("{path}: no such file or folder")]
    NotFound {
        /// The path.
        path: PathBuf,
    },
}

impl Corpus {
    /// Reads a file or a folder recursively.
    pub fn open(path: &Path) -> Result<Self, CorpusError> {
        if !path.exists() {
            return Err(CorpusError::NotFound {
                path: path.to_path_buf(),
            });
        }
        Ok(Self::default())
    }

    /// The bundled sample articles.
    pub fn samples() -> Self {
        Self::default()
    }
}
