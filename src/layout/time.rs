//! Time coordinates of the layout: a point in time is a number of days (with a fraction for the time
//! of day) since 1970-01-01, so every back end can map it linearly to pixels. Converts event
//! intervals and TIMEX3 times of day to that axis. Pure functions; no I/O.

use chrono::{Datelike as _, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike as _};

use crate::timeline::Event;

/// Days from 0001-01-01 (chrono's "day 1 of the common era") to 1970-01-01.
const UNIX_EPOCH_FROM_CE_DAYS: i32 = 719_163;

/// The day number (days since 1970-01-01) of a date.
pub fn date_to_days(date: NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce() - UNIX_EPOCH_FROM_CE_DAYS)
}

/// The day number of a date and time.
pub fn datetime_to_days(datetime: NaiveDateTime) -> f64 {
    let seconds = f64::from(datetime.time().num_seconds_from_midnight());
    date_to_days(datetime.date()) + seconds / 86_400.0
}

/// The date and time at a day number (clamped to chrono's range).
pub fn days_to_datetime(days: f64) -> NaiveDateTime {
    let whole_days = days.floor();
    let clamped = whole_days.clamp(-700_000_000.0, 700_000_000.0) as i64;
    let seconds = ((days - whole_days) * 86_400.0).round() as i64;
    let date = NaiveDate::from_num_days_from_ce_opt(
        i32::try_from(clamped + i64::from(UNIX_EPOCH_FROM_CE_DAYS)).unwrap_or(i32::MAX),
    )
    .unwrap_or(if clamped < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    });
    date.and_time(NaiveTime::MIN) + Duration::seconds(seconds.clamp(0, 86_399))
}

/// The date at a day number.
pub fn days_to_date(days: f64) -> NaiveDate {
    days_to_datetime(days).date()
}

/// Where an event sits on the time axis: its interval in day numbers, and the point a marker is
/// drawn at.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EventSpan {
    /// Interval start (inclusive), in days.
    pub start_days: f64,
    /// Interval end (exclusive), in days.
    pub end_days: f64,
    /// Where a point marker goes: the time of day when known, else the interval's middle.
    pub point_days: f64,
}

/// The time-axis interval of an event. An event with a time of day (`2025-06-19T16:39`) becomes a
/// one-minute interval at that time.
pub fn event_span(event: &Event) -> EventSpan {
    let start_days = date_to_days(event.start);
    let end_days = date_to_days(event.end).max(start_days);
    if let Some(fraction) = time_of_day_fraction(&event.date) {
        let point_days = start_days + fraction;
        return EventSpan {
            start_days: point_days,
            end_days: point_days + 1.0 / 1440.0,
            point_days,
        };
    }
    EventSpan {
        start_days,
        end_days,
        point_days: (start_days + end_days) / 2.0,
    }
}

/// The fraction of a day given by a TIMEX3 value's time (`…T16:39` → 0.694), if it has one.
fn time_of_day_fraction(timex_value: &str) -> Option<f64> {
    let (_, time) = timex_value.split_once('T')?;
    let mut parts = time.split(':');
    let hours: u32 = parts.next()?.get(..2)?.parse().ok()?;
    let minutes: u32 = parts
        .next()
        .and_then(|m| m.get(..2))
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    (hours < 24 && minutes < 60).then(|| f64::from(hours * 60 + minutes) / 1440.0)
}

/// First day of a month, for the tick calendar (month 1–12; out-of-range months roll over).
pub(crate) fn month_start(year: i32, month0: i32) -> Option<NaiveDate> {
    let year = year + month0.div_euclid(12);
    let month = u32::try_from(month0.rem_euclid(12) + 1).ok()?;
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// A year for people: "2025", "44 BC" (astronomical year −43).
pub fn year_label(year: i32) -> String {
    if year <= 0 {
        format!("{} BC", 1 - year)
    } else {
        year.to_string()
    }
}

/// A day for people: "1 Jun 2025", "15 Mar 44 BC".
pub fn day_label(date: NaiveDate) -> String {
    format!("{} {}", date.format("%-d %b"), year_label(date.year()))
}

/// A month for people: "Jun 2025", "Mar 44 BC".
pub fn month_label(date: NaiveDate) -> String {
    format!("{} {}", date.format("%b"), year_label(date.year()))
}

/// Months since year 0 (year × 12 + month − 1) of a date.
pub(crate) fn month_index(date: NaiveDate) -> i32 {
    date.year() * 12 + date.month0() as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        let date = NaiveDate::from_ymd_opt(2025, 7, 18).unwrap();
        assert_eq!(
            date_to_days(NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()),
            0.0
        );
        assert_eq!(days_to_date(date_to_days(date)), date);
        assert_eq!(days_to_date(date_to_days(date) + 0.99), date);
        let noon = days_to_datetime(date_to_days(date) + 0.5);
        assert_eq!(noon.time().hour(), 12);
    }

    #[test]
    fn time_of_day_is_read_from_the_timex_value() {
        assert_eq!(time_of_day_fraction("2025-06-19T12:00"), Some(0.5));
        assert_eq!(time_of_day_fraction("2025-06-19"), None);
        assert_eq!(time_of_day_fraction("2025-06-19TMO"), None);
    }
}
