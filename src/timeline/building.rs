//! Building: reads each document's mentions into candidates (one per dated mention worth an event,
//! with its interval, passage, kind and content words), then assembles the timeline — merging,
//! titles, importance, ids, provenance. Documents are read in parallel; a document can be read
//! again alone after its date is corrected. Calls the extractor; does no I/O.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use rayon::prelude::*;

use super::classify::{Skip, classify, line_at};
use super::importance::{DaySupport, EventSupport, importance};
use super::interval::{Interval, apply_modifier, interval_of};
use super::merge::{Cluster, WordWeights, merge};
use super::passage::{Span, passage_around, sentences};
use super::title::make_title;
use super::words::{content_words, fnv1a};
use super::{Conflict, DocumentSummary, Event, EventKind, Granularity, Source, Timeline};
use crate::corpus::{Corpus, DateSource, Document};
use crate::extract::{Mention, Reference, extract};

/// How many of the folder's most widespread words count as its topic.
const TOPIC_WORDS: usize = 60;
/// Topic words an event needs among its own to count as fully central.
const CENTRAL_TOPIC_WORDS: f64 = 3.0;

/// One dated mention that becomes (part of) an event.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// Index of the document in the corpus.
    pub doc: usize,
    /// The mention as the extractor found it.
    pub mention: Mention,
    /// The days it covers, modifier applied.
    pub interval: Interval,
    /// The sentence(s) around it.
    pub passage: Span,
    /// Event or background.
    pub kind: EventKind,
    /// Content words of the passage without the date phrase.
    pub words: Vec<u64>,
}

/// What one document contributes: its candidates and what was skipped.
#[derive(Clone, Debug, Default)]
pub struct DocumentMentions {
    /// The date relative expressions were resolved against.
    pub reference: Reference,
    /// A date set by the user, replacing the document's own.
    pub corrected_date: Option<NaiveDate>,
    /// Candidates in text order.
    pub candidates: Vec<Candidate>,
    /// Distinct content words of all its candidates' passages.
    pub words: Vec<u64>,
    /// Mentions that make no event, by reason.
    pub skipped: BTreeMap<Skip, usize>,
}

impl DocumentMentions {
    /// The day the document was published, as far as building knows.
    pub fn published(&self) -> Option<NaiveDate> {
        self.corrected_date.or(self.reference.date)
    }
}

/// The reference a document's relative dates resolve against: the corrected date if any, else its own.
pub fn reference_of(document: &Document, corrected_date: Option<NaiveDate>) -> Reference {
    match (corrected_date, &document.date) {
        (Some(date), _) => Reference::known(date),
        (None, Some(own)) => Reference {
            date: Some(own.date.date()),
            year_known: own.year_known,
        },
        (None, None) => Reference::unknown(),
    }
}

/// Extracts and classifies the mentions of one document.
pub fn read_document(
    doc: usize,
    document: &Document,
    corrected_date: Option<NaiveDate>,
) -> DocumentMentions {
    let reference = reference_of(document, corrected_date);
    let mentions = extract(&document.text, &reference);
    read_mentions(doc, document, reference, corrected_date, mentions)
}

/// Classifies mentions already extracted from one document against `reference`.
pub fn read_mentions(
    doc: usize,
    document: &Document,
    reference: Reference,
    corrected_date: Option<NaiveDate>,
    mentions: Vec<Mention>,
) -> DocumentMentions {
    let text = document.text.as_str();
    let spans = sentences(text);
    let mut candidates = Vec::new();
    let mut skipped: BTreeMap<Skip, usize> = BTreeMap::new();
    for mention in mentions {
        let in_text = mention.start <= mention.end
            && text.is_char_boundary(mention.start)
            && text.is_char_boundary(mention.end);
        if !in_text {
            continue;
        }
        let Some(interval) = interval_of(&mention.value) else {
            let reason = match mention.timex_type {
                crate::extract::TimexType::Duration | crate::extract::TimexType::Set => {
                    Skip::NotADate
                }
                _ => Skip::Unplaceable,
            };
            *skipped.entry(reason).or_default() += 1;
            continue;
        };
        let passage = passage_around(text, &spans, mention.start, mention.end);
        let (line, line_offset) = line_at(text, mention.start);
        let kind = match classify(
            &mention,
            &document.boilerplate,
            line,
            line_offset,
            &text[passage.start..passage.end],
        ) {
            Ok(kind) => kind,
            Err(reason) => {
                *skipped.entry(reason).or_default() += 1;
                continue;
            }
        };
        let interval = apply_modifier(interval, mention.modifier.as_deref());
        let mention_start = mention.start.clamp(passage.start, passage.end);
        let mention_end = mention.end.clamp(mention_start, passage.end);
        let words = content_words(&format!(
            "{} {}",
            &text[passage.start..mention_start],
            &text[mention_end..passage.end]
        ));
        candidates.push(Candidate {
            doc,
            mention,
            interval,
            passage,
            kind,
            words,
        });
    }
    let mut words: Vec<u64> = candidates
        .iter()
        .flat_map(|c| c.words.iter().copied())
        .collect();
    words.sort_unstable();
    words.dedup();
    DocumentMentions {
        reference,
        corrected_date,
        candidates,
        words,
        skipped,
    }
}

/// Reads every document in parallel. `corrections` maps document indices to corrected dates.
pub fn read_corpus(
    corpus: &Corpus,
    corrections: &BTreeMap<usize, NaiveDate>,
) -> Vec<DocumentMentions> {
    corpus
        .documents
        .par_iter()
        .enumerate()
        .map(|(doc, document)| read_document(doc, document, corrections.get(&doc).copied()))
        .collect()
}

/// Assembles the timeline from documents read with [`read_document`].
pub fn assemble(corpus: &Corpus, documents: &[DocumentMentions]) -> Timeline {
    let candidates: Vec<&Candidate> = documents.iter().flat_map(|d| d.candidates.iter()).collect();
    let weights = WordWeights::from_document_words(documents.iter().map(|d| d.words.as_slice()));
    let topic = weights.topic_words(TOPIC_WORDS);
    let published = |doc: usize| documents.get(doc).and_then(DocumentMentions::published);
    let mut days = DaySupport::default();
    for candidate in &candidates {
        if candidate.kind == EventKind::Event && candidate.interval.length_days() == 1 {
            days.add(
                candidate.interval.start,
                candidate.doc,
                published(candidate.doc),
            );
        }
    }
    let clusters = merge(&candidates, &weights);
    let titles: Vec<String> = clusters
        .par_iter()
        .map(|cluster| event_title(corpus, &candidates, cluster))
        .collect();
    let titled = merge_same_titles(&candidates, clusters, titles);
    let mut events: Vec<Event> = titled
        .par_iter()
        .map(|(cluster, title)| {
            let centrality = {
                let seed = &candidates[cluster.seed].words;
                let in_topic = seed.iter().filter(|w| topic.contains(w)).count() as f64;
                (in_topic / CENTRAL_TOPIC_WORDS).min(1.0)
            };
            make_event(
                corpus,
                documents,
                &candidates,
                cluster,
                title.clone(),
                &days,
                centrality,
            )
        })
        .collect();
    events.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.id.cmp(&b.id)));
    Timeline {
        documents: summaries(corpus, documents),
        events,
        warnings: warnings(corpus, documents),
    }
}

/// Events of one date and kind that got the same title are one event told in different words.
fn merge_same_titles(
    candidates: &[&Candidate],
    clusters: Vec<Cluster>,
    titles: Vec<String>,
) -> Vec<(Cluster, String)> {
    let mut merged: Vec<(Cluster, String)> = Vec::with_capacity(clusters.len());
    let mut by_key: HashMap<(Interval, EventKind, String), usize> = HashMap::new();
    for (cluster, title) in clusters.into_iter().zip(titles) {
        let seed = candidates[cluster.seed];
        let key = (seed.interval, seed.kind, title.to_lowercase());
        match by_key.get(&key) {
            Some(&index) => {
                let into = &mut merged[index].0;
                into.members.extend(cluster.members);
                into.members.sort_unstable();
                into.conflicts.extend(cluster.conflicts);
                into.conflicts.sort_unstable();
            }
            None => {
                by_key.insert(key, merged.len());
                merged.push((cluster, title));
            }
        }
    }
    merged
}

/// The title of a cluster's event, made from its best-told passage.
fn event_title(corpus: &Corpus, candidates: &[&Candidate], cluster: &Cluster) -> String {
    let seed: &Candidate = candidates[cluster.seed];
    let members: Vec<&Candidate> = cluster.members.iter().map(|&m| candidates[m]).collect();
    let teller = title_source(corpus, &members, seed);
    let text = &corpus.documents[teller.doc].text;
    let passage = &text[teller.passage.start..teller.passage.end];
    let mention_start = teller
        .mention
        .start
        .clamp(teller.passage.start, teller.passage.end)
        - teller.passage.start;
    let mention_end = teller
        .mention
        .end
        .clamp(teller.passage.start, teller.passage.end)
        - teller.passage.start;
    let title = make_title(passage, mention_start, mention_end.max(mention_start));
    if title.chars().count() < 3 {
        corpus.documents[teller.doc]
            .title
            .chars()
            .take(super::title::MAX_TITLE_CHARS)
            .collect()
    } else {
        title
    }
}

#[allow(clippy::too_many_arguments)]
fn make_event(
    corpus: &Corpus,
    documents: &[DocumentMentions],
    candidates: &[&Candidate],
    cluster: &Cluster,
    title: String,
    days: &DaySupport,
    centrality: f64,
) -> Event {
    let seed: &Candidate = candidates[cluster.seed];
    let members: Vec<&Candidate> = cluster.members.iter().map(|&m| candidates[m]).collect();
    let mut sources: Vec<Source> = members
        .iter()
        .map(|c| source_of(corpus, documents, c))
        .collect();
    sources.dedup_by(|a, b| a.doc == b.doc && a.mention_start == b.mention_start);
    let date = if members
        .iter()
        .all(|c| c.mention.value == seed.mention.value)
    {
        seed.mention.value.clone()
    } else if seed.interval.length_days() == 1 {
        seed.interval.start.format("%Y-%m-%d").to_string()
    } else {
        seed.mention.value.clone()
    };
    let granularity = if date.contains('T') {
        Granularity::Time
    } else if seed.interval.granularity == Granularity::Time {
        Granularity::Day
    } else {
        seed.interval.granularity
    };
    let modifier = members
        .iter()
        .all(|c| c.mention.modifier == seed.mention.modifier)
        .then(|| seed.mention.modifier.clone())
        .flatten();
    let articles = {
        let mut docs: Vec<usize> = members.iter().map(|c| c.doc).collect();
        docs.sort_unstable();
        docs.dedup();
        docs.len()
    };
    let support = EventSupport {
        articles,
        mentions: members.len(),
        granularity,
        start: seed.interval.start,
        kind: seed.kind,
        centrality,
    };
    let first = &sources[0];
    let id = format!(
        "ev-{:012x}",
        fnv1a(
            format!(
                "{}#{}-{}",
                first.doc, first.mention_start, first.mention_end
            )
            .as_bytes()
        ) >> 16
    );
    let conflicts = cluster
        .conflicts
        .iter()
        .map(|&c| Conflict {
            date: candidates[c].mention.value.clone(),
            source: source_of(corpus, documents, candidates[c]),
        })
        .collect();
    Event {
        id,
        date,
        modifier,
        start: seed.interval.start,
        end: seed.interval.end,
        granularity,
        title,
        kind: seed.kind,
        importance: importance(&support, days),
        sources,
        conflicts,
    }
}

/// Most sources of one event looked at when choosing the passage its title is made from.
const MAX_TITLE_CANDIDATES: usize = 64;

/// The source whose passage makes the best title: a plain statement of moderate length, without
/// quotes or a speaker's label, with the event's own date (not a coarser mention folded in).
fn title_source<'a>(
    corpus: &Corpus,
    members: &[&'a Candidate],
    seed: &'a Candidate,
) -> &'a Candidate {
    let quality = |candidate: &Candidate| -> f64 {
        let text = &corpus.documents[candidate.doc].text;
        let passage = &text[candidate.passage.start..candidate.passage.end];
        let length = passage.chars().count() as f64;
        let mut score = -((length - 140.0).abs() / 140.0);
        if length < 40.0 {
            score -= 1.0;
        }
        if passage.contains(['"', '\u{201c}', '\u{201d}', '?']) || passage.contains("``") {
            score -= 1.0;
        }
        if !passage.starts_with(|c: char| c.is_uppercase()) {
            score -= 0.5;
        }
        if passage.chars().take(40).any(|c| c == ':') {
            score -= 0.7;
        }
        let mention_start = candidate
            .mention
            .start
            .saturating_sub(candidate.passage.start);
        let mention_end = candidate
            .mention
            .end
            .saturating_sub(candidate.passage.start);
        let before = passage.get(..mention_start).unwrap_or_default();
        let after = passage.get(mention_end..).unwrap_or_default();
        let words_beside_date = before
            .split_whitespace()
            .chain(after.split_whitespace())
            .filter(|word| word.chars().any(char::is_alphabetic))
            .count();
        if words_beside_date < 5 {
            score -= 2.0;
        }
        score
    };
    members
        .iter()
        .filter(|c| c.interval == seed.interval)
        .take(MAX_TITLE_CANDIDATES)
        .map(|&c| (c, quality(c)))
        .fold(None, |best: Option<(&Candidate, f64)>, (c, q)| match best {
            Some((_, best_quality)) if best_quality >= q => best,
            _ => Some((c, q)),
        })
        .map_or(seed, |(c, _)| c)
}

fn source_of(corpus: &Corpus, documents: &[DocumentMentions], candidate: &Candidate) -> Source {
    let document = &corpus.documents[candidate.doc];
    let read = &documents[candidate.doc];
    let text = &document.text;
    Source {
        doc: display_path(document),
        passage: text[candidate.passage.start..candidate.passage.end].to_owned(),
        passage_start: candidate.passage.start,
        passage_end: candidate.passage.end,
        mention_start: candidate.mention.start,
        mention_end: candidate.mention.end,
        mention_text: text
            .get(candidate.mention.start..candidate.mention.end)
            .unwrap_or_default()
            .to_owned(),
        value: candidate.mention.value.clone(),
        anchor: candidate.mention.anchor,
        doc_date: read
            .reference
            .date
            .map(|d| d.format("%Y-%m-%d").to_string()),
        date_source: date_source_of(document, read),
    }
}

/// The display path of a document, as `documents[].path` and `sources[].doc` give it.
pub fn display_path(document: &Document) -> String {
    document.path.display().to_string()
}

fn date_source_of(document: &Document, read: &DocumentMentions) -> Option<DateSource> {
    if read.corrected_date.is_some() {
        Some(DateSource::ReferenceDate)
    } else {
        document.date.as_ref().map(|d| d.source)
    }
}

fn summaries(corpus: &Corpus, documents: &[DocumentMentions]) -> Vec<DocumentSummary> {
    corpus
        .documents
        .iter()
        .zip(documents)
        .map(|(document, read)| DocumentSummary {
            path: display_path(document),
            title: document.title.clone(),
            date: match read.corrected_date {
                Some(date) => Some(date.format("%Y-%m-%d").to_string()),
                None => document
                    .date
                    .as_ref()
                    .map(|d| d.date.date().format("%Y-%m-%d").to_string()),
            },
            date_source: date_source_of(document, read),
        })
        .collect()
}

fn warnings(corpus: &Corpus, documents: &[DocumentMentions]) -> Vec<String> {
    let mut warnings: Vec<String> = corpus
        .warnings
        .iter()
        .map(|w| format!("{}: {}", w.path.display(), w.message))
        .collect();
    for (document, read) in corpus.documents.iter().zip(documents) {
        let unplaceable = read.skipped.get(&Skip::Unplaceable).copied().unwrap_or(0);
        if read.reference.date.is_none() && unplaceable > 0 {
            warnings.push(format!(
                "{}: no date of its own; {unplaceable} relative date(s) left off the timeline",
                display_path(document)
            ));
        }
    }
    warnings.sort();
    warnings.dedup();
    warnings
}

/// Document indices by display path, for corrections given by path.
pub fn index_by_path(corpus: &Corpus) -> HashMap<String, usize> {
    corpus
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| (display_path(d), i))
        .collect()
}
