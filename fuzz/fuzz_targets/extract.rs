//! Fuzz target: the extractor over arbitrary bytes (decoded UTF-8-lossy) with any reference date.
//! Checks the invariants the rest of Dateline relies on: spans on char boundaries, in order and
//! non-overlapping, non-empty values.

#![no_main]

use chrono::NaiveDate;
use dateline::extract::{Reference, extract};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let (head, body) = data.split_at(4);
    let days = i32::from_le_bytes([head[0], head[1], head[2], head[3]]);
    let date = NaiveDate::from_num_days_from_ce_opt(days.rem_euclid(3_700_000));
    let reference = Reference {
        date,
        year_known: head[0] & 1 == 0,
    };
    let text = String::from_utf8_lossy(body);
    let mentions = extract(&text, &reference);
    let mut last_end = 0;
    for m in &mentions {
        assert!(m.start < m.end && m.end <= text.len());
        assert!(m.start >= last_end);
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        assert!(!m.value.is_empty());
        last_end = m.end;
    }
});
