//! Events built from dated mentions: title, date interval and granularity, source passages,
//! importance, and the merging of one event told by several articles. Owns the event model the
//! layout, export and UI read; split into building (documents → candidates → events), passages,
//! titles, merging, importance and intervals. Calls the extractor; no I/O, no egui.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::corpus::{Corpus, DateSource};
use crate::extract::Anchor;

mod building;
mod classify;
mod importance;
pub mod interval;
mod merge;
pub mod passage;
pub mod title;
mod words;

pub use building::display_path;

/// How precise an event's date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// A time of day.
    Time,
    /// A day.
    Day,
    /// A week.
    Week,
    /// A month.
    Month,
    /// A season.
    Season,
    /// A quarter.
    Quarter,
    /// A half year.
    Half,
    /// A year.
    Year,
    /// A decade.
    Decade,
    /// A century.
    Century,
}

/// What sort of entry an event is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// News: something that happened.
    Event,
    /// Background, such as an author's biography.
    Background,
    /// About the document itself.
    Metadata,
}

/// Where an event is told.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Display path of the document, equal to one of [`Timeline::documents`]' paths.
    pub doc: String,
    /// The sentence(s) around the mention.
    pub passage: String,
    /// Byte offset of the passage in the document's text.
    pub passage_start: usize,
    /// Byte offset of the passage's end.
    pub passage_end: usize,
    /// Byte offset of the temporal expression.
    pub mention_start: usize,
    /// Byte offset of the temporal expression's end.
    pub mention_end: usize,
    /// The temporal expression as written.
    pub mention_text: String,
    /// Provenance: the TIMEX3 value this mention resolved to (the event's date may be coarser or,
    /// after merging, finer).
    pub value: String,
    /// Provenance: how the value was resolved (explicit, against the article's date, against the
    /// previous mention).
    pub anchor: Anchor,
    /// Provenance: the article date relative expressions were resolved against (ISO), if any.
    pub doc_date: Option<String>,
    /// Provenance: where that article date came from.
    pub date_source: Option<DateSource>,
}

/// Two sources that give different dates for what is clearly the same event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// The other date (TIMEX3 value).
    pub date: String,
    /// The source that gives it.
    pub source: Source,
}

/// One event on the timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable across runs for the same input.
    pub id: String,
    /// TIMEX3 value (`2025-07-18`, `2024-12`, `2025-06-19T16:39`).
    pub date: String,
    /// TIMEX3 `mod`, if any.
    #[serde(rename = "mod")]
    pub modifier: Option<String>,
    /// Interval start (inclusive).
    pub start: NaiveDate,
    /// Interval end (exclusive).
    pub end: NaiveDate,
    /// Precision of the date.
    pub granularity: Granularity,
    /// Short readable title (≤ 90 characters).
    pub title: String,
    /// Event, background or metadata.
    pub kind: EventKind,
    /// ≥ 0; higher matters more.
    pub importance: f64,
    /// Where it is told.
    pub sources: Vec<Source>,
    /// Different dates given for the same event.
    pub conflicts: Vec<Conflict>,
}

/// A document as the timeline lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentSummary {
    /// Display path.
    pub path: String,
    /// Title.
    pub title: String,
    /// The article's own date (ISO), if known.
    pub date: Option<String>,
    /// Evidence kind for that date.
    pub date_source: Option<DateSource>,
}

/// Events of a corpus.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// The documents.
    pub documents: Vec<DocumentSummary>,
    /// The events, sorted by start date then id.
    pub events: Vec<Event>,
    /// Warnings collected while building.
    pub warnings: Vec<String>,
}

/// Choices for building a timeline beyond the corpus itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BuildOptions {
    /// Use this date as every document's date (`--reference-date`).
    pub reference_date: Option<NaiveDate>,
    /// Per-document date corrections, by display path (as [`DocumentSummary::path`] gives it).
    /// A correction wins over `reference_date`.
    pub date_corrections: BTreeMap<PathBuf, NaiveDate>,
}

/// Builds the timeline of a corpus.
pub fn build(corpus: &Corpus) -> Timeline {
    build_with(corpus, &BuildOptions::default())
}

/// Builds the timeline of a corpus with a forced reference date and/or date corrections.
pub fn build_with(corpus: &Corpus, options: &BuildOptions) -> Timeline {
    TimelineBuilder::new(corpus, options).timeline(corpus)
}

/// Keeps what each document contributes, so that correcting one article's date re-reads only that
/// article: `new`, then `correct_document_date` as often as the user corrects, then `timeline`.
#[derive(Clone, Debug, Default)]
pub struct TimelineBuilder {
    documents: Vec<building::DocumentMentions>,
}

impl TimelineBuilder {
    /// Reads every document of `corpus` (in parallel).
    pub fn new(corpus: &Corpus, options: &BuildOptions) -> Self {
        let by_path = building::index_by_path(corpus);
        let mut corrections: BTreeMap<usize, NaiveDate> = BTreeMap::new();
        if let Some(date) = options.reference_date {
            corrections.extend((0..corpus.documents.len()).map(|doc| (doc, date)));
        }
        for (path, date) in &options.date_corrections {
            if let Some(&doc) = by_path.get(&path.display().to_string()) {
                corrections.insert(doc, *date);
            }
        }
        Self {
            documents: building::read_corpus(corpus, &corrections),
        }
    }

    /// Uses mentions already extracted (one list per document, in corpus order) instead of calling
    /// the extractor: for callers that cache extraction, and for tests with hand-made mentions.
    /// Documents without a list get none.
    pub fn from_mentions(corpus: &Corpus, mentions: Vec<Vec<crate::extract::Mention>>) -> Self {
        let mut mentions = mentions.into_iter();
        let documents = corpus
            .documents
            .iter()
            .enumerate()
            .map(|(doc, document)| {
                let reference = building::reference_of(document, None);
                let list = mentions.next().unwrap_or_default();
                building::read_mentions(doc, document, reference, None, list)
            })
            .collect();
        Self { documents }
    }

    /// Sets (or, with `None`, removes) the user's date for the document at `doc` (an index into
    /// `corpus.documents`) and re-reads that document. Out-of-range indices are ignored.
    pub fn correct_document_date(&mut self, corpus: &Corpus, doc: usize, date: Option<NaiveDate>) {
        if let (Some(document), Some(slot)) =
            (corpus.documents.get(doc), self.documents.get_mut(doc))
        {
            *slot = building::read_document(doc, document, date);
        }
    }

    /// Assembles the timeline: merging, titles, importance, ids.
    pub fn timeline(&self, corpus: &Corpus) -> Timeline {
        if self.documents.len() != corpus.documents.len() {
            return Self::new(corpus, &BuildOptions::default()).timeline(corpus);
        }
        building::assemble(corpus, &self.documents)
    }
}

impl Timeline {
    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|event| event.id == id)
    }
}
