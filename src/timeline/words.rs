//! Content words of passages, for comparing what two passages tell: lower-cased words of three or
//! more letters, without stop words and date words, each hashed to a `u64` so that documents can be
//! read in parallel without a shared vocabulary. Knows nothing of events.

/// Function words and date words that say nothing about what happened.
const STOP_WORDS: &[&str] = &[
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "among",
    "and",
    "any",
    "are",
    "around",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "can",
    "could",
    "did",
    "does",
    "during",
    "each",
    "earlier",
    "either",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "into",
    "its",
    "itself",
    "just",
    "last",
    "later",
    "least",
    "less",
    "like",
    "made",
    "many",
    "may",
    "more",
    "most",
    "much",
    "must",
    "near",
    "next",
    "nor",
    "not",
    "now",
    "off",
    "once",
    "one",
    "only",
    "other",
    "our",
    "out",
    "over",
    "own",
    "said",
    "same",
    "says",
    "she",
    "should",
    "since",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "too",
    "two",
    "under",
    "until",
    "upon",
    "very",
    "was",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "lrb",
    "rrb",
    "new",
    "per",
    "via",
    "well",
    "told",
    "say",
    "according",
];

/// FNV-1a, 64 bits: a stable hash (the same on every run and machine).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// The sorted, distinct content-word hashes of `text`.
pub fn content_words(text: &str) -> Vec<u64> {
    let mut words = Vec::new();
    let mut lower = String::new();
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if word.len() < 3 {
            continue;
        }
        lower.clear();
        lower.extend(word.chars().flat_map(char::to_lowercase));
        if STOP_WORDS.contains(&lower.as_str()) {
            continue;
        }
        words.push(fnv1a(stem(&lower).as_bytes()));
    }
    words.sort_unstable();
    words.dedup();
    words
}

/// A light stemmer: plural and verb endings, so "killed"/"kills" and "quakes"/"quake" meet.
fn stem(word: &str) -> &str {
    for suffix in ["ing", "ed", "s"] {
        if let Some(stem) = word.strip_suffix(suffix)
            && stem.len() >= 3
            && !stem.ends_with('s')
        {
            return stem;
        }
    }
    word
}

/// Sum of `weight(word)` over the words both sorted sets share.
pub fn shared_weight(a: &[u64], b: &[u64], weight: impl Fn(u64) -> f64) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += weight(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_words_skip_stop_and_date_words() {
        let a = content_words("The quake struck Haiti on Tuesday, killing thousands.");
        let b = content_words("Thousands were killed when the quakes struck Haiti.");
        assert_eq!(a.len(), 5);
        assert_eq!(shared_weight(&a, &b, |_| 1.0), 5.0);
    }
}
