//! TIMEX3 values → calendar intervals: the half-open day range `[start, end)` a value covers, its
//! granularity, and the band a `START`/`MID`/`END` modifier selects (the first, middle or last third).
//! Pure date arithmetic; knows nothing of documents or events.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::Granularity;

/// The days a TIMEX3 value covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Interval {
    /// First day (inclusive).
    pub start: NaiveDate,
    /// Day after the last (exclusive).
    pub end: NaiveDate,
    /// Precision of the value.
    pub granularity: Granularity,
}

impl Interval {
    /// Length in days.
    pub fn length_days(&self) -> i64 {
        (self.end - self.start).num_days()
    }

    /// True when `other` lies entirely within `self`.
    pub fn contains(&self, other: &Interval) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two intervals share at least one day.
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The interval of a TIMEX3 date or time value, or `None` when the value names no calendar period
/// (`PRESENT_REF`, `XXXX-02-24`, durations, sets, malformed values).
pub fn interval_of(value: &str) -> Option<Interval> {
    let (date_part, time_part) = match value.split_once('T') {
        Some((date, time)) => (date, Some(time)),
        None => (value, None),
    };
    if !date_part
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return None;
    }
    let parts: Vec<&str> = date_part.split('-').collect();
    let interval = match parts.as_slice() {
        [year] => year_like(year)?,
        [year, second] => {
            let year = full_year(year)?;
            period_of_year(year, second)?
        }
        [year, month, day] => {
            let year = full_year(year)?;
            if let Some(week) = month.strip_prefix('W') {
                // `2025-W31-WE` is that week's weekend; `2025-W31-3` its Wednesday.
                let week = week_interval(year, week)?;
                match *day {
                    "WE" => Interval {
                        start: week.start + Duration::days(5),
                        end: week.end,
                        granularity: Granularity::Day,
                    },
                    _ => {
                        let weekday: i64 = day.parse().ok().filter(|d| (1..=7).contains(d))?;
                        let start = week.start + Duration::days(weekday - 1);
                        day_interval(start)
                    }
                }
            } else {
                let month: u32 = two_digits(month)?;
                let day: u32 = two_digits(day)?;
                day_interval(NaiveDate::from_ymd_opt(year, month, day)?)
            }
        }
        _ => return None,
    };
    match time_part {
        Some(time) if !time.is_empty() && interval.granularity == Granularity::Day => {
            Some(Interval {
                granularity: Granularity::Time,
                ..interval
            })
        }
        Some(_) if interval.granularity != Granularity::Day => None,
        _ => Some(interval),
    }
}

/// Narrows an interval to the band a TIMEX3 modifier names: `START` the first third, `MID` the middle
/// third, `END` the last third. Other modifiers, and day-long intervals, are left as they are.
pub fn apply_modifier(interval: Interval, modifier: Option<&str>) -> Interval {
    let length_days = interval.length_days();
    if length_days < 3 {
        return interval;
    }
    // Periods of whole months split into thirds of months (late 2021 = September–December);
    // others into thirds of days.
    let months = whole_months(interval.start, interval.end).filter(|m| m % 3 == 0);
    let third = |thirds: i32| -> NaiveDate {
        match months {
            Some(months) => add_months(interval.start, months / 3 * thirds),
            None => interval.start + Duration::days(length_days * i64::from(thirds) / 3),
        }
    };
    let (start, end) = match modifier {
        Some("START") => (interval.start, third(1)),
        Some("MID") => (third(1), third(2)),
        Some("END") => (third(2), interval.end),
        _ => return interval,
    };
    Interval {
        start,
        end,
        ..interval
    }
}

/// The number of months from `start` to `end` when both are first days of a month.
fn whole_months(start: NaiveDate, end: NaiveDate) -> Option<i32> {
    (start.day() == 1 && end.day() == 1)
        .then(|| (end.year() - start.year()) * 12 + end.month() as i32 - start.month() as i32)
}

fn add_months(date: NaiveDate, months: i32) -> NaiveDate {
    let index = date.year() * 12 + date.month0() as i32 + months;
    NaiveDate::from_ymd_opt(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, 1)
        .unwrap_or(date)
}

fn day_interval(day: NaiveDate) -> Interval {
    Interval {
        start: day,
        end: day + Duration::days(1),
        granularity: Granularity::Day,
    }
}

fn two_digits(text: &str) -> Option<u32> {
    if text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

fn full_year(text: &str) -> Option<i32> {
    // "BC0044" is astronomical year -43.
    if let Some(bc) = text.strip_prefix("BC") {
        return full_year(bc).map(|year| 1 - year);
    }
    if text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

/// `2025` (a year), `199` (the 1990s), `18` (the 1800s); `BC0044` (44 BC), `BC04` (the
/// fifth century BC, 499–400 BC). Years BC become astronomical years (1 BC is year 0).
fn year_like(text: &str) -> Option<Interval> {
    if let Some(bc) = text.strip_prefix("BC") {
        if bc.is_empty() || !bc.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let number: i32 = bc.parse().ok()?;
        // The earliest and the latest year BC the value covers.
        let (earliest_bc, latest_bc, granularity) = match bc.len() {
            4 => (number, number, Granularity::Year),
            3 => (number * 10 + 9, (number * 10).max(1), Granularity::Decade),
            2 => (
                number * 100 + 99,
                (number * 100).max(1),
                Granularity::Century,
            ),
            _ => return None,
        };
        return Some(Interval {
            start: NaiveDate::from_ymd_opt(1 - earliest_bc, 1, 1)?,
            end: NaiveDate::from_ymd_opt(2 - latest_bc, 1, 1)?,
            granularity,
        });
    }
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number: i32 = text.parse().ok()?;
    let (first_year, years, granularity) = match text.len() {
        4 => (number, 1, Granularity::Year),
        3 => (number * 10, 10, Granularity::Decade),
        2 => (number * 100, 100, Granularity::Century),
        _ => return None,
    };
    Some(Interval {
        start: NaiveDate::from_ymd_opt(first_year, 1, 1)?,
        end: NaiveDate::from_ymd_opt(first_year + years, 1, 1)?,
        granularity,
    })
}

/// The second part of `YYYY-…`: a month, season, quarter, half or ISO week.
fn period_of_year(year: i32, part: &str) -> Option<Interval> {
    let month_start = |month: u32| -> Option<NaiveDate> {
        let (year, month) = (
            year + (month as i32 - 1).div_euclid(12),
            (month - 1) % 12 + 1,
        );
        NaiveDate::from_ymd_opt(year, month, 1)
    };
    let months = |first: u32, count: u32, granularity| -> Option<Interval> {
        Some(Interval {
            start: month_start(first)?,
            end: month_start(first + count)?,
            granularity,
        })
    };
    match part {
        "SP" => months(3, 3, Granularity::Season),
        "SU" => months(6, 3, Granularity::Season),
        "FA" | "AU" => months(9, 3, Granularity::Season),
        "WI" => months(12, 3, Granularity::Season),
        "Q1" | "Q2" | "Q3" | "Q4" => {
            let quarter: u32 = part[1..].parse().ok()?;
            months(3 * quarter - 2, 3, Granularity::Quarter)
        }
        "H1" | "H2" => {
            let half: u32 = part[1..].parse().ok()?;
            months(6 * half - 5, 6, Granularity::Half)
        }
        _ => {
            if let Some(week) = part.strip_prefix('W') {
                week_interval(year, week)
            } else {
                let month = two_digits(part).filter(|m| (1..=12).contains(m))?;
                months(month, 1, Granularity::Month)
            }
        }
    }
}

fn week_interval(year: i32, week: &str) -> Option<Interval> {
    let week = two_digits(week)?;
    let start = NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)?;
    debug_assert_eq!(start.weekday(), Weekday::Mon);
    Some(Interval {
        start,
        end: start + Duration::days(7),
        granularity: Granularity::Week,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(value: &str, modifier: Option<&str>) -> String {
        match interval_of(value) {
            Some(interval) => {
                let interval = apply_modifier(interval, modifier);
                format!(
                    "{} {} {:?}",
                    interval.start, interval.end, interval.granularity
                )
            }
            None => "none".to_owned(),
        }
    }

    #[test]
    fn intervals_of_timex_values() {
        let cases = [
            ("2025-07-18", None, "2025-07-18 2025-07-19 Day"),
            ("2025-06-19T16:39", None, "2025-06-19 2025-06-20 Time"),
            ("2025-06-19TMO", None, "2025-06-19 2025-06-20 Time"),
            ("2024-12", None, "2024-12-01 2025-01-01 Month"),
            ("2024-SU", None, "2024-06-01 2024-09-01 Season"),
            ("2024-WI", None, "2024-12-01 2025-03-01 Season"),
            ("2025-Q1", None, "2025-01-01 2025-04-01 Quarter"),
            ("2026-H1", None, "2026-01-01 2026-07-01 Half"),
            ("2025-W31", None, "2025-07-28 2025-08-04 Week"),
            ("2025-W31-WE", None, "2025-08-02 2025-08-04 Day"),
            ("2025", None, "2025-01-01 2026-01-01 Year"),
            ("199", None, "1990-01-01 2000-01-01 Decade"),
            ("18", None, "1800-01-01 1900-01-01 Century"),
            ("2021", Some("END"), "2021-09-01 2022-01-01 Year"),
            ("2021", Some("START"), "2021-01-01 2021-05-01 Year"),
            ("2021", Some("MID"), "2021-05-01 2021-09-01 Year"),
            ("199", Some("START"), "1990-01-01 1993-05-01 Decade"),
            ("2025-07", Some("END"), "2025-07-21 2025-08-01 Month"),
            ("2025-Q1", Some("MID"), "2025-02-01 2025-03-01 Quarter"),
            ("2025-07-18", Some("END"), "2025-07-18 2025-07-19 Day"),
            ("2021", Some("APPROX"), "2021-01-01 2022-01-01 Year"),
            ("BC0044", None, "-0043-01-01 -0042-01-01 Year"),
            ("BC0001", None, "0000-01-01 0001-01-01 Year"),
            ("BC04", None, "-0498-01-01 -0398-01-01 Century"),
            ("BC", None, "none"),
            ("BC0044-03", None, "-0043-03-01 -0043-04-01 Month"),
            ("XXXX-02-24", None, "none"),
            ("PRESENT_REF", None, "none"),
            ("P3Y", None, "none"),
            ("2025-02-30", None, "none"),
            ("2025-13", None, "none"),
            ("2025-Q5", None, "none"),
        ];
        for (value, modifier, expected) in cases {
            assert_eq!(show(value, modifier), expected, "{value} {modifier:?}");
        }
    }
}
