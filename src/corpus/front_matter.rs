//! Reads the front matter of a Markdown article (a `---` block of `key: value` lines at the very
//! top, as static-site generators write it): title, date and author. Pure text in, fields out; the
//! block itself is marked as boilerplate by the caller, so no event is read from it.

use std::ops::Range;

use chrono::NaiveDateTime;

use super::html::parse_metadata_date;

/// What a front-matter block gives.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct FrontMatter {
    /// The whole block, fences included.
    pub range: Range<usize>,
    /// `title:`.
    pub title: Option<String>,
    /// `date:` (or `published:`), with the line it was read from.
    pub date: Option<(NaiveDateTime, String)>,
    /// `author:`.
    pub author: Option<String>,
}

/// The front matter at the start of `text`, if it has a closed block.
pub(crate) fn read_front_matter(text: &str) -> Option<FrontMatter> {
    let body_start = if text.starts_with("---\n") {
        4
    } else if text.starts_with("---\r\n") {
        5
    } else {
        return None;
    };
    let mut front = FrontMatter::default();
    let mut offset = body_start;
    for line in text[body_start..].split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        if content == "---" || content == "..." {
            front.range = 0..line_start + content.len();
            return Some(front);
        }
        let Some((key, value)) = content.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => front.title = Some(value.to_owned()),
            "author" | "byline" => front.author = Some(value.to_owned()),
            "date" | "published" | "pubdate" | "date_published" => {
                if let Some(date) = parse_metadata_date(value) {
                    front.date = Some((date, content.trim().to_owned()));
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_range() {
        let text = "---\ntitle: \"Talks resume\"\ndate: 2025-06-19 16:39\nauthor: Jane Doe\n---\n\nText.\n";
        let front = read_front_matter(text).unwrap();
        assert_eq!(
            &text[front.range.clone()],
            &text[..text.find("---\n\n").unwrap() + 3]
        );
        assert_eq!(front.title.as_deref(), Some("Talks resume"));
        assert_eq!(front.author.as_deref(), Some("Jane Doe"));
        let (date, evidence) = front.date.unwrap();
        assert_eq!(date.to_string(), "2025-06-19 16:39:00");
        assert_eq!(evidence, "date: 2025-06-19 16:39");
    }

    #[test]
    fn unclosed_or_absent_blocks_are_ignored() {
        assert_eq!(read_front_matter("---\ntitle: x\n"), None);
        assert_eq!(read_front_matter("Title\n---\n"), None);
    }
}
