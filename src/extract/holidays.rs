//! Named holidays: which words name one ("Election Day", "Good Friday", "New Year's Eve") and on
//! what day (or week) it falls in a given year. Pure calendar arithmetic and string matching; no
//! tokens and no resolution against a reference date (that is `patterns`' work).
//!
//! Only holidays with one date across the English-speaking news this reads are listed: "Labor
//! Day" is the US one, and "Independence Day" is left out (every country has its own).

use chrono::{NaiveDate, Weekday};

use super::resolve::{add_days, nearest_weekday};

/// How a holiday's date is found in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rule {
    /// The same month and day every year.
    Fixed(u32, u32),
    /// The `n`th given weekday of a month; `n == -1` is the last one.
    NthWeekday(u32, Weekday, i32),
    /// Days from Easter Sunday (Western).
    Easter(i64),
    /// The ISO week that ends on Easter Sunday ("Easter week", "Holy Week").
    EasterWeek,
    /// US Election Day: the Tuesday after the first Monday of November.
    ElectionDay,
    /// Days after US Thanksgiving (the fourth Thursday of November): Black Friday, Cyber Monday.
    AfterThanksgiving(i64),
}

/// The holidays, longer names before their prefixes ("Easter Sunday" before "Easter"). An
/// apostrophe matches both `'` and `’`.
const HOLIDAYS: &[(&str, Rule)] = &[
    ("Christmas Eve", Rule::Fixed(12, 24)),
    ("Christmas Day", Rule::Fixed(12, 25)),
    ("Christmas", Rule::Fixed(12, 25)),
    ("New Year's Eve", Rule::Fixed(12, 31)),
    ("New Year's Day", Rule::Fixed(1, 1)),
    // Alone only at a phrase's end ("between Christmas and New Year's"); "New Year's resolutions"
    // is checked in `holiday_at`.
    ("New Year's", Rule::Fixed(1, 1)),
    ("Valentine's Day", Rule::Fixed(2, 14)),
    ("St. Patrick's Day", Rule::Fixed(3, 17)),
    ("St Patrick's Day", Rule::Fixed(3, 17)),
    ("Saint Patrick's Day", Rule::Fixed(3, 17)),
    ("Halloween", Rule::Fixed(10, 31)),
    ("May Day", Rule::Fixed(5, 1)),
    ("V-E Day", Rule::Fixed(5, 8)),
    ("VE Day", Rule::Fixed(5, 8)),
    ("V-J Day", Rule::Fixed(8, 15)),
    ("VJ Day", Rule::Fixed(8, 15)),
    ("Ides of March", Rule::Fixed(3, 15)),
    ("Veterans Day", Rule::Fixed(11, 11)),
    ("Veterans' Day", Rule::Fixed(11, 11)),
    ("Boxing Day", Rule::Fixed(12, 26)),
    ("Hogmanay", Rule::Fixed(12, 31)),
    ("Burns Night", Rule::Fixed(1, 25)),
    ("Australia Day", Rule::Fixed(1, 26)),
    ("Anzac Day", Rule::Fixed(4, 25)),
    ("Juneteenth", Rule::Fixed(6, 19)),
    ("Canada Day", Rule::Fixed(7, 1)),
    ("Bastille Day", Rule::Fixed(7, 14)),
    ("All Saints' Day", Rule::Fixed(11, 1)),
    ("Bonfire Night", Rule::Fixed(11, 5)),
    ("Guy Fawkes Night", Rule::Fixed(11, 5)),
    ("Armistice Day", Rule::Fixed(11, 11)),
    ("Remembrance Day", Rule::Fixed(11, 11)),
    ("Remembrance Sunday", Rule::NthWeekday(11, Weekday::Sun, 2)),
    ("Epiphany", Rule::Fixed(1, 6)),
    ("Fourth of July", Rule::Fixed(7, 4)),
    (
        "Martin Luther King Jr. Day",
        Rule::NthWeekday(1, Weekday::Mon, 3),
    ),
    (
        "Martin Luther King Day",
        Rule::NthWeekday(1, Weekday::Mon, 3),
    ),
    ("Presidents' Day", Rule::NthWeekday(2, Weekday::Mon, 3)),
    ("Presidents Day", Rule::NthWeekday(2, Weekday::Mon, 3)),
    ("Mother's Day", Rule::NthWeekday(5, Weekday::Sun, 2)),
    ("Memorial Day", Rule::NthWeekday(5, Weekday::Mon, -1)),
    ("Father's Day", Rule::NthWeekday(6, Weekday::Sun, 3)),
    ("Labor Day", Rule::NthWeekday(9, Weekday::Mon, 1)),
    ("Columbus Day", Rule::NthWeekday(10, Weekday::Mon, 2)),
    ("Black Friday", Rule::AfterThanksgiving(1)),
    ("Cyber Monday", Rule::AfterThanksgiving(4)),
    ("Thanksgiving Day", Rule::NthWeekday(11, Weekday::Thu, 4)),
    ("Thanksgiving", Rule::NthWeekday(11, Weekday::Thu, 4)),
    ("Election Day", Rule::ElectionDay),
    ("Shrove Tuesday", Rule::Easter(-47)),
    ("Ash Wednesday", Rule::Easter(-46)),
    ("Mothering Sunday", Rule::Easter(-21)),
    ("Palm Sunday", Rule::Easter(-7)),
    ("Holy Week", Rule::EasterWeek),
    ("Maundy Thursday", Rule::Easter(-3)),
    ("Good Friday", Rule::Easter(-2)),
    ("Easter Sunday", Rule::Easter(0)),
    ("Easter Monday", Rule::Easter(1)),
    ("Easter week", Rule::EasterWeek),
    ("Easter", Rule::Easter(0)),
    ("Ascension Day", Rule::Easter(39)),
    ("Pentecost", Rule::Easter(49)),
    ("Whit Sunday", Rule::Easter(49)),
    ("Whit Monday", Rule::Easter(50)),
];

/// Whether `word` can open a holiday's name: a cheap test before [`holiday_at`] reads the table.
pub(crate) fn opens_holiday(word: &str) -> bool {
    // Most capitalized words open none: a first-letter test before the names.
    if !matches!(
        word.as_bytes().first(),
        Some(
            b'A'..=b'H'
                | b'I'
                | b'J'
                | b'L'
                | b'M'
                | b'N'
                | b'P'
                | b'R'
                | b'S'
                | b'T'
                | b'V'
                | b'W'
        )
    ) {
        return false;
    }
    matches!(
        word,
        "Christmas"
            | "May"
            | "Ides"
            | "V"
            | "VE"
            | "VJ"
            | "New"
            | "Valentine"
            | "St"
            | "Saint"
            | "Halloween"
            | "Veterans"
            | "Boxing"
            | "Fourth"
            | "Martin"
            | "Presidents"
            | "Mother"
            | "Memorial"
            | "Father"
            | "Labor"
            | "Columbus"
            | "Thanksgiving"
            | "Election"
            | "Ash"
            | "Palm"
            | "Holy"
            | "Maundy"
            | "Good"
            | "Easter"
            | "Pentecost"
            | "Hogmanay"
            | "Burns"
            | "Australia"
            | "Anzac"
            | "Juneteenth"
            | "Canada"
            | "Bastille"
            | "All"
            | "Bonfire"
            | "Guy"
            | "Armistice"
            | "Remembrance"
            | "Epiphany"
            | "Shrove"
            | "Mothering"
            | "Ascension"
            | "Whit"
            | "Black"
            | "Cyber"
    )
}

/// The holiday whose name starts `text` (the first letter upper-case as written, the rest in any
/// case), with the name's length in bytes of `text`. The name must end at a word boundary.
pub(crate) fn holiday_at(text: &str) -> Option<(Rule, usize)> {
    if !text.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    HOLIDAYS.iter().find_map(|&(name, rule)| {
        let len = name_len(text, name)?;
        let rest = &text[len..];
        let boundary = !rest.starts_with(|c: char| c.is_alphanumeric());
        let whole = name != "New Year's" || ends_phrase(rest);
        (boundary && whole && !names_something_else(rest)).then_some((rule, len))
    })
}

/// Whether `rest` (the text after a name) starts with the end of a phrase: punctuation, the text's
/// end, or a word that cannot be the noun the name would qualify.
fn ends_phrase(rest: &str) -> bool {
    const ENDS: &[&str] = &[
        "and", "or", "but", "to", "in", "at", "on", "when", "with", "for", "until", "this", "last",
        "next", "that", "is", "was", "will",
    ];
    let next = rest.trim_start_matches([' ', '\t']);
    if !next.starts_with(|c: char| c.is_alphanumeric()) {
        return true;
    }
    let word_len = next
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(next.len());
    ENDS.contains(&&next[..word_len])
}

/// Whether the word after a holiday's name makes the whole a name of its own: "Easter Island",
/// "the Good Friday Agreement", "the Easter Rising", "the Tet Offensive".
fn names_something_else(rest: &str) -> bool {
    const NOUNS: &[&str] = &[
        "Island",
        "Islands",
        "Agreement",
        "Accord",
        "Accords",
        "Rising",
        "Uprising",
        "Offensive",
        "Truce",
        "Massacre",
        "Bombing",
        "Bombings",
        "Tsunami",
        "Storm",
    ];
    let next = rest.trim_start_matches([' ', '\t']);
    let word_len = next
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(next.len());
    NOUNS.contains(&&next[..word_len])
}

/// The length in `text` of `name` at its start, ignoring ASCII case; an apostrophe in `name`
/// matches `'` or `’`.
fn name_len(text: &str, name: &str) -> Option<usize> {
    let mut rest = text.char_indices();
    for want in name.chars() {
        let (_, got) = rest.next()?;
        let same = if want == '\'' {
            got == '\'' || got == '’'
        } else {
            got.eq_ignore_ascii_case(&want)
        };
        if !same {
            return None;
        }
    }
    Some(rest.next().map_or(text.len(), |(at, _)| at))
}

impl Rule {
    /// The holiday's day in `year` (for a week, its Monday).
    pub(crate) fn date_in(self, year: i32) -> Option<NaiveDate> {
        match self {
            Rule::Fixed(month, day) => NaiveDate::from_ymd_opt(year, month, day),
            Rule::NthWeekday(month, weekday, n) if n > 0 => {
                let first = NaiveDate::from_ymd_opt(year, month, 1)?;
                let day = nearest_weekday(first, weekday, true, false)?;
                add_days(day, 7 * i64::from(n - 1))
            }
            Rule::NthWeekday(month, weekday, _) => {
                let next_first = if month == 12 {
                    NaiveDate::from_ymd_opt(year + 1, 1, 1)?
                } else {
                    NaiveDate::from_ymd_opt(year, month + 1, 1)?
                };
                nearest_weekday(next_first.pred_opt()?, weekday, false, false)
            }
            Rule::Easter(offset_days) => add_days(easter_sunday(year)?, offset_days),
            Rule::EasterWeek => add_days(easter_sunday(year)?, -6),
            Rule::ElectionDay => {
                let first = NaiveDate::from_ymd_opt(year, 11, 1)?;
                let monday = nearest_weekday(first, Weekday::Mon, true, false)?;
                add_days(monday, 1)
            }
            Rule::AfterThanksgiving(days) => {
                let thanksgiving = Rule::NthWeekday(11, Weekday::Thu, 4).date_in(year)?;
                add_days(thanksgiving, days)
            }
        }
    }

    /// Whether the holiday names a week rather than a day.
    pub(crate) fn is_week(self) -> bool {
        self == Rule::EasterWeek
    }

    /// The month the holiday always falls in, if it does.
    pub(crate) fn month(self) -> Option<u32> {
        match self {
            Rule::Fixed(month, _) | Rule::NthWeekday(month, _, _) => Some(month),
            Rule::ElectionDay => Some(11),
            // Cyber Monday can fall on December 1st.
            Rule::AfterThanksgiving(_) => None,
            Rule::Easter(_) | Rule::EasterWeek => None,
        }
    }
}

/// Western Easter Sunday of `year`: the anonymous Gregorian computus from 1583, the Julian one
/// before (written as the Julian calendar date, as histories of those years write their dates).
fn easter_sunday(year: i32) -> Option<NaiveDate> {
    if year < 1583 {
        let d = (19 * year.rem_euclid(19) + 15).rem_euclid(30);
        let e = (2 * year.rem_euclid(4) + 4 * year.rem_euclid(7) - d + 34).rem_euclid(7);
        let month = (d + e + 114).div_euclid(31);
        let day = (d + e + 114).rem_euclid(31) + 1;
        return NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?);
    }
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn easter_matches_published_tables() {
        for (year, month, d) in [
            (1998, 4, 12),
            (2000, 4, 23),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2038, 4, 25),
            // Julian: the calendar of the histories that tell of these years.
            (1066, 4, 16),
            (1085, 4, 20),
        ] {
            assert_eq!(easter_sunday(year), Some(day(year, month, d)), "{year}");
        }
    }

    #[test]
    fn floating_holidays() {
        assert_eq!(Rule::ElectionDay.date_in(1998), Some(day(1998, 11, 3)));
        assert_eq!(Rule::ElectionDay.date_in(2024), Some(day(2024, 11, 5)));
        let memorial = Rule::NthWeekday(5, Weekday::Mon, -1);
        assert_eq!(memorial.date_in(2025), Some(day(2025, 5, 26)));
        let thanksgiving = Rule::NthWeekday(11, Weekday::Thu, 4);
        assert_eq!(thanksgiving.date_in(1999), Some(day(1999, 11, 25)));
        assert_eq!(Rule::EasterWeek.date_in(2000), Some(day(2000, 4, 17)));
    }

    #[test]
    fn every_name_opens_with_a_listed_word() {
        for (name, _) in HOLIDAYS {
            let first = name.split([' ', '\'', '.', '-']).next().unwrap_or(name);
            assert!(opens_holiday(first), "{name}");
        }
    }

    #[test]
    fn names_match_whole_words_with_either_apostrophe() {
        assert_eq!(
            holiday_at("New Year’s Eve party"),
            Some((Rule::Fixed(12, 31), "New Year’s Eve".len()))
        );
        assert_eq!(
            holiday_at("Easter week began"),
            Some((Rule::EasterWeek, 11))
        );
        assert_eq!(holiday_at("Eastern Europe"), None);
        assert_eq!(holiday_at("easter"), None);
        assert_eq!(holiday_at("Labor Party"), None);
        assert_eq!(holiday_at("Easter Island"), None);
        assert_eq!(holiday_at("Good Friday Agreement was signed"), None);
        assert_eq!(
            holiday_at("Good Friday, 1998"),
            Some((Rule::Easter(-2), 11))
        );
    }
}
