//! Sentences and passages: finds the sentence around a mention (the passage a source quotes) in a
//! document's text. Works on byte offsets into the decoded text; knows nothing of dates or events.

/// Longest passage kept, in bytes; longer sentences are cut at word boundaries around the mention.
pub const MAX_PASSAGE_BYTES: usize = 600;

/// Words that end with a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "u.s", "u.n", "u.k", "e.g", "i.e",
    "approx",
];

/// A byte range of the text: one sentence, or a passage cut to size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// Start byte (inclusive).
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
}

/// The sentences of a text, in order, with surrounding whitespace trimmed. Line breaks end
/// sentences (headings, list items and one-sentence-per-line texts are common in news files).
pub fn sentences(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        let boundary_end = if byte == b'\n' {
            Some(index)
        } else if matches!(byte, b'.' | b'!' | b'?') && ends_sentence(text, index) {
            // Keep closing quotes and brackets with the sentence.
            let mut end = index + 1;
            while end < bytes.len() && matches!(bytes[end], b'"' | b'\'' | b')' | b']') {
                end += 1;
            }
            if text[end..].starts_with('\u{201d}') || text[end..].starts_with('\u{2019}') {
                end += 3;
            }
            Some(end)
        } else {
            None
        };
        if let Some(end) = boundary_end {
            push_trimmed(text, start, end, &mut spans);
            start = end;
            index = end.max(index + 1);
        } else {
            index += 1;
        }
    }
    push_trimmed(text, start, bytes.len(), &mut spans);
    spans
}

fn push_trimmed(text: &str, start: usize, end: usize, spans: &mut Vec<Span>) {
    let slice = &text[start..end];
    let leading = slice.len() - slice.trim_start().len();
    let trailing = slice.len() - slice.trim_end().len();
    if leading + trailing < slice.len() {
        spans.push(Span {
            start: start + leading,
            end: end - trailing,
        });
    }
}

/// True when the `.`/`!`/`?` at `index` ends a sentence: whitespace follows, then an upper-case
/// letter, digit, quote or bracket, and the word before is not an abbreviation or an initial.
fn ends_sentence(text: &str, index: usize) -> bool {
    let after = &text[index + 1..];
    let after = after.trim_start_matches(['"', '\'', ')', ']', '\u{201d}', '\u{2019}']);
    let rest = after.trim_start_matches([' ', '\t', '\r', '\n']);
    if rest.len() == after.len() && !rest.is_empty() {
        return false;
    }
    let Some(next) = rest.chars().next() else {
        return true;
    };
    if !(next.is_uppercase() || next.is_ascii_digit() || "\"'([\u{201c}\u{2018}`".contains(next)) {
        return false;
    }
    if text.as_bytes()[index] != b'.' {
        return true;
    }
    let before = &text[..index];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |i| i + 1);
    let word = &before[word_start..];
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return false;
    }
    let lower = word.to_lowercase();
    !ABBREVIATIONS.contains(&lower.as_str())
}

/// The passage for a mention at `[mention_start, mention_end)`: the sentence containing it, cut to
/// [`MAX_PASSAGE_BYTES`] around the mention. `sentences` must come from [`sentences`] on `text`.
pub fn passage_around(
    text: &str,
    sentences: &[Span],
    mention_start: usize,
    mention_end: usize,
) -> Span {
    let index = sentences.partition_point(|span| span.end <= mention_start);
    let sentence = match sentences.get(index) {
        Some(span) if span.start <= mention_start => *span,
        _ => Span {
            start: mention_start,
            end: mention_end,
        },
    };
    // A mention crossing a sentence boundary takes the following sentences too.
    let mut end = sentence.end;
    let mut next = index + 1;
    while end < mention_end {
        match sentences.get(next) {
            Some(span) => end = span.end,
            None => end = mention_end,
        }
        next += 1;
    }
    cut_to_size(
        text,
        Span {
            start: sentence.start,
            end,
        },
        mention_start,
        mention_end,
    )
}

fn cut_to_size(text: &str, span: Span, mention_start: usize, mention_end: usize) -> Span {
    if span.end - span.start <= MAX_PASSAGE_BYTES {
        return span;
    }
    let half = MAX_PASSAGE_BYTES.saturating_sub(mention_end - mention_start) / 2;
    let mut start = mention_start.saturating_sub(half).max(span.start);
    let mut end = (mention_end + half).min(span.end);
    // Give the unused room on one side to the other.
    if start == span.start {
        end = (span.start + MAX_PASSAGE_BYTES)
            .min(span.end)
            .max(mention_end);
    } else if end == span.end {
        start = span
            .end
            .saturating_sub(MAX_PASSAGE_BYTES)
            .max(span.start)
            .min(mention_start);
    }
    while !text.is_char_boundary(start) {
        start += 1;
    }
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if start > span.start
        && let Some(space) = text[start..mention_start].find(' ')
    {
        start += space + 1;
    }
    if end < span.end
        && let Some(space) = text[mention_end..end].rfind(' ')
    {
        end = mention_end + space;
    }
    Span { start, end }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        sentences(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn splits_sentences_and_lines() {
        assert_eq!(
            texts(
                "Mr. Smith went to Washington. He met Dr. J. Doe on Jan. 5.\nHeading\n\n\"Yes.\" Then"
            ),
            vec![
                "Mr. Smith went to Washington.",
                "He met Dr. J. Doe on Jan. 5.",
                "Heading",
                "\"Yes.\"",
                "Then"
            ]
        );
        assert_eq!(
            texts("It cost 3.5 million. U.S. troops came."),
            vec!["It cost 3.5 million.", "U.S. troops came."]
        );
        assert_eq!(
            texts("Tokenised text , one per line . \nNext line ."),
            vec!["Tokenised text , one per line .", "Next line ."]
        );
    }

    #[test]
    fn passage_is_the_sentence_around_the_mention() {
        let text = "First one. The summit is on August 15. Last.";
        let spans = sentences(text);
        let start = text.find("August").unwrap();
        let passage = passage_around(text, &spans, start, start + 9);
        assert_eq!(
            &text[passage.start..passage.end],
            "The summit is on August 15."
        );
    }

    #[test]
    fn long_sentences_are_cut_at_words_around_the_mention() {
        let text = format!(
            "{} on July 18, 2025 {}",
            "word ".repeat(200),
            "more ".repeat(200)
        );
        let spans = sentences(&text);
        let start = text.find("July").unwrap();
        let passage = passage_around(&text, &spans, start, start + 13);
        assert!(passage.end - passage.start <= MAX_PASSAGE_BYTES);
        let cut = &text[passage.start..passage.end];
        assert!(cut.contains("July 18, 2025"));
        assert!(cut.starts_with("word"));
        assert!(cut.ends_with("more"));
    }
}
