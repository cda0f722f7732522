//! A quick "is this English?" check by stopword share, so that the app can say "not English"
//! instead of showing an empty timeline. Pure text in, verdict out.

use serde::{Deserialize, Serialize};

/// The language verdict for one document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// Enough English function words.
    English,
    /// Enough words, too few of them English function words.
    NotEnglish,
    /// Too few words to tell.
    #[default]
    Unknown,
}

/// Frequent English function words (lower case).
const STOPWORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "are", "as", "at", "be", "been", "but",
    "by", "can", "could", "did", "for", "from", "had", "has", "have", "he", "her", "his", "i",
    "if", "in", "into", "is", "it", "its", "more", "not", "of", "on", "one", "or", "our", "said",
    "she", "so", "than", "that", "the", "their", "them", "there", "they", "this", "to", "was",
    "we", "were", "which", "while", "who", "will", "with", "would", "you",
];

/// The longest stopword's length.
const STOPWORD_MAX_BYTES: usize = 5;

/// Fewer words than this and the verdict is [`Language::Unknown`].
const MIN_WORDS: usize = 20;

/// Only the first words are looked at.
const MAX_WORDS: usize = 3000;

/// English prose has 35–50 % stopwords; other languages written in Latin script well under 10 %.
const MIN_STOPWORD_SHARE: f64 = 0.15;

/// True for a stopword in any letter case, without allocating.
fn is_stopword(word: &str) -> bool {
    let mut lower = [0u8; STOPWORD_MAX_BYTES];
    if word.len() > STOPWORD_MAX_BYTES || !word.is_ascii() {
        return false;
    }
    for (slot, byte) in lower.iter_mut().zip(word.bytes()) {
        *slot = byte.to_ascii_lowercase();
    }
    let lower = &lower[..word.len()];
    STOPWORDS
        .binary_search_by(|stopword| stopword.as_bytes().cmp(lower))
        .is_ok()
}

/// Judges `text` by the share of English stopwords among its first words.
pub(crate) fn detect(text: &str) -> Language {
    let mut words = 0usize;
    let mut stopwords = 0usize;
    for word in text
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
    {
        words += 1;
        if is_stopword(word) {
            stopwords += 1;
        }
    }
    if words < MIN_WORDS {
        return Language::Unknown;
    }
    #[allow(clippy::cast_precision_loss)] // Counts far below 2^52.
    let share = stopwords as f64 / words as f64;
    if share >= MIN_STOPWORD_SHARE {
        Language::English
    } else {
        Language::NotEnglish
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_sorted_for_binary_search() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn stopword_max_bytes_fits_the_list() {
        assert_eq!(
            STOPWORDS.iter().map(|w| w.len()).max(),
            Some(STOPWORD_MAX_BYTES)
        );
        assert!(is_stopword("The") && is_stopword("WHICH") && !is_stopword("theory"));
    }

    #[test]
    fn english_french_and_short() {
        let english = "The president said on Monday that the talks with the neighbours would go on, \
                       and that he was sure of a deal before the end of the year for all of them.";
        let french = "Le président a déclaré lundi que les négociations avec les voisins allaient \
                      continuer, et qu'il était certain d'un accord avant la fin de l'année pour tous.";
        assert_eq!(detect(english), Language::English);
        assert_eq!(detect(french), Language::NotEnglish);
        assert_eq!(detect("Short text."), Language::Unknown);
    }
}
