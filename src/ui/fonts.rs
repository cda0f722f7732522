//! Fonts: DejaVu Sans (shipped in `assets/fonts`) is the timeline's label font — the layout measures
//! label boxes with its advance widths and the exporter renders with it — and a fallback for the
//! interface, so article text in Cyrillic, Greek and other scripts shows instead of empty boxes.

use egui::epaint::text::{FontData, FontInsert, FontPriority, InsertFontFamily};

/// DejaVu Sans.
const DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// The family the timeline's labels are drawn in.
pub fn timeline_family() -> egui::FontFamily {
    egui::FontFamily::Name("timeline".into())
}

/// Adds DejaVu Sans: first in the timeline family, last (a fallback) in the proportional one.
pub fn install(ctx: &egui::Context) {
    ctx.add_font(FontInsert::new(
        "DejaVu Sans",
        FontData::from_static(DEJAVU_SANS),
        vec![
            InsertFontFamily {
                family: timeline_family(),
                priority: FontPriority::Highest,
            },
            InsertFontFamily {
                family: egui::FontFamily::Proportional,
                priority: FontPriority::Lowest,
            },
        ],
    ));
}
