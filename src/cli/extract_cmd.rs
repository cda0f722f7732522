//! `dateline extract`: loads articles (or standard input), runs the extractor on each with its own
//! date (or `--reference-date`), and prints the mentions as JSON lines, JSON, TSV or TimeML. Owns only
//! the output formats; extraction is `crate::extract`, loading is `crate::corpus`.

use std::io::{self, BufWriter, Read as _, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use chrono::NaiveDate;
use serde::Serialize;

use super::{EXIT_OK, EXIT_USAGE, ExtractArgs, ExtractFormat};
use crate::corpus::{Corpus, DateSource, Document, LoadOptions};
use crate::extract::{Anchor, Mention, Reference, TimexType, extract};

/// One output record.
#[derive(Debug, Serialize)]
struct Record<'a> {
    doc: String,
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    timex_type: TimexType,
    value: &'a str,
    #[serde(rename = "mod")]
    modifier: Option<&'a str>,
    anchor: Anchor,
    range_end: Option<&'a str>,
    date_source: Option<DateSource>,
    reference_date: Option<String>,
    boilerplate: bool,
}

/// A document to extract from, with the date its relative expressions resolve against.
struct Input {
    display: String,
    text: String,
    reference: Reference,
    date_source: Option<DateSource>,
    boilerplate: Vec<std::ops::Range<usize>>,
}

/// Runs the command.
pub fn run(args: &ExtractArgs) -> anyhow::Result<u8> {
    let forced = match &args.reference_date {
        Some(s) => Some(
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .with_context(|| format!("--reference-date {s:?} is not a YYYY-MM-DD date"))?,
        ),
        None => None,
    };
    let options = LoadOptions {
        reference_date: forced,
        ..LoadOptions::default()
    };
    let files: Vec<PathBuf> = args
        .paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .cloned()
        .collect();
    let mut inputs = Vec::new();
    if args.paths.iter().any(|p| p.as_os_str() == "-") {
        let mut bytes = Vec::new();
        io::stdin()
            .read_to_end(&mut bytes)
            .context("reading standard input")?;
        let corpus = Corpus::from_memory(&[(PathBuf::from("-"), bytes.as_slice())], &options)?;
        report_warnings(&corpus);
        inputs.extend(corpus.documents.into_iter().map(|d| input_of(d, forced)));
    }
    if !files.is_empty() {
        let corpus = Corpus::open_with(&files, &options)?;
        report_warnings(&corpus);
        inputs.extend(corpus.documents.into_iter().map(|d| input_of(d, forced)));
    }
    if inputs.is_empty() {
        eprintln!("dateline: nothing readable");
        return Ok(EXIT_USAGE);
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    write_all(&mut out, &inputs, args.format)?;
    out.flush()?;
    Ok(EXIT_OK)
}

/// Load warnings go to standard error, one line each.
fn report_warnings(corpus: &Corpus) {
    for warning in &corpus.warnings {
        eprintln!(
            "dateline: warning: {}: {}",
            warning.path.display(),
            warning.message
        );
    }
}

/// The extraction input of one loaded document.
fn input_of(doc: Document, forced: Option<NaiveDate>) -> Input {
    let (reference, date_source) = match (forced, &doc.date) {
        (Some(d), _) => (Reference::known(d), Some(DateSource::ReferenceDate)),
        (None, Some(date)) => (
            Reference {
                date: Some(date.date.date()),
                year_known: date.year_known,
            },
            Some(date.source),
        ),
        (None, None) => (Reference::unknown(), None),
    };
    Input {
        display: display_path(&doc.path),
        text: doc.text,
        reference,
        date_source,
        boilerplate: doc.boilerplate,
    }
}

fn display_path(path: &Path) -> String {
    path.display().to_string()
}

/// Writes every document's mentions in `format`.
fn write_all(out: &mut impl Write, inputs: &[Input], format: ExtractFormat) -> anyhow::Result<()> {
    if format == ExtractFormat::Tsv {
        writeln!(
            out,
            "doc\tstart\tend\ttext\ttype\tvalue\tmod\tanchor\trange_end\tdate_source\tboilerplate"
        )?;
    }
    if format == ExtractFormat::Json {
        write!(out, "[")?;
    }
    let mut first = true;
    for input in inputs {
        let mentions = extract(&input.text, &input.reference);
        if format == ExtractFormat::Timeml {
            write_timeml(out, input, &mentions)?;
            continue;
        }
        for m in &mentions {
            let record = record_of(input, m);
            match format {
                ExtractFormat::Jsonl => {
                    serde_json::to_writer(&mut *out, &record)?;
                    writeln!(out)?;
                }
                ExtractFormat::Json => {
                    if !first {
                        write!(out, ",")?;
                    }
                    writeln!(out)?;
                    serde_json::to_writer(&mut *out, &record)?;
                }
                ExtractFormat::Tsv => {
                    let source = record
                        .date_source
                        .and_then(|s| serde_json::to_value(s).ok())
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default();
                    let anchor = serde_json::to_value(record.anchor)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default();
                    let ty = serde_json::to_value(record.timex_type)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default();
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                        tsv_field(&record.doc),
                        record.start,
                        record.end,
                        tsv_field(record.text),
                        ty,
                        record.value,
                        record.modifier.unwrap_or(""),
                        anchor,
                        record.range_end.unwrap_or(""),
                        source,
                        record.boilerplate
                    )?;
                }
                ExtractFormat::Timeml => {}
            }
            first = false;
        }
    }
    if format == ExtractFormat::Json {
        writeln!(out, "\n]")?;
    }
    Ok(())
}

fn record_of<'a>(input: &'a Input, m: &'a Mention) -> Record<'a> {
    Record {
        doc: input.display.clone(),
        start: m.start,
        end: m.end,
        text: &input.text[m.start..m.end],
        timex_type: m.timex_type,
        value: &m.value,
        modifier: m.modifier.as_deref(),
        anchor: m.anchor,
        range_end: m.range_end.as_deref(),
        date_source: input.date_source,
        reference_date: input
            .reference
            .date
            .map(|d| d.format("%Y-%m-%d").to_string()),
        boilerplate: input
            .boilerplate
            .iter()
            .any(|r| r.start < m.end && m.start < r.end),
    }
}

/// Tabs and line breaks inside a TSV field become spaces.
fn tsv_field(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// The document as TempEval-style TimeML: DCT first, then the text with `<TIMEX3>` tags.
fn write_timeml(out: &mut impl Write, input: &Input, mentions: &[Mention]) -> anyhow::Result<()> {
    writeln!(out, "<?xml version=\"1.0\" ?>")?;
    writeln!(out, "<TimeML>")?;
    writeln!(out, "<DOCID>{}</DOCID>", xml_escape(&input.display))?;
    if let Some(d) = input.reference.date {
        let v = d.format("%Y-%m-%d");
        writeln!(
            out,
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{v}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{v}</TIMEX3></DCT>"
        )?;
    }
    write!(out, "<TEXT>")?;
    let mut at = 0;
    for (n, m) in mentions.iter().enumerate() {
        write!(out, "{}", xml_escape(&input.text[at..m.start]))?;
        let ty = match m.timex_type {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        };
        let temporal_function = m.anchor != Anchor::Explicit;
        write!(
            out,
            "<TIMEX3 tid=\"t{}\" type=\"{ty}\" value=\"{}\"",
            n + 1,
            xml_escape(&m.value)
        )?;
        if let Some(modifier) = &m.modifier {
            write!(out, " mod=\"{modifier}\"")?;
        }
        write!(
            out,
            " temporalFunction=\"{temporal_function}\">{}</TIMEX3>",
            xml_escape(&input.text[m.start..m.end])
        )?;
        at = m.end;
    }
    write!(out, "{}", xml_escape(&input.text[at..]))?;
    writeln!(out, "</TEXT>")?;
    writeln!(out, "</TimeML>")?;
    Ok(())
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
