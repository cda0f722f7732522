//! Marks web boilerplate, reference lists and URLs in an article's text as byte ranges. Nothing is
//! deleted: the ranges point into the decoded text so that every later offset stays valid. Pure text
//! in, ranges out; knows nothing of files or dates.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

/// What a marked range is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkKind {
    /// Site furniture: navigation, share buttons, "You May Also Like" teasers, translations.
    Boilerplate,
    /// A reference list or footnote entry.
    Reference,
    /// A URL.
    Url,
}

/// A marked byte range of a document's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextMark {
    /// Byte range into the document's text (on char boundaries).
    pub range: Range<usize>,
    /// What the range is.
    pub kind: MarkKind,
}

/// Whole lines that are site furniture (compared after trimming, lower-casing and dropping a final
/// colon).
const BOILERPLATE_LINES: &[&str] = &[
    "skip to content",
    "skip to main content",
    "connect with us",
    "hi, what are you looking for?",
    "this article is shared",
    "share this article",
    "share this",
    "share",
    "paylaş",
    "tweet",
    "print",
    "email",
    "copy link",
    "read the original article here",
    "you've reached the end",
    "you’ve reached the end",
    "advertisement",
    "subscribe",
    "sign up",
    "log in",
    "login",
    "menu",
    "search",
    "close",
    "latest",
    "related",
    "comments",
    "leave a comment",
    "leave a reply",
];

/// Lines starting with these (lower-cased) are site furniture.
const BOILERPLATE_PREFIXES: &[&str] = &[
    "this post is also available in",
    "this article is also available in",
    "share on ",
    "share this on ",
    "follow us on ",
    "sign up for ",
    "subscribe to ",
    "click here to ",
    "all rights reserved",
    "copyright ©",
    "© ",
];

/// Headings that open a block of teasers for other articles (lower-cased, colon dropped).
const TEASER_HEADINGS: &[&str] = &[
    "you may also like",
    "you might also like",
    "similar posts",
    "related posts",
    "related articles",
    "related stories",
    "read also",
    "also read",
    "read more",
    "more stories",
    "more from",
    "recommended",
    "recommended for you",
    "trending",
    "popular posts",
    "most read",
    "most popular",
];

/// Headings that open a reference list.
const REFERENCE_HEADINGS: &[&str] = &[
    "references",
    "sources",
    "notes",
    "footnotes",
    "endnotes",
    "bibliography",
    "citations",
];

/// Words of a share-button row.
const SHARE_WORDS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "linkedin",
    "email",
    "e-mail",
    "print",
    "reddit",
    "pinterest",
    "share",
    "tweet",
    "copy",
    "link",
    "messenger",
    "viber",
    "vk",
    "tumblr",
    "pocket",
    "mail",
];

/// A teaser block goes on through lines of at most this many words (or lines ending in an ellipsis).
const TEASER_LINE_MAX_WORDS: usize = 12;

static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(?:https?://|www\.)[^\s<>\[\]()"'“”‘’]+"#).expect("URL is a valid regex")
});

static REFERENCE_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:\[(?:[0-9]{1,3}|[ivxlc]{1,8})\]|\^?[0-9]{1,3}\.\s.*(?:https?://|access))",
    )
    .expect("REFERENCE_MARKER is a valid regex")
});

static ACCESS_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:access(?:ed)?\s+(?:date|on)|retrieved\s+(?:on\s+)?[0-9a-z])")
        .expect("ACCESS_NOTE is a valid regex")
});

/// One line of the text: its byte range without the line break, and its trimmed content.
struct Line<'a> {
    range: Range<usize>,
    trimmed: &'a str,
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let content = piece.trim_end_matches(['\n', '\r']);
        out.push(Line {
            range: start..start + content.len(),
            trimmed: content.trim(),
        });
        start += piece.len();
    }
    out
}

/// The trimmed line's range (leading and trailing whitespace left unmarked).
fn trimmed_range(line: &Line<'_>, text: &str) -> Range<usize> {
    let content = &text[line.range.clone()];
    let lead = content.len() - content.trim_start().len();
    let start = line.range.start + lead;
    start..start + line.trimmed.len()
}

fn normalise(line: &str) -> String {
    line.trim().trim_end_matches(':').trim().to_lowercase()
}

fn word_count(line: &str) -> usize {
    line.split_whitespace().count()
}

fn is_share_row(normalised: &str) -> bool {
    let words: Vec<&str> = normalised
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | ',' | ':'))
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 2 && words.iter().all(|w| SHARE_WORDS.contains(w))
}

fn is_boilerplate_line(normalised: &str) -> bool {
    BOILERPLATE_LINES.contains(&normalised)
        || BOILERPLATE_PREFIXES
            .iter()
            .any(|p| normalised.starts_with(p))
        || is_share_row(normalised)
}

fn is_teaser_heading(normalised: &str) -> bool {
    TEASER_HEADINGS.contains(&normalised)
        || ["read also:", "also read:", "read more:", "see also:"]
            .iter()
            .any(|p| normalised.starts_with(p))
}

fn is_teaser_line(trimmed: &str) -> bool {
    trimmed.is_empty()
        || word_count(trimmed) <= TEASER_LINE_MAX_WORDS
        || trimmed.ends_with("...")
        || trimmed.ends_with('…')
}

fn looks_like_reference(trimmed: &str) -> bool {
    REFERENCE_MARKER.is_match(trimmed)
        || ACCESS_NOTE.is_match(trimmed)
        || (URL.is_match(trimmed) && word_count(trimmed) <= 40)
}

/// Finds the boilerplate, reference and URL ranges of `text`, sorted by start.
pub(crate) fn mark(text: &str) -> Vec<TextMark> {
    let lines = lines(text);
    let mut marks = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let line = &lines[index];
        index += 1;
        if line.trimmed.is_empty() {
            continue;
        }
        let normalised = normalise(line.trimmed);
        if is_teaser_heading(&normalised) {
            let mut end = trimmed_range(line, text).end;
            while let Some(next) = lines.get(index) {
                if !is_teaser_line(next.trimmed) {
                    break;
                }
                if !next.trimmed.is_empty() {
                    end = trimmed_range(next, text).end;
                }
                index += 1;
            }
            marks.push(TextMark {
                range: trimmed_range(line, text).start..end,
                kind: MarkKind::Boilerplate,
            });
        } else if is_boilerplate_line(&normalised) {
            marks.push(TextMark {
                range: trimmed_range(line, text),
                kind: MarkKind::Boilerplate,
            });
        } else if REFERENCE_HEADINGS.contains(&normalised.as_str()) {
            let mut end = trimmed_range(line, text).end;
            while let Some(next) = lines.get(index) {
                if !next.trimmed.is_empty() && !looks_like_reference(next.trimmed) {
                    break;
                }
                if !next.trimmed.is_empty() {
                    end = trimmed_range(next, text).end;
                }
                index += 1;
            }
            marks.push(TextMark {
                range: trimmed_range(line, text).start..end,
                kind: MarkKind::Reference,
            });
        } else if REFERENCE_MARKER.is_match(line.trimmed)
            || (ACCESS_NOTE.is_match(line.trimmed) && URL.is_match(line.trimmed))
        {
            marks.push(TextMark {
                range: trimmed_range(line, text),
                kind: MarkKind::Reference,
            });
        }
    }
    for found in URL.find_iter(text) {
        let url = found
            .as_str()
            .trim_end_matches(['.', ',', ';', ':', '!', '?']);
        marks.push(TextMark {
            range: found.start()..found.start() + url.len(),
            kind: MarkKind::Url,
        });
    }
    marks.sort_by_key(|mark| (mark.range.start, mark.range.end, mark.kind));
    marks
}

/// The union of the marks' ranges: sorted, non-overlapping.
pub(crate) fn merged_ranges(marks: &[TextMark]) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = marks.iter().map(|mark| mark.range.clone()).collect();
    ranges.sort_by_key(|range| (range.start, range.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

/// True when `range` lies inside one of the sorted, merged `ranges`.
pub(crate) fn is_covered(ranges: &[Range<usize>], range: &Range<usize>) -> bool {
    let index = ranges.partition_point(|r| r.end < range.end);
    ranges
        .get(index)
        .is_some_and(|r| r.start <= range.start && range.end <= r.end)
}

/// How many non-empty lines of `text` lie entirely inside the sorted, merged `ranges`.
pub(crate) fn covered_line_count(text: &str, ranges: &[Range<usize>]) -> usize {
    lines(text)
        .iter()
        .filter(|line| !line.trimmed.is_empty())
        .filter(|line| is_covered(ranges, &trimmed_range(line, text)))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str) -> Vec<(MarkKind, &str)> {
        mark(text)
            .into_iter()
            .map(|m| (m.kind, &text[m.range]))
            .collect()
    }

    #[test]
    fn furniture_lines_are_marked() {
        let text = "Skip to content\n\nTitle of the story here\n\nBody text.\nThis post is also available in: Türkçe Русский\nFacebook Twitter WhatsApp\n";
        assert_eq!(
            marked(text),
            vec![
                (MarkKind::Boilerplate, "Skip to content"),
                (
                    MarkKind::Boilerplate,
                    "This post is also available in: Türkçe Русский"
                ),
                (MarkKind::Boilerplate, "Facebook Twitter WhatsApp"),
            ]
        );
    }

    #[test]
    fn teasers_after_you_may_also_like_are_marked() {
        let text = "Body.\n\nYou May Also Like\n\n\nFor many years we have seen how the Soft Power used by the Kremlin works exclusively through culture, exhibitions. It...\n\nEuropean Union\n";
        let marks = mark(text);
        assert_eq!(marks.len(), 1);
        assert_eq!(&text[marks[0].range.clone()], &text[7..text.len() - 1]);
    }

    #[test]
    fn reference_lines_and_urls_are_marked() {
        let text =
            "Text.[i]\n\n[i] “Title”, TASS, https://tass.ru/x/1, (Access Date: 20.07.2025).\n";
        assert_eq!(
            marked(text),
            vec![
                (
                    MarkKind::Reference,
                    "[i] “Title”, TASS, https://tass.ru/x/1, (Access Date: 20.07.2025)."
                ),
                (MarkKind::Url, "https://tass.ru/x/1"),
            ]
        );
    }

    #[test]
    fn covered_lines_are_counted() {
        let text = "Skip to content\nBody line.\n[1] https://a.example/x\n";
        let ranges = merged_ranges(&mark(text));
        assert_eq!(covered_line_count(text, &ranges), 2);
    }
}
