//! The events of the bundled samples: the three events the product is judged by exist with their
//! dates, readable titles and passages; what is not news stays off; a corrected article date
//! rebuilds the events that depend on it. The full list is an insta snapshot.

use chrono::NaiveDate;
use dateline::corpus::{Corpus, DateSource};
use dateline::timeline::{BuildOptions, Event, EventKind, Timeline, TimelineBuilder, build};
use serde_json::{Value, json};

fn find<'a>(timeline: &'a Timeline, date: &str, word: &str) -> &'a Event {
    timeline
        .events
        .iter()
        .find(|e| e.date == date && e.title.contains(word))
        .unwrap_or_else(|| panic!("no event on {date} with {word:?} in its title"))
}

fn summary(timeline: &Timeline) -> Value {
    let events: Vec<Value> = timeline
        .events
        .iter()
        .map(|e| {
            json!({
                "id": e.id,
                "date": e.date,
                "mod": e.modifier,
                "band": format!("{} .. {}", e.start, e.end),
                "title": e.title,
                "kind": e.kind,
                "importance": e.importance,
                "sources": e.sources.iter().map(|s| format!("{} {:?} ({:?} from {:?} {:?})", s.doc, s.mention_text, s.anchor, s.doc_date, s.date_source)).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!(events)
}

#[test]
fn the_three_sample_events_read_naturally() {
    let timeline = build(&Corpus::samples());
    let azal = find(&timeline, "2024-12", "AZAL");
    assert_eq!(
        azal.title,
        "AZAL passenger aircraft downed by Russian air defense systems"
    );
    assert!(
        azal.sources[0]
            .passage
            .contains("the downing of an AZAL passenger aircraft")
    );
    let cis = find(&timeline, "2025-07-18", "CIS");
    assert_eq!(
        cis.title,
        "Azerbaijani government skips the CIS Economic Council meeting in Moscow"
    );
    assert!(cis.sources[0].passage.contains("Economic Council meeting"));
    let alaska = find(&timeline, "2025-08-15", "Alaska");
    assert!(
        alaska.title.contains("Trump") && alaska.title.contains("Putin"),
        "{}",
        alaska.title
    );
    assert!(!alaska.title.contains("August"));
    assert_eq!(alaska.sources[0].mention_text, "August 15");
    for event in [azal, cis, alaska] {
        assert_eq!(event.kind, EventKind::Event);
        assert!(event.title.chars().count() <= 90);
    }
}

#[test]
fn datelines_access_dates_and_biographies_are_not_news() {
    let timeline = build(&Corpus::samples());
    // The dateline "Jun 19, 2025, 4:39 PM" and the reference list's access dates make no event.
    assert!(
        timeline
            .events
            .iter()
            .all(|e| !e.date.starts_with("2025-06-19"))
    );
    assert!(timeline.events.iter().all(|e| e.date != "2025-07-20"));
    // The author's biography is background.
    let biography: Vec<&Event> = timeline
        .events
        .iter()
        .filter(|e| {
            e.sources
                .iter()
                .any(|s| s.passage.contains("doctoral student"))
        })
        .collect();
    assert!(!biography.is_empty());
    assert!(biography.iter().all(|e| e.kind == EventKind::Background));
}

#[test]
fn sample_events_snapshot() {
    let timeline = build(&Corpus::samples());
    insta::assert_json_snapshot!(summary(&timeline));
}

#[test]
fn a_corrected_article_date_moves_its_relative_dates() {
    let corpus = Corpus::samples();
    let doc = corpus
        .documents
        .iter()
        .position(|d| d.text.contains("spoke by phone on July 1st"))
        .unwrap();
    let mut builder = TimelineBuilder::new(&corpus, &BuildOptions::default());
    let before = builder.timeline(&corpus);
    let call = find(&before, "2025-07-01", "phone");
    let corrected = NaiveDate::from_ymd_opt(2024, 7, 10).unwrap();
    builder.correct_document_date(&corpus, doc, Some(corrected));
    let after = builder.timeline(&corpus);
    let moved = find(&after, "2024-07-01", "phone");
    assert_eq!(moved.sources[0].doc_date.as_deref(), Some("2024-07-10"));
    assert_eq!(
        moved.sources[0].date_source,
        Some(DateSource::ReferenceDate)
    );
    assert_eq!(
        after.documents[doc].date_source,
        Some(DateSource::ReferenceDate)
    );
    // Events of other articles keep their ids.
    let cis_before = find(&before, "2025-07-18", "CIS");
    let cis_after = find(&after, "2025-07-18", "CIS");
    assert_eq!(cis_before.id, cis_after.id);
    assert_ne!(call.date, moved.date);
    // The same correction given up front builds the same timeline.
    let mut options = BuildOptions::default();
    options
        .date_corrections
        .insert(corpus.documents[doc].path.clone(), corrected);
    assert_eq!(dateline::timeline::build_with(&corpus, &options), after);
}
