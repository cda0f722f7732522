//! `dateline export`: loads the articles, builds the timeline and writes it as an image (PNG, SVG)
//! or data (events JSON, CSV, TimelineJS, iCalendar) through [`crate::export`]. Parses the image
//! options; knows nothing of drawing.

use anyhow::Context as _;
use chrono::NaiveDate;

use super::{EXIT_OK, EXIT_USAGE, ExportArgs};
use crate::export::{self, ExportFormat, ImageOptions};
use crate::layout::{LaneMode, Theme, date_to_days};
use crate::timeline;

/// Runs the command.
pub fn run(args: &ExportArgs) -> anyhow::Result<u8> {
    let options = match image_options(args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("dateline export: {message}");
            return Ok(EXIT_USAGE);
        }
    };
    let format = match &args.format {
        Some(name) => ExportFormat::parse(name).ok_or_else(|| {
            format!("unknown format {name:?} (png, svg, json, csv, timelinejs, ics)")
        }),
        None => ExportFormat::from_path(&args.output).ok_or_else(|| {
            format!(
                "cannot tell the format from {}; name it .png, .svg, .json, .csv or .ics, or pass --format",
                args.output.display()
            )
        }),
    };
    let format = match format {
        Ok(format) => format,
        Err(message) => {
            eprintln!("dateline export: {message}");
            return Ok(EXIT_USAGE);
        }
    };
    let corpus =
        match super::corpus_cmd::load_paths(&args.paths, args.reference_date.as_deref(), true) {
            Ok(corpus) => corpus,
            Err(code) => return Ok(code),
        };
    let timeline = timeline::build(&corpus);
    for warning in &timeline.warnings {
        eprintln!("dateline export: warning: {warning}");
    }
    export::write(&args.output, format, &timeline, &options, args.force)
        .with_context(|| format!("export to {} failed", args.output.display()))
        .map_err(|err| anyhow::anyhow!("{}", err.root_cause()))?;
    Ok(EXIT_OK)
}

/// The image options from the arguments, or a one-line message.
fn image_options(args: &ExportArgs) -> Result<ImageOptions, String> {
    let theme = Theme::parse(&args.theme)
        .ok_or_else(|| format!("unknown theme {:?} (light, dark)", args.theme))?;
    let lanes = LaneMode::parse(&args.lanes)
        .ok_or_else(|| format!("unknown lanes {:?} (article, kind)", args.lanes))?;
    if !(args.scale.is_finite() && args.scale > 0.0) {
        return Err(format!(
            "--scale must be a positive number, not {}",
            args.scale
        ));
    }
    let from = args
        .from
        .as_deref()
        .map(|text| parse_bound(text, false))
        .transpose()?;
    let to = args
        .to
        .as_deref()
        .map(|text| parse_bound(text, true))
        .transpose()?;
    let range_days = match (from, to) {
        (None, None) => None,
        (Some(from), Some(to)) if to <= from => {
            return Err("--to must come after --from".to_owned());
        }
        (Some(from), Some(to)) => Some((from, to)),
        // One bound given: the other follows from a one-year window.
        (Some(from), None) => Some((from, from + 365.0)),
        (None, Some(to)) => Some((to - 365.0, to)),
    };
    Ok(ImageOptions {
        width_px: args.width,
        height_px: args.height,
        scale: args.scale,
        range_days,
        theme,
        title: args.title.clone(),
        lanes,
    })
}

/// A `--from`/`--to` date (YYYY-MM-DD, YYYY-MM or YYYY) as a day number: the start of the period
/// for `--from`, its end for `--to` (so `--to 2025-08` shows all of August).
fn parse_bound(text: &str, end: bool) -> Result<f64, String> {
    let text = text.trim();
    let bad = || format!("cannot read the date {text:?} (YYYY-MM-DD, YYYY-MM or YYYY)");
    let parts: Vec<&str> = text.split('-').collect();
    let number = |part: &str| part.parse::<i32>().map_err(|_| bad());
    let (first, last) = match parts.as_slice() {
        [year] => {
            let year = number(year)?;
            let first = NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(bad)?;
            let last = NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(bad)?;
            (first, last)
        }
        [year, month] => {
            let (year, month) = (number(year)?, number(month)?);
            let first = NaiveDate::from_ymd_opt(year, u32::try_from(month).map_err(|_| bad())?, 1)
                .ok_or_else(bad)?;
            let next = first
                .checked_add_months(chrono::Months::new(1))
                .ok_or_else(bad)?;
            (first, next.pred_opt().ok_or_else(bad)?)
        }
        [_, _, _] => {
            let day = NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| bad())?;
            (day, day)
        }
        _ => return Err(bad()),
    };
    Ok(if end {
        date_to_days(last) + 1.0
    } else {
        date_to_days(first)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_cover_whole_periods() {
        let day = |y, m, d| date_to_days(NaiveDate::from_ymd_opt(y, m, d).unwrap());
        assert_eq!(parse_bound("2025-08", false), Ok(day(2025, 8, 1)));
        assert_eq!(parse_bound("2025-08", true), Ok(day(2025, 9, 1)));
        assert_eq!(parse_bound("2024", true), Ok(day(2025, 1, 1)));
        assert_eq!(parse_bound("2025-07-18", true), Ok(day(2025, 7, 19)));
        assert!(parse_bound("July", false).is_err());
        assert!(parse_bound("2025-13", false).is_err());
    }
}
