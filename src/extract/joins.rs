//! Passes over finished mentions that reconcile neighbours the matchers read one at a time:
//! clock-time ranges written with two full times ("from 10 p.m. to 6 a.m.", "between 9 a.m. and 5
//! p.m. Friday") share a day and never run backwards; a weekday joined to a set ("every Friday and
//! Saturday night") is a set too. Owns nothing else: the matchers in `patterns` find and resolve
//! each expression; these passes only adjust pairs. No I/O.

use chrono::{Datelike as _, NaiveDate};

use super::{Anchor, Mention, TimexType};

/// Joins each pair of clock times linked by "to", "until", "till", a dash, or "and" after
/// "between". The side that names no day takes the other's: the start the day before when its
/// clock is later ("10 p.m. to 6 a.m. Monday" starts on Sunday), the end the day after ("from
/// 10 p.m. to 6 a.m." ends the next morning).
pub(crate) fn join_time_ranges(text: &str, mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let (head, tail) = mentions.split_at_mut(k);
        let (start, end) = (&mut head[k - 1], &mut tail[0]);
        if start.timex_type != TimexType::Time
            || end.timex_type != TimexType::Time
            || start.range_end.is_some()
            || !linked(text, start, end)
        {
            continue;
        }
        let (Some((start_day, start_clock)), Some((end_day, end_clock))) =
            (day_and_clock(&start.value), day_and_clock(&end.value))
        else {
            continue;
        };
        let start_says_day = says_day(&text[start.start..start.end]);
        let end_says_day = says_day(&text[end.start..end.end]);
        let later = start_clock > end_clock;
        if end_says_day && !start_says_day {
            let day = if later {
                end_day.pred_opt()
            } else {
                Some(end_day)
            };
            if let Some(day) = day {
                start.value = format!("{}T{start_clock}", day.format("%Y-%m-%d"));
                start.anchor = end.anchor;
            }
        } else if !end_says_day
            && later
            && start_day >= end_day
            && let Some(day) = start_day.succ_opt()
        {
            end.value = format!("{}T{end_clock}", day.format("%Y-%m-%d"));
            if end.anchor == Anchor::Explicit {
                end.anchor = Anchor::PreviousMention;
            }
        }
        start.range_end = Some(end.value.clone());
    }
}

/// Whether only a range word stands between the two mentions ("and" only after "between").
fn linked(text: &str, start: &Mention, end: &Mention) -> bool {
    let Some(gap) = text.get(start.end..end.start) else {
        return false;
    };
    let gap = gap.trim();
    match gap {
        "to" | "until" | "till" | "through" | "-" | "–" | "—" => true,
        "and" => text[..start.start]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("between")),
        _ => false,
    }
}

/// A TIME value's day and clock ("2023-10-05T22:00" → 2023-10-05, "22:00"); None for parts of
/// day ("TNI") or values without a full day.
pub(crate) fn day_and_clock(value: &str) -> Option<(NaiveDate, &str)> {
    let (day, clock) = value.split_once('T')?;
    if !clock.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let day = NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?;
    Some((day, clock))
}

/// Whether a time's own words name a day ("6 a.m. next Monday", "2 a.m. on Friday"), rather than
/// only a clock ("10 p.m.", "0600 GMT", "noon").
fn says_day(span: &str) -> bool {
    const CLOCK_WORDS: &[&str] = &[
        "a",
        "m",
        "p",
        "am",
        "pm",
        "noon",
        "midnight",
        "at",
        "o",
        "clock",
        "gmt",
        "utc",
        "z",
        "et",
        "est",
        "edt",
        "ct",
        "cst",
        "cdt",
        "mt",
        "mst",
        "mdt",
        "pt",
        "pst",
        "pdt",
        "bst",
        "cet",
        "cest",
        "local",
        "time",
        "hrs",
        "hours",
        "h",
        "universal",
        "coordinated",
        "in",
        "the",
        "morning",
        "afternoon",
        "evening",
        "night",
        "about",
        "around",
        "approximately",
        "roughly",
        "some",
        "shortly",
        "just",
        "before",
        "after",
    ];
    span.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .any(|w| !CLOCK_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w)))
}

/// Makes a weekday joined by "and", "or" or a comma to a weekly set a set too: "every Friday and
/// Saturday night", "every Tuesday and Friday", "on Mondays, Wednesdays and Fridays".
pub(crate) fn join_weekday_sets(text: &str, mentions: &mut [Mention]) {
    for k in 1..mentions.len() {
        let (head, tail) = mentions.split_at_mut(k);
        let (set, day) = (&head[k - 1], &mut tail[0]);
        if set.timex_type != TimexType::Set || !set.value.starts_with("XXXX-WXX-") {
            continue;
        }
        let Some(gap) = text.get(set.end..day.start) else {
            continue;
        };
        if !matches!(gap.trim(), "and" | "or" | "," | "&" | ", and" | ", or") {
            continue;
        }
        let span = &text[day.start..day.end];
        if !WEEKDAYS.iter().any(|w| span.starts_with(w)) {
            continue;
        }
        let (date, rest) = day
            .value
            .split_at(day.value.find('T').unwrap_or(day.value.len()));
        let Ok(date) = NaiveDate::parse_from_str(date, "%Y-%m-%d") else {
            continue;
        };
        day.value = format!("XXXX-WXX-{}{rest}", date.weekday().number_from_monday());
        day.timex_type = TimexType::Set;
        day.anchor = Anchor::Explicit;
    }
}

const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
