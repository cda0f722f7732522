//! Writers for timeline images (PNG, SVG) and data (JSON, CSV, TimelineJS, iCalendar). Writes are
//! atomic (temp file + rename). Draws the scene computed by [`crate::layout`]; knows no egui.

pub mod data;
