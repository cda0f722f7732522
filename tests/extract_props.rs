//! Property tests of the extractor's invariants on arbitrary text (with date-like fragments mixed
//! in so the patterns fire): spans on char boundaries, in order, non-overlapping, values that parse
//! as TIMEX3.

use std::sync::LazyLock;

use chrono::NaiveDate;
use dateline::extract::{Reference, TimexType, extract};
use proptest::prelude::*;
use regex::Regex;

static DATE_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(PRESENT_REF|PAST_REF|FUTURE_REF|",
        r"(BC)?[0-9X]{2,4}(-([0-9X]{2}(-[0-9X]{2})?|Q[1-4X]|H[12]|SP|SU|FA|WI|W[0-9X]{2}(-WE|-[1-7])?))?",
        r"(T([0-9]{2}:[0-9]{2}|MO|AF|EV|NI))?)$"
    ))
    .unwrap()
});
static DURATION_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^P(([0-9]+|X)(Y|M|W|D|DE|C|Q))?([0-9]+[MD])?(T(([0-9]+(\.[0-9]+)?|X)[HMS])+)?$")
        .unwrap()
});

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~]{0,12}",
        "\\PC{0,6}",
        Just("July 18, 2025".to_string()),
        Just("44 BC".to_string()),
        Just("A.D. 800".to_string()),
        Just("2,000 years ago".to_string()),
        Just("18 July".to_string()),
        Just("Feb. 24-25".to_string()),
        Just("2025-03-04T10:00".to_string()),
        Just("20.07.2025".to_string()),
        Just("03/11/25".to_string()),
        Just("last week".to_string()),
        Just("three days later".to_string()),
        Just("the 1990s".to_string()),
        Just("'90s".to_string()),
        Just("4:39 PM".to_string()),
        Just("the end of".to_string()),
        Just("every Tuesday night".to_string()),
        Just("the third quarter of".to_string()),
        Just("nineteen ninety-six".to_string()),
        Just("9.58 seconds".to_string()),
        Just("no more than".to_string()),
        Just("the week after next".to_string()),
        Just("Tuesday week".to_string()),
        Just("every Christmas".to_string()),
        Just("the last Sunday of".to_string()),
        Just("100–44 BC".to_string()),
        Just("in 476.".to_string()),
        Just("the quarter ended".to_string()),
        Just("1653 local time".to_string()),
        Just(" ".to_string()),
        Just("\n".to_string()),
        "[0-9]{1,5}",
        "[-/.:,'’–]",
    ]
}

proptest! {
    #[test]
    fn mentions_are_well_formed(
        parts in proptest::collection::vec(fragment(), 0..24),
        days in 0i32..1_000_000,
        known in any::<bool>(),
        has_date in any::<bool>(),
    ) {
        let text: String = parts.concat();
        let reference = Reference {
            date: has_date.then(|| NaiveDate::from_num_days_from_ce_opt(days)).flatten(),
            year_known: known,
        };
        let mentions = extract(&text, &reference);
        let mut last_end = 0;
        for m in &mentions {
            prop_assert!(m.start < m.end && m.end <= text.len());
            prop_assert!(m.start >= last_end, "overlap or disorder in {:?}", text);
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            let ok = match m.timex_type {
                TimexType::Date | TimexType::Time => DATE_VALUE.is_match(&m.value),
                TimexType::Duration => DURATION_VALUE.is_match(&m.value),
                TimexType::Set => {
                    DATE_VALUE.is_match(&m.value) || DURATION_VALUE.is_match(&m.value)
                        || m.value.starts_with("XXXX-WXX-")
                        || m.value.starts_with("XXXX-XX-XXT")
                }
            };
            prop_assert!(ok, "bad value {:?} for {:?} in {:?}", m.value, &text[m.start..m.end], text);
            last_end = m.end;
        }
    }
}
