//! Any bytes, as a text or an HTML file, load without a panic and give offsets on char boundaries.

use std::path::PathBuf;

use dateline::corpus::{Corpus, LoadOptions};
use proptest::prelude::*;

fn check(name: &str, bytes: &[u8]) {
    // A dated neighbour makes the folder consensus read the fuzzed article's years too.
    let files = [
        (PathBuf::from(name), bytes),
        (
            PathBuf::from("2025-07-20.txt"),
            b"Dated neighbour.".as_slice(),
        ),
    ];
    let corpus = Corpus::from_memory(&files, &LoadOptions::default()).unwrap();
    for document in &corpus.documents {
        for mark in &document.marks {
            assert!(mark.range.start <= mark.range.end);
            assert!(document.text.is_char_boundary(mark.range.start));
            assert!(document.text.is_char_boundary(mark.range.end));
        }
    }
}

/// Bytes that look like articles often enough to reach the interesting code.
fn article_bytes() -> impl Strategy<Value = Vec<u8>> {
    let pieces = prop_oneof![
        Just("Published: June 19, 2025\n".as_bytes().to_vec()),
        Just(
            "Last updated : 14 January , 2010 - 17:26 GMT "
                .as_bytes()
                .to_vec()
        ),
        Just(
            "<p>Text &amp; more</p><h1>T</h1><meta name=\"date\" content=\"2025-01-0"
                .as_bytes()
                .to_vec()
        ),
        Just("You May Also Like\n".as_bytes().to_vec()),
        Just(
            "[i] https://x.org/é, (Access Date: 20.07.2025).\n"
                .as_bytes()
                .to_vec()
        ),
        Just("KYIV, July 18, 2025 — ".as_bytes().to_vec()),
        Just("é—“”\u{FEFF}\r\n".as_bytes().to_vec()),
        Just(
            "’’’’’’’’’’’’’’’’’’’’’’ 2021 ’’’’’’’’’’’’’’’’’’’’’’’’’’’’’"
                .as_bytes()
                .to_vec()
        ),
        proptest::collection::vec(any::<u8>(), 0..40),
        "[ -~\n]{0,40}".prop_map(String::into_bytes),
    ];
    proptest::collection::vec(pieces, 0..12).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text_file_loads(bytes in article_bytes()) {
        check("a.txt", &bytes);
    }

    #[test]
    fn any_html_file_loads(bytes in article_bytes()) {
        check("a.html", &bytes);
    }
}
