//! Finds the evidence for an article's own date: a dateline or "Published/Updated" line, a date in
//! the path, the latest access date of the reference list, the latest explicit year of the content,
//! and the consensus of a folder. The date words are read with [`crate::extract`]; this module only
//! decides where to look and what to trust. No I/O.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;
use std::sync::LazyLock;

use chrono::{Datelike as _, NaiveDate, NaiveDateTime, NaiveTime};
use regex::Regex;

use super::boilerplate::is_covered;
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
    /// The date, with evidence.
    pub date: DocumentDate,
    /// From the line's start to the end of the date words (a title after it is not part of it).
    pub range: Range<usize>,
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

/// Looks for a dateline or a "Published/Updated" line among the first lines of `text`. A
/// "Published" line is preferred over an "Updated" one.
pub(crate) fn find_dateline(text: &str, boilerplate: &[Range<usize>]) -> Option<Dateline> {
    let mut found: Vec<(bool, Dateline)> = Vec::new();
    let mut start = 0;
    let mut seen = 0;
    for piece in text.split_inclusive('\n') {
        let line_start = start;
        start += piece.len();
        let content = piece.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim_start();
        if trimmed.trim_end().is_empty() {
            continue;
        }
        let lead = content.len() - trimmed.len();
        let line_range = line_start + lead..line_start + content.len();
        if is_covered(boilerplate, &line_range) {
            continue;
        }
        seen += 1;
        if seen > DATELINE_SEARCH_LINES {
            break;
        }
        if let Some(dateline) = dateline_in_line(trimmed, line_range.start) {
            let is_updated = dateline.1;
            found.push((is_updated, dateline.0));
            if !is_updated {
                break;
            }
        }
    }
    found.sort_by_key(|(is_updated, _)| *is_updated);
    found.into_iter().next().map(|(_, dateline)| dateline)
}

/// A dateline at the start of one line; the flag is true for an "Updated" label.
fn dateline_in_line(line: &str, line_offset: usize) -> Option<(Dateline, bool)> {
    let (label_end, label) = match DATELINE_LABEL.find(line) {
        Some(label) => (label.end(), Some(label.as_str())),
        None => (
            DATELINE_PLACE.find(line).map_or(0, |place| place.end()),
            None,
        ),
    };
    let date_window = window(line, label_end, LABEL_WINDOW_BYTES);
    let (date, date_end) = leading_full_date(date_window, 1)?;
    let end_in_line = label_end + date_end;
    if label.is_none() && label_end == 0 && line.trim_end().len() > BARE_DATELINE_MAX_BYTES {
        return None;
    }
    let evidence_end = if label.is_none() && label_end == 0 {
        line.trim_end().len()
    } else {
        end_in_line
    };
    let is_updated = label.is_some_and(|l| {
        l.to_lowercase().contains("updated") || l.to_lowercase().contains("modified")
    });
    let dateline = Dateline {
        date: DocumentDate {
            date,
            source: DateSource::Dateline,
            confidence: CONFIDENCE_DATELINE,
            evidence: line[..evidence_end].trim().to_owned(),
            year_known: true,
        },
        range: line_offset..line_offset + evidence_end,
    };
    Some((dateline, is_updated))
}

/// The last date written in a path (`InputDocs/2010-05-17/499.htm.txt`, `2025-07-20-azerbaijan.txt`).
pub(crate) fn path_date(path: &Path) -> Option<DocumentDate> {
    let shown = path.to_string_lossy();
    let mut best = None;
    let mut from = 0;
    while let Some(caps) = PATH_DATE.captures_at(&shown, from) {
        let whole = caps.get(0)?;
        // Both separators or neither: `2025-0720` is no date.
        if caps.get(2).map(|m| m.as_str()) == caps.get(4).map(|m| m.as_str()) {
            let number = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
            let year = number(1).and_then(|y| i32::try_from(y).ok());
            if let (Some(year), Some(month), Some(day)) = (year, number(3), number(5))
                && let Some(date) = NaiveDate::from_ymd_opt(year, month, day)
            {
                best = Some((date, caps.get(1).map_or(0, |m| m.start())));
            }
        }
        // Step past the year only, so an adjacent date can still match.
        from = caps.get(1).map_or(whole.end(), |m| m.end());
    }
    let (date, _) = best?;
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

/// The folder-consensus date for one article, doubted when its latest explicit year is well before
/// the folder's.
pub(crate) fn folder_date(consensus: &FolderConsensus, latest_year: Option<i32>) -> DocumentDate {
    let doubted = latest_year.is_some_and(|year| year <= consensus.year - FOLDER_YEAR_DOUBT_GAP);
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
