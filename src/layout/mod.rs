//! The headless timeline layout: calendar-aware ticks, lanes, bands, label placement and clusters,
//! computed from events, the visible range and the pixel size. Both the window and the image exporter
//! draw what this module computes. No I/O, no egui.
