//! The extractor's word list: every word the patterns care about (month and weekday names, number
//! words, units, trigger and cue words), looked up case-insensitively in one hash probe. Owns no
//! pattern logic.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// A time unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// Cue and trigger words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kw {
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Overnight,
    Now,
    Currently,
    Current,
    Recent,
    Recently,
    Past,
    Future,
    Soon,
    Ago,
    Earlier,
    Later,
    Last,
    Next,
    This,
    That,
    These,
    The,
    A,
    An,
    Same,
    Following,
    Previous,
    Coming,
    Early,
    Late,
    Mid,
    Middle,
    End,
    Beginning,
    Start,
    Half,
    Fiscal,
    Every,
    Each,
    Per,
    Daily,
    Weekly,
    Monthly,
    Yearly,
    Annually,
    Hourly,
    Nightly,
    Quarterly,
    In,
    On,
    At,
    Since,
    From,
    To,
    Until,
    Through,
    Between,
    And,
    Or,
    Of,
    By,
    During,
    Before,
    After,
    Around,
    About,
    Nearly,
    Almost,
    Approximately,
    Some,
    Over,
    More,
    Less,
    Than,
    Least,
    Up,
    Few,
    Several,
    Many,
    Couple,
    Weekend,
    Weekends,
    Under,
    Noon,
    Midnight,
    Am,
    Pm,
    Previously,
    Formerly,
    Latest,
    Nowadays,
    Present,
    Period,
    Full,
    Whole,
    Hundred,
    Thousand,
    Dozen,
    Will,
    Would,
    PastVerb,
    Blocker,
    Era,
    Times,
    Once,
    Timezone,
    Strong,
    Old,
    Long,
    Moment,
    Time,
    While,
    For,
    Latter,
    Most,
    As,
}

/// What a word is to the patterns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    /// Not in the list.
    None,
    /// A full month name, 1-based (`May` included).
    Month(u8),
    /// A month abbreviation (`Feb`, `Sept`), 1-based.
    MonthAbbr(u8),
    /// A full weekday name, 1 = Monday.
    Weekday(u8),
    /// A weekday abbreviation, 1 = Monday.
    WeekdayAbbr(u8),
    /// A weekday name in the plural ("Tuesdays"), 1 = Monday.
    Weekdays(u8),
    /// A cardinal number word ("seven", "forty").
    Card(u16),
    /// An ordinal number word ("third", "twentieth").
    Ord(u8),
    /// An ordinal suffix after digits ("st", "nd", "rd", "th").
    OrdSuffix,
    /// A unit in the singular.
    Unit(Unit),
    /// A unit in the plural.
    Units(Unit),
    /// A season: 1 spring, 2 summer, 3 fall, 4 winter.
    Season(u8),
    /// A part of the day: 1 morning, 2 afternoon, 3 evening, 4 night.
    DayPart(u8),
    /// A decade word ("nineties" = 9).
    Decade(u8),
    /// `www`, for URL detection.
    Www,
    /// A cue or trigger word.
    Kw(Kw),
}

/// FNV-1a: short keys, no DoS concern (the keys are fixed).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

type Table = HashMap<&'static [u8], Lex, BuildHasherDefault<Fnv>>;

/// Longest word in the table.
const MAX_WORD_LEN: usize = 14;

static TABLE: LazyLock<Table> = LazyLock::new(build_table);

fn build_table() -> Table {
    let mut t = Table::default();
    let months = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    for (n, name) in (1u8..).zip(months) {
        t.insert(name.as_bytes(), Lex::Month(n));
    }
    for (name, n) in [
        ("jan", 1),
        ("feb", 2),
        ("mar", 3),
        ("apr", 4),
        ("jun", 6),
        ("jul", 7),
        ("aug", 8),
        ("sep", 9),
        ("sept", 9),
        ("oct", 10),
        ("nov", 11),
        ("dec", 12),
    ] {
        t.insert(name.as_bytes(), Lex::MonthAbbr(n));
    }
    let weekdays = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let weekdays_plural = [
        "mondays",
        "tuesdays",
        "wednesdays",
        "thursdays",
        "fridays",
        "saturdays",
        "sundays",
    ];
    for (n, (name, plural)) in (1u8..).zip(weekdays.into_iter().zip(weekdays_plural)) {
        t.insert(name.as_bytes(), Lex::Weekday(n));
        t.insert(plural.as_bytes(), Lex::Weekdays(n));
    }
    for (name, n) in [
        ("mon", 1),
        ("tue", 2),
        ("tues", 2),
        ("wed", 3),
        ("thu", 4),
        ("thur", 4),
        ("thurs", 4),
        ("fri", 5),
        ("sat", 6),
        ("sun", 7),
    ] {
        t.insert(name.as_bytes(), Lex::WeekdayAbbr(n));
    }
    let cards = [
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("eleven", 11),
        ("twelve", 12),
        ("thirteen", 13),
        ("fourteen", 14),
        ("fifteen", 15),
        ("sixteen", 16),
        ("seventeen", 17),
        ("eighteen", 18),
        ("nineteen", 19),
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
    ];
    for (name, n) in cards {
        t.insert(name.as_bytes(), Lex::Card(n));
    }
    let ords = [
        ("first", 1),
        ("second", 2),
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
        ("tenth", 10),
        ("eleventh", 11),
        ("twelfth", 12),
        ("thirteenth", 13),
        ("fourteenth", 14),
        ("fifteenth", 15),
        ("sixteenth", 16),
        ("seventeenth", 17),
        ("eighteenth", 18),
        ("nineteenth", 19),
        ("twentieth", 20),
        ("thirtieth", 30),
        ("twenty-first", 21),
    ];
    for (name, n) in ords {
        t.insert(name.as_bytes(), Lex::Ord(n));
    }
    for s in ["st", "nd", "rd", "th"] {
        t.insert(s.as_bytes(), Lex::OrdSuffix);
    }
    let units = [
        ("second", "seconds", Unit::Second),
        ("minute", "minutes", Unit::Minute),
        ("hour", "hours", Unit::Hour),
        ("day", "days", Unit::Day),
        ("week", "weeks", Unit::Week),
        ("month", "months", Unit::Month),
        ("quarter", "quarters", Unit::Quarter),
        ("year", "years", Unit::Year),
        ("decade", "decades", Unit::Decade),
        ("century", "centuries", Unit::Century),
    ];
    for (one, many, unit) in units {
        t.insert(one.as_bytes(), Lex::Unit(unit));
        t.insert(many.as_bytes(), Lex::Units(unit));
    }
    t.insert(b"yrs", Lex::Units(Unit::Year));
    t.insert(b"hrs", Lex::Units(Unit::Hour));
    t.insert(b"mins", Lex::Units(Unit::Minute));
    for (name, n) in [
        ("spring", 1),
        ("summer", 2),
        ("fall", 3),
        ("autumn", 3),
        ("winter", 4),
    ] {
        t.insert(name.as_bytes(), Lex::Season(n));
    }
    for (name, n) in [
        ("morning", 1),
        ("afternoon", 2),
        ("evening", 3),
        ("night", 4),
    ] {
        t.insert(name.as_bytes(), Lex::DayPart(n));
    }
    for (name, n) in [
        ("twenties", 2),
        ("thirties", 3),
        ("forties", 4),
        ("fifties", 5),
        ("sixties", 6),
        ("seventies", 7),
        ("eighties", 8),
        ("nineties", 9),
        ("noughties", 0),
    ] {
        t.insert(name.as_bytes(), Lex::Decade(n));
    }
    t.insert(b"www", Lex::Www);
    let kws = [
        ("today", Kw::Today),
        ("yesterday", Kw::Yesterday),
        ("tomorrow", Kw::Tomorrow),
        ("tonight", Kw::Tonight),
        ("overnight", Kw::Overnight),
        ("now", Kw::Now),
        ("currently", Kw::Currently),
        ("current", Kw::Current),
        ("recent", Kw::Recent),
        ("recently", Kw::Recently),
        ("lately", Kw::Recently),
        ("past", Kw::Past),
        ("future", Kw::Future),
        ("soon", Kw::Soon),
        ("ago", Kw::Ago),
        ("earlier", Kw::Earlier),
        ("later", Kw::Later),
        ("last", Kw::Last),
        ("next", Kw::Next),
        ("this", Kw::This),
        ("that", Kw::That),
        ("these", Kw::These),
        ("the", Kw::The),
        ("a", Kw::A),
        ("an", Kw::An),
        ("same", Kw::Same),
        ("following", Kw::Following),
        ("previous", Kw::Previous),
        ("prior", Kw::Previous),
        ("preceding", Kw::Previous),
        ("coming", Kw::Coming),
        ("upcoming", Kw::Coming),
        ("early", Kw::Early),
        ("late", Kw::Late),
        ("mid", Kw::Mid),
        ("middle", Kw::Middle),
        ("end", Kw::End),
        ("beginning", Kw::Beginning),
        ("start", Kw::Start),
        ("half", Kw::Half),
        ("fiscal", Kw::Fiscal),
        ("every", Kw::Every),
        ("each", Kw::Each),
        ("per", Kw::Per),
        ("daily", Kw::Daily),
        ("weekly", Kw::Weekly),
        ("monthly", Kw::Monthly),
        ("yearly", Kw::Yearly),
        ("annually", Kw::Annually),
        ("annual", Kw::Yearly),
        ("hourly", Kw::Hourly),
        ("nightly", Kw::Nightly),
        ("quarterly", Kw::Quarterly),
        ("in", Kw::In),
        ("on", Kw::On),
        ("at", Kw::At),
        ("since", Kw::Since),
        ("from", Kw::From),
        ("to", Kw::To),
        ("until", Kw::Until),
        ("till", Kw::Until),
        ("through", Kw::Through),
        ("between", Kw::Between),
        ("and", Kw::And),
        ("or", Kw::Or),
        ("of", Kw::Of),
        ("by", Kw::By),
        ("during", Kw::During),
        ("before", Kw::Before),
        ("after", Kw::After),
        ("around", Kw::Around),
        ("about", Kw::About),
        ("nearly", Kw::Nearly),
        ("almost", Kw::Almost),
        ("approximately", Kw::Approximately),
        ("roughly", Kw::Approximately),
        ("some", Kw::Some),
        ("over", Kw::Over),
        ("under", Kw::Under),
        ("more", Kw::More),
        ("less", Kw::Less),
        ("fewer", Kw::Less),
        ("than", Kw::Than),
        ("least", Kw::Least),
        ("up", Kw::Up),
        ("few", Kw::Few),
        ("several", Kw::Several),
        ("many", Kw::Many),
        ("couple", Kw::Couple),
        ("weekend", Kw::Weekend),
        ("weekends", Kw::Weekends),
        ("noon", Kw::Noon),
        ("midday", Kw::Noon),
        ("midnight", Kw::Midnight),
        ("am", Kw::Am),
        ("pm", Kw::Pm),
        ("previously", Kw::Previously),
        ("formerly", Kw::Formerly),
        ("latest", Kw::Latest),
        ("nowadays", Kw::Nowadays),
        ("present", Kw::Present),
        ("period", Kw::Period),
        ("full", Kw::Full),
        ("whole", Kw::Whole),
        ("entire", Kw::Whole),
        ("hundred", Kw::Hundred),
        ("hundreds", Kw::Hundred),
        ("thousand", Kw::Thousand),
        ("thousands", Kw::Thousand),
        ("dozen", Kw::Dozen),
        ("dozens", Kw::Dozen),
        ("will", Kw::Will),
        ("ll", Kw::Will),
        ("shall", Kw::Will),
        ("would", Kw::Would),
        ("scheduled", Kw::Will),
        ("expected", Kw::Will),
        ("planned", Kw::Will),
        ("plans", Kw::Will),
        ("due", Kw::Will),
        ("supposed", Kw::Will),
        ("era", Kw::Era),
        ("times", Kw::Times),
        ("once", Kw::Once),
        ("strong", Kw::Strong),
        ("old", Kw::Old),
        ("long", Kw::Long),
        ("moment", Kw::Moment),
        ("time", Kw::Time),
        ("while", Kw::While),
        ("for", Kw::For),
        ("latter", Kw::Latter),
        ("most", Kw::Most),
        ("as", Kw::As),
    ];
    for (name, kw) in kws {
        t.insert(name.as_bytes(), Lex::Kw(kw));
    }
    for past in [
        "was",
        "were",
        "had",
        "did",
        "met",
        "came",
        "went",
        "took",
        "made",
        "gave",
        "left",
        "began",
        "became",
        "held",
        "saw",
        "got",
        "won",
        "lost",
        "fell",
        "rose",
        "hit",
        "killed",
        "announced",
        "reported",
        "signed",
        "spoke",
        "visited",
        "sent",
        "struck",
        "ended",
        "started",
        "launched",
        "agreed",
        "arrived",
        "declared",
        "died",
        "occurred",
        "happened",
        "attacked",
        "returned",
        "published",
        "released",
        "opened",
        "closed",
        "elected",
        "voted",
        "wrote",
        "found",
        "brought",
        "bought",
        "sold",
        "paid",
        "ran",
        "led",
        "said",
        "told",
        "thought",
        "knew",
        "felt",
        "kept",
        "stood",
        "sought",
        "heard",
        "meant",
        "built",
        "fought",
        "caught",
        "taught",
        "spent",
        "shot",
        "fled",
        "flew",
        "drove",
        "grew",
        "threw",
        "chose",
        "broke",
        "woke",
        "wore",
        "sat",
        "lay",
        "laid",
        "rang",
        "sang",
        "swore",
        "tore",
        "withdrew",
        "overtook",
        "undertook",
        "forgot",
        "understood",
        "became",
    ] {
        t.entry(past.as_bytes()).or_insert(Lex::Kw(Kw::PastVerb));
    }
    for blocker in [
        "flight",
        "no",
        "number",
        "room",
        "page",
        "pages",
        "route",
        "highway",
        "model",
        "version",
        "chapter",
        "section",
        "article",
        "resolution",
        "apartment",
        "suite",
        "gate",
        "platform",
        "bus",
        "tel",
        "phone",
        "fax",
        "ext",
        "item",
        "code",
        "vol",
        "volume",
        "issue",
        "ref",
        "id",
        "pp",
        "p",
        "isbn",
        "doi",
        "paragraph",
        "clause",
        "rule",
        "act",
        "amendment",
        "bill",
        "squadron",
        "brigade",
        "division",
        "regiment",
        "battalion",
        "unit",
        "lot",
        "box",
        "apt",
    ] {
        t.entry(blocker.as_bytes()).or_insert(Lex::Kw(Kw::Blocker));
    }
    for zone in [
        "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "gmt", "utc", "bst", "cet", "cest",
        "eet", "eest", "et", "pt", "ct", "ist", "sast", "aest", "aedt", "acst", "acdt", "awst",
        "nzst", "nzdt", "jst", "kst", "hkt", "sgt", "wib", "msk", "pkt", "hst", "akst", "akdt",
    ] {
        t.entry(zone.as_bytes()).or_insert(Lex::Kw(Kw::Timezone));
    }
    t
}

/// Looks a word up, ignoring ASCII case.
pub(crate) fn lookup(word: &[u8]) -> Lex {
    if word.len() > MAX_WORD_LEN || word.is_empty() {
        return Lex::None;
    }
    let mut buf = [0u8; MAX_WORD_LEN];
    for (dst, src) in buf.iter_mut().zip(word) {
        *dst = src.to_ascii_lowercase();
    }
    TABLE.get(&buf[..word.len()]).copied().unwrap_or(Lex::None)
}
