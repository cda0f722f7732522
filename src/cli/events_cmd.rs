//! `dateline events`: loads the article folders, builds the timeline and prints it as JSON, CSV,
//! TimelineJS or iCalendar on stdout; load warnings go to stderr. Owns only this command's flow.

use std::io::Write as _;

use anyhow::Context as _;
use chrono::NaiveDate;

use super::{EXIT_OK, EXIT_USAGE, EventsArgs, EventsFormat};
use crate::corpus::Corpus;
use crate::export::data;
use crate::timeline::{BuildOptions, build_with};

/// Runs the command.
pub fn run(args: &EventsArgs) -> anyhow::Result<u8> {
    let reference_date = match &args.reference_date {
        Some(text) => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(date) => Some(date),
            Err(_) => {
                eprintln!("dateline events: --reference-date must be YYYY-MM-DD, got {text:?}");
                return Ok(EXIT_USAGE);
            }
        },
        None => None,
    };
    let mut corpus = Corpus::default();
    for path in &args.paths {
        match Corpus::open(path) {
            Ok(part) => {
                corpus.documents.extend(part.documents);
                corpus.warnings.extend(part.warnings);
            }
            Err(err) => eprintln!("dateline events: {err}"),
        }
    }
    for warning in &corpus.warnings {
        eprintln!("warning: {}: {}", warning.path.display(), warning.message);
    }
    if corpus.documents.is_empty() {
        eprintln!("dateline events: nothing readable in the given paths");
        return Ok(EXIT_USAGE);
    }
    let options = BuildOptions {
        reference_date,
        ..BuildOptions::default()
    };
    let timeline = build_with(&corpus, &options);
    let text = match args.format {
        EventsFormat::Json => data::events_json(&timeline)?,
        EventsFormat::Csv => data::events_csv(&timeline),
        EventsFormat::Timelinejs => data::timelinejs_json(&timeline, "Dateline")?,
        EventsFormat::Ics => data::icalendar(&timeline),
    };
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .context("cannot write to standard output")?;
    Ok(EXIT_OK)
}
