//! Data-driven extractor cases: every `tests/data/extract/*.toml` file holds cases grouped by
//! phenomenon. Each case gives a text, an optional reference date and the exact list of mentions
//! expected (span text, type, value, and optionally mod and range end); an empty list means the text
//! holds no temporal expression at all.

use std::path::Path;

use chrono::NaiveDate;
use dateline::extract::{Reference, TimexType, extract};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct CaseFile {
    #[serde(rename = "case")]
    cases: Vec<Case>,
}

#[derive(Debug, Deserialize)]
struct Case {
    text: String,
    #[serde(default)]
    reference: Option<NaiveDate>,
    expect: Vec<Expected>,
}

#[derive(Debug, Deserialize, PartialEq)]
struct Expected {
    text: String,
    #[serde(rename = "type")]
    timex_type: String,
    value: String,
    #[serde(default, rename = "mod")]
    modifier: Option<String>,
    #[serde(default)]
    range_end: Option<String>,
}

fn type_name(t: TimexType) -> &'static str {
    match t {
        TimexType::Date => "DATE",
        TimexType::Time => "TIME",
        TimexType::Duration => "DURATION",
        TimexType::Set => "SET",
    }
}

fn run_case(case: &Case) -> Vec<Expected> {
    let reference = case
        .reference
        .map_or_else(Reference::unknown, Reference::known);
    extract(&case.text, &reference)
        .into_iter()
        .map(|m| Expected {
            text: case.text[m.start..m.end].to_string(),
            timex_type: type_name(m.timex_type).to_string(),
            value: m.value,
            modifier: m.modifier,
            range_end: m.range_end,
        })
        .collect()
}

/// Runs every case file; reports all failures at once.
#[test]
fn extract_cases_from_data_files() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/extract"));
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    let mut failures = Vec::new();
    let mut total = 0;
    for path in &paths {
        let file: CaseFile = toml::from_str(&std::fs::read_to_string(path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for case in &file.cases {
            total += 1;
            let got = run_case(case);
            let want: Vec<Expected> = case
                .expect
                .iter()
                .map(|e| Expected {
                    text: e.text.clone(),
                    timex_type: e.timex_type.clone(),
                    value: e.value.clone(),
                    modifier: e.modifier.clone(),
                    range_end: e.range_end.clone(),
                })
                .collect();
            // A case that does not name a range end or mod does not check it.
            let got_cmp: Vec<Expected> = got
                .iter()
                .zip(want.iter().map(Some).chain(std::iter::repeat(None)))
                .map(|(g, w)| Expected {
                    text: g.text.clone(),
                    timex_type: g.timex_type.clone(),
                    value: g.value.clone(),
                    modifier: if w.is_some_and(|w| w.modifier.is_some()) {
                        g.modifier.clone()
                    } else {
                        None
                    },
                    range_end: if w.is_some_and(|w| w.range_end.is_some()) {
                        g.range_end.clone()
                    } else {
                        None
                    },
                })
                .collect();
            if got_cmp != want {
                failures.push(format!(
                    "{}: {:?}\n    want {:?}\n    got  {:?}",
                    path.file_name().unwrap().to_string_lossy(),
                    case.text,
                    want,
                    got
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {total} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
