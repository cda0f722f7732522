//! Calendar arithmetic and TIMEX3 value formatting for the extractor: points at a granularity
//! (year, quarter, month, week, day…), shifting them by units, and rendering them as TIMEX3 values.
//! Pure functions; no text, no tokens.

use chrono::{Datelike as _, Days, Months, NaiveDate, Weekday};

use super::lexicon::Unit;

/// A calendar period at some granularity, the thing a DATE value names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Point {
    /// A day.
    Day(NaiveDate),
    /// An ISO week, given by any day in it.
    Week(NaiveDate),
    /// A weekend, given by any day of its ISO week.
    Weekend(NaiveDate),
    /// A month.
    Month(i32, u32),
    /// A quarter, 1–4.
    Quarter(i32, u32),
    /// A half year, 1–2.
    Half(i32, u32),
    /// A season of a year, 1 spring – 4 winter.
    Season(i32, u32),
    /// A year.
    Year(i32),
    /// A decade, given by its first year.
    Decade(i32),
    /// A century, given by its first year (1900 for the 20th).
    Century(i32),
}

impl Point {
    /// The TIMEX3 value.
    pub fn value(&self) -> String {
        match *self {
            Point::Day(d) => format_day(d),
            Point::Week(d) => {
                let w = d.iso_week();
                format!("{}-W{:02}", year4(w.year()), w.week())
            }
            Point::Weekend(d) => {
                let w = d.iso_week();
                format!("{}-W{:02}-WE", year4(w.year()), w.week())
            }
            Point::Month(y, m) => format!("{}-{m:02}", year4(y)),
            Point::Quarter(y, q) => format!("{}-Q{q}", year4(y)),
            Point::Half(y, h) => format!("{}-H{h}", year4(y)),
            Point::Season(y, s) => format!("{}-{}", year4(y), season_code(s)),
            Point::Year(y) => year4(y),
            Point::Decade(y) => format!("{:03}", y.clamp(0, 9999) / 10),
            Point::Century(y) => format!("{:02}", y.clamp(0, 9999) / 100),
        }
    }

    /// The point's year (the year of its first day).
    pub fn year(&self) -> i32 {
        match *self {
            Point::Day(d) | Point::Week(d) | Point::Weekend(d) => d.year(),
            Point::Month(y, _)
            | Point::Quarter(y, _)
            | Point::Half(y, _)
            | Point::Season(y, _)
            | Point::Year(y)
            | Point::Decade(y)
            | Point::Century(y) => y,
        }
    }

    /// A day inside the point (its first day), when representable.
    pub fn first_day(&self) -> Option<NaiveDate> {
        match *self {
            Point::Day(d) | Point::Week(d) | Point::Weekend(d) => Some(d),
            Point::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
            Point::Quarter(y, q) => NaiveDate::from_ymd_opt(y, (q - 1) * 3 + 1, 1),
            Point::Half(y, h) => NaiveDate::from_ymd_opt(y, (h - 1) * 6 + 1, 1),
            Point::Season(y, s) => NaiveDate::from_ymd_opt(y, s * 3, 1),
            Point::Year(y) | Point::Decade(y) | Point::Century(y) => {
                NaiveDate::from_ymd_opt(y, 1, 1)
            }
        }
    }

    /// Shifts by `n` units, keeping the point's own granularity where it is finer than the unit
    /// ("a year earlier" than 1989-Q3 is 1988-Q3) and taking the unit's otherwise.
    pub fn shift(&self, unit: Unit, n: i32) -> Option<Point> {
        match (*self, unit) {
            (Point::Quarter(y, q), Unit::Year) => Some(Point::Quarter(y + n, q)),
            (Point::Quarter(y, q), Unit::Quarter) => {
                let idx = y * 4 + q as i32 - 1 + n;
                Some(Point::Quarter(
                    idx.div_euclid(4),
                    idx.rem_euclid(4) as u32 + 1,
                ))
            }
            (Point::Half(y, h), Unit::Year) => Some(Point::Half(y + n, h)),
            (Point::Season(y, s), Unit::Year) => Some(Point::Season(y + n, s)),
            (Point::Month(y, m), Unit::Year) => Some(Point::Month(y + n, m)),
            (Point::Month(y, m), Unit::Month) => Some(month_shift(y, m, n)),
            (Point::Year(y), Unit::Year) => Some(Point::Year(y + n)),
            (Point::Decade(y), Unit::Decade) => Some(Point::Decade(y + 10 * n)),
            (Point::Century(y), Unit::Century) => Some(Point::Century(y + 100 * n)),
            (p, unit) => {
                let day = p.first_day()?;
                shift_day(day, unit, n)
            }
        }
    }
}

/// A day shifted by `n` units, at the unit's granularity.
pub(crate) fn shift_day(day: NaiveDate, unit: Unit, n: i32) -> Option<Point> {
    Some(match unit {
        Unit::Second | Unit::Minute => Point::Day(day),
        // "Forty-eight hours later": whole days on.
        Unit::Hour => Point::Day(add_days(day, i64::from(n / 24))?),
        Unit::Day => Point::Day(add_days(day, i64::from(n))?),
        Unit::Week => Point::Week(add_days(day, 7 * i64::from(n))?),
        Unit::Month => month_shift(day.year(), day.month(), n),
        Unit::Quarter => {
            let idx = day.year() * 4 + (day.month0() / 3) as i32 + n;
            Point::Quarter(idx.div_euclid(4), idx.rem_euclid(4) as u32 + 1)
        }
        Unit::Year => Point::Year(day.year() + n),
        Unit::Decade => Point::Decade((day.year() + 10 * n).div_euclid(10) * 10),
        Unit::Century => Point::Century((day.year() + 100 * n).div_euclid(100) * 100),
    })
}

/// Month `m` of year `y` shifted by `n` months.
fn month_shift(y: i32, m: u32, n: i32) -> Point {
    let idx = y * 12 + m as i32 - 1 + n;
    Point::Month(idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1)
}

/// `day + n` days, None when out of range.
pub(crate) fn add_days(day: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        day.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        day.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// `day + n` months (clamped to the month's end), None when out of range.
pub(crate) fn add_months(day: NaiveDate, n: i32) -> Option<NaiveDate> {
    if n >= 0 {
        day.checked_add_months(Months::new(n.unsigned_abs()))
    } else {
        day.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

/// A year as four digits (at most 9999); years before 1 AD (astronomical 0, -1, …) as TIMEX3's
/// `BC0001`, `BC0002`, ….
pub(crate) fn year4(y: i32) -> String {
    if y <= 0 {
        return format!("BC{:04}", (1 - y).min(9999));
    }
    format!("{:04}", y.min(9999))
}

/// `YYYY-MM-DD`.
pub(crate) fn format_day(d: NaiveDate) -> String {
    format!("{}-{:02}-{:02}", year4(d.year()), d.month(), d.day())
}

/// TIMEX3 season code.
pub(crate) fn season_code(s: u32) -> &'static str {
    match s {
        1 => "SP",
        2 => "SU",
        3 => "FA",
        _ => "WI",
    }
}

/// TIMEX3 part-of-day code.
pub(crate) fn day_part_code(p: u8) -> &'static str {
    match p {
        1 => "MO",
        2 => "AF",
        3 => "EV",
        _ => "NI",
    }
}

/// Weekday from 1 = Monday.
pub(crate) fn weekday(n: u8) -> Weekday {
    match n {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

/// The `wd` on or before `day` (`strict`: before), or on or after it when `forward`.
pub(crate) fn nearest_weekday(
    day: NaiveDate,
    wd: Weekday,
    forward: bool,
    strict: bool,
) -> Option<NaiveDate> {
    let from = i64::from(day.weekday().num_days_from_monday());
    let to = i64::from(wd.num_days_from_monday());
    let delta = if forward {
        let d = (to - from).rem_euclid(7);
        if d == 0 && strict { 7 } else { d }
    } else {
        let d = (from - to).rem_euclid(7);
        -(if d == 0 && strict { 7 } else { d })
    };
    add_days(day, delta)
}

/// A TIMEX3 duration value for `amount` units (`None`: unspecified, `X`).
pub(crate) fn duration_value(amount: Option<f64>, unit: Unit) -> String {
    let (time, letter, factor) = match unit {
        Unit::Second => (true, "S", 1.0),
        Unit::Minute => (true, "M", 1.0),
        Unit::Hour => (true, "H", 1.0),
        Unit::Day => (false, "D", 1.0),
        Unit::Week => (false, "W", 1.0),
        Unit::Month => (false, "M", 1.0),
        Unit::Quarter => (false, "M", 3.0),
        Unit::Year => (false, "Y", 1.0),
        Unit::Decade => (false, "Y", 10.0),
        Unit::Century => (false, "Y", 100.0),
    };
    let prefix = if time { "PT" } else { "P" };
    match amount {
        None => match unit {
            Unit::Decade => "PXDE".to_string(),
            Unit::Century => "PXC".to_string(),
            Unit::Quarter => "PXQ".to_string(),
            _ => format!("{prefix}X{letter}"),
        },
        Some(a) => {
            let total = a * factor;
            if total.fract() == 0.0 {
                format!("{prefix}{}{letter}", total as u64)
            } else if unit == Unit::Second {
                // "9.58 seconds": ISO 8601 writes the fraction on seconds.
                format!("PT{}S", (total * 1000.0).round() / 1000.0)
            } else {
                // Halves: "2 1/2 years" is P2Y6M, "a minute and a half" PT1M30S.
                let whole = total.trunc() as u64;
                let (smaller, per) = match unit {
                    Unit::Year | Unit::Decade | Unit::Century => ("M", 12.0),
                    Unit::Month | Unit::Quarter => ("D", 30.0),
                    Unit::Week => ("D", 7.0),
                    Unit::Day => ("H", 24.0),
                    Unit::Hour => ("M", 60.0),
                    Unit::Minute | Unit::Second => ("S", 60.0),
                };
                let mut whole = whole;
                let mut part = (total.fract() * per).round() as u64;
                if part as f64 >= per {
                    whole += 1;
                    part = 0;
                }
                let t = if matches!(unit, Unit::Day) { "T" } else { "" };
                if whole == 0 {
                    format!("{prefix}{t}{part}{smaller}")
                } else {
                    format!("{prefix}{whole}{letter}{t}{part}{smaller}")
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn values() {
        assert_eq!(Point::Decade(1990).value(), "199");
        assert_eq!(Point::Century(1800).value(), "18");
        assert_eq!(Point::Week(d(1998, 2, 20)).value(), "1998-W08");
        assert_eq!(Point::Season(2024, 2).value(), "2024-SU");
        assert_eq!(duration_value(Some(2.5), Unit::Year), "P2Y6M");
        assert_eq!(duration_value(Some(1.5), Unit::Minute), "PT1M30S");
        assert_eq!(duration_value(None, Unit::Year), "PXY");
    }

    #[test]
    fn shifts_keep_granularity() {
        assert_eq!(
            Point::Quarter(1989, 3).shift(Unit::Year, -1),
            Some(Point::Quarter(1988, 3))
        );
        assert_eq!(
            Point::Quarter(1989, 1).shift(Unit::Quarter, -1),
            Some(Point::Quarter(1988, 4))
        );
        assert_eq!(
            shift_day(d(2025, 1, 15), Unit::Month, -1),
            Some(Point::Month(2024, 12))
        );
    }

    #[test]
    fn weekdays() {
        // 2025-07-18 is a Friday.
        let fri = d(2025, 7, 18);
        assert_eq!(nearest_weekday(fri, Weekday::Fri, false, false), Some(fri));
        assert_eq!(
            nearest_weekday(fri, Weekday::Fri, false, true),
            Some(d(2025, 7, 11))
        );
        assert_eq!(
            nearest_weekday(fri, Weekday::Mon, true, false),
            Some(d(2025, 7, 21))
        );
    }
}
