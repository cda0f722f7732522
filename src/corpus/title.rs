//! Picks an article's title (its first real heading or line) and byline from the decoded text,
//! skipping marked boilerplate and the dateline. Pure text in, strings out.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::boilerplate::is_covered;

/// Only lines starting in the first bytes of the text are title candidates.
const TITLE_SEARCH_BYTES: usize = 4000;

/// A title candidate needs this many words unless nothing better comes.
const TITLE_MIN_WORDS: usize = 4;

/// Longer titles are cut at the first sentence end, or at a word boundary.
const TITLE_MAX_CHARS: usize = 120;

/// Only lines in the first bytes of the text are searched for a byline.
const BYLINE_SEARCH_BYTES: usize = 3000;

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:by|written by|author:|words by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|de|van|von|al|bin))*)")
        .expect("BYLINE is a valid regex")
});

/// The first real heading or line: not boilerplate, not a bare dateline (nor a repeat of it),
/// preferring lines of at least four words (section labels such as "Analysis" or "European Union"
/// are skipped). A line that starts with the dateline gives the text after it. `dateline` is the
/// dateline's byte range and its words. Empty when the text has no words at all.
pub(crate) fn find_title(
    text: &str,
    boilerplate: &[Range<usize>],
    dateline: Option<(&Range<usize>, &str)>,
) -> String {
    let mut fallback: Option<String> = None;
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let line_start = start;
        start += piece.len();
        if line_start > TITLE_SEARCH_BYTES {
            break;
        }
        let content = piece.trim_end_matches(['\n', '\r']);
        let mut candidate = content.trim();
        if candidate.is_empty() {
            continue;
        }
        let lead = content.len() - content.trim_start().len();
        let range = line_start + lead..line_start + lead + candidate.len();
        if is_covered(boilerplate, &range) {
            continue;
        }
        if let Some((_, words)) = dateline
            && candidate == words.trim()
        {
            continue;
        }
        if let Some((dateline, _)) = dateline
            && dateline.start < range.end
            && range.start < dateline.end
        {
            let after = dateline.end.clamp(range.start, range.end) - range.start;
            candidate = candidate[after..].trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | '|' | ',' | '.')
            });
            if candidate.is_empty() {
                continue;
            }
        }
        let is_heading = candidate.starts_with('#');
        let candidate = candidate.trim_start_matches('#').trim();
        if candidate.is_empty() {
            continue;
        }
        if is_heading || candidate.split_whitespace().count() >= TITLE_MIN_WORDS {
            return shorten(candidate);
        }
        if fallback.is_none() {
            fallback = Some(shorten(candidate));
        }
    }
    fallback.unwrap_or_default()
}

/// Cuts a long line at its first sentence end, or at a word boundary with an ellipsis.
fn shorten(line: &str) -> String {
    if line.chars().count() <= TITLE_MAX_CHARS {
        return line.to_owned();
    }
    let byte_limit = line
        .char_indices()
        .nth(TITLE_MAX_CHARS)
        .map_or(line.len(), |(i, _)| i);
    let head = &line[..byte_limit];
    if let Some(end) = head
        .find(". ")
        .or_else(|| head.find("? "))
        .or_else(|| head.find("! "))
        && end > 10
    {
        return head[..=end].to_owned();
    }
    let cut = head.rfind(char::is_whitespace).unwrap_or(head.len());
    format!("{}…", head[..cut].trim_end())
}

/// A "By Jane Doe" line near the top that is not boilerplate.
pub(crate) fn find_byline(text: &str, boilerplate: &[Range<usize>]) -> Option<String> {
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let line_start = start;
        start += piece.len();
        if line_start > BYLINE_SEARCH_BYTES {
            break;
        }
        let content = piece.trim();
        if content.is_empty() || is_covered(boilerplate, &(line_start..line_start + piece.len())) {
            continue;
        }
        if let Some(caps) = BYLINE.captures(content)
            && let Some(name) = caps.get(1)
        {
            return Some(name.as_str().trim_end_matches(['.', ',']).to_owned());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_labels_are_skipped() {
        let text =
            "Analysis\n\nAzerbaijan–Russia Tensions: Crisis, Diplomacy and Power Posturing\n";
        assert_eq!(
            find_title(text, &[], None),
            "Azerbaijan–Russia Tensions: Crisis, Diplomacy and Power Posturing"
        );
    }

    #[test]
    fn boilerplate_and_dateline_are_skipped() {
        let text = "Skip to content\nJun 19, 2025\nJun 19, 2025\n\nShort one\n";
        assert_eq!(
            find_title(
                text,
                std::slice::from_ref(&(0..15)),
                Some((&(16..28), "Jun 19, 2025"))
            ),
            "Short one"
        );
    }

    #[test]
    fn text_after_a_dateline_prefix() {
        let text = "Last updated : 14 January , 2010 - 17:26 GMT Haiti earthquake : Expats fear for relatives\n";
        assert_eq!(
            find_title(
                text,
                &[],
                Some((&(0..44), "Last updated : 14 January , 2010 - 17:26 GMT"))
            ),
            "Haiti earthquake : Expats fear for relatives"
        );
    }

    #[test]
    fn long_first_lines_are_cut_at_the_first_sentence() {
        let text = "Presidents spoke by phone on July 1st. During their call, the first thanked the second for \
                    a long list of things that goes on and on and on and on.\n";
        assert_eq!(
            find_title(text, &[], None),
            "Presidents spoke by phone on July 1st."
        );
    }

    #[test]
    fn byline() {
        assert_eq!(
            find_byline("Title\nBy Jane Doe, Reuters\nText", &[]).as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(find_byline("Title\nby the way, no\n", &[]), None);
    }
}
