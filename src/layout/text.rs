//! Text measurement for the layout, from the advance widths of the fonts shipped in `assets/fonts`
//! (DejaVu Sans and DejaVu Sans Bold): the exporter renders with exactly these fonts, so label boxes
//! fit the drawn text. Owns the embedded font bytes; draws nothing.

use std::sync::LazyLock;

use skrifa::MetadataProvider as _;
use skrifa::instance::{LocationRef, Size};

/// DejaVu Sans, the font every label is set in.
pub const REGULAR_FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold, for titles.
pub const BOLD_FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
/// The font family name the SVG asks for first.
pub const FONT_FAMILY: &str = "DejaVu Sans";

/// Characters below this code point get a table entry; the rest use the average advance.
const TABLE_CHARS: usize = 0x2200;
/// Advance used when a font cannot be read or lacks a glyph, in ems.
const FALLBACK_ADVANCE_EM: f32 = 0.6;

/// Advance widths in ems, indexed by code point.
struct AdvanceTable {
    advance_em: Vec<f32>,
}

impl AdvanceTable {
    fn load(font_bytes: &'static [u8]) -> Self {
        let mut advance_em = vec![FALLBACK_ADVANCE_EM; TABLE_CHARS];
        if let Ok(font) = skrifa::FontRef::new(font_bytes) {
            let charmap = font.charmap();
            let metrics = font.glyph_metrics(Size::new(1.0), LocationRef::default());
            for (code, slot) in advance_em.iter_mut().enumerate() {
                let Some(glyph) = u32::try_from(code).ok().and_then(|c| charmap.map(c)) else {
                    continue;
                };
                if let Some(width) = metrics.advance_width(glyph) {
                    *slot = width;
                }
            }
        }
        Self { advance_em }
    }

    fn width_em(&self, text: &str) -> f32 {
        text.chars()
            .map(|ch| {
                self.advance_em
                    .get(ch as usize)
                    .copied()
                    .unwrap_or(FALLBACK_ADVANCE_EM)
            })
            .sum()
    }
}

static REGULAR: LazyLock<AdvanceTable> = LazyLock::new(|| AdvanceTable::load(REGULAR_FONT));
static BOLD: LazyLock<AdvanceTable> = LazyLock::new(|| AdvanceTable::load(BOLD_FONT));

/// The width of `text` set in DejaVu Sans at `font_px` pixels (no kerning: a slight overestimate).
pub fn text_width_px(text: &str, font_px: f32) -> f32 {
    REGULAR.width_em(text) * font_px
}

/// The width of `text` set in DejaVu Sans, in ems: [`text_width_px`] is this times the font size,
/// so a width measured once serves every font size.
pub fn text_width_em(text: &str) -> f32 {
    REGULAR.width_em(text)
}

/// The width of `text` set in DejaVu Sans Bold at `font_px` pixels.
pub fn bold_text_width_px(text: &str, font_px: f32) -> f32 {
    BOLD.width_em(text) * font_px
}

/// `text` cut at a word or character boundary and ended with "…" so that it is at most `max_px`
/// wide; unchanged if it fits.
pub fn truncate_to_width(text: &str, font_px: f32, max_px: f32) -> String {
    if text_width_px(text, font_px) <= max_px {
        return text.to_owned();
    }
    let budget_px = max_px - text_width_px("…", font_px);
    let mut used_px = 0.0;
    let mut cut = 0;
    for (index, ch) in text.char_indices() {
        let mut buf = [0u8; 4];
        used_px += text_width_px(ch.encode_utf8(&mut buf), font_px);
        if used_px > budget_px {
            break;
        }
        cut = index + ch.len_utf8();
    }
    let head = &text[..cut];
    // Prefer a word boundary when it loses little.
    let head = match head.rfind(' ') {
        Some(space) if space * 4 >= cut * 3 => &head[..space],
        _ => head,
    };
    format!("{}…", head.trim_end_matches([' ', ',', ';', ':', '-']))
}

/// `text` broken into at most `max_lines` lines of at most `max_px`, at spaces; the last line is
/// cut with "…" when the text does not fit.
pub fn wrap_to_width(text: &str, font_px: f32, max_px: f32, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if current.is_empty() || text_width_px(&candidate, font_px) <= max_px {
            current = candidate;
            continue;
        }
        if lines.len() + 1 == max_lines {
            let rest: Vec<&str> = std::iter::once(word).chain(words).collect();
            current = format!("{current} {}", rest.join(" "));
            break;
        }
        lines.push(std::mem::replace(&mut current, word.to_owned()));
    }
    if !current.is_empty() && lines.len() < max_lines.max(1) {
        lines.push(current);
    }
    lines
        .into_iter()
        .map(|line| truncate_to_width(&line, font_px, max_px))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font() {
        let narrow = text_width_px("iiii", 12.0);
        let wide = text_width_px("MMMM", 12.0);
        assert!(narrow > 5.0 && narrow < wide, "{narrow} {wide}");
        assert!(bold_text_width_px("MMMM", 12.0) > wide);
    }

    #[test]
    fn truncation_fits_and_ends_with_an_ellipsis() {
        let text = "Azerbaijan skips the CIS Economic Council meeting in Moscow";
        let cut = truncate_to_width(text, 12.0, 150.0);
        assert!(cut.ends_with('…'), "{cut}");
        assert!(text_width_px(&cut, 12.0) <= 150.0);
        assert_eq!(truncate_to_width("Short", 12.0, 150.0), "Short");
    }

    #[test]
    fn wrapping_keeps_words_and_cuts_the_last_line() {
        let text = "Azerbaijan ponders its place between Russia and the West";
        let lines = wrap_to_width(text, 12.0, 140.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("Azerbaijan"));
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert!(lines.iter().all(|line| text_width_px(line, 12.0) <= 140.0));
        assert_eq!(wrap_to_width("One line", 12.0, 140.0, 3), ["One line"]);
    }
}
