//! The extractor's patterns: hand-written matchers over tokens, tried only at trigger tokens, that
//! recognise a temporal expression starting at a token and resolve it (through `resolve`) against
//! the reference date, the sentence's tense and the previous mention. Owns the span conventions
//! (which words belong to an expression) and the "never a date" traps; knows nothing of chunks,
//! files or output.

use std::cell::Cell;

use chrono::{Datelike as _, NaiveDate, Timelike as _};

use super::holidays::{holiday_at, opens_holiday};
use super::lexicon::{self, Kw, Lex, Unit};
use super::resolve::{
    Point, add_days, add_months, day_part_code, duration_value, format_day, nearest_weekday,
    shift_day, weekday, year4,
};
use super::token::{Kind, Token};
use super::{Anchor, TimexType};

/// The tense of a sentence around a mention, for year-less dates and weekdays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
}

/// A recognised expression: token span and resolved TIMEX3 attributes.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    /// First token.
    pub start_tok: usize,
    /// One past the last token.
    pub end_tok: usize,
    /// TIMEX3 type.
    pub ty: TimexType,
    /// TIMEX3 value.
    pub value: String,
    /// TIMEX3 mod.
    pub modifier: Option<&'static str>,
    /// How the value was resolved.
    pub anchor: Anchor,
    /// Value of a range's other end.
    pub range_end: Option<String>,
    /// The period named, for later anaphora.
    pub point: Option<Point>,
    /// A preceding "the" belongs to the expression.
    pub takes_the: bool,
}

/// What the matchers see: the tokens of one chunk plus the resolution context.
pub(crate) struct Matcher<'a> {
    /// The whole text (token offsets point into it).
    pub text: &'a str,
    /// The chunk's tokens.
    pub toks: &'a [Token],
    /// The reference date.
    pub reference: Option<NaiveDate>,
    /// Whether year-less dates may borrow the reference's year.
    pub year_known: bool,
    /// The period of the previous date mention.
    pub prev: Option<Point>,
    /// Where the previous date mention ended (a byte offset into `text`).
    pub prev_end: usize,
    /// The latest mention of a single day, and where it ended: the anchor of "two days
    /// earlier" and "later that week" when a coarser mention came between ("since 2014").
    pub prev_day: Option<(NaiveDate, usize)>,
    /// The latest clock time told (its day, minutes after midnight, and where it ended): "at
    /// 11:40 p.m. … at 2:20 a.m." runs into the next day.
    pub prev_clock: Option<(NaiveDate, u32, usize)>,
    /// The latest day told as the story's, not as a report's ("police said Thursday"), and
    /// where it ended.
    pub story_day: Option<(NaiveDate, usize)>,
    /// Where the previous date mention started (a byte offset into `text`).
    pub prev_start: usize,
    /// When the previous mention is a span of years ("financial year 2024-25", "the 2023/24
    /// season", "the war of 1914–18"), the year it ends in.
    pub prev_split_end: Option<i32>,
    /// The year of the latest aside that left the story's time alone ("held since 2022, …"), and
    /// where it ended: "of that year" just after it means that year.
    pub aside_year: Option<(i32, usize)>,
    /// Where the latest duration in months ended ("for the nine months"), 0 if none yet.
    pub months_end: usize,
    /// The text's reporting quarter: its first quarter that is not after the reference date's
    /// ("Kimberly-Clark posted a 20% gain in third-quarter net income").
    pub report_quarter: Option<Point>,
    /// Whether the text so far is a history: more of its dated mentions lie two or more years
    /// from the reference date than near it.
    pub history: bool,
    /// A history with two or more far dated mentions so far (see `State::settled_history`).
    pub settled_history: bool,
    /// Nesting depth of the matchers now running: bounds the work per token (linear time even on
    /// "5 pm 5 pm 5 pm…" or "the end of the end of…").
    pub depth: Cell<u32>,
}

/// Deepest nesting of matchers; real expressions need three or four levels.
const MAX_DEPTH: u32 = 6;

/// One of the approximators and comparators that prefix durations and times.
fn modifier_for(kw: Kw) -> Option<&'static str> {
    Some(match kw {
        Kw::About | Kw::Around | Kw::Nearly | Kw::Almost | Kw::Approximately | Kw::Some => "APPROX",
        Kw::Over => "MORE_THAN",
        Kw::Under => "LESS_THAN",
        _ => return None,
    })
}

impl<'a> Matcher<'a> {
    // ----- token access -------------------------------------------------------------------

    fn tok(&self, i: usize) -> Option<&Token> {
        self.toks.get(i).filter(|t| !t.blocked)
    }

    fn lex(&self, i: usize) -> Lex {
        self.tok(i).map_or(Lex::None, |t| t.lex)
    }

    fn kw(&self, i: usize, kw: Kw) -> bool {
        self.lex(i) == Lex::Kw(kw)
    }

    fn kw_at(&self, i: usize) -> Option<Kw> {
        match self.lex(i) {
            Lex::Kw(k) => Some(k),
            _ => None,
        }
    }

    fn punct(&self, i: usize, c: u8) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(c))
    }

    /// Whether a phrase ends before token `k`: the text ends or a ",", "." or ";" comes.
    fn clause_ends_at(&self, k: usize) -> bool {
        self.tok(k)
            .is_none_or(|t| t.kind == Kind::Punct && matches!(t.num as u8, b',' | b'.' | b';'))
    }

    /// Token `i` follows the previous one without whitespace.
    fn attached(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space_before)
    }

    /// Whether one of `prepositions` comes right before token `from` and one of `verbs` two to
    /// `reach` words before it ("set sentencing for", "postponed the vote until").
    fn verb_before_preposition(
        &self,
        from: usize,
        prepositions: &[&str],
        verbs: &[&str],
        reach: usize,
    ) -> bool {
        from >= 1
            && prepositions.iter().any(|w| self.word_is(from - 1, w))
            && (2..=reach)
                .any(|back| from >= back && verbs.iter().any(|w| self.word_is(from - back, w)))
    }

    /// Whether the mention at token `from` is on a schedule's line: a line that opens with it and
    /// a colon soon after ("Sunday: Sunny", "Monday, 9 a.m.: Sentencing"), or a line "Name:
    /// <mention>" ("Craft fair: Saturday, 10 a.m.").
    fn listing_line(&self, from: usize) -> bool {
        let Some(t) = self.tok(from) else {
            return false;
        };
        if t.newline_before || from == 0 {
            return (from + 1..from + 7)
                .take_while(|&k| self.tok(k).is_some_and(|t| !t.newline_before))
                .any(|k| self.punct(k, b':'));
        }
        // "Craft fair: Saturday": a short label and a colon open the line.
        let label_before = |colon: usize| {
            (1..=4).any(|back| {
                colon == back
                    || colon > back && self.tok(colon - back).is_some_and(|t| t.newline_before)
            })
        };
        if from >= 2 && self.punct(from - 1, b':') && label_before(from - 1) {
            return true;
        }
        // "Suns: Host Charlotte on Wednesday.", "Kings: At Houston on Tuesday night.": a
        // fixture line of names and a few words of place.
        const FIXTURE_WORDS: &[&str] = &[
            "at", "vs", "v", "on", "against", "the", "in", "home", "away", "host", "hosts",
            "visit", "visits", "play", "plays", "face", "faces",
        ];
        // (The label is names only: "He told BBC News: ``In 20 years …" is a quotation.)
        let name_label = |colon: usize| {
            (1..=3).any(|back| {
                colon >= back
                    && self.tok(colon - back).is_some_and(|t| t.newline_before)
                    && (colon - back..colon).all(|k| {
                        self.tok(k)
                            .is_some_and(|t| t.kind == Kind::Word && t.capitalized)
                    })
            })
        };
        (2..=8).any(|gap| {
            from > gap
                && self.punct(from - gap, b':')
                && name_label(from - gap)
                && (from - gap + 1..from).all(|k| {
                    self.tok(k).is_some_and(|t| {
                        !t.newline_before
                            && (t.kind == Kind::Punct
                                && !matches!(
                                    &self.text[t.start..t.end],
                                    "\"" | "`" | "``" | "'" | "“"
                                )
                                || t.kind == Kind::Word && t.capitalized
                                || FIXTURE_WORDS.iter().any(|w| self.word_is(k, w)))
                    })
                })
        })
    }

    /// Whether token `k` ends a sentence for reading its tense: ".", "!", "?", ";" or a line
    /// break, but not the point of "3.4 percent" nor of "U.S. officials" (a lower-case word
    /// follows) or "Mr. Bush" (a title).
    fn sentence_break(&self, k: usize) -> bool {
        const TITLES: &[&str] = &[
            "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt",
            "Prof", "Rev", "Gens", "Sens", "Reps", "No", "Nos",
        ];
        let Some(t) = self.tok(k) else {
            return true;
        };
        if t.newline_before {
            return true;
        }
        if t.kind != Kind::Punct {
            return false;
        }
        match t.num as u8 {
            b'!' | b'?' | b';' => true,
            b'.' => {
                let decimal = self.attached(k)
                    && self.attached(k + 1)
                    && k >= 1
                    && self.toks[k - 1].kind == Kind::Number
                    && self.tok(k + 1).is_some_and(|n| n.kind == Kind::Number);
                // ("at 7 p.m., with paving in August", "across the U.S., with …": an
                // abbreviation's point before a comma ends nothing.)
                let lower_next = self.attached(k)
                    && self.tok(k + 1).is_some_and(|n| {
                        n.kind == Kind::Word && !n.capitalized && !n.newline_before
                            || n.is_punct(b',')
                    });
                // ("John A. Boehner", "the U.S. Senate": an initial's point.)
                let title = self.attached(k)
                    && k >= 1
                    && (self.word_in(k - 1, TITLES)
                        || matches!(self.toks[k - 1].lex, Lex::MonthAbbr(_))
                        || self.toks[k - 1].end - self.toks[k - 1].start == 1
                            && self.toks[k - 1].capitalized
                            && self.toks[k - 1].kind == Kind::Word
                            && self
                                .tok(k + 1)
                                .is_some_and(|n| n.capitalized && !n.newline_before));
                !(decimal || lower_next || title)
            }
            _ => false,
        }
    }

    fn word_is(&self, i: usize, word: &str) -> bool {
        self.tok(i).is_some_and(|t| {
            t.kind == Kind::Word
                && t.end - t.start == word.len()
                && self.text.as_bytes()[t.start..t.end].eq_ignore_ascii_case(word.as_bytes())
        })
    }

    fn is_dash(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            t.is_punct(b'-')
                || (t.kind == Kind::Punct && matches!(&self.text[t.start..t.end], "–" | "—"))
        })
    }

    fn is_apostrophe(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            t.is_punct(b'\'') || (t.kind == Kind::Punct && &self.text[t.start..t.end] == "’")
        })
    }

    fn number(&self, i: usize) -> Option<(u32, u8)> {
        self.tok(i)
            .filter(|t| t.kind == Kind::Number)
            .map(|t| (t.num, t.digits))
    }

    /// A number that is a whole number on its own: not part of "1,000", "8.2", "$5", "5%".
    fn plain_number(&self, i: usize) -> Option<(u32, u8)> {
        let n = self.number(i)?;
        if i > 0 {
            if let Some(prev) = self.toks.get(i - 1)
                && !self.toks[i].space_before
            {
                if prev.kind == Kind::Punct
                    && (matches!(prev.num as u8, b'$' | b'#' | b'.' | b',' | b'+')
                        || matches!(&self.text[prev.start..prev.end], "€" | "£" | "¥" | "№"))
                    && (prev.num as u8 != b'.' && prev.num as u8 != b','
                        || (i >= 2 && self.toks[i - 2].kind == Kind::Number && !prev.space_before))
                {
                    return None;
                }
                if prev.kind == Kind::Word && !matches!(prev.lex, Lex::Kw(Kw::Mid)) {
                    // "TB2", "A320".
                    return None;
                }
            }
            if let Some(prev) = self.toks.get(i - 1)
                && prev.lex == Lex::Kw(Kw::Blocker)
            {
                return None;
            }
        }
        if let Some(next) = self.toks.get(i + 1)
            && !next.space_before
        {
            if next.is_punct(b'%') {
                return None;
            }
            if (next.is_punct(b',') || next.is_punct(b'.'))
                && self
                    .toks
                    .get(i + 2)
                    .is_some_and(|t| t.kind == Kind::Number && !t.space_before)
            {
                return None;
            }
        }
        Some(n)
    }

    // ----- small scanners ------------------------------------------------------------------

    /// A month name at `i`: (month, next token, weak). Weak: needs numbers next to it to count.
    fn month_at(&self, i: usize) -> Option<(u32, usize, bool)> {
        let t = self.tok(i)?;
        match t.lex {
            Lex::Month(m) => {
                let weak = !t.capitalized || m == 5 || m == 3;
                Some((u32::from(m), i + 1, weak))
            }
            Lex::MonthAbbr(m) => {
                if self.punct(i + 1, b'.') && self.attached(i + 1) {
                    Some((u32::from(m), i + 2, !t.capitalized))
                } else {
                    Some((u32::from(m), i + 1, true))
                }
            }
            _ => None,
        }
    }

    /// A day of the month: "18", "1st", "19th".
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let (n, digits) = self.plain_number(i)?;
        if digits > 2 || !(1..=31).contains(&n) {
            return None;
        }
        let mut next = i + 1;
        if self.lex(next) == Lex::OrdSuffix && self.attached(next) {
            next += 1;
        } else if self
            .tok(next)
            .is_some_and(|t| t.kind == Kind::Word && !t.space_before)
        {
            return None;
        }
        Some((n, next))
    }

    /// A four-digit year, or a spoken one ("nineteen ninety-six").
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        if let Some((n, digits)) = self.plain_number(i) {
            if digits == 4 && (1000..=2999).contains(&n) {
                if self
                    .tok(i + 1)
                    .is_some_and(|t| t.kind == Kind::Word && !t.space_before)
                    && !self.word_is(i + 1, "s")
                {
                    return None;
                }
                return Some((n as i32, i + 1));
            }
            return None;
        }
        if let Lex::Card(19) = self.lex(i) {
            let (tens, mut next) = self.card_at(i + 1)?;
            if !(10..=99).contains(&tens) {
                return None;
            }
            if tens % 10 == 0
                && self.is_dash(next)
                && let Lex::Card(u) = self.lex(next + 1)
                && u < 10
            {
                next += 2;
                return Some((1900 + i32::from(tens) + i32::from(u), next));
            }
            return Some((1900 + i32::from(tens), next));
        }
        if let Lex::Card(2) = self.lex(i)
            && self.kw(i + 1, Kw::Thousand)
        {
            let mut next = i + 2;
            let mut year = 2000;
            let and = usize::from(self.kw(next, Kw::And));
            if let Some((n, after)) = self.card_at(next + and)
                && n < 100
            {
                year += i32::from(n);
                next = after;
            }
            return Some((year, next));
        }
        None
    }

    /// A number word or compound ("twenty four", "twenty-four").
    fn card_at(&self, i: usize) -> Option<(u16, usize)> {
        let Lex::Card(n) = self.lex(i) else {
            return None;
        };
        if n >= 20 && n % 10 == 0 {
            let gap = usize::from(self.is_dash(i + 1) && self.attached(i + 1));
            if let Lex::Card(u) = self.lex(i + 1 + gap)
                && u < 10
            {
                return Some((n + u, i + 2 + gap));
            }
        }
        Some((n, i + 1))
    }

    /// "a.m.", "pm", "p.m" → (is pm, next).
    fn ampm_at(&self, i: usize) -> Option<(bool, usize)> {
        match self.lex(i) {
            Lex::Kw(Kw::Am) => return Some((false, i + 1)),
            Lex::Kw(Kw::Pm) => return Some((true, i + 1)),
            _ => {}
        }
        let pm = if self.word_is(i, "a") {
            false
        } else if self.word_is(i, "p") {
            true
        } else {
            return None;
        };
        if self.punct(i + 1, b'.')
            && self.attached(i + 1)
            && self.word_is(i + 2, "m")
            && self.attached(i + 2)
        {
            return Some((pm, self.skip_dot(i + 3)));
        }
        None
    }

    fn skip_dot(&self, i: usize) -> usize {
        if self.punct(i, b'.') && self.attached(i) {
            i + 1
        } else {
            i
        }
    }

    /// A clock time: "4:39 PM", "10 p.m.", "16:00", "noon" → (hour, minute, next).
    fn time_at(&self, i: usize) -> Option<(u32, u32, usize)> {
        if self.kw(i, Kw::Noon) {
            return Some((12, 0, i + 1));
        }
        if self.kw(i, Kw::Midnight) {
            return Some((24, 0, i + 1));
        }
        if self.tok(i).is_some_and(|t| t.kind == Kind::Word) {
            return self.spoken_clock_at(i);
        }
        let (h, hd) = self.number(i)?;
        // The middle of "2:03:45" is no clock time of its own.
        if i >= 2
            && self.punct(i - 1, b':')
            && self.attached(i - 1)
            && self.attached(i)
            && self.number(i - 2).is_some()
        {
            return None;
        }
        // "struck at 1653 local time": the 24-hour clock of wire copy.
        if hd == 4
            && self.word_is(i + 1, "local")
            && self.kw(i + 2, Kw::Time)
            && h / 100 < 24
            && h % 100 < 60
        {
            return Some((h / 100, h % 100, i + 1));
        }
        // "1500 Universal Time", "0300 Coordinated Universal Time".
        let universal = |k: usize| {
            if self.word_is(k, "Coordinated") {
                self.word_is(k + 1, "Universal") && self.kw(k + 2, Kw::Time)
            } else {
                self.word_is(k, "Universal") && self.kw(k + 1, Kw::Time)
            }
        };
        if hd == 4 && universal(i + 1) && h / 100 < 24 && h % 100 < 60 {
            let next = if self.word_is(i + 1, "Coordinated") {
                i + 4
            } else {
                i + 3
            };
            return Some((h / 100, h % 100, next));
        }
        // "1230 GMT": the 24-hour clock with its zone.
        if hd == 4 && self.kw(i + 1, Kw::Timezone) && h / 100 < 24 && h % 100 < 60 {
            let mut next = i + 2;
            if (self.punct(next, b'+') || self.is_dash(next))
                && self.attached(next)
                && self.number(next + 1).is_some_and(|(_, d)| d <= 2)
            {
                next += 2;
            }
            return Some((h / 100, h % 100, next));
        }
        // "0600 hours", "at 1430 hours": the 24-hour clock of military and police reports.
        if hd == 4
            && self.lex(i + 1) == Lex::Units(Unit::Hour)
            && (self
                .tok(i)
                .is_some_and(|t| self.text.as_bytes()[t.start] == b'0')
                || i >= 1
                    && ["at", "from", "until", "till", "by", "before", "after", "is", "was"]
                        .iter()
                        .any(|w| self.word_is(i - 1, w))
                // ("from 2100 hours to 2300 hours".)
                || i >= 3
                    && self.word_is(i - 1, "to")
                    && self.word_is(i - 2, "hours")
                    && self.plain_number(i - 3).is_some_and(|(_, d)| d == 4))
            && h / 100 <= 24
            && h % 100 < 60
        {
            return Some((h / 100, h % 100, i + 2));
        }
        // "opens at 0900", "from 0630 to 0800": four digits with a leading zero after a
        // preposition of time are a 24-hour clock (no year starts with 0).
        if hd == 4
            && self
                .tok(i)
                .is_some_and(|t| self.text.as_bytes()[t.start] == b'0')
            && i >= 1
            && ["at", "from", "until", "till", "by", "before", "after", "to"]
                .iter()
                .any(|w| self.word_is(i - 1, w))
            && h / 100 < 24
            && h % 100 < 60
            && !self
                .tok(i + 1)
                .is_some_and(|t| t.kind == Kind::Number || !t.space_before && t.kind == Kind::Word)
        {
            return Some((h / 100, h % 100, i + 1));
        }
        if hd > 2 || h > 24 {
            return None;
        }
        let mut next = i + 1;
        let mut minute = 0;
        let mut has_colon = false;
        if self.punct(next, b':') && self.attached(next) && self.attached(next + 1) {
            let (m, md) = self.number(next + 1)?;
            if md != 2 || m > 59 {
                return None;
            }
            minute = m;
            next += 2;
            has_colon = true;
            if self.punct(next, b':')
                && self.attached(next)
                && self.number(next + 1).is_some_and(|(s, d)| d == 2 && s < 60)
            {
                next += 2;
            }
            // "finished in 2:03:45", "ran 5K in 19:45": a race time, not a clock time.
            if self.kw(i.wrapping_sub(1), Kw::In) && self.ampm_at(next).is_none() {
                return None;
            }
            if self.ampm_at(next).is_none()
                && !self.kw(next, Kw::Timezone)
                && self.not_a_clock(i, next)
            {
                return None;
            }
        } else if self.punct(next, b'.')
            && self.attached(next)
            && self.attached(next + 1)
            && self.number(next + 1).is_some_and(|(m, d)| d == 2 && m < 60)
            && (self.ampm_at(next + 2).is_some()
                // "00.01 local time", "18.04 IST": the 24-hour clock with a zone.
                || hd == 2
                    && h < 24
                    && (self.kw(next + 2, Kw::Timezone)
                        || self.word_is(next + 2, "local") && self.kw(next + 3, Kw::Time)))
        {
            // "2.30pm": the British clock, only with am/pm (else "2.30" is a decimal).
            minute = self.number(next + 1).map_or(0, |(m, _)| m);
            next += 2;
            has_colon = true;
        }
        // "12:00 midnight", "12:00 noon": one time.
        if has_colon && h == 12 && minute == 0 {
            if self.kw(next, Kw::Midnight) {
                return Some((24, 0, next + 1));
            }
            if self.kw(next, Kw::Noon) {
                return Some((12, 0, next + 1));
            }
        }
        let mut hour = h;
        if let Some((pm, after)) = self.ampm_at(next) {
            if !(1..=12).contains(&h) {
                return None;
            }
            hour = hour_with_meridiem(h, pm);
            next = after;
        } else if has_colon
            && (1..=12).contains(&h)
            && let Some((part, after)) = self.day_part_phrase_at(next)
        {
            // "at 11:02 in the morning".
            hour = hour_in_part(h, part);
            next = after;
        } else if !has_colon {
            if self.word_is(next, "o")
                && self.is_apostrophe(next + 1)
                && self.word_is(next + 2, "clock")
            {
                next += 3;
            } else if (1..=12).contains(&h)
                && let Some((part, after)) = self.day_part_phrase_at(next)
            {
                // "4 in the morning", "8 in the evening", "11 at night".
                hour = hour_in_part(h, part);
                next = after;
            } else if (1..12).contains(&h)
                && i >= 1
                && self.word_is(i - 1, "at")
                && (self.kw(next, Kw::Tonight) && h >= 5
                    || self.kw(next, Kw::This) && matches!(self.lex(next + 1), Lex::DayPart(2..=4)))
            {
                // "at 8 tonight", "at 3 this afternoon": the hour, its half set by the day's part.
            } else {
                return None;
            }
        }
        // "3 p.m. Beijing time", "15:03 Moscow time", "9 a.m. Eastern time": a named zone.
        if self.kw(next + 1, Kw::Time)
            && self.tok(next).is_some_and(|t| {
                t.kind == Kind::Word && t.capitalized && t.lex == Lex::None && !t.newline_before
            })
            && self.tok(next + 1).is_some_and(|t| !t.capitalized)
        {
            next += 2;
        }
        if self.kw(next, Kw::Timezone) {
            next += 1;
            // "GMT+3", "UTC-05:00": the offset belongs to the zone.
            if (self.punct(next, b'+') || self.is_dash(next))
                && self.attached(next)
                && self.attached(next + 1)
                && self.number(next + 1).is_some_and(|(_, d)| d <= 4)
            {
                next += 2;
                if self.punct(next, b':')
                    && self.attached(next)
                    && self.number(next + 1).is_some_and(|(_, d)| d == 2)
                {
                    next += 2;
                }
            }
        }
        Some((hour, minute, next))
    }

    /// A clock time in words: "half past nine", "a quarter to eight", "eleven o'clock", "eight in
    /// the morning", "half past 6 p.m." → (hour, minute, next); the part of the day or am/pm
    /// after it sets the half of the day.
    fn spoken_clock_at(&self, i: usize) -> Option<(u32, u32, usize)> {
        let k = if self.kw(i, Kw::A) { i + 1 } else { i };
        let quarter = self.lex(k) == Lex::Unit(Unit::Quarter);
        let (offset, hour_at) = if self.kw(k, Kw::Half) && self.word_is(k + 1, "past") {
            (Some(30), k + 2)
        } else if quarter && self.word_is(k + 1, "past") {
            (Some(15), k + 2)
        } else if quarter && self.kw(k + 1, Kw::To) {
            (Some(-15), k + 2)
        } else if k == i {
            (None, i)
        } else {
            return None;
        };
        let h = match self.lex(hour_at) {
            Lex::Card(n) if (1..=12).contains(&n) => u32::from(n),
            _ => match self.plain_number(hour_at)? {
                (n, 1 | 2) if (1..=12).contains(&n) => n,
                _ => return None,
            },
        };
        let mut next = hour_at + 1;
        let (mut hour, minute) = match offset {
            Some(30) => (h, 30),
            Some(15) => (h, 15),
            Some(_) => (if h == 1 { 12 } else { h - 1 }, 45),
            None => (h, 0),
        };
        let oclock = self.word_is(next, "o")
            && self.is_apostrophe(next + 1)
            && self.word_is(next + 2, "clock");
        if oclock {
            next += 3;
        }
        if let Some((pm, after)) = self.ampm_at(next) {
            hour = hour_with_meridiem(hour, pm);
            next = after;
        } else if let Some((part, after)) = self.day_part_phrase_at(next) {
            hour = hour_in_part(hour, part);
            next = after;
        } else if offset.is_none() && !oclock {
            // A bare number word is no time ("eight in all").
            return None;
        }
        // (A number word alone before "o'clock" must stand after a word of time: "at eleven
        // o'clock", not "the eleven o'clock news" … which is a time too; both are kept.)
        Some((hour, minute, next))
    }

    /// Whether "N:NN" at token `i` (ending before `next`, with no am/pm nor zone) is no clock
    /// time: a game clock ("2:31 left", "5:42 to play", "the 8:15 mark"), a race time ("a 4:10
    /// mile"), a verse ("John 3:16",
    /// after a name), a scale or ratio ("1:50,000", "Dilute 1:10"), a case number ("No. 1:21").
    fn not_a_clock(&self, i: usize, next: usize) -> bool {
        // ("a 4:10 mile", "a 2:05 marathon", "a 4:30 pace": a race time.)
        let game_clock = [
            "left",
            "remaining",
            "mark",
            "scale",
            "ratio",
            "mile",
            "miles",
            "marathon",
            "pace",
            "km",
            "kilometer",
            "kilometers",
            "kilometre",
            "kilometres",
            "lap",
            "split",
            "per",
        ]
        .iter()
        .any(|w| self.word_is(next, w))
            || self.kw(next, Kw::To)
                && (self.word_is(next + 1, "play") || self.word_is(next + 1, "go"));
        // "in the final 6:12", "at 14:32 of the second period", "at 3:15 of overtime": a game's
        // clock.
        let game_period = i >= 1
            && ["final", "last", "first", "opening", "closing"]
                .iter()
                .any(|w| self.word_is(i - 1, w))
            || self.kw(next, Kw::Of)
                && (next + 1..next + 5).any(|k| {
                    [
                        "overtime", "period", "quarter", "half", "inning", "game", "match",
                        "extra", "set",
                    ]
                    .iter()
                    .any(|w| self.word_is(k, w))
                });
        let thousands = self.punct(next, b',')
            && self.attached(next)
            && self.number(next + 1).is_some_and(|(_, d)| d == 3)
            && self.attached(next + 1);
        let after_name = i >= 1
            && self
                .tok(i - 1)
                .is_some_and(|t| t.kind == Kind::Word && t.capitalized && t.lex == Lex::None);
        let after_number_mark = i >= 1
            && (self.word_is(i - 1, "No")
                || self.punct(i - 1, b'.') && self.word_is(i.wrapping_sub(2), "No"));
        // "Dilute 1:10": one to some, where no word before makes it a time ("at 1:30").
        let one_to = self.number(i).is_some_and(|(h, _)| h == 1)
            && !(i >= 1
                && [
                    "at", "by", "until", "till", "from", "before", "after", "to", "since",
                    "around", "about", "past", "til",
                ]
                .iter()
                .any(|w| self.word_is(i - 1, w)));
        game_clock || game_period || thousands || after_name || after_number_mark || one_to
    }

    /// "in the morning" / "in the afternoon" / "in the evening" / "at night" at token `i`: the part
    /// of day (1 morning – 4 night) and the token after the phrase.
    fn day_part_phrase_at(&self, i: usize) -> Option<(u8, usize)> {
        if self.kw(i, Kw::In)
            && self.kw(i + 1, Kw::The)
            && let Lex::DayPart(p) = self.lex(i + 2)
            && p != 4
        {
            return Some((p, i + 3));
        }
        if self.kw(i, Kw::At) && self.lex(i + 1) == Lex::DayPart(4) {
            return Some((4, i + 2));
        }
        None
    }

    // ----- context -------------------------------------------------------------------------

    /// Whether "since" opens the mention at token `from`, directly or through "the" or a
    /// possessive: "since September", "the strikes since the summer", "since their December
    /// session".
    fn after_since(&self, from: usize) -> bool {
        from >= 1 && self.word_is(from - 1, "since")
            || from >= 2
                && self.word_is(from - 2, "since")
                && (self.kw(from - 1, Kw::The)
                    || ["their", "its", "his", "her", "our", "my", "your"]
                        .iter()
                        .any(|w| self.word_is(from - 1, w)))
    }

    /// The tense of the sentence around tokens `[from, to)`: the nearest cue wins.
    pub(crate) fn tense(&self, from: usize, to: usize) -> Tense {
        self.tense_reading(from, to, true)
    }

    /// The tense from the words before the mention only ("this summer," said …: the attribution
    /// after it is no tense of the mention's clause).
    fn tense_before(&self, from: usize) -> Tense {
        self.tense_reading(from, from, false)
    }

    fn tense_reading(&self, from: usize, to: usize, read_after: bool) -> Tense {
        const WINDOW: usize = 30;
        // "has sold the sensor since September": "since" looks back whatever the clause's verb.
        if self.after_since(from) {
            return Tense::Past;
        }
        // "set sentencing for March 19", "setting oral arguments for January 28", "scheduled the
        // vote for Friday": a date fixed for something to come.
        const SETTING: &[&str] = &[
            "set",
            "sets",
            "setting",
            "scheduled",
            "scheduling",
            "slated",
        ];
        if self.verb_before_preposition(from, &["for"], SETTING, 6) {
            return Tense::Future;
        }
        // "the vote is Tuesday", "kick-off is at 3pm on Saturday", "the hearings are on Jan. 5":
        // a present "is" that gives the date of something names a date to come.
        {
            let mut k = from;
            if k >= 1 && (self.word_is(k - 1, "on") || self.word_is(k - 1, "at")) {
                k -= 1;
            }
            // "Storms are likely Sunday", "Showers are possible Monday".
            if k >= 2
                && ["likely", "possible", "unlikely", "forecast"]
                    .iter()
                    .any(|w| self.word_is(k - 1, w))
                && ["is", "are", "be"].iter().any(|w| self.word_is(k - 2, w))
            {
                return Tense::Future;
            }
            // ("Game 2 is Friday".)
            if k >= 2
                && (self.word_is(k - 1, "is") || self.word_is(k - 1, "are"))
                && ![
                    "it", "there", "that", "this", "what", "today", "which", "now",
                ]
                .iter()
                .any(|w| self.word_is(k - 2, w))
                && matches!(self.toks[k - 2].kind, Kind::Word | Kind::Number)
            {
                return Tense::Future;
            }
        }
        // A schedule's line: "Saturday: Sunny, highs near 98", "Monday, 9 a.m.: Sentencing",
        // "Craft fair: Saturday, 10 a.m. to 4 p.m." (a heading or a listing names days to come).
        if self.listing_line(from) {
            return Tense::Future;
        }
        // "was postponed until Jan. 11", "rescheduled for Jan. 8": the new date is ahead (a bare
        // month is left to the tolerance for months just past: "were postponed until September",
        // written in October).
        // "the forecast for Wednesday afternoon", "the outlook for next week": ahead.
        if self.verb_before_preposition(
            from,
            &["for"],
            &[
                "forecast",
                "outlook",
                "schedule",
                "prediction",
                "predictions",
            ],
            2,
        ) {
            return Tense::Future;
        }
        let bare_month = self
            .month_at(from)
            .is_some_and(|(_, j, _)| self.day_at(j).is_none());
        if !bare_month
            && self.verb_before_preposition(from, &["until", "till", "to", "for"], RESCHEDULING, 5)
        {
            return Tense::Future;
        }
        let cue = |i: usize| -> Option<Tense> {
            let t = &self.toks[i];
            // "Call me on Friday", "Don't forget to vote on Saturday", "Please join us on
            // Saturday", "Kindly reply by Friday": a request, ahead.
            const IMPERATIVES: &[&str] = &[
                "Call", "Come", "Join", "Remember", "Visit", "Vote", "Watch", "Tune", "Bring",
                "Meet", "Check", "Book", "Register", "Sign", "Apply", "Submit", "Mark", "Save",
                "Catch", "Head", "Drop", "Pick", "Don", "Please", "Kindly",
            ];
            if i < from
                && t.capitalized
                && self.opens_sentence(i)
                && IMPERATIVES.contains(&&self.text[t.start..t.end])
            {
                return Some(Tense::Future);
            }
            // "Can we move the call to Thursday?", "Shall we meet on Monday?", "Let's move it to
            // Thursday": a proposal, ahead.
            if i < from
                && t.capitalized
                && self.opens_sentence(i)
                && (["Can", "Shall"].contains(&&self.text[t.start..t.end])
                    && (self.word_is(i + 1, "we") || self.word_is(i + 1, "I"))
                    || &self.text[t.start..t.end] == "Let"
                        && self.is_apostrophe(i + 1)
                        && self.word_is(i + 2, "s"))
            {
                return Some(Tense::Future);
            }
            // "had been due to", "had been scheduled to": a plan already in the past.
            let had_before = |k: usize| {
                k >= 1 && self.word_is(k - 1, "had")
                    || k >= 2 && self.word_is(k - 1, "been") && self.word_is(k - 2, "had")
            };
            // "is expected to", "has scheduled", "expected to": a plan. Without a form of "be" or
            // "have", or a "to", these participles describe ("the hastily planned trip", "a service
            // planned for Saturday was canceled") and say nothing of the tense.
            let will_word = t.lex == Lex::Kw(Kw::Will);
            let participle = will_word
                && ["planned", "scheduled", "expected", "supposed"]
                    .iter()
                    .any(|w| self.word_is(i, w));
            if participle
                && !self.word_is(i + 1, "to")
                && !(1..=2).any(|back| {
                    i >= back
                        && [
                            "is", "are", "was", "were", "be", "been", "being", "remains", "has",
                            "have", "had",
                        ]
                        .iter()
                        .any(|w| self.word_is(i - back, w))
                })
            {
                return None;
            }
            // "vacation plans": a noun unless "plans to" or "plans another review".
            if will_word
                && self.word_is(i, "plans")
                && !self.word_is(i + 1, "to")
                && !(matches!(self.lex(i + 1), Lex::Kw(Kw::A | Kw::An | Kw::The))
                    || ["another", "new", "its", "their", "more", "further"]
                        .iter()
                        .any(|w| self.word_is(i + 1, w)))
            {
                return None;
            }
            // "repairs could take until the summer", "prices may rise in the fall": a modal
            // before a bare verb points forward ("could not", "may have", "could be located"
            // say nothing of it).
            // "can" tells of ability now, so it points forward only to a date the verb happens
            // in or by ("they can take part in the summit in April", not "posts from March" or
            // "the floods of June").
            let can_ahead = &self.text[t.start..t.end] == "can"
                && from >= 1
                && ["in", "on", "by", "until", "before"]
                    .iter()
                    .any(|w| self.word_is(from - 1, w));
            if (i < from || i >= to)
                && t.kind == Kind::Word
                && (["could", "might", "may", "should", "must"]
                    .iter()
                    .any(|w| &self.text[t.start..t.end] == *w)
                    || can_ahead)
                && !(["have", "not", "n't", "be", "also", "never"]
                    .iter()
                    .any(|w| self.word_is(i + 1, w))
                    // ("might have to lay off teachers in the fall" looks ahead.)
                    && !(self.word_is(i + 1, "have") && self.word_is(i + 2, "to")))
            {
                return Some(Tense::Future);
            }
            // "taxes must be paid by Dec. 2", "the report may be published in November": a modal
            // passive is a duty or a plan still ahead ("could not be located Wednesday" is not).
            if i < from
                && t.kind == Kind::Word
                && ["must", "should", "will", "shall", "may", "might"]
                    .iter()
                    .any(|w| &self.text[t.start..t.end] == *w)
                && self.word_is(i + 1, "be")
                && (self.ed_verb_at(i + 2)
                    || [
                        "paid", "held", "made", "done", "given", "sent", "taken", "sold", "built",
                    ]
                    .iter()
                    .any(|w| self.word_is(i + 2, w)))
                && !self.clause_has(i, "had")
            {
                return Some(Tense::Future);
            }
            // "leaders agreed to hold a conference in June", "ordering both sides to file briefs
            // by January 9", "was forecast to make landfall late Wednesday": what was agreed,
            // ordered or forecast is still to come.
            const FORWARD: &[&str] = &[
                "agreed",
                "decided",
                "voted",
                "promised",
                "pledged",
                "vowed",
                "ordered",
                "ordering",
                "asked",
                "urged",
                "told",
                "planned",
                "prepared",
                "threatened",
                "hoped",
                "intended",
                "aimed",
                "forecast",
                "projected",
                "slated",
                "poised",
                "likely",
                "due",
                // "announced an agreement to acquire the company in January" (not "the Warsaw
                // Pact countries to accede … on Friday").
                "agreement",
                "deal",
                "bid",
                "proposal",
            ];
            // ("agreed to a 90-day truce … on Saturday": "to" before an article is a
            // preposition, no infinitive.)
            let infinitive_to = |k: usize| {
                self.word_is(k, "to")
                    && !matches!(self.lex(k + 1), Lex::Kw(Kw::A | Kw::An | Kw::The))
                    && !self.tok(k + 1).is_some_and(|t| t.kind == Kind::Number)
            };
            if i < from
                && t.kind == Kind::Word
                && (1..=3).any(|k| i + k < from && infinitive_to(i + k))
                && FORWARD.iter().any(|w| self.word_is(i, w))
                && !t.capitalized
                && !had_before(i)
            {
                return Some(Tense::Future);
            }
            let past = match t.lex {
                Lex::Kw(Kw::Will) if had_before(i) => return Some(Tense::Past),
                Lex::Kw(Kw::Will) => return Some(Tense::Future),
                // "set to resume Monday", "did not plan to remove him on Thursday".
                Lex::None
                    if self.word_is(i + 1, "to")
                        && ["set", "plan", "plans", "intend", "intends", "aim", "aims"]
                            .iter()
                            .any(|w| self.word_is(i, w)) =>
                {
                    return Some(if had_before(i) {
                        Tense::Past
                    } else {
                        Tense::Future
                    });
                }
                // A scheduled event in the present tense: "polls close Thursday", "the court
                // rules Monday", "talks resume on Tuesday".
                // ("did not meet Friday", "let the offensive begin Saturday night": a bare verb
                // hanging on a past-tense word tells of the past.)
                // ("Nvidia reports earnings on Wednesday"; "the Grain Stocks report put
                // inventories as of Sept. 1" is a noun: such words count only close before the
                // date.)
                Lex::None
                    if i < from
                        && self.scheduling_verb(i)
                        && (from - i <= 8
                            && !self.ed_verb_at(i + 1)
                            && !self.word_is(i + 1, "put")
                            || ![
                                "stage", "stages", "strike", "strikes", "report", "reports",
                                "debate", "debates", "release", "releases",
                            ]
                            .iter()
                            .any(|w| self.word_is(i, w))) =>
                {
                    return Some(if self.bare_verb_after_past(i) {
                        Tense::Past
                    } else {
                        Tense::Future
                    });
                }
                // "Preorders start Friday", "classes end Monday" (not "a slow start to").
                Lex::Kw(Kw::Start | Kw::End)
                    if i < from
                        && self.scheduling_verb(i)
                        && i >= 1
                        && self.tok(i - 1).is_some_and(|p| {
                            p.kind == Kind::Word
                                && self.text.as_bytes()[p.end - 1] == b's'
                                && p.lex == Lex::None
                        })
                        && !["to", "of", "a", "the"]
                            .iter()
                            .any(|w| self.word_is(i + 1, w)) =>
                {
                    return Some(Tense::Future);
                }
                // "is meeting Xi on Thursday", "are holding a vote on Tuesday", "is coming on
                // Friday": a plan.
                Lex::None | Lex::Kw(Kw::Coming) if i < from && self.planned_progressive(i) => {
                    return Some(Tense::Future);
                }
                // "said he would meet on Friday"; after the mention, "would" mostly belongs to a
                // clause of its own.
                Lex::Kw(Kw::Would) if i < from => return Some(Tense::Future),
                Lex::None if i < from && from - i <= 6 && self.present_copula_ahead(i) => {
                    return Some(Tense::Future);
                }
                // ("to lay off", "could put": a base form spelled as a past.)
                Lex::Kw(Kw::PastVerb) => {
                    !(i >= 1
                        && [
                            "to", "will", "would", "can", "could", "may", "might", "must",
                            "should", "shall", "did", "not", "n't",
                        ]
                        .iter()
                        .any(|w| self.word_is(i - 1, w)))
                }
                Lex::None => self.ed_verb_at(i),
                _ => false,
            };
            if !past {
                return None;
            }
            // A participle after "be"/"been"/"has" is not a past tense of its own: "will be held"
            // looks further back for "will".
            let aux = |k: usize| {
                ["be", "been", "being", "is", "are", "am", "has", "have"]
                    .iter()
                    .any(|w| self.word_is(k, w))
            };
            // ("is now targeted for Thursday": an adverb may stand between.)
            let adverb = |k: usize| {
                [
                    "now",
                    "still",
                    "also",
                    "already",
                    "not",
                    "currently",
                    "tentatively",
                ]
                .iter()
                .any(|w| self.word_is(k, w))
            };
            // ("will be installed overnight and tested by Wednesday": a participle after "and"
            // shares the first one's auxiliary, so the cue is further back.)
            if t.lex == Lex::None
                && i >= 1
                && (self.word_is(i - 1, "and") || self.word_is(i - 1, "or"))
            {
                return None;
            }
            if i >= 1 && aux(i - 1) || i >= 2 && adverb(i - 1) && aux(i - 2) {
                // ("may have left", "could have been": a past seen from now.)
                let modal_perfect = i >= 2
                    && self.word_is(i - 1, "have")
                    && ["may", "might", "could", "must", "should", "would"]
                        .iter()
                        .any(|w| self.word_is(i - 2, w));
                if modal_perfect {
                    return Some(Tense::Past);
                }
                if i >= 2 && self.kw(i - 2, Kw::Will) {
                    return Some(Tense::Future);
                }
                return None;
            }
            // "will publish updated figures": an "-ed" word a few words after "will" describes.
            if (1..=3).any(|back| i >= back && self.kw(i - back, Kw::Will) && !had_before(i - back))
            {
                return Some(Tense::Future);
            }
            // "was planning to", "were going to": a past intention points forward.
            if [
                "planning",
                "preparing",
                "going",
                "hoping",
                "expecting",
                "poised",
                "set",
            ]
            .iter()
            .any(|w| self.word_is(i + 1, w))
            {
                return Some(Tense::Future);
            }
            Some(Tense::Past)
        };
        // The verb usually comes before its time adverbial ("met on Friday", "will meet on
        // Friday"), so the clause before the mention is read first, nearest cue first; the words
        // after it only decide when nothing before does ("Friday, the leaders met").
        let mut back = from;
        for _ in 0..WINDOW {
            if back == 0 || self.sentence_break(back) {
                break;
            }
            back -= 1;
            if let Some(c) = cue(back) {
                return c;
            }
        }
        let after = if read_after {
            (to + WINDOW).min(self.toks.len())
        } else {
            to
        };
        for fwd in to..after {
            if self.sentence_break(fwd) {
                break;
            }
            if let Some(c) = cue(fwd) {
                return c;
            }
        }
        Tense::Unknown
    }

    // ----- building results ------------------------------------------------------------------

    fn found(
        &self,
        start: usize,
        end: usize,
        ty: TimexType,
        value: String,
        anchor: Anchor,
    ) -> Found {
        Found {
            start_tok: start,
            end_tok: end,
            ty,
            value,
            modifier: None,
            anchor,
            range_end: None,
            point: None,
            takes_the: true,
        }
    }

    fn date_point(&self, start: usize, end: usize, point: Point, anchor: Anchor) -> Found {
        let mut f = self.found(start, end, TimexType::Date, point.value(), anchor);
        f.point = Some(point);
        f
    }

    /// A relative point from the reference date, or an unknown value of that granularity.
    fn relative(
        &self,
        start: usize,
        end: usize,
        unknown: &str,
        make: impl FnOnce(NaiveDate) -> Option<Point>,
    ) -> Option<Found> {
        match self.reference {
            Some(r) => Some(self.date_point(start, end, make(r)?, Anchor::ReferenceDate)),
            None => Some(self.found(
                start,
                end,
                TimexType::Date,
                unknown.to_string(),
                Anchor::ReferenceDate,
            )),
        }
    }

    /// A one-word vague reference ("now", "recently", "soon"): PRESENT_REF, PAST_REF or FUTURE_REF.
    fn vague_ref(&self, i: usize, value: &str) -> Found {
        let mut f = self.found(
            i,
            i + 1,
            TimexType::Date,
            value.to_string(),
            Anchor::ReferenceDate,
        );
        f.takes_the = false;
        f
    }

    /// A point from the previous mention (the reference date when there is none).
    /// Like [`Self::anaphoric`] for a shift by days or weeks: after a coarser mention ("since
    /// 2014", "last December") that does not hold it, the latest day named shortly before is the
    /// anchor ("On Friday the index fell … its lowest since 2014. Two days earlier, …").
    fn anaphoric_by(
        &self,
        start: usize,
        end: usize,
        unit: Unit,
        make: impl FnOnce(Point) -> Option<Point>,
    ) -> Option<Found> {
        /// How far back (in bytes) the day may be: a few sentences.
        const DAY_BYTES: usize = 600;
        // (After a decade or century told as background, "a month later" counts from the day
        // too: "sworn in a month later" after "who had spent the 1970s in prison".)
        let background_period = matches!(self.prev, Some(Point::Decade(_) | Point::Century(_)));
        if (matches!(unit, Unit::Day | Unit::Week)
            || background_period && matches!(unit, Unit::Month | Unit::Year))
            && let Some(prev) = self.prev
            && !matches!(prev, Point::Day(_) | Point::Week(_) | Point::Weekend(_))
            && let Some((day, day_end)) = self.prev_day
            // Background only: a coarser mention that moved the story on ("In July 1870")
            // anchors itself.
            && prev.first_day().is_some_and(|first| first <= day)
            && let Some(here) = self.tok(start).map(|t| t.start)
            && here.saturating_sub(day_end) <= DAY_BYTES
        {
            let p = make(Point::Day(day))?;
            return Some(self.date_point(start, end, p, Anchor::PreviousMention));
        }
        // "Two years ago it rained. Three days later it stopped.": a few days after some day of
        // a year is known only to that year (a day shift from its first day would be invented).
        let coarser = match (unit, self.prev) {
            (
                Unit::Day | Unit::Week,
                Some(
                    Point::Year(_)
                    | Point::Month(..)
                    | Point::Quarter(..)
                    | Point::Season(..)
                    | Point::Half(..),
                ),
            ) => true,
            // "In 1930 he married. Two months later …": still 1930 as far as is known.
            (Unit::Month, Some(Point::Year(_) | Point::Half(..))) => true,
            _ => false,
        };
        if coarser && let Some(prev) = self.prev {
            // Counted from the middle of that period and told at its granularity: "six weeks
            // later" after "July 1870" is August 1870.
            let first = prev.first_day()?;
            let half_days = match prev {
                Point::Month(..) => 14,
                Point::Quarter(..) | Point::Season(..) => 45,
                Point::Half(..) => 90,
                _ => 182,
            };
            let day = make(Point::Day(add_days(first, half_days)?))
                .and_then(|p| p.first_day())
                .map_or(prev, |d| coarse_like(prev, d));
            return Some(self.date_point(start, end, day, Anchor::PreviousMention));
        }
        self.anaphoric(start, end, make)
    }

    fn anaphoric(
        &self,
        start: usize,
        end: usize,
        make: impl FnOnce(Point) -> Option<Point>,
    ) -> Option<Found> {
        // A decade or century is no anchor for "the following week": its first day is not meant.
        if let Some(prev) = self
            .prev
            .filter(|p| !matches!(p, Point::Decade(_) | Point::Century(_)))
        {
            let p = make(prev)?;
            return Some(self.date_point(start, end, p, Anchor::PreviousMention));
        }
        // In a settled history, "Three weeks later" after "Riots spread in the 1790s" is still in
        // that decade as far as is known, never in the week of writing.
        // ("abandoned fourteen years later" after "built in the 1570s": the 1580s.)
        if self.settled_history
            && let Some(prev @ (Point::Decade(_) | Point::Century(_))) = self.prev
        {
            let from = prev.year();
            let to = make(Point::Year(from))
                .and_then(|p| p.first_day())
                .map_or(from, |d| d.year());
            let p = match prev {
                Point::Decade(_) if (to - from).abs() >= 10 => {
                    Point::Decade(to.div_euclid(10) * 10)
                }
                Point::Century(_) if (to - from).abs() >= 100 => {
                    Point::Century(to.div_euclid(100) * 100)
                }
                _ => prev,
            };
            return Some(self.date_point(start, end, p, Anchor::PreviousMention));
        }
        let r = self.reference?;
        let p = make(Point::Day(r))?;
        Some(self.date_point(start, end, p, Anchor::ReferenceDate))
    }

    /// In a history, the day just named a few sentences back (the day the story is on).
    fn narrative_day(&self, start: usize) -> Option<NaiveDate> {
        /// How far back (in bytes) the story's day still holds: a few sentences.
        const NEAR_BYTES: usize = 1200;
        // ("on 7 December 1937 … the mine had opened in 1911 … at 7:20 a.m.": a coarser mention
        // of what came before is background; the story stays on its day.)
        let (d, day_end) = match self.prev {
            Some(Point::Day(d)) => (d, self.prev_end),
            Some(
                p @ (Point::Year(_)
                | Point::Month(..)
                | Point::Season(..)
                | Point::Quarter(..)
                | Point::Half(..)
                | Point::Decade(_)
                | Point::Century(_)),
            ) => {
                let (day, end) = self.prev_day?;
                if p.first_day()? > day {
                    return None;
                }
                (day, end)
            }
            _ => return None,
        };
        let here = self.tok(start)?.start;
        // (A history tells of days before its writing.)
        let far_from_reference = self.reference.is_none_or(|r| r.year() - d.year() >= 2);
        (self.settled_history && far_from_reference && here.saturating_sub(day_end) <= NEAR_BYTES)
            .then_some(d)
    }

    /// The day a story told day by day has reached, for a weekday after it: "On Monday, June 12,
    /// 2023, the crew left port. On Tuesday they reached the island" (the 13th). The day just
    /// told must name its own weekday and lie weeks from the article's date (news names the
    /// weekday of recent days only), the weekday must follow within a few sentences in a clause
    /// that does not look ahead.
    fn weekday_story_day(&self, start: usize, end: usize) -> Option<NaiveDate> {
        /// How far back (in bytes) the told day still holds: a few sentences.
        const NEAR_BYTES: usize = 400;
        /// How far from the article's date the told day must be: more than two weeks.
        const FAR_DAYS: i64 = 14;
        let (Some(Point::Day(d)), Some(r)) = (self.prev, self.reference) else {
            return None;
        };
        let told = self.text.get(self.prev_start..self.prev_end)?;
        let first_word = told
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        let names_weekday = matches!(
            lexicon::lookup(first_word.as_bytes()),
            Lex::Weekday(_) | Lex::WeekdayAbbr(_)
        );
        let here = self.tok(start)?.start;
        (names_weekday
            && self.prev_day.is_some_and(|(_, e)| e == self.prev_end)
            && (r - d).num_days().abs() > FAR_DAYS
            && here.saturating_sub(self.prev_end) <= NEAR_BYTES
            && self.tense(start, end) != Tense::Future)
            .then_some(d)
    }

    /// The day a past clock time falls on when a full date years back was told just before it,
    /// in a text not (yet) a history: "The Titanic struck an iceberg on 14 April 1912. At 2:20
    /// a.m. the ship sank."
    fn told_day(&self, start: usize, end: usize) -> Option<NaiveDate> {
        /// How far back (in bytes) the told day still holds: the next sentence.
        const NEAR_BYTES: usize = 200;
        let (Some(Point::Day(d)), Some(r)) = (self.prev, self.reference) else {
            return None;
        };
        let here = self.tok(start)?.start;
        ((r.year() - d.year()).abs() >= 2
            && self.prev_day.is_some_and(|(_, e)| e == self.prev_end)
            && here.saturating_sub(self.prev_end) <= NEAR_BYTES
            && self.tense(start, end) != Tense::Future)
            .then_some(d)
    }

    /// The day named in the sentence just before token `i` (a weekday or date told as the day of
    /// the story), for a clock time with no day of its own.
    fn day_just_told(&self, i: usize) -> Option<NaiveDate> {
        /// How far back (in bytes) the day may be: a sentence or two before.
        const NEAR_BYTES: usize = 400;
        let Some(Point::Day(mut d)) = self.prev else {
            return None;
        };
        // "arrested two men early Wednesday, police said Thursday. The arrests came shortly
        // after 4 a.m.": the story's day of that sentence, not the report's.
        if let Some((story, story_end)) = self.story_day
            && story != d
            && story_end < self.prev_end
            && self.prev_start.saturating_sub(story_end) <= 250
            && self
                .text
                .get(story_end..self.prev_start)
                .is_some_and(|gap| !gap.contains(". ") && !gap.contains('\n'))
        {
            d = story;
        }
        let here = self.tok(i)?.start;
        let between = self.text.get(self.prev_end..here)?;
        if between.len() > NEAR_BYTES {
            return None;
        }
        // Exactly one sentence end between them.
        let ends = between.matches(". ").count() + between.matches(".\n").count();
        // The clause tells of that day: its tense agrees with the day's side of the article's
        // date, and it is no report made at the time of writing ("the center said at 11 a.m.",
        // "recorded 9 inches by 7 a.m.").
        let r = self.reference?;
        let tense = self.tense(i, i + 1);
        let agrees = if d <= r {
            tense == Tense::Past
        } else {
            tense == Tense::Future
        };
        let report = (1..=2).any(|back| {
            i >= back
                && ["said", "says", "reported", "announced", "by", "as"]
                    .iter()
                    .any(|w| self.word_is(i - back, w))
        });
        // (A day told as the story's is within a week of the article's, and not one things are
        // counted from: "have died since Saturday".)
        let recent = (d - r).num_days().abs() <= 7;
        let since = self
            .toks
            .binary_search_by_key(&self.prev_start, |t| t.start)
            .is_ok_and(|k| k >= 1 && self.word_is(k - 1, "since"));
        let recent = recent && !since;
        (here.saturating_sub(self.prev_end) <= NEAR_BYTES
            && (1..=3).contains(&ends)
            && agrees
            && recent
            && !report
            && self.prev_day.is_some_and(|(_, e)| e == self.prev_end))
        .then_some(d)
    }

    /// Whether the previous date mention ended in the sentence of token `i`, shortly before it.
    fn prev_in_sentence(&self, i: usize) -> bool {
        self.ended_in_sentence(self.prev_end, i)
    }

    /// Whether a mention that ended at byte `end` is in the sentence of token `i`, shortly before
    /// it.
    fn ended_in_sentence(&self, end: usize, i: usize) -> bool {
        /// How far back (in bytes) a mention still belongs to the sentence of a later one.
        const SENTENCE_BYTES: usize = 160;
        let Some(here) = self.tok(i).map(|t| t.start) else {
            return false;
        };
        let Some(between) = self.text.get(end..here) else {
            return false;
        };
        if end == 0 || between.len() > SENTENCE_BYTES {
            return false;
        }
        // A sentence ends at "!", "?", ";", a line break, or a "." before a space and a word
        // that is not in lower case ("$10.83" and "7 a.m. to 10 p.m." do not end it).
        let bytes = between.as_bytes();
        let ends_sentence = bytes.iter().enumerate().any(|(k, &b)| match b {
            b'!' | b'?' | b';' | b'\n' => true,
            b'.' => {
                bytes.get(k + 1).is_none_or(|&n| n == b' ')
                    && k + 1 < bytes.len()
                    && !bytes[k + 1..]
                        .iter()
                        .find(|c| !c.is_ascii_whitespace())
                        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            }
            _ => false,
        });
        end > 0 && between.len() <= SENTENCE_BYTES && !ends_sentence
    }

    /// "For the nine months, net fell …, compared with … a year earlier": after a span of months in
    /// its sentence, a comparison a year back among quarters is the year before (`1988`), not the
    /// quarter.
    fn year_before_months(&self, start: usize, end: usize, years_back: i32) -> Option<Found> {
        let quarter = self.prev_quarter()?;
        if self.months_end <= self.prev_end || !self.ended_in_sentence(self.months_end, start) {
            return None;
        }
        let point = Point::Year(quarter.year() - years_back);
        let mut f = self.date_point(start, end, point, Anchor::PreviousMention);
        f.point = self.prev;
        Some(f)
    }

    /// The quarter that quarter anaphora ("the quarter", "the year-earlier period", "a year ago"
    /// among quarters) point to: when the previous mention is a quarter, the text's reporting
    /// quarter if it has one (an earnings story's "the latest quarter" after "a fourth-quarter
    /// charge" is still the quarter reported), else that previous quarter.
    fn prev_quarter(&self) -> Option<Point> {
        match self.prev {
            Some(p @ Point::Quarter(..)) => Some(self.report_quarter.unwrap_or(p)),
            // "the quarter ended Sept. 30 … the year-earlier period": the day that closed the
            // reported quarter stands for it.
            Some(Point::Day(d)) => self.report_quarter.filter(|q| {
                matches!(q, Point::Quarter(y, n) if *y == d.year() && *n == d.month0() / 3 + 1)
                    && d.succ_opt()
                        .is_some_and(|next| next.day() == 1 && next.month0() % 3 == 0)
            }),
            _ => None,
        }
    }

    /// The year a narrative is in: the previous mention's, when that names a year at least two
    /// years away from the reference date's (or the reference year is unknown). "On 28 June 1914
    /// the archduke was shot. By August …" is August 1914, whenever the text was written.
    fn narrative_year(&self, start: usize) -> Option<i32> {
        /// How far back (in bytes) a day or month still sets the year: about two sentences, or
        /// a few paragraphs in a text that has told of years long past at least twice.
        const NEAR_BYTES: usize = 300;
        const HISTORY_NEAR_BYTES: usize = 600;
        const SETTLED_NEAR_BYTES: usize = 2000;
        let prev = self.prev?;
        if matches!(prev, Point::Decade(_) | Point::Century(_)) {
            return None;
        }
        let year = prev.year();
        let here = self.toks.get(start).map_or(self.text.len(), |t| t.start);
        // (A settled history keeps its year over a few paragraphs without dates.)
        let reach = if self.settled_history {
            SETTLED_NEAR_BYTES
        } else if self.history {
            HISTORY_NEAR_BYTES
        } else {
            NEAR_BYTES
        };
        let near = here.saturating_sub(self.prev_end) <= reach;
        // With no reference date at all, a full date just before is the only clue to the year.
        let Some(r) = self.reference else {
            return near.then_some(year);
        };
        // In news a year-less date is near the article's date even after background ("agreed
        // in April" after "Dec. 21, 1988"); in a history a full date just before sets the year
        // ("On 28 June 1914 the archduke was shot. By August …").
        // (In a settled history a plan told in the past stays in its year: "early in 44 BC …
        // he was due to leave in mid-March"; a "will" or a present speaks from the time of
        // writing.)
        let past_plan = self.settled_history
            && [
                "was", "were", "would", "planned", "intended", "hoped", "meant", "promised",
                "vowed",
            ]
            .iter()
            .any(|w| self.clause_has(start, w))
            && !self.clause_has(start, "will");
        let ahead = self.tense(start, start + 1) == Tense::Future && !past_plan;
        if !self.history || ahead {
            return None;
        }
        // Histories tell the past: a target year ("the 2030 climate target") sets no narrative.
        // (A guessed reference year counts here too: far from it is far from the article.)
        (r.year() - year >= 2 && near).then_some(year)
    }

    /// A year-less month/day resolved with the reference year and the tense.
    fn yearless_day(&self, start: usize, end: usize, month: u32, day: u32) -> Option<Found> {
        // "29 June – 10 August 1913", "from June 29 to August 10, 1913": the range's start takes
        // the year of its end (the year before when it would fall after it).
        let joiner = self.is_dash(end)
            || self.kw(end, Kw::To)
            || self.kw(end, Kw::Through)
            || self.kw(end, Kw::Until);
        if joiner
            && let Some(Point::Day(last)) = self
                .core(end + 1)
                .filter(|f| f.anchor == Anchor::Explicit && f.start_tok == end + 1)
                .and_then(|f| f.point)
            && let Some(date) = NaiveDate::from_ymd_opt(last.year(), month, day)
                .filter(|d| *d <= last)
                .or_else(|| NaiveDate::from_ymd_opt(last.year() - 1, month, day))
        {
            let mut f = self.date_point(start, end, Point::Day(date), Anchor::Explicit);
            f.range_end = Some(format_day(last));
            return Some(f);
        }
        if let Some(year) = self
            .narrative_year(start)
            .or_else(|| self.chronology_year(start, end, month))
            .or_else(|| self.event_year(start))
        {
            let date = NaiveDate::from_ymd_opt(year, month, day)?;
            return Some(self.date_point(start, end, Point::Day(date), Anchor::PreviousMention));
        }
        // "She arrived in London on 1 May 1949. On June 14 she enrolled.": a past day told just
        // after a full date years back, and later in that year, goes on its story, even in a
        // text that opened on its own date ("Okafor died on Saturday.").
        if let (Some(Point::Day(told)), Some(r)) = (self.prev, self.reference)
            && r.year() - told.year() >= 2
            && self.prev_day.is_some_and(|(_, end)| end == self.prev_end)
            && self
                .toks
                .get(start)
                .is_some_and(|t| t.start.saturating_sub(self.prev_end) <= 300)
            && let Some(date) = NaiveDate::from_ymd_opt(told.year(), month, day)
            && date > told
            && self.tense(start, end) == Tense::Past
        {
            return Some(self.date_point(start, end, Point::Day(date), Anchor::PreviousMention));
        }
        let Some(r) = self.reference.filter(|_| self.year_known) else {
            NaiveDate::from_ymd_opt(2000, month, day)?;
            return Some(self.found(
                start,
                end,
                TimexType::Date,
                format!("XXXX-{month:02}-{day:02}"),
                Anchor::ReferenceDate,
            ));
        };
        // "effective Feb. 1" points forward whatever the verb ("created an office, effective
        // Feb. 1"); "by Jan. 14" too, but "rose 5% by Sept. 30" reports a date already passed.
        // "after the Sept. 18 election", "a report on the Feb. 26 crash": a date naming an event
        // is the nearest such day whatever the clause's tense.
        let names_event = start >= 1
            && self.kw(start - 1, Kw::The)
            && self
                .tok(end)
                .is_some_and(|t| t.kind == Kind::Word && !t.capitalized && t.lex == Lex::None)
            && !self.word_is(end, "to");
        // "Martial law was extended on February 3 for another 90 days, until May 9": a period
        // extended or granted runs on past the article's date, not to a day long gone (one
        // up to two months back may have just ended).
        let extended_until = self.extension_until(start);
        let tense = match self.tense(start, end) {
            _ if start >= 1 && self.word_is(start - 1, "effective") => Tense::Future,
            _ if extended_until
                && NaiveDate::from_ymd_opt(r.year(), month, day)
                    .is_some_and(|d| !(0..=60).contains(&(r - d).num_days())) =>
            {
                Tense::Future
            }
            Tense::Past => Tense::Past,
            _ if names_event => Tense::Unknown,
            _ if self.deadline_before(start) => Tense::Future,
            t => t,
        };
        let mut year = r.year();
        let candidate = NaiveDate::from_ymd_opt(year, month, day)
            .or_else(|| NaiveDate::from_ymd_opt(year - 1, month, day))?;
        let ahead_days = (candidate - r).num_days();
        let rm = r.month();
        match tense {
            Tense::Future if month < rm => year += 1,
            // (A past verb further off often reports a date still to come: "said the offer
            // had been set to expire Nov. 6"; one right before the day tells what happened on
            // it: "the attack happened on 5 May".)
            Tense::Past if ahead_days > 60 || ahead_days > 3 && self.event_verb_before(start) => {
                year -= 1
            }
            Tense::Unknown if ahead_days > 120 => year -= 1,
            Tense::Unknown if ahead_days < -240 => year += 1,
            _ => {}
        }
        let date = NaiveDate::from_ymd_opt(year, month, day).unwrap_or(candidate);
        let mut f = self.date_point(start, end, Point::Day(date), Anchor::ReferenceDate);
        // ("the Jan. 14 deadline": the article is the noun's.)
        f.takes_the = !names_event;
        Some(f)
    }

    /// The year of an event named just before a year-less day: "Tickets for the 2016 Six Nations
    /// match on 12 March", "the 2014 final on 12 March" (the year, a name of at most four words,
    /// then "on").
    fn event_year(&self, start: usize) -> Option<i32> {
        let Some(Point::Year(year)) = self.prev else {
            return None;
        };
        let here = self.tok(start)?.start;
        let between = self.text.get(self.prev_end..here)?;
        if between.len() > 60 {
            return None;
        }
        let words: Vec<&str> = between.split_whitespace().collect();
        let named = (2..=5).contains(&words.len())
            && words.last().is_some_and(|w| w.eq_ignore_ascii_case("on"))
            && words.iter().all(|w| {
                w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            });
        let the_before = self
            .toks
            .binary_search_by_key(&self.prev_start, |t| t.start)
            .is_ok_and(|t| t >= 1 && self.kw(t - 1, Kw::The));
        (named && the_before).then_some(year)
    }

    /// The year of an entry in a chronology: a year-less date that opens a line and is followed
    /// by a colon or a dash, on a line after a dated one ("12 January 2024: US strikes begin.\n18
    /// February: The Rubymar is hit."), or a year-less date inside such an entry ("18 February
    /// 2024: The Rubymar is hit; it sinks on 2 March."). A month before the previous date's turns
    /// the year.
    fn chronology_year(&self, start: usize, end: usize, month: u32) -> Option<i32> {
        /// How far back (in bytes) the previous date may end.
        const NEAR_BYTES: usize = 1000;
        let (year, prev_month) = match self.prev? {
            Point::Day(d) => (d.year(), d.month()),
            Point::Month(y, m) => (y, m),
            _ => return None,
        };
        let opens_line = |k: usize| {
            self.tok(k).is_some_and(|t| t.newline_before)
                || k >= 1
                    && self.tok(k - 1).is_some_and(|t| {
                        t.newline_before && matches!(&self.text[t.start..t.end], "-" | "*" | "•")
                    })
        };
        let entry_mark = |k: usize| self.punct(k, b':') || self.is_dash(k);
        let here = self.tok(start)?.start;
        let between = self.text.get(self.prev_end..here)?;
        if between.len() > NEAR_BYTES {
            return None;
        }
        let is_entry = if between.contains('\n') {
            opens_line(start) && entry_mark(end)
        } else {
            // Inside the entry the previous date opened.
            let prev_tok = self
                .toks
                .binary_search_by_key(&self.prev_start, |t| t.start)
                .ok()?;
            let prev_end_tok = self
                .toks
                .binary_search_by_key(&self.prev_end, |t| t.end)
                .ok()?;
            opens_line(prev_tok) && entry_mark(prev_end_tok + 1)
        };
        is_entry.then_some(if month < prev_month { year + 1 } else { year })
    }

    /// Whether the date at token `start` ends a period its sentence extends or grants: "until",
    /// "through" or "to" before it and "extended", "renewed", "granted", "a transition period"
    /// earlier in the sentence ("The EU extended the sanctions for six months until July 31").
    fn extension_until(&self, start: usize) -> bool {
        /// How far back (in tokens) the word of extending may stand.
        const REACH_TOKENS: usize = 24;
        const EXTENDING: &[&str] = &[
            "extended",
            "extends",
            "extending",
            "extension",
            "prolonged",
            "renewed",
            "granted",
            "grace",
            "transition",
            "mandate",
        ];
        if start == 0
            || !["until", "through", "till", "to"]
                .iter()
                .any(|w| self.word_is(start - 1, w))
        {
            return false;
        }
        (2..=REACH_TOKENS)
            .take_while(|&back| start >= back && !self.sentence_break(start - back))
            .any(|back| EXTENDING.iter().any(|w| self.word_is(start - back, w)))
    }

    /// "Monday the 22nd", "Saturday the 30th": the day of the story's month (the previous
    /// mention's, else the reference date's), or of the month next to it, that falls on that
    /// weekday.
    fn weekday_the_nth(&self, i: usize, k: usize, wd: u8) -> Option<Found> {
        if !self.kw(k, Kw::The) {
            return None;
        }
        let (day, 1 | 2) = self.number(k + 1)? else {
            return None;
        };
        if !(self.lex(k + 2) == Lex::OrdSuffix && self.attached(k + 2)) {
            return None;
        }
        let (base, anchor) = match self.prev.and_then(|p| p.first_day()) {
            Some(d) if matches!(self.prev, Some(Point::Day(_) | Point::Month(..))) => {
                (d, Anchor::PreviousMention)
            }
            _ => (self.reference?, Anchor::ReferenceDate),
        };
        let first = base.with_day(1)?;
        let date = [0, 1, -1].iter().find_map(|&shift| {
            let month = add_months(first, shift)?;
            NaiveDate::from_ymd_opt(month.year(), month.month(), day)
                .filter(|d| d.weekday() == weekday(wd))
        })?;
        let mut f = self.date_point(i, k + 3, Point::Day(date), anchor);
        f.takes_the = false;
        Some(f)
    }

    /// "on the 3rd", "by the 15th": a day of the reference date's month (the month before when
    /// that day is still ahead in a past clause, the month after when it has passed in a future
    /// one). Only after "on", "by", "until", "since" and before the end of the phrase ("the 3rd
    /// floor" and "the 19th century" are not days).
    fn day_of_this_month(&self, i: usize) -> Option<Found> {
        let (day, 2 | 1) = self.number(i + 1)? else {
            return None;
        };
        // ("the week of the 22nd", "the weekend of the 20th".)
        let week_of = i >= 2
            && self.kw(i - 1, Kw::Of)
            && (self.lex(i - 2) == Lex::Unit(Unit::Week) || self.kw(i - 2, Kw::Weekend));
        if !(i >= 1
            && [
                "on", "by", "until", "since", "for", "before", "after", "from", "till", "to",
            ]
            .iter()
            .any(|w| self.word_is(i - 1, w))
            || week_of)
        {
            return None;
        }
        if !(self.lex(i + 2) == Lex::OrdSuffix && self.attached(i + 2) && (1..=31).contains(&day)) {
            return None;
        }
        let end = i + 3;
        // "on the 3rd to discuss", "on the 4th and will meet again" ("the 3rd floor" is no date).
        // ("The meeting on the 28th was cancelled", "On the 28th he resigned", "the vote on the
        // 18th will decide it".)
        const FOLLOWERS: &[&str] = &[
            "to", "and", "or", "but", "when", "at", "in", "with", "after", "before", "for", "as",
            "while", "was", "were", "is", "are", "will", "would", "could", "should", "has", "had",
            "the", "he", "she", "they", "we", "it", "i",
        ];
        if self.tok(end).is_some_and(|t| {
            t.kind != Kind::Punct && !FOLLOWERS.iter().any(|w| self.word_is(end, w))
        }) {
            return None;
        }
        // ("from the 6th or 7th century BC": centuries.)
        if (self.kw(end, Kw::And) || self.kw(end, Kw::Or))
            && self.ordinal_at(end + 1).is_some_and(|(_, k)| {
                matches!(
                    self.lex(k),
                    Lex::Unit(Unit::Century) | Lex::Units(Unit::Century)
                )
            })
        {
            return None;
        }
        // "began on 2 September 1666 … burned until the 6th": the month just named, when it is
        // not the reference date's own (there the tense decides).
        const NEAR_BYTES: usize = 300;
        let here = self.tok(i).map_or(0, |t| t.start);
        let other_month = self.prev.and_then(|p| p.first_day()).is_some_and(|d| {
            self.reference
                .is_none_or(|r| (r.year(), r.month()) != (d.year(), d.month()))
        });
        if self.prev_end > 0 && other_month && here.saturating_sub(self.prev_end) <= NEAR_BYTES {
            let in_month = match self.prev {
                Some(Point::Day(d)) => {
                    let same = NaiveDate::from_ymd_opt(d.year(), d.month(), day);
                    match same {
                        Some(x) if x >= d => Some(x),
                        _ => shift_day(d.with_day(1)?, Unit::Month, 1)
                            .and_then(|p| p.first_day())
                            .and_then(|f| NaiveDate::from_ymd_opt(f.year(), f.month(), day)),
                    }
                }
                // (A month named in another sentence is a topic, not the day's month: "rainfall
                // between June and September … will hear a case on the 16th".)
                Some(Point::Month(y, m)) if self.prev_in_sentence(i) => {
                    NaiveDate::from_ymd_opt(y, m, day)
                }
                _ => None,
            };
            // ("The court will hear the case on the 16th" after "rain in June was below normal",
            // written in July: a day to come is not in a month gone.)
            // (Nor is a day told in the past after the article's date.)
            let gone_but_ahead = in_month.is_some_and(|date| {
                self.reference.is_some_and(|r| {
                    date < r && self.tense(i, end) == Tense::Future
                        || date > r && self.tense(i, end) == Tense::Past
                })
            });
            if let Some(date) = in_month.filter(|_| !gone_but_ahead) {
                return Some(self.date_point(i, end, Point::Day(date), Anchor::PreviousMention));
            }
        }
        let Some(r) = self.reference.filter(|_| self.year_known) else {
            let value = format!("XXXX-XX-{day:02}");
            return Some(self.found(i, end, TimexType::Date, value, Anchor::ReferenceDate));
        };
        let this_month = |shift: i32| {
            let first = NaiveDate::from_ymd_opt(r.year(), r.month(), 1)?;
            let first = shift_day(first, Unit::Month, shift)?.first_day()?;
            NaiveDate::from_ymd_opt(first.year(), first.month(), day)
        };
        let candidate = this_month(0)?;
        let tense = match self.tense(i, end) {
            _ if self.deadline_before(i) => Tense::Future,
            t => t,
        };
        let shift = match tense {
            Tense::Future if candidate < r => 1,
            Tense::Future => 0,
            _ if candidate > r => -1,
            _ => 0,
        };
        let date = this_month(shift)?;
        Some(self.date_point(i, end, Point::Day(date), Anchor::ReferenceDate))
    }

    /// "the first of next month", "the 15th of last month", "the 1st of the month": that day
    /// of the month named from the reference date ("the month" is this month's, the one before
    /// when the day is still ahead in a past clause, the one after when it has passed in a
    /// future one).
    fn day_of_a_month(&self, i: usize) -> Option<Found> {
        let (day, k) = self.ordinal_at(i + 1)?;
        if !(1..=31).contains(&day) || !self.kw(k, Kw::Of) {
            return None;
        }
        let which = self.kw_at(k + 1)?;
        if self.lex(k + 2) != Lex::Unit(Unit::Month) {
            return None;
        }
        let end = k + 3;
        let r = self.reference.filter(|_| self.year_known)?;
        let first = NaiveDate::from_ymd_opt(r.year(), r.month(), 1)?;
        let in_month = |shift: i32| {
            let month = shift_day(first, Unit::Month, shift)?.first_day()?;
            NaiveDate::from_ymd_opt(month.year(), month.month(), day)
        };
        let shift = match which {
            Kw::Next => 1,
            Kw::Last | Kw::Previous => -1,
            Kw::This => 0,
            Kw::The => {
                let candidate = in_month(0)?;
                let tense = match self.tense(i, end) {
                    Tense::Past => Tense::Past,
                    _ if self.deadline_before(i) => Tense::Future,
                    t => t,
                };
                match tense {
                    Tense::Future if candidate < r => 1,
                    Tense::Past if candidate > r => -1,
                    _ => 0,
                }
            }
            _ => return None,
        };
        let date = in_month(shift)?;
        Some(self.date_point(i, end, Point::Day(date), Anchor::ReferenceDate))
    }

    /// "Last year's bill sparked protests in late June", "In 2019, talks began in March": a year
    /// named earlier in the sentence holds its months (days are left to the tense: "a program
    /// approved in 1987 had bought shares through Sept. 29" is this September).
    fn sentence_year(&self, start: usize) -> Option<i32> {
        // After a month, only a month joined to it ("in late June and early July").
        let joined = |k: usize| self.kw(k, Kw::And) || self.kw(k, Kw::Or);
        let year = match self.prev {
            // "In financial year 2024-25, sales peaked in February": the split year's months
            // from January on are in its second year.
            Some(Point::Year(year))
                if self.prev_split_end == Some(year + 1)
                    && self.month_at(start).is_some_and(|(m, _, _)| m <= 6) =>
            {
                year + 1
            }
            Some(Point::Year(year)) => year,
            Some(Point::Month(year, _))
                if start >= 1
                    && (joined(start - 1)
                        || start >= 2
                            && matches!(
                                self.kw_at(start - 1),
                                Some(Kw::Early | Kw::Late | Kw::Mid)
                            )
                            && joined(start - 2)) =>
            {
                year
            }
            _ => return None,
        };
        // A comma between them ends an insertion when another comma opened it before the year:
        // "the outbreak, which began in late 2023, had eased since October". Without one the
        // year holds ("In 2019, the dam failed in June"; "disbanded in 1972, after a concert in
        // April"). (Only the 80 bytes before the year are read.)
        let here = self.tok(start).map_or(self.text.len(), |t| t.start);
        let mut from = self.prev_end.saturating_sub(80);
        while !self.text.is_char_boundary(from) {
            from -= 1;
        }
        let inserted = self.text.get(from..self.prev_end).is_some_and(|head| {
            let clause = match head.rfind(['.', '!', '?', ';', '\n']) {
                Some(at) => &head[at + 1..],
                None => head,
            };
            clause.contains(',')
        });
        let comma_between = inserted
            && self
                .text
                .get(self.prev_end..here)
                .is_some_and(|between| between.contains(','));
        (self.prev_in_sentence(start)
            && !comma_between
            && self.tense(start, start + 1) != Tense::Future)
            .then_some(year)
    }

    /// A year-less month resolved with the reference year and the tense.
    fn yearless_month(&self, start: usize, end: usize, month: u32) -> Option<Found> {
        // "from June to November", "in December and January": the second month follows the
        // first.
        if start >= 1
            && (self.kw(start - 1, Kw::To)
                || self.kw(start - 1, Kw::Through)
                || self.kw(start - 1, Kw::Until)
                || self.kw(start - 1, Kw::And)
                || self.is_dash(start - 1))
            && let Some(Point::Month(y, first)) = self.prev
            && self
                .tok(start - 1)
                .and_then(|t| self.text.get(self.prev_end..t.start))
                .is_some_and(|gap| gap.trim().is_empty())
        {
            let year = if month < first { y + 1 } else { y };
            let point = Point::Month(year, month);
            let mut f = self.date_point(start, end, point, Anchor::PreviousMention);
            // ("in December and January alone … in late November": one stretch of time, told
            // from its first month; the story does not move into the next year.)
            if self.kw(start - 1, Kw::And) && year > y {
                f.point = self.prev;
            }
            return Some(f);
        }
        if let Some(year) = self
            .narrative_year(start)
            .or_else(|| self.sentence_year(start))
            .or_else(|| self.chronology_year(start, end, month))
        {
            let point = Point::Month(year, month);
            return Some(self.date_point(start, end, point, Anchor::PreviousMention));
        }
        let Some(r) = self.reference.filter(|_| self.year_known) else {
            return Some(self.found(
                start,
                end,
                TimexType::Date,
                format!("XXXX-{month:02}"),
                Anchor::ReferenceDate,
            ));
        };
        let rm = r.month();
        // "until September" points forward, but "were postponed until September" written in
        // October tells of a month just past.
        // "The March jobs report will be released on April 25", "data for February will be
        // published": figures are reported on a month already gone.
        let reported = (end..end + 4)
            .take_while(|&k| {
                self.tok(k)
                    .is_some_and(|t| t.kind == Kind::Word || self.is_dash(k))
            })
            .any(|k| {
                [
                    "sales",
                    "data",
                    "figures",
                    "payrolls",
                    "jobs",
                    "report",
                    "numbers",
                    // "down from its April forecast", "after a May gain of 0.2 percent".
                    "forecast",
                    "forecasts",
                    "estimate",
                    "estimates",
                    "projection",
                    "projections",
                    "reading",
                    "slump",
                    "gain",
                    "decline",
                    "peak",
                    "level",
                    "levels",
                ]
                .iter()
                .any(|w| self.word_is(k, w))
            })
            || start >= 2
                && self.word_is(start - 1, "for")
                && ["data", "figures", "numbers", "sales", "results"]
                    .iter()
                    .any(|w| self.word_is(start - 2, w));
        // "has extended the loans through January", written in October: an extension runs
        // forward, into the next year.
        let extended_to = month + 3 < rm
            && self.verb_before_preposition(
                start,
                &["through", "until", "till", "into"],
                &[
                    "extended",
                    "extend",
                    "extends",
                    "extending",
                    "renewed",
                    "prolonged",
                ],
                12,
            );
        // "Brent crude for December delivery", "the March contract": a futures month ahead.
        let delivery = ["delivery", "contract", "contracts", "futures"]
            .iter()
            .any(|w| self.word_is(end, w));
        // "The vote was postponed to March", written in January: a new date ahead (one just
        // behind is the old plan told after the fact).
        let rescheduled_to = !(month < rm && month + 3 >= rm)
            && self.verb_before_preposition(
                start,
                &["to", "until", "till", "for", "into"],
                RESCHEDULING,
                4,
            );
        let tense = match self.tense(start, end) {
            _ if extended_to || delivery || rescheduled_to => Tense::Future,
            _ if reported && month < rm => Tense::Past,
            Tense::Past if month < rm && month + 3 >= rm => Tense::Past,
            _ if self.deadline_before(start) => Tense::Future,
            t => t,
        };
        // "the first decline since December", written on December 3: last year's.
        let since = self.after_since(start);
        let mut year = r.year();
        match tense {
            _ if since && month >= rm => year -= 1,
            _ if reported && month > rm => year -= 1,
            Tense::Future if month < rm => year += 1,
            Tense::Past if month > rm + 1 => year -= 1,
            Tense::Unknown if month > rm + 3 => year -= 1,
            Tense::Unknown if month + 9 < rm => year += 1,
            _ => {}
        }
        Some(self.date_point(start, end, Point::Month(year, month), Anchor::ReferenceDate))
    }

    // ----- the entry point -----------------------------------------------------------------

    /// The longest expression starting at token `i`, if any.
    pub(crate) fn match_at(&self, i: usize) -> Option<Found> {
        self.match_at_inner(i)
            .filter(|f| !self.names_in_prose(f.start_tok, f.end_tok))
            .filter(|f| !self.tiny_minute(f.end_tok))
            .filter(|f| !self.award_of_the_year(f.start_tok, f.end_tok))
    }

    /// Whether token `k` is written exactly as one of `words` ("No", "Ordinance", "Platform").
    fn word_in(&self, k: usize, words: &[&str]) -> bool {
        self.tok(k)
            .is_some_and(|t| words.contains(&&self.text[t.start..t.end]))
    }

    /// A length of `amount` `unit`s over `[start, end)` ("three weeks", "P3W").
    fn duration_found(&self, start: usize, end: usize, amount: Option<f64>, unit: Unit) -> Found {
        self.found(
            start,
            end,
            TimexType::Duration,
            duration_value(amount, unit),
            Anchor::Explicit,
        )
    }

    /// Whether `[start, end)` is "the year" of an award: "album of the year", "player of the
    /// year", "coach of the year".
    fn award_of_the_year(&self, start: usize, end: usize) -> bool {
        const AWARDS: &[&str] = &[
            "album",
            "song",
            "record",
            "player",
            "coach",
            "manager",
            "person",
            "team",
            "book",
            "car",
            "word",
            "artist",
            "athlete",
            "footballer",
            "sportsperson",
            "rookie",
            "entertainer",
            "newcomer",
            "goal",
            "employee",
            "teacher",
        ];
        end == start + 2
            && start >= 2
            && self.kw(start, Kw::The)
            && self.lex(start + 1) == Lex::Unit(Unit::Year)
            && self.kw(start - 1, Kw::Of)
            && AWARDS.iter().any(|w| self.word_is(start - 2, w))
    }

    /// Whether the expression ending before token `end` is "a minute" the adjective: "by a
    /// minute margin", "a minute amount of", "minute traces".
    fn tiny_minute(&self, end: usize) -> bool {
        const NOUNS: &[&str] = &[
            "margin",
            "amount",
            "amounts",
            "fraction",
            "quantity",
            "quantities",
            "detail",
            "details",
            "trace",
            "traces",
            "difference",
            "differences",
            "portion",
            "particles",
            "changes",
            "variations",
        ];
        end >= 1 && self.word_is(end - 1, "minute") && NOUNS.iter().any(|w| self.word_is(end, w))
    }

    /// Whether token `i` opens a sentence (or a line, a quote or a parenthesis).
    fn opens_sentence(&self, i: usize) -> bool {
        i == 0
            || self.tok(i).is_none_or(|t| t.newline_before)
            // (A word that opens a line does not open the next word's sentence too.)
            || self.tok(i - 1).is_some_and(|p| p.kind == Kind::Punct) && self.sentence_break(i - 1)
            || self.tok(i - 1).is_some_and(|p| {
                p.kind == Kind::Punct && matches!(p.num as u8, b'"' | b'(' | b':' | b'[')
            })
            || self.is_apostrophe(i - 1) && !self.attached(i - 1)
    }

    /// Whether the line of token `i` is written in title case (a headline): none of its words
    /// of four letters or more is in lower case.
    fn title_case_line(&self, i: usize) -> bool {
        const REACH: usize = 16;
        let long_lower = |k: usize| {
            self.tok(k)
                .is_some_and(|t| t.kind == Kind::Word && !t.capitalized && t.end - t.start >= 4)
        };
        let mut k = i;
        for _ in 0..REACH {
            if long_lower(k) {
                return false;
            }
            if k == 0 || self.tok(k).is_none_or(|t| t.newline_before) {
                break;
            }
            k -= 1;
        }
        for k in i + 1..i + REACH {
            if self.tok(k).is_none_or(|t| t.newline_before) {
                break;
            }
            if long_lower(k) {
                return false;
            }
        }
        true
    }

    /// Whether the expression `[start, end)` is part of a name written in running prose: a unit
    /// or frequency word capitalized in mid-sentence ("60 Minutes", "Person of the Year",
    /// "Entertainment Weekly", "a Days Inn", "the Six-Day War", "20th Century Fox"), or "Today",
    /// "Tonight", "Tomorrow", "Now" capitalized next to another capitalized word ("USA Today",
    /// "The Tonight Show", "Apocalypse Now"). Headlines in title case keep their expressions.
    fn names_in_prose(&self, start: usize, end: usize) -> bool {
        let capitalized_word = |k: usize| {
            self.tok(k)
                .is_some_and(|t| t.kind == Kind::Word && t.capitalized)
        };
        // A holiday's name is its date ("New Year's Day", "Election Day").
        let holiday = (start..end).any(|k| {
            self.tok(k).is_some_and(|t| {
                t.capitalized
                    && opens_holiday(&self.text[t.start..t.end])
                    && holiday_at(&self.text[t.start..]).is_some()
            })
        });
        if holiday {
            return false;
        }
        let suspect = (start..end).find(|&k| {
            let Some(t) = self.tok(k) else {
                return false;
            };
            if !t.capitalized || t.kind != Kind::Word || self.opens_sentence(k) {
                return false;
            }
            match t.lex {
                Lex::Unit(Unit::Century) | Lex::Units(Unit::Century) => capitalized_word(k + 1),
                // ("Remembrance Day", "Independence Day": named days.)
                Lex::Unit(Unit::Day) => !(k >= 1 && capitalized_word(k - 1)),
                Lex::Unit(_) | Lex::Units(_) => true,
                Lex::Kw(
                    Kw::Daily | Kw::Weekly | Kw::Monthly | Kw::Yearly | Kw::Hourly | Kw::Nightly,
                ) => true,
                Lex::Kw(Kw::Today | Kw::Tonight | Kw::Tomorrow | Kw::Yesterday | Kw::Now) => {
                    k >= 1 && capitalized_word(k - 1) || capitalized_word(k + 1)
                }
                _ => false,
            }
        });
        suspect.is_some_and(|k| !self.title_case_line(k))
    }

    fn match_at_inner(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Punct => {
                if self.is_apostrophe(i) {
                    return self.short_decade(i);
                }
                return None;
            }
            // "AD 14", "A.D. 800"; "c. 1340", "circa 1400".
            Kind::Word if t.lex == Lex::None => {
                let found = self
                    .era_led(i)
                    .or_else(|| self.circa(i))
                    .or_else(|| self.period_code(i))
                    .or_else(|| self.pre_post_year(i))
                    .or_else(|| self.negated_comparison(i))
                    .or_else(|| {
                        self.word_is(i, "another")
                            .then(|| self.amount_led(i))
                            .flatten()
                    })
                    .or_else(|| self.word_led_vague(i));
                // Only "twice" and "thrice" lead a frequency among unlisted words.
                let bytes = &self.text.as_bytes()[t.start..t.end];
                let times_word = matches!(bytes.len(), 5 | 6) && bytes[0] | 0x20 == b't';
                let found = if t.capitalized {
                    found.or_else(|| self.named_holiday(i, i, None))
                } else {
                    found
                };
                return if times_word {
                    found.or_else(|| self.frequency(i))
                } else {
                    found
                };
            }
            // "the Fourth of July", "St Patrick's Day" ("St" reads as an ordinal suffix).
            Kind::Word if t.capitalized && matches!(t.lex, Lex::Ord(_) | Lex::OrdSuffix) => {
                if let Some(f) = self.named_holiday(i, i, None) {
                    return Some(f);
                }
            }
            Kind::Word if self.text[t.start..t.end] == *"A" => {
                if let Some(f) = self.era_led(i) {
                    return Some(f);
                }
            }
            _ => {}
        }
        if (t.kind == Kind::Number || matches!(t.lex, Lex::Card(_)))
            && let Some(f) = self.frequency(i)
        {
            return Some(f);
        }
        if let Some(f) = self.with_prefix(i) {
            return Some(f);
        }
        self.core(i)
    }

    /// "twice a week", "three times a year", "5 times per day": a SET with the unit's period.
    #[inline(never)]
    fn frequency(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        let short_word = t.kind == Kind::Word && matches!(t.end - t.start, 5 | 6);
        let after = if short_word && (self.word_is(i, "twice") || self.word_is(i, "thrice")) {
            i + 1
        } else if self.kw(i + 1, Kw::Times)
            && (self.number(i).is_some() || matches!(self.lex(i), Lex::Card(_)))
        {
            i + 2
        } else if (self.number(i).is_some() || matches!(self.lex(i), Lex::Card(_)))
            && let Lex::Units(counted) | Lex::Unit(counted) = self.lex(i + 1)
            && (self.kw(i + 2, Kw::A) || self.kw(i + 2, Kw::An) || self.kw(i + 2, Kw::Per))
            && let Lex::Unit(period) = self.lex(i + 3)
            && counted < period
            && !matches!(
                self.kw_at(i + 4),
                Some(Kw::Ago | Kw::Earlier | Kw::Later | Kw::Before | Kw::After)
            )
        {
            // "five days a week", "24 hours a day", "365 days a year": that often each period.
            i + 2
        } else if (self.number(i).is_some() || matches!(self.lex(i), Lex::Card(_)))
            && ["nights", "evenings", "mornings", "afternoons"]
                .iter()
                .any(|w| self.word_is(i + 1, w))
            && (self.kw(i + 2, Kw::A) || self.kw(i + 2, Kw::An) || self.kw(i + 2, Kw::Per))
            && matches!(self.lex(i + 3), Lex::Unit(Unit::Week | Unit::Month))
        {
            // "three nights a week", "two evenings a month".
            i + 2
        } else {
            return None;
        };
        if !(self.kw(after, Kw::A) || self.kw(after, Kw::An) || self.kw(after, Kw::Per)) {
            return None;
        }
        let Lex::Unit(unit) = self.lex(after + 1) else {
            return None;
        };
        let mut f = self.found(
            i,
            after + 2,
            TimexType::Set,
            duration_value(Some(1.0), unit),
            Anchor::Explicit,
        );
        f.takes_the = false;
        Some(f)
    }

    /// Modifiers and "the" before a core expression.
    fn with_prefix(&self, i: usize) -> Option<Found> {
        self.nested(|| self.with_prefix_inner(i))
    }

    /// Runs `f` one nesting level deeper, or not at all past `MAX_DEPTH`.
    fn nested(&self, f: impl FnOnce() -> Option<Found>) -> Option<Found> {
        let depth = self.depth.get();
        if depth >= MAX_DEPTH {
            return None;
        }
        self.depth.set(depth + 1);
        let found = f();
        self.depth.set(depth);
        found
    }

    fn with_prefix_inner(&self, i: usize) -> Option<Found> {
        let kw = self.kw_at(i)?;
        match kw {
            Kw::The => {
                // "the end of 2023", "the beginning of the year".
                if let Some(f) = self.position_mod(i) {
                    return Some(f);
                }
                if let Some(f) = self.final_of(i + 1) {
                    return Some(f);
                }
                if let Some(f) = self.day_of_this_month(i) {
                    return Some(f);
                }
                if let Some(f) = self.day_of_a_month(i) {
                    return Some(f);
                }
                // "the morning of 14 July 1789", "the night of Friday, Oct. 23": that part of the
                // day, one TIME.
                if let Lex::DayPart(part) = self.lex(i + 1)
                    && self.kw(i + 2, Kw::Of)
                    && let Some(day) = self
                        .core(i + 3)
                        .filter(|f| f.ty == TimexType::Date && f.start_tok == i + 3)
                    && let Some(Point::Day(d)) = day.point
                {
                    let mut f = day;
                    f.start_tok = i;
                    f.ty = TimexType::Time;
                    f.value = format!("{}T{}", format_day(d), day_part_code(part));
                    f.takes_the = false;
                    return Some(f);
                }
                // "Shares fell Friday. Dealers bought in the morning": the part of the day just
                // named (nothing when no day was named close before).
                if self.kw(i.wrapping_sub(1), Kw::In)
                    && let Lex::DayPart(part @ 1..=3) = self.lex(i + 1)
                {
                    const NEAR_BYTES: usize = 300;
                    let here = self.tok(i).map_or(0, |t| t.start);
                    let Some(Point::Day(d)) = self.prev else {
                        return None;
                    };
                    // A habit in the present ("he runs in the evening") names no day; "in the
                    // evening of March 3" names its own, tagged after it.
                    if self.prev_end == 0
                        || self.kw(i + 2, Kw::Of)
                        || here.saturating_sub(self.prev_end) > NEAR_BYTES
                        || self.tense(i, i + 2) == Tense::Unknown
                    {
                        return None;
                    }
                    let mut f = self.date_point(i, i + 2, Point::Day(d), Anchor::PreviousMention);
                    f.ty = TimexType::Time;
                    f.value = format!("{}T{}", format_day(d), day_part_code(part));
                    return Some(f);
                }
                // "the whole day", "the entire week": one of them, as a length.
                if self.kw(i + 1, Kw::Whole)
                    && let Lex::Unit(u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year)) =
                        self.lex(i + 2)
                {
                    return Some(self.duration_found(i, i + 3, Some(1.0), u));
                }
                // "the other day", "the other week": a little while ago.
                if self.word_is(i + 1, "other")
                    && matches!(self.lex(i + 2), Lex::Unit(Unit::Day | Unit::Week))
                {
                    return Some(self.vague_ref_span(i, i + 3, "PAST_REF"));
                }
                // "to the present day".
                if self.kw(i + 1, Kw::Present) && self.lex(i + 2) == Lex::Unit(Unit::Day) {
                    return Some(self.vague_ref_span(i, i + 3, "PRESENT_REF"));
                }
                // "the night before last".
                if self.lex(i + 1) == Lex::DayPart(4)
                    && self.kw(i + 2, Kw::Before)
                    && self.kw(i + 3, Kw::Last)
                {
                    let mut f = self.relative(i, i + 4, "XXXX-XX-XX", |r| {
                        Some(Point::Day(add_days(r, -2)?))
                    })?;
                    if let Some(Point::Day(d)) = f.point {
                        f.ty = TimexType::Time;
                        f.value = format!("{}TNI", format_day(d));
                    }
                    return Some(f);
                }
                // "the week after next", "the month before last", "the weekend after next" (not
                // "the day before last Tuesday's hearing").
                let names_more = matches!(
                    self.lex(i + 4),
                    Lex::Weekday(_)
                        | Lex::WeekdayAbbr(_)
                        | Lex::Month(_)
                        | Lex::MonthAbbr(_)
                        | Lex::Unit(_)
                        | Lex::Season(_)
                        | Lex::Kw(Kw::Weekend)
                );
                if let Some(two) = match (self.kw_at(i + 2), self.kw_at(i + 3)) {
                    _ if names_more => None,
                    (Some(Kw::After), Some(Kw::Next)) => Some(2),
                    (Some(Kw::Before), Some(Kw::Last)) => Some(-2),
                    _ => None,
                } {
                    match self.lex(i + 1) {
                        Lex::Unit(u) if !matches!(u, Unit::Second | Unit::Minute | Unit::Hour) => {
                            return self.relative(i, i + 4, "XXXX", |r| shift_day(r, u, two));
                        }
                        Lex::Kw(Kw::Weekend) => {
                            return self.relative(i, i + 4, "XXXX-WXX-WE", |r| {
                                Some(Point::Weekend(add_days(r, 7 * i64::from(two))?))
                            });
                        }
                        _ => {}
                    }
                }
                // "in the new year": the coming year late in a year, this one early in it.
                // ("the New Year's Honours list" names a list.)
                if self.word_is(i + 1, "new")
                    && self.lex(i + 2) == Lex::Unit(Unit::Year)
                    && !self.is_apostrophe(i + 3)
                {
                    return self.relative(i, i + 3, "XXXX", |r| {
                        Some(Point::Year(r.year() + i32::from(r.month() >= 7)))
                    });
                }
                // "the early 1990s", "the late 19th century".
                if let Some(mut f) = self
                    .position_mod(i + 1)
                    .filter(|f| matches!(f.point, Some(Point::Decade(_) | Point::Century(_))))
                {
                    f.start_tok = i;
                    return Some(f);
                }
                // ("the quarter-finals" are a round of a cup.)
                // "the corresponding period last year", "the comparable period a year ago": the
                // reported quarter a year back (only with that tail).
                if ["corresponding", "comparable", "equivalent"]
                    .iter()
                    .any(|w| self.word_is(i + 1, w))
                    && (self.kw(i + 2, Kw::Period) || self.lex(i + 2) == Lex::Unit(Unit::Quarter))
                    && let Some(f) = self.quarter(i, i + 3, None)
                {
                    let end = f.end_tok;
                    let g = self.year_back_tail(f);
                    if g.end_tok > end {
                        return Some(g);
                    }
                }
                // ("the quarter a year ago": that quarter a year back.)
                if self.lex(i + 1) == Lex::Unit(Unit::Quarter)
                    && !(self.is_dash(i + 2) && self.attached(i + 2))
                {
                    return self.quarter(i, i + 2, None).map(|f| self.year_back_tail(f));
                }
                // "the turn of the century": the nearest century boundary, approximately.
                if self.word_is(i + 1, "turn")
                    && self.kw(i + 2, Kw::Of)
                    && self.kw(i + 3, Kw::The)
                    && self.lex(i + 4) == Lex::Unit(Unit::Century)
                {
                    let (near, anchor) = match self.prev {
                        Some(p) if !matches!(p, Point::Century(_)) => {
                            (p.year(), Anchor::PreviousMention)
                        }
                        _ => (self.reference?.year(), Anchor::ReferenceDate),
                    };
                    let boundary = (near + 50).div_euclid(100) * 100;
                    let mut f = self.date_point(i, i + 5, Point::Year(boundary), anchor);
                    f.modifier = Some("APPROX");
                    return Some(f);
                }
                // "in the near term", "over the short term".
                if (self.word_is(i + 1, "near") || self.word_is(i + 1, "short"))
                    && self.word_is(i + 2, "term")
                    && !self.is_dash(i + 2)
                    && matches!(
                        self.kw_at(i.wrapping_sub(1)),
                        Some(Kw::In | Kw::Over | Kw::For)
                    )
                {
                    let v = "FUTURE_REF".to_string();
                    return Some(self.found(i, i + 3, TimexType::Date, v, Anchor::ReferenceDate));
                }
                // "the weeks ahead", "the months ahead"; "in the years since", "the months
                // since the vote".
                if let Lex::Units(unit) = self.lex(i + 1)
                    && (self.word_is(i + 2, "ahead") || self.kw(i + 2, Kw::Since))
                {
                    if self.kw(i + 2, Kw::Since) {
                        let v = duration_value(None, unit);
                        // ("since" is the span's when it ends the phrase: "in the years since,".)
                        let end = if self.tok(i + 3).is_none_or(|t| t.kind == Kind::Punct) {
                            i + 3
                        } else {
                            i + 2
                        };
                        return Some(self.found(i, end, TimexType::Duration, v, Anchor::Explicit));
                    }
                    let v = duration_value(None, unit);
                    return Some(self.found(i, i + 3, TimexType::Duration, v, Anchor::Explicit));
                }
                if self.lex(i + 1) == Lex::Unit(Unit::Year)
                    || (self.word_is(i + 1, "calendar") || self.word_is(i + 1, "financial"))
                        && self.lex(i + 2) == Lex::Unit(Unit::Year)
                {
                    // "the year before", "the year after": one on from the year just told.
                    if let Some(mut f) = self.around_a_day(i + 1) {
                        f.start_tok = i;
                        return Some(f);
                    }
                    return self.the_year(i);
                }
                if (self.kw(i + 1, Kw::Full) || self.kw(i + 1, Kw::Whole))
                    && self.lex(i + 2) == Lex::Unit(Unit::Year)
                {
                    return self.relative(i, i + 3, "XXXX", |r| Some(Point::Year(r.year())));
                }
                let mut f = if self.is_apostrophe(i + 1) {
                    // "the '80s".
                    self.short_decade(i + 1)
                        .filter(|f| matches!(f.point, Some(Point::Decade(_))))?
                } else {
                    self.core(i + 1)?
                };
                // "the 24-hour strike": an adjective, the article belongs to the noun.
                let adjective = f.ty == TimexType::Duration
                    && f.end_tok >= 2
                    && self.is_dash(f.end_tok - 2)
                    && self.attached(f.end_tok - 1);
                if !f.takes_the || adjective {
                    return None;
                }
                f.start_tok = i;
                Some(f)
            }
            Kw::Mid if self.mid_day_part(i).is_some() => self.mid_day_part(i),
            Kw::Early | Kw::Late | Kw::Mid | Kw::Middle | Kw::End | Kw::Beginning | Kw::Start => {
                self.position_mod(i)
            }
            // "at a later date".
            Kw::A if self.kw(i + 1, Kw::Later) && self.word_is(i + 2, "date") => Some(self.found(
                i,
                i + 3,
                TimexType::Date,
                "FUTURE_REF".into(),
                Anchor::ReferenceDate,
            )),
            Kw::More | Kw::Less => {
                // "more than four hours".
                if !self.kw(i + 1, Kw::Than) {
                    return None;
                }
                let mut f = self.core(i + 2)?;
                if f.ty != TimexType::Duration {
                    return None;
                }
                f.modifier = Some(if kw == Kw::More {
                    "MORE_THAN"
                } else {
                    "LESS_THAN"
                });
                f.start_tok = i;
                Some(f)
            }
            // "up to 48 hours".
            Kw::Up if self.kw(i + 1, Kw::To) => {
                let mut f = self.core(i + 2)?;
                if f.ty != TimexType::Duration {
                    return None;
                }
                f.modifier = Some("EQUAL_OR_LESS");
                f.start_tok = i;
                Some(f)
            }
            // "at least 72 hours", "at most two weeks".
            Kw::At if self.kw(i + 1, Kw::Least) || self.word_is(i + 1, "most") => {
                let mut f = self.core(i + 2).or_else(|| self.with_prefix(i + 2))?;
                if f.ty != TimexType::Duration {
                    return None;
                }
                f.modifier = Some(if self.kw(i + 1, Kw::Least) {
                    "EQUAL_OR_MORE"
                } else {
                    "EQUAL_OR_LESS"
                });
                f.start_tok = i;
                Some(f)
            }
            Kw::At | Kw::Up => None,
            // "deliberated nine hours over two days", "rose 20% over five years": "over" is
            // "during" after a noun or number; "for over 20 years", "just over an hour", "took
            // over a week" are more than.
            Kw::Over
                if !(i >= 1
                    && [
                        "for", "just", "well", "in", "after", "of", "than", "took", "take",
                        "takes", "taking", "lasted", "last", "lasts", "lasting", "spent", "been",
                        "was", "were", "is", "are", "slightly", "little", "since", "ago", "by",
                    ]
                    .iter()
                    .any(|w| self.word_is(i - 1, w))) =>
            {
                None
            }
            _ => {
                let m = modifier_for(kw)?;
                let mut f = if matches!(kw, Kw::Over | Kw::Under) {
                    self.core(i + 1)?
                } else {
                    self.core(i + 1).or_else(|| self.with_prefix(i + 1))?
                };
                // "around 1850", "approximately 1400": an approximate year (or decade).
                let approximate_year = matches!(kw, Kw::Around | Kw::Approximately)
                    && f.ty == TimexType::Date
                    && matches!(
                        f.point,
                        Some(Point::Year(_) | Point::Decade(_) | Point::Century(_))
                    )
                    && f.anchor == Anchor::Explicit;
                if !(matches!(f.ty, TimexType::Duration | TimexType::Time) || approximate_year)
                    || kw == Kw::Under && f.ty != TimexType::Duration
                {
                    return None;
                }
                f.modifier = Some(m);
                f.start_tok = i;
                Some(f)
            }
        }
    }

    /// "the year": a fiscal year's length before "ended"/"ending", a named year ("the year two
    /// thousand"), or the year in question after "for"/"of"/"in".
    /// "the decade", "the century" after "the end of": the period of the previous mention (the
    /// reference date's when there is none).
    fn the_period(&self, i: usize) -> Option<Found> {
        if !self.kw(i, Kw::The) {
            return None;
        }
        let of_year = |y: i32| match self.lex(i + 1) {
            Lex::Unit(Unit::Decade) => Some(Point::Decade(y.div_euclid(10) * 10)),
            Lex::Unit(Unit::Century) => Some(Point::Century(y.div_euclid(100) * 100)),
            _ => None,
        };
        // "would file a motion by the end of the month" after "was convicted last Wednesday": a
        // clause about what is to come, with the previous mention in another sentence, counts
        // from the article's date.
        let ahead = self.tense(i, i + 2) == Tense::Future
            && !self.history
            && !self.ended_in_sentence(self.prev_end, i);
        // "the end of the month": the month of the previous mention, or the reference date's.
        if self.lex(i + 1) == Lex::Unit(Unit::Month) {
            let of_day = |d: NaiveDate| Point::Month(d.year(), d.month());
            return match self.prev.and_then(|p| p.first_day()) {
                Some(d)
                    if !ahead && matches!(self.prev, Some(Point::Day(_) | Point::Month(..))) =>
                {
                    Some(self.date_point(i, i + 2, of_day(d), Anchor::PreviousMention))
                }
                _ => self.relative(i, i + 2, "XXXX-XX", |r| Some(of_day(r))),
            };
        }
        // "the end of the week": the week of the previous day mentioned, or the reference's.
        if self.lex(i + 1) == Lex::Unit(Unit::Week) {
            return match self.prev {
                Some(Point::Day(d) | Point::Week(d)) if !ahead => {
                    Some(self.date_point(i, i + 2, Point::Week(d), Anchor::PreviousMention))
                }
                _ => self.relative(i, i + 2, "XXXX-WXX", |r| Some(Point::Week(r))),
            };
        }
        if let Some(prev) = self.prev {
            return Some(self.date_point(i, i + 2, of_year(prev.year())?, Anchor::PreviousMention));
        }
        of_year(0)?;
        self.relative(i, i + 2, "XXX", |r| of_year(r.year()))
    }

    fn the_year(&self, i: usize) -> Option<Found> {
        // "the calendar year", "the financial year" (a fiscal year is read elsewhere).
        let y = if self.word_is(i + 1, "calendar") || self.word_is(i + 1, "financial") {
            i + 2
        } else {
            i + 1
        };
        if self.lex(y) != Lex::Unit(Unit::Year) {
            return None;
        }
        // "the year ended Sept. 30", "in the year to the March quarter", "the year to 30
        // September 2024": a year's length.
        if self.word_is(y + 1, "ended")
            || self.word_is(y + 1, "ending")
            || self.kw(y + 1, Kw::To)
                && (self.month_at(y + 2).is_some()
                    || self
                        .day_at(y + 2)
                        .is_some_and(|(_, k)| self.month_at(k).is_some())
                    || self.kw(y + 2, Kw::The)
                    || self.word_is(y + 2, "date"))
        {
            return Some(self.found(
                i,
                y + 1,
                TimexType::Duration,
                "P1Y".into(),
                Anchor::Explicit,
            ));
        }
        // ("the financial year 2024/25" keeps its span of years.)
        if let Some(mut f) = self
            .year_led(y + 1)
            .filter(|f| f.start_tok == y + 1 && matches!(f.point, Some(Point::Year(_))))
        {
            f.start_tok = i;
            return Some(f);
        }
        if let Some((year, end)) = self.year_at(y + 1) {
            return Some(self.date_point(i, end, Point::Year(year), Anchor::Explicit));
        }
        let before = i.checked_sub(1).and_then(|p| self.kw_at(p));
        if !matches!(before, Some(Kw::For | Kw::Of | Kw::In | Kw::During)) {
            return None;
        }
        if self.is_dash(y + 1)
            || self.is_apostrophe(y + 1)
            || self.kw(y + 1, Kw::Before)
            || self.kw(y + 1, Kw::After)
            || self.kw(y + 1, Kw::Earlier)
        {
            return None;
        }
        // "In 1998 sales fell; for the year, …" is that year; "since the start of the year,
        // prices have risen" is the present one whatever came before.
        let present = self.clause_has(i, "has")
            || self.clause_has(i, "have")
            || self.tense(i, y + 1) == Tense::Future;
        if let Some(p @ Point::Year(_)) = self.prev
            && !present
        {
            return Some(self.date_point(i, y + 1, p, Anchor::PreviousMention));
        }
        // In a settled history, "By the end of the year" after "11 December [1941]" is the
        // story's year.
        if let Some(p) = self.prev
            && !present
            && self.settled_history
            && !matches!(p, Point::Decade(_) | Point::Century(_))
            && self
                .reference
                .is_none_or(|r| (r.year() - p.year()).abs() >= 2)
        {
            let point = Point::Year(p.year());
            return Some(self.date_point(i, y + 1, point, Anchor::PreviousMention));
        }
        self.relative(i, y + 1, "XXXX", |r| Some(Point::Year(r.year())))
    }

    /// "early 2021", "late November", "mid-2026", "the end of 2023", "the beginning of the year".
    fn position_mod(&self, i: usize) -> Option<Found> {
        let mut j = i;
        let the = self.kw(j, Kw::The);
        if the {
            j += 1;
        }
        let (modifier, mut next) = match self.kw_at(j)? {
            Kw::Early if !the => ("START", j + 1),
            Kw::Late if !the => ("END", j + 1),
            Kw::Mid if !the => ("MID", j + 1),
            // "end-March", "end-2025" (British business prose).
            Kw::End if !the && self.is_dash(j + 1) && self.attached(j + 1) => ("END", j + 1),
            Kw::Middle | Kw::End | Kw::Beginning | Kw::Start if self.kw(j + 1, Kw::Of) => (
                match self.kw_at(j)? {
                    Kw::Middle => "MID",
                    Kw::End => "END",
                    _ => "START",
                },
                j + 2,
            ),
            _ => return None,
        };
        if self.is_dash(next) && self.attached(next) {
            next += 1;
        }
        // "early in 1942", "late in the year".
        if !the
            && matches!(modifier, "START" | "END" | "MID")
            && self.kw(next, Kw::In)
            && (self.year_at(next + 1).is_some() || self.kw(next + 1, Kw::The))
        {
            next += 1;
        }
        // "by mid-year", "a mid-month review": the middle of the current year, month or week.
        if modifier == "MID"
            && !the
            && let Lex::Unit(u @ (Unit::Year | Unit::Month | Unit::Week)) = self.lex(next)
        {
            let mut f = self.relative(i, next + 1, "XXXX", |r| shift_day(r, u, 0))?;
            f.modifier = Some(modifier);
            return Some(f);
        }
        let mut f = self
            .core(next)
            .or_else(|| {
                self.with_prefix(next)
                    .filter(|f| f.start_tok == next && self.kw(next, Kw::The))
            })
            .or_else(|| self.the_period(next))
            // "the end of Q1", "the start of H2".
            .or_else(|| self.period_code(next).filter(|f| f.start_tok == next))
            // "the late '90s".
            .or_else(|| {
                self.short_decade(next)
                    .filter(|f| matches!(f.point, Some(Point::Decade(_))))
            })?;
        if f.ty != TimexType::Date && f.ty != TimexType::Time {
            return None;
        }
        // "the mid-4th century BC" (a century before Christ has no point).
        if f.point.is_none() && f.value.starts_with("BC") && f.value.len() == 4 {
            f.modifier = Some(modifier);
            f.start_tok = i;
            return Some(f);
        }
        if !matches!(
            f.point,
            Some(
                Point::Year(_)
                    | Point::Month(..)
                    | Point::Decade(_)
                    | Point::Century(_)
                    | Point::Season(..)
                    | Point::Week(_)
                    | Point::Quarter(..)
                    | Point::Half(..)
                    | Point::Day(_)
            )
        ) {
            return None;
        }
        if matches!(f.point, Some(Point::Day(_))) {
            // "early Tuesday", "late yesterday": the mod is a part of the day, not of a period.
            if !(modifier == "START" || modifier == "END") || f.ty != TimexType::Date {
                return None;
            }
        }
        f.modifier = Some(modifier);
        f.start_tok = i;
        Some(f)
    }

    /// Everything that does not start with a modifier.
    fn core(&self, i: usize) -> Option<Found> {
        self.nested(|| self.core_inner(i))
    }

    fn core_inner(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        let mut best: Option<Found> = None;
        let mut consider = |f: Option<Found>| {
            if let Some(f) = f
                && best.as_ref().is_none_or(|b| f.end_tok > b.end_tok)
            {
                best = Some(f);
            }
        };
        match t.lex {
            Lex::Month(_) | Lex::MonthAbbr(_) => {
                consider(self.month_led(i));
                // "May Day".
                if t.capitalized && self.word_is(i + 1, "Day") {
                    consider(self.named_holiday(i, i, None));
                }
            }
            Lex::Weekday(_) | Lex::WeekdayAbbr(_) => consider(self.weekday_led(i)),
            // "three Sundays ago" is handled from the amount; a plural weekday alone is a set.
            // "TGI Fridays", "Fridays for Future", "Tuesdays with Morrie": names.
            Lex::Weekdays(_)
                if i >= 1
                    && self.tok(i - 1).is_some_and(|p| {
                        p.kind == Kind::Word && p.capitalized && p.lex == Lex::None
                    })
                    && !self.opens_sentence(i - 1)
                    || (self.word_is(i + 1, "for") || self.word_is(i + 1, "with"))
                        && self
                            .tok(i + 2)
                            .is_some_and(|n| n.capitalized && n.kind == Kind::Word) => {}
            Lex::Weekdays(d) => {
                let mut f = self.found(
                    i,
                    i + 1,
                    TimexType::Set,
                    format!("XXXX-WXX-{d}"),
                    Anchor::Explicit,
                );
                if let Lex::DayPart(p) = self.lex(i + 1) {
                    f.value.push_str(&format!("T{}", day_part_code(p)));
                    f.end_tok = i + 2;
                } else if self.kw(i + 1, Kw::At)
                    && let Some((h, m, end)) = self.time_at(i + 2)
                {
                    // "Thursdays at 6:30 p.m.": every Thursday at that time.
                    f.value.push_str(&format!("T{h:02}:{m:02}"));
                    f.end_tok = end;
                }
                consider(Some(f));
            }
            Lex::Season(_) => consider(self.season(i, None)),
            // "the sixties", "Sixties pop", "the Roaring Twenties", "the noughties" ("in their
            // sixties" is an age).
            Lex::Decade(d)
                if self.kw(i.wrapping_sub(1), Kw::The)
                    || t.capitalized
                        && !(i >= 1
                            && ["their", "his", "her", "my", "our", "your", "its"]
                                .iter()
                                .any(|w| self.word_is(i - 1, w))) =>
            {
                let year = if d == 0 {
                    2000
                } else {
                    1900 + i32::from(d) * 10
                };
                consider(Some(self.date_point(
                    i,
                    i + 1,
                    Point::Decade(year),
                    Anchor::Explicit,
                )));
            }
            Lex::Ord(1) => {
                // "the first nine months".
                if let Some(mut f) = self
                    .amount_led(i + 1)
                    .filter(|f| f.ty == TimexType::Duration && !self.kw(i + 1, Kw::A))
                {
                    f.start_tok = i;
                    // "the first two quarters of 1990", "the first six months of next year": the
                    // year's first half.
                    if matches!(f.value.as_str(), "P6M" | "P2Q")
                        && let Some((year, end, anchor)) = self.of_named_year(f.end_tok)
                        && self.kw(f.end_tok, Kw::Of)
                    {
                        f = self.date_point(i, end, Point::Half(year, 1), anchor);
                    }
                    consider(Some(f));
                }
                consider(self.ordinal_led(i));
            }
            Lex::Card(_) | Lex::Ord(_) | Lex::Unit(Unit::Second) => {
                if matches!(self.lex(i), Lex::Card(_)) {
                    consider(self.time_led(i));
                }
                consider(self.year_led(i));
                consider(self.compound_duration(i));
                consider(self.ordinal_led(i));
            }
            Lex::Units(u) => {
                consider(self.bare_units(i, u));
                consider(self.long_adjective(i));
            }
            Lex::Unit(Unit::Year) => {
                consider(self.around_a_day(i));
                consider(self.year_ago_adjective(i));
                consider(self.year_end(i));
                consider(self.long_adjective(i));
            }
            Lex::Unit(Unit::Day | Unit::Week) => {
                consider(self.around_a_day(i));
                consider(self.numbered_week(i));
                consider(self.long_adjective(i));
            }
            Lex::Unit(Unit::Month | Unit::Hour | Unit::Minute | Unit::Decade | Unit::Century) => {
                consider(self.around_a_day(i));
                consider(self.long_adjective(i));
            }
            // "quarter past six".
            Lex::Unit(Unit::Quarter) => consider(self.time_led(i)),
            Lex::Kw(kw) => {
                consider(self.keyword_led(i, kw));
                // "half past nine", "a quarter to eight".
                if matches!(kw, Kw::Half | Kw::A) {
                    consider(self.time_led(i));
                }
            }
            _ => {}
        }
        if t.kind == Kind::Number {
            consider(self.time_range_start(i));
            consider(self.digit_period_code(i));
            consider(self.bare_short_decade(i));
            consider(self.conjoined_day(i));
            consider(self.era_year(i));
            consider(self.three_digit_year(i));
            consider(self.numeric_date(i));
            consider(self.day_led(i));
            consider(self.year_led(i));
            consider(self.time_led(i));
            consider(self.compound_duration(i));
            consider(self.ordinal_led(i));
        }
        best
    }

    /// "circa 1400", "c. 1340", "ca. 1400": an approximate year (or decade, century).
    fn circa(&self, i: usize) -> Option<Found> {
        let word = self.tok(i).map(|t| &self.text[t.start..t.end])?;
        let next = match word {
            "circa" | "Circa" => i + 1,
            "c" | "ca" if self.punct(i + 1, b'.') && self.attached(i + 1) => i + 2,
            _ => return None,
        };
        let mut f = match self.core(next).filter(|f| f.ty == TimexType::Date) {
            Some(f) => f,
            None => {
                // "c. 365", "circa 550": after "circa" a bare number is a year.
                let (year, end) = self.year_at(next).or_else(|| {
                    let (n, d) = self.plain_number(next)?;
                    (d >= 2 && n > 0).then_some((n as i32, next + 1))
                })?;
                // ("c. 1200 men" is a count.)
                if self.count_noun_after(end) {
                    return None;
                }
                self.date_point(next, end, Point::Year(year), Anchor::Explicit)
            }
        };
        f.start_tok = i;
        f.modifier = Some("APPROX");
        Some(f)
    }

    /// "25" in "April 24 and 25": a second day of the month just named.
    fn conjoined_day(&self, i: usize) -> Option<Found> {
        let (n, digits) = self.plain_number(i)?;
        if digits > 2 || i < 3 {
            return None;
        }
        let Some(Point::Day(d)) = self.prev else {
            return None;
        };
        // "Feb. 7, 8 and 10": a comma joins a day only inside such a list.
        let list_comma = self.punct(i - 1, b',')
            && (self.kw(i + 1, Kw::And) || self.word_is(i + 1, "or") || self.punct(i + 1, b','))
            && self.plain_number(i + 2).is_some_and(|(_, d)| d <= 2)
            && !self.count_noun_after(i + 3);
        if !(self.kw(i - 1, Kw::And) || self.word_is(i - 1, "or") || list_comma)
            || self.number(i - 2).map(|(m, _)| m) != Some(d.day())
            || self.count_noun_after(i + 1)
            || matches!(self.lex(i + 1), Lex::Month(_) | Lex::MonthAbbr(_))
        {
            return None;
        }
        let month_before = matches!(self.lex(i - 3), Lex::Month(_) | Lex::MonthAbbr(_))
            || self.punct(i - 3, b'.') && i >= 4 && matches!(self.lex(i - 4), Lex::MonthAbbr(_))
            // (the list goes on: "7, 8 and 10").
            || self.punct(i - 3, b',');
        if !month_before || n <= d.day() {
            return None;
        }
        let day = NaiveDate::from_ymd_opt(d.year(), d.month(), n)?;
        let mut f = self.date_point(i, i + 1, Point::Day(day), Anchor::PreviousMention);
        f.takes_the = false;
        Some(f)
    }

    // ----- eras -----------------------------------------------------------------------------------

    /// "BC", "BCE", "B.C.", "AD", "A.D.", "CE" at token `i`: (before Christ, next token).
    fn era_at(&self, i: usize) -> Option<(bool, usize)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Word || !matches!(self.text.as_bytes()[t.start], b'A' | b'B' | b'C') {
            return None;
        }
        match &self.text[t.start..t.end] {
            "BC" | "BCE" => return Some((true, i + 1)),
            "AD" | "CE" => return Some((false, i + 1)),
            _ => {}
        }
        // "B.C.", "A.D.", "B.C.E.", "C.E.": letters and attached dots.
        let mut letters = String::new();
        let mut k = i;
        while let Some(w) = self.tok(k) {
            let one_letter = w.kind == Kind::Word && w.end - w.start == 1;
            if !one_letter || (k > i && !self.attached(k)) || !self.punct(k + 1, b'.') {
                break;
            }
            if !self.attached(k + 1) {
                break;
            }
            letters.push_str(&self.text[w.start..w.end]);
            k += 2;
        }
        match letters.as_str() {
            "BC" | "BCE" => Some((true, k)),
            "AD" | "CE" => Some((false, k)),
            _ => None,
        }
    }

    /// TIMEX3 value of a year of an era: "BC0044", "0014".
    fn era_value(year: u32, bc: bool) -> String {
        if bc {
            format!("BC{year:04}")
        } else {
            format!("{year:04}")
        }
    }

    /// "44 BC", "14 AD", "753 B.C.".
    fn era_year(&self, i: usize) -> Option<Found> {
        let (n, digits) = self.plain_number(i)?;
        if digits > 4 || n == 0 {
            return None;
        }
        // "100–44 BC", "from 100 to 44 BC": a span of years in one era (counting down before
        // Christ, up after).
        // ("between 2900 and 2600 BC"; "145 – c. 86 BC" with the second end approximate.)
        let joined = self.is_dash(i + 1)
            || self.kw(i + 1, Kw::To)
            || self.kw(i + 1, Kw::And) && self.kw(i.wrapping_sub(1), Kw::Between);
        let second =
            if ["c", "ca"].iter().any(|w| self.word_is(i + 2, w)) && self.punct(i + 3, b'.') {
                i + 4
            } else {
                i + 2
            };
        if joined
            && let Some((n2, d2)) = self.plain_number(second)
            && d2 <= 4
            && let Some((bc, end)) = self.era_at(second + 1)
            && (if bc { n > n2 && n2 > 0 } else { n < n2 })
        {
            let year = if bc { 1 - n as i32 } else { n as i32 };
            let mut f = self.date_point(i, end, Point::Year(year), Anchor::Explicit);
            f.value = Self::era_value(n, bc);
            f.range_end = Some(Self::era_value(n2, bc));
            f.takes_the = false;
            return Some(f);
        }
        let (bc, end) = self.era_at(i + 1)?;
        // Astronomical years: 1 BC is year 0, so "three years later" counts across the era.
        let year = if bc { 1 - n as i32 } else { n as i32 };
        let mut f = self.date_point(i, end, Point::Year(year), Anchor::Explicit);
        f.value = Self::era_value(n, bc);
        f.takes_the = false;
        Some(f)
    }

    /// "The empire fell in 476.": a three-digit year after "in", "since" or "until" that ends
    /// its clause ("rose to 476", "in 476 of 500 precincts" and "by 476" are counts).
    fn three_digit_year(&self, i: usize) -> Option<Found> {
        let (n, 3) = self.plain_number(i)? else {
            return None;
        };
        if n < 100 {
            return None;
        }
        // In a settled history more words lead a year: "around 610", "after 751", "from 626 to
        // 649", "from about 726" (not "of": "its peak of 381 on September 3"); a span in brackets or after "r." anywhere: "(618–907)", "(r.
        // 712–756)".
        let before = i.checked_sub(1).and_then(|p| self.kw_at(p));
        let bracketed_span = i >= 1
            && (self.punct(i - 1, b'(')
                || self.punct(i - 1, b'.') && self.word_is(i.wrapping_sub(2), "r"))
            && self.is_dash(i + 1)
            && self
                .plain_number(i + 2)
                .is_some_and(|(last, d)| d == 3 && last > n && last - n < 500);
        let led = matches!(before, Some(Kw::In | Kw::Since | Kw::Until))
            || bracketed_span
            || self.settled_history
                && (matches!(
                    before,
                    Some(Kw::After | Kw::Before | Kw::From | Kw::Through)
                ) || i >= 3
                    // ("from 626 to 649", not "rose to 476".)
                    && matches!(before, Some(Kw::To))
                    && self.kw(i - 3, Kw::From)
                    && self.plain_number(i - 2).is_some()
                    || i >= 1
                        && (["around", "about", "circa", "c", "r", "reigned", "ruled"]
                            .iter()
                            .any(|w| self.word_is(i - 1, w))
                            || self.punct(i - 1, b'(')
                            || self.punct(i - 1, b'.') && self.word_is(i.wrapping_sub(2), "r")));
        // ("476.5" and "476,000" never get here: they are not plain numbers.)
        if !led || !self.year_number_ends(i + 1) || self.counted_change(i) {
            return None;
        }
        // "(618–907)", "r. 712–756": a span of such years.
        if self.is_dash(i + 1)
            && let Some((last, 3)) = self.plain_number(i + 2)
            && last > n
            && last - n < 500
            && self.year_number_ends(i + 3)
        {
            let mut f = self.date_point(i, i + 3, Point::Year(n as i32), Anchor::Explicit);
            f.range_end = Some(format!("{last:04}"));
            f.takes_the = false;
            return Some(f);
        }
        let mut f = self.date_point(i, i + 1, Point::Year(n as i32), Anchor::Explicit);
        f.takes_the = false;
        Some(f)
    }

    /// An amount, joined with a smaller one after "and" into one duration: "two hours and 41
    /// minutes" is `PT2H41M`, "three years and six months" `P3Y6M`.
    fn compound_duration(&self, i: usize) -> Option<Found> {
        let mut f = self.amount_led(i)?;
        if f.ty != TimexType::Duration || f.modifier.is_some() {
            return Some(f);
        }
        // "three hours and 40 minutes", "2 hours 18 minutes", "2 hours, 5 minutes and 12
        // seconds": smaller units after larger ones, joined by "and", a comma or nothing (then
        // only with digits).
        loop {
            let k = f.end_tok;
            let next = if self.kw(k, Kw::And) {
                k + 1
            } else if self.punct(k, b',') && self.kw(k + 1, Kw::And) {
                k + 2
            } else if self.punct(k, b',') {
                k + 1
            } else {
                k
            };
            let digits_next = self.tok(next).is_some_and(|t| t.kind == Kind::Number);
            if (next == k || self.punct(k, b',')) && !digits_next {
                break;
            }
            let Some(g) = self
                .amount_led(next)
                .filter(|g| g.ty == TimexType::Duration && g.modifier.is_none())
            else {
                break;
            };
            let Some(value) = join_durations(&f.value, &g.value) else {
                break;
            };
            f.value = value;
            f.end_tok = g.end_tok;
        }
        Some(f)
    }

    /// "post-1959 politics", "pre-1914 Europe": the year, with what comes after or before it.
    fn pre_post_year(&self, i: usize) -> Option<Found> {
        if !self.is_dash(i + 1) {
            return None;
        }
        let modifier = if self.word_is(i, "post") {
            "AFTER"
        } else if self.word_is(i, "pre") {
            "BEFORE"
        } else {
            return None;
        };
        if !(self.is_dash(i + 1) && self.attached(i + 1) && self.attached(i + 2)) {
            return None;
        }
        let (n, 4) = self.number(i + 2)? else {
            return None;
        };
        if !(1000..=2199).contains(&n)
            || self
                .tok(i + 3)
                .is_some_and(|t| !t.space_before && t.kind != Kind::Punct)
        {
            return None;
        }
        let mut f = self.date_point(i, i + 3, Point::Year(n as i32), Anchor::Explicit);
        f.modifier = Some(modifier);
        f.takes_the = false;
        Some(f)
    }

    /// "no more than two days", "not less than an hour", "no longer than ten days": the bound
    /// included (EQUAL_OR_LESS / EQUAL_OR_MORE).
    fn negated_comparison(&self, i: usize) -> Option<Found> {
        if !(self.word_is(i, "no") || self.word_is(i, "not")) || !self.kw(i + 2, Kw::Than) {
            return None;
        }
        let modifier = match self.kw_at(i + 1) {
            Some(Kw::More) => "EQUAL_OR_LESS",
            Some(Kw::Less) => "EQUAL_OR_MORE",
            _ if self.word_is(i + 1, "longer") => "EQUAL_OR_LESS",
            _ if self.word_is(i + 1, "fewer") => "EQUAL_OR_MORE",
            _ => return None,
        };
        let mut f = self.core(i + 3)?;
        if f.ty != TimexType::Duration {
            return None;
        }
        f.modifier = Some(modifier);
        f.start_tok = i;
        Some(f)
    }

    /// "any day now", "any minute now": soon (FUTURE_REF); "on weekdays": every weekday;
    /// "paid biweekly", "reviewed semiannually": frequencies as adverbs.
    fn word_led_vague(&self, i: usize) -> Option<Found> {
        if self.word_is(i, "weekdays")
            && (self.kw(i.wrapping_sub(1), Kw::On)
                || self.kw(i.wrapping_sub(1), Kw::During)
                || self.bare_plural_set(i))
        {
            return Some(self.one_word_set(i, "XXXX-WXX-WD"));
        }
        if let Some(value) = self.frequency_adverb(i) {
            return Some(self.one_word_set(i, value));
        }
        // "semi-annually", "bi-weekly", "semi-monthly".
        if (self.word_is(i, "semi") || self.word_is(i, "bi"))
            && self.is_dash(i + 1)
            && self.attached(i + 1)
            && self.attached(i + 2)
        {
            let semi = self.word_is(i, "semi");
            let value = match self.kw_at(i + 2) {
                Some(Kw::Annually | Kw::Yearly) if semi => "P6M",
                Some(Kw::Annually | Kw::Yearly) => "P2Y",
                Some(Kw::Monthly) if semi => "P2W",
                Some(Kw::Monthly) => "P2M",
                Some(Kw::Weekly) if !semi => "P2W",
                _ => return None,
            };
            let mut f = self.found(i, i + 3, TimexType::Set, value.into(), Anchor::Explicit);
            f.takes_the = false;
            return Some(f);
        }
        if self.word_is(i, "any")
            && matches!(self.lex(i + 1), Lex::Unit(_))
            && self.kw(i + 2, Kw::Now)
        {
            return Some(self.vague_ref_span(i, i + 3, "FUTURE_REF"));
        }
        None
    }

    /// "paid biweekly", "reviewed semiannually": a frequency adverb at the end of its clause
    /// ("a biweekly newsletter" describes). "Annually", "quarterly" and "yearly" are left out:
    /// news uses them for rates ("rise 8.5% annually", "adjusted quarterly"), which the annotated
    /// corpora do not mark.
    fn frequency_adverb(&self, i: usize) -> Option<&'static str> {
        let value = [
            ("biweekly", "P2W"),
            ("fortnightly", "P2W"),
            ("bimonthly", "P2M"),
            ("semiannually", "P6M"),
            ("annually", "P1Y"),
            ("yearly", "P1Y"),
            ("quarterly", "P3M"),
        ]
        .iter()
        .find(|(w, _)| self.word_is(i, w))?
        .1;
        let ends_clause = self.tok(i + 1).is_none_or(|t| {
            t.kind == Kind::Punct
                || matches!(
                    t.lex,
                    Lex::Kw(
                        Kw::And
                            | Kw::Or
                            | Kw::In
                            | Kw::At
                            | Kw::On
                            | Kw::For
                            | Kw::Since
                            | Kw::From
                            | Kw::Until
                            | Kw::Through
                            | Kw::To
                    )
                )
                // "crossing the Pacific annually between Acapulco and Manila", "paid quarterly
                // by the crown", "meets yearly with donors".
                || ["between", "by", "with"]
                    .iter()
                    .any(|w| self.word_is(i + 1, w))
        });
        // ("doubling its profits annually since 1980", "rise 8.5% annually": rates.)
        const GROWTH: &[&str] = &[
            "doubling",
            "doubled",
            "double",
            "tripled",
            "tripling",
            "grow",
            "grows",
            "grew",
            "growing",
            "rise",
            "rises",
            "rose",
            "rising",
            "increase",
            "increased",
            "increasing",
            "fall",
            "fell",
            "falling",
            "decline",
            "declined",
            "declining",
        ];
        // ("Interest of 4.75% is paid quarterly" is paid four times a year.)
        let rate_before = (1..=4).any(|back| {
            i >= back
                && (self
                    .tok(i - back)
                    .is_some_and(|t| t.kind == Kind::Number || t.is_punct(b'%'))
                    && !(1..=back + 2).any(|k| {
                        i >= k
                            && ["paid", "pays", "payable", "reviewed", "held", "published"]
                                .iter()
                                .any(|w| self.word_is(i - k, w))
                    })
                    || GROWTH.iter().any(|w| self.word_is(i - back, w)))
        });
        (ends_clause && !rate_before && !self.tok(i).is_some_and(|t| t.capitalized))
            .then_some(value)
    }

    /// Whether "weekdays"/"weekends" at `i` stands alone as an adverb ("open weekdays", "works
    /// weekends and holidays"): after a verb or adjective in lower case, before the clause goes
    /// on ("the weekends", "long weekends" and "three weekends" are things).
    fn bare_plural_set(&self, i: usize) -> bool {
        const NOT_VERBS: &[&str] = &[
            "the", "these", "those", "all", "several", "few", "many", "most", "some", "long",
            "holiday", "bank", "two", "three", "four", "five", "our", "their", "his", "her", "my",
            "your", "its", "of",
        ];
        i >= 1
            && self.tok(i - 1).is_some_and(|t| {
                t.kind == Kind::Word && !t.capitalized && matches!(t.lex, Lex::None)
            })
            && !NOT_VERBS.iter().any(|w| self.word_is(i - 1, w))
            && self.tok(i + 1).is_none_or(|t| {
                t.kind == Kind::Punct
                    || matches!(
                        t.lex,
                        Lex::Kw(Kw::And | Kw::Or | Kw::At | Kw::From | Kw::Until | Kw::In)
                    )
            })
    }

    /// A SET named by the one word at `i` ("weekdays", "biweekly").
    fn one_word_set(&self, i: usize, value: &str) -> Found {
        let mut f = self.found(i, i + 1, TimexType::Set, value.into(), Anchor::Explicit);
        f.takes_the = false;
        f
    }

    /// A vague reference ("PAST_REF", …) over tokens `[start, end)`.
    fn vague_ref_span(&self, start: usize, end: usize, value: &str) -> Found {
        let mut f = self.found(
            start,
            end,
            TimexType::Date,
            value.into(),
            Anchor::ReferenceDate,
        );
        f.takes_the = false;
        f
    }

    /// "Q3 2024", "H1 2025", "FY2024", "FY 2025": business shorthand for quarters, halves and
    /// fiscal years.
    fn period_code(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        let word = &self.text[t.start..t.end];
        if word == "FY"
            && !self.attached(i + 1)
            && let Some((year, end)) = self.year_at(i + 1)
        {
            return Some(self.date_point(i, end, Point::Year(year), Anchor::Explicit));
        }
        let (n, digits) = self.number(i + 1).filter(|_| self.attached(i + 1))?;
        // The year: after a space ("Q3 2024"), or the code's own digits ("FY2024"); or a
        // fiscal year named after it ("Q4 FY25", "H1 FY2026", "Q3 fiscal 2025").
        let fiscal_after = |k: usize| {
            let fy = self
                .tok(k)
                .is_some_and(|t| &self.text[t.start..t.end] == "FY");
            if fy && self.attached(k + 1) {
                return match self.number(k + 1)? {
                    (yy, 2) => Some((2000 + yy as i32, k + 2)),
                    (y, 4) => Some((y as i32, k + 2)),
                    _ => None,
                };
            }
            if fy || self.kw(k, Kw::Fiscal) {
                return self.year_at(k + 1);
            }
            None
        };
        let year_after = |k: usize| {
            self.year_at(k)
                .filter(|_| !self.attached(k))
                .or_else(|| fiscal_after(k))
        };
        match word {
            "Q" | "H" => {
                let count = if word == "Q" { 4 } else { 2 };
                if digits != 1 || !(1..=count).contains(&n) {
                    return None;
                }
                // "a Q1 loss": the quarter as "the first quarter" would be read.
                let Some((year, end)) = year_after(i + 2) else {
                    // ("the Audi Q3" is a car: no name before it; "Our Q3 forecast" has a
                    // possessive.)
                    let after_name = i >= 1
                        && self
                            .tok(i - 1)
                            .is_some_and(|t| t.capitalized && t.lex == Lex::None)
                        && !["our", "their", "his", "her", "my", "your", "its"]
                            .iter()
                            .any(|w| self.word_is(i - 1, w));
                    let glued = self.attached(i + 2)
                        && self.tok(i + 2).is_some_and(|t| t.kind != Kind::Punct);
                    if glued || after_name {
                        return None;
                    }
                    if word == "Q" {
                        return self.quarter(i, i + 2, Some(n));
                    }
                    // "H1 results": the half of the reference year, the year before when it
                    // is still ahead (unless the clause looks forward). "H2" is also hydrogen:
                    // only after "in"/"for"/"during" or before a word of business reports.
                    const REPORTS: &[&str] = &[
                        "results",
                        "profit",
                        "profits",
                        "earnings",
                        "sales",
                        "revenue",
                        "loss",
                        "losses",
                        "growth",
                        "figures",
                        "guidance",
                        "performance",
                    ];
                    // ("the end of H1": a position in it too.)
                    let position = i >= 2
                        && self.kw(i - 1, Kw::Of)
                        && matches!(
                            self.kw_at(i - 2),
                            Some(Kw::End | Kw::Start | Kw::Beginning | Kw::Middle)
                        );
                    let business = matches!(
                        i.checked_sub(1).and_then(|p| self.kw_at(p)),
                        Some(Kw::In | Kw::For | Kw::During)
                    ) || REPORTS.iter().any(|w| self.word_is(i + 2, w))
                        || position;
                    if !business {
                        return None;
                    }
                    let r = self.reference?;
                    let ref_h = if r.month() <= 6 { 1 } else { 2 };
                    let year = if n > ref_h && self.tense(i, i + 2) != Tense::Future {
                        r.year() - 1
                    } else {
                        r.year()
                    };
                    let point = Point::Half(year, n);
                    return Some(self.date_point(i, i + 2, point, Anchor::ReferenceDate));
                };
                let point = if word == "Q" {
                    Point::Quarter(year, n)
                } else {
                    Point::Half(year, n)
                };
                Some(self.date_point(i, end, point, Anchor::Explicit))
            }
            "FY" => {
                let year = match digits {
                    4 if (1900..=2199).contains(&n) => n as i32,
                    2 => 2000 + n as i32,
                    _ => return None,
                };
                Some(self.date_point(i, i + 2, Point::Year(year), Anchor::Explicit))
            }
            _ => None,
        }
    }

    /// "AD 14", "A.D. 800".
    fn era_led(&self, i: usize) -> Option<Found> {
        let (false, k) = self.era_at(i)? else {
            return None;
        };
        // "flight AD 14" is a code.
        if i > 0 && self.toks[i - 1].lex == Lex::Kw(Kw::Blocker) {
            return None;
        }
        let (n, digits) = self.number(k)?;
        if digits > 4 || n == 0 {
            return None;
        }
        let mut f = self.date_point(i, k + 1, Point::Year(n as i32), Anchor::Explicit);
        f.value = Self::era_value(n, false);
        f.takes_the = false;
        Some(f)
    }

    // ----- explicit dates ----------------------------------------------------------------------

    /// Optional ", 4:39 PM" / "at 10 a.m." after a date: turns a day into a TIME.
    fn attach_time(&self, mut f: Found) -> Found {
        let Some(Point::Day(day)) = f.point else {
            return f;
        };
        let mut j = f.end_tok;
        if self.punct(j, b',') || self.kw(j, Kw::At) {
            j += 1;
        }
        if let Some((h, m, next)) = self.time_at(j) {
            f.ty = TimexType::Time;
            f.value = format!("{}T{:02}:{:02}", format_day(day), h, m);
            f.end_tok = next;
        }
        f
    }

    /// Optional ", 2025" / " 2025" year after a month-day, or "this year" / "last year" / "next
    /// year" (one expression with the month: "in February this year").
    fn trailing_year(&self, j: usize) -> Option<(i32, usize)> {
        let k = if self.punct(j, b',') { j + 1 } else { j };
        if let Some((y, next)) = self.year_at(k) {
            // "July 4, 2025-era" is fine; "March 3, 2025 people" also: a year after a date is a year.
            // ("18 JANUARY, 2200" in a live blog dated 2010 is a day and a clock time.)
            let clock_like = k > j
                && self.reference.is_some_and(|r| y > r.year() + 50)
                && self
                    .plain_number(k)
                    .is_some_and(|(n, d)| d == 4 && n % 100 < 60 && n < 2400);
            if clock_like {
                return None;
            }
            return Some((y, next));
        }
        // "19 August AD 14".
        if let Some(era) = self.era_led(k)
            && let Some(Point::Year(y)) = era.point
        {
            return Some((y, era.end_tok));
        }
        // "24 August 79 AD", "15 March 44 BC" (1 BC is year 0).
        if let Some((n, digits)) = self.plain_number(k)
            && digits <= 4
            && n > 0
            && let Some((bc, next)) = self.era_at(k + 1)
        {
            return Some((if bc { 1 - n as i32 } else { n as i32 }, next));
        }
        if let Some(found) = self.short_year_at(j) {
            return Some(found);
        }
        // "on 27 December 537", "8 June 632": a three-digit year after a day and month ends its
        // clause.
        if let Some((n, 3)) = self.plain_number(k)
            && n >= 100
            && self.year_number_ends(k + 1)
        {
            return Some((n as i32, k + 1));
        }
        self.relative_year_at(j)
    }

    /// Whether a number read as a year, ending before token `k`, ends its clause or opens the
    /// next one: punctuation, the text's end, or a word that no count noun is ("In 751 a Tang
    /// army", "in 634 or 635", "sacked in 410 by Alaric").
    fn year_number_ends(&self, k: usize) -> bool {
        const CLAUSE_OPENERS: &[&str] = &[
            "it",
            "he",
            "she",
            "they",
            "we",
            "the",
            "a",
            "an",
            "his",
            "her",
            "its",
            "their",
            "by",
            "when",
            "after",
            "before",
            "during",
            "as",
            "under",
            "at",
            "on",
            "following",
            "or",
            "and",
            "to",
            "until",
            "that",
            "this",
        ];
        self.tok(k).is_none_or(|t| {
            t.kind == Kind::Punct && matches!(t.num as u8, b'.' | b',' | b';' | b')' | b':')
                || self.is_dash(k)
        }) || CLAUSE_OPENERS.iter().any(|w| self.word_is(k, w))
            // "In 476 Rome fell": a name opens the clause ("in 111 Tests" counts matches).
            || self.tok(k).is_some_and(|t| {
                t.kind == Kind::Word
                    && t.capitalized
                    && t.lex == Lex::None
                    && self.text.as_bytes()[t.end - 1] != b's'
                    && self.text.as_bytes()[t.start + 1..t.end]
                        .iter()
                        .all(u8::is_ascii_lowercase)
                    && !self.address_after(k)
            })
    }

    /// "'25" after a month: a two-digit year, in the century that puts it nearest before the
    /// reference date ("'90s" is a decade, not a year).
    fn short_year_at(&self, j: usize) -> Option<(i32, usize)> {
        if !(self.is_apostrophe(j) && self.attached(j + 1))
            || self.word_is(j + 2, "s") && self.attached(j + 2)
        {
            return None;
        }
        let (yy, 2) = self.number(j + 1)? else {
            return None;
        };
        let r = self.reference.map_or(2000, |r| r.year());
        let year = r.div_euclid(100) * 100 + yy as i32;
        Some((if year > r { year - 100 } else { year }, j + 2))
    }

    /// "this year", "last year", "next year" at token `j`, resolved with the reference date;
    /// "that year", "the same year", "the following year" with the previous mention.
    fn relative_year_at(&self, j: usize) -> Option<(i32, usize)> {
        // "Sept. 1 of that year".
        let j = if self.kw(j, Kw::Of) && matches!(self.kw_at(j + 1), Some(Kw::That | Kw::The)) {
            j + 1
        } else {
            j
        };
        if let Some(prev) = self.prev {
            let (k, shift) = match self.kw_at(j) {
                Some(Kw::That) => (j + 1, 0),
                Some(Kw::The) => match self.kw_at(j + 1) {
                    Some(Kw::Same) => (j + 2, 0),
                    Some(Kw::Following | Kw::Next) => (j + 2, 1),
                    Some(Kw::Previous) => (j + 2, -1),
                    _ => (j, i32::MAX),
                },
                _ => (j, i32::MAX),
            };
            if shift != i32::MAX && self.lex(k) == Lex::Unit(Unit::Year) {
                // ("had been held since 2022, including those who surrendered on May 20 of that
                // year": the aside just told.)
                let year = match self.aside_year {
                    Some((y, end)) if end > self.prev_end => y,
                    _ => prev.year(),
                };
                return Some((year + shift, k + 1));
            }
        }
        let r = self.reference.filter(|_| self.year_known)?;
        if self.lex(j + 1) != Lex::Unit(Unit::Year) {
            return None;
        }
        let shift = match self.kw_at(j)? {
            Kw::This => 0,
            Kw::Last => -1,
            Kw::Next => 1,
            _ => return None,
        };
        Some((r.year() + shift, j + 2))
    }

    /// "July 18, 2025", "Jun 19", "Feb. 24, 2022", "December 2024", "July 3-9, 2024", "April".
    fn month_led(&self, i: usize) -> Option<Found> {
        // "a Long March 5 rocket": a rocket's name.
        if i >= 1 && self.word_is(i - 1, "Long") && self.lex(i) == Lex::Month(3) {
            return None;
        }
        let (month, j, weak) = self.month_at(i)?;
        // "Nov-22", "Dec-24", "Sep-2024": a month of a year in tables and charts.
        // ("MAR-2025" in capitals is a code.)
        if j == i + 1
            && self.tok(i).is_some_and(|t| {
                t.capitalized && self.text.as_bytes()[t.start + 1].is_ascii_lowercase()
            })
            && self.is_dash(j)
            && self.attached(j)
            && self.attached(j + 1)
            && let Some((y, d @ (2 | 4))) = self.plain_number(j + 1)
            && self.tok(j + 2).is_none_or(|t| {
                !self.attached(j + 2) || t.kind == Kind::Punct && !self.is_dash(j + 2)
            })
        {
            let year = if d == 2 { 2000 + y as i32 } else { y as i32 };
            return Some(self.date_point(i, j + 2, Point::Month(year, month), Anchor::Explicit));
        }
        // "soldiers march 20 miles": the verb and a count.
        const COUNTED: &[&str] = &[
            "miles",
            "mile",
            "km",
            "kilometers",
            "kilometres",
            "meters",
            "metres",
            "yards",
            "feet",
            "laps",
            "times",
            "people",
            "steps",
            "hours",
            "minutes",
            "days",
        ];
        let verb_and_count = !self.tok(i).is_some_and(|t| t.capitalized)
            && self
                .day_at(j)
                .is_some_and(|(_, k)| COUNTED.iter().any(|w| self.word_is(k, w)));
        if verb_and_count {
            return None;
        }
        if let Some((day, k)) = self.day_at(j) {
            // A range of days: "July 3-9", "Aug. 15-16", "July 3 to 9".
            let mut end_day = None;
            let mut k2 = k;
            if (self.is_dash(k) && self.attached(k + 1)
                || self.kw(k, Kw::To)
                || self.kw(k, Kw::Through))
                && let Some((d2, after)) = self.day_at(k + 1)
                && d2 > day
            {
                end_day = Some(d2);
                k2 = after;
            }
            if let Some((year, next)) = self.trailing_year(k2) {
                let date = NaiveDate::from_ymd_opt(year, month, day)?;
                let mut f = self.date_point(i, next, Point::Day(date), Anchor::Explicit);
                if let Some(d2) = end_day {
                    f.range_end = NaiveDate::from_ymd_opt(year, month, d2).map(format_day);
                }
                return Some(self.attach_time(f));
            }
            let mut f = self.yearless_day(i, k2, month, day)?;
            if let (Some(d2), Some(Point::Day(d))) = (end_day, f.point) {
                f.range_end = NaiveDate::from_ymd_opt(d.year(), month, d2).map(format_day);
            } else if let Some(d2) = end_day {
                f.range_end = Some(format!("XXXX-{month:02}-{d2:02}"));
            }
            return Some(self.attach_time(f));
        }
        // "December 2024", "June, 2025", "November of 2020".
        let k = if self.punct(j, b',') || self.kw(j, Kw::Of) {
            j + 1
        } else {
            j
        };
        if let Some((year, next)) = self.year_at(k).or_else(|| self.short_year_at(k)) {
            if weak && !self.tok(i).is_some_and(|t| t.capitalized) {
                return None;
            }
            let mut f = self.date_point(i, next, Point::Month(year, month), Anchor::Explicit);
            // ("the October 1987 crash": the article is the noun's.)
            if self
                .tok(next)
                .is_some_and(|t| t.kind == Kind::Word && !t.capitalized && t.lex == Lex::None)
            {
                f.takes_the = false;
            }
            return Some(f);
        }
        // "the Nika riots of January 532", in a settled history: a three-digit year.
        if self.settled_history
            && self.tok(i).is_some_and(|t| t.capitalized)
            && let Some((n, 3)) = self.plain_number(k)
            && n >= 100
            && !self.count_noun_after(k + 1)
        {
            let point = Point::Month(n as i32, month);
            return Some(self.date_point(i, k + 1, point, Anchor::Explicit));
        }
        // "the June quarter", "the July-September quarter", "the June and September quarters":
        // a quarter named by its last month (or by its months).
        if let Some(f) = self.month_quarter(i, month, j) {
            return Some(f);
        }
        // "January 49 BC", "March of 45 BC".
        if let Some(era) = self.era_year(k)
            && let Some(Point::Year(year)) = era.point
        {
            return Some(self.date_point(
                i,
                era.end_tok,
                Point::Month(year, month),
                Anchor::Explicit,
            ));
        }
        // "in March and April 1959", "from May to July 1848": the year named after the second
        // month holds for the first.
        if (self.kw(j, Kw::And)
            || self.kw(j, Kw::Or)
            || self.kw(j, Kw::To)
            || self.kw(j, Kw::Through)
            || self.is_dash(j))
            && let Some((_, j2, _)) = self.month_at(j + 1)
        {
            let k2 = if self.punct(j2, b',') || self.kw(j2, Kw::Of) {
                j2 + 1
            } else {
                j2
            };
            if let Some((year, _)) = self.year_at(k2) {
                let end = if matches!(self.lex(i), Lex::Month(_)) {
                    i + 1
                } else {
                    j
                };
                return Some(self.date_point(i, end, Point::Month(year, month), Anchor::Explicit));
            }
        }
        // "the Ides of March in 44 BC".
        if self.kw(j, Kw::In)
            && let Some(era) = self.era_year(j + 1)
            && let Some(Point::Year(year)) = era.point
        {
            let mut f =
                self.date_point(i, era.end_tok, Point::Month(year, month), Anchor::Explicit);
            f.takes_the = false;
            return Some(f);
        }
        if (!weak || self.tok(i).is_some_and(|t| t.capitalized))
            && let Some((year, next)) = self.relative_year_at(k)
        {
            // "June of that year" is the story's year; "June of this year" the article's.
            let anaphoric = matches!(self.kw_at(k), Some(Kw::That | Kw::The))
                || self.kw(k, Kw::Of) && matches!(self.kw_at(k + 1), Some(Kw::That | Kw::The));
            let anchor = if anaphoric {
                Anchor::PreviousMention
            } else {
                Anchor::ReferenceDate
            };
            return Some(self.date_point(i, next, Point::Month(year, month), anchor));
        }
        // "June Carter recorded", "correspondent April Ryan": a first name, unless a preposition
        // or modifier before it makes a month of it ("In June Congress passed the bill").
        let surname_after = self.tok(j).is_some_and(|t| {
            t.kind == Kind::Word && t.capitalized && t.lex == Lex::None && t.space_before
        });
        let date_word_before = i >= 1
            && self.kw_at(i - 1).is_some_and(|kw| {
                opens_date(kw)
                    || matches!(
                        kw,
                        Kw::Early
                            | Kw::Late
                            | Kw::Mid
                            | Kw::Last
                            | Kw::Next
                            | Kw::This
                            | Kw::To
                            | Kw::And
                            | Kw::Or
                            | Kw::Than
                            | Kw::The
                    )
            });
        if surname_after && !date_word_before && matches!(self.lex(i), Lex::Month(_)) {
            return None;
        }
        // A month on its own.
        if weak {
            let t = self.tok(i)?;
            let abbr_ok = matches!(t.lex, Lex::MonthAbbr(_)) && t.capitalized && j == i + 2;
            let named_ok = matches!(t.lex, Lex::Month(3 | 5))
                && t.capitalized
                && (self.month_context(i) || self.month_as_modifier(i));
            if !abbr_ok && !named_ok {
                return None;
            }
            if abbr_ok && !self.month_context(i) {
                return None;
            }
        }
        let end = if matches!(self.lex(i), Lex::Month(_)) {
            i + 1
        } else {
            j
        };
        let mut f = self.yearless_month(i, end, month)?;
        f.takes_the = false;
        Some(f)
    }

    /// "the June quarter" (month `month` at `i`, its name ending before `j`): the quarter
    /// holding that month, the year as for the month alone.
    fn month_quarter(&self, i: usize, month: u32, j: usize) -> Option<Found> {
        let (quarter_month, end) = match self.lex(j) {
            Lex::Unit(Unit::Quarter) | Lex::Units(Unit::Quarter) => (month, j + 1),
            // "the July-September quarter": one quarter, named by its months.
            _ if self.is_dash(j) => {
                let (m2, j2, _) = self.month_at(j + 1)?;
                if self.lex(j2) != Lex::Unit(Unit::Quarter) {
                    return None;
                }
                (m2, j2 + 1)
            }
            // "the June and September quarters": the first of two.
            _ if self.kw(j, Kw::And) || self.kw(j, Kw::Or) => {
                let (_, j2, _) = self.month_at(j + 1)?;
                if self.lex(j2) != Lex::Units(Unit::Quarter) {
                    return None;
                }
                (month, j)
            }
            _ => return None,
        };
        let name_end = if matches!(self.lex(i), Lex::Month(_)) {
            i + 1
        } else {
            j
        };
        let f = self.yearless_month(i, name_end, quarter_month)?;
        let Some(Point::Month(year, m)) = f.point else {
            return None;
        };
        let mut q = self.date_point(i, end, Point::Quarter(year, (m - 1) / 3 + 1), f.anchor);
        q.takes_the = true;
        Some(q)
    }

    /// "the March accession", "the May deadline": "the", the month, then a lower-case noun (not a
    /// preposition or verb: "the March on Washington").
    fn month_as_modifier(&self, i: usize) -> bool {
        // "its May projection", "a March estimate", "after a May gain": a month's figure.
        const FIGURES: &[&str] = &[
            "forecast",
            "estimate",
            "projection",
            "reading",
            "gain",
            "decline",
            "drop",
            "rise",
            "figure",
            "report",
            "survey",
            "payrolls",
            "sales",
            "data",
        ];
        let owner_before = i >= 1
            && (self.kw(i - 1, Kw::A)
                || ["its", "their", "his", "her", "our"]
                    .iter()
                    .any(|w| self.word_is(i - 1, w)))
            && FIGURES.iter().any(|w| self.word_is(i + 1, w));
        owner_before
            || self.kw(i.wrapping_sub(1), Kw::The)
                && self
                    .tok(i + 1)
                    .is_some_and(|t| t.kind == Kind::Word && !t.capitalized && t.lex == Lex::None)
                && ![
                    "on",
                    "of",
                    "to",
                    "for",
                    "in",
                    "at",
                    "by",
                    "from",
                    "and",
                    "or",
                    "was",
                    "is",
                    "were",
                    "are",
                    "has",
                    "had",
                    "will",
                    "would",
                    "said",
                    "says",
                    "government",
                    "cabinet",
                    "administration",
                ]
                .iter()
                .any(|w| self.word_is(i + 1, w))
    }

    /// A preposition or modifier before token `i` that makes a lone "May" or "Dec." a month.
    fn month_context(&self, i: usize) -> bool {
        // "mid-March", "late-March", "end-May".
        if i > 1
            && self.is_dash(i - 1)
            && self.attached(i)
            && matches!(
                self.kw_at(i - 2),
                Some(Kw::Mid | Kw::Early | Kw::Late | Kw::End)
            )
        {
            return true;
        }
        // "March retail sales fell", "May payrolls rose": a month naming a data period.
        const DATA_NOUNS: &[&str] = &[
            "sales",
            "retail",
            "data",
            "figures",
            "payrolls",
            "jobs",
            "exports",
            "imports",
            "output",
            "production",
            "prices",
            "inflation",
            "report",
            "survey",
            "reading",
            "numbers",
            "results",
            "revenue",
            "unemployment",
            "spending",
            "orders",
            "housing",
            "consumer",
            "producer",
            "factory",
            "industrial",
            "trade",
            "deliveries",
            "issue",
            "edition",
            "meeting",
            "election",
            "elections",
            "deadline",
            "figure",
            "rainfall",
            "temperatures",
        ];
        if DATA_NOUNS.iter().any(|w| self.word_is(i + 1, w))
            && self.tok(i + 1).is_some_and(|t| !t.capitalized)
        {
            return true;
        }
        // "March was the wettest month" ("march" is no noun to be anything; "May was" is often
        // Theresa May).
        if self.lex(i) == Lex::Month(3)
            && (self.word_is(i + 1, "was") || self.word_is(i + 1, "were"))
            && !(i >= 1
                && self.tok(i - 1).is_some_and(|t| {
                    t.capitalized && !self.opens_sentence(i - 1) && t.kind == Kind::Word
                }))
        {
            return true;
        }
        // "in January or March".
        if i > 1 && self.kw(i - 1, Kw::Or) && self.month_at(i - 2).is_some() {
            return true;
        }
        // "The hearing is set for May", "was postponed until March".
        if self.verb_before_preposition(i, &["for"], PLANNING, 3)
            || self.verb_before_preposition(i, &["to", "till"], RESCHEDULING, 3)
        {
            return true;
        }
        i > 0
            && matches!(
                self.kw_at(i - 1),
                Some(
                    Kw::In
                        | Kw::Since
                        | Kw::Until
                        | Kw::By
                        | Kw::Of
                        | Kw::Early
                        | Kw::Late
                        | Kw::Mid
                        | Kw::Last
                        | Kw::Next
                        | Kw::This
                        | Kw::During
                        | Kw::From
                        | Kw::Through
                        | Kw::Before
                        | Kw::After
                        | Kw::Between
                        | Kw::To
                        | Kw::And
                )
            )
    }

    /// "24 February", "the 9th of November, 2020", "3 to 7 March 2025", "7 February 2024".
    fn day_led(&self, i: usize) -> Option<Found> {
        let (day, j) = self.day_at(i)?;
        self.day_then_month(i, day, j)
    }

    /// A day number at token `i` (ending before `j`) followed by its month: "9 November",
    /// "the 9th of November, 2020", "3 to 7 March", "the fourth of March".
    fn day_then_month(&self, i: usize, day: u32, mut j: usize) -> Option<Found> {
        // "5 and 6 May", "12, 13 and 14 June": a day listed before the one that names the month
        // takes its month and year.
        if self.kw(j, Kw::And) || self.word_is(j, "or") || self.punct(j, b',') {
            let mut k = j;
            for _ in 0..6 {
                k += 1;
                if self.kw(k, Kw::And) || self.word_is(k, "or") {
                    k += 1;
                }
                let Some((d, after)) = self.day_at(k) else {
                    break;
                };
                if self.month_at(after).is_some() {
                    let last = self
                        .nested(|| self.day_then_month(k, d, after))
                        .filter(|f| f.start_tok == k)?;
                    let Some(Point::Day(last_day)) = last.point else {
                        return None;
                    };
                    let date = NaiveDate::from_ymd_opt(last_day.year(), last_day.month(), day)?;
                    let mut f = self.date_point(i, j, Point::Day(date), last.anchor);
                    f.takes_the = false;
                    return Some(f);
                }
                if !(self.kw(after, Kw::And)
                    || self.word_is(after, "or")
                    || self.punct(after, b','))
                {
                    break;
                }
                k = after;
            }
        }
        let mut end_day = None;
        if (self.is_dash(j) && self.attached(j + 1)
            || self.kw(j, Kw::To)
            || self.kw(j, Kw::And) && self.kw(i.wrapping_sub(1), Kw::Between))
            && let Some((d2, after)) = self.day_at(j + 1)
            && d2 > day
            && self.month_at(after).is_some()
        {
            end_day = Some(d2);
            j = after;
        }
        if self.kw(j, Kw::Of) {
            j += 1;
        }
        let (month, k, _) = self.month_at(j)?;
        let last = end_day.unwrap_or(day);
        if let Some((year, next)) = self.trailing_year(k) {
            let date = NaiveDate::from_ymd_opt(year, month, day)?;
            let mut f = self.date_point(i, next, Point::Day(date), Anchor::Explicit);
            if end_day.is_some() {
                f.range_end = NaiveDate::from_ymd_opt(year, month, last).map(format_day);
            }
            return Some(self.attach_time(f));
        }
        let mut f = self.yearless_day(i, k, month, day)?;
        if end_day.is_some() {
            f.range_end = match f.point {
                Some(Point::Day(d)) => {
                    NaiveDate::from_ymd_opt(d.year(), month, last).map(format_day)
                }
                _ => Some(format!("XXXX-{month:02}-{last:02}")),
            };
        }
        Some(self.attach_time(f))
    }

    /// "2025-03-04", "2025-03-04T10:00", "20.07.2025", "03/11/2025", "2025/03/04".
    fn numeric_date(&self, i: usize) -> Option<Found> {
        let (a, ad) = self.plain_number_loose(i)?;
        let sep_ok = |k: usize, c: u8| self.punct(k, c) && self.attached(k) && self.attached(k + 1);
        for sep in [b'-', b'/', b'.'] {
            if !sep_ok(i + 1, sep) || !sep_ok(i + 3, sep) {
                continue;
            }
            let (b, bd) = self.number(i + 2)?;
            let (c, cd) = self.number(i + 4)?;
            if bd > 2 {
                return None;
            }
            // Not a longer dotted/dashed chain (IP addresses, phone numbers).
            let continues = self.attached(i + 5)
                && self
                    .tok(i + 5)
                    .is_some_and(|t| t.kind != Kind::Word && !t.is_punct(b','));
            let closes = self.punct(i + 5, b')')
                || self.punct(i + 5, b']')
                || self.punct(i + 5, b';')
                || self.punct(i + 5, b'"')
                || ((self.punct(i + 5, b'.') || self.punct(i + 5, b':')) && !self.attached(i + 6));
            if continues && !closes {
                return None;
            }
            if i > 0 && !self.toks[i].space_before {
                let prev = &self.toks[i - 1];
                if prev.kind == Kind::Number || prev.is_punct(sep) || prev.kind == Kind::Word {
                    return None;
                }
            }
            let date = match (sep, ad, cd) {
                (_, 4, 1..=2) if sep != b'.' => NaiveDate::from_ymd_opt(a as i32, b, c)?,
                // "2024.11.05", padded both ways ("PyCharm 2023.2.1", "version 2024.10.02" are
                // versions).
                (b'.', 4, 2)
                    if bd == 2
                        && !(i >= 1
                            && self.tok(i - 1).is_some_and(|t| {
                                t.kind == Kind::Word
                                    && (t.capitalized
                                        || ["version", "v", "release", "build"]
                                            .iter()
                                            .any(|w| self.word_is(i - 1, w)))
                            })) =>
                {
                    NaiveDate::from_ymd_opt(a as i32, b, c)?
                }
                (b'.', 1..=2, 4) => NaiveDate::from_ymd_opt(c as i32, b, a)?,
                (b'/' | b'-', 1..=2, 4) => {
                    if a > 12 {
                        NaiveDate::from_ymd_opt(c as i32, b, a)?
                    } else {
                        NaiveDate::from_ymd_opt(c as i32, a, b)?
                    }
                }
                (b'/', 1..=2, 2) => {
                    let year = if c < 50 { 2000 + c } else { 1900 + c } as i32;
                    if a > 12 {
                        NaiveDate::from_ymd_opt(year, b, a)?
                    } else {
                        NaiveDate::from_ymd_opt(year, a, b)?
                    }
                }
                _ => return None,
            };
            let mut f = self.date_point(i, i + 5, Point::Day(date), Anchor::Explicit);
            f.takes_the = false;
            // ISO date-time: "2025-03-04T10:00".
            if sep == b'-'
                && self.word_is(i + 5, "T")
                && self.attached(i + 5)
                && self.attached(i + 6)
            {
                let (h, hd) = self.number(i + 6)?;
                if hd == 2 && h < 24 && self.punct(i + 7, b':') && self.attached(i + 7) {
                    let (m, md) = self.number(i + 8)?;
                    if md == 2 && m < 60 {
                        let mut end = i + 9;
                        if self.punct(end, b':')
                            && self.attached(end)
                            && self.number(end + 1).is_some()
                        {
                            end += 2;
                        }
                        if self.word_is(end, "Z") && self.attached(end) {
                            end += 1;
                        }
                        f.ty = TimexType::Time;
                        f.value = format!("{}T{h:02}:{m:02}", format_day(date));
                        f.end_tok = end;
                    }
                }
                return Some(f);
            }
            return Some(self.attach_time(f));
        }
        self.numeric_day_month(i, a, ad)
    }

    /// "on 12/15", "from 30/12 to 03/01", "Deadline: 14/08": a day and month with no year, read
    /// month first unless the first number exceeds 12, only after a word that opens a date or a
    /// label's colon ("24/7", "3/4 of the days" and "a 1/2 cup" stay numbers).
    fn numeric_day_month(&self, i: usize, a: u32, ad: u8) -> Option<Found> {
        const OPENERS: &[&str] = &[
            "on", "from", "to", "until", "till", "til", "by", "due", "before", "after", "since",
            "dated", "through", "thru",
        ];
        if !((1..=2).contains(&ad)
            && self.punct(i + 1, b'/')
            && self.attached(i + 1)
            && self.attached(i + 2))
        {
            return None;
        }
        let (b, 1..=2) = self.number(i + 2)? else {
            return None;
        };
        // Not part of a longer chain ("1/2/3", "12/15/2024" is read above) nor "24/7".
        let chained = self.attached(i + 3)
            && self.tok(i + 3).is_some_and(|t| {
                t.kind == Kind::Number
                    || t.is_punct(b'/')
                    || t.is_punct(b'.') && self.attached(i + 4)
            });
        let opened =
            i >= 1 && (OPENERS.iter().any(|w| self.word_is(i - 1, w)) || self.punct(i - 1, b':'));
        // ("On 3/4 of the days", "fell by 1/2": fractions; "after 9/11" names the attacks.)
        let fraction = a < b && [2, 3, 4, 8].contains(&b);
        let by_change = i >= 1 && self.word_is(i - 1, "by") && a <= 12 && b <= 12;
        if chained
            || a == 24 && b == 7
            || a == 9 && b == 11
            || !opened
            || fraction
            || by_change
            || self.kw(i + 3, Kw::Of)
        {
            return None;
        }
        // A day-first date close before ("from 30/12 to 03/01") makes the text day-first.
        const LOOK_BACK_TOKENS: usize = 40;
        let day_first = a > 12
            || (i.saturating_sub(LOOK_BACK_TOKENS)..i).any(|k| {
                self.punct(k + 1, b'/')
                    && self.attached(k + 1)
                    && self.attached(k + 2)
                    && matches!(self.number(k), Some((d, 1..=2)) if d > 12 && d <= 31)
                    && matches!(self.number(k + 2), Some((m, 1..=2)) if (1..=12).contains(&m))
            });
        let (month, day) = if day_first && b <= 12 { (b, a) } else { (a, b) };
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let mut f = self.yearless_day(i, i + 3, month, day)?;
        f.takes_the = false;
        Some(self.attach_time(f))
    }

    /// Like `plain_number` but allowing a preceding word attached ("on2025-01-01" stays out anyway).
    fn plain_number_loose(&self, i: usize) -> Option<(u32, u8)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Number {
            return None;
        }
        if i > 0
            && !t.space_before
            && self.toks[i - 1].kind == Kind::Punct
            && matches!(self.toks[i - 1].num as u8, b'$' | b'+' | b'#')
        {
            return None;
        }
        if self.kw(i.wrapping_sub(1), Kw::Blocker) {
            return None;
        }
        Some((t.num, t.digits))
    }

    /// "Tuesday", "Sunday, 7 February 2024", "Friday morning", "Wed., July 9".
    fn weekday_led(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        let (wd, abbr) = match t.lex {
            Lex::Weekday(d) => (d, false),
            Lex::WeekdayAbbr(d) => (d, true),
            _ => return None,
        };
        let mut j = i + 1;
        if abbr && self.punct(j, b'.') && self.attached(j) {
            j += 1;
        }
        // "The wedding is on 12 May, and the rehearsal is the Friday before": that weekday
        // before (or after) the day just named.
        if i >= 1
            && self.kw(i - 1, Kw::The)
            && (self.kw(j, Kw::Before) || self.kw(j, Kw::After))
            && self.clause_ends_at(j + 1)
            && let Some(d) = match self.prev {
                Some(Point::Day(d)) => Some(d),
                // ("Bonfire Night falls on a Monday this year, so displays are held the
                // Saturday before": the day named earlier in the sentence.)
                _ => self
                    .prev_day
                    .filter(|&(_, end)| self.ended_in_sentence(end, i))
                    .map(|(d, _)| d),
            }
        {
            let day = nearest_weekday(d, weekday(wd), self.kw(j, Kw::After), true)?;
            return Some(self.date_point(i, j + 1, Point::Day(day), Anchor::PreviousMention));
        }
        let k = if self.punct(j, b',') { j + 1 } else { j };
        if let Some(mut f) = self
            .month_led(k)
            .or_else(|| self.day_led(k))
            .or_else(|| self.numeric_date(k))
            // "Tuesday the 4th of March, 1851".
            .or_else(|| {
                self.with_prefix(k)
                    .filter(|f| self.kw(k, Kw::The) && f.start_tok == k)
            })
            && let Some(Point::Day(day)) = f.point
        {
            f.start_tok = i;
            // "Sunday, June 2" without a year: the year next to the one guessed when only
            // there June 2 is a Sunday. (A story's year is checked too from 1900 on: "In 1928 it
            // rose. … on Thursday 24 October" is 1929; older histories may keep the Julian
            // calendar.)
            if (f.anchor == Anchor::ReferenceDate
                || f.anchor == Anchor::PreviousMention && day.year() >= 1900)
                && f.value == format_day(day)
                && day.weekday() != weekday(wd)
                && let Some(fit) = [-1, 1].iter().find_map(|&shift| {
                    NaiveDate::from_ymd_opt(day.year() + shift, day.month(), day.day())
                        .filter(|d| d.weekday() == weekday(wd))
                })
            {
                f.point = Some(Point::Day(fit));
                f.value = format_day(fit);
            }
            return Some(f);
        }
        if let Some(f) = self.weekday_the_nth(i, k, wd) {
            return Some(f);
        }
        if abbr || !t.capitalized {
            return None;
        }
        // "Black Friday", "Bloody Sunday", "the Good Friday Agreement": names, not this week's
        // days (the holidays among them are matched from their first word).
        const NAMING: &[&str] = &[
            "Good", "Black", "Bloody", "Super", "Cyber", "Holy", "Maundy", "Ash", "Palm", "Easter",
            "Whit", "Shrove", "Ruby", "Girl", "Man", "Manic",
        ];
        if i >= 1 && self.word_in(i - 1, NAMING) {
            return None;
        }
        // "a Labrador named Sunday", "a dog called Friday": a name ("was named Monday as chief",
        // "officials called Friday for calm", "a spokesman called Monday to say" tell when).
        if i >= 3
            && self.tok(i + 1).is_none_or(|t| {
                t.kind == Kind::Punct
                    || ["who", "which", "that", "is", "was", "has"]
                        .iter()
                        .any(|w| self.word_is(i + 1, w))
            })
            && ["named", "called", "nicknamed", "dubbed"]
                .iter()
                .any(|w| self.word_is(i - 1, w))
            && (2..=4).any(|back| {
                i > back
                    && matches!(self.toks[i - 1 - back].lex, Lex::Kw(Kw::A | Kw::An))
                    && (i - back..i - 1).all(|k| {
                        self.tok(k)
                            .is_some_and(|t| t.kind == Kind::Word && t.lex == Lex::None)
                    })
            })
        {
            return None;
        }
        // "Tuesday nights", "Monday and Thursday mornings": every such night, a set.
        let plural_part = |k: usize| {
            ["mornings", "afternoons", "evenings", "nights"]
                .iter()
                .position(|w| self.word_is(k, w))
        };
        let joined_part = if self.kw(i + 1, Kw::And) || self.kw(i + 1, Kw::Or) {
            matches!(self.lex(i + 2), Lex::Weekday(_))
                .then(|| plural_part(i + 3))
                .flatten()
        } else {
            None
        };
        if let Some((p, end)) = plural_part(i + 1)
            .map(|p| (p, i + 2))
            .or(joined_part.map(|p| (p, i + 1)))
        {
            let code = day_part_code(p as u8 + 1);
            return Some(self.found(
                i,
                end,
                TimexType::Set,
                format!("XXXX-WXX-{wd}T{code}"),
                Anchor::Explicit,
            ));
        }
        // "It started on a Friday", "bins are collected on a Monday": some Friday, no date ("a
        // Sunday Times journalist" is checked below).
        // ("a Sunday night memorial service" is a service: the article is the noun's.)
        const ENDS_PHRASE: &[&str] = &[
            "and", "or", "but", "in", "at", "when", "before", "after", "of", "with", "to", "this",
            "next", "last",
        ];
        let ends_phrase = self.tok(i + 1).is_none_or(|t| {
            t.kind == Kind::Punct || ENDS_PHRASE.iter().any(|w| self.word_is(i + 1, w))
        });
        // ("a rainy Saturday in April", "one Sunday": some such day too.)
        let some_day = i >= 1 && (self.kw(i - 1, Kw::A) || self.word_is(i - 1, "one"))
            || i >= 2
                && self.kw(i - 2, Kw::A)
                && self
                    .tok(i - 1)
                    .is_some_and(|t| t.kind == Kind::Word && !t.capitalized && t.lex == Lex::None);
        if some_day && ends_phrase {
            let mut f = self.found(
                i,
                i + 1,
                TimexType::Date,
                format!("XXXX-WXX-{wd}"),
                Anchor::Explicit,
            );
            f.takes_the = false;
            return Some(f);
        }
        // "the Sunday Times", "Monday Night Football", "the Saturday Evening Post".
        const TITLES: &[&str] = &[
            "Times",
            "Telegraph",
            "Post",
            "Express",
            "Mirror",
            "Herald",
            "Tribune",
            "Journal",
            "Independent",
            "Football",
            "Club",
            "School",
            "League",
        ];
        // "a Sunday service", "the Sunday papers", "our Sunday roast": a kind of thing, no day
        // ("the Sunday before", "a Sunday night memorial service" are days).
        const KINDS: &[&str] = &[
            "service",
            "services",
            "timetable",
            "timetables",
            "paper",
            "papers",
            "newspaper",
            "newspapers",
            "roast",
            "roasts",
            "league",
            "best",
            "supplement",
            "supplements",
        ];
        let kind_of_thing = i >= 1
            && (matches!(self.toks[i - 1].lex, Lex::Kw(Kw::A | Kw::An | Kw::The))
                || ["our", "their", "his", "her", "my", "your", "its"]
                    .iter()
                    .any(|d| self.word_is(i - 1, d)))
            && self.word_in(i + 1, KINDS);
        let titled_day_part = matches!(self.lex(i + 1), Lex::DayPart(_))
            && self.tok(i + 1).is_some_and(|t| t.capitalized)
            && self
                .tok(i + 2)
                .is_some_and(|t| t.capitalized && t.kind == Kind::Word);
        if titled_day_part
            || kind_of_thing
            || self.word_in(i + 1, TITLES)
            || self.word_is(i + 1, "school")
        {
            return None;
        }
        // "on Wednesday next week", "Friday last week", "Monday this week": that day of that
        // week.
        if let Some(rel @ (Kw::Next | Kw::Last | Kw::This)) = self.kw_at(i + 1)
            && self.lex(i + 2) == Lex::Unit(Unit::Week)
            && let Some(r) = self.reference
        {
            let shift = match rel {
                Kw::Next => 7,
                Kw::Last => -7,
                _ => 0,
            };
            let monday = add_days(r, shift - i64::from(r.weekday().num_days_from_monday()))?;
            let day = add_days(monday, i64::from(wd) - 1)?;
            let f = self.date_point(i, i + 3, Point::Day(day), Anchor::ReferenceDate);
            return Some(f);
        }
        // "on Tuesday week" (British): a week after the coming Tuesday.
        if self.word_is(i + 1, "week")
            && self.tok(i + 1).is_some_and(|t| !t.capitalized)
            && self.tok(i + 2).is_none_or(|t| {
                t.kind == Kind::Punct || matches!(t.lex, Lex::Kw(Kw::At | Kw::In | Kw::And))
            })
            && let Some(r) = self.reference
        {
            let day = add_days(nearest_weekday(r, weekday(wd), true, false)?, 7)?;
            return Some(self.date_point(i, i + 2, Point::Day(day), Anchor::ReferenceDate));
        }
        let day = self.weekday_date(i, i + 1, wd, None);
        self.weekday_finish(i, i + 1, day)
    }

    /// The date a weekday names: by tense, or after "last"/"next"/"this".
    fn weekday_date(
        &self,
        start: usize,
        end: usize,
        wd: u8,
        relation: Option<Kw>,
    ) -> Option<NaiveDate> {
        let r = self.reference?;
        let w = weekday(wd);
        let range_word = |k: usize| {
            self.kw(k, Kw::To)
                || self.kw(k, Kw::Through)
                || self.kw(k, Kw::Until)
                || self.is_dash(k)
        };
        if relation.is_some() {
            return self.weekday_in_context(start, end, w, relation);
        }
        // "from Monday to Thursday" told in the past: Monday is the one before that Thursday.
        if range_word(end)
            && let Lex::Weekday(last) = self.lex(end + 1)
            && self.tense(start, end + 2) != Tense::Future
        {
            let last_day = nearest_weekday(r, weekday(last), false, false)?;
            return nearest_weekday(last_day, w, false, true);
        }
        let day = self.weekday_in_context(start, end, w, None)?;
        // "from Sept. 14 to Thursday": a range's end is not before its start.
        match self.prev {
            Some(Point::Day(first))
                if start >= 2
                    && range_word(start - 1)
                    && self.toks[start - 2].end == self.prev_end
                    && day < first =>
            {
                nearest_weekday(first, w, true, true)
            }
            _ => Some(day),
        }
    }

    /// The date a weekday names from its relation word, its clause's tense or a deadline.
    fn weekday_in_context(
        &self,
        start: usize,
        end: usize,
        w: chrono::Weekday,
        relation: Option<Kw>,
    ) -> Option<NaiveDate> {
        let r = self.reference?;
        // "the previous Friday", "the following Monday": from the day just named.
        let prev_day = match self.prev {
            Some(Point::Day(d)) if self.kw(start.wrapping_sub(1), Kw::The) => Some(d),
            _ => None,
        };
        match relation {
            Some(Kw::Previous) if prev_day.is_some() => nearest_weekday(prev_day?, w, false, true),
            Some(Kw::Following) => nearest_weekday(prev_day.unwrap_or(r), w, true, true),
            Some(Kw::Last) | Some(Kw::Previous) => nearest_weekday(r, w, false, true),
            Some(Kw::Next) | Some(Kw::Coming) => nearest_weekday(r, w, true, true),
            // "this Friday": the Friday of this week when it is still ahead; a day of the week
            // already gone is this week's in a past clause, else the coming one.
            Some(Kw::This) => {
                let ahead = w.num_days_from_monday() >= r.weekday().num_days_from_monday();
                if ahead || self.tense(start, end) != Tense::Past {
                    nearest_weekday(r, w, true, false)
                } else {
                    nearest_weekday(r, w, false, false)
                }
            }
            // In a history, a weekday after a day just named is the next such day after it ("On
            // Sunday, 8 October 1871, the fire began … early on Tuesday morning").
            _ if let Some(d) = self.narrative_day(start) => nearest_weekday(d, w, true, false),
            _ if let Some(d) = self.weekday_story_day(start, end) => {
                nearest_weekday(d, w, true, true)
            }
            _ if self.deadline_before(start) => nearest_weekday(r, w, true, false),
            // "Wednesday's ruling": a possessive weekday names something that has happened,
            // unless the clause says "will" outright ("Tuesday's vote will decide").
            _ if self.is_apostrophe(end)
                && self.word_is(end + 1, "s")
                && !self.clause_has(start, "will") =>
            {
                nearest_weekday(r, w, false, false)
            }
            _ => match self.tense(start, end) {
                Tense::Future => nearest_weekday(r, w, true, false),
                _ => nearest_weekday(r, w, false, false),
            },
        }
    }

    /// Whether the words before token `start` point forward from the time of writing: "until
    /// Tuesday", "effective Feb. 1", "as soon as Tuesday", "as early as Tuesday" (a past verb does
    /// not turn them back).
    fn deadline_before(&self, start: usize) -> bool {
        let mut i = start;
        if i >= 1 && (self.word_is(i - 1, "on") || self.word_is(i - 1, "in")) {
            i -= 1;
            // "Orders placed by midday on the 18th".
            if i >= 1
                && ["midday", "noon", "midnight"]
                    .iter()
                    .any(|w| self.word_is(i - 1, w))
            {
                i -= 1;
            }
        }
        let deadline = i >= 1
            && ["until", "till", "til", "by", "before", "effective"]
                .iter()
                .any(|w| self.word_is(i - 1, w))
            || i >= 3
                && self.word_is(i - 1, "as")
                && (self.word_is(i - 2, "soon") || self.word_is(i - 2, "early"))
                && self.word_is(i - 3, "as");
        // "had filed reports by Wednesday": the past perfect keeps it in the past; so does a
        // simple past before "by" ("crews restored power by Wednesday").
        // ("Talks went on until Thursday" is over; "was postponed until Thursday" is not.)
        // ("gave the family until Tuesday": a deadline given.)
        const HOLDING: &[&str] = &[
            "suspended",
            "halted",
            "closed",
            "banned",
            "barred",
            "frozen",
            "paused",
            "set",
            "scheduled",
            "gave",
            "given",
            "granted",
            "allowed",
        ];
        let rescheduled = (2..=6).any(|back| {
            i >= back
                && RESCHEDULING
                    .iter()
                    .chain(HOLDING)
                    .any(|w| self.word_is(i - back, w))
        });
        let by_after_past = i >= 1
            && (self.word_is(i - 1, "by")
                || self.word_is(i - 1, "before")
                || (self.word_is(i - 1, "until") || self.word_is(i - 1, "till")) && !rescheduled)
            && self.past_verb_just_before(i - 1)
            // ("Orders placed by midday on the 18th will arrive": a participle, the clause
            // looks ahead.)
            && !self.clause_has(start, "will");
        // "7% before Friday's purchases": what happened on Friday, not a deadline.
        let before_possessive =
            i >= 1 && self.word_is(i - 1, "before") && self.is_apostrophe(start + 1);
        deadline && !by_after_past && !before_possessive && !self.clause_has(start, "had")
    }

    /// Whether a simple past verb of something done stands right before the date at token
    /// `start`, or before an "on" that opens it: "the attack happened on 5 May", "was killed on
    /// June 2", "she died July 9" (not "is expected on", "was scheduled for", "will be signed
    /// on").
    fn event_verb_before(&self, start: usize) -> bool {
        let mut k = start;
        if k >= 1 && self.word_is(k - 1, "on") {
            k -= 1;
        }
        if k == 0 {
            return false;
        }
        let verb = k - 1;
        let past = self.kw(verb, Kw::PastVerb)
            || self.tok(verb).is_some_and(|t| t.lex == Lex::None) && self.ed_verb_at(verb);
        let helper_ahead = verb >= 1
            && [
                "to", "will", "would", "be", "is", "are", "has", "have", "been", "had", "being",
            ]
            .iter()
            .any(|w| self.word_is(verb - 1, w));
        past && !helper_ahead && !self.word_in(verb, PLANNING) && !self.word_in(verb, RESCHEDULING)
    }

    /// A simple past verb a few words before token `at`, in its clause and not behind an
    /// infinitive ("crews restored power by Wednesday", not "a program to pay down debt by
    /// February").
    fn past_verb_just_before(&self, at: usize) -> bool {
        const WINDOW: usize = 8;
        let mut k = at;
        for _ in 0..WINDOW {
            if k == 0 {
                return false;
            }
            k -= 1;
            let Some(t) = self.tok(k) else {
                return false;
            };
            if self.sentence_break(k)
                || self.punct(k, b',')
                || self.kw(k, Kw::Will)
                || self.kw(k, Kw::Would)
                || self.word_is(k, "to")
                || self.word_is(k, "had")
            {
                return false;
            }
            if self.kw(k, Kw::PastVerb) {
                return true;
            }
            // ("has been delayed", "is expected": a participle after "be" or "have".)
            let after_aux = k >= 1
                && ["be", "been", "being", "is", "are", "has", "have"]
                    .iter()
                    .any(|a| self.word_is(k - 1, a));
            if t.lex == Lex::None && self.ed_verb_at(k) && !after_aux {
                return true;
            }
        }
        false
    }

    /// A lower-case "-ed" word that reads as a verb: not after a determiner ("an unspecified
    /// date", "its planned launch").
    fn ed_verb_at(&self, k: usize) -> bool {
        let Some(t) = self.tok(k) else {
            return false;
        };
        let w = &self.text.as_bytes()[t.start..t.end];
        let determiner = k >= 1
            && (matches!(self.toks[k - 1].lex, Lex::Kw(Kw::The | Kw::A | Kw::An))
                || ["its", "their", "his", "her", "our", "still", "newly"]
                    .iter()
                    .any(|d| self.word_is(k - 1, d)));
        // "to publish updated figures": after an infinitive, an "-ed" word describes a noun.
        let after_infinitive = k >= 2
            && self.word_is(k - 2, "to")
            && !["be", "have", "get", "been"]
                .iter()
                .any(|w| self.word_is(k - 1, w));
        t.kind == Kind::Word
            && !t.capitalized
            && w.len() > 4
            && w.ends_with(b"ed")
            && !determiner
            && !after_infinitive
    }

    /// Whether token `i` is a present "is"/"are" that sets a state or plan at a day to come: "a
    /// backup window is available Friday", "the next attempt is now targeted for Thursday", "a
    /// warning is in force from Friday" ("is accused of killing him Friday", "is believed to have
    /// died Sunday" tell of the past). Only a copula a few words before the date counts.
    fn present_copula_ahead(&self, i: usize) -> bool {
        const PAST_PASSIVES: &[&str] = &[
            "accused",
            "charged",
            "suspected",
            "believed",
            "said",
            "reported",
            "thought",
            "alleged",
            "known",
            "feared",
            "understood",
            "estimated",
            "likely",
        ];
        (self.word_is(i, "is") || self.word_is(i, "are"))
            && !self.tok(i).is_some_and(|t| t.capitalized)
            && !(i + 1..i + 3).any(|k| PAST_PASSIVES.iter().any(|w| self.word_is(k, w)))
            && !(i + 1..i + 4).any(|k| self.word_is(k, "have") || self.word_is(k, "been"))
            // ("is continuing to try": a progressive says what is going on, not when.)
            && !self
                .tok(i + 1)
                .is_some_and(|t| self.text[t.start..t.end].ends_with("ing"))
    }

    /// A present progressive of a scheduled activity at token `i`: "is meeting", "are holding",
    /// "is visiting" ("are investigating a shooting on Sunday" tells of the past, so only these).
    fn planned_progressive(&self, i: usize) -> bool {
        const PLANNED: &[&str] = &[
            "meeting",
            "holding",
            "hosting",
            "visiting",
            "traveling",
            "travelling",
            "flying",
            "heading",
            "leaving",
            "returning",
            "arriving",
            "launching",
            "releasing",
            "unveiling",
            "announcing",
            "presenting",
            "performing",
            "playing",
            "facing",
            "opening",
            "starting",
            "speaking",
            "voting",
            "marrying",
            "retiring",
            "coming",
            "going",
        ];
        // (The "-ing" test first: this runs on every word of a clause read for its tense.)
        self.tok(i)
            .is_some_and(|t| self.text.as_bytes()[t.start..t.end].ends_with(b"ing"))
            && i >= 1
            && ["is", "are", "am"].iter().any(|w| self.word_is(i - 1, w))
            && PLANNED.iter().any(|w| self.word_is(i, w))
    }

    /// A present-tense verb of the kind that announces a scheduled event: "opens", "meets",
    /// "resume" ("talks resume Tuesday").
    fn scheduling_verb(&self, i: usize) -> bool {
        const VERBS: &[&str] = &[
            "begin",
            "begins",
            "start",
            "starts",
            "open",
            "opens",
            "close",
            "closes",
            "end",
            "ends",
            "expire",
            "expires",
            "resume",
            "resumes",
            "meet",
            "meets",
            "convene",
            "convenes",
            "arrive",
            "arrives",
            "leave",
            "leaves",
            "return",
            "returns",
            "travel",
            "travels",
            "visit",
            "visits",
            "vote",
            "votes",
            "rule",
            "rules",
            "host",
            "hosts",
            "face",
            "faces",
            "play",
            "plays",
            "launch",
            "launches",
            "kick",
            "kicks",
            "air",
            "airs",
            "debut",
            "debuts",
            "reopen",
            "reopens",
            "run",
            "runs",
            "expect",
            "expects",
            "anticipate",
            "anticipates",
            "predict",
            "predicts",
            "conclude",
            "concludes",
            "publish",
            "publishes",
            "hold",
            "holds",
            "premiere",
            "premieres",
            "fly",
            "flies",
            "comes",
            "depart",
            "departs",
            "retire",
            "retires",
            "hear",
            "hears",
            "reconvene",
            "reconvenes",
            "testify",
            "testifies",
            "speaks",
            "decides",
        ];
        // Words that are as often nouns ("the lands", "rule changes", "takes turns") are verbs
        // only after a subject: "the plane lands", "who turns 50", "Clocks change".
        const AMBIGUOUS: &[&str] = &[
            "stage",
            "stages",
            "strike",
            "strikes",
            "report",
            "reports",
            "debate",
            "debates",
            "release",
            "releases",
            "announce",
            "announces",
            "sail",
            "sails",
            "finish",
            "finishes",
            "land",
            "lands",
            "change",
            "changes",
            "turn",
            "turns",
            "campaign",
            "campaigns",
            "sit",
            "sits",
        ];
        let Some(t) = self.tok(i) else {
            return false;
        };
        let after_subject = || {
            i >= 1
                && self.tok(i - 1).is_some_and(|p| {
                    p.kind == Kind::Word
                        && (p.capitalized
                            || [
                                "he", "she", "it", "they", "we", "you", "who", "which", "that",
                            ]
                            .iter()
                            .any(|w| self.word_is(i - 1, w))
                            || i >= 2
                                && (matches!(self.toks[i - 2].lex, Lex::Kw(Kw::The | Kw::A | Kw::An))
                                    || ["its", "his", "her", "their", "our", "this"]
                                        .iter()
                                        .any(|d| self.word_is(i - 2, d))))
                })
                // ("it turns out", "turns to face": no date of its own.)
                && !["out", "to"].iter().any(|w| self.word_is(i + 1, w))
        };
        // ("Drivers walk out on Thursday".)
        let walk_out = || {
            (self.word_is(i, "walk") || self.word_is(i, "walks"))
                && self.word_is(i + 1, "out")
                && i >= 1
                && self
                    .tok(i - 1)
                    .is_some_and(|p| p.kind == Kind::Word && p.capitalized)
        };
        let ambiguous =
            || AMBIGUOUS.iter().any(|v| self.word_is(i, v)) && after_subject() || walk_out();
        // "the law takes effect on January 1", "tickets go on sale Friday", "voters go to the
        // polls on Sunday".
        let takes_effect = || {
            (self.word_is(i, "take") || self.word_is(i, "takes"))
                && (self.word_is(i + 1, "effect") || self.word_is(i + 1, "place"))
                // "Clocks go back one hour on Sunday" ("goes back to 1850" tells of the past).
                || (self.word_is(i, "go") || self.word_is(i, "goes"))
                    && self.word_is(i + 1, "back")
                    && !["to", "as", "in"].iter().any(|w| self.word_is(i + 2, w))
                // "the solstice falls on Monday"
                || (self.word_is(i, "falls") || self.word_is(i, "fall")) && self.word_is(i + 1, "on")
                || (self.word_is(i, "go") || self.word_is(i, "goes"))
                    && (self.word_is(i + 1, "on") && self.word_is(i + 2, "sale")
                        || self.word_is(i + 1, "to") && self.word_is(i + 3, "polls"))
        };
        t.kind == Kind::Word
            && !t.capitalized
            && (VERBS.iter().any(|v| self.word_is(i, v)) || takes_effect() || ambiguous())
            // "a 3-2 vote", "the Brexit vote": a noun after a number, or after a name that a
            // determiner opens ("Yasser Arafat meet Monday" keeps its verb).
            && !(i >= 1 && self.tok(i - 1).is_some_and(|p| p.kind == Kind::Number))
            // "England's 48-run win", "the school's open day": part of a compound or after a
            // possessive.
            && !(i >= 1 && self.is_dash(i - 1) && self.attached(i))
            && !(i >= 2 && self.is_apostrophe(i - 2) && self.word_is(i - 1, "s"))
            // ("The Suns host Charlotte": a plural name is the verb's subject.)
            && !(i >= 2
                && !self.text[t.start..t.end].ends_with('s')
                && self.tok(i - 1).is_some_and(|p| {
                    p.kind == Kind::Word && p.capitalized && !self.text[p.start..p.end].ends_with('s')
                })
                && (matches!(self.toks[i - 2].lex, Lex::Kw(Kw::The | Kw::A | Kw::An))
                    || ["its", "his", "her", "their", "our"]
                        .iter()
                        .any(|d| self.word_is(i - 2, d))))
            // "the vote", "a visit", "its return", "his last visit": nouns, not verbs.
            && !(i >= 1
                && (matches!(
                    self.toks[i - 1].lex,
                    Lex::Kw(Kw::The | Kw::A | Kw::An | Kw::Last | Kw::Next)
                ) || self.word_is(i - 1, "first")
                    || ["its", "his", "her", "their", "our", "to"]
                        .iter()
                        .any(|d| self.word_is(i - 1, d))))
    }

    /// Whether the bare verb at token `i` hangs on a past-tense word a few words before it in
    /// its sentence: "did not meet Friday", "couldn't vote Tuesday", "let the ground offensive
    /// begin Saturday night", "watched them play Saturday" ("could meet Friday" and "let's meet
    /// Friday" look ahead).
    fn bare_verb_after_past(&self, i: usize) -> bool {
        const GOVERNORS: &[&str] = &["did", "didn", "let", "watched", "saw", "helped", "made"];
        let bare = self
            .tok(i)
            .is_some_and(|t| self.text.as_bytes()[t.end - 1] != b's');
        bare && (1..=4)
            .take_while(|&back| i >= back && !self.sentence_break(i - back + 1))
            .any(|back| {
                let k = i - back;
                let negated = ["not", "n't", "t"].iter().any(|w| self.word_is(k + 1, w));
                GOVERNORS.iter().any(|w| self.word_is(k, w))
                    && !(self.word_is(k, "let") && self.is_apostrophe(k + 1))
                    || (self.word_is(k, "could") || self.word_is(k, "couldn")) && negated
            })
    }

    /// Whether the sentence around token `at` tells of a game ("scored", "touchdown", "2:31
    /// left"), so that its quarters and halves are the game's.
    fn in_game_sentence(&self, at: usize) -> bool {
        const WINDOW: usize = 14;
        const GAME_WORDS: &[&str] = &[
            "scored",
            "scoring",
            "scores",
            "touchdown",
            "touchdowns",
            "rebounds",
            "assists",
            "yards",
            "basket",
            "baskets",
            "halftime",
            "overtime",
            "quarterback",
            "interception",
            "fumble",
            "layup",
            "dunk",
            "trailed",
            "left",
            "remaining",
            "goal",
            "goals",
            "innings",
        ];
        let game_word = |k: usize| {
            GAME_WORDS.iter().any(|w| self.word_is(k, w))
                // ("points" unless "basis points", "percentage points" or a fraction of a point:
                // "rose by 0.25 points in the fourth quarter".)
                || self.word_is(k, "points")
                    && !(k >= 1
                        && (self.word_is(k - 1, "basis")
                            || self.word_is(k - 1, "percentage")
                            || self.plain_number(k - 1).is_none()
                                && self.tok(k - 1).is_some_and(|t| t.kind == Kind::Number)))
        };
        self.sentence_near(at, WINDOW, WINDOW, game_word)
    }

    /// Whether the sentence around token `at` says "this year" within a few words.
    fn clause_says_this_year(&self, at: usize) -> bool {
        const WINDOW: usize = 10;
        let this_year = |k: usize| self.kw(k, Kw::This) && self.lex(k + 1) == Lex::Unit(Unit::Year);
        self.sentence_near(at, WINDOW, WINDOW - 1, this_year)
    }

    /// Whether the clause around token `at` contains `word` within a few words.
    fn clause_has(&self, at: usize, word: &str) -> bool {
        const WINDOW: usize = 8;
        self.sentence_near(at, WINDOW, WINDOW, |k| self.word_is(k, word))
    }

    /// Whether `test` holds for a token of the sentence around token `at`: up to `before` tokens
    /// before it or `after` tokens after it (the token itself is not looked at).
    fn sentence_near(
        &self,
        at: usize,
        before: usize,
        after: usize,
        test: impl Fn(usize) -> bool,
    ) -> bool {
        let mut k = at;
        for _ in 0..before {
            if k == 0 || self.sentence_break(k) {
                break;
            }
            k -= 1;
            if test(k) {
                return true;
            }
        }
        (at + 1..=at + after)
            .take_while(|&k| !self.sentence_break(k))
            .any(test)
    }

    /// A weekday's mention, with an optional part of day ("Friday morning") or time after it.
    fn weekday_finish(&self, start: usize, end: usize, day: Option<NaiveDate>) -> Option<Found> {
        let Some(day) = day else {
            let wd = match self.lex(end - 1) {
                Lex::Weekday(d) => d,
                _ => 1,
            };
            return Some(self.found(
                start,
                end,
                TimexType::Date,
                format!("XXXX-WXX-{wd}"),
                Anchor::ReferenceDate,
            ));
        };
        // (A weekday told on from the story's day is anchored there: "On Sunday, 8 October 1871,
        // the fire began … on Tuesday".)
        let from_story = self
            .narrative_day(start)
            .or_else(|| self.weekday_story_day(start, end))
            .is_some_and(|d| (0..7).contains(&(day - d).num_days()));
        let anchor = if from_story {
            Anchor::PreviousMention
        } else {
            Anchor::ReferenceDate
        };
        let mut f = self.date_point(start, end, Point::Day(day), anchor);
        f.takes_the = false;
        // "Friday morning", "Thursday evening", "Saturday night": TIMEX3 TIME 2025-07-17TEV.
        Some(self.day_part_after(f))
    }

    // ----- years, decades, centuries -----------------------------------------------------------

    /// "2008" (in context), "1990s", "fiscal 1989", "nineteen ninety-six".
    fn year_led(&self, i: usize) -> Option<Found> {
        // "Attendance fell from 1200 to 900", "grew from 140 to 1850": a count's change.
        if self.counted_change(i) {
            return None;
        }
        // "1-800-555-2020": the last group of a phone number or code.
        if i >= 2
            && self.is_dash(i - 1)
            && self.attached(i - 1)
            && self.attached(i)
            && self.number(i - 2).is_some_and(|(_, d)| d != 4)
        {
            return None;
        }
        // "1800 333 000", "1300 655 506": the first group of a phone number.
        if !self.attached(i + 1)
            && matches!(self.number(i + 1), Some((_, 3)))
            && matches!(self.number(i + 2), Some((_, 3 | 4)))
            && self.tok(i + 2).is_some_and(|t| t.space_before)
        {
            return None;
        }
        // "0800 555 2019", "+44 20 7946 2018", "(020) 7946 1999": the last group of a phone
        // number (a run of years, "1998 1999 2000", has no three-digit group, zero or "+").
        {
            // (Groups are set off by one space: numbers in a table's columns are not.)
            let grouped = |k: usize| {
                self.tok(k).is_some_and(|t| {
                    t.start >= 2
                        && self.text.as_bytes()[t.start - 1] == b' '
                        && !self.text.as_bytes()[t.start - 2].is_ascii_whitespace()
                })
            };
            let mut k = i;
            let mut groups = 0;
            let mut phone_like = false;
            while k >= 1 && grouped(k) && groups < 4 {
                let mut g = k - 1;
                if self.punct(g, b')') && g >= 1 {
                    g -= 1;
                }
                let Some((_, digits @ 1..=5)) = self.number(g) else {
                    break;
                };
                let zero = self
                    .tok(g)
                    .is_some_and(|t| self.text.as_bytes()[t.start] == b'0');
                phone_like |= digits == 3 || zero;
                groups += 1;
                k = g;
                if k >= 1 && (self.punct(k - 1, b'(') || self.punct(k - 1, b'+')) {
                    phone_like = true;
                    break;
                }
            }
            if groups >= 2 && phone_like {
                return None;
            }
        }
        let (year, next) = self.year_at(i)?;
        // Decades: "1990s", "the 1990s"; before 2000, "the 1400s" and "the 1800s" are centuries.
        let plural_end = if self.word_is(next, "s") && self.attached(next) {
            Some(next + 1)
        } else if self.is_apostrophe(next) && self.word_is(next + 1, "s") && self.attached(next + 1)
        {
            Some(next + 2)
        } else {
            None
        };
        if let Some(end) = plural_end
            && year % 10 == 0
        {
            let point = if year % 100 == 0 && year < 2000 {
                Point::Century(year)
            } else {
                Point::Decade(year)
            };
            return Some(self.date_point(i, end, point, Anchor::Explicit));
        }
        // ISO weeks: "2025-W31".
        if self.is_dash(next)
            && self.attached(next)
            && self.word_is(next + 1, "W")
            && self.attached(next + 1)
            && self.attached(next + 2)
            && let Some((week, 2)) = self.number(next + 2)
            && let Some(monday) = NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)
        {
            return Some(self.date_point(i, next + 3, Point::Week(monday), Anchor::Explicit));
        }
        if let Some((q, k)) = self.ordinal_at(next)
            && self.lex(k) == Lex::Unit(Unit::Quarter)
            && (1..=4).contains(&q)
        {
            return Some(self.date_point(i, k + 1, Point::Quarter(year, q), Anchor::Explicit));
        }
        // "2025 Q4", "2022 H1".
        if let Some(code) = self
            .tok(next)
            .filter(|t| t.kind == Kind::Word && t.space_before)
            && let Some((n, 1)) = self.number(next + 1).filter(|_| self.attached(next + 1))
            && self
                .tok(next + 2)
                .is_none_or(|t| !self.attached(next + 2) || t.kind == Kind::Punct)
        {
            let point = match &self.text[code.start..code.end] {
                "Q" if (1..=4).contains(&n) => Some(Point::Quarter(year, n)),
                "H" if (1..=2).contains(&n) => Some(Point::Half(year, n)),
                _ => None,
            };
            if let Some(point) = point {
                return Some(self.date_point(i, next + 2, point, Anchor::Explicit));
            }
        }
        // "the 1988 period", "the 1988 quarter" in a story about a quarter: that quarter of 1988
        // (after "the first nine months" in its sentence, the year).
        let after_months =
            self.months_end > self.prev_end && self.ended_in_sentence(self.months_end, i);
        if let Some(Point::Quarter(_, q)) = self.prev_quarter().or(self.report_quarter)
            && !after_months
            && self.kw(i.wrapping_sub(1), Kw::The)
            && (self.kw(next, Kw::Period) || self.lex(next) == Lex::Unit(Unit::Quarter))
        {
            let quarter = Point::Quarter(year, q);
            return Some(self.date_point(i, next + 1, quarter, Anchor::PreviousMention));
        }
        let spoken = self.tok(i).is_some_and(|t| t.kind == Kind::Word);
        if !spoken && !self.year_in_context(i, next, year) {
            return None;
        }
        // A range of years: "2016-2020", "2019-20", "the 2023/24 season".
        let mut f = self.date_point(i, next, Point::Year(year), Anchor::Explicit);
        f.takes_the = false;
        if (self.is_dash(next) || self.punct(next, b'/'))
            && self.attached(next)
            && self.attached(next + 1)
        {
            if let Some((y2, after)) = self.year_at(next + 1) {
                if y2 > year {
                    f.range_end = Some(year4(y2));
                    f.end_tok = after;
                }
            } else if let Some((n, 2)) = self.number(next + 1) {
                let mut y2 = year / 100 * 100 + n as i32;
                // ("1999/00": the next century's first year.)
                if y2 < year && (year + 1) % 100 == n as i32 {
                    y2 += 100;
                }
                let glued = self.attached(next + 2)
                    && self.tok(next + 2).is_some_and(|t| t.kind != Kind::Punct);
                if y2 > year && !glued {
                    f.range_end = Some(year4(y2));
                    f.end_tok = next + 2;
                }
            }
        }
        // "the 2023-24 winter": the winter that spans the two years.
        if f.range_end.is_some() && self.lex(f.end_tok) == Lex::Season(4) {
            f = self.date_point(i, f.end_tok + 1, Point::Season(year, 4), Anchor::Explicit);
            f.takes_the = true;
        }
        // "2020 war" etc. stay a year; "1,000-strong" never gets here (not four plain digits).
        Some(f)
    }

    /// Whether a bare four-digit number is a year here.
    fn year_in_context(&self, i: usize, next: usize, year: i32) -> bool {
        let before = i.checked_sub(1).and_then(|p| self.kw_at(p));
        let strong_before = matches!(
            before,
            Some(
                Kw::In
                    | Kw::Since
                    | Kw::Until
                    | Kw::By
                    | Kw::Of
                    | Kw::Early
                    | Kw::Late
                    | Kw::Mid
                    | Kw::During
                    | Kw::From
                    | Kw::Through
                    | Kw::Before
                    | Kw::After
                    | Kw::Between
                    | Kw::Fiscal
                    | Kw::Around
                    | Kw::To
                    | Kw::And
                    | Kw::Or
                    | Kw::Than
            )
        );
        if self.is_dash(next) && self.attached(next) && self.kw(next + 1, Kw::Strong) {
            return false;
        }
        // ("Case 2019/2021": the second number of a reference too.)
        if self.names_a_number(i, next)
            || i >= 2
                && (self.is_dash(i - 1) || self.punct(i - 1, b'/'))
                && self.attached(i - 1)
                && self.plain_number(i - 2).is_some_and(|(_, d)| d == 4)
                && self.names_a_number(i - 2, i - 1)
        {
            return false;
        }
        // "between 2000 and 3000 people": a count, as the other end shows.
        if before == Some(Kw::Between)
            && self.kw(next, Kw::And)
            && self
                .plain_number(next + 1)
                .is_some_and(|(n, d)| d >= 4 && n > 2199 || self.count_noun_after(next + 2))
            && self.era_at(next + 2).is_none()
        {
            return false;
        }
        // "the class of 2024".
        if before == Some(Kw::Of) && i >= 2 && self.word_is(i - 2, "class") {
            return true;
        }
        // "Louis XIV (1643–1715)": a span of years in parentheses, a life or a reign ("pages
        // (1200-1350)" counts).
        const COUNTED: &[&str] = &[
            "page", "pages", "pp", "room", "rooms", "line", "lines", "item", "items", "unit",
            "units", "seat", "seats", "number", "numbers", "nos", "flight", "flights",
        ];
        if i >= 1
            && self.punct(i - 1, b'(')
            && !COUNTED.iter().any(|w| self.word_is(i.wrapping_sub(2), w))
            && self.is_dash(next)
            && self
                .year_at(next + 1)
                .is_some_and(|(y2, after)| y2 > year && y2 - year <= 150 && self.punct(after, b')'))
        {
            return true;
        }
        // "The Battle of Agincourt (1415)": a year alone in parentheses, not in the future.
        if i >= 1
            && self.punct(i - 1, b'(')
            && self.punct(next, b')')
            && year >= 1000
            && !COUNTED.iter().any(|w| self.word_is(i.wrapping_sub(2), w))
            && self.reference.is_none_or(|r| year <= r.year() + 1)
        {
            return true;
        }
        // "She reigned 1558–1603": two years joined by a dash, the second within a lifetime of
        // the first ("pages 1200-1350", "1200-1350 km" count).
        if year >= 1000
            && !COUNTED
                .iter()
                .any(|w| i >= 1 && (self.word_is(i - 1, w) || self.word_is(i.wrapping_sub(2), w)))
            && self.is_dash(next)
            && self.attached(next)
            && self.year_at(next + 1).is_some_and(|(y2, after)| {
                y2 > year
                    && y2 - year <= 150
                    && !self.count_noun_after(after)
                    && !self.unit_symbol_at(after)
            })
        {
            return true;
        }
        if !strong_before
            && self.kw(next, Kw::To)
            && self.number(next + 1).is_some_and(|(_, d)| d < 4)
            && self.thousands_at(next + 1).is_none()
        {
            // "passed 2019 to 12": a count or a score (not "in 1980 to 300,000").
            return false;
        }
        // "The vote was 2010 to 1995": a year range runs forward, so a falling pair is a count.
        let four_digits = |k: usize| self.plain_number(k).filter(|&(_, d)| d == 4);
        if self.kw(next, Kw::To)
            && four_digits(next + 1).is_some_and(|(n, _)| i64::from(n) < i64::from(year))
        {
            return false;
        }
        if before == Some(Kw::To)
            && i >= 2
            && four_digits(i - 2).is_some_and(|(n, _)| i64::from(n) > i64::from(year))
        {
            return false;
        }
        // "1 in 2000", "one in 1000": odds, not a year ("he was 25 in 1975" is one);
        // "from 2020 to 1850 units": counts.
        if before == Some(Kw::In)
            && i >= 2
            && (self.plain_number(i - 2).is_some_and(|(n, _)| n == 1)
                || matches!(self.lex(i - 2), Lex::Card(1)))
        {
            return false;
        }
        if before == Some(Kw::From)
            && self.kw(next, Kw::To)
            && self.number(next + 1).is_some()
            && self.count_noun_after(next + 2)
        {
            return false;
        }
        // "MAR-2025", "COVID-2019": a code.
        if i >= 2
            && self.is_dash(i - 1)
            && self.attached(i - 1)
            && self.attached(i)
            && self.tok(i - 2).is_some_and(|t| {
                t.kind == Kind::Word
                    && t.end - t.start >= 2
                    && self.text[t.start..t.end]
                        .bytes()
                        .all(|b| b.is_ascii_uppercase())
            })
        {
            return false;
        }
        if self.address_after(next) {
            return false;
        }
        // "Exit 2015", "Gate 1998": a number that names a place.
        const PLACES: &[&str] = &[
            "Exit",
            "Gate",
            "Pier",
            "Suite",
            "Platform",
            "Terminal",
            "Route",
            "Interstate",
            "Hwy",
        ];
        if i >= 1 && self.word_in(i - 1, PLACES) {
            return false;
        }
        if strong_before && (1000..=2199).contains(&year) {
            // "in 2000 people" is rare next to "in 2008": a measure noun after it still vetoes,
            // and so does any plural unless the preposition opens the sentence ("by 2000 users"
            // against "In 1848 revolts spread").
            // "late 2021 prices" is never a count either.
            let opens_sentence = self.tok(i - 1).is_some_and(|t| t.capitalized)
                || matches!(before, Some(Kw::Early | Kw::Late | Kw::Mid));
            // ("In 1941 troops crossed the border", "In 1943 people starved": a sentence opened
            // by "In" and a year tells when; only a measure makes it a count, "In 2000 feet".)
            let opens_with_in = self.word_in(i - 1, &["In"]);
            let count = if opens_with_in {
                self.measure_noun_after(next)
                    && !self.tok(next).is_some_and(|t| {
                        [
                            "people", "men", "women", "children", "police", "troops", "soldiers",
                            "votes",
                        ]
                        .iter()
                        .any(|w| &self.text[t.start..t.end] == *w)
                    })
            } else if opens_sentence {
                self.measure_noun_after(next)
            } else {
                self.count_noun_after(next)
            };
            return !count || self.event_noun_after(i, next);
        }
        if !(1800..=2100).contains(&year) {
            return (1000..1800).contains(&year) && self.early_year_in_context(i, next);
        }
        if self.count_noun_after(next) {
            return self.event_noun_after(i, next);
        }
        !self.unit_symbol_at(next)
    }

    /// Whether a year from 1000 to 1799 at `i` (ending before `next`), with no preposition
    /// before it, reads as a year: after a life or building word ("(born 1650)", "fl. 1300",
    /// "d. 1650", "founded 1650", "reigned 1509–47"), opening a timeline line ("1066 – Battle of
    /// Hastings", "1215: Magna Carta"), or opening a sentence before a verb of history ("1650 saw
    /// …").
    fn early_year_in_context(&self, i: usize, next: usize) -> bool {
        const LIFE_WORDS: &[&str] = &[
            "born",
            "died",
            "d",
            "b",
            "fl",
            "dated",
            "founded",
            "built",
            "established",
            "erected",
            "completed",
            "crowned",
            "reigned",
            "r",
            "baptised",
            "baptized",
            "buried",
            "published",
            "composed",
            "painted",
            "written",
        ];
        const HISTORY_VERBS: &[&str] = &[
            "saw",
            "brought",
            "marked",
            "was",
            "began",
            "proved",
            "witnessed",
            "ended",
            "opened",
        ];
        let word_before = |k: usize| LIFE_WORDS.iter().any(|w| self.word_is(k, w));
        let after_life_word = i >= 1
            && (word_before(i - 1) || i >= 2 && self.punct(i - 1, b'.') && word_before(i - 2));
        let line_start = self.tok(i).is_some_and(|t| t.newline_before) || i == 0;
        let timeline = line_start && (self.is_dash(next) || self.punct(next, b':'));
        let opens = self.opens_sentence(i) && HISTORY_VERBS.iter().any(|w| self.word_is(next, w));
        // "the 1225 version", "the 1381 revolt": a singular noun of history after "the".
        const HISTORY_NOUNS: &[&str] = &[
            "version",
            "edition",
            "charter",
            "treaty",
            "revolt",
            "rebellion",
            "uprising",
            "rising",
            "siege",
            "battle",
            "war",
            "campaign",
            "census",
            "map",
            "act",
            "statute",
            "council",
            "crusade",
            "expedition",
            "voyage",
            "fire",
            "plague",
            "earthquake",
            "flood",
            "famine",
            "election",
            "coronation",
            "invasion",
            "conquest",
            "massacre",
            "parliament",
            "edict",
            "peace",
            "truce",
            "constitution",
            "translation",
            "manuscript",
            "survey",
            "reissue",
            "revision",
        ];
        let the_event = i >= 1
            && self.kw(i - 1, Kw::The)
            && HISTORY_NOUNS.iter().any(|w| self.word_is(next, w));
        (after_life_word || timeline || opens || the_event) && !self.count_noun_after(next)
    }

    /// Whether the four digits at `i` (ending before `next`) are a number or a name, not a year:
    /// "No. 1925", "pp. 1994-2001", "Case No. 2021-0455", "the 1800 block of Elm Street", "a
    /// 2000-page report", "Regulation (EU) 2022/2065", and a year-like number after a name
    /// ("the Russell 2000", "Peugeot 2008", "Flight BA 2010"; "Copyright 2024", "Summer 2024"
    /// and "Class of 2024" keep their years).
    fn names_a_number(&self, i: usize, next: usize) -> bool {
        const MARKS: &[&str] = &[
            "No", "no", "Nos", "nos", "No.", "p", "pp", "Op", "op", "MS", "Vol", "vol", "Fig",
            "fig", "Art", "art", "Sec", "sec", "Ch", "ch", "Nr", "nr",
        ];
        const MEASURES: &[&str] = &[
            "page",
            "word",
            "mile",
            "seat",
            "member",
            "acre",
            "ton",
            "tonne",
            "pound",
            "point",
            "foot",
            "feet",
            "meter",
            "metre",
            "yard",
            "man",
            "room",
            "bed",
            "unit",
            "car",
            "home",
            "student",
            "square",
            "piece",
            "megawatt",
            "kilometer",
            "kilometre",
            "horsepower",
            "calorie",
            "pixel",
            "gallon",
            "barrel",
            "hectare",
            "employee",
            "worker",
            "troop",
            "soldier",
            "officer",
            "person",
            "people",
            "mm",
            "cc",
            "ft",
            "km",
            "kg",
            "watt",
        ];
        // Words before a year that keep it one: "Copyright 2024", "Summer 2024", "FY 2024".
        const YEAR_LABELS: &[&str] = &[
            "Copyright",
            "Updated",
            "Published",
            "Posted",
            "Revised",
            "Released",
            "Est",
            "Founded",
            "Established",
            "FY",
            "CY",
            "Year",
            "Vintage",
            "Season",
            "Spring",
            "Summer",
            "Autumn",
            "Fall",
            "Winter",
            "Census",
            "Class",
            "Budget",
            "AD",
            "CE",
            "BC",
            "BCE",
        ];
        let word = |k: usize| self.tok(k).map_or("", |t| &self.text[t.start..t.end]);
        // "No. 1925", "pp. 1994", "MS 1897".
        let mark_at = |k: usize| {
            MARKS.contains(&word(k)) && self.tok(k).is_some_and(|t| t.kind == Kind::Word)
        };
        if i >= 1 && mark_at(i - 1) || i >= 2 && self.punct(i - 1, b'.') && mark_at(i - 2) {
            return true;
        }
        // "Ordinance 2009-41", "Resolution 2015-12" even opening a sentence.
        const DOCUMENTS: &[&str] = &[
            "Ordinance",
            "Resolution",
            "Case",
            "Bill",
            "Law",
            "Rule",
            "Docket",
            "Exhibit",
            "Order",
            "Decree",
            "Directive",
            "Regulation",
            "Form",
        ];
        if i >= 1 && self.word_in(i - 1, DOCUMENTS) {
            return true;
        }
        // "Train 2015 to Boston", "mile marker 1984", "Gate 2010", "the album 1989", "the novel
        // 1984": a number that identifies a vehicle, a place or a work.
        const IDENTIFIED: &[&str] = &[
            "flight",
            "train",
            "bus",
            "route",
            "gate",
            "platform",
            "room",
            "suite",
            "apartment",
            "locker",
            "exit",
            "marker",
            "badge",
            "extension",
            "channel",
            "seat",
            "pier",
            "berth",
            "terminal",
            "album",
            "novel",
            "film",
            "movie",
            "song",
            "single",
            "opera",
            "symphony",
            "poem",
        ];
        if i >= 1
            && self.tok(i - 1).is_some_and(|t| {
                t.kind == Kind::Word
                    && IDENTIFIED
                        .iter()
                        .any(|w| self.text[t.start..t.end].eq_ignore_ascii_case(w))
            })
        {
            return true;
        }
        // "Orwell's 1984 sold", "Prince's 1999 was reissued": after a possessive, a year that a
        // verb follows is a title.
        if i >= 2
            && self.word_is(i - 1, "s")
            && self.is_apostrophe(i - 2)
            && (matches!(self.lex(next), Lex::Kw(Kw::PastVerb))
                || [
                    "is",
                    "was",
                    "has",
                    "remains",
                    "sold",
                    "sells",
                    "won",
                    "topped",
                    "premiered",
                    "debuted",
                    "reached",
                    "became",
                ]
                .iter()
                .any(|w| self.word_is(next, w)))
        {
            return true;
        }
        // "case number 2023-0456": four digits after the dash that are no year nor month-day.
        if self.is_dash(next)
            && self.attached(next)
            && self.attached(next + 1)
            && self
                .tok(next + 1)
                .is_some_and(|t| t.end - t.start == 4 && self.text.as_bytes()[t.start] == b'0')
        {
            return true;
        }
        // "(TSE Prime: 2014)", "HKEX: 2018": a stock code after an exchange's name.
        if i >= 2
            && self.punct(i - 1, b':')
            && self.tok(i - 2).is_some_and(|t| {
                let w = &self.text[t.start..t.end];
                ["Prime", "Code", "Ticker", "Stock"].contains(&w)
                    || w.len() >= 3 && w.bytes().all(|b| b.is_ascii_uppercase())
            })
        {
            return true;
        }
        // "the 1800 block of Elm Street".
        if self.word_is(next, "block") && self.kw(next + 1, Kw::Of) {
            return true;
        }
        // "the 1812 Overture", "the 1922 Committee": names.
        if ["Overture", "Committee", "Club", "Society"]
            .iter()
            .any(|w| {
                self.tok(next)
                    .is_some_and(|t| &self.text[t.start..t.end] == *w)
            })
        {
            return true;
        }
        // "a 2000-page report", "a 1500-word essay".
        if self.is_dash(next)
            && self.attached(next)
            && self.attached(next + 1)
            && MEASURES.iter().any(|m| self.word_is(next + 1, m))
        {
            return true;
        }
        // "Regulation (EU) 2022/2065", "Regulation (EU) 2016/679", "invoice 2017/45": a slash
        // joins a year only to the next ("2023/24", "1999/00", "2023/2024"; "2020/06/15" is a
        // date).
        if self.punct(next, b'/')
            && self.attached(next)
            && self.attached(next + 1)
            && let Some((n, digits)) = self.plain_number(next + 1)
            && !(self.punct(next + 2, b'/') && self.attached(next + 2))
            && self.tok(i).is_some_and(|t| {
                self.text[t.start..t.end]
                    .parse::<i64>()
                    .is_ok_and(|y| match digits {
                        4 => i64::from(n) != y + 1,
                        2 => i64::from(n) != (y + 1) % 100,
                        _ => true,
                    })
            })
        {
            return true;
        }
        // A name right before: a capitalized word in mid-sentence that is no keyword ("the
        // Russell 2000", "TSG 1899 Hoffenheim", "Flight BA 2010").
        i >= 2
            && self.tok(i - 1).is_some_and(|t| {
                t.kind == Kind::Word
                    && t.capitalized
                    && t.lex == Lex::None
                    && !t.newline_before
                    && !YEAR_LABELS.contains(&&self.text[t.start..t.end])
            })
            // (Not at a sentence's start: "Only 2000 came" is a count.)
            && self.tok(i - 2).is_some_and(|t| {
                !(t.newline_before
                    || t.kind == Kind::Punct && matches!(t.num as u8, b'.' | b'!' | b'?' | b':'))
            })
    }

    /// "2048 KB", "1200-1350 km": a unit symbol after a number.
    fn unit_symbol_at(&self, k: usize) -> bool {
        const UNITS: &[&str] = &[
            "KB", "MB", "GB", "TB", "kW", "KW", "MW", "GW", "km", "kg", "hp", "m", "ft", "mi",
        ];
        self.word_in(k, UNITS)
    }

    /// "2100 Main Street", "1600 Pennsylvania Avenue": an address after a number ("a 1971
    /// Convention", "1990 BellSouth earnings" keep their years).
    fn address_after(&self, next: usize) -> bool {
        const STREETS: &[&str] = &[
            "Street",
            "St",
            "Avenue",
            "Ave",
            "Road",
            "Rd",
            "Boulevard",
            "Blvd",
            "Drive",
            "Lane",
            "Way",
            "Place",
            "Square",
            "Court",
            "Highway",
        ];
        let word = |k: usize| self.tok(k).map(|t| &self.text[t.start..t.end]);
        let capitalized = |k: usize| self.tok(k).is_some_and(|t| t.capitalized);
        (1..=2).any(|n| {
            (0..n).all(|m| capitalized(next + m))
                && word(next + n).is_some_and(|w| STREETS.contains(&w))
        })
    }

    /// "the 1992 protests", "the 2000 elections": after "the", a plural that names events or
    /// periods' figures, not things one counts by the thousand.
    fn event_noun_after(&self, i: usize, next: usize) -> bool {
        const EVENTS: &[&str] = &[
            "elections",
            "protests",
            "riots",
            "revolutions",
            "games",
            "olympics",
            "floods",
            "attacks",
            "talks",
            "negotiations",
            "bombings",
            "killings",
            "uprisings",
            "hearings",
            "accords",
            "reforms",
            "strikes",
            "storms",
            "hurricanes",
            "earthquakes",
            "wars",
            "playoffs",
            "finals",
            "championships",
            "polls",
            "primaries",
            "midterms",
            "results",
            "figures",
            "levels",
            "earnings",
            "profits",
            "sales",
            "budgets",
            "accounts",
            "rules",
            "regulations",
            "laws",
            "sanctions",
            "events",
            "celebrations",
            "commemorations",
            "summits",
            "massacres",
            "killings",
            "purges",
            "deportations",
            "invasions",
            // "the 2025 awards", "the 2019 winners": a year's edition or cohort.
            "awards",
            "medals",
            "winners",
            "graduates",
            "nominees",
            "nominations",
            "finalists",
            "champions",
            "applications",
            "applicants",
            "candidates",
            "entries",
            "recipients",
            "laureates",
            "inductees",
            "rankings",
            "honours",
            "honors",
        ];
        // Nouns no one counts by the thousand: "2023 profits beat forecasts".
        const UNCOUNTED: &[&str] = &["earnings", "profits", "revenues", "results", "midterms"];
        if UNCOUNTED.iter().any(|w| self.word_is(next, w)) {
            return true;
        }
        // "Exxon's 2022 earnings", "Tesla's 2024 deliveries".
        let possessive = i >= 2 && self.word_is(i - 1, "s") && self.is_apostrophe(i - 2);
        i >= 1
            && (self.kw(i - 1, Kw::The)
                || self.word_is(i - 1, "its")
                || self.word_is(i - 1, "their")
                || possessive)
            && (EVENTS.iter().any(|w| self.word_is(next, w))
                || possessive && self.word_is(next, "deliveries"))
    }

    /// A lower-case word after a number that makes it a count ("2000 people", "1500 troops").
    fn count_noun_after(&self, next: usize) -> bool {
        self.measure_noun_after(next)
            || self.tok(next).is_some_and(|t| {
                let w = &self.text.as_bytes()[t.start..t.end];
                t.kind == Kind::Word
                    && !t.capitalized
                    && t.lex == Lex::None
                    && w.ends_with(b"s")
                    // "crisis", "census", "status" are no plurals.
                    && !w.ends_with(b"ss")
                    && !w.ends_with(b"is")
                    && !w.ends_with(b"us")
            })
            // "found in 2018 suggests that", "in 2019 shows a rise": a verb, not a plural
            // ("2400 calories a day" is a rate).
            && !(self.word_is(next + 1, "that")
                || self.kw(next + 1, Kw::The)
                || matches!(self.lex(next + 1), Lex::Kw(Kw::A | Kw::An))
                    && !matches!(self.lex(next + 2), Lex::Unit(_)))
    }

    /// A unit, multiplier or one of the few nouns that make any number before them a count
    /// ("2000 people", "1500 feet", "2000 million"); a plural such as "revolts" does not ("In
    /// 1848 revolts spread").
    fn measure_noun_after(&self, next: usize) -> bool {
        let Some(t) = self.tok(next) else {
            return false;
        };
        if t.kind != Kind::Word || t.capitalized || t.lex != Lex::None {
            return matches!(
                t.lex,
                Lex::Units(_) | Lex::Unit(_) | Lex::Kw(Kw::Hundred | Kw::Thousand)
            ) || self.word_is(next, "million")
                || self.word_is(next, "billion");
        }
        let w = &self.text.as_bytes()[t.start..t.end];
        matches!(
            w,
            b"people"
                | b"men"
                | b"women"
                | b"children"
                | b"police"
                | b"million"
                | b"billion"
                | b"percent"
                | b"feet"
                | b"metres"
                | b"meters"
                | b"troops"
                | b"soldiers"
                | b"units"
                | b"votes"
        )
    }

    /// "'90s" → 199; "'98" → 1998 after "in", "since", "of"… (the century is the one that puts
    /// the year nearest before the reference date).
    fn short_decade(&self, i: usize) -> Option<Found> {
        let (n, 2) = self.number(i + 1)? else {
            return None;
        };
        if !self.attached(i + 1) {
            return None;
        }
        let ref_yy = self.reference.map_or(30, |r| (r.year() % 100) as u32);
        let ref_century = self.reference.map_or(2000, |r| r.year() / 100 * 100);
        let century = if n <= ref_yy {
            ref_century
        } else {
            ref_century - 100
        };
        let year = century + n as i32;
        if self.word_is(i + 2, "s") && self.attached(i + 2) && n % 10 == 0 {
            return Some(self.date_point(i, i + 3, Point::Decade(year), Anchor::Explicit));
        }
        let after_preposition = i >= 1 && self.kw_at(i - 1).is_some_and(opens_date);
        // "'98" must not run on into a word ("'98ers").
        let ends = self
            .tok(i + 2)
            .is_none_or(|t| t.space_before || t.kind == Kind::Punct);
        (after_preposition && ends)
            .then(|| self.date_point(i, i + 2, Point::Year(year), Anchor::Explicit))
    }

    /// "from 4 to 7 p.m. Friday", "4-7 p.m.", "between 10 and noon": the range's start, which
    /// takes its end's meridiem (or the one before it: "10 to 2 p.m.") and day; the end is read
    /// on its own.
    fn time_range_start(&self, i: usize) -> Option<Found> {
        let (h, 1 | 2) = self.plain_number(i)? else {
            return None;
        };
        if !(1..=12).contains(&h) {
            return None;
        }
        let (minute, joiner) = if self.punct(i + 1, b':')
            && self.attached(i + 1)
            && let Some((m, 2)) = self.number(i + 2).filter(|_| self.attached(i + 2))
        {
            (m, i + 3)
        } else {
            (0, i + 1)
        };
        let joined = self.is_dash(joiner)
            || self.kw(joiner, Kw::To)
            || self.kw(joiner, Kw::Until)
            || self.kw(joiner, Kw::Through)
            || self.kw(joiner, Kw::And) && self.kw(i.wrapping_sub(1), Kw::Between);
        if !joined || self.ampm_at(joiner).is_some() {
            return None;
        }
        // The end must say its meridiem or be noon/midnight.
        let end_start = joiner + 1;
        let (end_h, _, _) = self.time_at(end_start)?;
        let end_says = self.kw(end_start, Kw::Noon)
            || self.kw(end_start, Kw::Midnight)
            || (end_start..end_start + 4).any(|k| self.ampm_at(k).is_some());
        if !end_says {
            return None;
        }
        let end = self.time_led(end_start)?;
        // 24-hour end → the start's hour on the same half of the day unless that passes it.
        let pm_end = (12..24).contains(&end_h);
        let start_h = if pm_end && h != 12 && h + 12 <= end_h {
            h + 12
        } else if !pm_end && h == 12 {
            0
        } else {
            h
        };
        let day = end.value.split('T').next()?.to_string();
        let mut f = self.found(
            i,
            joiner,
            TimexType::Time,
            format!("{day}T{start_h:02}:{minute:02}"),
            end.anchor,
        );
        f.range_end = Some(end.value);
        f.takes_the = false;
        Some(f)
    }

    /// "3Q24", "2H 2026", "4QFY25", "1H25": a quarter or half written number first, as analysts
    /// do, with its year.
    fn digit_period_code(&self, i: usize) -> Option<Found> {
        let (n, 1) = self.plain_number(i)? else {
            return None;
        };
        let code = self.tok(i + 1).filter(|_| self.attached(i + 1))?;
        let half = match &self.text[code.start..code.end] {
            "Q" => false,
            "H" => true,
            _ => return None,
        };
        if !(1..=if half { 2 } else { 4 }).contains(&n) {
            return None;
        }
        // ("1Q84" is a novel: a two-digit year far ahead is no analyst's.)
        let near = |year: i32| self.reference.is_none_or(|r| year <= r.year() + 5);
        let (year, end) = if let Some((yy, 2)) = self
            .number(i + 2)
            .filter(|&(yy, _)| self.attached(i + 2) && near(2000 + yy as i32))
        {
            (2000 + yy as i32, i + 3)
        } else if self.word_is(i + 2, "FY")
            && self.attached(i + 2)
            && let Some((yy, 2)) = self.number(i + 3).filter(|_| self.attached(i + 3))
        {
            (2000 + yy as i32, i + 4)
        } else if !self.attached(i + 2)
            && let Some((y, end)) = self.year_at(i + 2)
        {
            (y, end)
        } else {
            return None;
        };
        // Not part of a longer code ("3Q24X").
        if self
            .tok(end)
            .is_some_and(|t| self.attached(end) && t.kind != Kind::Punct)
        {
            return None;
        }
        let point = if half {
            Point::Half(year, n)
        } else {
            Point::Quarter(year, n)
        };
        Some(self.date_point(i, end, point, Anchor::Explicit))
    }

    /// "the 90s", "the mid-90s", "the late 80s", "the 1980s and 90s": a decade written with two
    /// digits and no apostrophe, after "the", a position word or another decade ("in their 30s"
    /// is an age, "highs in the 90s" a temperature).
    fn bare_short_decade(&self, i: usize) -> Option<Found> {
        let (n, 2) = self.plain_number(i)? else {
            return None;
        };
        if n % 10 != 0 {
            return None;
        }
        let end = if self.word_is(i + 1, "s") && self.attached(i + 1) {
            i + 2
        } else if self.is_apostrophe(i + 1) && self.attached(i + 1) && self.word_is(i + 2, "s") {
            i + 3
        } else {
            return None;
        };
        let mut k = i;
        if k >= 2 && self.is_dash(k - 1) && self.attached(k) && self.kw(k - 2, Kw::Mid) {
            k -= 2;
        } else if k >= 1 && matches!(self.kw_at(k - 1), Some(Kw::Early | Kw::Late | Kw::Mid)) {
            k -= 1;
        }
        let after_decade = k >= 2
            && self.kw(k - 1, Kw::And)
            && matches!(self.prev, Some(Point::Decade(_)))
            && self.toks[k - 2].end == self.prev_end;
        if !(k >= 1 && self.kw(k - 1, Kw::The) || after_decade) {
            return None;
        }
        const MEASURES: &[&str] = &[
            "temperature",
            "temperatures",
            "degrees",
            "highs",
            "lows",
            "high",
            "low",
            "heat",
            "fahrenheit",
            "celsius",
            "percent",
            "mph",
            "age",
            "aged",
            "score",
            "scores",
        ];
        let window_start = i.saturating_sub(8);
        if (window_start..i + 8).any(|w| MEASURES.iter().any(|m| self.word_is(w, m))) {
            return None;
        }
        let ref_yy = self.reference.map_or(30, |r| (r.year() % 100) as u32);
        let ref_century = self.reference.map_or(2000, |r| r.year() / 100 * 100);
        let century = if n <= ref_yy.saturating_sub(10) {
            ref_century
        } else {
            ref_century - 100
        };
        Some(self.date_point(i, end, Point::Decade(century + n as i32), Anchor::Explicit))
    }

    /// "19th century", "third quarter", "first half of 2026", "the second day".
    fn ordinal_led(&self, i: usize) -> Option<Found> {
        let (n, mut j) = self.ordinal_at(i)?;
        // "the fourth of March", "the twenty-first of June".
        if self.tok(i).is_some_and(|t| t.kind == Kind::Word)
            && (1..=31).contains(&n)
            && self.kw(j, Kw::Of)
            && self.month_at(j + 1).is_some()
        {
            return self.day_then_month(i, n, j);
        }
        // "the 18th and 19th centuries", "the late 19th and early 20th centuries": the first
        // century of a pair (the second is read on its own).
        if (self.kw(j, Kw::And) || self.kw(j, Kw::To) || self.kw(j, Kw::Or))
            && (1..=30).contains(&n)
        {
            let k = j
                + 1
                + usize::from(matches!(
                    self.kw_at(j + 1),
                    Some(Kw::Early | Kw::Late | Kw::Mid)
                ));
            // "the 6th or 7th century BC": "or" joins two with one "century".
            if let Some((m, after)) = self.ordinal_at(k)
                && m != n
                && (self.lex(after) == Lex::Units(Unit::Century)
                    || self.kw(j, Kw::Or) && self.lex(after) == Lex::Unit(Unit::Century))
                && (m > n || matches!(self.era_at(after + 1), Some((true, _))))
            {
                if let Some((true, _)) = self.era_at(after + 1) {
                    let value = format!("BC{:02}", n - 1);
                    return Some(self.found(i, j, TimexType::Date, value, Anchor::Explicit));
                }
                let point = Point::Century((n as i32 - 1) * 100);
                return Some(self.date_point(i, j, point, Anchor::Explicit));
            }
        }
        if self.is_dash(j) && self.attached(j) {
            j += 1;
        }
        match self.lex(j) {
            Lex::Units(Unit::Century) => {
                // "the 19th and 20th centuries": the second of a pair.
                let conjoined = i >= 2
                    && (self.kw(i - 1, Kw::And)
                        || self.kw(i - 1, Kw::To)
                        || self.kw(i - 1, Kw::Or))
                    || i >= 3
                        && matches!(self.kw_at(i - 1), Some(Kw::Early | Kw::Late | Kw::Mid))
                        && (self.kw(i - 2, Kw::And) || self.kw(i - 2, Kw::To));
                if !conjoined || !(1..=30).contains(&n) {
                    return None;
                }
                if let Some((true, end)) = self.era_at(j + 1) {
                    let value = format!("BC{:02}", n - 1);
                    return Some(self.found(i, end, TimexType::Date, value, Anchor::Explicit));
                }
                Some(self.date_point(
                    i,
                    j + 1,
                    Point::Century((n as i32 - 1) * 100),
                    Anchor::Explicit,
                ))
            }
            Lex::Unit(Unit::Century) => {
                if !(1..=30).contains(&n) {
                    return None;
                }
                match self.era_at(j + 1) {
                    // "the fifth century BC": TIMEX3 writes BC centuries as "BC04".
                    Some((true, end)) => {
                        return Some(self.found(
                            i,
                            end,
                            TimexType::Date,
                            format!("BC{:02}", n - 1),
                            Anchor::Explicit,
                        ));
                    }
                    Some((false, end)) => {
                        return Some(self.date_point(
                            i,
                            end,
                            Point::Century((n as i32 - 1) * 100),
                            Anchor::Explicit,
                        ));
                    }
                    None => {}
                }
                Some(self.date_point(
                    i,
                    j + 1,
                    Point::Century((n as i32 - 1) * 100),
                    Anchor::Explicit,
                ))
            }
            Lex::Unit(Unit::Quarter) if (1..=4).contains(&n) => self
                .quarter_of_period(i, j + 1, n)
                .or_else(|| self.quarter(i, j + 1, Some(n))),
            // "the first week of March 2020".
            Lex::Unit(Unit::Week) if (1..=5).contains(&n) && self.kw(j + 1, Kw::Of) => {
                self.week_of_month(i, n as i32, j + 1)
            }
            // "the first day of 2024", "the first day of March".
            Lex::Unit(Unit::Day) if n == 1 && self.kw(j + 1, Kw::Of) => {
                self.day_of_month_or_year(i, false, j + 1)
            }
            // "the fourth Thursday of November", "the first Tuesday in November".
            Lex::Weekday(wd)
                if (1..=5).contains(&n) && (self.kw(j + 1, Kw::Of) || self.kw(j + 1, Kw::In)) =>
            {
                self.weekday_of_month(i, n as i32, wd, j + 1)
            }
            Lex::Kw(Kw::Half) if (1..=2).contains(&n) => {
                if let Some(f) = self.half_of_period(i, j + 1, n == 2) {
                    return Some(f);
                }
                // A bare "the first half" is a match's as often as a year's: only with a year
                // named, or just before ("In 2019 … in the first half").
                let (year, end, anchor) = self.of_named_year(j + 1).or_else(|| {
                    let Some(Point::Year(y)) = self.prev else {
                        return None;
                    };
                    Some((y, j + 1, Anchor::PreviousMention))
                })?;
                Some(self.date_point(i, end, Point::Half(year, n), anchor))
            }
            _ => None,
        }
    }

    /// "the first half of the 20th century", "the last half of the '80s", "the second half of
    /// July": the decade, century or month, START or END (TIMEX3 has no halves of them).
    fn half_of_period(&self, start: usize, of: usize, second: bool) -> Option<Found> {
        if !self.kw(of, Kw::Of) {
            return None;
        }
        let the = usize::from(self.kw(of + 1, Kw::The));
        let mut f = self
            .with_prefix(of + 1)
            .filter(|f| f.start_tok == of + 1)
            .or_else(|| self.core(of + 1))
            .or_else(|| self.short_decade(of + 1 + the))?;
        // ("the second half of July": the month's END.)
        if !matches!(
            f.point,
            Some(Point::Decade(_) | Point::Century(_) | Point::Month(..))
        ) || f.modifier.is_some()
            || matches!(f.point, Some(Point::Month(..))) && f.ty != TimexType::Date
        {
            return None;
        }
        f.start_tok = start;
        f.takes_the = true;
        f.modifier = Some(if second { "END" } else { "START" });
        Some(f)
    }

    /// "the second quarter of the 19th century", "the last quarter of the 1990s": the century or
    /// decade, START for the first quarter, MID for the middle two, END for the last.
    fn quarter_of_period(&self, start: usize, of: usize, n: u32) -> Option<Found> {
        let mut f = self
            .half_of_period(start, of, false)
            .filter(|f| matches!(f.point, Some(Point::Decade(_) | Point::Century(_))))?;
        f.modifier = Some(match n {
            1 => "START",
            4 => "END",
            _ => "MID",
        });
        Some(f)
    }

    /// Whether the number at token `i` is one end of a change in a count, not a span of years:
    /// "the population rose from about 600 to more than 4,000", "membership fell from 900 to
    /// 350", "grew from 120 to 310 vessels" (a verb of change before "from", or ends that do not
    /// rise from one plain number to another).
    fn counted_change(&self, i: usize) -> bool {
        const CHANGE: &[&str] = &[
            "rose",
            "rise",
            "rises",
            "risen",
            "fell",
            "fall",
            "falls",
            "fallen",
            "grew",
            "grow",
            "grows",
            "grown",
            "increased",
            "decreased",
            "declined",
            "dropped",
            "climbed",
            "jumped",
            "doubled",
            "tripled",
            "shrank",
            "swelled",
            "soared",
            "plunged",
            "population",
        ];
        let approx = |k: usize| {
            ["about", "around", "some", "nearly"]
                .iter()
                .any(|w| self.word_is(k, w))
        };
        // The "from" of the pair and the token after "to".
        let (from, first, to) = if i >= 1 && self.kw(i - 1, Kw::From) {
            (i - 1, i, i + 1)
        } else if i >= 2 && approx(i - 1) && self.kw(i - 2, Kw::From) {
            (i - 2, i, i + 1)
        } else if i >= 3 && self.kw(i - 1, Kw::To) {
            let first = i - 2;
            let from = if self.kw(first - 1, Kw::From) {
                first - 1
            } else if first >= 2 && approx(first - 1) && self.kw(first - 2, Kw::From) {
                first - 2
            } else {
                return false;
            };
            (from, first, i - 1)
        } else {
            return false;
        };
        // The other end must be a number too ("from 1900 to the present day" is a span).
        let other = if first == i { to + 1 } else { first };
        let numeric = |k: usize| self.tok(k).is_some_and(|t| t.kind == Kind::Number);
        let other_is_number = numeric(other)
            || (self.word_is(other, "more") || self.word_is(other, "less"))
                && self.word_is(other + 1, "than")
                && numeric(other + 2)
            || approx(other) && numeric(other + 1);
        if !self.kw(to, Kw::To) || !other_is_number {
            return false;
        }
        let changed = (1..=4)
            .take_while(|&back| from >= back && !self.sentence_break(from - back))
            .any(|back| CHANGE.iter().any(|w| self.word_is(from - back, w)));
        let rising_years = matches!(
            (self.plain_number(first), self.plain_number(to + 1)),
            (Some((a, da @ (3 | 4))), Some((b, db @ (3 | 4)))) if b > a && (da == db || b - a < 500)
        ) && self.year_number_ends(to + 2);
        // (Four-digit ends that rise are years whatever the verb: "grew from 1850 to 1900".)
        let four_digits = self.plain_number(i).is_some_and(|(_, d)| d == 4);
        !rising_years || changed && !four_digits
    }

    /// "19th", "third", "twenty-first", "second" → (n, next).
    fn ordinal_at(&self, i: usize) -> Option<(u32, usize)> {
        match self.lex(i) {
            Lex::Ord(n) => Some((u32::from(n), i + 1)),
            Lex::Unit(Unit::Second) => Some((2, i + 1)),
            Lex::Card(t) if t >= 20 && self.is_dash(i + 1) => match self.lex(i + 2) {
                Lex::Ord(u) if u < 10 => Some((u32::from(t) + u32::from(u), i + 3)),
                _ => None,
            },
            _ => {
                let (n, d) = self.number(i)?;
                if d <= 2 && self.lex(i + 1) == Lex::OrdSuffix && self.attached(i + 1) {
                    Some((n, i + 2))
                } else {
                    None
                }
            }
        }
    }

    /// Optional "of 2026" / "of the year" / " 2026" after a quarter or half: (year, end, anchor).
    fn of_year(&self, j: usize) -> Option<(i32, usize, Anchor)> {
        if let Some(named) = self.of_named_year(j) {
            return Some(named);
        }
        if let Some(prev) = self.prev
            && matches!(prev, Point::Year(_))
        {
            return Some((prev.year(), j, Anchor::PreviousMention));
        }
        let r = self.reference?;
        Some((r.year(), j, Anchor::ReferenceDate))
    }

    /// A year named after a quarter, half or season: "2026", "of 2026", "of fiscal 2026", "of
    /// this/the/next/last year": (year, end, anchor).
    fn of_named_year(&self, j: usize) -> Option<(i32, usize, Anchor)> {
        let k = if self.kw(j, Kw::Of) { j + 1 } else { j };
        let k = if self.kw(k, Kw::Fiscal) {
            // "of fiscal year 2026".
            if self.lex(k + 1) == Lex::Unit(Unit::Year) && self.year_at(k + 2).is_some() {
                k + 2
            } else {
                k + 1
            }
        } else {
            k
        };
        if let Some((y, next)) = self.year_at(k).or_else(|| self.short_year_at(k)) {
            return Some((y, next, Anchor::Explicit));
        }
        // "the winter of 50 BC".
        if let Some(era) = self.era_year(k)
            && let Some(Point::Year(y)) = era.point
        {
            return Some((y, era.end_tok, Anchor::Explicit));
        }
        if !self.kw(j, Kw::Of) || self.lex(j + 2) != Lex::Unit(Unit::Year) {
            return None;
        }
        let shift = match self.kw_at(j + 1)? {
            Kw::This | Kw::The => 0,
            Kw::Next => 1,
            Kw::Last => -1,
            _ => return None,
        };
        let r = self.reference?;
        Some((r.year() + shift, j + 3, Anchor::ReferenceDate))
    }

    /// A quarter: "third quarter [of 1989]", with `n` None for "the quarter".
    fn quarter(&self, start: usize, j: usize, n: Option<u32>) -> Option<Found> {
        if let (Some(q), Some((year, end, anchor))) = (n, self.of_named_year(j)) {
            return Some(self.date_point(start, end, Point::Quarter(year, q), anchor));
        }
        // "He scored 20 points in the fourth quarter": a game's quarter, not a year's.
        if n.is_some() && self.in_game_sentence(start) {
            return None;
        }
        // "the quarter ended Sept. 30, 2024": the quarter holding most of the three months up to
        // that day (a fiscal quarter ended July 31 is mostly the second).
        if n.is_none()
            && (self.word_is(j, "ended") || self.word_is(j, "ending"))
            && let Some(Point::Day(last)) = self
                .core(j + 1)
                .filter(|f| f.ty == TimexType::Date)
                .and_then(|f| f.point)
        {
            let mid = add_days(last, -45)?;
            let p = Point::Quarter(mid.year(), mid.month0() / 3 + 1);
            return Some(self.date_point(start, j, p, Anchor::PreviousMention));
        }
        let r = self.reference?;
        let ref_q = r.month0() / 3 + 1;
        match n {
            Some(q) => {
                // "fourth-quarter results", "third-quarter deliveries": reported, so completed,
                // whatever the verb ("will release its third-quarter results on Feb. 5").
                const REPORTED: &[&str] = &[
                    "results",
                    "earnings",
                    "profit",
                    "profits",
                    "loss",
                    "losses",
                    "sales",
                    "revenue",
                    "revenues",
                    "deliveries",
                    "figures",
                    "GDP",
                    "output",
                    "report",
                ];
                let reported = REPORTED.iter().any(|w| self.word_is(j, w));
                let tense = self.tense(start, j);
                let mut year = r.year();
                if q > ref_q && (reported || tense != Tense::Future) {
                    year -= 1;
                } else if q + 2 <= ref_q && tense == Tense::Future {
                    // ("Apple will report first-quarter results in late January", written in
                    // October: the first quarter's results were out in the spring.)
                    // "expects growth in the first quarter", written in December: next year's
                    // (the quarter just ended is still being reported on: "expects to report a
                    // profit for the third quarter", written in October).
                    year += 1;
                }
                Some(self.date_point(start, j, Point::Quarter(year, q), Anchor::ReferenceDate))
            }
            None => {
                if let Some(p) = self.prev_quarter().or(self.report_quarter) {
                    return Some(self.date_point(start, j, p, Anchor::PreviousMention));
                }
                let p = Point::Quarter(r.year(), ref_q).shift(Unit::Quarter, -1)?;
                Some(self.date_point(start, j, p, Anchor::ReferenceDate))
            }
        }
    }

    // ----- amounts: durations and "ago" ----------------------------------------------------------

    /// An amount: "three", "3", "twenty four", "a", "a few", "several", "2 1/2", "a couple of".
    /// Returns (amount, next); None amount = unspecified.
    fn amount_at(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let (amount, next) = self.amount_at_inner(i)?;
        // "two and a half hours".
        if let Some(a) = amount
            && !matches!(self.lex(i), Lex::Kw(_))
            && self.kw(next, Kw::And)
            && self.kw(next + 1, Kw::A)
            && self.kw(next + 2, Kw::Half)
            && matches!(self.lex(next + 3), Lex::Units(_))
        {
            return Some((Some(a + 0.5), next + 3));
        }
        // "two and a quarter hours".
        if let Some(a) = amount
            && !matches!(self.lex(i), Lex::Kw(_))
            && self.kw(next, Kw::And)
            && self.kw(next + 1, Kw::A)
            && self.lex(next + 2) == Lex::Unit(Unit::Quarter)
            && matches!(self.lex(next + 3), Lex::Units(_))
        {
            return Some((Some(a + 0.25), next + 3));
        }
        Some((amount, next))
    }

    fn amount_at_inner(&self, i: usize) -> Option<(Option<f64>, usize)> {
        match self.lex(i) {
            // "three quarters of an hour".
            Lex::Card(n @ 1..=3)
                if self.lex(i + 1) == Lex::Units(Unit::Quarter)
                    && self.kw(i + 2, Kw::Of)
                    && (self.kw(i + 3, Kw::A) || self.kw(i + 3, Kw::An)) =>
            {
                Some((Some(f64::from(n) * 0.25), i + 4))
            }
            // "half an hour", "half a day".
            Lex::Kw(Kw::Half) if self.kw(i + 1, Kw::A) || self.kw(i + 1, Kw::An) => {
                Some((Some(0.5), i + 2))
            }
            Lex::Kw(Kw::A | Kw::An) => {
                if self.kw(i + 1, Kw::Few) {
                    return Some((None, i + 2));
                }
                if self.kw(i + 1, Kw::Couple) {
                    let k = if self.kw(i + 2, Kw::Of) { i + 3 } else { i + 2 };
                    return Some((Some(2.0), k));
                }
                if self.kw(i + 1, Kw::Dozen) {
                    return Some((Some(12.0), i + 2));
                }
                if self.kw(i + 1, Kw::Hundred) {
                    return Some((Some(100.0), i + 2));
                }
                // "a thousand days", "a thousand years".
                if self.kw(i + 1, Kw::Thousand) && self.word_is(i + 1, "thousand") {
                    return Some((Some(1000.0), i + 2));
                }
                if self.kw(i + 1, Kw::Half) {
                    return Some((Some(0.5), i + 2));
                }
                // "a quarter of a century", "a quarter of an hour".
                if self.lex(i + 1) == Lex::Unit(Unit::Quarter)
                    && self.kw(i + 2, Kw::Of)
                    && (self.kw(i + 3, Kw::A) || self.kw(i + 3, Kw::An))
                {
                    return Some((Some(0.25), i + 4));
                }
                Some((Some(1.0), i + 1))
            }
            Lex::Kw(Kw::Few | Kw::Several | Kw::Many) => Some((None, i + 1)),
            // "the next couple of years".
            Lex::Kw(Kw::Couple) if self.kw(i + 1, Kw::Of) => Some((Some(2.0), i + 2)),
            Lex::Kw(Kw::Some) => Some((None, i + 1)),
            Lex::Card(_) => {
                let (n, mut next) = self.card_at(i)?;
                let mut value = f64::from(n);
                if self.kw(next, Kw::Hundred) {
                    value *= 100.0;
                    next += 1;
                } else if self.kw(next, Kw::Thousand) {
                    value *= 1000.0;
                    next += 1;
                }
                Some((Some(value), next))
            }
            _ => {
                if let Some(found) = self.thousands_at(i) {
                    return Some(found);
                }
                if let Some(found) = self.decimal_at(i) {
                    return Some(found);
                }
                let (n, digits) = self.plain_number(i)?;
                if digits > 6 {
                    return None;
                }
                let mut value = f64::from(n);
                let mut next = i + 1;
                // "2 1/2".
                if let Some((1, 1)) = self.number(next)
                    && self.punct(next + 1, b'/')
                    && self.number(next + 2) == Some((2, 1))
                {
                    value += 0.5;
                    next += 3;
                }
                Some((Some(value), next))
            }
        }
    }

    /// "2.5", "9.58": a decimal amount (not money, a version "3.11.4" nor a date "20.07.2025").
    fn decimal_at(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let (n, digits) = self.number(i)?;
        let (frac, frac_digits) = self.number(i + 2)?;
        if digits > 4
            || frac_digits > 3
            || !self.punct(i + 1, b'.')
            || !self.attached(i + 1)
            || !self.attached(i + 2)
        {
            return None;
        }
        // "$2.5", "v2.5", "#2.5": glued to what comes before.
        if i > 0 && !self.toks[i].space_before {
            return None;
        }
        if self.tok(i + 3).is_some_and(|t| {
            !t.space_before
                && (t.is_punct(b'.') || t.is_punct(b',') || t.kind == Kind::Number)
                && self
                    .tok(i + 4)
                    .is_some_and(|u| u.kind == Kind::Number && !u.space_before)
        }) {
            return None;
        }
        let value = f64::from(n) + f64::from(frac) / 10f64.powi(i32::from(frac_digits));
        Some((Some(value), i + 3))
    }

    /// "2,000", "10,000": a whole number with thousands separators, not money or a decimal.
    fn thousands_at(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let (n, digits) = self.number(i)?;
        if digits > 3 {
            return None;
        }
        if i > 0 && !self.toks[i].space_before {
            let prev = &self.toks[i - 1];
            if prev.kind != Kind::Punct || !matches!(prev.num as u8, b'(' | b'"' | b'\'') {
                return None;
            }
        }
        let mut value = f64::from(n);
        let mut next = i + 1;
        while self.punct(next, b',')
            && self.attached(next)
            && self.attached(next + 1)
            && let Some((m, 3)) = self.number(next + 1)
        {
            value = value * 1000.0 + f64::from(m);
            next += 2;
        }
        if next == i + 1 {
            return None;
        }
        if self
            .tok(next)
            .is_some_and(|t| !t.space_before && t.kind != Kind::Word)
        {
            // "2,000.5", "2,000%", "1,000-strong".
            return None;
        }
        Some((Some(value), next))
    }

    /// "a" at `i` makes a rate after a quantity: "$2 million a year", "four flights a week",
    /// "24 hours a day" (not a period of time of its own).
    fn rate_before(&self, i: usize) -> bool {
        if !((self.kw(i, Kw::A) || self.kw(i, Kw::An))
            && self.tok(i).is_some_and(|t| !t.capitalized))
            || i == 0
        {
            return false;
        }
        // "a year earlier", "a year ago" after a figure are not rates.
        if matches!(
            self.kw_at(i + 2),
            Some(Kw::Ago | Kw::Earlier | Kw::Later | Kw::Before | Kw::After)
        ) {
            return false;
        }
        // A year ("in 1998 a year passed") is not a quantity.
        let quantity = |k: usize| {
            self.tok(k)
                .is_some_and(|t| t.kind == Kind::Number && t.digits != 4)
                || matches!(self.lex(k), Lex::Card(_))
        };
        let before = i - 1;
        if quantity(before) {
            return true;
        }
        // A noun (or "million") right after a quantity: "four flights", "$2 million", "700 seats",
        // "8 miles an hour"; or two: "600 aid trucks a day".
        let noun = |k: usize| {
            self.tok(k).is_some_and(|t| {
                t.kind == Kind::Word
                    && !t.capitalized
                    && (t.lex == Lex::None
                        || matches!(t.lex, Lex::Units(_) | Lex::Kw(Kw::Thousand | Kw::Hundred)))
            })
        };
        noun(before)
            && (before >= 1 && quantity(before - 1)
                || before >= 2 && noun(before - 1) && quantity(before - 2))
    }

    /// An amount of time; "a three-year-long war" takes in its "-long" ("a year-long study" is
    /// read from the unit, so "a months-long standoff" is no "a months").
    fn amount_led(&self, i: usize) -> Option<Found> {
        // "three Sundays ago": the Sunday that many Sundays back.
        if let Some((Some(n), k)) = self.amount_at(i)
            && let Lex::Weekdays(wd) = self.lex(k)
            && self.kw(k + 1, Kw::Ago)
            && n.fract() == 0.0
            && (1.0..=52.0).contains(&n)
        {
            return self.relative(i, k + 2, "XXXX-XX-XX", |r| {
                let last = nearest_weekday(r, weekday(wd), false, true)?;
                Some(Point::Day(add_days(last, -7 * (n as i64 - 1))?))
            });
        }
        // "within two to three weeks", "five to 10 years", "20 or 30 minutes": one length, told
        // by its lower end (TimeBank writes "two to three weeks" P2W).
        if let Some((Some(low), k)) = self.amount_at(i)
            && !self.kw(i, Kw::A)
            && !self.kw(i, Kw::An)
            && (self.kw(k, Kw::To) || self.kw(k, Kw::Or))
            && let Some((Some(high), k2)) = self.amount_at(k + 1)
            && high > low
            && let Lex::Units(unit) = self.lex(k2)
            && !matches!(self.kw_at(k2 + 1), Some(Kw::Ago | Kw::Earlier | Kw::Later))
            && !self.rate_before(k2 + 1)
            // ("Children from 3 to 5 years old", "aged 6 to 10 years": ages.)
            && !self.word_is(k2 + 1, "old")
            && !(self.kw(k2 + 1, Kw::Of) && self.word_is(k2 + 2, "age"))
            && !(i >= 1 && ["aged", "ages", "age"].iter().any(|w| self.word_is(i - 1, w)))
        {
            let mut f = self.duration_found(i, k2 + 1, Some(low), unit);
            f.takes_the = true;
            return Some(f);
        }
        let mut f = self.amount_led_inner(i)?;
        let end = f.end_tok;
        if self.is_dash(end) && self.attached(end) && self.word_is(end + 1, "long") {
            if self.kw(i, Kw::A) || self.kw(i, Kw::An) {
                return None;
            }
            f.end_tok = end + 2;
        }
        // "for a week or so", "a day or two": about that long.
        if f.ty == TimexType::Duration && f.modifier.is_none() && self.kw(end, Kw::Or) {
            let vague = self.word_is(end + 1, "so")
                || matches!(self.lex(end + 1), Lex::Card(2 | 3))
                    && !matches!(self.lex(end + 2), Lex::Unit(_) | Lex::Units(_));
            let vague_end = vague.then_some(end + 2);
            if let Some(vague_end) = vague_end
                && !matches!(
                    self.kw_at(vague_end),
                    Some(Kw::Ago | Kw::Earlier | Kw::Later)
                )
            {
                f.end_tok = vague_end;
                f.modifier = Some("APPROX");
            }
        }
        Some(f)
    }

    /// "three years", "91 years", "two-year", "a week", "three days later", "two years ago".
    fn amount_led_inner(&self, i: usize) -> Option<Found> {
        // ("0900 hrs" is a clock time: no amount is written with a leading zero.)
        if self.rate_before(i)
            || self.tok(i).is_some_and(|t| {
                t.kind == Kind::Number
                    && t.end - t.start == 4
                    && self.text.as_bytes()[t.start] == b'0'
            })
        {
            return None;
        }
        // "another week": one more.
        let (amount, mut j) =
            if self.word_is(i, "another") && matches!(self.lex(i + 1), Lex::Unit(_)) {
                (Some(1.0), i + 1)
            } else {
                self.amount_at(i)?
            };
        // "twenty-odd years", "20-odd years": about that many.
        let odd = self.is_dash(j)
            && self.attached(j)
            && self.word_is(j + 1, "odd")
            && matches!(self.lex(j + 2), Lex::Units(_));
        if odd {
            j += 2;
        }
        let hyphen = !odd && self.is_dash(j) && self.attached(j) && self.attached(j + 1);
        if hyphen
            || self.kw(j, Kw::More)
            || self.word_is(j, "additional")
            || self.word_is(j, "full")
            || self.word_is(j, "whole")
            || self.word_is(j, "entire")
            || self.word_is(j, "single")
            // "four consecutive days", "three straight months".
            || (["consecutive", "straight", "successive"]
                .iter()
                .any(|w| self.word_is(j, w))
                && matches!(self.lex(j + 1), Lex::Units(_)))
            // ("14 Earth days", "30 calendar days", "five sitting days".)
            || ([
                "trading", "business", "working", "school", "calendar", "Earth", "sitting",
                "court", "banking",
            ]
            .iter()
            .any(|w| self.word_is(j, w))
                && matches!(
                    self.lex(j + 1),
                    Lex::Units(Unit::Day) | Lex::Unit(Unit::Day)
                ))
        {
            j += 1;
        }
        // "a fortnight", "three fortnights": two weeks each.
        let fortnight = (self.word_is(j, "fortnight") && (hyphen || amount == Some(1.0)))
            || (self.word_is(j, "fortnights") && !hyphen);
        let (amount, lex) = if fortnight {
            (amount.map(|a| a * 2.0), Lex::Units(Unit::Week))
        } else {
            (amount, self.lex(j))
        };
        let unit = match lex {
            Lex::Units(u) if !hyphen || fortnight => u,
            Lex::Unit(u)
                if hyphen
                    || amount == Some(1.0)
                    || amount == Some(0.5)
                    || self.tok(i).is_some_and(|t| t.kind == Kind::Word) =>
            {
                u
            }
            _ => return None,
        };
        // "a second betrayal", "a second term": an ordinal.
        if self.lex(j) == Lex::Unit(Unit::Second)
            && self
                .tok(j + 1)
                .is_some_and(|t| t.kind == Kind::Word && t.lex == Lex::None && !t.capitalized)
        {
            return None;
        }
        // "the Thirty Years' War", "the Hundred Years' War": a name.
        if self.is_apostrophe(j + 1)
            && self
                .tok(j + 2)
                .is_some_and(|t| t.kind == Kind::Word && t.capitalized)
        {
            return None;
        }
        if unit == Unit::Quarter && amount.is_none() {
            return None;
        }
        // "more than a quarter of the market", "three quarters of voters": fractions.
        if unit == Unit::Quarter && self.kw(j + 1, Kw::Of) && self.of_named_year(j + 1).is_none() {
            return None;
        }
        // "by a quarter point", "a quarter percentage point", "a quarter-point cut", "a
        // quarter-cent tax": a fraction of a point or a coin.
        let fraction_of = |k: usize| {
            [
                "point",
                "percentage",
                "cent",
                "percent",
                "mile",
                "inch",
                "pound",
                "share",
                "stake",
                "million",
                "billion",
                "trillion",
            ]
            .iter()
            .any(|w| self.word_is(k, w))
                || matches!(self.lex(k), Lex::Kw(Kw::Hundred | Kw::Thousand))
        };
        // ("fell by a quarter", "two and a quarter million": fractions too.)
        if unit == Unit::Quarter
            && (fraction_of(j + 1)
                || self.is_dash(j + 1) && self.attached(j + 1) && fraction_of(j + 2)
                || i >= 1 && self.word_is(i - 1, "by") && amount == Some(1.0))
        {
            return None;
        }
        // "a quarter-century", "a quarter century": 25 years.
        if unit == Unit::Quarter && amount == Some(1.0) {
            let k = if self.is_dash(j + 1) && self.attached(j + 1) {
                j + 2
            } else {
                j + 1
            };
            if self.lex(k) == Lex::Unit(Unit::Century) {
                return Some(self.found(
                    i,
                    k + 1,
                    TimexType::Duration,
                    "P25Y".into(),
                    Anchor::Explicit,
                ));
            }
        }
        // "for a second time", "A second, weaker system": the ordinal; "for a second", "a second
        // later" are time.
        let article = self.kw(i, Kw::A) || self.kw(i, Kw::An);
        if unit == Unit::Second
            && article
            && !matches!(self.kw_at(j + 1), Some(Kw::Later | Kw::Ago | Kw::Earlier))
            && !(i >= 1
                && [
                    "for", "in", "within", "after", "than", "about", "just", "only", "every",
                    "per", "wait",
                ]
                .iter()
                .any(|w| self.word_is(i - 1, w))
                && self.tok(j + 1).is_none_or(|t| t.kind == Kind::Punct))
        {
            return None;
        }
        // A number word "a" needs the unit to be singular: "a year".
        let mut end = j + 1;
        let mut amount = amount;
        if self.is_dash(end) && self.attached(end) && self.kw(end + 1, Kw::Old)
            || self.kw(end, Kw::Old) && !hyphen
        {
            // An age ("a 6-year-old", "52 years old"), not a period of time.
            return None;
        }
        // Ages told otherwise: "at 6 months of age", "aged 16 years", "children aged 6 to 10
        // years", "ages 6 months to 5 years".
        let aged = |k: usize| ["aged", "ages", "age"].iter().any(|w| self.word_is(k, w));
        if self.kw(end, Kw::Of) && self.word_is(end + 1, "age")
            || i >= 1 && aged(i - 1)
            || i >= 2 && self.kw(i - 1, Kw::Of) && aged(i - 2)
            || (self.kw(i.wrapping_sub(1), Kw::To) || self.kw(i.wrapping_sub(1), Kw::And))
                && (3..=4).any(|back| i >= back && aged(i - back))
        {
            return None;
        }
        // "a year-earlier $1.5 million": the adjective "year-earlier", not "a year".
        if self.is_dash(end)
            && self.attached(end)
            && (self.kw(end + 1, Kw::Earlier) || self.kw(end + 1, Kw::Ago))
        {
            return None;
        }
        // "a year-over-year gain", "a year-end dividend", "a month-long" aside: a compound
        // adjective after "a" names no stretch of time.
        if (self.kw(i, Kw::A) || self.kw(i, Kw::An))
            && self.is_dash(end)
            && self.attached(end)
            && self.attached(end + 1)
            && self.tok(end + 1).is_some_and(|t| t.kind == Kind::Word)
            && !self.word_is(end + 1, "long")
        {
            return None;
        }
        if self.kw(end, Kw::And) && self.kw(end + 1, Kw::A) && self.kw(end + 2, Kw::Half) {
            amount = amount.map(|a| a + 0.5);
            end += 3;
        }
        // "a week from today", "two days from Monday": that far after the day named ("for 14
        // days from July 5" is a stretch of time starting then).
        // ("a week on Saturday": the British "a week from Saturday".)
        let week_on = unit == Unit::Week
            && self.kw(end, Kw::On)
            && matches!(self.lex(end + 1), Lex::Weekday(_));
        if !hyphen
            && (self.kw(end, Kw::From) || week_on)
            && (!self.kw(i.wrapping_sub(1), Kw::For)
                || (2..=5).any(|back| {
                    i >= back
                        && ["set", "scheduled", "slated", "planned", "booked", "due"]
                            .iter()
                            .any(|w| self.word_is(i - back, w))
                }))
            && let Some(n) = amount.filter(|a| a.fract() == 0.0 && *a <= 10_000.0)
            && let Some(anchor) = self
                .core(end + 1)
                .filter(|f| f.ty == TimexType::Date && f.start_tok == end + 1)
            && let Some(Point::Day(d)) = anchor.point
            && !self.kw(end + 1, Kw::Now)
        {
            // ("a week from Monday": the coming Monday.)
            let d = match (self.lex(end + 1), self.reference) {
                (Lex::Weekday(wd), Some(r)) if anchor.end_tok == end + 2 => {
                    nearest_weekday(r, weekday(wd), true, false)?
                }
                _ => d,
            };
            let p = match unit {
                Unit::Week => Point::Day(add_days(d, 7 * n as i64)?),
                _ => shift_day(d, unit, n as i32)?,
            };
            return Some(self.date_point(i, anchor.end_tok, p, anchor.anchor));
        }
        // "a week today", "a fortnight tomorrow", "a month today": the British "a week from
        // today" ("for a week today", "it has been a month today" are lengths).
        if !hyphen
            && matches!(unit, Unit::Week | Unit::Month)
            && matches!(self.kw_at(end), Some(Kw::Today | Kw::Tomorrow))
            && let Some(n) = amount.filter(|a| a.fract() == 0.0 && *a >= 1.0 && *a <= 52.0)
            && !(i >= 1
                && [
                    "for", "been", "than", "over", "past", "last", "spent", "about",
                ]
                .iter()
                .any(|w| self.word_is(i - 1, w)))
            && self.tense(i, end + 1) != Tense::Past
        {
            let offset = i64::from(self.kw(end, Kw::Tomorrow));
            return self.relative(i, end + 1, "XXXX-XX-XX", |r| {
                let d = add_days(r, offset)?;
                match unit {
                    Unit::Week => Some(Point::Day(add_days(d, 7 * n as i64)?)),
                    _ => Some(Point::Day(add_months(d, n as i32)?)),
                }
            });
        }
        // "two days later than planned", "a week earlier than expected": a difference, which
        // is a duration.
        if !hyphen
            && matches!(self.kw_at(end), Some(Kw::Earlier | Kw::Later))
            && self.kw(end + 1, Kw::Than)
        {
            return Some(self.duration_found(i, end, amount, unit));
        }
        // "a week or so ago", "a month or so later": the same point, approximately.
        if !hyphen
            && self.kw(end, Kw::Or)
            && self.word_is(end + 1, "so")
            && matches!(self.kw_at(end + 2), Some(Kw::Ago | Kw::Earlier | Kw::Later))
            && amount.is_some()
        {
            let sign = if self.kw(end + 2, Kw::Later) { 1 } else { -1 };
            let mut f = if self.kw(end + 2, Kw::Ago) {
                self.ago(i, end + 3, amount, unit, -1)?
            } else {
                self.shifted(i, end + 3, amount, unit, sign)?
            };
            if f.ty != TimexType::Duration {
                f.modifier = Some("APPROX");
            }
            return Some(f);
        }
        // "two years afterwards", "Two years on, the town recovered": later.
        if !hyphen
            && amount.is_some()
            && (self.word_is(end, "afterwards")
                || self.word_is(end, "afterward")
                || self.word_is(end, "on")
                    && (self.clause_ends_at(end + 1)
                        // ("Seventeen years on the walls were rebuilt", opening its sentence;
                        // "spent ten years on the project" is a preposition.)
                        || self.opens_sentence(i)
                            && [
                                "the", "a", "he", "she", "they", "it", "we", "his", "her",
                                "their", "its",
                            ]
                            .iter()
                            .any(|w| self.word_is(end + 1, w))))
        {
            return self.shifted(i, end + 1, amount, unit, 1);
        }
        // "two years ago", "three days later", "a year earlier".
        if !hyphen {
            match self.kw_at(end) {
                Some(Kw::Ago) => return self.ago(i, end + 1, amount, unit, -1),
                // "a few days later" has no point to land on: the duration is what is known.
                Some(Kw::Earlier) if amount.is_some() => {
                    return self.shifted(i, end + 1, amount, unit, -1);
                }
                Some(Kw::Later) if amount.is_some() => {
                    return self.shifted(i, end + 1, amount, unit, 1);
                }
                // "against $450 million a year before.", "two days after,": ending the clause,
                // as "earlier" and "later".
                Some(Kw::Before | Kw::After)
                    if amount.is_some() && self.clause_ends_at(end + 1) =>
                {
                    let sign = if self.kw(end, Kw::Before) { -1 } else { 1 };
                    return self.shifted(i, end + 1, amount, unit, sign);
                }
                Some(Kw::From) if self.kw(end + 1, Kw::Now) => {
                    return self.ago(i, end + 2, amount, unit, 1);
                }
                _ => {}
            }
        }
        // "will be redeemed in five years", "results are due in three days' time": a point that
        // far after the reference date; "rose 5% in two weeks" stays a duration.
        // ("in a quarter that produced a loss" and "in a year of turmoil" are no points.)
        let described = ["that", "which", "when", "where", "of"]
            .iter()
            .any(|w| self.word_is(end, w))
            // ("for the first time in eight years", "the first such visit in a decade", "its
            // biggest drop in 20 years": a length.)
            || i >= 2 && self.kw(i - 2, Kw::Time)
            || (3..=7)
                .take_while(|&back| i >= back && !self.sentence_break(i - back + 1))
                .any(|back| {
                    self.tok(i - back).is_some_and(|t| {
                        let w = &self.text[t.start..t.end];
                        t.kind == Kind::Word
                            && (["first", "only"].contains(&w)
                                || w.len() > 5
                                    && w.ends_with("est")
                                    && ![
                                        "rest", "harvest", "protest", "request", "suggest",
                                        "invest", "honest", "modest", "forest", "contest",
                                        "manifest", "digest",
                                    ]
                                    .iter()
                                    .any(|x| w.ends_with(x)))
                    })
            });
        if !hyphen
            && !described
            && amount.is_some_and(|a| a >= 1.0)
            && self.kw(i.wrapping_sub(1), Kw::In)
            && !matches!(
                unit,
                Unit::Second | Unit::Minute | Unit::Hour | Unit::Quarter
            )
        {
            let time_end = if self.is_apostrophe(end) && self.kw(end + 1, Kw::Time) {
                Some(end + 2)
            } else if self.is_apostrophe(end)
                && self.word_is(end + 1, "s")
                && self.kw(end + 2, Kw::Time)
            {
                Some(end + 3)
            } else {
                None
            };
            if time_end.is_some() || self.tense(i, end) == Tense::Future {
                return self.ago(i, time_end.unwrap_or(end), amount, unit, 1);
            }
        }
        let mut f = self.duration_found(i, end, amount, unit);
        f.takes_the = true;
        if odd {
            f.modifier = Some("APPROX");
        }
        Some(f)
    }

    /// "two years ago": a point relative to the reference date at the unit's granularity.
    fn ago(
        &self,
        start: usize,
        end: usize,
        amount: Option<f64>,
        unit: Unit,
        sign: i32,
    ) -> Option<Found> {
        // "half a century ago" is 50 years ago, "a year and a half ago" 18 months ago.
        let (amount, unit) = whole_amount(amount, unit);
        let Some(n) = amount.filter(|a| a.fract() == 0.0) else {
            let v = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
            return Some(self.found(
                start,
                end,
                TimexType::Date,
                v.to_string(),
                Anchor::ReferenceDate,
            ));
        };
        let n = n as i32 * sign;
        // "Fifty years ago today", "a year ago tomorrow": the day that far from the article's.
        let day_word = match self.kw_at(end) {
            Some(Kw::Today) => Some(0),
            Some(Kw::Tomorrow) => Some(1),
            Some(Kw::Yesterday) => Some(-1),
            _ => None,
        };
        // "A year ago this month", "a decade ago this week": that month or week, years back.
        if self.kw(end, Kw::This)
            && let Lex::Unit(period @ (Unit::Month | Unit::Week)) = self.lex(end + 1)
            && matches!(unit, Unit::Year | Unit::Decade | Unit::Century)
        {
            return self.relative(start, end + 2, "XXXX-XX", |r| {
                let day = add_months(r, n.saturating_mul(calendar_months(unit)))?;
                shift_day(day, period, 0)
            });
        }
        if let Some(offset) = day_word
            && matches!(
                unit,
                Unit::Year | Unit::Month | Unit::Decade | Unit::Century
            )
        {
            return self.relative(start, end + 1, "XXXX-XX-XX", |r| {
                Some(Point::Day(add_days(
                    add_months(r, n.saturating_mul(calendar_months(unit)))?,
                    offset,
                )?))
            });
        }
        // ("a year ago" among quarters compares with the reported one; "two years ago" tells
        // of the time of writing.)
        if unit == Unit::Year
            && n == -1
            && let Some(f) = self.years_from_quarter(start, end, n)
        {
            return Some(f);
        }
        let mut f = self.relative(start, end, "XXXX", |r| shift_day(r, unit, n))?;
        // "Sales rose from $3 million a year ago": a comparison, not a move of the story's time;
        // a later "a year earlier" compares with the same period.
        if unit == Unit::Year && n == -1 && self.prev.is_some() {
            f.point = self.prev;
        }
        Some(f)
    }

    /// "a year ago", "a year earlier" among quarters: the reporting quarter `years` years on (or
    /// the year before, after "for the nine months"). The anchor stays on the previous mention.
    fn years_from_quarter(&self, start: usize, end: usize, years: i32) -> Option<Found> {
        let quarter = self.prev_quarter()?;
        if let Some(f) = self.year_before_months(start, end, -years) {
            return Some(f);
        }
        let point = quarter.shift(Unit::Year, years)?;
        let mut f = self.date_point(start, end, point, Anchor::PreviousMention);
        // (The quarter's closing day hands on the quarter, not a day for clock times.)
        f.point = match self.prev {
            Some(Point::Day(_)) => Some(quarter),
            other => other,
        };
        Some(f)
    }

    /// "three days later", "a year earlier": from the previous mention.
    fn shifted(
        &self,
        start: usize,
        end: usize,
        amount: Option<f64>,
        unit: Unit,
        sign: i32,
    ) -> Option<Found> {
        let (whole, whole_unit) = whole_amount(amount, unit);
        let f = self.shifted_by(start, end, whole, whole_unit, sign)?;
        // "Seventy-five years on" after 1961, told in 2015 of the past: no date past the
        // article's, so the length.
        let beyond = self.reference.is_some_and(|r| {
            f.point
                .and_then(|p| p.first_day())
                .is_some_and(|d| d.year() > r.year() + 1)
        });
        if beyond && sign > 0 && self.tense(start, end) != Tense::Future {
            return Some(self.duration_found(start, end, amount, unit));
        }
        Some(f)
    }

    fn shifted_by(
        &self,
        start: usize,
        end: usize,
        amount: Option<f64>,
        unit: Unit,
        sign: i32,
    ) -> Option<Found> {
        // (Whole amounts within reason: "2,000,000,000 years later" is no date to compute.)
        let n = amount.filter(|a| a.fract() == 0.0 && *a <= 100_000.0)?;
        let n = n as i32 * sign;
        // "at 02:56 UTC … 19 minutes later": a clock time that far from the one just told.
        if let Some(f) = self.clock_shifted(start, end, unit, n) {
            return Some(f);
        }
        if unit == Unit::Year
            && let Some(f) = self.years_from_quarter(start, end, n)
        {
            return Some(f);
        }
        // "the Safety Act of 1941, passed four years later", "in 1911, nine years later": an
        // apposition restating the year just named.
        if n > 0
            && unit == Unit::Year
            && let Some(Point::Year(y)) = self.prev
            && let Some(gap) = self
                .tok(start)
                .and_then(|t| self.text.get(self.prev_end..t.start))
            && let Some(rest) = gap.trim_start().strip_prefix(',')
            && rest.split_whitespace().count() <= 1
            && rest
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_whitespace())
        {
            return Some(self.date_point(start, end, Point::Year(y), Anchor::PreviousMention));
        }
        // "The war of 1914–18 … A year later": from the span's end.
        if n > 0
            && let (Some(Point::Year(_)), Some(last)) = (self.prev, self.prev_split_end)
            && matches!(unit, Unit::Year | Unit::Decade | Unit::Century)
        {
            let p = Point::Year(last).shift(unit, n)?;
            return Some(self.date_point(start, end, p, Anchor::PreviousMention));
        }
        // "A decade later" after "the early 1940s": the 1950s.
        if let Some(prev @ (Point::Decade(_) | Point::Century(_))) = self.prev
            && matches!(unit, Unit::Decade | Unit::Century)
            && let Some(p) = prev.shift(unit, n)
        {
            return Some(self.date_point(start, end, p, Anchor::PreviousMention));
        }
        // "Two decades later" after 241 BC: TIMEX3 has no decades before Christ, so the year.
        if let Some(Point::Year(y)) = self.prev
            && y <= 0
            && matches!(unit, Unit::Decade | Unit::Century)
        {
            let years = if unit == Unit::Decade { 10 } else { 100 } * n;
            let p = Point::Year(y + years);
            return Some(self.date_point(start, end, p, Anchor::PreviousMention));
        }
        let mut f = self.anaphoric_by(start, end, unit, |p| match (p, unit) {
            (Point::Quarter(..) | Point::Half(..), Unit::Year) => p.shift(unit, n),
            // "in August from a year earlier": the month a year back, as a comparison reads
            // ("Two years later" after a month tells on by years).
            (Point::Month(..), Unit::Year) if n == -1 => p.shift(unit, n),
            _ => shift_day(p.first_day()?, unit, n),
        })?;
        if matches!(self.prev, Some(Point::Quarter(..))) {
            f.point = self.prev;
        }
        Some(f)
    }

    /// A shift by minutes or hours from the clock time told a few sentences before: "19 minutes
    /// later" after "at 02:56 UTC on 21 July" is 03:15 that day.
    fn clock_shifted(&self, start: usize, end: usize, unit: Unit, n: i32) -> Option<Found> {
        /// How far back (in bytes) the clock time may be: a few sentences.
        const NEAR_BYTES: usize = 400;
        let minutes_per = match unit {
            Unit::Minute => 1,
            Unit::Hour => 60,
            _ => return None,
        };
        let (day, minutes, told_end) = self.prev_clock?;
        let here = self.tok(start)?.start;
        if here.saturating_sub(told_end) > NEAR_BYTES || told_end < self.prev_end {
            return None;
        }
        let at = day.and_hms_opt(0, 0, 0)?
            + chrono::Duration::minutes(i64::from(minutes) + i64::from(n) * minutes_per);
        let value = format!(
            "{}T{:02}:{:02}",
            format_day(at.date()),
            at.hour(),
            at.minute()
        );
        let mut f = self.found(start, end, TimexType::Time, value, Anchor::PreviousMention);
        f.point = Some(Point::Day(at.date()));
        Some(f)
    }

    /// "years", "for months", "recent years", "decades".
    fn bare_units(&self, i: usize, unit: Unit) -> Option<Found> {
        // ("ages 6 months to 5 years": a counted unit is the amount's to read or refuse.)
        if matches!(unit, Unit::Quarter | Unit::Second)
            || i >= 1
                && (self.tok(i - 1).is_some_and(|t| t.kind == Kind::Number)
                    || matches!(self.lex(i - 1), Lex::Card(_)))
        {
            return None;
        }
        let before = i.checked_sub(1).and_then(|p| self.kw_at(p));
        // "within weeks", "could take months", "lasted years".
        let span_verb = i >= 1
            && [
                "within", "take", "takes", "took", "taking", "lasted", "last", "lasts",
            ]
            .iter()
            .any(|w| self.word_is(i - 1, w))
            && (matches!(
                unit,
                Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Decade
            )
                // "within minutes", "within hours".
                || matches!(unit, Unit::Minute | Unit::Hour) && self.word_is(i - 1, "within"));
        // "after years of delays", "follows months of twists and turns": a stretch of time
        // ("months of the year" names the months).
        let stretch_of = matches!(
            unit,
            Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Decade
        ) && self.kw(i + 1, Kw::Of)
            && self.tok(i + 2).is_some_and(|t| {
                t.kind == Kind::Word
                    && !t.capitalized
                    && !matches!(t.lex, Lex::Kw(_) | Lex::Unit(_) | Lex::Units(_))
                    && ![
                        "his", "her", "their", "its", "our", "my", "your", "this", "that",
                    ]
                    .iter()
                    .any(|w| self.word_is(i + 2, w))
            })
            && !matches!(before, Some(Kw::The));
        if matches!(before, Some(Kw::For | Kw::Over))
            || span_verb
            || stretch_of
            || (before.is_none() && self.kw(i + 1, Kw::Ago))
        {
            if self.kw(i + 1, Kw::Ago) {
                return Some(self.found(
                    i,
                    i + 2,
                    TimexType::Date,
                    "PAST_REF".into(),
                    Anchor::ReferenceDate,
                ));
            }
            return Some(self.duration_found(i, i + 1, None, unit));
        }
        None
    }

    /// "year-end", "year end", "year's end": the last day of the reference year (of the year
    /// before after "since").
    fn year_end(&self, i: usize) -> Option<Found> {
        if self.tok(i).is_none_or(|t| t.end - t.start != 4) {
            // "years end" is not it.
            return None;
        }
        let end = if self.is_dash(i + 1) && self.attached(i + 1) && self.kw(i + 2, Kw::End) {
            i + 3
        } else if self.kw(i + 1, Kw::End) {
            i + 2
        } else if self.is_apostrophe(i + 1) && self.word_is(i + 2, "s") && self.kw(i + 3, Kw::End) {
            i + 4
        } else {
            return None;
        };
        let back = i32::from(self.kw(i.wrapping_sub(1), Kw::Since));
        let mut f = self.relative(i, end, "XXXX-12-31", |r| {
            Some(Point::Day(NaiveDate::from_ymd_opt(
                r.year() - back,
                12,
                31,
            )?))
        })?;
        f.takes_the = false;
        Some(f)
    }

    /// "day before last Tuesday", "the day after July 4", "the week of March 6": a day next to a
    /// named day, or the week holding it.
    /// "a day-long meeting", "the decades-long conflict": one unit, or an unknown number of them.
    fn long_adjective(&self, i: usize) -> Option<Found> {
        if !(self.is_dash(i + 1)
            && self.attached(i + 1)
            && self.word_is(i + 2, "long")
            && self.attached(i + 2))
        {
            return None;
        }
        let value = match self.lex(i) {
            Lex::Unit(u) => duration_value(Some(1.0), u),
            Lex::Units(u) => duration_value(None, u),
            _ => return None,
        };
        let mut f = self.found(i, i + 3, TimexType::Duration, value, Anchor::Explicit);
        f.takes_the = false;
        Some(f)
    }

    /// "the first week of March 2020", "the last week of May" (`nth` -1): the ISO week that holds
    /// the middle of those seven days, the month's year as for the month alone.
    fn week_of_month(&self, start: usize, nth: i32, of: usize) -> Option<Found> {
        let Some((month, first, last)) = self.month_after_of(of) else {
            return self.week_of_year(start, nth, of);
        };
        let m = first.month();
        let day = if nth < 0 {
            add_days(last, -3)?
        } else {
            add_days(first, i64::from(nth - 1) * 7 + 3)?
        };
        if day.month() != m {
            return None;
        }
        let mut f = self.date_point(start, month.end_tok, Point::Week(day), month.anchor);
        f.takes_the = true;
        Some(f)
    }

    /// "the first day of March", "the last day of 2025", "the last day of the month": that
    /// month's or year's first or last day (the month's year as for the month alone).
    fn day_of_month_or_year(&self, start: usize, last: bool, of: usize) -> Option<Found> {
        let (day, end, anchor) = if let Some((month, first, final_day)) = self.month_after_of(of) {
            let day = if last { final_day } else { first };
            (day, month.end_tok, month.anchor)
        } else {
            let (year, end, anchor) = self.of_named_year(of).filter(|_| self.kw(of, Kw::Of))?;
            let day = if last {
                NaiveDate::from_ymd_opt(year, 12, 31)?
            } else {
                NaiveDate::from_ymd_opt(year, 1, 1)?
            };
            (day, end, anchor)
        };
        let mut f = self.date_point(start, end, Point::Day(day), anchor);
        f.takes_the = true;
        Some(f)
    }

    /// "the first week of the year", "the last week of 2023": the year's first ISO week (the one
    /// that holds 4 January) or last (the one that holds 28 December).
    fn week_of_year(&self, start: usize, nth: i32, of: usize) -> Option<Found> {
        if !self.kw(of, Kw::Of) {
            return None;
        }
        let (year, end, anchor) = self.of_named_year(of)?;
        let day = if nth < 0 {
            NaiveDate::from_ymd_opt(year, 12, 28)?
        } else {
            add_days(NaiveDate::from_ymd_opt(year, 1, 4)?, i64::from(nth - 1) * 7)?
        };
        let mut f = self.date_point(start, end, Point::Week(day), anchor);
        f.takes_the = true;
        Some(f)
    }

    /// The month after "of" at `of` ("… of May 1871"): its mention, first and last day.
    fn month_after_of(&self, of: usize) -> Option<(Found, NaiveDate, NaiveDate)> {
        // "… of this month", "… of next month", "… of the month" (the article's month).
        let relative_month = || {
            if self.lex(of + 2) != Lex::Unit(Unit::Month) {
                return None;
            }
            let n = match self.kw_at(of + 1)? {
                Kw::This | Kw::The => 0,
                Kw::Next => 1,
                Kw::Last => -1,
                _ => return None,
            };
            self.relative(of + 1, of + 3, "XXXX-XX", |r| shift_day(r, Unit::Month, n))
        };
        let month = self
            .month_led(of + 1)
            .or_else(relative_month)
            .filter(|f| matches!(f.point, Some(Point::Month(..))))?;
        let Some(Point::Month(y, m)) = month.point else {
            return None;
        };
        let first = NaiveDate::from_ymd_opt(y, m, 1)?;
        let last = shift_day(first, Unit::Month, 1)?.first_day()?.pred_opt()?;
        Some((month, first, last))
    }

    /// "the fourth Thursday of November", "the last Sunday of October 2024": that weekday of
    /// the month (its year as for the month alone).
    fn weekday_of_month(&self, start: usize, nth: i32, wd: u8, of: usize) -> Option<Found> {
        // "the first Monday of each month", "the last Friday of every month": once a month.
        if (self.kw(of + 1, Kw::Each) || self.kw(of + 1, Kw::Every))
            && self.lex(of + 2) == Lex::Unit(Unit::Month)
        {
            let mut f = self.found(
                start,
                of + 3,
                TimexType::Set,
                "P1M".into(),
                Anchor::Explicit,
            );
            f.takes_the = true;
            return Some(f);
        }
        let (month, first, last) = self.month_after_of(of)?;
        let m = first.month();
        let day = if nth < 0 {
            nearest_weekday(last, weekday(wd), false, false)?
        } else {
            add_days(
                nearest_weekday(first, weekday(wd), true, false)?,
                7 * i64::from(nth - 1),
            )?
        };
        if day.month() != m {
            return None;
        }
        let mut f = self.date_point(start, month.end_tok, Point::Day(day), month.anchor);
        f.takes_the = true;
        Some(f)
    }

    /// "week 31 of 2025", "week 2 of next year": an ISO week, only with its year named (a
    /// bare "week 3" is as often the third week of a trial or a season).
    fn numbered_week(&self, i: usize) -> Option<Found> {
        if self.lex(i) != Lex::Unit(Unit::Week) {
            return None;
        }
        let (week, _) = self.plain_number(i + 1).filter(|&(_, d)| d <= 2)?;
        if !self.kw(i + 2, Kw::Of) {
            return None;
        }
        let (year, end, anchor) = self.of_named_year(i + 2)?;
        let monday = NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)?;
        Some(self.date_point(i, end, Point::Week(monday), anchor))
    }

    fn around_a_day(&self, i: usize) -> Option<Found> {
        let unit = match self.lex(i) {
            Lex::Unit(u) => u,
            _ => return None,
        };
        // "down from $450 million the year before.", "the month after,": the previous
        // mention's year or month, one on.
        if matches!(unit, Unit::Year | Unit::Month)
            && self.kw(i.wrapping_sub(1), Kw::The)
            && (self.kw(i + 1, Kw::Before) || self.kw(i + 1, Kw::After))
            && self.clause_ends_at(i + 2)
        {
            let n = if self.kw(i + 1, Kw::Before) { -1 } else { 1 };
            return self.anaphoric_by(i, i + 2, unit, |p| match p {
                Point::Month(..) | Point::Year(_) | Point::Quarter(..) => p.shift(unit, n),
                _ => shift_day(p.first_day()?, unit, n),
            });
        }
        let (shift_days, k) = match unit {
            Unit::Day if self.kw(i + 1, Kw::Before) => (-1, i + 2),
            Unit::Day if self.kw(i + 1, Kw::After) => (1, i + 2),
            Unit::Week if self.kw(i + 1, Kw::Of) => (0, i + 2),
            // "the week before Thanksgiving", "the week after the election" (a day named).
            Unit::Week if self.kw(i + 1, Kw::Before) => (-7, i + 2),
            Unit::Week if self.kw(i + 1, Kw::After) => (7, i + 2),
            _ => return None,
        };
        // "The day before, air defenses shot down 23 drones": from the day just named.
        if unit == Unit::Day && self.kw(i.wrapping_sub(1), Kw::The) && self.clause_ends_at(k) {
            return self.anaphoric_by(i, k, Unit::Day, |p| match p {
                Point::Day(d) => Some(Point::Day(add_days(d, shift_days)?)),
                _ => None,
            });
        }
        let inner = self
            .with_prefix(k)
            .filter(|f| f.start_tok == k)
            .or_else(|| self.core(k))
            .or_else(|| self.named_holiday(k, k, None))?;
        let Some(Point::Day(day)) = inner.point else {
            return None;
        };
        if inner.ty != TimexType::Date {
            return None;
        }
        let point = if unit == Unit::Week {
            Point::Week(add_days(day, shift_days)?)
        } else {
            Point::Day(add_days(day, shift_days)?)
        };
        Some(self.date_point(i, inner.end_tok, point, inner.anchor))
    }

    /// "year-ago", "year-earlier" as adjectives: the previous mention's period a year back.
    fn year_ago_adjective(&self, i: usize) -> Option<Found> {
        if !(self.is_dash(i + 1) && self.attached(i + 1)) {
            return None;
        }
        if !(self.kw(i + 2, Kw::Ago) || self.kw(i + 2, Kw::Earlier)) {
            return None;
        }
        self.year_back_adjective(i, i + 3)
    }

    /// "the prior-year quarter", "the prior-year third quarter": as "year-ago".
    fn prior_year_adjective(&self, i: usize) -> Option<Found> {
        if !(self.word_is(i, "prior")
            && self.is_dash(i + 1)
            && self.attached(i + 1)
            && self.lex(i + 2) == Lex::Unit(Unit::Year))
        {
            return None;
        }
        // Only before the period it qualifies ("prior-year results" stay the year's).
        let k = self.ordinal_at(i + 3).map_or(i + 3, |(_, k)| k);
        if !(self.lex(k) == Lex::Unit(Unit::Quarter) || self.kw(k, Kw::Period)) {
            return None;
        }
        self.year_back_adjective(i, i + 3)
    }

    /// The period a year back named by an adjective ending before `after` ("year-ago",
    /// "prior-year"), with the quarter or period after it.
    fn year_back_adjective(&self, i: usize, after: usize) -> Option<Found> {
        let mut end = after;
        // "the year-ago third quarter": one expression.
        if let Some((q, mut k)) = self.ordinal_at(end) {
            if self.is_dash(k) && self.attached(k) {
                k += 1;
            }
            if (1..=4).contains(&q) && self.lex(k) == Lex::Unit(Unit::Quarter) {
                let year = self.reference?.year() - 1;
                return Some(self.date_point(
                    i,
                    k + 1,
                    Point::Quarter(year, q),
                    Anchor::ReferenceDate,
                ));
            }
        }
        if matches!(
            self.lex(end),
            Lex::Unit(Unit::Quarter | Unit::Month | Unit::Year)
        ) || self.kw(end, Kw::Period)
        {
            end += 1;
        }
        if let Some(f) = self.year_before_months(i, end, 1) {
            return Some(f);
        }
        if let Some(p) = self
            .prev_quarter()
            .or(self.prev.filter(|p| matches!(p, Point::Half(..))))
        {
            // After "the year-ago quarter", "the year-ago results" are that same quarter.
            // (A fourth quarter reported in January is no year-ago one: compare with the
            // reported quarter when there is one.)
            let already_back = match self.report_quarter {
                Some(reported) => p.year() < reported.year(),
                None => self.reference.is_some_and(|r| p.year() < r.year()),
            };
            let point = if already_back {
                p
            } else {
                p.shift(Unit::Year, -1)?
            };
            let mut f = self.date_point(i, end, point, Anchor::PreviousMention);
            f.point = self.prev;
            return Some(f);
        }
        if let Some(r) = self.reference {
            let q = Point::Quarter(r.year(), r.month0() / 3 + 1).shift(Unit::Quarter, -1)?;
            if self.lex(i + 3) == Lex::Unit(Unit::Quarter) {
                return Some(self.date_point(
                    i,
                    end,
                    q.shift(Unit::Year, -1)?,
                    Anchor::ReferenceDate,
                ));
            }
        }
        self.relative(i, end, "XXXX", |r| Some(Point::Year(r.year() - 1)))
    }

    // ----- seasons ---------------------------------------------------------------------------------

    /// Whether the capitalized word at `i` runs on into a name: "the Daily Mail", "the Summer
    /// Olympics", "the Winter Palace".
    fn name_continues(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.capitalized)
            && self
                .tok(i + 1)
                .is_some_and(|t| t.kind == Kind::Word && t.capitalized && t.lex == Lex::None)
    }

    /// "summer 2024", "the summer of 2024", "winter", with a relation word before it.
    fn season(&self, i: usize, relation: Option<Kw>) -> Option<Found> {
        let Lex::Season(s) = self.lex(i) else {
            return None;
        };
        if self.name_continues(i) || self.word_in(i + 1, SEASONAL_THINGS) {
            return None;
        }
        let s = u32::from(s);
        if let Some((year, end, anchor)) = self.of_named_year(i + 1) {
            return Some(self.date_point(i, end, Point::Season(year, s), anchor));
        }
        // "The following spring and summer", "that summer and autumn": the season after the one
        // just named, in its year (or the next, past a winter).
        if i >= 1
            && (self.kw(i - 1, Kw::And) || self.kw(i - 1, Kw::Or))
            && let Some(Point::Season(y, first)) = self.prev
            && self
                .tok(i - 1)
                .and_then(|t| self.text.get(self.prev_end..t.start))
                .is_some_and(|gap| gap.trim().is_empty())
        {
            let year = if s < first { y + 1 } else { y };
            return Some(self.date_point(
                i,
                i + 1,
                Point::Season(year, s),
                Anchor::PreviousMention,
            ));
        }
        // "the summer and autumn of 1858": the year named after the second season.
        if (self.kw(i + 1, Kw::And) || self.kw(i + 1, Kw::Or) || self.kw(i + 1, Kw::To))
            && matches!(self.lex(i + 2), Lex::Season(_))
            && let Some((year, _, anchor)) = self.of_named_year(i + 3)
        {
            return Some(self.date_point(i, i + 1, Point::Season(year, s), anchor));
        }
        if relation.is_none() {
            let before = i.checked_sub(1).and_then(|p| self.kw_at(p));
            // "fall" is a verb and a noun as often as a season; "autumn" is only the season, and
            // "late fall" only the season too.
            let autumn = self.word_is(i, "autumn");
            let ok = match before {
                Some(Kw::The) => s != 3 || autumn || !self.kw(i + 1, Kw::Of),
                Some(Kw::In | Kw::During | Kw::Since | Kw::Until | Kw::By) => s != 3 || autumn,
                Some(Kw::Early | Kw::Late | Kw::Mid) => true,
                _ => false,
            };
            if !ok {
                return None;
            }
            // "In 1848 revolts spread. In the spring, …" in a history.
            if let Some(year) = self.narrative_year(i) {
                let point = Point::Season(year, s);
                return Some(self.date_point(i, i + 1, point, Anchor::PreviousMention));
            }
        }
        let r = self.reference?;
        let year = season_year(r, s, relation, || {
            if relation == Some(Kw::This) {
                self.tense_before(i)
            } else {
                self.tense(i, i + 1)
            }
        })?;
        Some(self.date_point(i, i + 1, Point::Season(year, s), Anchor::ReferenceDate))
    }

    // ----- clock times -----------------------------------------------------------------------------

    /// "4:39 PM", "10 p.m. Wednesday", "5 p.m. EST Nov. 9", "noon Thursday".
    fn time_led(&self, i: usize) -> Option<Found> {
        let (h, m, mut j) = self.time_at(i)?;
        // "at 9:15 tonight", "at 3 this afternoon": an afternoon or evening clock of the
        // article's day.
        let evening_word = self.kw(j, Kw::Tonight)
            || self.kw(j, Kw::This) && matches!(self.lex(j + 1), Lex::DayPart(2..=4));
        // ("7.30pm tonight", "3pm this afternoon": the clock already set past noon.)
        let meridiem = (i..j).any(|k| self.ampm_at(k).is_some());
        let hour = match h {
            1..12 if !meridiem => Some(h + 12),
            12..24 if meridiem => Some(h),
            _ => None,
        };
        if evening_word
            && let Some(hour) = hour
            && let Some(r) = self.reference
        {
            let end = if self.kw(j, Kw::Tonight) {
                j + 1
            } else {
                j + 2
            };
            let value = format!("{}T{:02}:{m:02}", format_day(r), hour);
            let mut f = self.found(i, end, TimexType::Time, value, Anchor::ReferenceDate);
            f.takes_the = false;
            f.point = Some(Point::Day(r));
            return Some(f);
        }
        // "2:30 p.m. local time Sunday": the zone is part of the time, as "Moscow time" is.
        if self.word_is(j, "local") && self.kw(j + 1, Kw::Time) {
            j += 2;
        }
        let mut k = j;
        // "at 8am sharp on Saturday 18 April".
        if (self.word_is(k, "sharp") || self.word_is(k, "prompt")) && self.kw(k + 1, Kw::On) {
            k += 1;
        }
        if self.punct(k, b',') {
            k += 1;
        }
        if self.kw(k, Kw::On) {
            k += 1;
        }
        let mut named_day = None;
        // (A day on the next line is another entry: "Tractor pull, 7 p.m.\n\nFriday: …".)
        let same_line = self.tok(k).is_some_and(|t| !t.newline_before);
        let date = if let Some(mut f) = same_line
            .then(|| self.core(k))
            .flatten()
            // "at 4 a.m. on the 9th of November, 2020".
            .or_else(|| self.with_prefix(k).filter(|_| self.kw(k, Kw::The)))
            // "at 9pm on New Year's Eve".
            .or_else(|| self.named_holiday(k, k, None))
            .filter(|f| matches!(f.point, Some(Point::Day(_))) && f.ty == TimexType::Date)
        {
            j = f.end_tok;
            // "until 9 a.m. Tuesday": the weekday's tense and deadline are read from the time.
            if let Lex::Weekday(wd) = self.lex(k)
                && f.end_tok == k + 1
                && let Some(day) = self.weekday_date(i, f.end_tok, wd, None)
            {
                f.point = Some(Point::Day(day));
            }
            named_day = f.point;
            match f.point {
                Some(Point::Day(d)) => Some((d, f.anchor)),
                _ => None,
            }
        } else if let Some(d) = self.restated_clock_day(i, h * 60 + m) {
            // "shortly after 4 a.m. local time (0100 GMT)": the day of the clock it restates.
            Some((d, Anchor::PreviousMention))
        } else if let Some(d) = self.day_beyond_parenthesis(i, j) {
            // "at about 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. EDT
            // Thursday)": the day after or inside a parenthesis that restates the time.
            named_day = Some(Point::Day(d));
            Some((d, Anchor::ReferenceDate))
        } else if let Some(d) = self.narrative_day(i).or_else(|| self.told_day(i, j)) {
            // "On Saturday, 14 October 1066 … The battle began at about 9 a.m.".
            Some((d, Anchor::PreviousMention))
        } else if let Some(Point::Day(d)) = self.prev.filter(|_| self.prev_in_sentence(i)) {
            // "Apollo 11 landed on July 20, 1969, at 20:17 UTC".
            Some((d, Anchor::PreviousMention))
        } else if let Some((d, _)) = self.prev_day.filter(|&(d, end)| {
            self.ended_in_sentence(end, i)
                // (A story's day near the article's, not "the quarter ended Sept. 30".)
                && self.reference.is_some_and(|r| (r - d).num_days().abs() <= 7)
                && self
                    .prev
                    .and_then(|p| p.first_day())
                    .is_some_and(|first| first <= d)
        }) {
            // "On Monday, the biggest drop since the October 1987 crash came at 2:36 p.m.": the
            // day of the sentence, behind a background month or year.
            Some((d, Anchor::PreviousMention))
        } else if let Some(d) = self.day_just_told(i) {
            // "India beat Sri Lanka on Saturday. Dhoni hit the winning six at 10.49 pm."
            Some((d, Anchor::PreviousMention))
        } else {
            // "The strike began at midnight": the midnight that opened the day, written as the
            // end of the day before.
            let past_midnight = h == 24 && self.tense(i, j) == Tense::Past;
            self.reference.map(|r| {
                let day = if past_midnight {
                    r.pred_opt().unwrap_or(r)
                } else {
                    r
                };
                (day, Anchor::ReferenceDate)
            })
        };
        // "at 11:40 p.m. … At 2:20 a.m. the ship broke apart": a story told on from a late
        // evening runs into the next morning.
        let date = match date {
            Some((d, Anchor::PreviousMention)) if named_day.is_none() => self
                .after_late_evening(i, j, d, h * 60 + m)
                .map(|next| (next, Anchor::PreviousMention))
                .or(date),
            other => other,
        };
        // "beat the Wallabies last night … shortly before 6am": a small hour told after a night
        // is the next morning's.
        let date = match date {
            Some((d, Anchor::PreviousMention))
                if named_day.is_none()
                    && h < 8
                    && (i..j).any(|k| self.ampm_at(k).is_some_and(|(pm, _)| !pm))
                    && self.prev_day_part() == Some(4) =>
            {
                d.succ_opt().map(|next| (next, Anchor::PreviousMention))
            }
            other => other,
        };
        // "Saturday night at 8:30": a clock without "a.m."/"p.m." in the part of the day just
        // named.
        let h = match date {
            Some((_, Anchor::PreviousMention))
                if named_day.is_none()
                    && (1..12).contains(&h)
                    && !(i..j).any(|k| self.ampm_at(k).is_some())
                    && self.prev_in_sentence(i) =>
            {
                match self.prev_day_part() {
                    // ("that afternoon at 11": a morning clock written loosely.)
                    Some(2) if h > 6 => h,
                    Some(part) => hour_in_part(h, part),
                    None => h,
                }
            }
            _ => h,
        };
        let value = match date {
            Some((d, _)) => format!("{}T{h:02}:{m:02}", format_day(d)),
            None => format!("XXXX-XX-XXT{h:02}:{m:02}"),
        };
        let anchor = date.map_or(Anchor::ReferenceDate, |(_, a)| a);
        let mut f = self.found(i, j, TimexType::Time, value, anchor);
        f.takes_the = false;
        // "midnight on 25 February": the day anchors "a week later".
        f.point = named_day;
        Some(f)
    }

    /// The day of a clock time in brackets right after another clock time, which it restates in
    /// another zone: "at 4 a.m. local time (0100 GMT)" is on the local time's day, "2:15 a.m.
    /// (2315 GMT)" on the day before it, "10 p.m. EDT (0200 GMT)" on the day after.
    fn restated_clock_day(&self, i: usize, minutes: u32) -> Option<NaiveDate> {
        /// How far apart two clocks on one day can lie when they restate one moment.
        const HALF_DAY_MINUTES: i64 = 12 * 60;
        let (day, told_minutes, told_end) = self.prev_clock?;
        if i == 0 || !self.punct(i - 1, b'(') {
            return None;
        }
        let gap = self.text.get(told_end..self.toks[i - 1].start)?;
        if gap.len() > 24 || gap.contains(['.', ',', ';', '\n']) {
            return None;
        }
        let shift = i64::from(told_minutes) - i64::from(minutes);
        let days = if shift < -HALF_DAY_MINUTES {
            -1
        } else if shift > 14 * 60 {
            1
        } else {
            0
        };
        add_days(day, days)
    }

    /// The part of the day (2 afternoon – 4 night) that ends the previous mention's text:
    /// "Saturday night", "that evening".
    fn prev_day_part(&self) -> Option<u8> {
        let told = self
            .text
            .get(self.prev_start..self.prev_end)?
            .to_ascii_lowercase();
        [
            ("afternoon", 2),
            ("evening", 3),
            ("night", 4),
            ("tonight", 4),
        ]
        .iter()
        .find(|(w, _)| {
            told.ends_with(w)
                && told[..told.len() - w.len()]
                    .chars()
                    .last()
                    .is_none_or(|c| !c.is_ascii_alphabetic())
        })
        .map(|&(_, part)| part)
    }

    /// The next day, when the clock time at `i..j` (`minutes` after midnight, on story day
    /// `day`) is a morning told shortly after an evening time of that day ("11:40 p.m. … 12:45
    /// a.m."), or after an earlier time already moved into that next morning ("… 2:20 a.m."), in
    /// a past clause that is no flashback ("had").
    fn after_late_evening(
        &self,
        i: usize,
        j: usize,
        day: NaiveDate,
        minutes: u32,
    ) -> Option<NaiveDate> {
        /// How far back (in bytes) the evening time may be: a few sentences.
        const NEAR_BYTES: usize = 600;
        let (told_day, told_minutes, told_end) = self.prev_clock?;
        let here = self.tok(i).map_or(0, |t| t.start);
        let next = day.succ_opt()?;
        let rolls = told_day == day && told_minutes >= 18 * 60 && minutes < 12 * 60
            || told_day == next && told_minutes <= minutes && minutes < 12 * 60;
        (rolls
            && here.saturating_sub(told_end) <= NEAR_BYTES
            && self.tense(i, j) == Tense::Past
            && !self.clause_has(i, "had"))
        .then_some(next)
    }

    /// The weekday named right after a short parenthesis that follows a time (token `j`), or
    /// inside it; the weekday's tense is read from the time at `i`.
    fn day_beyond_parenthesis(&self, i: usize, j: usize) -> Option<NaiveDate> {
        let j = if self.word_is(j, "local") && self.kw(j + 1, Kw::Time) {
            j + 2
        } else {
            j
        };
        if !self.punct(j, b'(') {
            // "struck at 1653 local time -LRB- 2153 GMT -RRB- on Tuesday": a day named a few
            // words on in the same clause.
            for k in j..j + 14 {
                let t = self.tok(k)?;
                if t.newline_before && k > j
                    || t.kind == Kind::Punct && matches!(t.num as u8, b'.' | b',' | b';')
                {
                    return None;
                }
                if self.kw(k, Kw::On)
                    && let Lex::Weekday(wd) = self.lex(k + 1)
                {
                    return self.weekday_date(i, k + 2, wd, None);
                }
            }
            return None;
        }
        let close = (j + 1..j + 10).find(|&k| self.punct(k, b')'))?;
        let after = if self.kw(close + 1, Kw::On) {
            close + 2
        } else {
            close + 1
        };
        let weekday_at = |k: usize| match self.lex(k) {
            Lex::Weekday(wd) => self.weekday_date(i, k + 1, wd, None),
            _ => None,
        };
        // "15:03 Moscow time (12:03 GMT) on December 24": a date after the parenthesis.
        let date_at = |k: usize| {
            self.core(k)
                .filter(|f| f.ty == TimexType::Date && f.start_tok == k)
                .and_then(|f| match f.point {
                    Some(Point::Day(d)) => Some(d),
                    _ => None,
                })
        };
        weekday_at(after)
            .or_else(|| date_at(after).filter(|_| self.kw(close + 1, Kw::On)))
            .or_else(|| (j + 1..close).find_map(weekday_at))
    }

    // ----- keyword-led expressions ------------------------------------------------------------------

    fn keyword_led(&self, i: usize, kw: Kw) -> Option<Found> {
        match kw {
            // "Today the castle houses a museum" in a history: nowadays.
            Kw::Today if self.settled_history => Some(self.vague_ref(i, "PRESENT_REF")),
            Kw::Today => {
                let mut f = self.relative(i, i + 1, "XXXX-XX-XX", |r| Some(Point::Day(r)))?;
                f.takes_the = false;
                Some(self.day_part_after(f))
            }
            Kw::Yesterday | Kw::Tomorrow => {
                let n = if kw == Kw::Yesterday { -1 } else { 1 };
                let mut f = self.relative(i, i + 1, "XXXX-XX-XX", |r| {
                    Some(Point::Day(add_days(r, n)?))
                })?;
                f.takes_the = false;
                Some(self.day_part_after(f))
            }
            Kw::Tonight => {
                let mut f = self.relative(i, i + 1, "XXXX-XX-XX", |r| Some(Point::Day(r)))?;
                if let Some(Point::Day(d)) = f.point {
                    f.ty = TimexType::Time;
                    f.value = format!("{}TNI", format_day(d));
                }
                f.takes_the = false;
                Some(f)
            }
            // "Russia launched 400 drones overnight": the night before the reference date. Only
            // as an adverb ("overnight rates", "an overnight stay" are no time).
            Kw::Overnight => {
                const FOLLOWERS: &[&str] = &[
                    "and", "but", "with", "in", "on", "at", "to", "from", "into", "across", "near",
                    "after", "before", "as", "while", "when", "by", "against",
                ];
                let adverb = self.tok(i + 1).is_none_or(|t| {
                    t.kind == Kind::Punct || FOLLOWERS.iter().any(|w| self.word_is(i + 1, w))
                });
                if !adverb {
                    return None;
                }
                // "built overnight on 13 August 1961", "overnight on Tuesday": that day's night.
                if self.kw(i + 1, Kw::On)
                    && let Some(Point::Day(d)) = self
                        .core(i + 2)
                        .filter(|f| f.ty == TimexType::Date)
                        .and_then(|f| f.point)
                {
                    let value = format!("{}TNI", format_day(d));
                    let mut f = self.found(i, i + 1, TimexType::Time, value, Anchor::Explicit);
                    f.takes_the = false;
                    return Some(f);
                }
                // "polls close on May 7, with results expected overnight": that day's night;
                // "the worst will arrive overnight": tonight; else the night before.
                let day_named = match self.prev {
                    Some(Point::Day(d)) if self.prev_in_sentence(i) => Some(d),
                    _ => None,
                };
                let ahead = self.tense(i, i + 1) == Tense::Future;
                let mut f = self.relative(i, i + 1, "XXXX-XX-XX", |r| {
                    Some(Point::Day(match day_named {
                        Some(d) => d,
                        None if ahead => r,
                        None => add_days(r, -1)?,
                    }))
                })?;
                if let Some(Point::Day(d)) = f.point {
                    f.ty = TimexType::Time;
                    f.value = format!("{}TNI", format_day(d));
                }
                // The night before is no anchor: "markets had slumped overnight, and bourses
                // closed at 3:30 p.m." is today's close.
                f.point = None;
                f.takes_the = false;
                Some(f)
            }
            Kw::Now | Kw::Currently | Kw::Nowadays => {
                if kw == Kw::Now
                    && self.tok(i).is_some_and(|t| t.capitalized)
                    && self.punct(i + 1, b',')
                {
                    // Discourse "Now, ...".
                    return None;
                }
                // "two years from now" is matched from "two"; "for now", "until now" and "now
                // that" are the present as the annotated news has it.
                if kw == Kw::Now
                    && (self.kw(i.wrapping_sub(1), Kw::From) || self.kw(i.wrapping_sub(1), Kw::By))
                {
                    return None;
                }
                Some(self.vague_ref(i, "PRESENT_REF"))
            }
            Kw::Current => {
                // "the current fiscal year", "current" as an adjective before a time unit only.
                if let Lex::Unit(u) = self.lex(i + 1) {
                    return self.relative(i, i + 2, "XXXX", |r| shift_day(r, u, 0));
                }
                if (self.kw(i + 1, Kw::Fiscal)
                    || self.word_is(i + 1, "financial")
                    || self.word_is(i + 1, "calendar"))
                    && self.lex(i + 2) == Lex::Unit(Unit::Year)
                {
                    return self.relative(i, i + 3, "XXXX", |r| Some(Point::Year(r.year())));
                }
                if matches!(self.lex(i + 1), Lex::Units(_)) {
                    return None;
                }
                // "the then-current price": the present of a past story.
                if (i >= 1 && self.word_is(i - 1, "then"))
                    || (i >= 2 && self.is_dash(i - 1) && self.word_is(i - 2, "then"))
                {
                    return Some(self.vague_ref(i, "PAST_REF"));
                }
                Some(self.vague_ref(i, "PRESENT_REF"))
            }
            Kw::Recently => Some(self.vague_ref(i, "PAST_REF")),
            Kw::More if self.kw(i + 1, Kw::Recently) => Some(self.found(
                i,
                i + 2,
                TimexType::Date,
                "PAST_REF".into(),
                Anchor::ReferenceDate,
            )),
            Kw::Recent => {
                // "recent years" is a vague span of years; "recent days" a vague past.
                match self.lex(i + 1) {
                    Lex::Units(Unit::Day) => {
                        return Some(self.found(
                            i,
                            i + 2,
                            TimexType::Date,
                            "PAST_REF".into(),
                            Anchor::ReferenceDate,
                        ));
                    }
                    Lex::Units(Unit::Year | Unit::Decade) => {
                        return Some(self.found(
                            i,
                            i + 2,
                            TimexType::Date,
                            "PAST_REF".into(),
                            Anchor::ReferenceDate,
                        ));
                    }
                    Lex::Units(u @ (Unit::Week | Unit::Month)) => {
                        return Some(self.duration_found(i, i + 2, None, u));
                    }
                    _ => {}
                }
                let before = i.checked_sub(1).and_then(|p| self.kw_at(p));
                if matches!(before, Some(Kw::The | Kw::A | Kw::An | Kw::Most | Kw::More)) {
                    return None;
                }
                None
            }
            Kw::Soon => {
                if self.kw(i.wrapping_sub(1), Kw::As) || self.kw(i + 1, Kw::After) {
                    return None;
                }
                // "a trickle that soon became a flood": soon after a past event, not ahead of
                // the article.
                if self.tense(i, i + 1) == Tense::Past
                    || self.ed_verb_at(i + 1)
                    || [
                        "became", "was", "were", "had", "began", "grew", "fell", "found", "took",
                    ]
                    .iter()
                    .any(|w| self.word_is(i + 1, w))
                {
                    return None;
                }
                Some(self.found(
                    i,
                    i + 1,
                    TimexType::Date,
                    "FUTURE_REF".into(),
                    Anchor::ReferenceDate,
                ))
            }
            Kw::Future => {
                let before = i.checked_sub(1).and_then(|p| self.kw_at(p));
                // "the future Edward VI", "the future king", "the future site of": an adjective.
                const ROLES: &[&str] = &[
                    "king",
                    "queen",
                    "emperor",
                    "empress",
                    "president",
                    "pope",
                    "wife",
                    "husband",
                    "leader",
                    "site",
                    "home",
                    "capital",
                    "champion",
                    "chancellor",
                    "prime",
                    "owner",
                ];
                let adjective = self.tok(i + 1).is_some_and(|t| {
                    t.kind == Kind::Word && t.capitalized && !t.newline_before && t.lex == Lex::None
                }) || ROLES.iter().any(|w| self.word_is(i + 1, w));
                if (matches!(before, Some(Kw::The | Kw::In))
                    || self.word_is(i.wrapping_sub(1), "near"))
                    && !adjective
                {
                    return Some(self.found(
                        i,
                        i + 1,
                        TimexType::Date,
                        "FUTURE_REF".into(),
                        Anchor::ReferenceDate,
                    ));
                }
                None
            }
            Kw::Past => {
                if let Some(f) = self.relation(i, kw) {
                    return Some(f);
                }
                // ("the past tense", "the past participle" are grammar; "the past five seasons"
                // counts something else.)
                if self.kw(i.wrapping_sub(1), Kw::The)
                    && !matches!(self.lex(i + 1), Lex::Unit(_) | Lex::Units(_))
                    && self.amount_at(i + 1).is_none_or(|(_, k)| {
                        matches!(self.lex(k), Lex::Unit(_) | Lex::Units(_))
                            || self.word_is(k, "summers")
                            || self.word_is(k, "winters")
                    })
                    && !["tense", "participle", "perfect"]
                        .iter()
                        .any(|w| self.word_is(i + 1, w))
                {
                    return Some(self.found(
                        i,
                        i + 1,
                        TimexType::Date,
                        "PAST_REF".into(),
                        Anchor::ReferenceDate,
                    ));
                }
                None
            }
            Kw::Present => {
                if self.kw(i.wrapping_sub(1), Kw::At)
                    || self.kw(i.wrapping_sub(1), Kw::The) && self.kw(i.wrapping_sub(2), Kw::Until)
                {
                    return Some(self.found(
                        i,
                        i + 1,
                        TimexType::Date,
                        "PRESENT_REF".into(),
                        Anchor::ReferenceDate,
                    ));
                }
                None
            }
            Kw::These if self.lex(i + 1) == Lex::Units(Unit::Day) => Some(self.found(
                i,
                i + 2,
                TimexType::Date,
                "PRESENT_REF".into(),
                Anchor::ReferenceDate,
            )),
            Kw::Last
            | Kw::Next
            | Kw::This
            | Kw::Coming
            | Kw::Previous
            | Kw::Following
            | Kw::Same
            | Kw::That
            | Kw::Latest
            | Kw::Latter => self.relation(i, kw),
            Kw::Earlier | Kw::Later => {
                // "earlier this year", "later this month", "earlier Sunday".
                if self.kw(i + 1, Kw::This)
                    || self.kw(i + 1, Kw::Today)
                    || matches!(self.lex(i + 1), Lex::Weekday(_))
                {
                    let mut f = self.core(i + 1)?;
                    // No START/END mod: the annotated news gives "earlier this year" the year's
                    // value alone.
                    f.start_tok = i;
                    return Some(f);
                }
                // "later in the day", "earlier in the year": the period of the previous mention
                // (or the reference date) that holds it.
                if self.kw(i + 1, Kw::In)
                    && self.kw(i + 2, Kw::The)
                    && let Lex::Unit(unit @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year)) =
                        self.lex(i + 3)
                {
                    let holds = |p: &Point| match unit {
                        Unit::Day => matches!(p, Point::Day(_)),
                        Unit::Week => matches!(p, Point::Day(_) | Point::Week(_)),
                        Unit::Month => {
                            matches!(p, Point::Day(_) | Point::Week(_) | Point::Month(..))
                        }
                        _ => !matches!(p, Point::Decade(_) | Point::Century(_)),
                    };
                    if let Some(prev) = self.prev.filter(holds) {
                        let point = shift_day(prev.first_day()?, unit, 0)?;
                        return Some(self.date_point(i, i + 4, point, Anchor::PreviousMention));
                    }
                    return self.relative(i, i + 4, "XXXX", |r| shift_day(r, unit, 0));
                }
                None
            }
            Kw::Every | Kw::Each => self.set_every(i),
            // "held here annually", "adjusted quarterly" (not "20% annually", "a quarterly
            // dividend").
            Kw::Annually | Kw::Yearly | Kw::Quarterly => self
                .frequency_adverb(i)
                .map(|value| self.one_word_set(i, value)),
            // "bi-weekly", "semi-monthly" are matched from their first word.
            Kw::Daily | Kw::Weekly | Kw::Monthly
                if i >= 2
                    && self.is_dash(i - 1)
                    && self.attached(i - 1)
                    && self.attached(i)
                    && (self.word_is(i - 2, "bi") || self.word_is(i - 2, "semi")) =>
            {
                None
            }
            // "the Daily Mail", "Weekly Standard": a title ("a daily rally", "weekly earnings" are
            // sets, as the annotated news has them).
            Kw::Daily | Kw::Weekly | Kw::Monthly | Kw::Hourly | Kw::Nightly
                if self.name_continues(i) =>
            {
                None
            }
            Kw::Daily | Kw::Weekly | Kw::Monthly | Kw::Hourly | Kw::Nightly => {
                let value = match kw {
                    Kw::Daily => "P1D",
                    Kw::Weekly => "P1W",
                    Kw::Monthly => "P1M",
                    Kw::Hourly => "PT1H",
                    _ => "P1D",
                };
                let mut f = self.found(i, i + 1, TimexType::Set, value.into(), Anchor::Explicit);
                f.takes_the = false;
                Some(f)
            }
            Kw::Fiscal => {
                // "fiscal 1989", "fiscal first quarter", "fiscal 2026 third quarter".
                if let Some((year, end)) = self.year_at(i + 1) {
                    if let Some((q, k)) = self.ordinal_at(end)
                        && (1..=4).contains(&q)
                        && self.lex(k) == Lex::Unit(Unit::Quarter)
                    {
                        let point = Point::Quarter(year, q);
                        return Some(self.date_point(i, k + 1, point, Anchor::Explicit));
                    }
                    return Some(self.date_point(i, end, Point::Year(year), Anchor::Explicit));
                }
                if let Some(mut f) = self.ordinal_led(i + 1) {
                    f.start_tok = i;
                    return Some(f);
                }
                // "fiscal year 2026".
                if self.lex(i + 1) == Lex::Unit(Unit::Year)
                    && let Some((year, end)) = self.year_at(i + 2)
                {
                    return Some(self.date_point(i, end, Point::Year(year), Anchor::Explicit));
                }
                if self.lex(i + 1) == Lex::Unit(Unit::Year) && self.kw(i.wrapping_sub(1), Kw::The) {
                    return self.relative(i, i + 2, "XXXX", |r| Some(Point::Year(r.year())));
                }
                None
            }
            // "closed on weekends", "during weekends": every weekend.
            Kw::Weekends
                if self.kw(i.wrapping_sub(1), Kw::On)
                    || self.kw(i.wrapping_sub(1), Kw::During)
                    || self.word_is(i.wrapping_sub(1), "at")
                    || self.bare_plural_set(i) =>
            {
                Some(self.one_word_set(i, "XXXX-WXX-WE"))
            }
            Kw::Weekend => {
                if !self.kw(i.wrapping_sub(1), Kw::The) {
                    return None;
                }
                // "the weekend of the 20th", "the weekend of 20 November": that day's weekend.
                if self.kw(i + 1, Kw::Of)
                    && let Some(inner) = self
                        .with_prefix(i + 2)
                        .filter(|f| f.start_tok == i + 2)
                        .or_else(|| self.core(i + 2))
                        .filter(|f| f.ty == TimexType::Date)
                    && let Some(Point::Day(day)) = inner.point
                {
                    return Some(self.date_point(
                        i,
                        inner.end_tok,
                        Point::Weekend(day),
                        inner.anchor,
                    ));
                }
                // In a history, "the weekend" after "Thursday 24 October [1929]" is that week's.
                if let Some(day) = self.narrative_day(i) {
                    let weekend = if day.weekday().num_days_from_monday() >= 5 {
                        day
                    } else {
                        nearest_weekday(day, chrono::Weekday::Sat, true, false)?
                    };
                    return Some(self.date_point(
                        i,
                        i + 1,
                        Point::Weekend(weekend),
                        Anchor::PreviousMention,
                    ));
                }
                // ("back until the weekend", "by the weekend": a deadline ahead.)
                let tense = if self.deadline_before(i - 1) {
                    Tense::Future
                } else {
                    self.tense(i, i + 1)
                };
                self.relative(i, i + 1, "XXXX-WXX-WE", |r| {
                    let wd = r.weekday().num_days_from_monday();
                    let day = if tense == Tense::Future || wd >= 5 {
                        r
                    } else {
                        add_days(r, -7)?
                    };
                    Some(Point::Weekend(day))
                })
            }
            // "High Noon" is a film, "high noon" a figure of speech.
            Kw::Noon if self.word_is(i.wrapping_sub(1), "high") => None,
            Kw::Noon | Kw::Midnight => self.time_led(i),
            // "no more than two days" ("no" is also "No. 5", a blocker of numbers).
            Kw::Blocker => self.negated_comparison(i),
            // "some time ago", "long ago".
            Kw::Some if self.kw(i + 1, Kw::Time) && self.kw(i + 2, Kw::Ago) => {
                Some(self.vague_ref_span(i, i + 3, "PAST_REF"))
            }
            Kw::Long if self.kw(i + 1, Kw::Ago) => Some(self.vague_ref_span(i, i + 2, "PAST_REF")),
            Kw::A | Kw::An | Kw::Few | Kw::Several | Kw::Many | Kw::Some | Kw::Half => {
                self.amount_led(i)
            }
            Kw::Once if self.kw(i + 1, Kw::A) => {
                if let Lex::Unit(u) = self.lex(i + 2) {
                    return Some(self.found(
                        i,
                        i + 3,
                        TimexType::Set,
                        duration_value(Some(1.0), u),
                        Anchor::Explicit,
                    ));
                }
                None
            }
            _ => None,
        }
    }

    /// "mid-afternoon", "mid morning yesterday": the part of the day of the day named after it, of
    /// the day just named in the sentence, or of the reference date.
    fn mid_day_part(&self, i: usize) -> Option<Found> {
        let j = if self.is_dash(i + 1) && self.attached(i + 1) {
            i + 2
        } else {
            i + 1
        };
        let Lex::DayPart(part @ (1 | 2)) = self.lex(j) else {
            return None;
        };
        let mut end = j + 1;
        let on = usize::from(self.kw(end, Kw::On));
        let named = self
            .core(end + on)
            .filter(|f| f.ty == TimexType::Date && matches!(f.point, Some(Point::Day(_))));
        let (day, anchor) = if let Some(f) = named {
            end = f.end_tok;
            (f.point, f.anchor)
        } else if let Some(Point::Day(d)) = self.prev.filter(|_| self.prev_in_sentence(i)) {
            (Some(Point::Day(d)), Anchor::PreviousMention)
        } else if let Some(d) = self.narrative_day(i).or_else(|| self.told_day(i, end)) {
            // "On 14 July 1789 crowds gathered. The fortress fell by mid-afternoon."
            (Some(Point::Day(d)), Anchor::PreviousMention)
        } else {
            (self.reference.map(Point::Day), Anchor::ReferenceDate)
        };
        let value = match day {
            Some(Point::Day(d)) => format!("{}T{}", format_day(d), day_part_code(part)),
            _ => format!("XXXX-XX-XXT{}", day_part_code(part)),
        };
        let mut f = self.found(i, end, TimexType::Time, value, anchor);
        f.point = day;
        f.takes_the = false;
        Some(f)
    }

    /// "the final quarter of 2023", "the final three months of 2026", "the final week of May":
    /// "final" as "last", where an "of" names the whole.
    fn final_of(&self, i: usize) -> Option<Found> {
        if !self.word_is(i, "final") || !self.kw(i.wrapping_sub(1), Kw::The) {
            return None;
        }
        let mut f = self.relation(i, Kw::Last)?;
        let of = (i + 1..f.end_tok).any(|k| self.kw(k, Kw::Of));
        f.start_tok = i - 1;
        f.takes_the = false;
        (of && f.ty == TimexType::Date).then_some(f)
    }

    /// "yesterday morning", "today afternoon".
    fn day_part_after(&self, mut f: Found) -> Found {
        if let (Lex::DayPart(p), Some(Point::Day(d))) = (self.lex(f.end_tok), f.point) {
            f.ty = TimexType::Time;
            f.value = format!("{}T{}", format_day(d), day_part_code(p));
            f.end_tok += 1;
        }
        f
    }

    /// "last week", "next year", "this month", "last Friday", "the following day", "the same year",
    /// "that day", "the past two months", "this summer", "this morning", "last night".
    fn relation(&self, i: usize, kw: Kw) -> Option<Found> {
        let the = self.kw(i.wrapping_sub(1), Kw::The);
        // "will last four minutes", "expected to last six weeks", "did not last a year": the
        // verb; its duration is read on its own.
        if kw == Kw::Last
            && i >= 1
            // ("from March to last week": a unit right after is the adjective's.)
            && !matches!(
                self.lex(i + 1),
                Lex::Unit(_)
                    | Lex::Weekday(_)
                    | Lex::Month(_)
                    | Lex::Season(_)
                    | Lex::DayPart(_)
                    | Lex::Kw(Kw::Weekend)
            )
            && [
                "will", "would", "could", "can", "may", "might", "should", "must", "to", "not",
                "n't", "t", "ll", "cannot",
            ]
            .iter()
            .any(|w| self.word_is(i - 1, w))
        {
            return None;
        }
        let mut j = i + 1;
        // "for the next century and a half", "over the next half-century": lengths.
        if matches!(
            kw,
            Kw::Next | Kw::Past | Kw::Last | Kw::Following | Kw::Coming
        ) {
            if let Lex::Unit(u) = self.lex(j)
                && self.kw(j + 1, Kw::And)
                && self.kw(j + 2, Kw::A)
                && self.kw(j + 3, Kw::Half)
            {
                let mut f = self.duration_found(i, j + 4, Some(1.5), u);
                f.takes_the = true;
                return Some(f);
            }
            if self.kw(j, Kw::Half)
                && (self.is_dash(j + 1) && self.attached(j + 1) || !self.is_dash(j + 1))
                && let Some(k) = [j + 1, j + 2]
                    .into_iter()
                    .find(|&k| matches!(self.lex(k), Lex::Unit(_)))
                && let Lex::Unit(u) = self.lex(k)
            {
                let mut f = self.duration_found(i, k + 1, Some(0.5), u);
                f.takes_the = true;
                return Some(f);
            }
        }
        // "For the next decade, reaction reigned", "for the coming year": a length ahead ("the
        // past year" stays the calendar year before, as the annotated news marks it).
        if matches!(kw, Kw::Next | Kw::Coming | Kw::Following)
            && the
            && i >= 2
            // ("over the next year or so" is a date in TimeBank; "over the following decade" a
            // length.)
            && (["for", "spent", "spend", "spends", "spending"]
                .iter()
                .any(|w| self.word_is(i - 2, w))
                || ["over", "during", "throughout"]
                    .iter()
                    .any(|w| self.word_is(i - 2, w))
                    && matches!(self.lex(i + 1), Lex::Unit(Unit::Decade | Unit::Century)))
            && let Lex::Unit(u @ (Unit::Year | Unit::Decade | Unit::Century | Unit::Month)) =
                self.lex(j)
        {
            let mut f = self.duration_found(i, j + 1, Some(1.0), u);
            f.takes_the = true;
            return Some(f);
        }
        // "in his last decade", "her final year": the last stretch of a life, a length.
        if kw == Kw::Last
            && i >= 1
            && ["his", "her", "their", "its", "my", "our", "your"]
                .iter()
                .any(|w| self.word_is(i - 1, w))
            && let Lex::Unit(u @ (Unit::Year | Unit::Decade | Unit::Month | Unit::Week)) =
                self.lex(j)
        {
            let mut f = self.duration_found(i, j + 1, Some(1.0), u);
            f.takes_the = false;
            return Some(f);
        }
        // "this time last year", "this time next week": the same day a unit away.
        if kw == Kw::This
            && self.kw(j, Kw::Time)
            && let Some(sign) = match self.kw_at(j + 1) {
                Some(Kw::Last) => Some(-1i32),
                Some(Kw::Next) => Some(1),
                _ => None,
            }
            && let Lex::Unit(unit @ (Unit::Week | Unit::Month | Unit::Year)) = self.lex(j + 2)
        {
            let mut f = self.relative(i, j + 3, "XXXX-XX-XX", |r| {
                let day = match unit {
                    Unit::Week => add_days(r, 7 * i64::from(sign))?,
                    _ => add_months(r, sign * calendar_months(unit))?,
                };
                Some(Point::Day(day))
            })?;
            f.takes_the = false;
            return Some(f);
        }
        if kw == Kw::Previous
            && let Some(f) = self.prior_year_adjective(i)
        {
            return Some(f);
        }
        // "this coming Friday", "this coming weekend": the coming one, "this" included.
        if kw == Kw::This
            && self.kw(j, Kw::Coming)
            && let Some(mut f) = self.keyword_led(j, Kw::Coming)
        {
            f.start_tok = i;
            f.takes_the = false;
            return Some(f);
        }
        // "this past week", "this past weekend": the one just ended, which on a Sunday (for a
        // weekend, on Saturday too) is the one still running.
        if kw == Kw::This
            && self.kw(j, Kw::Past)
            && let Some(r) = self.reference
        {
            let weekday = r.weekday().num_days_from_monday();
            if self.lex(j + 1) == Lex::Unit(Unit::Week) {
                let back = if weekday == 6 { 0 } else { -7 };
                let p = Point::Week(add_days(r, back)?);
                return Some(self.date_point(i, j + 2, p, Anchor::ReferenceDate));
            }
            if self.kw(j + 1, Kw::Weekend) {
                let back = if weekday >= 5 { 0 } else { -7 };
                let p = Point::Weekend(add_days(r, back)?);
                return Some(self.date_point(i, j + 2, p, Anchor::ReferenceDate));
            }
        }
        // Durations: "the past two months", "the next few days", "the last three years".
        if matches!(
            kw,
            Kw::Last | Kw::Past | Kw::Next | Kw::Coming | Kw::Previous | Kw::Following | Kw::Latest
        ) && let Some(mut f) = self
            .amount_led(j)
            .filter(|f| f.ty == TimexType::Duration && !self.kw(j, Kw::A) && !self.kw(j, Kw::An))
        {
            f.start_tok = i;
            // "the last three months of 2023", "the last six months of the year": the year's
            // last quarter or half.
            if the
                && kw == Kw::Last
                && self.kw(f.end_tok, Kw::Of)
                && let Some((year, end, anchor)) = self.of_named_year(f.end_tok)
            {
                let point = match f.value.as_str() {
                    "P3M" | "P1Q" => Some(Point::Quarter(year, 4)),
                    "P6M" | "P2Q" => Some(Point::Half(year, 2)),
                    _ => None,
                };
                if let Some(point) = point {
                    return Some(self.date_point(i, end, point, anchor));
                }
            }
            return Some(f);
        }
        // "the past fortnight", "the next fortnight", "the preceding fortnight": two weeks.
        if the
            && matches!(
                kw,
                Kw::Last | Kw::Past | Kw::Next | Kw::Coming | Kw::Previous | Kw::Following
            )
            && self.word_is(j, "fortnight")
        {
            return Some(self.found(
                i,
                j + 1,
                TimexType::Duration,
                "P2W".into(),
                Anchor::Explicit,
            ));
        }
        if self.kw(j, Kw::Fiscal) || kw == Kw::That && self.kw(j, Kw::Same) {
            // "the fiscal year", "that same day".
            j += 1;
        }
        let lex = self.lex(j);
        let r = self.reference;
        match lex {
            Lex::Unit(Unit::Year)
                if matches!(kw, Kw::This | Kw::Last | Kw::Next)
                    && self.is_apostrophe(j + 1)
                    && self.word_is(j + 2, "s")
                    && self.ordinal_at(j + 3).is_some_and(|(q, k)| {
                        (1..=4).contains(&q) && self.lex(k) == Lex::Unit(Unit::Quarter)
                    }) =>
            {
                let (q, k) = self.ordinal_at(j + 3)?;
                let n = match kw {
                    Kw::Last => -1,
                    Kw::Next => 1,
                    _ => 0,
                };
                self.relative(i, k + 1, "XXXX-QX", |r| {
                    Some(Point::Quarter(r.year() + n, q))
                })
            }
            // "last year's quarter", "last year's period": the current quarter a year back.
            Lex::Unit(Unit::Year)
                if kw == Kw::Last
                    && self.is_apostrophe(j + 1)
                    && self.word_is(j + 2, "s")
                    && (self.lex(j + 3) == Lex::Unit(Unit::Quarter)
                        || self.kw(j + 3, Kw::Period)) =>
            {
                let r = r?;
                let q = match self.prev {
                    Some(Point::Quarter(_, q)) => q,
                    _ => (r.month0() / 3 + 3) % 4 + 1,
                };
                let year = r.year() - 1 - i32::from(q == 4 && r.month() <= 3);
                Some(self.date_point(i, j + 4, Point::Quarter(year, q), Anchor::ReferenceDate))
            }
            // "the last week of May".
            Lex::Unit(Unit::Week) if the && kw == Kw::Last && self.kw(j + 1, Kw::Of) => {
                self.week_of_month(i, -1, j + 1)
            }
            // "the last day of 2025", "the last day of the month".
            Lex::Unit(Unit::Day)
                if the
                    && kw == Kw::Last
                    && self.kw(j + 1, Kw::Of)
                    && let Some(f) = self.day_of_month_or_year(i, true, j + 1) =>
            {
                Some(f)
            }
            // "the last Sunday of October", "the last Monday in May".
            Lex::Weekday(wd)
                if kw == Kw::Last && (self.kw(j + 1, Kw::Of) || the && self.kw(j + 1, Kw::In)) =>
            {
                self.weekday_of_month(i, -1, wd, j + 1)
            }
            Lex::Unit(unit) => {
                let end = j + 1;
                let n = match kw {
                    Kw::Last | Kw::Past | Kw::Previous => -1,
                    Kw::Next | Kw::Coming | Kw::Following => 1,
                    _ => 0,
                };
                let anaphoric = matches!(kw, Kw::Following | Kw::Same | Kw::That)
                    || (the && matches!(kw, Kw::Next | Kw::Previous));
                if unit == Unit::Quarter {
                    // "the last quarter of the eighteenth century".
                    if kw == Kw::Last
                        && let Some(f) = self.quarter_of_period(i, end, 4)
                    {
                        return Some(f);
                    }
                    // "This quarter's loss includes …" after "the third quarter ended Sept. 30":
                    // the results are the reported quarter's.
                    if kw == Kw::This
                        && self.is_apostrophe(end)
                        && self.word_is(end + 1, "s")
                        && let Some(p @ Point::Quarter(..)) = self.report_quarter
                    {
                        return Some(self.date_point(i, end, p, Anchor::PreviousMention));
                    }
                    if kw == Kw::Latest || (kw == Kw::Same && the) {
                        let f = self.quarter(i, end, None)?;
                        return Some(self.year_back_tail(f));
                    }
                    // "the last quarter of the year", "the last quarter of 2024": the fourth.
                    if kw == Kw::Last
                        && the
                        && self.kw(end, Kw::Of)
                        && let Some((year, after, anchor)) = self.of_named_year(end)
                    {
                        return Some(self.date_point(i, after, Point::Quarter(year, 4), anchor));
                    }
                    if anaphoric {
                        return self.anaphoric(i, end, |p| match p {
                            Point::Quarter(..) => p.shift(Unit::Quarter, n),
                            _ => shift_day(p.first_day()?, Unit::Quarter, n),
                        });
                    }
                    return self.relative(i, end, "XXXX-QX", |r| shift_day(r, Unit::Quarter, n));
                }
                if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
                    return None;
                }
                // "over the past decade": the ten years just ended, a length of time. ("over
                // the past year" is the calendar year before, as both gold corpora mark it, and
                // "in the last decade" the decade before.)
                if the && kw == Kw::Past && matches!(unit, Unit::Decade | Unit::Century) {
                    let value = duration_value(Some(1.0), unit);
                    return Some(self.found(i, end, TimexType::Duration, value, Anchor::Explicit));
                }
                if anaphoric && unit == Unit::Day && n == 0 && !self.kw(i.wrapping_sub(1), Kw::The)
                {
                    // "that day", "that same day": the day of the previous mention. After a
                    // month only its month is known ("1998-10-XX"); after anything coarser it is
                    // a manner of speaking ("trades made that day").
                    match self.prev {
                        Some(Point::Day(_)) | None => {}
                        Some(Point::Month(y, m)) => {
                            let value = format!("{}-{m:02}-XX", year4(y));
                            let mut f =
                                self.found(i, end, TimexType::Date, value, Anchor::PreviousMention);
                            f.point = self.prev;
                            return Some(f);
                        }
                        Some(_) => return None,
                    }
                }
                // "the following decade" after "the 1880s", "the following century" after "the
                // 17th century".
                if anaphoric
                    && matches!(unit, Unit::Decade | Unit::Century)
                    && let Some(prev @ (Point::Decade(_) | Point::Century(_))) = self.prev
                    && let Some(p) = prev.shift(unit, n)
                {
                    return Some(self.date_point(i, end, p, Anchor::PreviousMention));
                }
                if anaphoric {
                    return self.anaphoric_by(i, end, unit, |p| shift_day(p.first_day()?, unit, n));
                }
                if kw == Kw::Latest {
                    return None;
                }
                self.relative(i, end, "XXXX", |r| shift_day(r, unit, n))
            }
            // "last Thanksgiving", "next Easter".
            Lex::None if matches!(kw, Kw::Last | Kw::Next | Kw::This) && j == i + 1 => {
                self.named_holiday(i, j, Some(kw))
            }
            Lex::Weekday(wd) => {
                if !matches!(
                    kw,
                    Kw::Last | Kw::Next | Kw::This | Kw::Coming | Kw::Previous | Kw::Following
                ) {
                    return None;
                }
                let day = self.weekday_date(i, j + 1, wd, Some(kw));
                let mut f = self.weekday_finish(i, j + 1, day)?;
                if the
                    && matches!(kw, Kw::Previous | Kw::Following)
                    && matches!(self.prev, Some(Point::Day(_)))
                {
                    f.anchor = Anchor::PreviousMention;
                }
                f.takes_the = matches!(kw, Kw::Previous | Kw::Following);
                Some(f)
            }
            Lex::Month(m) | Lex::MonthAbbr(m) => {
                let (month, end, weak) = self.month_at(j)?;
                let _ = m;
                // "this march", "last may": a walk and a verb, not months.
                if weak && !self.tok(j).is_some_and(|t| t.capitalized) {
                    return None;
                }
                let Some(r) = r else {
                    return Some(self.found(
                        i,
                        end,
                        TimexType::Date,
                        format!("XXXX-{month:02}"),
                        Anchor::ReferenceDate,
                    ));
                };
                // "last Oct. 23": the latest such day before the reference date.
                if let Some((day, after)) = self.day_at(end)
                    && matches!(
                        kw,
                        Kw::Last | Kw::Past | Kw::Previous | Kw::Next | Kw::Coming | Kw::This
                    )
                {
                    let this_year = NaiveDate::from_ymd_opt(r.year(), month, day)?;
                    let date = match kw {
                        Kw::Last | Kw::Past | Kw::Previous if this_year >= r => {
                            NaiveDate::from_ymd_opt(r.year() - 1, month, day)?
                        }
                        Kw::Next | Kw::Coming if this_year <= r => {
                            NaiveDate::from_ymd_opt(r.year() + 1, month, day)?
                        }
                        _ => this_year,
                    };
                    return Some(self.attach_time(self.date_point(
                        i,
                        after,
                        Point::Day(date),
                        Anchor::ReferenceDate,
                    )));
                }
                // "the following January": the first one after the previous mention.
                if the
                    && matches!(kw, Kw::Following | Kw::Next)
                    && let Some(prev) = self.prev
                    && let Some(first) = prev.first_day()
                {
                    let year = first.year() + i32::from(month <= first.month());
                    let point = Point::Month(year, month);
                    return Some(self.date_point(i, end, point, Anchor::PreviousMention));
                }
                // "the previous January", in a history: the last one before the story's date.
                if the
                    && kw == Kw::Previous
                    && self.history
                    && let Some(prev) = self
                        .prev
                        .filter(|p| !matches!(p, Point::Decade(_) | Point::Century(_)))
                    && let Some(first) = prev.first_day()
                {
                    let year = first.year() - i32::from(month >= first.month());
                    let point = Point::Month(year, month);
                    return Some(self.date_point(i, end, point, Anchor::PreviousMention));
                }
                // "that October", "the same March": the month of the previous mention's year
                // ("said that March 2015 was wet", "that May 3 was the deadline": a conjunction
                // before a date of its own).
                if matches!(kw, Kw::That | Kw::Same)
                    && (self.year_at(end).is_some() || self.day_at(end).is_some())
                {
                    return None;
                }
                if matches!(kw, Kw::That | Kw::Same)
                    && let Some(prev) = self
                        .prev
                        .filter(|p| !matches!(p, Point::Decade(_) | Point::Century(_)))
                {
                    let point = Point::Month(prev.year(), month);
                    return Some(self.date_point(i, end, point, Anchor::PreviousMention));
                }
                let rm = r.month();
                let year = match kw {
                    // "last February" in March is a year back; "last April" in October is not.
                    Kw::Last | Kw::Past | Kw::Previous => r.year() - i32::from(month + 1 >= rm),
                    Kw::Next | Kw::Coming => r.year() + i32::from(month <= rm),
                    // "This January will be tough", written in December: the coming one; "this
                    // December was cold", written in January: the one just gone.
                    Kw::This => match self.tense(i, end) {
                        Tense::Future if month + 6 < rm => r.year() + 1,
                        Tense::Past if month > rm + 6 => r.year() - 1,
                        _ => r.year(),
                    },
                    _ => return None,
                };
                Some(self.date_point(i, end, Point::Month(year, month), Anchor::ReferenceDate))
            }
            Lex::Season(season) => {
                // "that summer", "the same autumn": the season of the previous mention's year.
                if matches!(kw, Kw::That | Kw::Same)
                    && let Some(prev) = self
                        .prev
                        .filter(|p| !matches!(p, Point::Decade(_) | Point::Century(_)))
                {
                    let point = Point::Season(prev.year(), u32::from(season));
                    return Some(self.date_point(i, j + 1, point, Anchor::PreviousMention));
                }
                // "the following spring", "the next spring" after a dated mention: the first
                // such season after it; "the previous winter" the last before it.
                if the
                    && matches!(kw, Kw::Following | Kw::Next | Kw::Previous)
                    && let Some(prev) = self
                        .prev
                        .filter(|p| !matches!(p, Point::Decade(_) | Point::Century(_)))
                {
                    let s = u32::from(season);
                    let (y0, s0) = match prev {
                        Point::Season(y, s0) => (y, s0),
                        // A year: its seasons are all "in" it, so the next one is the year after.
                        Point::Year(y) => (y, if kw == Kw::Previous { 1 } else { 4 }),
                        p => {
                            let d = p.first_day()?;
                            let s0 = match d.month() {
                                3..=5 => 1,
                                6..=8 => 2,
                                9..=11 => 3,
                                _ => 4,
                            };
                            (
                                if d.month() <= 2 {
                                    d.year() - 1
                                } else {
                                    d.year()
                                },
                                s0,
                            )
                        }
                    };
                    let year = match kw {
                        Kw::Previous if s < s0 => y0,
                        Kw::Previous => y0 - 1,
                        _ if s > s0 => y0,
                        _ => y0 + 1,
                    };
                    let point = Point::Season(year, s);
                    return Some(self.date_point(i, j + 1, point, Anchor::PreviousMention));
                }
                if !matches!(
                    kw,
                    Kw::Last | Kw::Next | Kw::This | Kw::Coming | Kw::Past | Kw::Previous
                ) {
                    return None;
                }
                let mut f = self.season(j, Some(kw))?;
                f.start_tok = i;
                Some(f)
            }
            Lex::DayPart(p) => {
                let day = match kw {
                    Kw::This => 0,
                    Kw::Last if p == 4 => -1,
                    Kw::Following | Kw::Next if the => {
                        // "the next morning": the morning of the day after, a TIME as "that
                        // morning" is.
                        // (After a month or a year there is no day to go on from.)
                        let story_day = self.narrative_day(i);
                        if self
                            .prev
                            .is_some_and(|p| !matches!(p, Point::Day(_) | Point::Weekend(_)))
                            && story_day.is_none()
                        {
                            return None;
                        }
                        let mut f = match story_day {
                            Some(d) if !matches!(self.prev, Some(Point::Day(_))) => self
                                .date_point(
                                    i,
                                    j + 1,
                                    Point::Day(add_days(d, 1)?),
                                    Anchor::PreviousMention,
                                ),
                            _ => self.anaphoric(i, j + 1, |pt| {
                                Some(Point::Day(add_days(pt.first_day()?, 1)?))
                            })?,
                        };
                        if let Some(Point::Day(d)) = f.point {
                            f.ty = TimexType::Time;
                            f.value = format!("{}T{}", format_day(d), day_part_code(p));
                        }
                        return Some(f);
                    }
                    // "that afternoon", "the same evening": the part of the day just named.
                    Kw::That | Kw::Same => {
                        // ("A week later Napoleon entered Moscow. That night …": the day a week
                        // on, which the week was counted from.)
                        let shifted = self
                            .text
                            .get(self.prev_start..self.prev_end)
                            .is_some_and(|t| t.ends_with("later") || t.ends_with("earlier"));
                        let d = match self.prev {
                            Some(Point::Day(d)) => d,
                            Some(Point::Week(d)) if shifted => d,
                            // ("on 7 December 1937 … opened in 1911 … Rescuers arrived that
                            // afternoon": the story's day behind the background year.)
                            _ => self.narrative_day(i)?,
                        };
                        let mut f =
                            self.date_point(i, j + 1, Point::Day(d), Anchor::PreviousMention);
                        f.ty = TimexType::Time;
                        f.value = format!("{}T{}", format_day(d), day_part_code(p));
                        return Some(f);
                    }
                    _ => return None,
                };
                let mut f = self.relative(i, j + 1, "XXXX-XX-XX", |r| {
                    Some(Point::Day(add_days(r, day)?))
                })?;
                if let Some(Point::Day(d)) = f.point {
                    f.ty = TimexType::Time;
                    f.value = format!("{}T{}", format_day(d), day_part_code(p));
                }
                Some(f)
            }
            Lex::Kw(Kw::Weekend) => {
                // "the following weekend", "the previous weekend": from the day just named (the
                // weekend after a weekday is the one that ends its week).
                if matches!(kw, Kw::Following | Kw::Previous)
                    && let Some(Point::Day(d) | Point::Weekend(d)) = self.prev
                {
                    let weekend_day = d.weekday().num_days_from_monday() >= 5
                        || matches!(self.prev, Some(Point::Weekend(_)));
                    let shift = match (kw, weekend_day) {
                        (Kw::Following, true) => 7,
                        (Kw::Following, false) => 0,
                        _ => -7,
                    };
                    let day = add_days(d, shift)?;
                    return Some(self.date_point(
                        i,
                        j + 1,
                        Point::Weekend(day),
                        Anchor::PreviousMention,
                    ));
                }
                // ("the coming weekend" said on a weekday is that week's.)
                let weekday_ref = self
                    .reference
                    .is_some_and(|r| r.weekday().num_days_from_monday() < 5);
                let n = match kw {
                    Kw::Last | Kw::Past | Kw::Previous => -7,
                    Kw::Coming if weekday_ref => 0,
                    Kw::Next | Kw::Coming => 7,
                    Kw::This => 0,
                    _ => return None,
                };
                self.relative(i, j + 1, "XXXX-WXX-WE", |r| {
                    Some(Point::Weekend(add_days(r, n)?))
                })
            }
            Lex::Units(u)
                if kw == Kw::Coming
                    || the
                        && (kw == Kw::Following
                            || kw == Kw::Previous && self.word_is(i, "preceding"))
                        && matches!(
                            u,
                            Unit::Year
                                | Unit::Decade
                                | Unit::Century
                                | Unit::Month
                                | Unit::Week
                                | Unit::Day
                        ) =>
            {
                // "the coming months", "in the following decades".
                Some(self.duration_found(i, j + 1, None, u))
            }
            Lex::Kw(Kw::Half) if kw == Kw::Last || kw == Kw::Latter => {
                if let Some(f) = self.half_of_period(i, j + 1, true) {
                    return Some(f);
                }
                let (year, end, anchor) = self.of_year(j + 1)?;
                // ("the latter half of the century" is no half of this year.)
                if end == j + 1 && self.kw(end, Kw::Of) {
                    return None;
                }
                Some(self.date_point(i, end, Point::Half(year, 2), anchor))
            }
            Lex::Units(u)
                if matches!(kw, Kw::Last | Kw::Past | Kw::Next)
                    && matches!(
                        u,
                        Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Decade
                    ) =>
            {
                Some(self.duration_found(i, j + 1, None, u))
            }
            Lex::Kw(Kw::Period) if kw == Kw::Latest || kw == Kw::Same => {
                // "the first nine months of 2025 … the same period a year earlier": no quarter.
                if self.prev_quarter().is_none() && self.ended_in_sentence(self.months_end, i) {
                    return None;
                }
                let f = self.quarter(i, j + 1, None)?;
                // "compared with the same period in 2009": that quarter of the year named.
                if kw == Kw::Same
                    && (self.kw(j + 1, Kw::In) || self.kw(j + 1, Kw::Of))
                    && let Some((year, next)) = self.year_at(j + 2)
                {
                    // (With no quarter told before, the period is unknown: the year stands alone.)
                    let Some(Point::Quarter(_, q)) = f.point else {
                        return None;
                    };
                    if self.report_quarter.is_none() && self.prev_quarter().is_none() {
                        return None;
                    }
                    let point = Point::Quarter(year, q);
                    return Some(self.date_point(i, next, point, Anchor::PreviousMention));
                }
                Some(if kw == Kw::Same {
                    self.year_back_tail(f)
                } else {
                    f
                })
            }
            _ => None,
        }
    }

    /// "the same quarter a year ago", "the same period last year": the quarter a year back, read
    /// as one expression.
    fn year_back_tail(&self, mut f: Found) -> Found {
        let k = f.end_tok;
        let end = if self.kw(k, Kw::Last) && self.lex(k + 1) == Lex::Unit(Unit::Year) {
            Some(k + 2)
        } else if (self.kw(k, Kw::A) || self.word_is(k, "one"))
            && self.lex(k + 1) == Lex::Unit(Unit::Year)
            && (self.kw(k + 2, Kw::Ago) || self.kw(k + 2, Kw::Earlier))
        {
            Some(k + 3)
        } else {
            None
        };
        if let (Some(end), Some(p @ Point::Quarter(..))) = (end, f.point)
            && let Some(back) = p.shift(Unit::Year, -1)
        {
            let mut g = self.date_point(f.start_tok, end, back, f.anchor);
            g.modifier = f.modifier;
            g.point = f.point;
            f = g;
        }
        f
    }

    /// "every year", "each Thursday", "every other week", "each July".
    fn set_every(&self, i: usize) -> Option<Found> {
        let mut j = i + 1;
        let mut n = 1.0;
        // "every first Thursday of the month", "every last Friday of the month": once a month.
        let nth_weekday = self
            .ordinal_at(j)
            .map(|(_, k)| k)
            .or_else(|| self.kw(j, Kw::Last).then_some(j + 1));
        if let Some(k) = nth_weekday
            && matches!(self.lex(k), Lex::Weekday(_))
            && self.kw(k + 1, Kw::Of)
            && (self.kw(k + 2, Kw::The) || self.kw(k + 2, Kw::Each) || self.kw(k + 2, Kw::Every))
            && self.lex(k + 3) == Lex::Unit(Unit::Month)
        {
            return Some(self.found(i, k + 4, TimexType::Set, "P1M".into(), Anchor::Explicit));
        }
        if self.word_is(j, "other") {
            n = 2.0;
            j += 1;
        } else if let Some((nth, k)) = self.ordinal_at(j)
            && (2..=4).contains(&nth)
            && matches!(self.lex(k), Lex::Unit(_) | Lex::Weekday(_))
        {
            // "every second week", "every third Thursday" ("every second" alone is a second).
            n = f64::from(nth);
            j = k;
        }
        let (value, end) = match self.lex(j) {
            Lex::Unit(u) => (duration_value(Some(n), u), j + 1),
            Lex::Weekday(d) => {
                let mut v = format!("XXXX-WXX-{d}");
                let mut end = j + 1;
                if let Lex::DayPart(p) = self.lex(end) {
                    v.push_str(&format!("T{}", day_part_code(p)));
                    end += 1;
                } else if self.kw(end, Kw::At)
                    && let Some((h, m, after)) = self.time_at(end + 1)
                    && (self.kw(end + 1, Kw::Noon)
                        || self.kw(end + 1, Kw::Midnight)
                        || (end + 1..after + 2).any(|k| self.ampm_at(k).is_some()))
                {
                    // "every Wednesday at noon", "every Monday at 7 p.m.".
                    let after = self.ampm_at(after).map_or(after, |(_, next)| next);
                    v.push_str(&format!("T{h:02}:{m:02}"));
                    end = after;
                }
                (v, end)
            }
            Lex::Month(m) if self.day_at(j + 1).is_none() => (format!("XXXX-{m:02}"), j + 1),
            Lex::Season(s) => (
                format!("XXXX-{}", super::resolve::season_code(u32::from(s))),
                j + 1,
            ),
            Lex::DayPart(p) => (format!("XXXX-XX-XXT{}", day_part_code(p)), j + 1),
            // "every weekend", "each weekday".
            Lex::Kw(Kw::Weekend) => ("XXXX-WXX-WE".to_string(), j + 1),
            _ if self.word_is(j, "weekday") => ("XXXX-WXX-WD".to_string(), j + 1),
            // "every Christmas": the holiday's day each year.
            _ if self.tok(j).is_some_and(|t| t.capitalized)
                && let Some(h) = self.named_holiday(j, j, None)
                && h.anchor != Anchor::Explicit =>
            {
                // A fixed day each year, else once a year ("every Thanksgiving").
                let fixed = self
                    .tok(j)
                    .and_then(|t| holiday_at(&self.text[t.start..]))
                    .and_then(|(rule, _)| match rule {
                        super::holidays::Rule::Fixed(m, d) => Some(format!("XXXX-{m:02}-{d:02}")),
                        _ => None,
                    });
                (fixed.unwrap_or_else(|| "P1Y".to_string()), h.end_tok)
            }
            // "every 4th of July", "every July 4": that day each year ("every 12 minutes from 6
            // April" is a rate, and its day a day of its own).
            _ if let Some(f) = self
                .core(j)
                .filter(|f| f.start_tok == j && f.anchor != Anchor::Explicit)
                .filter(|_| {
                    !self
                        .amount_at(j)
                        .is_some_and(|(_, k)| matches!(self.lex(k), Lex::Units(_) | Lex::Unit(_)))
                }) =>
            {
                let Some(Point::Day(d)) = f.point else {
                    return None;
                };
                (format!("XXXX-{:02}-{:02}", d.month(), d.day()), f.end_tok)
            }
            _ => {
                // "every three years".
                let (amount, k) = self.amount_at(j)?;
                match self.lex(k) {
                    Lex::Units(u) => (duration_value(amount, u), k + 1),
                    _ => return None,
                }
            }
        };
        // "commemorated every year on 29 May": that day each year.
        let (value, end) = if value == "P1Y"
            && self.kw(end, Kw::On)
            && !matches!(self.lex(end + 1), Lex::Weekday(_))
            && let Some(day) = self
                .core(end + 1)
                .filter(|f| f.start_tok == end + 1 && f.anchor != Anchor::Explicit)
            && let Some(Point::Day(d)) = day.point
        {
            (format!("XXXX-{:02}-{:02}", d.month(), d.day()), day.end_tok)
        } else {
            (value, end)
        };
        let mut end = end;
        // "every second Tuesday of the month".
        if matches!(self.lex(j), Lex::Weekday(_))
            && self.kw(end, Kw::Of)
            && self.kw(end + 1, Kw::The)
            && self.lex(end + 2) == Lex::Unit(Unit::Month)
        {
            end += 3;
        }
        let mut f = self.found(i, end, TimexType::Set, value, Anchor::Explicit);
        f.takes_the = false;
        Some(f)
    }

    /// A named holiday at token `i` ("Thanksgiving Day", "Good Friday 2024", "Easter week"),
    /// after `rel` when that is "last", "next" or "this" (then the mention starts at `start`).
    ///
    /// With no year written, the holiday is the one of the reference year, moved a year back when
    /// that one is well ahead in a past clause (or far ahead in any), and a year on when it has
    /// passed in a future clause; "last" and "next" take the nearest one strictly before or after
    /// the reference date.
    fn named_holiday(&self, start: usize, i: usize, rel: Option<Kw>) -> Option<Found> {
        let t = self.tok(i).filter(|t| t.capitalized)?;
        if !opens_holiday(&self.text[t.start..t.end]) {
            return None;
        }
        let (rule, len) = holiday_at(&self.text[t.start..])?;
        let name_end = t.start + len;
        let mut end = i + 1;
        while self.tok(end).is_some_and(|t| t.end <= name_end) {
            end += 1;
        }
        if self.toks[end - 1].end != name_end || self.word_in(end, SEASONAL_THINGS) {
            return None;
        }
        let point = |day: NaiveDate| {
            if rule.is_week() {
                Point::Week(day)
            } else {
                Point::Day(day)
            }
        };
        // ("the Ides of March in 44 BC": "in" may stand before a year of an era.)
        let k = if self.punct(end, b',') || self.kw(end, Kw::In) && self.era_year(end + 1).is_some()
        {
            end + 1
        } else {
            end
        };
        // ("the Ides of March 44 BC": a year of an era too.)
        let era_year = || match self.era_year(k) {
            Some(Found {
                point: Some(Point::Year(y)),
                end_tok,
                ..
            }) => Some((y, end_tok)),
            _ => None,
        };
        if rel.is_none()
            && let Some((year, next)) = era_year().or_else(|| self.year_at(k))
        {
            return Some(self.date_point(
                start,
                next,
                point(rule.date_in(year)?),
                Anchor::Explicit,
            ));
        }
        // "Christmas Day of that year", "Easter of the following year", "… of last year".
        if rel.is_none()
            && self.kw(end, Kw::Of)
            && let Some((year, next)) = self.relative_year_at(end + 1)
        {
            let anchor = if self.kw(end + 1, Kw::That) || self.kw(end + 1, Kw::The) {
                Anchor::PreviousMention
            } else {
                Anchor::ReferenceDate
            };
            return Some(self.date_point(start, next, point(rule.date_in(year)?), anchor));
        }
        if rel.is_none()
            && let Some(year) = self.narrative_year(start)
        {
            let day = rule.date_in(year)?;
            return Some(self.date_point(start, end, point(day), Anchor::PreviousMention));
        }
        let Some(r) = self.reference.filter(|_| self.year_known) else {
            let unknown = match rule.month() {
                Some(m) if !rule.is_week() => format!("XXXX-{m:02}-XX"),
                _ => "XXXX-XX-XX".to_string(),
            };
            return Some(self.found(start, end, TimexType::Date, unknown, Anchor::ReferenceDate));
        };
        let this_year = rule.date_in(r.year())?;
        let ahead_days = (this_year - r).num_days();
        let year_shift = match rel {
            Some(Kw::Last) if ahead_days >= 0 => -1,
            Some(Kw::Next) if ahead_days <= 0 => 1,
            // "This Christmas was quiet", written on January 2: the one just gone.
            Some(Kw::This) => match self.tense(start, end) {
                Tense::Past if ahead_days > 60 => -1,
                Tense::Future if ahead_days < -60 => 1,
                _ => 0,
            },
            Some(_) => 0,
            // "Christmas falls on a Wednesday this year".
            None if self.clause_says_this_year(start) => 0,
            // "travelers heading home after Christmas", three days after it: the one just gone.
            None if (-14..0).contains(&ahead_days) && {
                let k = if self.kw(start.wrapping_sub(1), Kw::The) {
                    start.wrapping_sub(2)
                } else {
                    start.wrapping_sub(1)
                };
                ["after", "since", "following", "from"]
                    .iter()
                    .any(|w| self.word_is(k, w))
            } =>
            {
                0
            }
            None => match self.tense(start, end) {
                Tense::Future if ahead_days < 0 => 1,
                Tense::Past if ahead_days > 60 => -1,
                Tense::Unknown if ahead_days > 120 => -1,
                Tense::Unknown if ahead_days < -240 => 1,
                _ => 0,
            },
        };
        let day = rule.date_in(r.year() + year_shift)?;
        Some(self.date_point(start, end, point(day), Anchor::ReferenceDate))
    }
}

/// The year of season `s` (1 spring … 4 winter, a winter counted in the year it begins) that a
/// text written on `r` means: "this" and an unknown tense take the calendar year's ("this spring"
/// in January is the coming one; "this winter" in January the one under way), "last" the latest
/// that has ended, "next" the first that has not begun, a past tense the latest that has begun, a
/// future one the first that has not ended.
fn season_year(
    r: NaiveDate,
    s: u32,
    relation: Option<Kw>,
    tense: impl FnOnce() -> Tense,
) -> Option<i32> {
    let start = |y: i32| NaiveDate::from_ymd_opt(y, s * 3, 1);
    let end = |y: i32| {
        let (ny, nm) = if s == 4 { (y + 1, 3) } else { (y, s * 3 + 3) };
        NaiveDate::from_ymd_opt(ny, nm, 1).and_then(|d| d.pred_opt())
    };
    // A winter is this year's until it has ended and spring has come: in March to May "this
    // winter" is the one just over, from June the coming one.
    let calendar = if s == 4 && r.month() <= 5 {
        r.year() - 1
    } else {
        r.year()
    };
    let candidates = [r.year() - 2, r.year() - 1, r.year(), r.year() + 1];
    let latest = |ok: &dyn Fn(i32) -> Option<bool>| {
        candidates
            .iter()
            .rev()
            .copied()
            .find(|&y| ok(y) == Some(true))
    };
    let earliest = |ok: &dyn Fn(i32) -> Option<bool>| {
        candidates.iter().copied().find(|&y| ok(y) == Some(true))
    };
    match relation {
        Some(Kw::Last | Kw::Past | Kw::Previous) => latest(&|y| Some(end(y)? < r)),
        Some(Kw::Next | Kw::Coming) => earliest(&|y| Some(start(y)? > r)),
        Some(Kw::This) => match tense() {
            // "This winter was mild", written in March; "this spring will bring", in January.
            Tense::Past => latest(&|y| Some(start(y)? <= r)),
            Tense::Future => earliest(&|y| Some(end(y)? >= r)),
            Tense::Unknown => Some(calendar),
        },
        _ => match tense() {
            Tense::Past => latest(&|y| Some(start(y)? <= r)),
            Tense::Future => earliest(&|y| Some(end(y)? >= r)),
            Tense::Unknown => Some(calendar),
        },
    }
}

/// Joins two single-unit durations, the second's unit smaller ("PT2H" and "PT41M" → "PT2H41M",
/// "P3Y" and "P6M" → "P3Y6M", "P1D" and "PT6H" → "P1DT6H"); `None` for anything else.
fn join_durations(first: &str, second: &str) -> Option<String> {
    // The (amount, unit letter, is a time unit) parts of "P2D", "PT2H5M", "P1DT3H" with whole
    // amounts.
    fn parts(v: &str) -> Option<Vec<(&str, char, bool)>> {
        let mut rest = v.strip_prefix('P')?;
        let mut time = false;
        let mut out = Vec::new();
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('T') {
                time = true;
                rest = r;
                continue;
            }
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let unit = rest[digits..].chars().next()?;
            if digits == 0 {
                return None;
            }
            out.push((&rest[..digits], unit, time));
            rest = &rest[digits + unit.len_utf8()..];
        }
        (!out.is_empty()).then_some(out)
    }
    let rank = |unit: char, time: bool| match (time, unit) {
        (false, 'Y') => Some(0),
        (false, 'M') => Some(1),
        (false, 'W') => Some(2),
        (false, 'D') => Some(3),
        (true, 'H') => Some(4),
        (true, 'M') => Some(5),
        (true, 'S') => Some(6),
        _ => None,
    };
    let mut all = parts(first)?;
    let tail = parts(second)?;
    let &(_, last_unit, last_time) = all.last()?;
    let &(_, next_unit, next_time) = tail.first()?;
    // Weeks do not mix with other units in TIMEX3 values.
    if all
        .iter()
        .chain(tail.iter())
        .any(|&(_, u, t)| u == 'W' && !t)
        || rank(last_unit, last_time)? >= rank(next_unit, next_time)?
    {
        return None;
    }
    all.extend(tail);
    let mut value = String::from("P");
    let mut in_time = false;
    for (amount, unit, time) in all {
        if time && !in_time {
            value.push('T');
            in_time = true;
        }
        value.push_str(amount);
        value.push(unit);
    }
    Some(value)
}

/// The period of `like`'s granularity that holds `day` (a year for a year, a month for a month…).
fn coarse_like(like: Point, day: NaiveDate) -> Point {
    let y = day.year();
    match like {
        Point::Month(..) => Point::Month(y, day.month()),
        Point::Quarter(..) => Point::Quarter(y, day.month0() / 3 + 1),
        Point::Half(..) => Point::Half(y, day.month0() / 6 + 1),
        Point::Season(..) => {
            let (sy, s) = match day.month() {
                3..=5 => (y, 1),
                6..=8 => (y, 2),
                9..=11 => (y, 3),
                12 => (y, 4),
                _ => (y - 1, 4),
            };
            Point::Season(sy, s)
        }
        _ => Point::Year(y),
    }
}

/// A preposition that opens a date phrase: "in '98", "since June", "until March".
/// Verbs that move a date ahead: "was postponed until Jan. 11", "rescheduled for Jan. 8".
/// Past participles that put something on a calendar: "set for May", "scheduled on June 2".
const PLANNING: &[&str] = &[
    "set",
    "scheduled",
    "slated",
    "planned",
    "expected",
    "due",
    "called",
    "fixed",
    "timed",
    "booked",
];

/// Things named after a holiday or a season, no time of theirs: "Christmas cakes", "Easter
/// eggs", "the winter coats", "summer tyres" ("the Christmas market", "the summer fair" are
/// events at that time).
const SEASONAL_THINGS: &[&str] = &[
    "cake",
    "cakes",
    "pudding",
    "puddings",
    "egg",
    "eggs",
    "tree",
    "trees",
    "card",
    "cards",
    "cracker",
    "crackers",
    "decoration",
    "decorations",
    "lights",
    "ornament",
    "ornaments",
    "stocking",
    "stockings",
    "jumper",
    "jumpers",
    "sweater",
    "sweaters",
    "carol",
    "carols",
    "bunny",
    "bunnies",
    "present",
    "presents",
    "gift",
    "gifts",
    "bonus",
    "bonuses",
    "coat",
    "coats",
    "jacket",
    "jackets",
    "clothes",
    "clothing",
    "boots",
    "tyre",
    "tyres",
    "tire",
    "tires",
    "wheat",
    "squash",
    "onion",
    "onions",
];

const RESCHEDULING: &[&str] = &[
    "postponed",
    "delayed",
    "rescheduled",
    "adjourned",
    "deferred",
    "extended",
    "pushed",
    "moved",
];

/// The 24-hour hour of a 12-hour clock's `h` in a part of the day (1 morning – 4 night): "4 in
/// the morning" is 4, "8 in the evening" 20, "11 at night" 23, "2 at night" 2.
fn hour_in_part(h: u32, part: u8) -> u32 {
    match part {
        1 => h % 12,
        4 if h < 6 || h == 12 => h % 12,
        _ if h == 12 => 12,
        _ => h + 12,
    }
}

/// The 24-hour hour of a 12-hour clock's `h` with "a.m." or "p.m." (`pm`).
fn hour_with_meridiem(h: u32, pm: bool) -> u32 {
    match (pm, h) {
        (true, 12) => 12,
        (true, h) => h + 12,
        (false, 12) => 0,
        (false, h) => h,
    }
}

/// A fractional amount in a smaller unit that makes it whole where one does: "half a century" is
/// 50 years, "a year and a half" 18 months, "six and a half hours" 390 minutes.
fn whole_amount(amount: Option<f64>, unit: Unit) -> (Option<f64>, Unit) {
    match (amount, unit) {
        (Some(a), _) if a.fract() == 0.0 => (amount, unit),
        (Some(a), Unit::Century) => (Some(a * 100.0), Unit::Year),
        (Some(a), Unit::Decade) => (Some(a * 10.0), Unit::Year),
        (Some(a), Unit::Year) => (Some(a * 12.0), Unit::Month),
        (Some(a), Unit::Week) => (Some(a * 7.0), Unit::Day),
        (Some(a), Unit::Day) => (Some(a * 24.0), Unit::Hour),
        (Some(a), Unit::Hour) => (Some(a * 60.0), Unit::Minute),
        _ => (amount, unit),
    }
}

/// How many calendar months one `unit` spans (years, decades and centuries; a month is one).
fn calendar_months(unit: Unit) -> i32 {
    match unit {
        Unit::Decade => 120,
        Unit::Century => 1200,
        Unit::Year => 12,
        _ => 1,
    }
}

fn opens_date(kw: Kw) -> bool {
    matches!(
        kw,
        Kw::In
            | Kw::On
            | Kw::Since
            | Kw::Of
            | Kw::Until
            | Kw::By
            | Kw::From
            | Kw::Through
            | Kw::During
            | Kw::Before
            | Kw::After
            | Kw::Between
    )
}
