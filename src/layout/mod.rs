//! The headless timeline layout: calendar-aware ticks, lanes, bands, label placement and clusters,
//! computed from events, the visible range and the pixel size. Both the window and the image exporter
//! draw what this module computes. No I/O, no egui.
//!
//! Coordinates: time is a day number (days since 1970-01-01, with a fraction for the time of day, see
//! [`time`]); pixels are measured from the plot area's top-left corner, y downwards. [`Viewport`]
//! converts between the two. [`build_scene`] returns a [`Scene`]: everything a back end needs to
//! draw, already culled to the viewport, with labels placed so that none overlap.

mod index;
mod labels;
pub mod text;
pub mod theme;
pub mod ticks;
pub mod time;

use std::collections::HashMap;

use serde::Serialize;

use crate::timeline::{DocumentSummary, Event, EventKind};

pub use index::LayoutIndex;
pub use theme::{Palette, Rgba, Theme};
pub use ticks::{Axis, Tick, TickLevel};
pub use time::{
    EventSpan, date_to_days, day_label, days_to_date, event_span, month_label, year_label,
};

/// The visible time range and the pixel size of the plot area.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Viewport {
    /// Left edge, in days since 1970-01-01.
    pub start_days: f64,
    /// Right edge, in days since 1970-01-01.
    pub end_days: f64,
    /// Plot width in pixels.
    pub width_px: f32,
    /// Plot height in pixels.
    pub height_px: f32,
}

/// The narrowest range a viewport shows: one hour.
const MIN_SPAN_DAYS: f64 = 1.0 / 24.0;

impl Viewport {
    /// A viewport; a range narrower than an hour (or reversed) is widened around its middle.
    pub fn new(start_days: f64, end_days: f64, width_px: f32, height_px: f32) -> Self {
        let (mut start_days, mut end_days) = (start_days.min(end_days), start_days.max(end_days));
        if end_days - start_days < MIN_SPAN_DAYS {
            let middle = (start_days + end_days) / 2.0;
            start_days = middle - MIN_SPAN_DAYS / 2.0;
            end_days = middle + MIN_SPAN_DAYS / 2.0;
        }
        Self {
            start_days,
            end_days,
            width_px: width_px.max(1.0),
            height_px: height_px.max(1.0),
        }
    }

    /// A viewport for a first look: the shortest stretch of time holding 70% of the news events'
    /// importance (all events when there is no news) and the events near it, with a margin on both
    /// sides. A stray old date
    /// (a biography, "the 1800s") would otherwise squeeze the story into a few pixels; what is left
    /// out is counted in [`Scene::events_before`] and [`Scene::events_after`].
    pub fn fit(events: &[Event], width_px: f32, height_px: f32) -> Self {
        let news: Vec<&Event> = events
            .iter()
            .filter(|e| e.kind == EventKind::Event)
            .collect();
        let chosen: Vec<&Event> = if news.is_empty() {
            events.iter().collect()
        } else {
            news
        };
        let (start, end) = core_span(&chosen, FIT_IMPORTANCE_SHARE).unwrap_or((
            date_to_days(DEFAULT_START),
            date_to_days(DEFAULT_START) + 365.0,
        ));
        let margin = ((end - start) * 0.04).max(1.0);
        Self::new(start - margin, end + margin, width_px, height_px)
    }

    /// A viewport showing every event, whatever its kind.
    pub fn fit_all(events: &[Event], width_px: f32, height_px: f32) -> Self {
        let all: Vec<&Event> = events.iter().collect();
        let (start, end) = core_span(&all, 1.0).unwrap_or((
            date_to_days(DEFAULT_START),
            date_to_days(DEFAULT_START) + 365.0,
        ));
        let margin = ((end - start) * 0.04).max(1.0);
        Self::new(start - margin, end + margin, width_px, height_px)
    }

    /// The same range at another pixel size.
    pub fn with_size(self, width_px: f32, height_px: f32) -> Self {
        Self::new(self.start_days, self.end_days, width_px, height_px)
    }

    /// Range length in days.
    pub fn span_days(&self) -> f64 {
        self.end_days - self.start_days
    }

    /// The x pixel of a day number.
    pub fn days_to_x_px(&self, days: f64) -> f32 {
        ((days - self.start_days) / self.span_days() * f64::from(self.width_px)) as f32
    }

    /// The day number at an x pixel.
    pub fn x_px_to_days(&self, x_px: f32) -> f64 {
        self.start_days + f64::from(x_px) / f64::from(self.width_px) * self.span_days()
    }
}

/// Where an empty timeline's viewport starts.
const DEFAULT_START: chrono::NaiveDate = match chrono::NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(date) => date,
    None => chrono::NaiveDate::MIN,
};

/// Share of the total importance the default viewport holds.
const FIT_IMPORTANCE_SHARE: f64 = 0.7;

/// The shortest interval holding `share` of the events' importance (each event weighs its
/// importance plus a little, so events without a score count too), widened to whole intervals.
fn core_span(events: &[&Event], share: f64) -> Option<(f64, f64)> {
    let mut spans: Vec<(EventSpan, f64)> = events
        .iter()
        .map(|event| (event_span(event), event.importance.max(0.0) + 0.05))
        .collect();
    if spans.is_empty() {
        return None;
    }
    if share >= 1.0 {
        let start = spans
            .iter()
            .map(|(s, _)| s.start_days)
            .fold(f64::INFINITY, f64::min);
        let end = spans
            .iter()
            .map(|(s, _)| s.end_days)
            .fold(f64::NEG_INFINITY, f64::max);
        return Some((start, end));
    }
    spans.sort_by(|a, b| a.0.point_days.total_cmp(&b.0.point_days));
    let total: f64 = spans.iter().map(|(_, weight)| weight).sum();
    let needed = total * share;
    // A third of the events at least, whatever their weights: one precise date among many
    // year-precision ones (a history) must not become the whole first look.
    let min_count = spans.len().div_ceil(3);
    // Two pointers: for each left end, the first right end that holds enough weight.
    let mut best: Option<(usize, usize)> = None;
    let mut weight = 0.0;
    let mut right = 0;
    for left in 0..spans.len() {
        while right < spans.len() && (weight < needed || right - left < min_count) {
            weight += spans[right].1;
            right += 1;
        }
        if weight < needed - 1e-9 || right - left < min_count {
            break;
        }
        let width = spans[right - 1].0.point_days - spans[left].0.point_days;
        if best.is_none_or(|(l, r)| width < spans[r].0.point_days - spans[l].0.point_days) {
            best = Some((left, right - 1));
        }
        weight -= spans[left].1;
    }
    let (mut left, mut right) = best.unwrap_or((0, spans.len() - 1));
    // Events close to that core belong to the story too: reach out up to four core lengths (at
    // least eight months) on each side.
    let reach_days = (spans[right].0.point_days - spans[left].0.point_days).max(60.0) * 4.0;
    let (core_start, core_end) = (spans[left].0.point_days, spans[right].0.point_days);
    while left > 0 && core_start - spans[left - 1].0.point_days <= reach_days {
        left -= 1;
    }
    while right + 1 < spans.len() && spans[right + 1].0.point_days - core_end <= reach_days {
        right += 1;
    }
    // Whole intervals for days and months; a year or a decade would stretch the view, so it
    // counts by its middle only (its band runs off the edge).
    let chosen = &spans[left..=right];
    let reach = |span: &EventSpan| {
        if span.end_days - span.start_days <= 62.0 {
            (span.start_days, span.end_days)
        } else {
            (span.point_days, span.point_days)
        }
    };
    let start = chosen
        .iter()
        .map(|(s, _)| reach(s).0)
        .fold(f64::INFINITY, f64::min);
    let end = chosen
        .iter()
        .map(|(s, _)| reach(s).1)
        .fold(f64::NEG_INFINITY, f64::max);
    Some((start, end))
}

/// How events are sorted into lanes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LaneMode {
    /// One lane per article (the article of an event's first source).
    #[default]
    Article,
    /// One lane per kind: news, background, about the articles.
    Kind,
}

impl LaneMode {
    /// Reads `article` or `kind`.
    pub fn parse(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "article" | "articles" => Some(Self::Article),
            "kind" | "kinds" => Some(Self::Kind),
            _ => None,
        }
    }
}

/// Knobs of the layout. The defaults suit both the window and a 2400 px export.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LayoutOptions {
    /// Lanes by article or by kind.
    pub lanes: LaneMode,
    /// Colours.
    pub theme: Theme,
    /// Label font size in pixels.
    pub font_px: f32,
    /// Longer labels are cut with "…".
    pub max_label_width_px: f32,
    /// Point events closer than this (from a group's first one) may form a cluster.
    pub cluster_width_px: f32,
    /// A group of at least this many point events becomes a count badge.
    pub min_cluster_size: usize,
    /// Lanes are never thinner than this; extra articles share an "other articles" lane.
    pub min_lane_height_px: f32,
    /// Radius of a point marker.
    pub marker_radius_px: f32,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        Self {
            lanes: LaneMode::Article,
            theme: Theme::Light,
            font_px: 12.0,
            max_label_width_px: 360.0,
            cluster_width_px: 22.0,
            min_cluster_size: 3,
            min_lane_height_px: 46.0,
            marker_radius_px: 4.5,
        }
    }
}

/// One horizontal lane.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Lane {
    /// Stable key: the article's path, `other`, or the kind's name.
    pub key: String,
    /// Name for the legend: the article's title or the kind.
    pub name: String,
    /// Top edge.
    pub y_top_px: f32,
    /// Bottom edge.
    pub y_bottom_px: f32,
    /// The line markers sit on.
    pub baseline_y_px: f32,
    /// Colour of its markers and bands.
    pub color: Rgba,
    /// How many events (of all, not only the visible ones) it holds.
    pub event_count: usize,
}

/// A point event.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Marker {
    /// Index into the events given to [`build_scene`].
    pub event: usize,
    /// Centre.
    pub x_px: f32,
    /// Centre.
    pub y_px: f32,
    /// Radius; larger for more important events.
    pub radius_px: f32,
    /// Lane index.
    pub lane: usize,
    /// Fill colour.
    pub color: Rgba,
}

/// An event with a month, year or vaguer date, drawn over its whole interval. Events of one lane with
/// exactly the same interval share a band.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Band {
    /// Indices of its events, most important first.
    pub events: Vec<usize>,
    /// Left edge (may lie outside the plot when the interval does).
    pub x_start_px: f32,
    /// Right edge.
    pub x_end_px: f32,
    /// Vertical centre.
    pub y_px: f32,
    /// Thickness.
    pub height_px: f32,
    /// Lane index.
    pub lane: usize,
    /// Vague dates ("late 2021", "around 1990") fade out at both ends.
    pub faded_edges: bool,
    /// Fill colour (partly transparent).
    pub color: Rgba,
}

/// Point events too dense to draw one by one, drawn as a badge with their count.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cluster {
    /// Indices of its events, most important first.
    pub events: Vec<usize>,
    /// Badge centre.
    pub x_px: f32,
    /// Badge centre.
    pub y_px: f32,
    /// Leftmost event.
    pub x_start_px: f32,
    /// Rightmost event.
    pub x_end_px: f32,
    /// Badge width.
    pub width_px: f32,
    /// Badge height.
    pub height_px: f32,
    /// The count as drawn.
    pub count_text: String,
    /// Lane index.
    pub lane: usize,
    /// Badge colour.
    pub color: Rgba,
}

/// What a label names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelTarget {
    /// [`Scene::markers`]`[i]`.
    Marker(usize),
    /// [`Scene::bands`]`[i]`.
    Band(usize),
    /// [`Scene::clusters`]`[i]`.
    Cluster(usize),
}

/// A placed label; no two labels of a scene overlap.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Label {
    /// What it names.
    pub target: LabelTarget,
    /// The event whose title it shows.
    pub event: usize,
    /// The text (cut with "…" when too long).
    pub text: String,
    /// Left edge of the box.
    pub x_px: f32,
    /// Top edge of the box.
    pub y_px: f32,
    /// Box width.
    pub width_px: f32,
    /// Box height.
    pub height_px: f32,
    /// Where the text's baseline sits.
    pub text_baseline_y_px: f32,
    /// The leader line runs from here (on the marker) …
    pub anchor_x_px: f32,
    /// … up to the box's bottom edge.
    pub anchor_y_px: f32,
    /// Lane index.
    pub lane: usize,
}

/// An article's own date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArticleTick {
    /// Index into the documents given to [`build_scene`].
    pub document: usize,
    /// Position.
    pub x_px: f32,
    /// The article's lane, or `None` when lanes are by kind (drawn on the axis).
    pub lane: Option<usize>,
}

/// Everything a back end draws, in pixels of the plot area.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scene {
    /// The range and size it was built for.
    pub viewport: Viewport,
    /// Label font size.
    pub font_px: f32,
    /// Colours.
    pub palette: Palette,
    /// Axis ticks.
    pub axis: Axis,
    /// Lanes, top to bottom.
    pub lanes: Vec<Lane>,
    /// Interval events, in drawing order.
    pub bands: Vec<Band>,
    /// Point events, left to right within each lane.
    pub markers: Vec<Marker>,
    /// Count badges.
    pub clusters: Vec<Cluster>,
    /// Placed labels, most important first.
    pub labels: Vec<Label>,
    /// Articles' own dates.
    pub article_ticks: Vec<ArticleTick>,
    /// Each event's lane (by index into the events given).
    pub event_lanes: Vec<usize>,
    /// Events at least partly inside the range.
    pub events_in_view: usize,
    /// Events wholly before the range.
    pub events_before: usize,
    /// Events wholly after the range.
    pub events_after: usize,
    /// Markers, bands and clusters left without a label for lack of room.
    pub unlabelled: usize,
}

/// What is under a pixel.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Hit {
    /// One event.
    Event(usize),
    /// A cluster: its events, most important first.
    Cluster(Vec<usize>),
}

impl Scene {
    /// The top and bottom pixel of an article-date tick: the bottom of its lane, or of the plot
    /// when lanes are by kind.
    pub fn article_tick_span_px(&self, tick: &ArticleTick) -> (f32, f32) {
        /// How tall the tick is.
        const TICK_PX: f32 = 7.0;
        let bottom = tick
            .lane
            .and_then(|lane| self.lanes.get(lane))
            .map_or(self.viewport.height_px, |lane| lane.y_bottom_px);
        (bottom - TICK_PX, bottom)
    }

    /// The event or cluster under a pixel (labels, markers, badges, then bands).
    pub fn hit(&self, x_px: f32, y_px: f32) -> Option<Hit> {
        let inside = |x: f32, y: f32, w: f32, h: f32| {
            x_px >= x && x_px <= x + w && y_px >= y && y_px <= y + h
        };
        if let Some(label) = self
            .labels
            .iter()
            .find(|l| inside(l.x_px, l.y_px, l.width_px, l.height_px))
        {
            return Some(match label.target {
                LabelTarget::Cluster(i) => Hit::Cluster(self.clusters[i].events.clone()),
                _ => Hit::Event(label.event),
            });
        }
        let near = self
            .markers
            .iter()
            .map(|m| (m, (m.x_px - x_px).hypot(m.y_px - y_px)))
            .filter(|(m, distance)| *distance <= m.radius_px + 3.0)
            .min_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((marker, _)) = near {
            return Some(Hit::Event(marker.event));
        }
        if let Some(cluster) = self.clusters.iter().find(|c| {
            inside(
                c.x_px - c.width_px / 2.0,
                c.y_px - c.height_px / 2.0,
                c.width_px,
                c.height_px,
            )
        }) {
            return Some(Hit::Cluster(cluster.events.clone()));
        }
        self.bands
            .iter()
            .rev()
            .find(|b| {
                inside(
                    b.x_start_px,
                    b.y_px - b.height_px / 2.0 - 2.0,
                    b.x_end_px - b.x_start_px,
                    b.height_px + 4.0,
                )
            })
            .map(|b| Hit::Event(b.events[0]))
    }
}

/// Bands narrower than this are drawn as point markers.
const MIN_BAND_PX: f32 = 6.0;
/// Band thickness and row pitch.
const BAND_HEIGHT_PX: f32 = 7.0;
const BAND_PITCH_PX: f32 = 9.0;
/// Bands of a lane stack in at most this many rows (then overlap).
const BAND_ROWS: usize = 2;

/// Builds the scene for `events` (and their `documents`, for lanes and article dates) in a viewport.
/// The same as building a [`LayoutIndex`] and asking it for this one range; a view that moves
/// keeps the index and calls [`LayoutIndex::scene`] for each range instead.
pub fn build_scene(
    events: &[Event],
    documents: &[DocumentSummary],
    viewport: &Viewport,
    options: &LayoutOptions,
) -> Scene {
    LayoutIndex::new(events, documents, viewport, options)
        .scene(events, documents, viewport, options)
}

/// "7", "999", "1.2k", "15k".
fn compact_count(count: usize) -> String {
    match count {
        0..1000 => count.to_string(),
        1000..10_000 => format!("{:.1}k", count as f64 / 1000.0),
        _ => format!("{}k", count / 1000),
    }
}

/// Lanes before geometry: keys, names, counts, and each event's lane.
#[derive(Clone, Debug)]
struct LaneAssignment {
    lanes: Vec<(String, String, usize)>,
    event_lanes: Vec<usize>,
    /// The lane of each document, if it has one of its own.
    document_lanes: Vec<Option<usize>>,
}

fn assign_lanes(
    events: &[Event],
    documents: &[DocumentSummary],
    mode: LaneMode,
    max_lanes: usize,
) -> LaneAssignment {
    match mode {
        LaneMode::Kind => {
            let kinds = [
                (EventKind::Event, "event", "News"),
                (EventKind::Background, "background", "Background"),
                (EventKind::Metadata, "metadata", "About the articles"),
            ];
            let counts: Vec<usize> = kinds
                .iter()
                .map(|(kind, _, _)| events.iter().filter(|e| e.kind == *kind).count())
                .collect();
            let mut lane_of_kind = [0usize; 3];
            let mut lanes = Vec::new();
            for (slot, ((_, key, name), count)) in kinds.iter().zip(&counts).enumerate() {
                if *count > 0 || (slot == 0 && events.is_empty()) {
                    lane_of_kind[slot] = lanes.len();
                    lanes.push(((*key).to_owned(), (*name).to_owned(), *count));
                }
            }
            let event_lanes = events
                .iter()
                .map(|event| {
                    let slot = kinds
                        .iter()
                        .position(|(k, _, _)| *k == event.kind)
                        .unwrap_or(0);
                    lane_of_kind[slot]
                })
                .collect();
            LaneAssignment {
                lanes,
                event_lanes,
                document_lanes: vec![None; documents.len()],
            }
        }
        LaneMode::Article => {
            let doc_index: HashMap<&str, usize> = documents
                .iter()
                .enumerate()
                .map(|(index, doc)| (doc.path.as_str(), index))
                .collect();
            let event_docs: Vec<Option<usize>> = events
                .iter()
                .map(|event| {
                    event
                        .sources
                        .iter()
                        .filter_map(|source| doc_index.get(source.doc.as_str()).copied())
                        .min()
                })
                .collect();
            let mut counts = vec![0usize; documents.len()];
            let mut weights = vec![0.0f64; documents.len()];
            let mut orphans = 0;
            for (event, doc) in events.iter().zip(&event_docs) {
                match doc {
                    Some(doc) => {
                        counts[*doc] += 1;
                        weights[*doc] += event.importance.max(0.0) + 1.0;
                    }
                    None => orphans += 1,
                }
            }
            let mut with_events: Vec<usize> =
                (0..documents.len()).filter(|d| counts[*d] > 0).collect();
            let needs_other = orphans > 0 || with_events.len() > max_lanes;
            if needs_other {
                let keep = max_lanes.saturating_sub(1);
                if with_events.len() > keep {
                    let mut ranked = with_events.clone();
                    ranked.sort_by(|a, b| weights[*b].total_cmp(&weights[*a]).then(a.cmp(b)));
                    ranked.truncate(keep);
                    ranked.sort_unstable();
                    with_events = ranked;
                }
            }
            let mut document_lanes = vec![None; documents.len()];
            let mut lanes = Vec::new();
            for doc in &with_events {
                document_lanes[*doc] = Some(lanes.len());
                let summary = &documents[*doc];
                let name = if summary.title.trim().is_empty() {
                    summary.path.clone()
                } else {
                    summary.title.clone()
                };
                lanes.push((summary.path.clone(), name, counts[*doc]));
            }
            let other_lane = lanes.len();
            let shared_docs = documents.len() - with_events.len();
            let event_lanes: Vec<usize> = event_docs
                .iter()
                .map(|doc| {
                    doc.and_then(|doc| document_lanes[doc])
                        .unwrap_or(other_lane)
                })
                .collect();
            let other_count = event_lanes
                .iter()
                .filter(|lane| **lane == other_lane)
                .count();
            if other_count > 0 || lanes.is_empty() {
                let name = if shared_docs == 1 {
                    "1 other article".to_owned()
                } else {
                    format!("{shared_docs} other articles")
                };
                lanes.push(("other".to_owned(), name, other_count));
            }
            LaneAssignment {
                lanes,
                event_lanes,
                document_lanes,
            }
        }
    }
}

fn lane_geometry(
    assignment: &LaneAssignment,
    viewport: &Viewport,
    options: &LayoutOptions,
    palette: &Palette,
) -> Vec<Lane> {
    let count = assignment.lanes.len().max(1);
    let lane_height = viewport.height_px / count as f32;
    let bottom_margin = BAND_PITCH_PX * (BAND_ROWS as f32 - 1.0) + BAND_HEIGHT_PX / 2.0 + 5.0;
    assignment
        .lanes
        .iter()
        .enumerate()
        .map(|(index, (key, name, event_count))| {
            let y_top_px = index as f32 * lane_height;
            let y_bottom_px = y_top_px + lane_height;
            Lane {
                key: key.clone(),
                name: name.clone(),
                y_top_px,
                y_bottom_px,
                baseline_y_px: (y_bottom_px - bottom_margin)
                    .max(y_top_px + options.marker_radius_px + 1.0),
                color: if options.lanes == LaneMode::Kind && key == "background" {
                    palette.text_muted
                } else {
                    palette.lane_color(index)
                },
                event_count: *event_count,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_compact() {
        assert_eq!(compact_count(7), "7");
        assert_eq!(compact_count(1234), "1.2k");
        assert_eq!(compact_count(15_400), "15k");
    }

    #[test]
    fn viewport_maps_days_to_pixels_and_back() {
        let viewport = Viewport::new(100.0, 200.0, 1000.0, 500.0);
        assert_eq!(viewport.days_to_x_px(150.0), 500.0);
        assert_eq!(viewport.x_px_to_days(250.0), 125.0);
        let narrow = Viewport::new(5.0, 5.0, 10.0, 10.0);
        assert!(narrow.span_days() > 0.0);
    }
}
