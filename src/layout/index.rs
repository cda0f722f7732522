//! The layout split in two: [`LayoutIndex`] is everything about a set of events that does not depend
//! on the visible range (each event's interval, lane, importance rank and title width; the point
//! events of each lane sorted by time; identical intervals grouped into bands), computed once per
//! event set. [`LayoutIndex::scene`] is the cheap part run for every range: it binary-searches each
//! lane's sorted points for the visible stretch, walks the band groups, forms count badges and
//! places labels only for what is on screen. Owns no drawing and no I/O, and touches nothing but
//! the events it is given. [`super::build_scene`] is an index plus one scene, so a reused index must
//! give exactly the scene a fresh build gives: the window (which keeps its index while zooming) and
//! the exporter (which builds afresh) draw the same layout.

use std::collections::BTreeMap;

use crate::timeline::{DocumentSummary, Event, Granularity};

use super::text::{self, text_width_em};
use super::time::{EventSpan, date_to_days, event_span};
use super::{
    ArticleTick, BAND_HEIGHT_PX, BAND_PITCH_PX, BAND_ROWS, Band, Cluster, LaneAssignment, LaneMode,
    LayoutOptions, MIN_BAND_PX, Marker, Scene, Viewport, assign_lanes, compact_count, labels,
    lane_geometry, ticks,
};

/// A point event of a lane, with its interval for culling.
#[derive(Clone, Copy, Debug)]
struct IndexedPoint {
    point_days: f64,
    start_days: f64,
    end_days: f64,
    event: usize,
}

/// The point events of one lane, sorted by time.
#[derive(Clone, Debug, Default)]
struct LanePoints {
    /// Sorted by `point_days`, then event index.
    points: Vec<IndexedPoint>,
    /// How far any of them reaches from its point (start or end), in days: the binary search
    /// widens the visible range by this much, then culls exactly.
    reach_days: f64,
}

/// What makes intervals share a band: lane, start and end in whole minutes, fading.
type BandKey = (usize, i64, i64, bool);

/// Interval events of one lane with the same interval (to the minute) and fading: they share a
/// band when wide enough.
#[derive(Clone, Debug)]
struct BandGroup {
    lane: usize,
    faded_edges: bool,
    /// Members, most important first, with their intervals.
    members: Vec<(usize, EventSpan)>,
}

/// The range-independent part of a layout, for one set of events, lane mode and lane count.
/// Build it once per event set ([`LayoutIndex::new`]) and call [`LayoutIndex::scene`] for every
/// visible range; [`LayoutIndex::suits`] says whether it still fits a viewport and options.
#[derive(Clone, Debug)]
pub struct LayoutIndex {
    lane_mode: LaneMode,
    max_lanes: usize,
    event_count: usize,
    assignment: LaneAssignment,
    /// Each event's importance.
    importance: Vec<f64>,
    /// Each event's place when sorted by importance (highest first, ties by index).
    rank: Vec<u32>,
    max_importance: f64,
    /// Each event's title width in ems.
    title_width_em: Vec<f32>,
    lane_points: Vec<LanePoints>,
    /// Sorted by lane, start, end, fading.
    band_groups: Vec<BandGroup>,
    /// Each document's own date as a day number (its middle), if it has one.
    document_days: Vec<Option<f64>>,
}

/// How many lanes fit the viewport's height.
pub(super) fn max_lanes(viewport: &Viewport, options: &LayoutOptions) -> usize {
    ((viewport.height_px / options.min_lane_height_px).floor() as usize).max(1)
}

/// Whether an event is drawn over its interval (when wide enough) rather than as a point.
fn is_interval(event: &Event) -> bool {
    !matches!(event.granularity, Granularity::Time | Granularity::Day) || event.modifier.is_some()
}

impl LayoutIndex {
    /// Computes the range-independent layout of `events` (and their `documents`) for the lane mode
    /// of `options` and the number of lanes that fit `viewport`'s height.
    pub fn new(
        events: &[Event],
        documents: &[DocumentSummary],
        viewport: &Viewport,
        options: &LayoutOptions,
    ) -> Self {
        let max_lanes = max_lanes(viewport, options);
        let assignment = assign_lanes(events, documents, options.lanes, max_lanes);
        let importance: Vec<f64> = events.iter().map(|event| event.importance).collect();
        let mut order: Vec<usize> = (0..events.len()).collect();
        order.sort_unstable_by(|a, b| importance[*b].total_cmp(&importance[*a]).then(a.cmp(b)));
        let mut rank = vec![0u32; events.len()];
        for (place, index) in order.into_iter().enumerate() {
            rank[index] = u32::try_from(place).unwrap_or(u32::MAX);
        }
        let max_importance = importance.iter().copied().fold(0.0_f64, f64::max);
        let title_width_em = events
            .iter()
            .map(|event| text_width_em(&event.title))
            .collect();

        let mut lane_points = vec![LanePoints::default(); assignment.lanes.len()];
        let mut groups: BTreeMap<BandKey, Vec<(usize, EventSpan)>> = BTreeMap::new();
        for (index, event) in events.iter().enumerate() {
            let span = event_span(event);
            let lane = assignment.event_lanes[index];
            if is_interval(event) {
                let key = (
                    lane,
                    (span.start_days * 1440.0).round() as i64,
                    (span.end_days * 1440.0).round() as i64,
                    event.modifier.is_some(),
                );
                groups.entry(key).or_default().push((index, span));
            } else if let Some(lane_points) = lane_points.get_mut(lane) {
                let reach =
                    (span.point_days - span.start_days).max(span.end_days - span.point_days);
                lane_points.reach_days = lane_points.reach_days.max(reach);
                lane_points.points.push(IndexedPoint {
                    point_days: span.point_days,
                    start_days: span.start_days,
                    end_days: span.end_days,
                    event: index,
                });
            }
        }
        for lane in &mut lane_points {
            lane.points.sort_unstable_by(|a, b| {
                a.point_days
                    .total_cmp(&b.point_days)
                    .then(a.event.cmp(&b.event))
            });
        }
        let band_groups = groups
            .into_iter()
            .map(|((lane, _, _, faded_edges), mut members)| {
                members.sort_unstable_by_key(|(index, _)| rank[*index]);
                BandGroup {
                    lane,
                    faded_edges,
                    members,
                }
            })
            .collect();
        let document_days = documents
            .iter()
            .map(|doc| {
                let date = doc.date.as_deref()?;
                let day = chrono::NaiveDate::parse_from_str(date.get(..10)?, "%Y-%m-%d").ok()?;
                Some(date_to_days(day) + 0.5)
            })
            .collect();
        Self {
            lane_mode: options.lanes,
            max_lanes,
            event_count: events.len(),
            assignment,
            importance,
            rank,
            max_importance,
            title_width_em,
            lane_points,
            band_groups,
            document_days,
        }
    }

    /// Whether this index was built for as many events, the same lane mode and the same number of
    /// lanes as `viewport` and `options` ask for. (The events themselves are the caller's to keep
    /// the same.)
    pub fn suits(&self, events: &[Event], viewport: &Viewport, options: &LayoutOptions) -> bool {
        self.event_count == events.len()
            && self.lane_mode == options.lanes
            && self.max_lanes == max_lanes(viewport, options)
    }

    /// The scene for one visible range: the same as [`super::build_scene`] with these arguments.
    /// `events` and `documents` must be the ones the index was built from; when the index does not
    /// suit the viewport or options (see [`Self::suits`]) a fresh one is built for this call.
    pub fn scene(
        &self,
        events: &[Event],
        documents: &[DocumentSummary],
        viewport: &Viewport,
        options: &LayoutOptions,
    ) -> Scene {
        if !self.suits(events, viewport, options) {
            return Self::new(events, documents, viewport, options)
                .scene(events, documents, viewport, options);
        }
        let palette = options.theme.palette();
        let axis = ticks::axis(viewport, options.font_px);
        let assignment = &self.assignment;
        let lanes = lane_geometry(assignment, viewport, options, &palette);
        let (start_days, end_days) = (viewport.start_days, viewport.end_days);
        let mut events_before = 0;
        let mut events_after = 0;

        // Bands: identical intervals of a lane merged (grouped once), then stacked into rows.
        // Interval events too narrow for a band become points of their lane.
        let mut narrow_points: Vec<Vec<(f32, usize)>> = vec![Vec::new(); lanes.len()];
        let mut row_ends: Vec<[f32; BAND_ROWS]> = vec![[f32::NEG_INFINITY; BAND_ROWS]; lanes.len()];
        let mut bands = Vec::new();
        for group in &self.band_groups {
            let mut members = Vec::new();
            let mut first_span = None;
            for &(index, span) in &group.members {
                if span.end_days <= start_days && span.point_days < start_days {
                    events_before += 1;
                    continue;
                }
                if span.start_days > end_days {
                    events_after += 1;
                    continue;
                }
                let x_start = viewport.days_to_x_px(span.start_days);
                let x_end = viewport.days_to_x_px(span.end_days);
                if x_end - x_start >= MIN_BAND_PX {
                    first_span.get_or_insert(span);
                    members.push(index);
                } else {
                    narrow_points[group.lane].push((viewport.days_to_x_px(span.point_days), index));
                }
            }
            let Some(span) = first_span else {
                continue;
            };
            let lane = group.lane;
            let x_start_px = viewport.days_to_x_px(span.start_days);
            let x_end_px = viewport.days_to_x_px(span.end_days);
            let ends = &mut row_ends[lane];
            let row = ends
                .iter()
                .position(|end| *end + 2.0 <= x_start_px)
                .unwrap_or_else(|| {
                    ends.iter()
                        .enumerate()
                        .min_by(|a, b| a.1.total_cmp(b.1))
                        .map_or(0, |(row, _)| row)
                });
            ends[row] = ends[row].max(x_end_px);
            let faded_edges = group.faded_edges;
            bands.push(Band {
                events: members,
                x_start_px,
                x_end_px,
                y_px: lanes[lane].baseline_y_px + row as f32 * BAND_PITCH_PX,
                height_px: BAND_HEIGHT_PX,
                lane,
                faded_edges,
                color: lanes[lane]
                    .color
                    .with_alpha(if faded_edges { 150 } else { 110 }),
            });
        }

        // Points: per lane, the visible stretch of its sorted points (binary search, then exact
        // culling), with the narrow intervals, left to right.
        let mut points: Vec<(f32, usize)> = Vec::new();
        for (lane, lane_points) in self.lane_points.iter().enumerate() {
            let sorted = &lane_points.points;
            let low =
                sorted.partition_point(|p| p.point_days < start_days - lane_points.reach_days);
            let high =
                sorted.partition_point(|p| p.point_days <= end_days + lane_points.reach_days);
            events_before += low;
            events_after += sorted.len() - high;
            let segment_start = points.len();
            for point in &sorted[low..high] {
                if point.end_days <= start_days && point.point_days < start_days {
                    events_before += 1;
                } else if point.start_days > end_days {
                    events_after += 1;
                } else {
                    points.push((viewport.days_to_x_px(point.point_days), point.event));
                }
            }
            if let Some(narrow) = narrow_points.get_mut(lane) {
                points.append(narrow);
            }
            // Already in time order but for the narrow intervals and pixel rounding: cheap.
            points[segment_start..].sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        }
        let events_in_view = events.len() - events_before - events_after;

        let (markers, clusters) = self.points_to_markers(&points, &lanes, options);
        let (labels, unlabelled) = labels::place(
            events,
            &labels::Measures {
                importance: &self.importance,
                title_width_em: &self.title_width_em,
            },
            &lanes,
            &markers,
            &bands,
            &clusters,
            viewport,
            options,
        );
        let article_ticks = self.article_ticks(viewport);
        Scene {
            viewport: *viewport,
            font_px: options.font_px,
            palette,
            axis,
            lanes,
            bands,
            markers,
            clusters,
            labels,
            article_ticks,
            event_lanes: assignment.event_lanes.clone(),
            events_in_view,
            events_before,
            events_after,
            unlabelled,
        }
    }

    /// Point events (sorted by lane, then left to right) as markers, and dense runs of them as
    /// count badges.
    fn points_to_markers(
        &self,
        points: &[(f32, usize)],
        lanes: &[super::Lane],
        options: &LayoutOptions,
    ) -> (Vec<Marker>, Vec<Cluster>) {
        let event_lanes = &self.assignment.event_lanes;
        let mut markers = Vec::new();
        let mut clusters = Vec::new();
        // Runs: point events within `cluster_width_px` of a run's first one.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut group_start = 0;
        while group_start < points.len() {
            let lane = event_lanes[points[group_start].1];
            let first_x = points[group_start].0;
            let mut group_end = group_start + 1;
            while group_end < points.len()
                && event_lanes[points[group_end].1] == lane
                && points[group_end].0 - first_x < options.cluster_width_px
            {
                group_end += 1;
            }
            runs.push((group_start, group_end));
            group_start = group_end;
        }
        // A badge must not cover its neighbour: runs whose drawings would touch merge.
        let badge_height_px = options.font_px + 6.0;
        let badge_width_px = |count: usize| {
            (text::bold_text_width_px(&compact_count(count), options.font_px * 0.9) + 10.0)
                .max(badge_height_px)
        };
        let extent = |(start, end): (usize, usize)| -> (f32, f32) {
            let (first, last) = (points[start].0, points[end - 1].0);
            if end - start >= options.min_cluster_size {
                let width = badge_width_px(end - start);
                let middle = (first + last) / 2.0;
                (middle - width / 2.0, middle + width / 2.0)
            } else {
                (
                    first - options.marker_radius_px,
                    last + options.marker_radius_px,
                )
            }
        };
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(runs.len());
        for run in runs {
            if let Some(previous) = merged.last_mut() {
                let same_lane = event_lanes[points[previous.0].1] == event_lanes[points[run.0].1];
                let is_badge = |r: (usize, usize)| r.1 - r.0 >= options.min_cluster_size;
                if same_lane
                    && (is_badge(*previous) || is_badge(run))
                    && extent(run).0 < extent(*previous).1 + 2.0
                {
                    previous.1 = run.1;
                    continue;
                }
            }
            merged.push(run);
        }
        for (group_start, group_end) in merged {
            let lane = event_lanes[points[group_start].1];
            let group = &points[group_start..group_end];
            let y_px = lanes[lane].baseline_y_px;
            if group.len() >= options.min_cluster_size {
                let mut members: Vec<usize> = group.iter().map(|(_, index)| *index).collect();
                members.sort_unstable_by_key(|index| self.rank[*index]);
                let x_start_px = group[0].0;
                let x_end_px = group[group.len() - 1].0;
                clusters.push(Cluster {
                    events: members,
                    x_px: (x_start_px + x_end_px) / 2.0,
                    y_px,
                    x_start_px,
                    x_end_px,
                    width_px: badge_width_px(group.len()),
                    height_px: badge_height_px,
                    count_text: compact_count(group.len()),
                    lane,
                    color: lanes[lane].color,
                });
            } else {
                for (x_px, index) in group {
                    let weight = if self.max_importance > 0.0 {
                        (self.importance[*index] / self.max_importance).clamp(0.0, 1.0) as f32
                    } else {
                        0.0
                    };
                    markers.push(Marker {
                        event: *index,
                        x_px: *x_px,
                        y_px,
                        radius_px: options.marker_radius_px * (0.75 + 0.5 * weight),
                        lane,
                        color: lanes[lane].color,
                    });
                }
            }
        }
        (markers, clusters)
    }

    /// Each article's own date inside the range.
    fn article_ticks(&self, viewport: &Viewport) -> Vec<ArticleTick> {
        self.document_days
            .iter()
            .enumerate()
            .filter_map(|(index, days)| {
                let days = (*days)?;
                if days < viewport.start_days || days > viewport.end_days {
                    return None;
                }
                let lane = match self.lane_mode {
                    LaneMode::Article => self.assignment.document_lanes[index],
                    LaneMode::Kind => None,
                };
                Some(ArticleTick {
                    document: index,
                    x_px: viewport.days_to_x_px(days),
                    lane,
                })
            })
            .collect()
    }
}
