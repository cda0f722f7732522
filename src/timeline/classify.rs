//! Which mentions become events, and of what kind: durations, sets, unplaceable values, mentions in
//! boilerplate, an article's own dateline and reference-list access dates are dropped; biography
//! dates become background. Looks at one document's text and one mention at a time; builds nothing.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::EventKind;
use crate::extract::{Mention, TimexType};

/// Why a mention is not an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Skip {
    /// A duration or a set: no point in time.
    NotADate,
    /// A value that names no calendar period (`PRESENT_REF`, `XXXX-02-24`).
    Unplaceable,
    /// Inside web boilerplate, a reference list or a URL.
    Boilerplate,
    /// The article's own dateline or "Published/Updated" line.
    Dateline,
    /// An access or retrieval date of a reference.
    AccessDate,
    /// A date named only to compare with ("similar to the previous month", "up from 2019").
    Comparison,
}

/// A line that only dates the article: "Published 19 June 2025", "Last updated at 10:02 GMT".
static DATELINE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:(?:first\s+)?published|updated|last\s+(?:updated|modified)|posted|date|dated|modified|released|created)\b")
        .expect("valid regex")
});

/// "Access Date: 20.07.2025", "accessed 3 May 2024", "Retrieved on …", "Archived from the original".
static ACCESS_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:access(?:ed)?(?:\s+(?:date|on))?|retrieved(?:\s+on)?|archived(?:\s+(?:from|on))?|viewed\s+on)\s*:?\s*$")
        .expect("valid regex")
});

/// Words that introduce a date named only for comparison.
static COMPARISON_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:similar to|compared (?:to|with)|than|up from|down from|the same as|as in|unlike)\s+(?:in\s+|on\s+|during\s+)?(?:the\s+)?$")
        .expect("valid regex")
});

/// A sentence about something that recurs ("airs at 10:40 every Saturday"): its times are a
/// schedule, not a moment.
static RECURRING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:every|daily|each (?:day|week|morning|evening|night)|weekly|nightly|weekdays)\b",
    )
    .expect("valid regex")
});

/// Sentences about a person's life rather than the news: education, birth, career.
static BIOGRAPHY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:was born|born in|born on|graduated|graduating|completed (?:his|her|their) (?:education|studies|degree)|(?:bachelor|master|doctoral|phd)(?:'s|’s)?\s+(?:degree|program|programme|student|thesis)|defended (?:his|her|their) thesis|doctoral student|his studies|her studies|alma mater|was admitted to|earned (?:his|her|a) (?:degree|doctorate)|joined the faculty|is a (?:professor|lecturer|researcher|journalist|writer)|fellow at|(?:his|her) (?:main )?areas? of (?:interest|expertise)|department of [a-z ]+ at the|university,? where (?:he|she|they))")
        .expect("valid regex")
});

/// Decides whether `mention` makes an event and of which kind. `line` is the text line holding it,
/// `sentence` the passage around it.
pub fn classify(
    mention: &Mention,
    boilerplate: &[Range<usize>],
    line: &str,
    line_offset: usize,
    sentence: &str,
) -> Result<EventKind, Skip> {
    if matches!(mention.timex_type, TimexType::Duration | TimexType::Set) {
        return Err(Skip::NotADate);
    }
    if boilerplate
        .iter()
        .any(|range| range.start < mention.end && mention.start < range.end)
    {
        return Err(Skip::Boilerplate);
    }
    let before_in_line = &line[..mention.start.saturating_sub(line_offset).min(line.len())];
    if ACCESS_WORDS.is_match(before_in_line) {
        return Err(Skip::AccessDate);
    }
    if COMPARISON_WORDS.is_match(before_in_line) {
        return Err(Skip::Comparison);
    }
    if is_dateline(
        line,
        line_offset,
        mention.start.saturating_sub(line_offset),
        mention.end.saturating_sub(line_offset),
    ) {
        return Err(Skip::Dateline);
    }
    if mention.timex_type == TimexType::Time && RECURRING.is_match(sentence) {
        return Err(Skip::NotADate);
    }
    if BIOGRAPHY.is_match(sentence) {
        return Ok(EventKind::Background);
    }
    Ok(EventKind::Event)
}

/// Lines starting within this many bytes of the text's start may be a bare dateline.
const DATELINE_REACH_BYTES: usize = 300;

/// A dateline is a short line near the top that is little more than the date, or a short line that
/// names the date as the article's publication or update.
fn is_dateline(line: &str, line_offset: usize, start: usize, end: usize) -> bool {
    let start = start.min(line.len());
    let end = end.clamp(start, line.len());
    let rest_words = line[..start]
        .split(|c: char| !c.is_alphanumeric())
        .chain(line[end..].split(|c: char| !c.is_alphanumeric()))
        .filter(|word| word.chars().any(char::is_alphabetic))
        .count();
    let length_chars = line.trim().chars().count();
    let bare_date = rest_words <= 2 && length_chars <= 40 && line_offset <= DATELINE_REACH_BYTES;
    length_chars <= 80 && (bare_date || DATELINE_WORDS.is_match(line))
}

/// The line of `text` holding byte `offset`: its text and its start offset.
pub fn line_at(text: &str, offset: usize) -> (&str, usize) {
    let offset = offset.min(text.len());
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    (&text[start..end], start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Anchor;

    fn mention_in(text: &str, phrase: &str, timex_type: TimexType) -> Mention {
        let start = text.find(phrase).unwrap();
        Mention {
            start,
            end: start + phrase.len(),
            timex_type,
            value: "2025-06-19".to_owned(),
            modifier: None,
            anchor: Anchor::Explicit,
            range_end: None,
        }
    }

    fn kind(
        text: &str,
        phrase: &str,
        timex_type: TimexType,
        boilerplate: &[Range<usize>],
    ) -> Result<EventKind, Skip> {
        let mention = mention_in(text, phrase, timex_type);
        let (line, offset) = line_at(text, mention.start);
        classify(&mention, boilerplate, line, offset, line)
    }

    #[test]
    fn what_is_not_an_event() {
        let text =
            "Jun 19, 2025, 4:39 PM\nPublished: 19 June 2025 by Staff\nTalks lasted three years.\n";
        assert_eq!(
            kind(text, "Jun 19, 2025, 4:39 PM", TimexType::Time, &[]),
            Err(Skip::Dateline)
        );
        assert_eq!(
            kind(text, "19 June 2025", TimexType::Date, &[]),
            Err(Skip::Dateline)
        );
        assert_eq!(
            kind(text, "three years", TimexType::Duration, &[]),
            Err(Skip::NotADate)
        );
        let text = "[i] “Title”, Radio Svoboda, https://x.org/a, (Access Date: 20.07.2025).";
        assert_eq!(
            kind(text, "20.07.2025", TimexType::Date, &[]),
            Err(Skip::AccessDate)
        );
        let text = "Yesterday (8th June) an outlet reported that on 21 March a man was arrested.";
        assert_eq!(
            kind(
                text,
                "21 March",
                TimexType::Date,
                &[Range {
                    start: 0,
                    end: text.len()
                }]
            ),
            Err(Skip::Boilerplate)
        );
    }

    #[test]
    fn comparisons_are_not_events() {
        let text =
            "Russia captured 500 square kilometres in July 2025, similar to the previous month.";
        assert_eq!(
            kind(text, "the previous month", TimexType::Date, &[]),
            Err(Skip::Comparison)
        );
        assert_eq!(
            kind(text, "July 2025", TimexType::Date, &[]),
            Ok(EventKind::Event)
        );
    }

    #[test]
    fn news_and_biography() {
        let text = "The meeting was held in Moscow on July 18, 2025, without Azerbaijan.";
        assert_eq!(
            kind(text, "July 18, 2025", TimexType::Date, &[]),
            Ok(EventKind::Event)
        );
        let text =
            "He completed his education at the university from 2016 to 2020, graduating in 2022.";
        assert_eq!(
            kind(text, "2022", TimexType::Date, &[]),
            Ok(EventKind::Background)
        );
    }
}
