//! Turns a file's bytes into text: byte-order marks, UTF-8, the charset an HTML page declares, and
//! detection (chardetng) for everything else. Owns the decision "text or binary"; never panics on
//! any input and knows nothing of files, titles or dates.

use std::sync::LazyLock;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8};
use regex::bytes::Regex;

/// The decoded text and, when decoding was not plain UTF-8, a note for the user.
#[derive(Debug)]
pub(crate) struct Decoded {
    /// UTF-8 text without a byte-order mark.
    pub text: String,
    /// What was guessed or replaced, worded as a warning.
    pub note: Option<String>,
}

/// How many leading bytes are searched for NUL bytes and for an HTML charset declaration.
const SNIFF_BYTES: usize = 8192;

/// A decoding whose replacement characters exceed this share of its characters is given up.
const MAX_REPLACEMENT_SHARE: f64 = 0.01;

/// A text whose control characters exceed this share of its characters is taken for binary.
const MAX_CONTROL_SHARE: f64 = 0.05;

static HTML_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<meta[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"#)
        .expect("HTML_CHARSET is a valid regex")
});

/// Decodes `bytes`; `Err` holds the reason the file is skipped ("binary file", "undecodable …").
pub(crate) fn decode(bytes: &[u8], is_html: bool) -> Result<Decoded, String> {
    let decoded = decode_unchecked(bytes, is_html)?;
    if looks_binary(&decoded.text) {
        return Err("binary file (control characters, not text); skipped".to_owned());
    }
    Ok(decoded)
}

fn decode_unchecked(bytes: &[u8], is_html: bool) -> Result<Decoded, String> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        return decode_as(body, encoding, None);
    }
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if head.contains(&0) {
        return Err("binary file (contains NUL bytes); skipped".to_owned());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            note: None,
        });
    }
    if is_html && let Some(declared) = declared_charset(head) {
        return decode_as(bytes, declared, None);
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let detected = detector.guess(None, Utf8Detection::Allow);
    decode_as(
        bytes,
        detected,
        Some(format!(
            "not UTF-8; decoded as {} (detected)",
            detected.name()
        )),
    )
}

/// The encoding an HTML page declares in a `<meta charset>` or `http-equiv` tag.
fn declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    let caps = HTML_CHARSET.captures(head)?;
    Encoding::for_label(caps.get(1)?.as_bytes())
}

fn decode_as(
    bytes: &[u8],
    encoding: &'static Encoding,
    note: Option<String>,
) -> Result<Decoded, String> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let text = text.into_owned();
    if !had_errors {
        return Ok(Decoded { text, note });
    }
    let total = text.chars().count().max(1);
    let replaced = text
        .chars()
        .filter(|&c| c == char::REPLACEMENT_CHARACTER)
        .count();
    #[allow(clippy::cast_precision_loss)] // Counts far below 2^52.
    let share = replaced as f64 / total as f64;
    if share > MAX_REPLACEMENT_SHARE {
        return Err(format!(
            "undecodable: not valid {} text; skipped",
            encoding.name()
        ));
    }
    let what = if encoding == UTF_8 {
        "UTF-8".to_owned()
    } else {
        encoding.name().to_owned()
    };
    let replaced_note = format!("{replaced} invalid {what} sequence(s) replaced with U+FFFD");
    Ok(Decoded {
        text,
        note: Some(match note {
            Some(note) => format!("{note}; {replaced_note}"),
            None => replaced_note,
        }),
    })
}

/// True when too many characters are control characters other than whitespace.
fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(SNIFF_BYTES) {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            control += 1;
        }
    }
    #[allow(clippy::cast_precision_loss)] // Counts far below 2^52.
    let share = control as f64 / total.max(1) as f64;
    share > MAX_CONTROL_SHARE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_removed() {
        let decoded = decode(b"\xEF\xBB\xBFHello", false).unwrap();
        assert_eq!(decoded.text, "Hello");
        assert_eq!(decoded.note, None);
    }

    #[test]
    fn utf16le_bom_is_decoded() {
        let decoded = decode(b"\xFF\xFEH\0i\0", false).unwrap();
        assert_eq!(decoded.text, "Hi");
    }

    #[test]
    fn latin1_is_detected_with_a_note() {
        let decoded = decode(
            b"Caf\xE9 au lait, cr\xE8me br\xFBl\xE9e et g\xE2teau.",
            false,
        )
        .unwrap();
        assert!(decoded.text.starts_with("Café"));
        assert_eq!(
            decoded.note.as_deref(),
            Some("not UTF-8; decoded as windows-1252 (detected)")
        );
    }

    #[test]
    fn html_declared_charset_wins() {
        let page = b"<html><head><meta charset=\"windows-1251\"></head><body>\xCF\xF0\xE8</body>";
        let decoded = decode(page, true).unwrap();
        assert!(decoded.text.contains("При"), "{}", decoded.text);
        assert_eq!(decoded.note, None);
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert!(decode(b"PK\x03\x04\0\0\0", false).is_err());
    }

    #[test]
    fn lone_surrogates_are_undecodable() {
        let err = decode(b"\xFF\xFE\x00\xD8\x00\xD8\x00\xD8", false).unwrap_err();
        assert_eq!(err, "undecodable: not valid UTF-16LE text; skipped");
    }
}
