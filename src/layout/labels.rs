//! Label placement: the most important markers, bands and clusters get their title first; each label
//! goes into the lowest free row of its lane above the marker line, left- or right-aligned to its
//! anchor, and is dropped when no row has room. Greedy, so the result never has two labels overlapping.

use super::text::{text_width_px, truncate_to_width};
use super::{Band, Cluster, Label, LabelTarget, Lane, LayoutOptions, Marker, Viewport};
use crate::timeline::Event;

/// Horizontal room kept free between two labels of a row.
const GAP_PX: f32 = 10.0;

/// The free space of one label row: placed intervals, sorted and disjoint.
#[derive(Default)]
struct Row {
    taken: Vec<(f32, f32)>,
}

impl Row {
    fn is_free(&self, x0: f32, x1: f32) -> bool {
        let next = self
            .taken
            .partition_point(|(start, _)| *start < x1 + GAP_PX);
        // Every interval from `next` on starts right of us; only the one before can reach us.
        next == 0 || self.taken[next - 1].1 + GAP_PX <= x0
    }

    fn take(&mut self, x0: f32, x1: f32) {
        let at = self.taken.partition_point(|(start, _)| *start < x0);
        self.taken.insert(at, (x0, x1));
    }
}

/// What the layout index measured once per event, so that a candidate costs no text work until
/// its label is placed.
pub(super) struct Measures<'a> {
    /// Each event's importance.
    pub importance: &'a [f64],
    /// Each event's title width in ems.
    pub title_width_em: &'a [f32],
}

struct Candidate {
    target: LabelTarget,
    event: usize,
    lane: usize,
    anchor_x_px: f32,
    anchor_y_px: f32,
    /// Where a label ending at the item ends: the marker, or a band's right end.
    end_x_px: f32,
    suffix: Option<String>,
}

/// Places labels; returns them and how many candidates got none.
#[allow(clippy::too_many_arguments)]
pub(super) fn place(
    events: &[Event],
    measures: &Measures<'_>,
    lanes: &[Lane],
    markers: &[Marker],
    bands: &[Band],
    clusters: &[Cluster],
    viewport: &Viewport,
    options: &LayoutOptions,
) -> (Vec<Label>, usize) {
    let font_px = options.font_px;
    let height_px = (font_px * 1.3).round();
    let pitch_px = height_px + 2.0;
    let mut candidates: Vec<Candidate> =
        Vec::with_capacity(markers.len() + bands.len() + clusters.len());
    for (index, marker) in markers.iter().enumerate() {
        candidates.push(Candidate {
            target: LabelTarget::Marker(index),
            event: marker.event,
            lane: marker.lane,
            anchor_x_px: marker.x_px,
            anchor_y_px: marker.y_px - marker.radius_px,
            end_x_px: marker.x_px + 3.0,
            suffix: None,
        });
    }
    for (index, band) in bands.iter().enumerate() {
        let visible_start = band.x_start_px.max(0.0);
        let visible_end = band.x_end_px.min(viewport.width_px);
        if visible_end <= visible_start {
            continue;
        }
        candidates.push(Candidate {
            target: LabelTarget::Band(index),
            event: band.events[0],
            lane: band.lane,
            anchor_x_px: visible_start + ((visible_end - visible_start) / 2.0).min(4.0),
            anchor_y_px: band.y_px - band.height_px / 2.0,
            end_x_px: visible_end,
            suffix: (band.events.len() > 1).then(|| format!(" +{}", band.events.len() - 1)),
        });
    }
    for (index, cluster) in clusters.iter().enumerate() {
        candidates.push(Candidate {
            target: LabelTarget::Cluster(index),
            event: cluster.events[0],
            lane: cluster.lane,
            anchor_x_px: cluster.x_px,
            anchor_y_px: cluster.y_px - cluster.height_px / 2.0,
            end_x_px: cluster.x_px + 3.0,
            suffix: None,
        });
    }
    // Every event has at most one candidate, so the order is total.
    let importance = measures.importance;
    candidates.sort_unstable_by(|a, b| {
        importance[b.event]
            .total_cmp(&importance[a.event])
            .then(a.anchor_x_px.total_cmp(&b.anchor_x_px))
            .then(a.event.cmp(&b.event))
    });

    let mut rows: Vec<Vec<Row>> = lanes
        .iter()
        .map(|lane| {
            let room = lane.baseline_y_px - options.marker_radius_px - 4.0 - lane.y_top_px - 2.0;
            let count = (room / pitch_px).floor().max(0.0) as usize;
            (0..count).map(|_| Row::default()).collect()
        })
        .collect();
    let mut labels = Vec::new();
    let mut unlabelled = 0;
    let has_rows: Vec<bool> = rows.iter().map(|lane_rows| !lane_rows.is_empty()).collect();
    for candidate in candidates {
        if !has_rows[candidate.lane] {
            unlabelled += 1;
            continue;
        }
        let lane = &lanes[candidate.lane];
        let suffix = candidate.suffix.as_deref().unwrap_or("");
        let suffix_px = text_width_px(suffix, font_px);
        let title = &events[candidate.event].title;
        let max_title_px = options.max_label_width_px - suffix_px;
        // Most titles fit whole: their width was measured once; the text is built only for a
        // label that finds room.
        let title_fits = measures.title_width_em[candidate.event] * font_px <= max_title_px;
        let cut_title = (!title_fits).then(|| truncate_to_width(title, font_px, max_title_px));
        let shown_title = cut_title.as_deref().unwrap_or(title);
        let width_px = if suffix.is_empty() {
            if title_fits {
                measures.title_width_em[candidate.event] * font_px + 4.0
            } else {
                text_width_px(shown_title, font_px) + 4.0
            }
        } else {
            text_width_px(&format!("{shown_title}{suffix}"), font_px) + 4.0
        };
        let max_x = (viewport.width_px - width_px).max(0.0);
        // Starting at the anchor reads best, then ending at it (a band: at its end, so the label
        // stays over the band); near an edge the label slides in.
        let left = candidate.anchor_x_px - 3.0;
        let right = candidate.end_x_px - width_px;
        let positions: Vec<f32> = [left, right]
            .into_iter()
            .filter(|x0| (0.0..=max_x).contains(x0))
            .chain([left.clamp(0.0, max_x), right.clamp(0.0, max_x)])
            .collect();
        let mut placed = None;
        'rows: for (row_index, row) in rows[candidate.lane].iter_mut().enumerate() {
            for &x0 in &positions {
                if row.is_free(x0, x0 + width_px) {
                    row.take(x0, x0 + width_px);
                    placed = Some((row_index, x0));
                    break 'rows;
                }
            }
        }
        let Some((row_index, x_px)) = placed else {
            unlabelled += 1;
            continue;
        };
        let bottom =
            lane.baseline_y_px - options.marker_radius_px - 4.0 - row_index as f32 * pitch_px;
        labels.push(Label {
            target: candidate.target,
            event: candidate.event,
            text: format!("{shown_title}{suffix}"),
            x_px,
            y_px: bottom - height_px,
            width_px,
            height_px,
            text_baseline_y_px: bottom - (height_px - font_px) / 2.0 - font_px * 0.22,
            anchor_x_px: candidate.anchor_x_px,
            anchor_y_px: candidate.anchor_y_px,
            lane: candidate.lane,
        });
    }
    (labels, unlabelled)
}

#[cfg(test)]
mod tests {
    use super::Row;

    #[test]
    fn rows_refuse_overlaps_and_accept_gaps() {
        let mut row = Row::default();
        row.take(100.0, 200.0);
        assert!(!row.is_free(150.0, 250.0));
        assert!(!row.is_free(50.0, 105.0));
        assert!(!row.is_free(205.0, 300.0));
        assert!(row.is_free(215.0, 300.0));
        assert!(row.is_free(0.0, 85.0));
        row.take(300.0, 400.0);
        assert!(!row.is_free(0.0, 1000.0));
        assert!(row.is_free(212.0, 286.0));
    }
}
