//! The extractor's scanner: one pass over a slice of text producing words, numbers and punctuation
//! with byte offsets, each word already looked up in the lexicon. Knows nothing about dates beyond
//! the lexicon lookup; pattern matching lives in `patterns`.

use super::lexicon::{Lex, lookup};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Number,
    /// One punctuation character (or any other non-space, non-letter character).
    Punct,
}

/// One token with its byte span in the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// Word, number or punctuation.
    pub kind: Kind,
    /// Lexicon entry of a word (`Lex::None` for everything else).
    pub lex: Lex,
    /// Value of a number (saturating), or the ASCII byte of a punctuation (0 when not ASCII).
    pub num: u32,
    /// Number of digits of a number, saturating at 255.
    pub digits: u8,
    /// Whitespace precedes the token.
    pub space_before: bool,
    /// A line break precedes the token.
    pub newline_before: bool,
    /// A word whose first letter is upper case.
    pub capitalized: bool,
    /// Inside a URL or an e-mail address: never part of a mention.
    pub blocked: bool,
}

impl Token {
    /// True for the punctuation character `c`.
    pub fn is_punct(&self, c: u8) -> bool {
        self.kind == Kind::Punct && self.num == u32::from(c)
    }
}

/// Splits `text[range]` into tokens, appending to `out` (cleared first).
pub(crate) fn tokenize(text: &str, from: usize, to: usize, out: &mut Vec<Token>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut i = from;
    let mut space_before = true;
    let mut newline_before = true;
    while i < to {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            space_before = true;
            if b == b'\n' || b == b'\r' {
                newline_before = true;
            }
            i += 1;
            continue;
        }
        let start = i;
        let mut token = Token {
            start,
            end: start,
            kind: Kind::Punct,
            lex: Lex::None,
            num: 0,
            digits: 0,
            space_before,
            newline_before,
            capitalized: false,
            blocked: false,
        };
        if b.is_ascii_digit() {
            let mut value: u32 = 0;
            let mut digits: u32 = 0;
            while i < to && bytes[i].is_ascii_digit() {
                value = value
                    .saturating_mul(10)
                    .saturating_add(u32::from(bytes[i] - b'0'));
                digits += 1;
                i += 1;
            }
            token.kind = Kind::Number;
            token.num = value;
            token.digits = u8::try_from(digits).unwrap_or(u8::MAX);
        } else if b.is_ascii_alphabetic() || (b >= 0x80 && starts_letter(text, i)) {
            while i < to {
                let c = bytes[i];
                if c.is_ascii_alphabetic() {
                    i += 1;
                } else if c >= 0x80 && starts_letter(text, i) {
                    i += char_len(c);
                } else {
                    break;
                }
            }
            i = i.min(to);
            token.kind = Kind::Word;
            token.capitalized = b.is_ascii_uppercase();
            token.lex = lookup(&bytes[start..i]);
        } else if b < 0x80 {
            token.num = u32::from(b);
            i += 1;
        } else {
            i = (i + char_len(b)).min(to);
        }
        token.end = i;
        out.push(token);
        space_before = false;
        newline_before = false;
    }
    block_urls(out);
}

/// True when the char at byte `i` (a non-ASCII lead byte) is alphabetic.
fn starts_letter(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_alphabetic)
}

/// Length of the UTF-8 sequence starting with `lead`.
fn char_len(lead: u8) -> usize {
    match lead {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// Marks the tokens of every whitespace-delimited run that looks like a URL or an e-mail address.
fn block_urls(tokens: &mut [Token]) {
    let mut run_start = 0;
    for i in 0..=tokens.len() {
        if i == tokens.len() || (i > run_start && tokens[i].space_before) {
            if looks_like_url(&tokens[run_start..i]) {
                for token in &mut tokens[run_start..i] {
                    token.blocked = true;
                }
            }
            run_start = i;
        }
    }
}

/// A run containing `://`, `www.`, or a word-`@`-word.
fn looks_like_url(run: &[Token]) -> bool {
    if run.len() < 3 {
        return false;
    }
    run.windows(3).any(|w| {
        (w[0].is_punct(b':') && w[1].is_punct(b'/') && w[2].is_punct(b'/'))
            || (w[1].is_punct(b'@') && w[0].kind != Kind::Punct && w[2].kind != Kind::Punct)
            || (w[0].kind == Kind::Word && w[0].end - w[0].start == 3 && w[1].is_punct(b'.') && {
                w[0].lex == Lex::Www
            })
            || (w[0].is_punct(b'.') && w[1].kind == Kind::Word && w[2].is_punct(b'/') && {
                // "example.com/2025/07/18/story": a host name and a path.
                matches!(w[1].end - w[1].start, 2..=4) && w[1].lex != Lex::Www
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_punct() {
        let text = "On July 1st, 2025-03-04 é";
        let mut tokens = Vec::new();
        tokenize(text, 0, text.len(), &mut tokens);
        let kinds: Vec<_> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            kinds,
            [
                "On", "July", "1", "st", ",", "2025", "-", "03", "-", "04", "é"
            ]
        );
    }

    #[test]
    fn blocks_urls_and_emails() {
        let text = "see https://x.org/2025/07/18 or a@b.com 2025";
        let mut tokens = Vec::new();
        tokenize(text, 0, text.len(), &mut tokens);
        let blocked: Vec<_> = tokens
            .iter()
            .filter(|t| t.blocked)
            .map(|t| &text[t.start..t.end])
            .collect();
        assert!(blocked.contains(&"2025"));
        assert!(blocked.contains(&"com"));
        assert!(!tokens.last().is_some_and(|t| t.blocked));
    }
}
