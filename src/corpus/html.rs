//! A small, tolerant HTML reader: keeps an article's main text (title, headings, paragraphs), drops
//! scripts, styles, navigation and page furniture, and reads the page's publication metadata
//! (meta tags, JSON-LD, a `<time datetime>` in the article's head or byline, the canonical URL)
//! and author. Works on any input without panicking; it is no HTML validator and knows nothing of
//! files.

use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use regex::Regex;

/// What a page yields.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct HtmlPage {
    /// Main text: one block (heading or paragraph) per paragraph, separated by blank lines.
    pub text: String,
    /// The first `<h1>`, else the `<title>`.
    pub title: Option<String>,
    /// Publication date from metadata, with the tag it was read from.
    pub published: Option<(NaiveDateTime, String)>,
    /// The author named in metadata.
    pub author: Option<String>,
    /// The page's own address (`<link rel="canonical">`, else `og:url`), with the tag it was read
    /// from; a date in it is publication metadata of the last resort.
    pub url: Option<(String, String)>,
}

/// Elements whose content is never article text (besides `script`/`style`, which are raw text).
const SKIPPED_ELEMENTS: &[&str] = &[
    "nav", "footer", "aside", "form", "noscript", "template", "svg", "iframe", "button", "select",
    "figure", "menu", "dialog", "object", "canvas",
];

/// Elements that start or end a block of text.
const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "article",
    "section",
    "main",
    "header",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "dt",
    "dd",
    "dl",
    "hr",
    "figcaption",
    "address",
    "body",
    "head",
    "title",
];

/// Metadata names (`property`, `name` or `itemprop`, lower-cased) that give the publication date,
/// most specific first.
const PUBLISHED_META_NAMES: &[&str] = &[
    "article:published_time",
    "datepublished",
    "og:published_time",
    "publication_date",
    "citation_publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "date",
];

/// The rank of a `<time datetime>` in the article's head or byline without `itemprop` or
/// `pubdate`: after every named date. One that reads as an update ranks after it.
const TIME_ELEMENT_RANK: usize = PUBLISHED_META_NAMES.len();

/// A block of at least this many words, not a heading, is body text: a `<time>` after the first
/// one is no longer in the article's head (unless in a header or byline).
const BODY_PARAGRAPH_MIN_WORDS: usize = 20;

/// How far back in a block's text an "Updated" label before a `<time>` is looked for.
const TIME_LABEL_CHARS: usize = 24;

static JSON_LD_PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""datePublished"\s*:\s*"([^"]+)""#).expect("JSON_LD_PUBLISHED is a valid regex")
});

static WHITESPACE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+").expect("WHITESPACE is a valid regex"));

#[derive(Default)]
struct Reader {
    blocks: Vec<Block>,
    current: String,
    current_heading: bool,
    skip_depth: usize,
    main_depth: usize,
    heading_depth: usize,
    title: Option<String>,
    in_title: bool,
    title_text: String,
    metadata: Vec<(usize, NaiveDateTime, String)>,
    /// `<time datetime>` elements in an article's head or byline: rank, date, evidence, in main.
    times: Vec<(usize, NaiveDateTime, String, bool)>,
    /// Depth of `<header>` elements inside `<article>`/`<main>`.
    main_header_depth: usize,
    /// Body paragraphs read so far (in the article, once one has started).
    body_paragraphs: usize,
    author: Option<String>,
    canonical: Option<String>,
    og_url: Option<String>,
}

struct Block {
    text: String,
    is_h1: bool,
    in_main: bool,
}

/// Reads an HTML page.
pub(crate) fn read_html(source: &str) -> HtmlPage {
    let mut reader = Reader::default();
    let mut rest = source;
    while let Some(lt) = rest.find('<') {
        reader.text(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            rest = rest.find('>').map_or("", |end| &rest[end + 1..]);
            continue;
        }
        let Some(tag) = parse_tag(rest) else {
            reader.text("<");
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        if !tag.closing && (tag.name == "script" || tag.name == "style") {
            let close = format!("</{}", tag.name);
            let end = find_ascii_case_insensitive(rest, &close).unwrap_or(rest.len());
            let raw = &rest[..end];
            if tag.name == "script" && tag.attr("type").is_some_and(|t| t.contains("ld+json")) {
                reader.json_ld(raw);
            }
            rest = &rest[end..];
            continue;
        }
        reader.tag(&tag);
    }
    reader.text(rest);
    reader.finish()
}

impl Reader {
    fn text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        if self.in_title {
            self.title_text.push_str(raw);
            return;
        }
        if self.skip_depth > 0 {
            return;
        }
        self.current.push_str(raw);
    }

    fn tag(&mut self, tag: &Tag) {
        let name = tag.name.as_str();
        if name == "title" {
            self.in_title = !tag.closing && !tag.self_closing;
            if tag.closing && self.title.is_none() {
                let title = clean_text(&self.title_text);
                if !title.is_empty() {
                    self.title = Some(title);
                }
            }
            return;
        }
        if name == "meta" {
            self.meta(tag);
            return;
        }
        if name == "link" {
            self.link(tag);
            return;
        }
        if name == "time" && !tag.closing {
            self.time(tag);
        }
        let skipped =
            SKIPPED_ELEMENTS.contains(&name) || (name == "header" && self.main_depth == 0);
        if skipped && !tag.self_closing {
            if tag.closing {
                self.skip_depth = self.skip_depth.saturating_sub(1);
            } else {
                self.flush();
                self.skip_depth += 1;
            }
            return;
        }
        if name == "article" || name == "main" {
            self.flush();
            if tag.closing {
                self.main_depth = self.main_depth.saturating_sub(1);
            } else {
                if self.main_depth == 0 {
                    self.body_paragraphs = 0;
                }
                self.main_depth += 1;
            }
            return;
        }
        if BLOCK_ELEMENTS.contains(&name) {
            self.flush();
            if name == "header" && !tag.self_closing {
                if tag.closing {
                    self.main_header_depth = self.main_header_depth.saturating_sub(1);
                } else {
                    self.main_header_depth += 1;
                }
            }
            if name.len() == 2 && name.starts_with('h') && name != "hr" {
                if tag.closing {
                    self.heading_depth = self.heading_depth.saturating_sub(1);
                } else {
                    self.heading_depth += 1;
                    self.current_heading = name == "h1";
                }
            }
        }
    }

    /// A `<time datetime>`: publication metadata with `itemprop="datePublished"` or `pubdate`
    /// anywhere; otherwise only in the article's head (before its first body paragraph, or in a
    /// header inside it) or in a byline ("By … <time>"), and never in page furniture.
    fn time(&mut self, tag: &Tag) {
        let Some(value) = tag.attr("datetime") else {
            return;
        };
        let evidence = format!("<time datetime=\"{value}\">");
        let is_published = tag
            .attr("itemprop")
            .is_some_and(|p| p.eq_ignore_ascii_case("datepublished"))
            || tag.attr("pubdate").is_some();
        if is_published {
            self.add_metadata(0, &value, evidence);
            return;
        }
        let block = clean_text(&self.current).to_lowercase();
        let in_byline = block.starts_with("by ");
        let in_head = self.body_paragraphs == 0 || self.main_header_depth > 0;
        if self.skip_depth > 0 || !(in_byline || in_head) {
            return;
        }
        let label: String = {
            let mut tail: Vec<char> = block.chars().rev().take(TIME_LABEL_CHARS).collect();
            tail.reverse();
            tail.into_iter().collect()
        };
        let marked = [tag.attr("itemprop"), tag.attr("class")]
            .into_iter()
            .flatten()
            .map(|value| value.to_ascii_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        let is_update = ["updated", "modified"]
            .iter()
            .any(|word| label.contains(word) || marked.contains(word));
        let rank = TIME_ELEMENT_RANK + usize::from(is_update);
        if let Some(date) = parse_metadata_date(&value) {
            self.times.push((rank, date, evidence, self.main_depth > 0));
        }
    }

    /// `<link rel="canonical" href="…">`: the page's own address.
    fn link(&mut self, tag: &Tag) {
        let is_canonical = tag.attr("rel").is_some_and(|rel| {
            rel.split_ascii_whitespace()
                .any(|word| word.eq_ignore_ascii_case("canonical"))
        });
        if let (true, None, Some(href)) = (is_canonical, &self.canonical, tag.attr("href")) {
            self.canonical = Some(href.trim().to_owned());
        }
    }

    fn meta(&mut self, tag: &Tag) {
        let Some(content) = tag.attr("content") else {
            return;
        };
        let key = ["property", "name", "itemprop"]
            .iter()
            .find_map(|attr| tag.attr(attr))
            .map(|key| key.to_ascii_lowercase());
        let Some(key) = key else {
            return;
        };
        if key == "og:url" {
            if self.og_url.is_none() {
                self.og_url = Some(content.trim().to_owned());
            }
            return;
        }
        if key == "author" || key == "article:author" {
            let author = clean_text(&content);
            if self.author.is_none() && !author.is_empty() && !author.starts_with("http") {
                self.author = Some(author);
            }
            return;
        }
        if let Some(rank) = PUBLISHED_META_NAMES.iter().position(|name| *name == key) {
            self.add_metadata(rank, &content, format!("<meta {key}=\"{content}\">"));
        }
    }

    fn json_ld(&mut self, raw: &str) {
        if let Some(caps) = JSON_LD_PUBLISHED.captures(raw)
            && let Some(value) = caps.get(1)
        {
            let value = value.as_str();
            self.add_metadata(1, value, format!("JSON-LD datePublished \"{value}\""));
        }
    }

    fn add_metadata(&mut self, rank: usize, value: &str, evidence: String) {
        if let Some(date) = parse_metadata_date(value) {
            self.metadata.push((rank, date, evidence));
        }
    }

    fn flush(&mut self) {
        let text = clean_text(&self.current);
        self.current.clear();
        let is_h1 = self.current_heading;
        if self.heading_depth == 0 {
            self.current_heading = false;
        }
        let is_body = self.heading_depth == 0
            && !is_h1
            && text.split_whitespace().count() >= BODY_PARAGRAPH_MIN_WORDS;
        if is_body && self.skip_depth == 0 {
            self.body_paragraphs += 1;
        }
        if !text.is_empty() {
            self.blocks.push(Block {
                text,
                is_h1,
                in_main: self.main_depth > 0,
            });
        }
    }

    fn finish(mut self) -> HtmlPage {
        self.flush();
        if self.in_title && self.title.is_none() {
            let title = clean_text(&self.title_text);
            if !title.is_empty() {
                self.title = Some(title);
            }
        }
        let has_main = self.blocks.iter().any(|block| block.in_main);
        let blocks: Vec<&Block> = self
            .blocks
            .iter()
            .filter(|block| !has_main || block.in_main)
            .collect();
        let h1 = blocks
            .iter()
            .find(|block| block.is_h1)
            .map(|block| block.text.clone());
        let mut parts: Vec<&str> = Vec::new();
        if h1.is_none()
            && let Some(title) = &self.title
        {
            parts.push(title);
        }
        parts.extend(blocks.iter().map(|block| block.text.as_str()));
        let mut text = parts.join("\n\n");
        if !text.is_empty() {
            text.push('\n');
        }
        for (rank, date, evidence, in_main) in std::mem::take(&mut self.times) {
            if in_main || !has_main {
                self.metadata.push((rank, date, evidence));
            }
        }
        self.metadata.sort_by_key(|(rank, _, _)| *rank);
        let url = match (self.canonical, self.og_url) {
            (Some(href), _) => {
                let evidence = format!("<link rel=\"canonical\" href=\"{href}\">");
                Some((href, evidence))
            }
            (None, Some(content)) => {
                let evidence = format!("<meta og:url=\"{content}\">");
                Some((content, evidence))
            }
            (None, None) => None,
        };
        HtmlPage {
            text,
            title: h1.or(self.title),
            published: self
                .metadata
                .into_iter()
                .next()
                .map(|(_, date, evidence)| (date, evidence)),
            author: self.author,
            url,
        }
    }
}

/// One tag: lower-cased name, attributes, and its length in the source.
struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    attributes: Vec<(String, String)>,
    len: usize,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<String> {
        self.attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
    }
}

/// Parses the tag at the start of `source` (which starts with `<`); `None` when it is no tag.
fn parse_tag(source: &str) -> Option<Tag> {
    let bytes = source.as_bytes();
    let mut pos = 1;
    let closing = bytes.get(pos) == Some(&b'/');
    if closing {
        pos += 1;
    }
    let name_start = pos;
    while bytes
        .get(pos)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b':')
    {
        pos += 1;
    }
    if pos == name_start || !bytes[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = source[name_start..pos].to_ascii_lowercase();
    let mut attributes = Vec::new();
    let mut self_closing = false;
    loop {
        while bytes.get(pos).is_some_and(u8::is_ascii_whitespace) {
            pos += 1;
        }
        match bytes.get(pos) {
            None => return None,
            Some(b'>') => {
                pos += 1;
                break;
            }
            Some(b'/') => {
                self_closing = true;
                pos += 1;
                continue;
            }
            Some(_) => {}
        }
        let key_start = pos;
        while bytes
            .get(pos)
            .is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b'=' | b'>' | b'/'))
        {
            pos += 1;
        }
        if pos == key_start {
            pos += 1;
            continue;
        }
        let key = source[key_start..pos].to_ascii_lowercase();
        while bytes.get(pos).is_some_and(u8::is_ascii_whitespace) {
            pos += 1;
        }
        let mut value = String::new();
        if bytes.get(pos) == Some(&b'=') {
            pos += 1;
            while bytes.get(pos).is_some_and(u8::is_ascii_whitespace) {
                pos += 1;
            }
            match bytes.get(pos) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let start = pos + 1;
                    let end = source[start..].find(quote as char).map(|i| start + i)?;
                    value = decode_entities(&source[start..end]);
                    pos = end + 1;
                }
                _ => {
                    let start = pos;
                    while bytes
                        .get(pos)
                        .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>')
                    {
                        pos += 1;
                    }
                    value = decode_entities(&source[start..pos]);
                }
            }
        }
        attributes.push((key, value));
    }
    Some(Tag {
        name,
        closing,
        self_closing,
        attributes,
        len: pos,
    })
}

fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
}

/// Entities decoded, whitespace collapsed, trimmed.
fn clean_text(raw: &str) -> String {
    let decoded = decode_entities(raw);
    WHITESPACE.replace_all(decoded.trim(), " ").into_owned()
}

/// Decodes numeric character references and the common named entities; others stay as written.
pub(crate) fn decode_entities(raw: &str) -> String {
    if !raw.contains('&') {
        return raw.to_owned();
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest
            .char_indices()
            .take(12)
            .find(|(_, c)| *c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|end| decode_entity(&rest[1..end]).map(|c| (c, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "copy" => '©',
        "reg" => '®',
        "deg" => '°',
        "middot" => '·',
        "bull" => '•',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "agrave" => 'à',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "ccedil" => 'ç',
        "auml" => 'ä',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "szlig" => 'ß',
        _ => return None,
    };
    Some(c)
}

/// Reads an ISO 8601 date or date-time as written (the page's own clock, offset dropped).
pub(crate) fn parse_metadata_date(value: &str) -> Option<NaiveDateTime> {
    let value = value.trim();
    if let Ok(date_time) = DateTime::parse_from_rfc3339(value) {
        return Some(date_time.naive_local());
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(date_time) = NaiveDateTime::parse_from_str(value, format) {
            return Some(date_time);
        }
    }
    let date_part = value.get(..10)?;
    ["%Y-%m-%d", "%Y/%m/%d"]
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(date_part, format).ok())
        .map(|date| date.and_time(chrono::NaiveTime::MIN))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_headings_and_paragraphs_drops_furniture() {
        let page = read_html(
            "<html><head><title>Site | Story</title><style>p{}</style>\
             <meta property=\"article:published_time\" content=\"2025-06-19T16:39:00+02:00\">\
             <meta name=\"author\" content=\"Jane Doe\"></head><body>\
             <nav><a href=/>Home</a></nav><script>var a = '<p>no</p>';</script>\
             <h1>The &amp; story</h1><p>First <b>bold</b>\n para.</p><footer>(c) Site</footer></body>",
        );
        assert_eq!(page.text, "The & story\n\nFirst bold para.\n");
        assert_eq!(page.title.as_deref(), Some("The & story"));
        assert_eq!(page.author.as_deref(), Some("Jane Doe"));
        let (date, evidence) = page.published.unwrap();
        assert_eq!(date.to_string(), "2025-06-19 16:39:00");
        assert!(evidence.contains("article:published_time"));
    }

    #[test]
    fn time_elements_count_in_the_head_or_byline_only() {
        let page = read_html(
            "<header><time datetime=\"2026-11-23\">Today</time></header><article>\
             <h1>Story</h1><p>By Jo Lee | <time datetime=\"2025-01-02T08:00:00+01:00\">Jan 2</time> \
             | Updated <time datetime=\"2025-01-05\">Jan 5</time></p>\
             <p>One two three four five six seven eight nine ten eleven twelve thirteen fourteen \
             fifteen sixteen seventeen eighteen nineteen twenty.</p>\
             <p>Next on <time datetime=\"2025-02-01\">Feb 1</time>.</p></article>",
        );
        let (date, evidence) = page.published.unwrap();
        assert_eq!(date.to_string(), "2025-01-02 08:00:00");
        assert!(evidence.starts_with("<time"));

        let body_only = read_html(
            "<article><h1>Story</h1><p>One two three four five six seven eight nine ten eleven \
             twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty.</p>\
             <p>Next on <time datetime=\"2025-02-01\">Feb 1</time>.</p></article>",
        );
        assert_eq!(body_only.published, None);
    }

    #[test]
    fn page_url_prefers_canonical() {
        let page = read_html(
            "<head><meta property=\"og:url\" content=\"https://e.com/2025/01/01/a\">\
             <link rel=\"canonical\" href=\"https://e.com/2025/01/02/a\"></head><p>x</p>",
        );
        assert_eq!(
            page.url.map(|(url, _)| url).as_deref(),
            Some("https://e.com/2025/01/02/a")
        );
    }

    #[test]
    fn article_element_limits_the_text() {
        let page = read_html("<p>menu</p><article><p>Body</p></article><p>teaser</p>");
        assert_eq!(page.text, "Body\n");
    }

    #[test]
    fn title_is_used_without_h1() {
        let page = read_html("<title>Only title</title><p>Text.</p>");
        assert_eq!(page.text, "Only title\n\nText.\n");
        assert_eq!(page.title.as_deref(), Some("Only title"));
    }

    #[test]
    fn broken_markup_does_not_panic() {
        for source in [
            "<",
            "<p",
            "<a href=\"x",
            "&#xD800;",
            "<!-- x",
            "<script>x",
            "é<é>&",
        ] {
            let _ = read_html(source);
        }
    }
}
