//! `dateline events`.

use super::{EXIT_USAGE, EventsArgs};

/// Runs the command.
pub fn run(args: &EventsArgs) -> anyhow::Result<u8> {
    let _ = args;
    eprintln!("dateline events: not implemented yet");
    Ok(EXIT_USAGE)
}
