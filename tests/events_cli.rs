//! `dateline events` end to end on the seeds folder: the JSON contract, the CSV, TimelineJS and
//! iCalendar outputs, and the usage errors' exit codes and messages.

use std::process::{Command, Output};

use serde_json::Value;

fn run_events(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dateline"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("events")
        .args(args)
        .output()
        .unwrap()
}

fn json_of(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn json_follows_the_contract() {
    let document = json_of(&run_events(&["seeds"]));
    let paths: Vec<&str> = document["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            for key in ["path", "title", "date", "date_source"] {
                assert!(d.get(key).is_some(), "document without {key}");
            }
            d["path"].as_str().unwrap()
        })
        .collect();
    assert_eq!(paths.len(), 5);
    let events = document["events"].as_array().unwrap();
    assert!(!events.is_empty());
    for event in events {
        for key in [
            "id",
            "date",
            "mod",
            "start",
            "end",
            "granularity",
            "title",
            "kind",
            "importance",
            "sources",
            "conflicts",
        ] {
            assert!(event.get(key).is_some(), "event without {key}: {event}");
        }
        assert!(event["importance"].as_f64().unwrap() >= 0.0);
        assert!(event["start"].as_str().unwrap() < event["end"].as_str().unwrap());
        for source in event["sources"].as_array().unwrap() {
            assert!(paths.contains(&source["doc"].as_str().unwrap()));
            let start = source["mention_start"].as_u64().unwrap();
            let passage_start = source["passage_start"].as_u64().unwrap();
            assert!(passage_start <= start);
            assert!(!source["mention_text"].as_str().unwrap().is_empty());
        }
    }
    assert!(document["warnings"].is_array());
    // Same input, same output (ids included).
    assert_eq!(document, json_of(&run_events(&["seeds"])));
}

#[test]
fn csv_timelinejs_and_ics() {
    let count = json_of(&run_events(&["seeds"]))["events"]
        .as_array()
        .unwrap()
        .len();
    let csv = run_events(&["seeds", "--format", "csv"]);
    assert!(csv.status.success());
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.starts_with("id,date,mod,start,end,granularity,kind,importance,title,"));
    assert!(
        csv.contains("Azerbaijani government skips the CIS Economic Council meeting in Moscow")
    );
    let timelinejs = json_of(&run_events(&["seeds", "--format", "timelinejs"]));
    let items = timelinejs["events"].as_array().unwrap();
    assert_eq!(items.len(), count);
    assert!(
        items
            .iter()
            .all(|e| e["start_date"]["year"].is_number() && e["text"]["headline"].is_string())
    );
    let ics = run_events(&["seeds", "--format", "ics"]);
    assert!(ics.status.success());
    let ics = String::from_utf8(ics.stdout).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(ics.matches("BEGIN:VEVENT\r\n").count(), count);
    assert!(ics.contains("DTSTART;VALUE=DATE:20250718\r\n"));
}

#[test]
fn reference_date_dates_every_article() {
    let document = json_of(&run_events(&["seeds", "--reference-date", "2024-07-10"]));
    for d in document["documents"].as_array().unwrap() {
        assert_eq!(d["date"], "2024-07-10");
        assert_eq!(d["date_source"], "reference_date");
    }
    let events = document["events"].as_array().unwrap();
    assert!(events.iter().any(|e| e["date"] == "2024-07-01"));
}

#[test]
fn usage_errors_exit_2_with_one_line() {
    let bad_date = run_events(&["seeds", "--reference-date", "July"]);
    assert_eq!(bad_date.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&bad_date.stderr).lines().count(), 1);
    let missing = run_events(&["no/such/folder"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(missing.stdout.is_empty());
}
