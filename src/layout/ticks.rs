//! Calendar-aware axis ticks: picks the step (centuries down to hours) whose labels fit the pixel
//! width, then lists major ticks with labels ("2025", "Jul 2025", "18 Jul", "14:00"), unlabelled minor
//! ticks, and a context row (the year under day ticks, the day under hour ticks).

use chrono::{Datelike as _, Duration, NaiveDate, Timelike as _};
use serde::Serialize;

use super::Viewport;
use super::text::text_width_px;
use super::time::{
    date_to_days, datetime_to_days, days_to_datetime, month_index, month_label, month_start,
    year_label,
};

/// The calendar unit of the major ticks, from the coarsest to the finest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TickLevel {
    /// 100, 200, 500 or 1000 years.
    Century,
    /// 10, 20 or 50 years.
    Decade,
    /// 1, 2 or 5 years.
    Year,
    /// 3 months.
    Quarter,
    /// 1 month.
    Month,
    /// 1 week (Mondays).
    Week,
    /// 1 or 2 days.
    Day,
    /// 1, 3, 6 or 12 hours.
    Hour,
}

/// A calendar step: `count` units of years, months, weeks, days or hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Years(i32),
    Months(i32),
    Weeks,
    Days(i64),
    Hours(i64),
}

impl Step {
    fn approx_days(self) -> f64 {
        match self {
            Step::Years(n) => f64::from(n) * 365.2425,
            Step::Months(n) => f64::from(n) * 30.436875,
            Step::Weeks => 7.0,
            Step::Days(n) => n as f64,
            Step::Hours(n) => n as f64 / 24.0,
        }
    }

    fn level(self) -> TickLevel {
        match self {
            Step::Years(n) if n >= 100 => TickLevel::Century,
            Step::Years(n) if n >= 10 => TickLevel::Decade,
            Step::Years(_) => TickLevel::Year,
            Step::Months(3) => TickLevel::Quarter,
            Step::Months(_) => TickLevel::Month,
            Step::Weeks => TickLevel::Week,
            Step::Days(_) => TickLevel::Day,
            Step::Hours(_) => TickLevel::Hour,
        }
    }

    /// A label as wide as this step's widest, to size the spacing.
    fn sample_label(self) -> &'static str {
        match self.level() {
            TickLevel::Century | TickLevel::Decade | TickLevel::Year => "2000",
            TickLevel::Quarter | TickLevel::Month => "May 2000",
            TickLevel::Week | TickLevel::Day => "28 May",
            TickLevel::Hour => "28 May",
        }
    }

    /// The finer step drawn as unlabelled minor ticks.
    fn minor(self) -> Option<Step> {
        match self {
            Step::Years(n) if n >= 200 => Some(Step::Years(100)),
            Step::Years(n) if n >= 20 => Some(Step::Years(10)),
            Step::Years(n) if n >= 2 => Some(Step::Years(1)),
            Step::Years(_) => Some(Step::Months(1)),
            Step::Months(3) => Some(Step::Months(1)),
            Step::Months(_) => None,
            Step::Weeks | Step::Days(2) => Some(Step::Days(1)),
            Step::Days(_) => Some(Step::Hours(6)),
            Step::Hours(12) => Some(Step::Hours(3)),
            Step::Hours(n) if n > 1 => Some(Step::Hours(1)),
            Step::Hours(_) => None,
        }
    }
}

/// Steps from the finest to the coarsest.
const LADDER: &[Step] = &[
    Step::Hours(1),
    Step::Hours(3),
    Step::Hours(6),
    Step::Hours(12),
    Step::Days(1),
    Step::Days(2),
    Step::Weeks,
    Step::Months(1),
    Step::Months(3),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(20),
    Step::Years(50),
    Step::Years(100),
    Step::Years(200),
    Step::Years(500),
    Step::Years(1000),
];

/// At most this many ticks of one kind, whatever the range.
const MAX_TICKS: usize = 4000;

/// One tick on the time axis.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tick {
    /// Where it is, in days since 1970-01-01.
    pub days: f64,
    /// Where it is, in pixels from the plot's left edge.
    pub x_px: f32,
    /// Its label (empty for minor ticks).
    pub label: String,
}

/// The axis: major ticks with labels, minor ticks, and a context row.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Axis {
    /// The unit of the major ticks.
    pub level: TickLevel,
    /// Labelled ticks, left to right.
    pub major: Vec<Tick>,
    /// Unlabelled finer ticks, left to right.
    pub minor: Vec<Tick>,
    /// A second row naming the larger period (the year under days, the day under hours); its first
    /// entry may sit at the left edge to name the period already under way there.
    pub context: Vec<Tick>,
}

/// Computes the axis for a viewport; `font_px` sizes the labels.
pub fn axis(viewport: &Viewport, font_px: f32) -> Axis {
    let days_per_px = viewport.span_days() / f64::from(viewport.width_px.max(1.0));
    let step = LADDER
        .iter()
        .copied()
        .find(|step| {
            let needed_px = text_width_px(step.sample_label(), font_px) + 2.5 * font_px;
            step.approx_days() / days_per_px >= f64::from(needed_px)
        })
        .unwrap_or(Step::Years(1000));
    let major = ticks_for(viewport, step)
        .into_iter()
        .map(|(days, date_time)| Tick {
            days,
            x_px: viewport.days_to_x_px(days),
            label: major_label(step, date_time),
        })
        .collect();
    let minor = step
        .minor()
        .filter(|minor| minor.approx_days() / days_per_px >= 6.0)
        .map(|minor| {
            ticks_for(viewport, minor)
                .into_iter()
                .map(|(days, _)| Tick {
                    days,
                    x_px: viewport.days_to_x_px(days),
                    label: String::new(),
                })
                .collect()
        })
        .unwrap_or_default();
    let context = context_ticks(viewport, step, font_px);
    Axis {
        level: step.level(),
        major,
        minor,
        context,
    }
}

fn major_label(step: Step, at: chrono::NaiveDateTime) -> String {
    match step.level() {
        TickLevel::Century | TickLevel::Decade | TickLevel::Year => year_label(at.year()),
        TickLevel::Quarter | TickLevel::Month => month_label(at.date()),
        TickLevel::Week | TickLevel::Day => at.format("%-d %b").to_string(),
        TickLevel::Hour if at.hour() == 0 => at.format("%-d %b").to_string(),
        TickLevel::Hour => at.format("%H:%M").to_string(),
    }
}

/// The context row: years under weeks and days, days under hours.
fn context_ticks(viewport: &Viewport, step: Step, font_px: f32) -> Vec<Tick> {
    let (context_step, format) = match step.level() {
        TickLevel::Week | TickLevel::Day => (Step::Years(1), "%Y"),
        TickLevel::Hour => (Step::Days(1), "%a %-d %b %Y"),
        _ => return Vec::new(),
    };
    let mut ticks: Vec<Tick> = ticks_for(viewport, context_step)
        .into_iter()
        .map(|(days, at)| Tick {
            days,
            x_px: viewport.days_to_x_px(days),
            label: if format == "%Y" {
                year_label(at.year())
            } else {
                at.format(format).to_string()
            },
        })
        .collect();
    // Name the period under way at the left edge unless a boundary is close to it.
    let first_label = days_to_datetime(viewport.start_days)
        .format(format)
        .to_string();
    let room_px = text_width_px(&first_label, font_px) + font_px;
    if ticks.first().is_none_or(|tick| tick.x_px > room_px) {
        ticks.insert(
            0,
            Tick {
                days: viewport.start_days,
                x_px: 0.0,
                label: first_label,
            },
        );
    }
    ticks
}

/// The tick instants of a step inside the viewport, as (day number, date-time).
fn ticks_for(viewport: &Viewport, step: Step) -> Vec<(f64, chrono::NaiveDateTime)> {
    let start = days_to_datetime(viewport.start_days);
    let end_days = viewport.end_days;
    let mut out = Vec::new();
    let mut push = |at: chrono::NaiveDateTime| -> bool {
        let days = datetime_to_days(at);
        if days > end_days || out.len() >= MAX_TICKS {
            return false;
        }
        if days >= viewport.start_days {
            out.push((days, at));
        }
        true
    };
    match step {
        Step::Years(n) => {
            let mut year = start.year().div_euclid(n) * n;
            while let Some(date) = NaiveDate::from_ymd_opt(year, 1, 1) {
                if !push(date.and_hms_opt(0, 0, 0).unwrap_or_default()) {
                    break;
                }
                year += n;
            }
        }
        Step::Months(n) => {
            let mut month = month_index(start.date()).div_euclid(n) * n;
            while let Some(date) = month_start(0, month) {
                if !push(date.and_hms_opt(0, 0, 0).unwrap_or_default()) {
                    break;
                }
                month += n;
            }
        }
        Step::Weeks => {
            let date = start.date();
            let monday = date - Duration::days(i64::from(date.weekday().num_days_from_monday()));
            let mut day = monday.and_hms_opt(0, 0, 0).unwrap_or_default();
            while push(day) {
                day += Duration::days(7);
            }
        }
        Step::Days(n) => {
            let first = start.date();
            // Align multi-day steps to the day number so ticks do not shift while panning.
            let offset = (date_to_days(first) as i64).rem_euclid(n);
            let mut day = (first - Duration::days(offset))
                .and_hms_opt(0, 0, 0)
                .unwrap_or_default();
            while push(day) {
                day += Duration::days(n);
            }
        }
        Step::Hours(n) => {
            let hour = i64::from(start.hour()) / n * n;
            let mut at =
                start.date().and_hms_opt(0, 0, 0).unwrap_or_default() + Duration::hours(hour);
            while push(at) {
                at += Duration::hours(n);
            }
        }
    }
    out
}
