//! Events of the Haiti BBC folder (296 articles, `../shared/eval/t17-haiti_bbc`): the key days of
//! the journalist's timeline rank on top, and the titles of the most important events are
//! snapshotted for review. Skips with a message when `../shared` is absent.

use std::collections::BTreeSet;
use std::path::Path;

use dateline::corpus::Corpus;
use dateline::timeline::{Timeline, build};

const TOPIC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/t17-haiti_bbc");

fn load() -> Option<Timeline> {
    let folder = Path::new(TOPIC).join("InputDocs");
    if !folder.is_dir() {
        println!("skipped: {} not found", folder.display());
        return None;
    }
    // Display paths (and so the event ids that break ties in the ranking) must not depend on where
    // the checkout lives: open the folder by a relative path from the topic folder.
    std::env::set_current_dir(TOPIC).ok()?;
    Some(build(&Corpus::open(Path::new("InputDocs")).ok()?))
}

fn ranked_days(timeline: &Timeline) -> Vec<String> {
    let mut events: Vec<_> = timeline.events.iter().collect();
    events.sort_by(|a, b| b.importance.total_cmp(&a.importance).then(a.id.cmp(&b.id)));
    let mut days: Vec<String> = Vec::new();
    for event in events {
        let day = event.date.get(..10).unwrap_or_default();
        if day.len() == 10 && day.as_bytes()[4] == b'-' && !days.iter().any(|d| d == day) {
            days.push(day.to_owned());
        }
    }
    days
}

#[test]
fn haiti_key_days_rank_on_top() {
    let Some(timeline) = load() else { return };
    let gold: BTreeSet<String> =
        std::fs::read_to_string(Path::new(TOPIC).join("timelines/bbc.txt"))
            .unwrap()
            .lines()
            .map(str::trim)
            .filter(|l| l.len() == 10 && l.as_bytes()[4] == b'-' && l.as_bytes()[7] == b'-')
            .map(str::to_owned)
            .collect();
    let top: Vec<String> = ranked_days(&timeline)
        .into_iter()
        .take(gold.len())
        .collect();
    let hits = top.iter().filter(|d| gold.contains(*d)).count();
    assert!(
        hits * 10 >= gold.len() * 8,
        "{hits} of {} gold days in {top:?}",
        gold.len()
    );
    assert_eq!(top[0], "2010-01-12");
}

#[test]
fn haiti_top_events_snapshot() {
    let Some(timeline) = load() else { return };
    let mut events: Vec<_> = timeline.events.iter().collect();
    events.sort_by(|a, b| b.importance.total_cmp(&a.importance).then(a.id.cmp(&b.id)));
    // The most important event of each of the first 30 days, then the ten most important overall.
    let mut seen = BTreeSet::new();
    let mut lines: Vec<String> = events
        .iter()
        .filter(|e| seen.insert(e.date.get(..10).unwrap_or_default().to_owned()))
        .take(30)
        .map(|e| format!("{} [{} sources] {}", e.date, e.sources.len(), e.title))
        .collect();
    lines.push("--- most important overall".to_owned());
    lines.extend(
        events
            .iter()
            .take(10)
            .map(|e| format!("{} [{} sources] {}", e.date, e.sources.len(), e.title)),
    );
    for event in &timeline.events {
        assert!(event.title.chars().count() <= 90, "{}", event.title);
    }
    insta::assert_snapshot!(lines.join("\n"));
}
