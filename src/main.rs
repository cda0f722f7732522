//! The `dateline` binary: parses the command line, then runs a headless command or opens the app.

use std::process::ExitCode;

use clap::Parser as _;
use dateline::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    if let Some(command) = args.command {
        return cli::run(command);
    }
    open_app(&args)
}

#[cfg(feature = "gui")]
fn open_app(args: &Cli) -> ExitCode {
    let options = dateline::ui::AppOptions {
        path: args.path.clone(),
        screenshot: args.screenshot.clone(),
    };
    match dateline::ui::run(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("dateline: {err:#}");
            ExitCode::from(cli::EXIT_FAILURE)
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_app(_args: &Cli) -> ExitCode {
    eprintln!("dateline: built without the `gui` feature; use a command (dateline --help)");
    ExitCode::from(cli::EXIT_USAGE)
}
