//! Importance: how much an event matters, from the support it has (articles, mentions), the support
//! its day has across the folder (how many articles refer to it, how many of them were published
//! later — a day talked about afterwards matters), the precision of its date and how central its
//! words are to the folder. A day that is only the publication day of the articles naming it counts
//! less. Pure arithmetic over counts; knows nothing of text.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::{EventKind, Granularity};

/// A mention of its own publication day counts this much towards the day's support.
const PUBLICATION_DAY_WEIGHT: f64 = 0.5;
/// Weight of the number of articles naming a day, beside the number of mentions.
const ARTICLES_WEIGHT: f64 = 0.7;
/// Weight of the number of articles naming a day after it.
const LATER_WEIGHT: f64 = 0.5;
/// Background (biographies) weighs this much of news.
const BACKGROUND_WEIGHT: f64 = 0.3;

/// What is known of one event when its importance is scored.
#[derive(Clone, Debug, PartialEq)]
pub struct EventSupport {
    /// Distinct articles among its sources.
    pub articles: usize,
    /// Mentions among its sources.
    pub mentions: usize,
    /// Precision of its date.
    pub granularity: Granularity,
    /// Its first day.
    pub start: NaiveDate,
    /// Event or background.
    pub kind: EventKind,
    /// 0.0 – 1.0: share of its words that are the folder's topic words.
    pub centrality: f64,
}

/// Support of each day across the folder: which articles name it, and of those which were
/// published on it or after it.
#[derive(Clone, Debug, Default)]
pub struct DaySupport {
    days: BTreeMap<NaiveDate, DayCounts>,
}

#[derive(Clone, Debug, Default)]
struct DayCounts {
    mentions: usize,
    same_day_mentions: usize,
    articles: BTreeSet<usize>,
    same_day_articles: BTreeSet<usize>,
    later_articles: BTreeSet<usize>,
}

impl DaySupport {
    /// Records that article `doc`, published on `published` (if known), names `day`.
    pub fn add(&mut self, day: NaiveDate, doc: usize, published: Option<NaiveDate>) {
        let counts = self.days.entry(day).or_default();
        counts.mentions += 1;
        counts.articles.insert(doc);
        match published {
            Some(published) if published == day => {
                counts.same_day_mentions += 1;
                counts.same_day_articles.insert(doc);
            }
            Some(published) if published > day => {
                counts.later_articles.insert(doc);
            }
            _ => {}
        }
    }

    /// The day's score: mentions of it and articles naming it (mentions in articles published
    /// that day count less), plus a bonus for articles naming it afterwards.
    pub fn score(&self, day: NaiveDate) -> f64 {
        let Some(counts) = self.days.get(&day) else {
            return 0.0;
        };
        let discount = 1.0 - PUBLICATION_DAY_WEIGHT;
        let mentions = counts.mentions as f64 - counts.same_day_mentions as f64 * discount;
        let articles =
            counts.articles.len() as f64 - counts.same_day_articles.len() as f64 * discount;
        mentions.ln_1p()
            + ARTICLES_WEIGHT * articles.ln_1p()
            + LATER_WEIGHT * (counts.later_articles.len() as f64).ln_1p()
    }
}

/// How much a date's precision counts: a day fully, a century hardly.
pub fn precision_weight(granularity: Granularity) -> f64 {
    match granularity {
        Granularity::Time | Granularity::Day => 1.0,
        Granularity::Week => 0.6,
        Granularity::Month => 0.5,
        Granularity::Season | Granularity::Quarter => 0.4,
        Granularity::Half => 0.35,
        Granularity::Year => 0.3,
        Granularity::Decade => 0.15,
        Granularity::Century => 0.1,
    }
}

/// The importance of an event (≥ 0, rounded to three decimals so output is stable).
pub fn importance(event: &EventSupport, days: &DaySupport) -> f64 {
    let own = 0.3 * (event.articles as f64).ln_1p() + 0.1 * (event.mentions as f64).ln_1p();
    let day = match event.granularity {
        Granularity::Time | Granularity::Day => days.score(event.start),
        _ => 0.0,
    };
    let kind = match event.kind {
        EventKind::Event => 1.0,
        EventKind::Background => BACKGROUND_WEIGHT,
        EventKind::Metadata => 0.0,
    };
    let score = precision_weight(event.granularity)
        * (own + day)
        * (0.95 + 0.1 * event.centrality.clamp(0.0, 1.0))
        * kind;
    (score * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn support(articles: usize, granularity: Granularity, start: &str) -> EventSupport {
        EventSupport {
            articles,
            mentions: articles,
            granularity,
            start: day(start),
            kind: EventKind::Event,
            centrality: 0.5,
        }
    }

    #[test]
    fn later_references_and_precision_raise_importance() {
        let mut days = DaySupport::default();
        // Day A: named by three articles published later. Day B: by three published that day.
        for doc in 0..3 {
            days.add(day("2010-01-12"), doc, Some(day("2010-01-15")));
            days.add(day("2010-01-13"), doc + 3, Some(day("2010-01-13")));
        }
        let a = importance(&support(1, Granularity::Day, "2010-01-12"), &days);
        let b = importance(&support(1, Granularity::Day, "2010-01-13"), &days);
        let month = importance(&support(1, Granularity::Month, "2010-01-01"), &days);
        assert!(a > b, "{a} > {b}");
        assert!(b > month, "{b} > {month}");
        assert!(month > 0.0);
    }
}
