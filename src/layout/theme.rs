//! Colours of a timeline view, light and dark, shared by the window and the exporter so both look
//! alike. Plain RGBA values; no drawing.

use serde::{Deserialize, Serialize};

/// An sRGB colour with straight (not premultiplied) alpha.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Rgba(pub [u8; 4]);

impl Rgba {
    /// An opaque colour.
    pub const fn rgb(red: u8, green: u8, blue: u8) -> Self {
        Self([red, green, blue, 255])
    }

    /// The same colour with another alpha.
    pub const fn with_alpha(self, alpha: u8) -> Self {
        let [red, green, blue, _] = self.0;
        Self([red, green, blue, alpha])
    }

    /// `#rrggbb`, as SVG and CSS write it.
    pub fn hex(self) -> String {
        let [red, green, blue, _] = self.0;
        format!("#{red:02x}{green:02x}{blue:02x}")
    }

    /// Alpha as 0.0–1.0.
    pub fn opacity(self) -> f32 {
        f32::from(self.0[3]) / 255.0
    }
}

/// Light or dark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Dark text on white.
    #[default]
    Light,
    /// Light text on near-black.
    Dark,
}

impl Theme {
    /// Reads `light` or `dark`.
    pub fn parse(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Self::Light),
            "dark" => Some(Self::Dark),
            _ => None,
        }
    }

    /// This theme's colours.
    pub fn palette(self) -> Palette {
        match self {
            Theme::Light => Palette {
                background: Rgba::rgb(0xff, 0xff, 0xff),
                lane_stripe: Rgba::rgb(0xf4, 0xf6, 0xf9),
                text: Rgba::rgb(0x1f, 0x23, 0x28),
                text_muted: Rgba::rgb(0x5f, 0x67, 0x70),
                grid_major: Rgba::rgb(0xd5, 0xda, 0xe1),
                grid_minor: Rgba::rgb(0xec, 0xef, 0xf3),
                axis: Rgba::rgb(0x8a, 0x93, 0x9e),
                leader: Rgba::rgb(0xa8, 0xb0, 0xba),
                badge_text: Rgba::rgb(0xff, 0xff, 0xff),
                article_tick: Rgba::rgb(0x6b, 0x72, 0x7b),
                lanes: LIGHT_LANES,
            },
            Theme::Dark => Palette {
                background: Rgba::rgb(0x16, 0x19, 0x1d),
                lane_stripe: Rgba::rgb(0x1e, 0x22, 0x28),
                text: Rgba::rgb(0xe6, 0xe8, 0xeb),
                text_muted: Rgba::rgb(0x9a, 0xa3, 0xad),
                grid_major: Rgba::rgb(0x3a, 0x40, 0x48),
                grid_minor: Rgba::rgb(0x26, 0x2b, 0x31),
                axis: Rgba::rgb(0x7d, 0x86, 0x91),
                leader: Rgba::rgb(0x58, 0x60, 0x6a),
                badge_text: Rgba::rgb(0x10, 0x12, 0x14),
                article_tick: Rgba::rgb(0xa0, 0xa8, 0xb2),
                lanes: DARK_LANES,
            },
        }
    }
}

/// The colours of one theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Palette {
    /// Behind everything.
    pub background: Rgba,
    /// Every other lane's background.
    pub lane_stripe: Rgba,
    /// Labels and titles.
    pub text: Rgba,
    /// Axis labels, legend, notes.
    pub text_muted: Rgba,
    /// Gridlines at major ticks.
    pub grid_major: Rgba,
    /// Gridlines at minor ticks.
    pub grid_minor: Rgba,
    /// The axis line and tick marks.
    pub axis: Rgba,
    /// Lines from labels to their markers.
    pub leader: Rgba,
    /// The count inside a cluster badge.
    pub badge_text: Rgba,
    /// An article's own date.
    pub article_tick: Rgba,
    /// Lane colours, used in turn.
    pub lanes: [Rgba; 8],
}

impl Palette {
    /// The colour of lane number `lane`.
    pub fn lane_color(&self, lane: usize) -> Rgba {
        self.lanes[lane % self.lanes.len()]
    }
}

/// Colour-blind-friendly lane colours (Okabe–Ito order, darkened for white).
const LIGHT_LANES: [Rgba; 8] = [
    Rgba::rgb(0x00, 0x72, 0xb2),
    Rgba::rgb(0xd5, 0x5e, 0x00),
    Rgba::rgb(0x00, 0x9e, 0x73),
    Rgba::rgb(0xcc, 0x79, 0xa7),
    Rgba::rgb(0x8a, 0x6d, 0x00),
    Rgba::rgb(0x56, 0x8f, 0xc8),
    Rgba::rgb(0x7a, 0x4f, 0x9e),
    Rgba::rgb(0x4d, 0x5b, 0x6a),
];

/// The same hues, lighter for a dark background.
const DARK_LANES: [Rgba; 8] = [
    Rgba::rgb(0x4d, 0xa8, 0xe8),
    Rgba::rgb(0xf0, 0x8c, 0x3c),
    Rgba::rgb(0x3c, 0xc8, 0x9e),
    Rgba::rgb(0xe8, 0x9c, 0xc8),
    Rgba::rgb(0xe0, 0xc2, 0x40),
    Rgba::rgb(0x8c, 0xc0, 0xf0),
    Rgba::rgb(0xb4, 0x8c, 0xdc),
    Rgba::rgb(0xa0, 0xac, 0xb8),
];
