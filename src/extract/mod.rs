//! Pure text → temporal mentions: finds every temporal expression in a text and normalises it to a
//! TIMEX3 type and value against a reference date. No I/O, no knowledge of files, articles or UI.
//!
//! The text is cut into chunks at line or sentence ends, each chunk is scanned once into tokens
//! (`token`, with words looked up in `lexicon`), and hand-written matchers (`patterns`) run only at
//! trigger tokens; `resolve` does the calendar arithmetic. Time is linear in the text's length.

mod holidays;
mod joins;
mod lexicon;
mod patterns;
mod resolve;
mod token;

use chrono::{Datelike as _, NaiveDate};
use serde::{Deserialize, Serialize};

use patterns::Matcher;
use resolve::Point;
use token::{Token, tokenize};

/// TIMEX3 `type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or coarser period: `2025-07-18`, `2024-12`, `199`, `2024-SU`.
    Date,
    /// A time of day, possibly with a date: `2025-06-19T16:39`, `2025-06-19TMO`.
    Time,
    /// A length of time: `P3Y`, `PT3H`.
    Duration,
    /// A recurrence: `P1Y` with "every year", `XXXX-WXX-2`.
    Set,
}

/// How a mention's value was resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// The text says it all ("July 18, 2025", "P3Y").
    Explicit,
    /// Resolved against the document's reference date ("yesterday", "August 15").
    ReferenceDate,
    /// Resolved against the previous date mention ("three days later", "the same year").
    PreviousMention,
}

/// The document's own date, against which relative expressions are resolved.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reference {
    /// The reference date, if any is known.
    pub date: Option<NaiveDate>,
    /// False when the date's year is only a weak guess: year-less dates then keep an unknown
    /// year (`XXXX-02-24`) instead of borrowing it.
    pub year_known: bool,
}

impl Reference {
    /// A fully trusted reference date.
    pub fn known(date: NaiveDate) -> Self {
        Self {
            date: Some(date),
            year_known: true,
        }
    }

    /// No reference date at all.
    pub fn unknown() -> Self {
        Self::default()
    }
}

/// One temporal expression found in a text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Start, a UTF-8 byte offset into the text (on a char boundary).
    pub start: usize,
    /// End (exclusive), a UTF-8 byte offset into the text (on a char boundary).
    pub end: usize,
    /// TIMEX3 type.
    pub timex_type: TimexType,
    /// TIMEX3 value (`2025-07-18`, `2024-12`, `199`, `P3Y`, `PAST_REF`, `XXXX-02-24`, …).
    pub value: String,
    /// TIMEX3 `mod` (`START`, `MID`, `END`, `APPROX`, `BEFORE`, `AFTER`, …), if any.
    pub modifier: Option<String>,
    /// How the value was resolved.
    pub anchor: Anchor,
    /// For ranges ("from 3 to 7 March 2025"): the value of the range's other end, if this mention
    /// opens a range.
    pub range_end: Option<String>,
}

/// Chunks are cut near this many bytes, at a line end or sentence end when there is one.
const CHUNK_BYTES: usize = 16 * 1024;

/// Finds every temporal expression in `text`, in text order, non-overlapping.
pub fn extract(text: &str, reference: &Reference) -> Vec<Mention> {
    let mut mentions = Vec::new();
    let mut tokens: Vec<Token> = Vec::new();
    // What the matchers carry from one chunk to the next.
    let mut state = State::default();
    let mut from = 0;
    while from < text.len() {
        let to = chunk_end(text, from);
        tokenize(text, from, to, &mut tokens);
        let mut matcher = Matcher {
            text,
            toks: &tokens,
            // With the year unknown, "yesterday" or "last Tuesday" has no day to count from
            // either (the guessed date is only the folder's): they stay unknown like "24 February".
            reference: reference.date.filter(|_| reference.year_known),
            year_known: reference.year_known,
            prev: None,
            prev_end: 0,
            prev_day: None,
            prev_clock: None,
            story_day: None,
            prev_split_end: None,
            aside_year: None,
            prev_start: 0,
            report_quarter: None,
            months_end: 0,
            history: false,
            settled_history: false,
            depth: std::cell::Cell::new(0),
        };
        state.apply(&mut matcher);
        let mut i = 0;
        while i < tokens.len() {
            match matcher.match_at(i) {
                Some(found) if found.end_tok > i && found.start_tok == i => {
                    let start = tokens[found.start_tok].start;
                    let end = tokens[found.end_tok - 1].end;
                    state.record(&found, start, end, text, reference);
                    if found.point.is_some() {
                        state.prev_start = start;
                    }
                    state.apply(&mut matcher);
                    mentions.push(Mention {
                        start,
                        end,
                        timex_type: found.ty,
                        value: found.value,
                        modifier: found.modifier.map(str::to_string),
                        anchor: found.anchor,
                        range_end: found.range_end,
                    });
                    i = found.end_tok;
                }
                _ => i += 1,
            }
        }
        from = to;
    }
    joins::join_time_ranges(text, &mut mentions);
    joins::join_weekday_sets(text, &mut mentions);
    mentions
}

/// The resolution context that grows as mentions are found.
#[derive(Default)]
struct State {
    /// The period of the previous date mention.
    prev: Option<Point>,
    /// Where the previous date mention ended.
    prev_end: usize,
    /// The latest single day named, and where its mention ended.
    prev_day: Option<(NaiveDate, usize)>,
    prev_clock: Option<(NaiveDate, u32, usize)>,
    story_day: Option<(NaiveDate, usize)>,
    prev_split_end: Option<i32>,
    aside_year: Option<(i32, usize)>,
    prev_start: usize,
    /// The text's reporting quarter (see [`is_report_quarter`]).
    report_quarter: Option<Point>,
    /// Where the latest duration in months ended.
    months_end: usize,
    /// Dated mentions near the reference year, and two or more years from it.
    near_count: usize,
    far_count: usize,
}

impl State {
    /// Hands what was carried so far to the matcher.
    fn apply(&self, matcher: &mut Matcher<'_>) {
        matcher.prev = self.prev;
        matcher.prev_end = self.prev_end;
        matcher.prev_day = self.prev_day;
        matcher.prev_clock = self.prev_clock;
        matcher.story_day = self.story_day;
        matcher.prev_split_end = self.prev_split_end;
        matcher.aside_year = self.aside_year;
        matcher.prev_start = self.prev_start;
        matcher.report_quarter = self.report_quarter;
        matcher.months_end = self.months_end;
        matcher.history = self.history();
        matcher.settled_history = self.settled_history();
    }

    /// Whether the text so far reads as a history: far dated mentions outnumber near ones two to one.
    fn history(&self) -> bool {
        self.far_count > 2 * self.near_count
    }

    /// A history with at least two far dated mentions: one far date ("Apollo 11 landed on July
    /// 20, 1969") does not yet make a story whose later weekdays and times are on its days.
    fn settled_history(&self) -> bool {
        self.history() && self.far_count >= 2
    }

    /// Takes in a mention that ended at byte `end`.
    fn record(
        &mut self,
        found: &patterns::Found,
        start: usize,
        end: usize,
        text: &str,
        reference: &Reference,
    ) {
        if found.ty == TimexType::Duration
            && found.value.ends_with('M')
            && !found.value.starts_with("PT")
        {
            self.months_end = end;
        }
        if found.ty == TimexType::Time
            && let Some((day, clock)) = joins::day_and_clock(&found.value)
            && let (Some(h), Some(m)) = (clock.get(..2), clock.get(3..5))
            && let (Ok(h), Ok(m)) = (h.parse::<u32>(), m.parse::<u32>())
        {
            self.prev_clock = Some((day, h * 60 + m, end));
        }
        let Some(point) = found.point else {
            return;
        };
        let year_aside = matches!(point, Point::Year(_)) && is_year_aside(text, start, end);
        // "peaked on 3 September 1929, having risen sixfold since the summer of 1921": a point
        // counted from, before the story's, is background too.
        let since_aside = self.prev.is_some_and(|p| {
            !matches!(p, Point::Year(_) | Point::Decade(_) | Point::Century(_))
                && p.year() > point.year()
        }) && since_before(text, start, end);
        if self.prev.is_some() && (year_aside || since_aside) {
            self.aside_year = Some((point.year(), end));
            self.count_distance(found, point, reference);
            return;
        }
        self.prev = Some(point);
        self.prev_end = end;
        self.prev_split_end = found
            .range_end
            .as_deref()
            .and_then(|v| v.parse::<i32>().ok())
            .filter(|&y| y > point.year() && matches!(point, Point::Year(_)));
        if let Point::Day(d) = point {
            self.prev_day = Some((d, end));
            if !names_report_day(&text[..start]) {
                self.story_day = Some((d, end));
            }
        }
        if is_report_quarter(point, reference.date)
            && (self.report_quarter.is_none() || text[..end].ends_with("-quarter"))
        {
            self.report_quarter = Some(point);
        }
        self.count_distance(found, point, reference);
    }

    /// Counts a dated mention as near the reference year or far from it.
    fn count_distance(&mut self, found: &patterns::Found, point: Point, reference: &Reference) {
        // A mention resolved from the reference date ("seven years ago") shows a text told from
        // its own date, however far back it points.
        match reference.date {
            Some(r)
                if found.anchor != Anchor::ReferenceDate
                    && (r.year() - point.year()).abs() >= 2 =>
            {
                self.far_count += 1;
            }
            Some(r)
                if found.anchor == Anchor::ReferenceDate
                    && (r.year() - point.year()).abs() >= 10 => {}
            _ => self.near_count += 1,
        }
    }
}

/// Whether the mention over `[start, end)` follows "since" ("since 1874", "since the summer of
/// 1921"), and is no start the clause goes on from ("since 2021, when Florida passed a law").
fn since_before(text: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(tail_start(text, start)..start), text.get(end..))
    else {
        return false;
    };
    let before = before.trim_end().to_ascii_lowercase();
    let before = before
        .strip_suffix("the")
        .map_or(before.as_str(), str::trim_end);
    let follows_since = before.ends_with("since")
        && before[..before.len() - "since".len()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
    follows_since && !after.trim_start().starts_with(", when")
}

/// Whether a year over `[start, end)` is an aside that leaves the story's time where it was: a
/// span in brackets ("Louis XIV (1638–1715) died"), or a year inside a clause set off by commas
/// that opens with "who", "which" or a participle of building or founding ("King Louis-Philippe,
/// who had ruled since 1830, abdicated on 24 February"; "The city walls, built in 1529, held").
/// ("had been held since 2022, including those who surrendered on May 20 of that year" and
/// "since 2021, when Florida passed a law" tell the story's year.)
/// Where the last bytes before `start` worth reading for an aside begin (a char boundary): the
/// words before a mention are read from a bounded window, so each mention costs the same.
fn tail_start(text: &str, start: usize) -> usize {
    const WINDOW_BYTES: usize = 120;
    let mut from = start.saturating_sub(WINDOW_BYTES);
    while from > 0 && !text.is_char_boundary(from) {
        from -= 1;
    }
    from
}

fn is_year_aside(text: &str, start: usize, end: usize) -> bool {
    const PARTICIPLES: &[&str] = &[
        "built",
        "born",
        "founded",
        "established",
        "opened",
        "erected",
        "begun",
    ];
    let (Some(before), Some(after)) = (text.get(tail_start(text, start)..start), text.get(end..))
    else {
        return false;
    };
    let before = before.trim_end();
    let after = after.trim_start();
    let bracketed = ["(", "(r.", "(b.", "(c.", "(born"]
        .iter()
        .any(|w| before.ends_with(w))
        && after.starts_with(')');
    if bracketed {
        return true;
    }
    // The clause between the last comma (within a sentence) and the year.
    let Some(comma) = before.rfind(',') else {
        return false;
    };
    let clause = &before[comma + 1..];
    if clause.len() > 60 || clause.contains(['.', ';', ':']) || !after.starts_with(',') {
        return false;
    }
    let first = clause.split_whitespace().next().unwrap_or("");
    matches!(first, "who" | "which" | "whose") || PARTICIPLES.contains(&first)
}

/// Whether the text before a day ends in a verb of reporting, so that the day is the report's
/// rather than the story's: "police said Thursday", "the ministry announced on Monday".
fn names_report_day(before: &str) -> bool {
    const VERBS: &[&str] = &[
        "said",
        "says",
        "told reporters",
        "announced",
        "reported",
        "confirmed",
        "added",
    ];
    let before = before.trim_end();
    let before = before.strip_suffix(" on").unwrap_or(before).trim_end();
    VERBS.iter().any(|v| {
        before.ends_with(v)
            && before[..before.len() - v.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Whether a mention can be the quarter a text reports on: one of the four completed quarters
/// before the reference date's, not the current one's forecast ("a fourth-quarter charge") nor
/// background ("the third quarter of 1984"). The first such quarter is the report's; a later
/// adjectival one ("America West reported third-quarter profit") takes over, as when a story turns
/// to a second company.
fn is_report_quarter(point: Point, reference: Option<NaiveDate>) -> bool {
    let Point::Quarter(year, q) = point else {
        return false;
    };
    reference.is_none_or(|r| {
        let index = |y: i32, q: u32| i64::from(y) * 4 + i64::from(q);
        let back = index(r.year(), r.month0() / 3 + 1) - index(year, q);
        (1..=4).contains(&back)
    })
}

/// Where the chunk starting at `from` ends: the first line break after `CHUNK_BYTES`, else the
/// first sentence end, else the first whitespace, else a char boundary.
fn chunk_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let soft = from + CHUNK_BYTES;
    if soft >= text.len() {
        return text.len();
    }
    let hard = (from + 4 * CHUNK_BYTES).min(text.len());
    let window = &bytes[soft..hard];
    if let Some(p) = window.iter().position(|&b| b == b'\n') {
        return soft + p + 1;
    }
    if let Some(p) = window.windows(2).position(|w| w[0] == b'.' && w[1] == b' ') {
        return soft + p + 2;
    }
    if let Some(p) = window.iter().position(|&b| b == b' ' || b == b'\t') {
        return soft + p + 1;
    }
    let mut end = hard;
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    end
}
