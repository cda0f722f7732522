//! Dateline: finds the temporal expressions in news articles, turns the dated statements into events
//! and lays them out on a timeline.
//!
//! The library holds everything but drawing, so it runs headless: [`corpus`] reads article folders,
//! [`extract`] finds and normalises temporal expressions, [`timeline`] builds events, [`layout`]
//! computes what a timeline view shows, [`export`] writes images and data, [`cli`] runs the headless
//! commands. Only [`ui`] (behind the default `gui` feature) knows egui and eframe.

pub mod cli;
pub mod corpus;
pub mod export;
pub mod extract;
pub mod layout;
pub mod samples;
pub mod timeline;
#[cfg(feature = "gui")]
pub mod ui;

/// The version string shown by `dateline --version`: crate version and the commit it was built from.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("DATELINE_GIT_COMMIT"),
    ")"
);
