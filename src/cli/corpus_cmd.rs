//! `dateline corpus`: lists each article of a load with its title, size, own date and the evidence
//! for it, and its boilerplate, then the load warnings. Also the shared loading step of the headless
//! commands ([`load_paths`]): reading the paths, printing load warnings, the "nothing readable" exit.

use std::io::Write as _;
use std::path::PathBuf;

use anyhow::Context as _;
use chrono::{NaiveDate, NaiveTime, Timelike as _};
use serde::Serialize;

use super::{CorpusArgs, CorpusFormat, EXIT_OK, EXIT_USAGE};
use crate::corpus::{
    Corpus, Document, DocumentDate, Language, LoadOptions, LoadWarning, TextFormat,
};

/// Runs the command.
pub fn run(args: &CorpusArgs) -> anyhow::Result<u8> {
    let print_warnings = args.format == CorpusFormat::Text;
    let corpus = match load_paths(&args.paths, None, print_warnings) {
        Ok(corpus) => corpus,
        Err(code) => return Ok(code),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        CorpusFormat::Text => out.write_all(render_text(&corpus).as_bytes()),
        CorpusFormat::Json => out.write_all(render_json(&corpus)?.as_bytes()),
    }
    .context("cannot write to standard output")?;
    Ok(EXIT_OK)
}

/// Loads `paths` as one corpus for a headless command. With `print_warnings`, load warnings go to
/// stderr. `Err` holds the exit code after a one-line message on stderr: a bad `--reference-date`,
/// or nothing readable.
pub(crate) fn load_paths(
    paths: &[PathBuf],
    reference_date: Option<&str>,
    print_warnings: bool,
) -> Result<Corpus, u8> {
    let reference_date = match reference_date.map(parse_reference_date).transpose() {
        Ok(date) => date,
        Err(message) => {
            eprintln!("dateline: {message}");
            return Err(EXIT_USAGE);
        }
    };
    let options = LoadOptions {
        reference_date,
        ..LoadOptions::default()
    };
    let corpus = match Corpus::open_with(paths, &options) {
        Ok(corpus) => corpus,
        Err(err) => {
            eprintln!("dateline: {err}");
            return Err(EXIT_USAGE);
        }
    };
    if print_warnings {
        for warning in &corpus.warnings {
            eprintln!("warning: {warning}");
        }
    }
    if corpus.documents.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        eprintln!("dateline: no readable article in {}", shown.join(", "));
        return Err(EXIT_USAGE);
    }
    Ok(corpus)
}

/// Parses `YYYY-MM-DD`.
pub(crate) fn parse_reference_date(value: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map_err(|_| format!("--reference-date {value:?}: expected a date as YYYY-MM-DD"))
}

/// The date as shown: `2025-06-19`, `2025-06-19 16:39`, or `XXXX-07-20` when the year is unknown.
fn shown_date(date: &DocumentDate) -> String {
    let day = if date.year_known {
        date.date.format("%Y-%m-%d").to_string()
    } else {
        date.date.format("XXXX-%m-%d").to_string()
    };
    match shown_time(date) {
        Some(time) => format!("{day} {time}"),
        None => day,
    }
}

fn shown_time(date: &DocumentDate) -> Option<String> {
    let time = date.date.time();
    (time != NaiveTime::MIN).then(|| format!("{:02}:{:02}", time.hour(), time.minute()))
}

/// The readable listing: one block per article, then a summary line.
fn render_text(corpus: &Corpus) -> String {
    let mut out = String::new();
    for document in &corpus.documents {
        out.push_str(&format!(
            "{}  ({} bytes)\n",
            document.path.display(),
            document.byte_size
        ));
        out.push_str(&format!("  title        {}\n", document.title));
        if let Some(byline) = &document.byline {
            out.push_str(&format!("  byline       {byline}\n"));
        }
        match &document.date {
            Some(date) => out.push_str(&format!(
                "  date         {}  from {} ({:.2}): {}\n",
                shown_date(date),
                date.source.name(),
                date.confidence,
                date.evidence
            )),
            None => out.push_str("  date         unknown\n"),
        }
        out.push_str(&format!(
            "  boilerplate  {}\n",
            counted(document.boilerplate_line_count(), "line")
        ));
        if document.language == Language::NotEnglish {
            out.push_str("  language     not English\n");
        }
    }
    out.push_str(&format!(
        "{}, {}\n",
        counted(corpus.documents.len(), "article"),
        counted(corpus.warnings.len(), "warning")
    ));
    out
}

/// "1 line", "4 lines".
fn counted(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("{count} {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

#[derive(Serialize)]
struct JsonListing<'a> {
    documents: Vec<JsonDocument<'a>>,
    warnings: &'a [LoadWarning],
}

#[derive(Serialize)]
struct JsonDocument<'a> {
    path: String,
    title: &'a str,
    byline: Option<&'a str>,
    byte_size: u64,
    format: TextFormat,
    language: Language,
    date: Option<JsonDate<'a>>,
    boilerplate_lines: usize,
}

#[derive(Serialize)]
struct JsonDate<'a> {
    date: String,
    time: Option<String>,
    date_source: &'static str,
    confidence: f32,
    evidence: &'a str,
    year_known: bool,
}

fn json_document(document: &Document) -> JsonDocument<'_> {
    JsonDocument {
        path: document.path.display().to_string(),
        title: &document.title,
        byline: document.byline.as_deref(),
        byte_size: document.byte_size,
        format: document.format,
        language: document.language,
        date: document.date.as_ref().map(|date| JsonDate {
            date: shown_date(date)
                .split(' ')
                .next()
                .unwrap_or_default()
                .to_owned(),
            time: shown_time(date),
            date_source: date.source.name(),
            // Two decimals, so the output does not show float noise.
            confidence: (date.confidence * 100.0).round() / 100.0,
            evidence: &date.evidence,
            year_known: date.year_known,
        }),
        boilerplate_lines: document.boilerplate_line_count(),
    }
}

/// The JSON listing: `{"documents": [...], "warnings": [...]}`.
fn render_json(corpus: &Corpus) -> anyhow::Result<String> {
    let listing = JsonListing {
        documents: corpus.documents.iter().map(json_document).collect(),
        warnings: &corpus.warnings,
    };
    let mut json = serde_json::to_string_pretty(&listing).context("cannot write the listing")?;
    json.push('\n');
    Ok(json)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_reference_date_message() {
        insta::assert_snapshot!(
            parse_reference_date("19/06/2025").unwrap_err(),
            @r#"--reference-date "19/06/2025": expected a date as YYYY-MM-DD"#
        );
    }
}
