//! Corrections: how each kind applies to a timeline (insta snapshots of the corrected events), the
//! store's atomic files in a temporary data folder, export/import, and the error messages.

#![cfg(feature = "gui")]

use chrono::NaiveDate;
use dateline::extract::Anchor;
use dateline::timeline::{Event, EventKind, Granularity, Source, Timeline};
use dateline::ui::corrections::{
    Correction, CorrectionHistory, CorrectionStore, SAMPLES_KEY, apply, read_corrections_file,
    write_corrections_file,
};

fn source(doc: &str, mention_start: usize, text: &str) -> Source {
    Source {
        doc: doc.to_owned(),
        passage: format!("It happened {text}."),
        passage_start: mention_start - 12,
        passage_end: mention_start + text.len() + 1,
        mention_start,
        mention_end: mention_start + text.len(),
        mention_text: text.to_owned(),
        value: String::new(),
        anchor: Anchor::ReferenceDate,
        doc_date: Some("2025-07-20".to_owned()),
        date_source: None,
    }
}

fn event(id: &str, date: &str, title: &str, sources: Vec<Source>) -> Event {
    let day = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
    Event {
        id: id.to_owned(),
        date: date.to_owned(),
        modifier: None,
        start: day,
        end: day.succ_opt().unwrap(),
        granularity: Granularity::Day,
        title: title.to_owned(),
        kind: EventKind::Event,
        importance: 1.0,
        sources,
        conflicts: Vec::new(),
    }
}

fn timeline() -> Timeline {
    Timeline {
        documents: Vec::new(),
        events: vec![
            event(
                "a",
                "2025-06-19",
                "Strikes on Iran",
                vec![source("one.txt", 40, "June 19")],
            ),
            event(
                "b",
                "2025-07-01",
                "Phone call",
                vec![
                    source("two.txt", 50, "July 1st"),
                    source("one.txt", 90, "1 July"),
                ],
            ),
            event(
                "c",
                "2025-08-15",
                "Alaska summit",
                vec![source("three.txt", 20, "August 15")],
            ),
        ],
        warnings: Vec::new(),
    }
}

/// A compact view of corrected events for snapshots.
fn summary(events: &[Event]) -> Vec<String> {
    events
        .iter()
        .map(|e| {
            let docs: Vec<&str> = e.sources.iter().map(|s| s.doc.as_str()).collect();
            format!(
                "{} {} {:?} “{}” {:?}",
                e.id, e.date, e.granularity, e.title, docs
            )
        })
        .collect()
}

#[test]
fn each_correction_applies() {
    let corrections = vec![
        Correction::Hide { event: "a".into() },
        Correction::Rename {
            event: "c".into(),
            title: "Trump–Putin summit in Alaska".into(),
        },
        Correction::ChangeDate {
            event: "b".into(),
            date: "2025-07".into(),
        },
        Correction::SplitSource {
            event: "b".into(),
            doc: "one.txt".into(),
            mention_start: 90,
        },
        Correction::AddEvent {
            doc: "two.txt".into(),
            passage_start: 0,
            passage_end: 30,
            passage: "They agreed to meet again.".into(),
            date: "2025-09-01".into(),
            title: "Second meeting".into(),
        },
    ];
    let (events, warnings) = apply(&timeline(), &corrections);
    assert!(warnings.is_empty(), "{warnings:?}");
    insta::assert_json_snapshot!(summary(&events), @r#"
    [
      "b 2025-07 Month “Phone call” [\"two.txt\"]",
      "b-split-4 2025-07 Month “Phone call” [\"one.txt\"]",
      "c 2025-08-15 Day “Trump–Putin summit in Alaska” [\"three.txt\"]",
      "user-5 2025-09-01 Day “Second meeting” [\"two.txt\"]"
    ]
    "#);
}

#[test]
fn merge_moves_the_sources_and_hides_the_duplicate() {
    let corrections = vec![Correction::Merge {
        into: "c".into(),
        from: "a".into(),
    }];
    let (events, warnings) = apply(&timeline(), &corrections);
    assert!(warnings.is_empty());
    insta::assert_json_snapshot!(summary(&events), @r#"
    [
      "b 2025-07-01 Day “Phone call” [\"two.txt\", \"one.txt\"]",
      "c 2025-08-15 Day “Alaska summit” [\"three.txt\", \"one.txt\"]"
    ]
    "#);
}

#[test]
fn corrections_whose_event_is_gone_become_warnings() {
    let corrections = vec![
        Correction::Hide {
            event: "zzz".into(),
        },
        Correction::ChangeDate {
            event: "a".into(),
            date: "next Tuesday".into(),
        },
        Correction::SplitSource {
            event: "a".into(),
            doc: "one.txt".into(),
            mention_start: 40,
        },
    ];
    let (events, warnings) = apply(&timeline(), &corrections);
    assert_eq!(events.len(), 3);
    insta::assert_json_snapshot!(warnings, @r#"
    [
      "correction 1: no event zzz any more",
      "correction 2: “next Tuesday” is not a date",
      "correction 3: a has no other source to keep besides one.txt"
    ]
    "#);
}

#[test]
fn store_round_trips_and_never_writes_into_the_article_folder() {
    let data = tempfile::tempdir().unwrap();
    let articles = tempfile::tempdir().unwrap();
    let store = CorrectionStore::new(data.path());
    let key = articles.path().display().to_string();
    let corrections = vec![Correction::Hide { event: "a".into() }];
    store.save(&key, &corrections).unwrap();
    assert_eq!(store.load(&key).unwrap(), corrections);
    assert_eq!(store.load(SAMPLES_KEY).unwrap(), Vec::new());
    assert!(store.path_for(&key).starts_with(data.path()));
    assert_eq!(std::fs::read_dir(articles.path()).unwrap().count(), 0);
    // No temporary files are left behind.
    let names: Vec<String> = std::fs::read_dir(data.path().join("corrections"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].ends_with(".json"));
}

#[test]
fn exported_corrections_import_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("exported.json");
    let corrections = vec![
        Correction::Rename {
            event: "c".into(),
            title: "Summit".into(),
        },
        Correction::DocumentDate {
            doc: "two.txt".into(),
            date: "2025-07-02".into(),
        },
    ];
    write_corrections_file(&file, "/somewhere/news", &corrections).unwrap();
    let read = read_corrections_file(&file).unwrap();
    assert_eq!(read.corrections, corrections);
    assert_eq!(read.folder, "/somewhere/news");
}

#[test]
fn unreadable_corrections_files_say_why() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.json");
    std::fs::write(&file, "{\"version\": 1}").unwrap();
    let message = read_corrections_file(&file).unwrap_err().to_string();
    let message = message.replace(&dir.path().display().to_string(), "<dir>");
    insta::assert_snapshot!(message, @"not a corrections file (missing field `folder` at line 1 column 14): <dir>/bad.json");
    let missing = read_corrections_file(&dir.path().join("none.json"))
        .unwrap_err()
        .to_string()
        .replace(&dir.path().display().to_string(), "<dir>");
    insta::assert_snapshot!(missing, @"cannot read <dir>/none.json: No such file or directory (os error 2)");
}

#[test]
fn undo_and_redo_walk_the_history() {
    let mut history = CorrectionHistory::default();
    history.push(Correction::Hide { event: "a".into() });
    history.push(Correction::Hide { event: "b".into() });
    assert_eq!(
        history.undo(),
        Some(&Correction::Hide { event: "b".into() })
    );
    assert_eq!(history.corrections().len(), 1);
    assert_eq!(
        history.redo(),
        Some(&Correction::Hide { event: "b".into() })
    );
    assert_eq!(history.corrections().len(), 2);
    assert!(history.redo().is_none());
}
