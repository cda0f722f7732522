//! Data-driven tests of event building from hand-made mentions: each `tests/data/events/*.toml`
//! holds documents and the mentions an extractor would find in them; the built events are
//! snapshotted (insta), one snapshot per case.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use dateline::corpus::{Corpus, DateSource, Document, DocumentDate, Language, TextFormat};
use dateline::extract::{Anchor, Mention, TimexType};
use dateline::timeline::{Timeline, TimelineBuilder};
use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Debug, Deserialize)]
struct Case {
    doc: Vec<CaseDocument>,
    #[serde(default)]
    mention: Vec<CaseMention>,
}

#[derive(Debug, Deserialize)]
struct CaseDocument {
    path: String,
    date: Option<String>,
    text: String,
    #[serde(default)]
    boilerplate: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct CaseMention {
    #[serde(default)]
    doc: usize,
    text: String,
    #[serde(default = "first")]
    nth: usize,
    value: String,
    #[serde(rename = "type", default = "date_type")]
    timex_type: TimexType,
    #[serde(rename = "mod")]
    modifier: Option<String>,
    #[serde(default = "explicit")]
    anchor: Anchor,
}

fn first() -> usize {
    1
}

fn date_type() -> TimexType {
    TimexType::Date
}

fn explicit() -> Anchor {
    Anchor::Explicit
}

fn nth_offset(text: &str, phrase: &str, nth: usize) -> usize {
    text.match_indices(phrase)
        .nth(nth - 1)
        .unwrap_or_else(|| panic!("{phrase:?} #{nth} not in text"))
        .0
}

fn load_case(path: &Path) -> (Corpus, Vec<Vec<Mention>>) {
    let case: Case = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let documents: Vec<Document> = case
        .doc
        .iter()
        .map(|doc| {
            let text = doc.text.trim_start_matches('\n').to_owned();
            let boilerplate = doc
                .boilerplate
                .iter()
                .map(|phrase| {
                    let start = nth_offset(&text, phrase, 1);
                    start..start + phrase.len()
                })
                .collect();
            let title = text.lines().next().unwrap_or_default().to_owned();
            Document {
                path: PathBuf::from(&doc.path),
                byte_size: text.len() as u64,
                title,
                byline: None,
                date: doc.date.as_ref().map(|date| DocumentDate {
                    date: NaiveDate::parse_from_str(date, "%Y-%m-%d")
                        .unwrap()
                        .and_hms_opt(0, 0, 0)
                        .unwrap(),
                    source: DateSource::Path,
                    confidence: 0.9,
                    evidence: doc.path.clone(),
                    year_known: true,
                }),
                boilerplate,
                marks: Vec::new(),
                language: Language::English,
                format: TextFormat::Text,
                text,
            }
        })
        .collect();
    let mut mentions: Vec<Vec<Mention>> = vec![Vec::new(); documents.len()];
    for mention in &case.mention {
        let start = nth_offset(&documents[mention.doc].text, &mention.text, mention.nth);
        mentions[mention.doc].push(Mention {
            start,
            end: start + mention.text.len(),
            timex_type: mention.timex_type,
            value: mention.value.clone(),
            modifier: mention.modifier.clone(),
            anchor: mention.anchor,
            range_end: None,
        });
    }
    for list in &mut mentions {
        list.sort_by_key(|m| m.start);
    }
    let corpus = Corpus {
        documents,
        warnings: Vec::new(),
    };
    (corpus, mentions)
}

/// The parts of a timeline a reader checks: dates, bands, titles, kinds, sources, conflicts.
fn summary(timeline: &Timeline) -> Value {
    let events: Vec<Value> = timeline
        .events
        .iter()
        .map(|event| {
            json!({
                "id": event.id,
                "date": event.date,
                "mod": event.modifier,
                "band": format!("{} .. {}", event.start, event.end),
                "granularity": event.granularity,
                "title": event.title,
                "kind": event.kind,
                "importance": event.importance,
                "sources": event.sources.iter().map(|s| format!("{} [{}..{}] {:?}", s.doc, s.mention_start, s.mention_end, s.mention_text)).collect::<Vec<_>>(),
                "conflicts": event.conflicts.iter().map(|c| format!("{} in {}", c.date, c.source.doc)).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({"events": events, "warnings": timeline.warnings})
}

#[test]
fn event_cases() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/events");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    for path in paths {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let (corpus, mentions) = load_case(&path);
        let timeline = TimelineBuilder::from_mentions(&corpus, mentions).timeline(&corpus);
        for event in &timeline.events {
            assert!(event.title.chars().count() <= 90, "{name}: {}", event.title);
            assert!(event.start < event.end, "{name}: {}", event.id);
            for source in &event.sources {
                assert!(timeline.documents.iter().any(|d| d.path == source.doc));
            }
        }
        insta::with_settings!({snapshot_suffix => name.clone(), description => name.clone()}, {
            insta::assert_json_snapshot!(summary(&timeline));
        });
    }
}

#[test]
fn ids_are_stable_across_runs() {
    let path = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/events/merge_sources.toml"
    ));
    let (corpus, mentions) = load_case(path);
    let first = TimelineBuilder::from_mentions(&corpus, mentions.clone()).timeline(&corpus);
    let second = TimelineBuilder::from_mentions(&corpus, mentions).timeline(&corpus);
    assert_eq!(first, second);
}
