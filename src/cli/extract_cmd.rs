//! `dateline extract`.

use super::{EXIT_USAGE, ExtractArgs};

/// Runs the command.
pub fn run(args: &ExtractArgs) -> anyhow::Result<u8> {
    let _ = args;
    eprintln!("dateline extract: not implemented yet");
    Ok(EXIT_USAGE)
}
