//! Writers for timeline images (PNG, SVG) and data (JSON, CSV, TimelineJS, iCalendar). Writes are
//! atomic (temp file + rename). Draws the scene computed by [`crate::layout`]; knows no egui.
//!
//! One scene, two back ends: the window draws [`crate::layout::Scene`] with egui; this module turns
//! it into SVG ([`render_svg`]) and rasterises that SVG with resvg and the shipped fonts
//! ([`render_png`], [`render_rgba`]).

mod atomic;
pub mod data;
mod raster;
mod svg;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::layout::{LaneMode, Theme, date_to_days};
use crate::timeline::Timeline;

pub use atomic::write_atomic;
pub use raster::RgbaImage;

/// What an export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// PNG image.
    Png,
    /// SVG image.
    Svg,
    /// Events JSON (documents, events, warnings).
    Json,
    /// One row per event.
    Csv,
    /// Knight Lab TimelineJS JSON.
    TimelineJs,
    /// iCalendar.
    Ics,
}

impl ExportFormat {
    /// Reads a `--format` name: png, svg, json, csv, timelinejs, ics.
    pub fn parse(name: &str) -> Option<Self> {
        match name
            .trim()
            .trim_start_matches('.')
            .to_ascii_lowercase()
            .as_str()
        {
            "png" => Some(Self::Png),
            "svg" => Some(Self::Svg),
            "json" => Some(Self::Json),
            "csv" => Some(Self::Csv),
            "timelinejs" | "timeline-js" | "timeline_js" => Some(Self::TimelineJs),
            "ics" | "ical" | "icalendar" => Some(Self::Ics),
            _ => None,
        }
    }

    /// The format a file name implies: by extension, and `timeline*.json` means TimelineJS (other
    /// `.json` names mean the events JSON).
    pub fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        let stem = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        match extension.as_str() {
            "json" if stem.starts_with("timeline") => Some(Self::TimelineJs),
            "ical" => Some(Self::Ics),
            other => Self::parse(other),
        }
    }

    /// PNG or SVG.
    pub fn is_image(self) -> bool {
        matches!(self, Self::Png | Self::Svg)
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
            Self::Json | Self::TimelineJs => "json",
            Self::Csv => "csv",
            Self::Ics => "ics",
        }
    }
}

/// How an image looks.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageOptions {
    /// Width in logical pixels.
    pub width_px: u32,
    /// Height in logical pixels.
    pub height_px: u32,
    /// Output pixels per logical pixel (PNG; an SVG gets it as its nominal size).
    pub scale: f32,
    /// Visible range in day numbers (see [`crate::layout::time`]); `None` fits all news events.
    pub range_days: Option<(f64, f64)>,
    /// Light or dark.
    pub theme: Theme,
    /// Title at the top; `None` writes "Timeline of N articles".
    pub title: Option<String>,
    /// Lanes by article or kind.
    pub lanes: LaneMode,
}

impl Default for ImageOptions {
    fn default() -> Self {
        Self {
            width_px: 2400,
            height_px: 1200,
            scale: 1.0,
            range_days: None,
            theme: Theme::Light,
            title: None,
            lanes: LaneMode::Article,
        }
    }
}

impl ImageOptions {
    /// Sets the range from a first and a last day (both shown in full).
    pub fn with_dates(mut self, first: NaiveDate, last: NaiveDate) -> Self {
        self.range_days = Some((date_to_days(first), date_to_days(last) + 1.0));
        self
    }
}

/// The largest image side accepted, in output pixels.
pub const MAX_SIDE_PX: u32 = 16_384;

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The file exists and replacing it was not allowed.
    #[error("{path} already exists (use --force to replace it)", path = .path.display())]
    Exists {
        /// The file.
        path: PathBuf,
    },
    /// The folder to write into does not exist.
    #[error("cannot write {path}: the folder does not exist", path = .path.display())]
    MissingFolder {
        /// The file.
        path: PathBuf,
    },
    /// No permission to write there.
    #[error("cannot write {path}: permission denied", path = .path.display())]
    PermissionDenied {
        /// The file.
        path: PathBuf,
    },
    /// Another I/O error.
    #[error("cannot write {path}: {source}", path = .path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The image could not be rendered or encoded.
    #[error("cannot render the image: {0}")]
    Render(String),
    /// Width, height or scale out of range.
    #[error("image size {width}×{height} px is out of range (1 to {MAX_SIDE_PX} px a side)")]
    BadSize {
        /// Output width.
        width: f64,
        /// Output height.
        height: f64,
    },
    /// A data format whose writer is not available.
    #[error("the {0} format is not available in this build")]
    Unsupported(&'static str),
}

fn check_size(options: &ImageOptions) -> Result<(), ExportError> {
    let width = f64::from(options.width_px) * f64::from(options.scale);
    let height = f64::from(options.height_px) * f64::from(options.scale);
    let ok = |side: f64| side >= 1.0 && side <= f64::from(MAX_SIDE_PX);
    if ok(width) && ok(height) && options.width_px > 0 && options.height_px > 0 {
        Ok(())
    } else {
        Err(ExportError::BadSize { width, height })
    }
}

/// The timeline as an SVG document.
pub fn render_svg(timeline: &Timeline, options: &ImageOptions) -> String {
    svg::render(timeline, options, options.scale)
}

/// The timeline as pixels (for "copy image").
pub fn render_rgba(timeline: &Timeline, options: &ImageOptions) -> Result<RgbaImage, ExportError> {
    check_size(options)?;
    raster::rasterize(&svg::render(timeline, options, 1.0), options.scale)
}

/// The timeline as a PNG file's bytes.
pub fn render_png(timeline: &Timeline, options: &ImageOptions) -> Result<Vec<u8>, ExportError> {
    raster::encode_png(&render_rgba(timeline, options)?)
}

/// The bytes of a file in `format`.
pub fn render(
    format: ExportFormat,
    timeline: &Timeline,
    options: &ImageOptions,
) -> Result<Vec<u8>, ExportError> {
    match format {
        ExportFormat::Png => render_png(timeline, options),
        ExportFormat::Svg => {
            check_size(options)?;
            Ok(render_svg(timeline, options).into_bytes())
        }
        ExportFormat::Json | ExportFormat::Csv | ExportFormat::TimelineJs | ExportFormat::Ics => {
            data_bytes(timeline, format, options)
        }
    }
}

/// Data formats, written by the events' writers in [`data`].
fn data_bytes(
    timeline: &Timeline,
    format: ExportFormat,
    options: &ImageOptions,
) -> Result<Vec<u8>, ExportError> {
    let text = match format {
        ExportFormat::Json => {
            data::events_json(timeline).map_err(|err| ExportError::Render(err.to_string()))?
        }
        ExportFormat::Csv => data::events_csv(timeline),
        ExportFormat::TimelineJs => {
            let title = options
                .title
                .clone()
                .unwrap_or_else(|| svg::default_title(timeline));
            data::timelinejs_json(timeline, &title)
                .map_err(|err| ExportError::Render(err.to_string()))?
        }
        ExportFormat::Ics => data::icalendar(timeline),
        ExportFormat::Png | ExportFormat::Svg => return Err(ExportError::Unsupported("image")),
    };
    Ok(text.into_bytes())
}

/// Renders and writes a file atomically; an existing file is replaced only when `replace` is set.
pub fn write(
    path: &Path,
    format: ExportFormat,
    timeline: &Timeline,
    options: &ImageOptions,
    replace: bool,
) -> Result<(), ExportError> {
    atomic::check_target(path, replace)?;
    let bytes = render(format, timeline, options)?;
    write_atomic(path, &bytes, replace)
}
