//! `dateline events`: loads the article folders, builds the timeline and prints it as JSON, CSV,
//! TimelineJS or iCalendar on stdout; load warnings go to stderr. Owns only this command's flow.

use std::io::Write as _;

use anyhow::Context as _;

use super::{EXIT_OK, EventsArgs, EventsFormat};
use crate::export::data;
use crate::timeline::build;

/// Runs the command.
pub fn run(args: &EventsArgs) -> anyhow::Result<u8> {
    let corpus =
        match super::corpus_cmd::load_paths(&args.paths, args.reference_date.as_deref(), true) {
            Ok(corpus) => corpus,
            Err(code) => return Ok(code),
        };
    let timeline = build(&corpus);
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
