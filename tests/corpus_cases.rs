//! Data-driven corpus cases: the marked boilerplate, reference and URL ranges
//! (`tests/data/corpus/boilerplate.toml`).

use std::path::PathBuf;

use dateline::corpus::{Corpus, Document, LoadOptions, MarkKind};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct MarkCases {
    case: Vec<MarkCase>,
}

#[derive(Debug, Deserialize)]
struct MarkCase {
    name: String,
    text: String,
    marked: Vec<String>,
}

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

#[test]
fn boilerplate_cases() {
    let cases: MarkCases = read_cases("boilerplate.toml");
    let mut failures = Vec::new();
    for case in &cases.case {
        let document = load_one("case.txt", &case.text);
        let got: Vec<String> = document
            .marks
            .iter()
            .map(|mark| {
                let kind = match mark.kind {
                    MarkKind::Boilerplate => "boilerplate",
                    MarkKind::Reference => "reference",
                    MarkKind::Url => "url",
                };
                format!("{kind}: {}", &document.text[mark.range.clone()])
            })
            .collect();
        if got != case.marked {
            failures.push(format!(
                "{}: want {:#?}, got {got:#?}",
                case.name, case.marked
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
