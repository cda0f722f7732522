//! The command line: argument definitions and the headless commands (`corpus`, `extract`, `events`,
//! `export`). Each command lives in its own file under `cli/`; this file only parses and dispatches.
//! Prints to stdout/stderr; no egui.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

mod corpus_cmd;
mod events_cmd;
mod export_cmd;
mod extract_cmd;

/// Exit code: everything went fine (possibly with warnings).
pub const EXIT_OK: u8 = 0;
/// Exit code: an operation failed (e.g. an export could not be written).
pub const EXIT_FAILURE: u8 = 1;
/// Exit code: usage error, or nothing readable.
pub const EXIT_USAGE: u8 = 2;

/// Dateline: a timeline explorer for folders of news articles.
#[derive(Debug, Parser)]
#[command(name = "dateline", version = crate::VERSION, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// A headless command; without one, the app opens.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Article folder or file to open in the app (default: the bundled samples).
    pub path: Option<PathBuf>,

    /// Render a few frames, save the window to this PNG and exit.
    #[arg(long, value_name = "PNG")]
    pub screenshot: Option<PathBuf>,
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List each article: path, title, size, its own date and the evidence, boilerplate, warnings.
    Corpus(CorpusArgs),
    /// Print every temporal expression with its TIMEX3 type and value.
    Extract(ExtractArgs),
    /// Print the events of a folder.
    Events(EventsArgs),
    /// Write the timeline as an image (PNG, SVG) or data (JSON, CSV, TimelineJS, iCalendar).
    Export(ExportArgs),
}

/// `dateline corpus`.
#[derive(Debug, Args)]
pub struct CorpusArgs {
    /// Article folders or files.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CorpusFormat::Text)]
    pub format: CorpusFormat,
}

/// Output of `dateline corpus`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CorpusFormat {
    /// A readable table.
    Text,
    /// JSON.
    Json,
}

/// `dateline extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Use this date (YYYY-MM-DD) as every document's date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub reference_date: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Jsonl)]
    pub format: ExtractFormat,
    /// Files, folders, or `-` for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

/// Output of `dateline extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// One JSON object per mention.
    Jsonl,
    /// One JSON array.
    Json,
    /// Tab-separated values with a header.
    Tsv,
    /// The text with `<TIMEX3>` tags.
    Timeml,
}

/// `dateline events`.
#[derive(Debug, Args)]
pub struct EventsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = EventsFormat::Json)]
    pub format: EventsFormat,
    /// Use this date (YYYY-MM-DD) as every document's date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub reference_date: Option<String>,
    /// Article folders or files.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

/// Output of `dateline events`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum EventsFormat {
    /// JSON: documents, events, warnings.
    Json,
    /// One row per event.
    Csv,
    /// Knight Lab TimelineJS JSON.
    Timelinejs,
    /// iCalendar.
    Ics,
}

/// `dateline export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Article folder or file.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output file; its extension picks the format unless --format is given.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Output format (png, svg, json, csv, timelinejs, ics).
    #[arg(long)]
    pub format: Option<String>,
    /// Image width in logical pixels.
    #[arg(long, default_value_t = 2400)]
    pub width: u32,
    /// Image height in logical pixels.
    #[arg(long, default_value_t = 1200)]
    pub height: u32,
    /// Pixel scale: output pixels = width × scale.
    #[arg(long, default_value_t = 1.0)]
    pub scale: f32,
    /// First day shown (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: Option<String>,
    /// Last day shown (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub to: Option<String>,
    /// Colour theme.
    #[arg(long, default_value = "light")]
    pub theme: String,
    /// Title drawn on the image.
    #[arg(long)]
    pub title: Option<String>,
    /// Lanes by article or by kind.
    #[arg(long, default_value = "article")]
    pub lanes: String,
    /// Use this date (YYYY-MM-DD) as every document's date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub reference_date: Option<String>,
    /// Replace an existing output file.
    #[arg(long)]
    pub force: bool,
}

/// Runs a headless command and returns the process exit code.
pub fn run(command: Command) -> ExitCode {
    let result = match command {
        Command::Corpus(args) => corpus_cmd::run(&args),
        Command::Extract(args) => extract_cmd::run(&args),
        Command::Events(args) => events_cmd::run(&args),
        Command::Export(args) => export_cmd::run(&args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            eprintln!("dateline: {err:#}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}
