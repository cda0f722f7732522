//! `dateline corpus`.

use super::{EXIT_USAGE, CorpusArgs};

/// Runs the command.
pub fn run(args: &CorpusArgs) -> anyhow::Result<u8> {
    let _ = args;
    eprintln!("dateline corpus: not implemented yet");
    Ok(EXIT_USAGE)
}
