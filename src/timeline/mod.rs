//! Events built from dated mentions: title, date interval and granularity, source passages,
//! importance, and the merging of one event told by several articles. No I/O, no egui.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::corpus::{Corpus, DateSource};

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

/// Builds the timeline of a corpus.
pub fn build(corpus: &Corpus) -> Timeline {
    let _ = corpus;
    Timeline::default()
}
