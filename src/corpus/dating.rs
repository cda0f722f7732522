//! Finds the evidence for an article's own date: a dateline, a "Published/Updated" line or a byline
//! with a date, the article's own URL near the top, a date in the path, the latest access date of
//! the reference list, the latest explicit year of the content, and the consensus of a folder. A
//! wire dateline without a year ("KYIV, March 3 (Reuters) –") takes the year of the document's
//! copyright line or of the lines above it, else the folder's year or the file time's. The date
//! words are read with [`crate::extract`]; this module only decides where to look and what to
//! trust. No I/O: today's date is given by the caller.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;
use std::sync::LazyLock;

use chrono::{Datelike as _, NaiveDate, NaiveDateTime, NaiveTime};
use regex::Regex;

use super::boilerplate::{MarkKind, TextMark, is_covered, merged_ranges};
use super::{DateSource, DocumentDate};
use crate::extract::{self, Anchor, Mention, Reference};

/// Confidence of each kind of evidence.
pub(crate) const CONFIDENCE_DATELINE: f32 = 0.95;
/// Confidence of HTML publication metadata.
pub(crate) const CONFIDENCE_METADATA: f32 = 0.9;
/// Confidence of a date in the path.
pub(crate) const CONFIDENCE_PATH: f32 = 0.8;
/// Confidence of the latest access date.
pub(crate) const CONFIDENCE_ACCESS_DATES: f32 = 0.6;
/// Confidence of the folder consensus when the article's content agrees.
pub(crate) const CONFIDENCE_FOLDER: f32 = 0.3;
/// Confidence of the folder consensus when the article's content argues against its year.
pub(crate) const CONFIDENCE_FOLDER_DOUBTED: f32 = 0.1;
/// Confidence of a file's modification time.
pub(crate) const CONFIDENCE_MTIME: f32 = 0.1;

/// Only this many non-empty lines at the top of an article are searched for a dateline.
const DATELINE_SEARCH_LINES: usize = 12;

/// A dateline without a label must sit on a line at most this long (the date, a time, a zone).
const BARE_DATELINE_MAX_BYTES: usize = 60;

/// How far after a label ("Published:", "Access Date:") the date must start and end.
const LABEL_WINDOW_BYTES: usize = 60;

/// Context given to the extractor on each side of a four-digit number when looking for years.
const YEAR_CONTEXT_BYTES: usize = 60;

/// An article whose latest explicit year is this many years before the folder's year is taken not
/// to be from the folder's year.
const FOLDER_YEAR_DOUBT_GAP: i32 = 2;

/// A date in a URL before this year is no publication date (there were no news sites).
const URL_DATE_MIN_YEAR: i32 = 1990;

/// A year-less dateline's day is looked for this many years back from the year it is given.
const YEARLESS_LOOKBACK_YEARS: i32 = 8;

static DATELINE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:first\s+)?published|posted|updated|last\s+updated|last\s+modified|dated?)(?:\s+(?:on|at))?\s*[:\-–—]?\s*",
    )
    .expect("DATELINE_LABEL is a valid regex")
});

/// "WASHINGTON, " or "KYIV, Ukraine — " at the start of a news dateline.
static DATELINE_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{Lu} .'’-]{1,30}(?:,\s*\p{L}[\p{L} .'’-]{1,30})?\s*[,—–-]\s*")
        .expect("DATELINE_PLACE is a valid regex")
});

/// "By Lee Chang, " or "By Ana Costa and Tom Reed | " before a byline's date.
static BYLINE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?i:by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|de|van|von|al|bin))*(?:\s*[,|·•–—-]\s*|\s+(?i:on)\s+)",
    )
    .expect("BYLINE_DATE is a valid regex")
});

/// After a dateline's place: a day without a year ("March 3", "Jan 2", "3 March"), an optional
/// agency in brackets, and a hyphen, en dash or em dash.
static YEARLESS_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\p{L}{3,9}\.?\s+[0-9]{1,2}|[0-9]{1,2}\s+\p{L}{3,9}\.?)(?:\s*\([^()\n]{1,40}\))?\s*[-–—](?:\s|$)",
    )
    .expect("YEARLESS_DATE is a valid regex")
});

/// "© 2025", "Copyright © 2010-2025", "(c) 2024": the last year is the one kept.
static COPYRIGHT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|\(c\)))?\s*(?:(?:19|20)[0-9]{2}\s*[-–—/]\s*)?((?:19|20)[0-9]{2})(?:$|[^0-9])",
    )
    .expect("COPYRIGHT_YEAR is a valid regex")
});

/// A line that is only a URL, perhaps after a short label ("Source: https://…") or as a Markdown
/// link or `<https://…>`.
static URL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\p{L}[\p{L} ]{0,24}:\s*)?(?:\[[^\]]*\]\(\s*)?<?((?:https?://|www\.)[^\s<>()]+?)>?\)?[.,;]?$",
    )
    .expect("URL_LINE is a valid regex")
});

static ACCESS_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:access(?:ed)?(?:\s+(?:date|on))?|retrieved(?:\s+on)?|erişim\s+tarihi)\s*[:.,-]?\s*",
    )
    .expect("ACCESS_LABEL is a valid regex")
});

/// A date in a path: `2010-05-17`, `2025_07_20`, `2025/07/20`, `20250720`, not inside a longer run
/// of letters or digits.
static PATH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^0-9A-Za-z])((?:19|20)[0-9]{2})([-_./]?)(0[1-9]|1[0-2])([-_./]?)(0[1-9]|[12][0-9]|3[01])(?:$|[^0-9A-Za-z])",
    )
    .expect("PATH_DATE is a valid regex")
});

static FULL_DATE_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T([0-9]{2}):([0-9]{2}))?")
        .expect("FULL_DATE_VALUE is a valid regex")
});

static YEAR_VALUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([0-9]{4})(?:$|-)").expect("YEAR_VALUE is a valid regex"));

/// A dateline found in the text: the date and the byte range of the line's date part.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Dateline {
    /// The date, with evidence. When `needs_year`, the year is a placeholder (`year_known` false).
    pub date: DocumentDate,
    /// From the line's start to the end of the date words (a title after it is not part of it).
    pub range: Range<usize>,
    /// A day without a year and no year in the document: the folder or the file time must give it
    /// ([`date_yearless`]).
    pub needs_year: bool,
    /// A day without a clock time that publication metadata of the same day replaces (a byline's
    /// date, a year-less dateline): the metadata gives the time and a certain year.
    pub gives_way_to_metadata: bool,
}

impl Dateline {
    /// True when `metadata` should be used instead: this date gives way to it and it falls on the
    /// same month and day.
    pub(crate) fn gives_way_to(&self, metadata: &DocumentDate) -> bool {
        self.gives_way_to_metadata
            && (self.date.date.month(), self.date.date.day())
                == (metadata.date.month(), metadata.date.day())
    }
}

/// What kind of line a date was read from, most trusted first: when several lines give a date, the
/// first kind wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum LineKind {
    /// A dateline, a "Published" line, a bare date line or a byline with a date.
    Published,
    /// An "Updated" or "Last modified" line.
    Updated,
    /// The article's own URL with a date in its path.
    Url,
    /// A dateline without a year; the year comes from the document.
    YearFromDocument,
    /// A dateline without a year and no year in the document.
    NoYear,
}

/// Reads a full date (and time, when given) from a mention's TIMEX3 value.
fn full_date(mention: &Mention) -> Option<(NaiveDate, Option<NaiveTime>)> {
    let caps = FULL_DATE_VALUE.captures(&mention.value)?;
    let number = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let year = i32::try_from(number(1)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, number(2)?, number(3)?)?;
    let time = number(4)
        .zip(number(5))
        .and_then(|(h, m)| NaiveTime::from_hms_opt(h, m, 0));
    Some((date, time))
}

/// The first full date starting within `slack` bytes of the start of `window`, and the end of the
/// date words (with any time mention that follows it).
fn leading_full_date(window: &str, slack: usize) -> Option<(NaiveDateTime, usize)> {
    // Every full date has a four-digit year: skip the extractor on windows without one.
    if !has_four_digit_run(window) {
        return None;
    }
    let mentions = extract::extract(window, &Reference::unknown());
    let (index, first) = mentions
        .iter()
        .enumerate()
        .find(|(_, m)| m.start <= slack && full_date(m).is_some())?;
    let (date, mut time) = full_date(first)?;
    let mut end = first.end;
    if time.is_none()
        && let Some(next) = mentions.get(index + 1)
        && window[end..next.start]
            .trim_matches(|c: char| c.is_whitespace() || c == ',' || c == '-')
            .is_empty()
        && let Some(clock) = clock_time(&next.value)
    {
        time = Some(clock);
        end = next.end;
    }
    Some((date.and_time(time.unwrap_or(NaiveTime::MIN)), end))
}

fn has_four_digit_run(text: &str) -> bool {
    let mut run = 0;
    for byte in text.bytes() {
        run = if byte.is_ascii_digit() { run + 1 } else { 0 };
        if run == 4 {
            return true;
        }
    }
    false
}

/// `T16:39` or `2025-06-19T16:39` → 16:39.
fn clock_time(value: &str) -> Option<NaiveTime> {
    let t = value.find('T')?;
    let clock = value.get(t + 1..t + 6)?;
    NaiveTime::parse_from_str(clock, "%H:%M").ok()
}

/// A window of at most `max` bytes from `start`, ending on a char boundary.
fn window(text: &str, start: usize, max: usize) -> &str {
    let mut end = (start + max).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[start..end]
}

/// Looks for a dateline, a "Published/Updated" line, a byline with a date or the article's own URL
/// among the first lines of `text` (outside the `marks`; a URL mark does not hide a URL line). A
/// "Published" line is preferred over an "Updated" one, either over a URL, and a URL over a
/// dateline without a year. Dates after `today` are not taken from URLs or copyright lines.
pub(crate) fn find_dateline(text: &str, marks: &[TextMark], today: NaiveDate) -> Option<Dateline> {
    let boilerplate = merged_ranges(marks);
    let mut found: Vec<(LineKind, Dateline)> = Vec::new();
    for (line, line_range) in top_lines(text, &boilerplate) {
        if let Some((dateline, kind)) = dateline_in_line(line, line_range.start) {
            found.push((kind, dateline));
            if kind == LineKind::Published {
                break;
            }
        } else if let Some((month, day, date_end)) = yearless_dateline(line) {
            let words = line[..date_end].trim();
            let range = line_range.start..line_range.start + date_end;
            found.extend(yearless(
                text,
                &boilerplate,
                &range,
                words,
                (month, day),
                today,
            ));
        }
    }
    if !found.iter().any(|(kind, _)| *kind < LineKind::Url) {
        let furniture: Vec<TextMark> = marks
            .iter()
            .filter(|mark| mark.kind != MarkKind::Url)
            .cloned()
            .collect();
        let furniture = merged_ranges(&furniture);
        found.extend(
            top_lines(text, &furniture)
                .find_map(|(line, range)| url_dateline(line, range, today))
                .map(|dateline| (LineKind::Url, dateline)),
        );
    }
    found.sort_by_key(|(kind, _)| *kind);
    found.into_iter().next().map(|(_, dateline)| dateline)
}

/// The first [`DATELINE_SEARCH_LINES`] non-empty lines outside `boilerplate`: each trimmed, with
/// its byte range in `text`.
fn top_lines<'a>(
    text: &'a str,
    boilerplate: &'a [Range<usize>],
) -> impl Iterator<Item = (&'a str, Range<usize>)> + 'a {
    let mut start = 0;
    text.split_inclusive('\n')
        .filter_map(move |piece| {
            let line_start = start;
            start += piece.len();
            let content = piece.trim_end_matches(['\n', '\r']);
            let trimmed = content.trim_start();
            if trimmed.trim_end().is_empty() {
                return None;
            }
            let lead = content.len() - trimmed.len();
            let line_range = line_start + lead..line_start + content.len();
            (!is_covered(boilerplate, &line_range)).then_some((trimmed, line_range))
        })
        .take(DATELINE_SEARCH_LINES)
}

/// How a dated line starts.
enum Lead<'a> {
    /// "Published:", "Last updated", …
    Label(&'a str),
    /// "By Lee Chang, ".
    Byline,
    /// "KYIV, ".
    Place,
    /// The date itself.
    Bare,
}

/// A dateline with a full date at the start of one line, and its kind.
fn dateline_in_line(line: &str, line_offset: usize) -> Option<(Dateline, LineKind)> {
    let (lead_end, lead) = if let Some(label) = DATELINE_LABEL.find(line) {
        (label.end(), Lead::Label(label.as_str()))
    } else if let Some(byline) = BYLINE_DATE.find(line)
        // "By Monday, March 3, 2025, staff must …" is a sentence, not a byline.
        && extract::extract(byline.as_str(), &Reference::unknown()).is_empty()
    {
        (byline.end(), Lead::Byline)
    } else if let Some(place) = DATELINE_PLACE.find(line) {
        (place.end(), Lead::Place)
    } else {
        (0, Lead::Bare)
    };
    let date_window = window(line, lead_end, LABEL_WINDOW_BYTES);
    let (date, date_end) = leading_full_date(date_window, 1)?;
    let end_in_line = lead_end + date_end;
    let is_bare = matches!(lead, Lead::Bare);
    if is_bare && line.trim_end().len() > BARE_DATELINE_MAX_BYTES {
        return None;
    }
    let evidence_end = if is_bare {
        line.trim_end().len()
    } else {
        end_in_line
    };
    let is_updated = match lead {
        Lead::Label(label) => {
            let label = label.to_lowercase();
            label.contains("updated") || label.contains("modified")
        }
        _ => false,
    };
    let dateline = Dateline {
        date: DocumentDate {
            date,
            source: DateSource::Dateline,
            confidence: CONFIDENCE_DATELINE,
            evidence: line[..evidence_end].trim().to_owned(),
            year_known: true,
        },
        range: line_offset..line_offset + evidence_end,
        needs_year: false,
        gives_way_to_metadata: matches!(lead, Lead::Byline),
    };
    let kind = if is_updated {
        LineKind::Updated
    } else {
        LineKind::Published
    };
    Some((dateline, kind))
}

/// A wire dateline without a year at the start of one line ("KYIV, March 3 (Reuters) –"): the month,
/// the day and the end of the dateline (after the dash).
fn yearless_dateline(line: &str) -> Option<(u32, u32, usize)> {
    let place_end = DATELINE_PLACE.find(line)?.end();
    let caps = YEARLESS_DATE.captures(&line[place_end..])?;
    let words = caps.get(1)?.as_str();
    let mentions = extract::extract(words, &Reference::unknown());
    let mention = mentions
        .iter()
        .find(|m| m.start == 0 && m.end == words.len())?;
    let (month, day) = month_and_day(&mention.value)?;
    Some((
        month,
        day,
        place_end + caps.get(0)?.as_str().trim_end().len(),
    ))
}

/// `XXXX-03-03` → (3, 3).
fn month_and_day(value: &str) -> Option<(u32, u32)> {
    let (month, day) = value.strip_prefix("XXXX-")?.split_once('-')?;
    if month.len() != 2 || day.len() != 2 {
        return None;
    }
    let (month, day) = (month.parse().ok()?, day.parse().ok()?);
    // 2000 is a leap year: 29 February is a day.
    NaiveDate::from_ymd_opt(2000, month, day)?;
    Some((month, day))
}

/// The latest `month`-`day` on or before `not_after` (within [`YEARLESS_LOOKBACK_YEARS`]).
fn latest_day(month: u32, day: u32, not_after: NaiveDate) -> Option<NaiveDate> {
    (0..=YEARLESS_LOOKBACK_YEARS)
        .filter_map(|back| NaiveDate::from_ymd_opt(not_after.year() - back, month, day))
        .find(|date| *date <= not_after)
}

/// Dates a year-less dateline with the year of the document's copyright line, else the latest
/// explicit year of the lines above it; without either, a placeholder that [`date_yearless`]
/// replaces.
fn yearless(
    text: &str,
    boilerplate: &[Range<usize>],
    range: &Range<usize>,
    words: &str,
    (month, day): (u32, u32),
    today: NaiveDate,
) -> Option<(LineKind, Dateline)> {
    let copyright = COPYRIGHT_YEAR
        .captures_iter(text)
        .filter_map(|caps| {
            let year = caps.get(1)?.as_str().parse::<i32>().ok()?;
            Some((
                year,
                caps.get(0)?
                    .as_str()
                    .trim_end_matches(|c: char| !c.is_ascii_digit()),
            ))
        })
        .max_by_key(|(year, _)| *year)
        .map(|(year, words)| (year, format!("year from “{words}”")));
    let above = latest_explicit_year(&text[..range.start], boilerplate)
        .map(|year| (year, format!("year {year} from the lines above it")));
    let dated = [copyright, above]
        .into_iter()
        .flatten()
        .find_map(|(year, note)| {
            NaiveDate::from_ymd_opt(year, month, day)
                .filter(|date| *date <= today)
                .map(|date| (date, note))
        });
    let (kind, date, evidence, year_known, needs_year) = match dated {
        Some((date, note)) => (
            LineKind::YearFromDocument,
            date,
            format!("{words}; {note}"),
            true,
            false,
        ),
        None => (
            LineKind::NoYear,
            latest_day(month, day, today)?,
            words.to_owned(),
            false,
            true,
        ),
    };
    let dateline = Dateline {
        date: DocumentDate {
            date: date.and_time(NaiveTime::MIN),
            source: DateSource::Dateline,
            confidence: if year_known {
                CONFIDENCE_DATELINE
            } else {
                CONFIDENCE_FOLDER_DOUBTED
            },
            evidence,
            year_known,
        },
        range: range.clone(),
        needs_year,
        gives_way_to_metadata: true,
    };
    Some((kind, dateline))
}

/// A line that is only the article's URL ("Source: https://example.com/2025/03/03/story") with a
/// date in its path.
fn url_dateline(line: &str, line_range: Range<usize>, today: NaiveDate) -> Option<Dateline> {
    let url = URL_LINE.captures(line.trim_end())?.get(1)?.as_str();
    let date = url_date(url, today)?;
    Some(Dateline {
        date: DocumentDate {
            date: date.and_time(NaiveTime::MIN),
            source: DateSource::Dateline,
            confidence: CONFIDENCE_DATELINE,
            evidence: line.trim_end().to_owned(),
            year_known: true,
        },
        range: line_range,
        needs_year: false,
        gives_way_to_metadata: false,
    })
}

/// The first date in a URL's path (`/2025/03/03/story`, `/story-2025-03-03`): year, month and day
/// in that order, from 1990 on and not after `today`. The host, query and fragment are ignored.
pub(crate) fn url_date(url: &str, today: NaiveDate) -> Option<NaiveDate> {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let (_, path) = after_scheme.split_once('/')?;
    let path = path.split(['?', '#']).next().unwrap_or_default();
    dates_written_in(path)
        .into_iter()
        .next()
        .filter(|date| date.year() >= URL_DATE_MIN_YEAR && *date <= today)
}

/// The dates written in a path or URL, in order (see [`PATH_DATE`]).
fn dates_written_in(shown: &str) -> Vec<NaiveDate> {
    let mut dates = Vec::new();
    let mut from = 0;
    while let Some(caps) = PATH_DATE.captures_at(shown, from) {
        let Some(whole) = caps.get(0) else {
            break;
        };
        // Both separators or neither: `2025-0720` is no date.
        if caps.get(2).map(|m| m.as_str()) == caps.get(4).map(|m| m.as_str()) {
            let number = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
            let year = number(1).and_then(|y| i32::try_from(y).ok());
            if let (Some(year), Some(month), Some(day)) = (year, number(3), number(5))
                && let Some(date) = NaiveDate::from_ymd_opt(year, month, day)
            {
                dates.push(date);
            }
        }
        // Step past the year only, so an adjacent date can still match.
        from = caps.get(1).map_or(whole.end(), |m| m.end());
    }
    dates
}

/// The last date written in a path (`InputDocs/2010-05-17/499.htm.txt`, `2025-07-20-azerbaijan.txt`).
pub(crate) fn path_date(path: &Path) -> Option<DocumentDate> {
    let shown = path.to_string_lossy();
    let date = dates_written_in(&shown).pop()?;
    Some(DocumentDate {
        date: date.and_time(NaiveTime::MIN),
        source: DateSource::Path,
        confidence: CONFIDENCE_PATH,
        evidence: shown.into_owned(),
        year_known: true,
    })
}

/// The latest date that follows an access label ("Access Date: 20.07.2025", "Retrieved July 20,
/// 2025") anywhere in the text.
pub(crate) fn latest_access_date(text: &str) -> Option<DocumentDate> {
    let mut best: Option<(NaiveDate, String)> = None;
    for label in ACCESS_LABEL.find_iter(text) {
        let date_window = window(text, label.end(), LABEL_WINDOW_BYTES);
        let Some((date_time, end)) = leading_full_date(date_window, 1) else {
            continue;
        };
        let date = date_time.date();
        if best.as_ref().is_none_or(|(latest, _)| date > *latest) {
            let evidence = format!("{}{}", label.as_str(), &date_window[..end]);
            best = Some((date, evidence.trim().to_owned()));
        }
    }
    let (date, evidence) = best?;
    Some(DocumentDate {
        date: date.and_time(NaiveTime::MIN),
        source: DateSource::AccessDates,
        confidence: CONFIDENCE_ACCESS_DATES,
        evidence,
        year_known: true,
    })
}

/// The latest year written out in the text (outside boilerplate, references and URLs). Only the
/// text around four-digit numbers is given to the extractor: a year is always written with one.
pub(crate) fn latest_explicit_year(text: &str, boilerplate: &[Range<usize>]) -> Option<i32> {
    let mut latest: Option<i32> = None;
    let mut read_until = 0;
    for digits in four_digit_numbers(text) {
        if digits.start < read_until || is_covered(boilerplate, &digits) {
            continue;
        }
        let start = word_start_before(text, digits.start.saturating_sub(YEAR_CONTEXT_BYTES));
        let end = word_end_after(text, (digits.end + YEAR_CONTEXT_BYTES).min(text.len()));
        read_until = end;
        let years = extract::extract(&text[start..end], &Reference::unknown())
            .into_iter()
            .filter(|m| m.anchor == Anchor::Explicit)
            .filter(|m| !is_covered(boilerplate, &(start + m.start..start + m.end)))
            .filter_map(|m| {
                YEAR_VALUE
                    .captures(&m.value)?
                    .get(1)?
                    .as_str()
                    .parse::<i32>()
                    .ok()
            });
        latest = latest.max(years.max());
    }
    latest
}

/// Byte ranges of runs of exactly four ASCII digits.
fn four_digit_numbers(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos < bytes.len() {
            if !bytes[pos].is_ascii_digit() {
                pos += 1;
                continue;
            }
            let start = pos;
            while pos < bytes.len() && bytes[pos].is_ascii_digit() {
                pos += 1;
            }
            if pos - start == 4 {
                return Some(start..pos);
            }
        }
        None
    })
}

/// The start of the word at or after `pos` (the text's start when `pos` is 0).
fn word_start_before(text: &str, pos: usize) -> usize {
    if pos == 0 {
        return 0;
    }
    let mut pos = pos;
    while !text.is_char_boundary(pos) {
        pos += 1;
    }
    text[pos..]
        .find(char::is_whitespace)
        .map_or(pos, |offset| pos + offset)
        .min(text.len())
}

/// The end of the word at or before `pos` (the text's end when `pos` is the end).
fn word_end_after(text: &str, pos: usize) -> usize {
    let mut pos = pos;
    while !text.is_char_boundary(pos) {
        pos += 1;
    }
    text[pos..]
        .find(char::is_whitespace)
        .map_or(text.len(), |offset| pos + offset)
}

/// The year most dated articles of one load agree on (the latest year on a tie), with the latest
/// date of that year and how many articles agree.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct FolderConsensus {
    /// The agreed year.
    pub year: i32,
    /// The latest article date in that year.
    pub latest: NaiveDateTime,
    /// Articles dated in that year.
    pub agreeing: usize,
    /// Articles with a date of their own.
    pub dated: usize,
}

/// The consensus of the documents' own dates, or `None` when none has one.
pub(crate) fn folder_consensus<'a>(
    own_dates: impl IntoIterator<Item = &'a DocumentDate>,
) -> Option<FolderConsensus> {
    let mut by_year: BTreeMap<i32, (usize, NaiveDateTime)> = BTreeMap::new();
    let mut dated = 0;
    for date in own_dates {
        dated += 1;
        let entry = by_year.entry(date.date.year()).or_insert((0, date.date));
        entry.0 += 1;
        entry.1 = entry.1.max(date.date);
    }
    // Ties go to the latest year: BTreeMap iterates years in ascending order and max_by_key keeps
    // the last maximum.
    let (year, (agreeing, latest)) = by_year.into_iter().max_by_key(|(_, (count, _))| *count)?;
    Some(FolderConsensus {
        year,
        latest,
        agreeing,
        dated,
    })
}

/// Whether a year guessed from outside the text (the folder's, the file time's) is doubted: the
/// article's latest explicit year is well before it, so it is likely an older article.
pub(crate) fn year_doubted(latest_year: Option<i32>, guessed_year: i32) -> bool {
    latest_year.is_some_and(|year| year <= guessed_year - FOLDER_YEAR_DOUBT_GAP)
}

/// The folder-consensus date for one article, doubted when its latest explicit year is well before
/// the folder's.
pub(crate) fn folder_date(consensus: &FolderConsensus, latest_year: Option<i32>) -> DocumentDate {
    let doubted = year_doubted(latest_year, consensus.year);
    let mut evidence = format!(
        "{} of {} dated articles are from {} (latest {})",
        consensus.agreeing,
        consensus.dated,
        consensus.year,
        consensus.latest.format("%Y-%m-%d")
    );
    if let (true, Some(year)) = (doubted, latest_year) {
        evidence.push_str(&format!(
            "; but this article's latest year is {year}, so its year stays unknown"
        ));
    }
    DocumentDate {
        date: consensus.latest,
        source: DateSource::Folder,
        confidence: if doubted {
            CONFIDENCE_FOLDER_DOUBTED
        } else {
            CONFIDENCE_FOLDER
        },
        evidence,
        year_known: !doubted,
    }
}

/// Dates a year-less dateline that found no year in its document ([`Dateline::needs_year`]): the
/// folder's year (its year unknown, as for [`folder_date`], when the article's latest explicit year
/// is well before it), else the file time's (the latest such day not after the file time), else the
/// year stays unknown. Never after `today`.
pub(crate) fn date_yearless(
    dateline: &Dateline,
    consensus: Option<&FolderConsensus>,
    latest_year: Option<i32>,
    modified: Option<NaiveDateTime>,
    today: NaiveDate,
) -> DocumentDate {
    let own = &dateline.date;
    let (month, day) = (own.date.month(), own.date.day());
    let resolved = if let Some(consensus) = consensus {
        let doubted = year_doubted(latest_year, consensus.year);
        let year_end = NaiveDate::from_ymd_opt(consensus.year, 12, 31).map(|end| end.min(today));
        year_end
            .and_then(|end| latest_day(month, day, end))
            .map(|date| {
                let mut note = format!(
                    "year from the folder ({} of {} dated articles are from {})",
                    consensus.agreeing, consensus.dated, consensus.year
                );
                if let (true, Some(year)) = (doubted, latest_year) {
                    note.push_str(&format!(
                        "; but this article's latest year is {year}, so its year stays unknown"
                    ));
                }
                let confidence = if doubted {
                    CONFIDENCE_FOLDER_DOUBTED
                } else {
                    CONFIDENCE_FOLDER
                };
                (date, note, confidence, !doubted)
            })
    } else {
        modified.and_then(|modified| {
            latest_day(month, day, modified.date().min(today)).map(|date| {
                let mut note = format!(
                    "year from the file time ({})",
                    modified.format("%Y-%m-%d %H:%M")
                );
                let doubted = year_doubted(latest_year, date.year());
                if let (true, Some(year)) = (doubted, latest_year) {
                    note.push_str(&format!(
                        "; but this article's latest year is {year}, so its year stays unknown"
                    ));
                }
                (date, note, CONFIDENCE_MTIME, !doubted)
            })
        })
    };
    match resolved {
        Some((date, note, confidence, year_known)) => DocumentDate {
            date: date.and_time(own.date.time()),
            source: DateSource::Dateline,
            confidence,
            evidence: format!("{}; {note}", own.evidence),
            year_known,
        },
        None => DocumentDate {
            evidence: format!("{}; no year found", own.evidence),
            ..own.clone()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_digit_numbers_only() {
        let text = "In 2021, 12345 and 199 and 2025.";
        let found: Vec<&str> = four_digit_numbers(text).map(|r| &text[r]).collect();
        assert_eq!(found, vec!["2021", "2025"]);
    }

    #[test]
    fn year_windows_respect_char_boundaries() {
        let text = "’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’ in 2021 ’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’";
        let _ = latest_explicit_year(text, &[]);
    }

    #[test]
    fn path_dates() {
        let date = |p: &str| path_date(Path::new(p)).map(|d| d.date.date().to_string());
        assert_eq!(
            date("InputDocs/2010-05-17/499.htm.txt").as_deref(),
            Some("2010-05-17")
        );
        assert_eq!(
            date("news/2025-07-20-azerbaijan.txt").as_deref(),
            Some("2025-07-20")
        );
        assert_eq!(
            date("a/2025/07/20/story.html").as_deref(),
            Some("2025-07-20")
        );
        assert_eq!(date("20250720_story.md").as_deref(), Some("2025-07-20"));
        assert_eq!(date("000_c8a110073bbadd6f.txt"), None);
        assert_eq!(date("x/2025-13-01.txt"), None);
        assert_eq!(date("x/12025-01-01.txt"), None);
        assert_eq!(date("x/2025-0720.txt"), None);
    }

    #[test]
    fn url_dates() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 10).unwrap();
        let date = |u: &str| url_date(u, today).map(|d| d.to_string());
        assert_eq!(
            date("https://example.com/2025/03/03/story").as_deref(),
            Some("2025-03-03")
        );
        assert_eq!(
            date("www.example.com/news/story-2025-03-03?ref=2024-01-01").as_deref(),
            Some("2025-03-03")
        );
        assert_eq!(
            date("https://example.com/2025/03/03/looking-back-at-2001-09-11").as_deref(),
            Some("2025-03-03")
        );
        assert_eq!(date("https://2025-03-03.example.com/story"), None);
        assert_eq!(date("https://example.com/03/03/2025/story"), None);
        assert_eq!(date("https://example.com/2026/01/11/tomorrow"), None);
        assert_eq!(date("https://example.com/1985/01/11/old"), None);
        assert_eq!(date("https://example.com/2025/02/30/story"), None);
    }

    #[test]
    fn bylines_with_a_date() {
        let date = |line: &str| {
            dateline_in_line(line, 0).map(|(d, kind)| (d.date.date.date().to_string(), kind))
        };
        let published = Some(("2025-01-02".to_owned(), LineKind::Published));
        assert_eq!(date("By Lee Chang, January 2, 2025"), published);
        assert_eq!(
            date("By Lee Chang | Jan. 2, 2025 | Updated Jan. 5"),
            published
        );
        assert_eq!(
            date("By Ana Costa and Tom Reed on 2 January 2025"),
            published
        );
        assert_eq!(date("By Monday, January 2, 2025, staff must return"), None);
    }

    #[test]
    fn yearless_datelines() {
        fn found(line: &str) -> Option<(u32, u32, &str)> {
            yearless_dateline(line).map(|(month, day, end)| (month, day, &line[..end]))
        }
        assert_eq!(
            found("KYIV, March 3 (Reuters) – Ukraine said"),
            Some((3, 3, "KYIV, March 3 (Reuters) –"))
        );
        assert_eq!(
            found("SINGAPORE, Jan 2 (Reuters) - Oil fell"),
            Some((1, 2, "SINGAPORE, Jan 2 (Reuters) -"))
        );
        assert_eq!(
            found("WASHINGTON, Sept. 14 — The Senate"),
            Some((9, 14, "WASHINGTON, Sept. 14 —"))
        );
        assert_eq!(found("KYIV, March 3-5 talks"), None);
        assert_eq!(found("UK, France agree - a deal"), None);
    }

    #[test]
    fn consensus_prefers_the_most_common_then_the_latest_year() {
        let at = |s: &str| DocumentDate {
            date: NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .unwrap()
                .and_time(NaiveTime::MIN),
            source: DateSource::Path,
            confidence: CONFIDENCE_PATH,
            evidence: String::new(),
            year_known: true,
        };
        let dates = [at("2024-03-01"), at("2025-06-19"), at("2025-07-20")];
        let consensus = folder_consensus(&dates).unwrap();
        assert_eq!(
            (consensus.year, consensus.agreeing, consensus.dated),
            (2025, 2, 3)
        );
        assert_eq!(consensus.latest.date().to_string(), "2025-07-20");
        let tie = [at("2024-03-01"), at("2025-06-19")];
        assert_eq!(folder_consensus(&tie).unwrap().year, 2025);
        assert!(folder_consensus(&[]).is_none());
    }

    #[test]
    fn folder_date_is_doubted_for_old_content() {
        let consensus = FolderConsensus {
            year: 2025,
            latest: NaiveDate::from_ymd_opt(2025, 7, 20)
                .unwrap()
                .and_time(NaiveTime::MIN),
            agreeing: 2,
            dated: 2,
        };
        assert!(folder_date(&consensus, None).year_known);
        assert!(folder_date(&consensus, Some(2024)).year_known);
        let doubted = folder_date(&consensus, Some(2021));
        assert!(!doubted.year_known);
        assert_eq!(doubted.confidence, CONFIDENCE_FOLDER_DOUBTED);
    }
}
