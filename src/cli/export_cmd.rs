//! `dateline export`.

use super::{EXIT_USAGE, ExportArgs};

/// Runs the command.
pub fn run(args: &ExportArgs) -> anyhow::Result<u8> {
    let _ = args;
    eprintln!("dateline export: not implemented yet");
    Ok(EXIT_USAGE)
}
