//! Regression tests, one per bug found while measuring the extractor, plus an insta snapshot of the
//! mentions of one sample article (the model other modules consume).

use chrono::NaiveDate;
use dateline::extract::{Mention, Reference, extract};

fn reference(y: i32, m: u32, d: u32) -> Reference {
    Reference::known(NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

/// (span text, value) pairs.
fn spans(text: &str, reference: &Reference) -> Vec<(String, String)> {
    extract(text, reference)
        .into_iter()
        .map(|m: Mention| (text[m.start..m.end].to_string(), m.value))
        .collect()
}

fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

#[test]
fn full_month_name_does_not_take_the_sentence_period() {
    let r = reference(1998, 3, 1);
    assert_eq!(
        spans("It closed last February.", &r),
        [pair("last February", "1997-02")]
    );
}

#[test]
fn pm_does_not_swallow_the_sentence_period() {
    let r = reference(2025, 7, 20);
    assert_eq!(
        spans("It began at 4:39 PM.", &r),
        [pair("4:39 PM", "2025-07-20T16:39")]
    );
}

#[test]
fn short_decade_takes_the_reference_century() {
    let r = reference(1989, 10, 26);
    assert_eq!(
        spans("It boomed in the '80s.", &r),
        [pair("the '80s", "198")]
    );
    let r = reference(2025, 7, 20);
    assert_eq!(
        spans("It boomed in the '90s.", &r),
        [pair("the '90s", "199")]
    );
}

#[test]
fn age_is_not_a_duration() {
    let r = reference(2000, 1, 7);
    assert!(spans("The 6-year-old boy and a 44-year-old man.", &r).is_empty());
}

#[test]
fn passive_will_be_held_is_future() {
    let r = reference(2025, 7, 20);
    assert_eq!(
        spans("The vote will be held on Sept. 3.", &r),
        [pair("Sept. 3", "2025-09-03")]
    );
}

#[test]
fn year_followed_by_quarter_unit_is_not_a_duration() {
    let r = reference(1989, 10, 26);
    let got = spans("Profit rose from the 1988 second quarter.", &r);
    assert_eq!(got, [pair("the 1988 second quarter", "1988-Q2")]);
}

#[test]
fn quarter_year_is_not_taken_from_a_shifted_mention() {
    let r = reference(1989, 10, 26);
    let got = spans("Net fell a year ago. The third quarter was weak.", &r);
    assert_eq!(got[1], pair("The third quarter", "1989-Q3"));
}

#[test]
fn over_before_the_is_not_a_comparator() {
    let r = reference(2025, 7, 20);
    assert_eq!(
        spans("Output fell over the last three years.", &r),
        [pair("the last three years", "P3Y")]
    );
}

#[test]
fn unknown_year_stays_unknown() {
    let r = Reference {
        date: NaiveDate::from_ymd_opt(2025, 1, 1),
        year_known: false,
    };
    assert_eq!(
        spans("since the invasion of 24 February", &r),
        [pair("24 February", "XXXX-02-24")]
    );
}

#[test]
fn sample_article_mentions_snapshot() {
    let text = include_str!("../seeds/002_56b8b833bb8f33e6.txt");
    let mentions: Vec<_> = extract(text, &reference(2025, 6, 19))
        .into_iter()
        .map(|m| {
            format!(
                "{:?} {:?} {} {:?} {:?}",
                &text[m.start..m.end],
                m.timex_type,
                m.value,
                m.modifier,
                m.anchor
            )
        })
        .collect();
    insta::assert_snapshot!(mentions.join("\n"));
}

#[test]
fn unknown_year_leaves_day_relative_expressions_unknown() {
    let r = Reference {
        date: NaiveDate::from_ymd_opt(2025, 7, 20),
        year_known: false,
    };
    assert_eq!(
        spans("Yesterday officials met; this month the talks ended.", &r),
        [pair("Yesterday", "XXXX-XX-XX"), pair("this month", "XXXX")]
    );
}
