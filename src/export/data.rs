//! Data writers for a built timeline: events JSON (the `dateline events` contract), CSV (one row per
//! event), Knight Lab TimelineJS JSON and iCalendar (all-day events, the passage as description).
//! Each returns the file's text; writing it to disk (atomically) is the caller's job. Knows nothing
//! of images, layout or UI.

use std::fmt::Write as _;

use chrono::{Datelike, Duration};
use serde_json::{Value, json};

use crate::timeline::{Event, Granularity, Timeline};

/// Errors of the data writers.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    /// The timeline could not be serialised.
    #[error("cannot serialise the timeline: {0}")]
    Json(#[from] serde_json::Error),
}

/// The `dateline events --format json` document: `{"documents", "events", "warnings"}`.
pub fn events_json(timeline: &Timeline) -> Result<String, DataError> {
    let mut text = serde_json::to_string_pretty(timeline)?;
    text.push('\n');
    Ok(text)
}

/// Columns of [`events_csv`].
pub const CSV_HEADER: &[&str] = &[
    "id",
    "date",
    "mod",
    "start",
    "end",
    "granularity",
    "kind",
    "importance",
    "title",
    "articles",
    "sources",
    "conflicts",
    "first_doc",
    "first_passage",
];

/// One row per event (RFC 4180 quoting, `\n` line ends).
pub fn events_csv(timeline: &Timeline) -> String {
    let mut out = String::new();
    push_csv_row(&mut out, CSV_HEADER.iter().map(|h| (*h).to_owned()));
    for event in &timeline.events {
        let mut docs: Vec<&str> = event.sources.iter().map(|s| s.doc.as_str()).collect();
        docs.sort_unstable();
        docs.dedup();
        let first = event.sources.first();
        push_csv_row(
            &mut out,
            [
                event.id.clone(),
                event.date.clone(),
                event.modifier.clone().unwrap_or_default(),
                event.start.to_string(),
                event.end.to_string(),
                granularity_name(event.granularity).to_owned(),
                kind_name(event).to_owned(),
                event.importance.to_string(),
                event.title.clone(),
                docs.len().to_string(),
                event.sources.len().to_string(),
                event
                    .conflicts
                    .iter()
                    .map(|c| c.date.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                first.map(|s| s.doc.clone()).unwrap_or_default(),
                first.map(|s| s.passage.clone()).unwrap_or_default(),
            ]
            .into_iter(),
        );
    }
    out
}

fn push_csv_row(out: &mut String, fields: impl Iterator<Item = String>) {
    let mut first = true;
    for field in fields {
        if !first {
            out.push(',');
        }
        first = false;
        if field.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push('\n');
}

fn granularity_name(granularity: Granularity) -> &'static str {
    match granularity {
        Granularity::Time => "time",
        Granularity::Day => "day",
        Granularity::Week => "week",
        Granularity::Month => "month",
        Granularity::Season => "season",
        Granularity::Quarter => "quarter",
        Granularity::Half => "half",
        Granularity::Year => "year",
        Granularity::Decade => "decade",
        Granularity::Century => "century",
    }
}

fn kind_name(event: &Event) -> &'static str {
    match event.kind {
        crate::timeline::EventKind::Event => "event",
        crate::timeline::EventKind::Background => "background",
        crate::timeline::EventKind::Metadata => "metadata",
    }
}

/// Knight Lab TimelineJS JSON: `{"title", "events": [{"start_date", "end_date", "text",
/// "unique_id", "group", "display_date"}]}`. Dates carry only the parts their granularity knows.
pub fn timelinejs_json(timeline: &Timeline, title: &str) -> Result<String, DataError> {
    let events: Vec<Value> = timeline
        .events
        .iter()
        .map(|event| {
            let last_day = event.end - Duration::days(1);
            let mut item = json!({
                "start_date": timelinejs_date(event.start, event.granularity),
                "text": {
                    "headline": html_escape(&event.title),
                    "text": timelinejs_text(event),
                },
                "unique_id": event.id,
                "group": kind_name(event),
                "display_date": event.date,
            });
            if last_day > event.start
                && !matches!(event.granularity, Granularity::Day | Granularity::Time)
            {
                item["end_date"] = timelinejs_date(last_day, Granularity::Day);
            }
            item
        })
        .collect();
    let document = json!({
        "title": {
            "text": {
                "headline": html_escape(title),
                "text": format!("{} events from {} articles", timeline.events.len(), timeline.documents.len()),
            }
        },
        "events": events,
    });
    let mut text = serde_json::to_string_pretty(&document)?;
    text.push('\n');
    Ok(text)
}

fn timelinejs_date(date: chrono::NaiveDate, granularity: Granularity) -> Value {
    match granularity {
        Granularity::Time | Granularity::Day | Granularity::Week => {
            json!({"year": date.year(), "month": date.month(), "day": date.day()})
        }
        Granularity::Month | Granularity::Season | Granularity::Quarter | Granularity::Half => {
            json!({"year": date.year(), "month": date.month()})
        }
        Granularity::Year | Granularity::Decade | Granularity::Century => {
            json!({"year": date.year()})
        }
    }
}

fn timelinejs_text(event: &Event) -> String {
    let mut text = String::new();
    for source in event.sources.iter().take(3) {
        // Writing to a String cannot fail.
        let _ = write!(
            text,
            "<p>{}</p><p><small>{}</small></p>",
            html_escape(&source.passage),
            html_escape(&source.doc)
        );
    }
    if event.sources.len() > 3 {
        let _ = write!(
            text,
            "<p><small>and {} more sources</small></p>",
            event.sources.len() - 3
        );
    }
    text
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// An iCalendar file (RFC 5545): one all-day `VEVENT` per event over its interval, the title as
/// summary, the passages and their articles as description. CRLF line ends, lines folded at 75 octets.
pub fn icalendar(timeline: &Timeline) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!(
            "PRODID:-//Dateline//Dateline {}//EN",
            env!("CARGO_PKG_VERSION")
        ),
        "CALSCALE:GREGORIAN".to_owned(),
    ];
    for event in &timeline.events {
        let description = event
            .sources
            .iter()
            .take(5)
            .map(|s| format!("{}\n— {}", s.passage, s.doc))
            .collect::<Vec<_>>()
            .join("\n\n");
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}@dateline", event.id),
            format!("DTSTAMP:{}T000000Z", event.start.format("%Y%m%d")),
            format!("DTSTART;VALUE=DATE:{}", event.start.format("%Y%m%d")),
            format!("DTEND;VALUE=DATE:{}", event.end.format("%Y%m%d")),
            format!("SUMMARY:{}", ical_escape(&event.title)),
            format!("DESCRIPTION:{}", ical_escape(&description)),
            format!("CATEGORIES:{}", kind_name(event).to_uppercase()),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::new();
    for line in lines {
        fold_ical_line(&line, &mut out);
    }
    out
}

fn ical_escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// Appends `line` folded into pieces of at most 75 octets (continuations start with a space).
fn fold_ical_line(line: &str, out: &mut String) {
    let mut width = 0;
    for ch in line.chars() {
        let len = ch.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ical_lines_fold_at_75_octets() {
        let mut out = String::new();
        fold_ical_line(&format!("SUMMARY:{}", "é".repeat(60)), &mut out);
        for line in out.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        assert_eq!(
            out.replace("\r\n ", ""),
            format!("SUMMARY:{}\r\n", "é".repeat(60))
        );
    }

    #[test]
    fn csv_fields_are_quoted() {
        let mut out = String::new();
        push_csv_row(
            &mut out,
            [
                "a,b".to_owned(),
                "say \"hi\"".to_owned(),
                "plain".to_owned(),
            ]
            .into_iter(),
        );
        assert_eq!(out, "\"a,b\",\"say \"\"hi\"\"\",plain\n");
    }
}
