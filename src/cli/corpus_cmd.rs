//! `dateline corpus`.

use super::{CorpusArgs, EXIT_USAGE};

/// Runs the command.
pub fn run(args: &CorpusArgs) -> anyhow::Result<u8> {
    let _ = args;
    eprintln!("dateline corpus: not implemented yet");
    Ok(EXIT_USAGE)
}
