//! An article's own date: data-driven cases (`tests/data/corpus/dating.toml`), the samples, and the
//! Haiti BBC folder of the shared evaluation data (skipped when `../shared` is absent).

use std::path::{Path, PathBuf};

use dateline::corpus::{Corpus, DateSource, Document, LoadOptions};
use serde::Deserialize;

fn read_cases<T: serde::de::DeserializeOwned>(name: &str) -> T {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/corpus/").to_owned() + name;
    let text = std::fs::read_to_string(&path).unwrap();
    toml::from_str(&text).unwrap_or_else(|err| panic!("{path}: {err}"))
}

fn load_one(path: &str, text: &str) -> Document {
    let files = [(PathBuf::from(path), text.as_bytes())];
    let mut corpus = Corpus::from_memory(&files, &LoadOptions::default()).unwrap();
    assert_eq!(corpus.documents.len(), 1, "{:?}", corpus.warnings);
    corpus.documents.remove(0)
}

#[derive(Debug, Deserialize)]
struct DatingCases {
    case: Vec<DatingCase>,
}

#[derive(Debug, Deserialize)]
struct DatingCase {
    name: String,
    path: String,
    text: String,
    date: String,
    source: Option<String>,
}

fn shown_date(document: &Document) -> (String, Option<String>) {
    match &document.date {
        None => ("none".to_owned(), None),
        Some(date) => {
            let shown = if date.date.time() == chrono::NaiveTime::MIN {
                date.date.format("%Y-%m-%d").to_string()
            } else {
                date.date.format("%Y-%m-%dT%H:%M").to_string()
            };
            (shown, Some(date.source.name().to_owned()))
        }
    }
}

#[test]
fn dating_cases() {
    let cases: DatingCases = read_cases("dating.toml");
    let mut failures = Vec::new();
    for case in &cases.case {
        let document = load_one(&case.path, &case.text);
        let got = shown_date(&document);
        let want = (case.date.clone(), case.source.clone());
        if got != want {
            failures.push(format!(
                "{}: want {want:?}, got {got:?} (evidence {:?})",
                case.name,
                document.date.as_ref().map(|d| &d.evidence)
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn date_of<'a>(corpus: &'a Corpus, name: &str) -> &'a dateline::corpus::DocumentDate {
    let document = corpus
        .documents
        .iter()
        .find(|doc| doc.path.ends_with(name))
        .unwrap_or_else(|| panic!("{name} not loaded"));
    document
        .date
        .as_ref()
        .unwrap_or_else(|| panic!("{name} has no date"))
}

/// The samples: a dateline, access dates, and the folder's year for the article without one.
#[test]
fn sample_dates() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for corpus in [Corpus::samples(), Corpus::open(&seeds).unwrap()] {
        let dateline = date_of(&corpus, "002_56b8b833bb8f33e6.txt");
        assert_eq!(dateline.source, DateSource::Dateline);
        assert_eq!(dateline.date.to_string(), "2025-06-19 16:39:00");

        let access = date_of(&corpus, "004_76d36c29651a362f.txt");
        assert_eq!(access.source, DateSource::AccessDates);
        assert_eq!(access.date.date().to_string(), "2025-07-20");

        let phone_call = date_of(&corpus, "003_b6df9202d0890b2f.txt");
        assert_eq!(phone_call.source, DateSource::Folder);
        assert_eq!(phone_call.date.date().to_string(), "2025-07-20");
        assert!(phone_call.year_known);
        assert!(phone_call.confidence < 0.5);

        // Its latest explicit year is 2021: the folder's 2025 is not forced on it.
        let old = date_of(&corpus, "001_62b8ca9d3b454acc.txt");
        assert_eq!(old.source, DateSource::Folder);
        assert!(!old.year_known);
    }
}

/// A wire dateline without a year and no year in its document takes the folder's year; alone (no
/// folder, no file time) its year stays unknown.
#[test]
fn yearless_dateline_takes_the_folder_year() {
    let wire =
        "Oil slips in early trade\n\nSINGAPORE, Jan 2 (Reuters) - Oil prices fell on Thursday.\n";
    let dated = "Published: 5 March 2025\n\nMarkets were calm on Wednesday.\n";
    let files = [
        (PathBuf::from("news/wire.txt"), wire.as_bytes()),
        (PathBuf::from("news/dated.txt"), dated.as_bytes()),
    ];
    let corpus = Corpus::from_memory(&files, &LoadOptions::default()).unwrap();
    let date = date_of(&corpus, "wire.txt");
    assert_eq!(date.source, DateSource::Dateline);
    assert_eq!(date.date.date().to_string(), "2025-01-02");
    assert!(date.year_known);
    assert!(date.evidence.contains("year from the folder"), "{date:?}");

    let alone = load_one("news/wire.txt", wire);
    let date = alone.date.as_ref().unwrap();
    assert_eq!(date.source, DateSource::Dateline);
    assert_eq!(date.date.format("%m-%d").to_string(), "01-02");
    assert!(!date.year_known);
    assert!(!alone.reference().year_known);
}

/// A file dated only by its modification time keeps that year unless its own latest year is well
/// before it: an older article saved later keeps its year unknown (regression: the file time's year
/// was taken as known, so "yesterday" in a 2019 story landed in the year it was copied).
#[test]
fn file_time_year_is_doubted_for_an_older_article() {
    let dir = tempfile::tempdir().unwrap();
    let saved = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let saved = std::time::UNIX_EPOCH
        + std::time::Duration::from_secs(
            u64::try_from(saved.and_time(chrono::NaiveTime::MIN).and_utc().timestamp()).unwrap(),
        );
    let mut dates = Vec::new();
    for (name, text) in [
        (
            "old.txt",
            "Plant story\n\nThe plant closed in March 2019. Yesterday workers returned.\n",
        ),
        (
            "new.txt",
            "Plant story\n\nThe plant closed in March 2026. Yesterday workers returned.\n",
        ),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(saved)
            .unwrap();
        let corpus = Corpus::open(&path).unwrap();
        let date = corpus.documents[0].date.clone().unwrap();
        assert_eq!(date.source, DateSource::Mtime);
        dates.push(date);
    }
    assert!(!dates[0].year_known, "{:?}", dates[0]);
    assert!(
        dates[0].evidence.contains("latest year is 2019"),
        "{:?}",
        dates[0]
    );
    assert!(dates[1].year_known, "{:?}", dates[1]);
}

/// The Haiti BBC folder: 296 articles, each dated from its path or its "Last updated" line.
#[test]
fn haiti_folder_is_fully_dated() {
    let folder = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared"))
        .join("eval/t17-haiti_bbc/InputDocs");
    if !folder.is_dir() {
        println!("skipped: {} is absent", folder.display());
        return;
    }
    let corpus = Corpus::open(&folder).unwrap();
    assert_eq!(corpus.documents.len(), 296);
    for document in &corpus.documents {
        let date = document
            .date
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no date", document.path.display()));
        assert!(
            matches!(date.source, DateSource::Path | DateSource::Dateline),
            "{}: {:?}",
            document.path.display(),
            date
        );
        // The folder name is the day the article was collected; its own line may be a day off.
        let folder_day = document.path.parent().and_then(|p| p.file_name()).unwrap();
        let folder_day =
            chrono::NaiveDate::parse_from_str(&folder_day.to_string_lossy(), "%Y-%m-%d").unwrap();
        let gap_days = (date.date.date() - folder_day).num_days().abs();
        assert!(gap_days <= 2, "{}: {:?}", document.path.display(), date);
    }
    let from_lines = corpus
        .documents
        .iter()
        .filter(|doc| {
            doc.date
                .as_ref()
                .is_some_and(|d| d.source == DateSource::Dateline)
        })
        .count();
    assert!(
        from_lines >= 2,
        "{from_lines} articles dated from their own line"
    );
}
