//! Reads article folders (txt, md, html) into documents: decoded text, title, byline, marked web
//! boilerplate and the evidence for each article's own date. Uses the extractor to read date words;
//! knows nothing of events, layout or UI, and never writes into an article folder.
//!
//! The work is split by stage: `walk` finds and reads files, `decode` turns bytes into text,
//! `html` keeps a page's main text, `boilerplate` marks site furniture, `title` picks title and
//! byline, `dating` weighs the date evidence, `language` tells English from other languages.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::SystemTime;

use chrono::{DateTime, Datelike, Local, NaiveDate, NaiveDateTime, NaiveTime};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

mod boilerplate;
mod dating;
mod decode;
mod front_matter;
mod html;
mod language;
mod title;
mod walk;

pub use boilerplate::{MarkKind, TextMark};
pub use language::Language;

use crate::extract::Reference;
use crate::samples::{SAMPLES, SAMPLES_ROOT};

/// Files larger than this are skipped with a warning (20 MB).
pub const DEFAULT_SIZE_CAP_BYTES: u64 = 20_000_000;

/// Where an article's own date came from, most trusted first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// A dateline or "Published/Updated" line in the text.
    Dateline,
    /// Publication metadata: an HTML page's meta tags or a Markdown file's front matter.
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

impl DateSource {
    /// The name used in output and in the UI (`dateline`, `access_dates`, …).
    pub fn name(self) -> &'static str {
        match self {
            Self::Dateline => "dateline",
            Self::Metadata => "metadata",
            Self::Path => "path",
            Self::AccessDates => "access_dates",
            Self::Folder => "folder",
            Self::Mtime => "mtime",
            Self::ReferenceDate => "reference_date",
        }
    }
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

impl DocumentDate {
    /// A date set by the user (`--reference-date` or a correction): full confidence.
    pub fn reference(date: NaiveDate, evidence: impl Into<String>) -> Self {
        Self {
            date: date.and_time(NaiveTime::MIN),
            source: DateSource::ReferenceDate,
            confidence: 1.0,
            evidence: evidence.into(),
            year_known: true,
        }
    }
}

/// The format an article was read as.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextFormat {
    /// Plain text (`.txt` and anything named explicitly that is not HTML).
    #[default]
    Text,
    /// Markdown (`.md`), kept as written.
    Markdown,
    /// HTML: the text is the page's extracted main text.
    Html,
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
    /// Byte ranges of web boilerplate, reference lists and URLs (marked, not removed): the union of
    /// [`Document::marks`], sorted and non-overlapping.
    pub boilerplate: Vec<Range<usize>>,
    /// The marked ranges with what each is (boilerplate, reference, URL), sorted by start.
    pub marks: Vec<TextMark>,
    /// Whether the article reads as English.
    pub language: Language,
    /// How the file was read.
    pub format: TextFormat,
}

impl Document {
    /// The reference date for the extractor: the article's own date, with its year marked unknown
    /// when the evidence only guesses it.
    pub fn reference(&self) -> Reference {
        match &self.date {
            Some(date) => Reference {
                date: Some(date.date.date()),
                year_known: date.year_known,
            },
            None => Reference::unknown(),
        }
    }

    /// True when `range` lies entirely inside marked boilerplate, a reference list or a URL.
    pub fn is_boilerplate(&self, range: &Range<usize>) -> bool {
        boilerplate::is_covered(&self.boilerplate, range)
    }

    /// How many non-empty lines lie entirely inside marked ranges.
    pub fn boilerplate_line_count(&self) -> usize {
        boilerplate::covered_line_count(&self.text, &self.boilerplate)
    }
}

/// A problem with one input file; the load goes on without it (or with a best-effort decoding).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoadWarning {
    /// The file concerned.
    pub path: PathBuf,
    /// One line: what is wrong and what was done.
    pub message: String,
}

impl LoadWarning {
    /// A warning about `path`.
    pub fn new(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for LoadWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
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
    /// The load was cancelled through [`LoadOptions::cancel`].
    #[error("loading was cancelled")]
    Cancelled,
}

/// Callback for progress: (files done, files in total).
pub type ProgressFn<'a> = &'a (dyn Fn(usize, usize) + Sync);

/// How to load: progress reporting, cancellation, a date for every document, the size cap.
#[derive(Clone, Copy)]
pub struct LoadOptions<'a> {
    /// Called after each file with (files done, files in total), from worker threads.
    pub progress: Option<ProgressFn<'a>>,
    /// When set to true, the load stops soon and returns [`CorpusError::Cancelled`].
    pub cancel: Option<&'a AtomicBool>,
    /// Every document's date (`--reference-date`): overrides all evidence.
    pub reference_date: Option<NaiveDate>,
    /// Files larger than this are skipped with a warning.
    pub size_cap_bytes: u64,
}

impl Default for LoadOptions<'_> {
    fn default() -> Self {
        Self {
            progress: None,
            cancel: None,
            reference_date: None,
            size_cap_bytes: DEFAULT_SIZE_CAP_BYTES,
        }
    }
}

impl std::fmt::Debug for LoadOptions<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadOptions")
            .field("progress", &self.progress.is_some())
            .field("cancel", &self.cancel)
            .field("reference_date", &self.reference_date)
            .field("size_cap_bytes", &self.size_cap_bytes)
            .finish()
    }
}

/// Where one document's bytes come from.
enum Source<'a> {
    File(walk::Input),
    Memory { path: PathBuf, bytes: &'a [u8] },
}

impl Source<'_> {
    fn display_path(&self) -> &Path {
        match self {
            Self::File(input) => &input.display_path,
            Self::Memory { path, .. } => path,
        }
    }
}

/// A document before the folder stage, with what that stage needs.
struct Loaded {
    document: Document,
    modified: Option<SystemTime>,
    /// A dateline without a year, for a document with no other evidence: the folder or the file
    /// time gives its year.
    yearless: Option<dating::Dateline>,
}

impl Corpus {
    /// Reads a file or a folder recursively. A path that does not exist is an error; every other
    /// problem is a warning.
    pub fn open(path: &Path) -> Result<Self, CorpusError> {
        if std::fs::symlink_metadata(path).is_err() {
            return Err(CorpusError::NotFound {
                path: path.to_path_buf(),
            });
        }
        Self::open_paths(&[path.to_path_buf()])
    }

    /// Reads several files and folders as one load (one folder consensus). Missing paths are
    /// warnings.
    pub fn open_paths(paths: &[PathBuf]) -> Result<Self, CorpusError> {
        Self::open_with(paths, &LoadOptions::default())
    }

    /// Reads several files and folders with progress, cancellation and the other options.
    pub fn open_with(paths: &[PathBuf], options: &LoadOptions<'_>) -> Result<Self, CorpusError> {
        let mut warnings = Vec::new();
        let sources = walk::collect_inputs(paths, &mut warnings)
            .into_iter()
            .map(Source::File)
            .collect();
        load(sources, warnings, options)
    }

    /// Reads in-memory files (standard input, the samples) as one load: `(display path, bytes)`.
    pub fn from_memory(
        files: &[(PathBuf, &[u8])],
        options: &LoadOptions<'_>,
    ) -> Result<Self, CorpusError> {
        let sources = files
            .iter()
            .map(|(path, bytes)| Source::Memory {
                path: path.clone(),
                bytes,
            })
            .collect();
        load(sources, Vec::new(), options)
    }

    /// The bundled sample articles (display paths `samples/<name>`).
    pub fn samples() -> Self {
        Self::samples_with(&LoadOptions::default()).unwrap_or_default()
    }

    /// The bundled sample articles, with load options (e.g. a reference date).
    pub fn samples_with(options: &LoadOptions<'_>) -> Result<Self, CorpusError> {
        let files: Vec<(PathBuf, &[u8])> = SAMPLES
            .iter()
            .map(|sample| (Path::new(SAMPLES_ROOT).join(sample.name), sample.bytes))
            .collect();
        Self::from_memory(&files, options)
    }

    /// Sets every document's date (`--reference-date`), overriding all evidence.
    pub fn set_reference_date(&mut self, date: NaiveDate) {
        for document in &mut self.documents {
            document.date = Some(DocumentDate::reference(
                date,
                "reference date given by the user",
            ));
        }
    }

    /// Sets one document's date (a user correction). False when no document has that path.
    pub fn set_document_date(&mut self, path: &Path, date: NaiveDate) -> bool {
        match self.documents.iter_mut().find(|doc| doc.path == path) {
            Some(document) => {
                document.date = Some(DocumentDate::reference(date, "date set by the user"));
                true
            }
            None => false,
        }
    }

    /// The document with this display path.
    pub fn document(&self, path: &Path) -> Option<&Document> {
        self.documents.iter().find(|doc| doc.path == path)
    }
}

fn load(
    sources: Vec<Source<'_>>,
    mut warnings: Vec<LoadWarning>,
    options: &LoadOptions<'_>,
) -> Result<Corpus, CorpusError> {
    let total = sources.len();
    let done = AtomicUsize::new(0);
    let cancelled = || {
        options
            .cancel
            .is_some_and(|flag| flag.load(Ordering::Relaxed))
    };
    if let Some(progress) = options.progress {
        progress(0, total);
    }
    let today = Local::now().date_naive();
    let results: Vec<(Option<Loaded>, Vec<LoadWarning>)> = sources
        .par_iter()
        .map(|source| {
            if cancelled() {
                return (None, Vec::new());
            }
            let result = load_source(source, options.size_cap_bytes, today);
            let finished = done.fetch_add(1, Ordering::Relaxed) + 1;
            if let Some(progress) = options.progress {
                progress(finished, total);
            }
            result
        })
        .collect();
    if cancelled() {
        return Err(CorpusError::Cancelled);
    }
    let mut loaded = Vec::with_capacity(results.len());
    for (document, file_warnings) in results {
        loaded.extend(document);
        warnings.extend(file_warnings);
    }
    let mut documents = date_by_folder(loaded, today);
    if let Some(date) = options.reference_date {
        for document in &mut documents {
            document.date = Some(DocumentDate::reference(
                date,
                "reference date given by the user",
            ));
        }
    }
    documents.sort_by(|a, b| a.path.cmp(&b.path));
    warnings.sort_by(|a, b| a.path.cmp(&b.path).then_with(|| a.message.cmp(&b.message)));
    Ok(Corpus {
        documents,
        warnings,
    })
}

/// Reads, decodes and analyses one source; a failure is a warning instead of a document.
fn load_source(
    source: &Source<'_>,
    size_cap_bytes: u64,
    today: NaiveDate,
) -> (Option<Loaded>, Vec<LoadWarning>) {
    let path = source.display_path();
    let (bytes, byte_size, modified) = match source {
        Source::File(input) => match walk::read_input(input, size_cap_bytes) {
            Ok(file) => (
                std::borrow::Cow::Owned(file.bytes),
                file.byte_size,
                file.modified,
            ),
            Err(reason) => return (None, vec![LoadWarning::new(path, reason)]),
        },
        Source::Memory { bytes, .. } => {
            (std::borrow::Cow::Borrowed(*bytes), bytes.len() as u64, None)
        }
    };
    let format = if walk::is_html_path(path) {
        TextFormat::Html
    } else if path
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("md") || ext.eq_ignore_ascii_case("markdown"))
    {
        TextFormat::Markdown
    } else {
        TextFormat::Text
    };
    let decoded = match decode::decode(&bytes, format == TextFormat::Html) {
        Ok(decoded) => decoded,
        Err(reason) => return (None, vec![LoadWarning::new(path, reason)]),
    };
    let mut warnings: Vec<LoadWarning> = decoded
        .note
        .map(|note| LoadWarning::new(path, note))
        .into_iter()
        .collect();
    let (document, yearless) = analyse(path.to_path_buf(), decoded.text, byte_size, format, today);
    // An empty article still counts (a folder's article count matches its files), with a warning.
    if bytes.is_empty() {
        warnings.push(LoadWarning::new(path, "empty file (0 bytes)"));
    } else if document.text.trim().is_empty() {
        warnings.push(LoadWarning::new(path, "no text"));
    }
    (
        Some(Loaded {
            document,
            modified,
            yearless,
        }),
        warnings,
    )
}

/// Everything read from one document's own text and path (no folder consensus yet), and a dateline
/// without a year when nothing else dates the document.
fn analyse(
    path: PathBuf,
    text: String,
    byte_size: u64,
    format: TextFormat,
    today: NaiveDate,
) -> (Document, Option<dating::Dateline>) {
    let front = if format == TextFormat::Html {
        None
    } else {
        front_matter::read_front_matter(&text)
    };
    let (text, html_title, html_date, html_author, html_url) = if format == TextFormat::Html {
        let page = html::read_html(&text);
        (page.text, page.title, page.published, page.author, page.url)
    } else if let Some(front) = &front {
        (
            text,
            front.title.clone(),
            front.date.clone(),
            front.author.clone(),
            None,
        )
    } else {
        (text, None, None, None, None)
    };
    let mut marks = boilerplate::mark(&text);
    if let Some(front) = front {
        marks.push(TextMark {
            range: front.range,
            kind: MarkKind::Boilerplate,
        });
        marks.sort_by_key(|mark| (mark.range.start, mark.range.end, mark.kind));
    }
    let ranges = boilerplate::merged_ranges(&marks);
    let dateline = dating::find_dateline(&text, &marks, today);
    let title = html_title.unwrap_or_else(|| {
        let dateline = dateline
            .as_ref()
            .map(|d| (&d.range, d.date.evidence.as_str()));
        title::find_title(&text, &ranges, dateline)
    });
    let title = if title.is_empty() {
        path.file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default()
    } else {
        title
    };
    let byline = html_author.or_else(|| title::find_byline(&text, &ranges));
    let metadata = html_date
        .or_else(|| {
            let (url, evidence) = html_url?;
            let date = dating::url_date(&url, today)?;
            Some((date.and_time(NaiveTime::MIN), evidence))
        })
        .map(|(date, evidence)| DocumentDate {
            date,
            source: DateSource::Metadata,
            confidence: dating::CONFIDENCE_METADATA,
            evidence,
            year_known: true,
        });
    // A dateline without a year waits for the folder stage unless other evidence dates the article.
    let (dateline, yearless) = match dateline {
        Some(dateline) if dateline.needs_year => (None, Some(dateline)),
        dateline => (dateline, None),
    };
    let date = match (dateline, metadata) {
        (Some(dateline), Some(metadata)) if dateline.gives_way_to(&metadata) => Some(metadata),
        (Some(dateline), _) => Some(dateline.date),
        (None, metadata) => metadata,
    }
    .or_else(|| dating::path_date(&path))
    .or_else(|| dating::latest_access_date(&text));
    let yearless = yearless.filter(|_| date.is_none());
    let language = language::detect(&text);
    let document = Document {
        path,
        text,
        byte_size,
        title,
        byline,
        date,
        boilerplate: ranges,
        marks,
        language,
        format,
    };
    (document, yearless)
}

/// Dates the documents without evidence of their own: a dateline without a year takes the folder's
/// year or the file time's; others the folder consensus (doubted when the content's latest year
/// argues against it), else the file's modification time.
fn date_by_folder(loaded: Vec<Loaded>, today: NaiveDate) -> Vec<Document> {
    let consensus =
        dating::folder_consensus(loaded.iter().filter_map(|l| l.document.date.as_ref()));
    loaded
        .into_par_iter()
        .map(
            |Loaded {
                 mut document,
                 modified,
                 yearless,
             }| {
                if document.date.is_some() {
                    return document;
                }
                let latest_year =
                    dating::latest_explicit_year(&document.text, &document.boilerplate);
                if let Some(dateline) = yearless {
                    let modified = modified.map(|time| DateTime::<Local>::from(time).naive_local());
                    document.date = Some(dating::date_yearless(
                        &dateline,
                        consensus.as_ref(),
                        latest_year,
                        modified,
                        today,
                    ));
                    return document;
                }
                document.date = match &consensus {
                    Some(consensus) => Some(dating::folder_date(consensus, latest_year)),
                    None => modified.map(|modified| mtime_date(modified, latest_year)),
                };
                document
            },
        )
        .collect()
}

/// The file time as the article's date; its year stays unknown when the article's latest explicit
/// year is well before it (an older article copied or saved later).
fn mtime_date(modified: SystemTime, latest_year: Option<i32>) -> DocumentDate {
    let local: DateTime<Local> = modified.into();
    let doubted = dating::year_doubted(latest_year, local.year());
    let mut evidence = format!("file modified {}", local.format("%Y-%m-%d %H:%M"));
    if let (true, Some(year)) = (doubted, latest_year) {
        evidence.push_str(&format!(
            "; but this article's latest year is {year}, so its year stays unknown"
        ));
    }
    DocumentDate {
        date: local.naive_local(),
        source: DateSource::Mtime,
        confidence: dating::CONFIDENCE_MTIME,
        evidence,
        year_known: !doubted,
    }
}
