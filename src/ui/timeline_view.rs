//! The timeline view: egui_plot provides the frame (x axis, zoom, pan, hover); inside it the app
//! draws the visible events by lane — markers, bands for month/year/vague dates, labels that do not
//! overlap, count badges where events crowd, each article's own date as a small tick. The wheel
//! zooms around the pointer, drag and Shift+wheel pan, double-click fits all. Draws only; selection
//! changes are [`Intent`]s.

use chrono::{Datelike as _, NaiveDate};
use egui::{Align2, Color32, FontId, Pos2, Rect, Stroke, Vec2};
use egui_plot::{GridInput, GridMark, Plot, PlotBounds};

use super::app::{DatelineApp, Intent, OpenFolder};
use super::details::describe_date;
use super::settings::LaneMode;
use crate::timeline::{Event, EventKind, Granularity};

/// Days between 0001-01-01 (CE day 1) and 1970-01-01: x values are days since 1970-01-01.
const UNIX_EPOCH_CE_DAYS: i32 = 719_163;

/// The x value (days since 1970-01-01) of a date.
pub fn day_value(date: NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce() - UNIX_EPOCH_CE_DAYS)
}

/// The date at an x value (days since 1970-01-01), clamped to chrono's range.
pub fn date_at(value_days: f64) -> NaiveDate {
    let days = value_days.floor().clamp(-700_000_000.0, 700_000_000.0) as i64;
    i32::try_from(days + i64::from(UNIX_EPOCH_CE_DAYS))
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
        .unwrap_or(NaiveDate::MIN)
}

/// A tick step on the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalendarStep {
    /// Every `n` days.
    Days(u32),
    /// Every `n` months.
    Months(u32),
    /// Every `n` years.
    Years(u32),
}

impl CalendarStep {
    /// The candidates, finest first.
    const ALL: [Self; 15] = [
        Self::Days(1),
        Self::Days(2),
        Self::Days(7),
        Self::Days(14),
        Self::Months(1),
        Self::Months(3),
        Self::Months(6),
        Self::Years(1),
        Self::Years(2),
        Self::Years(5),
        Self::Years(10),
        Self::Years(20),
        Self::Years(50),
        Self::Years(100),
        Self::Years(500),
    ];

    /// Approximate length in days.
    fn approx_days(self) -> f64 {
        match self {
            Self::Days(n) => f64::from(n),
            Self::Months(n) => f64::from(n) * 30.44,
            Self::Years(n) => f64::from(n) * 365.25,
        }
    }

    /// The coarsest step whose ticks are at least `min_step_days` apart.
    pub fn for_min_days(min_step_days: f64) -> Self {
        Self::ALL
            .into_iter()
            .find(|step| step.approx_days() >= min_step_days)
            .unwrap_or(Self::Years(1000))
    }

    /// The tick dates in `[from, to]`.
    pub fn ticks(self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        let mut ticks = Vec::new();
        let mut date = match self {
            Self::Days(7 | 14) => {
                from - chrono::Days::new(u64::from(from.weekday().num_days_from_monday()))
            }
            Self::Days(_) => from,
            Self::Months(n) => {
                let month0 = from.month0() - from.month0() % n;
                NaiveDate::from_ymd_opt(from.year(), month0 + 1, 1).unwrap_or(from)
            }
            Self::Years(n) => {
                let n = i32::try_from(n).unwrap_or(1);
                NaiveDate::from_ymd_opt(from.year().div_euclid(n) * n, 1, 1).unwrap_or(from)
            }
        };
        while date <= to && ticks.len() < 400 {
            if date >= from {
                ticks.push(date);
            }
            let next = match self {
                Self::Days(n) => date.checked_add_days(chrono::Days::new(u64::from(n))),
                Self::Months(n) => date.checked_add_months(chrono::Months::new(n)),
                Self::Years(n) => date.checked_add_months(chrono::Months::new(n * 12)),
            };
            match next {
                Some(next) => date = next,
                None => break,
            }
        }
        ticks
    }

    /// The label of a tick: "2025", "Jul 2025", "18 Jul".
    pub fn label(self, date: NaiveDate) -> String {
        match self {
            Self::Years(_) => date.year().to_string(),
            Self::Months(_) => {
                if date.month() == 1 {
                    date.year().to_string()
                } else {
                    date.format("%b %Y").to_string()
                }
            }
            Self::Days(_) => {
                if date.day() == 1 && date.month() == 1 {
                    date.format("%-d %b %Y").to_string()
                } else {
                    date.format("%-d %b").to_string()
                }
            }
        }
    }
}

/// egui_plot grid marks on calendar boundaries.
fn calendar_grid(input: GridInput) -> Vec<GridMark> {
    let (min, max) = input.bounds;
    let step = CalendarStep::for_min_days(input.base_step_size * 6.0);
    step.ticks(date_at(min), date_at(max) + chrono::Days::new(1))
        .into_iter()
        .map(|date| GridMark {
            value: day_value(date),
            step_size: step.approx_days(),
        })
        .collect()
}

/// The axis label of a grid mark.
fn calendar_label(mark: GridMark, _range: &std::ops::RangeInclusive<f64>) -> String {
    let step = CalendarStep::for_min_days(mark.step_size * 0.99);
    step.label(date_at(mark.value))
}

/// The colour of a lane.
pub fn lane_color(lane: usize, dark: bool) -> Color32 {
    const LIGHT: [Color32; 8] = [
        Color32::from_rgb(0x1f, 0x77, 0xb4),
        Color32::from_rgb(0xd6, 0x5f, 0x0e),
        Color32::from_rgb(0x2c, 0x8c, 0x2c),
        Color32::from_rgb(0xb8, 0x27, 0x28),
        Color32::from_rgb(0x84, 0x5c, 0xad),
        Color32::from_rgb(0x8c, 0x56, 0x4b),
        Color32::from_rgb(0xc3, 0x47, 0x9e),
        Color32::from_rgb(0x5f, 0x6b, 0x6d),
    ];
    const DARK: [Color32; 8] = [
        Color32::from_rgb(0x6c, 0xb4, 0xee),
        Color32::from_rgb(0xff, 0xa5, 0x4d),
        Color32::from_rgb(0x73, 0xd2, 0x73),
        Color32::from_rgb(0xff, 0x7b, 0x7b),
        Color32::from_rgb(0xc5, 0x9d, 0xf0),
        Color32::from_rgb(0xd6, 0xa5, 0x8f),
        Color32::from_rgb(0xf5, 0x8f, 0xd3),
        Color32::from_rgb(0xb0, 0xba, 0xbc),
    ];
    if dark {
        DARK[lane % 8]
    } else {
        LIGHT[lane % 8]
    }
}

/// The lanes of the view: their names and each event's lane.
pub struct Lanes {
    /// Lane names, top to bottom.
    pub names: Vec<String>,
    /// The lane of each event (same order as the folder's events).
    pub of_event: Vec<usize>,
}

/// Assigns lanes by article (the first source's) or by kind.
pub fn lanes(folder: &OpenFolder, mode: LaneMode) -> Lanes {
    match mode {
        LaneMode::Article => {
            let mut names: Vec<String> = folder
                .loaded
                .corpus
                .documents
                .iter()
                .map(|doc| doc.title.clone())
                .collect();
            let user_lane = names.len();
            let of_event = folder
                .events
                .iter()
                .map(|event| {
                    event
                        .sources
                        .first()
                        .and_then(|s| folder.doc_index.get(&s.doc).copied())
                        .unwrap_or(user_lane)
                })
                .collect();
            names.push("other".to_owned());
            Lanes { names, of_event }
        }
        LaneMode::Kind => Lanes {
            names: vec![
                "events".to_owned(),
                "background".to_owned(),
                "about the article".to_owned(),
            ],
            of_event: folder
                .events
                .iter()
                .map(|event| match event.kind {
                    EventKind::Event => 0,
                    EventKind::Background => 1,
                    EventKind::Metadata => 2,
                })
                .collect(),
        },
    }
}

/// The x range that shows every event (days since 1970-01-01), with a margin.
pub fn fit_range_days(events: &[Event], visible: &[usize]) -> Option<(f64, f64)> {
    let first = visible.iter().map(|&i| events[i].start).min()?;
    let last = visible.iter().map(|&i| events[i].end).max()?;
    let (min, max) = (day_value(first), day_value(last));
    let span = (max - min).max(14.0);
    Some((min - span * 0.04, max + span * 0.04))
}

/// One mark drawn on the timeline: a single event or a cluster of crowded ones.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Centre, in screen points.
    pub pos: Pos2,
    /// The events (indices into the folder's events), most important first.
    pub events: Vec<usize>,
    /// The lane.
    pub lane: usize,
}

/// Which events are visible and where, at a given size: events outside the range are culled,
/// events closer than `min_gap_px` in one lane become one cluster mark.
pub fn visible_marks(
    events: &[Event],
    visible: &[usize],
    lane_of: &[usize],
    lane_y: &dyn Fn(usize) -> f32,
    x_of: &dyn Fn(f64) -> f32,
    range_days: (f64, f64),
    min_gap_px: f32,
) -> Vec<Mark> {
    // `visible` is in time order, so the range is a contiguous slice of it.
    let first = visible.partition_point(|&i| day_value(events[i].end) < range_days.0);
    let last = visible.partition_point(|&i| day_value(events[i].start) <= range_days.1);
    let mut open: Vec<Option<Mark>> = Vec::new();
    let mut marks = Vec::new();
    for &i in visible.get(first..last.max(first)).unwrap_or(&[]) {
        let event = &events[i];
        let centre_days = (day_value(event.start) + day_value(event.end)) / 2.0;
        let x = x_of(if event.granularity <= Granularity::Day {
            day_value(event.start) + 0.5
        } else {
            centre_days
        });
        let lane = lane_of.get(i).copied().unwrap_or(0);
        if open.len() <= lane {
            open.resize(lane + 1, None);
        }
        match &mut open[lane] {
            Some(mark) if x - mark.pos.x < min_gap_px => mark.events.push(i),
            slot => {
                if let Some(done) = slot.take() {
                    marks.push(done);
                }
                *slot = Some(Mark {
                    pos: Pos2::new(x, lane_y(lane)),
                    events: vec![i],
                    lane,
                });
            }
        }
    }
    marks.extend(open.into_iter().flatten());
    for mark in &mut marks {
        mark.events.sort_by(|&a, &b| {
            events[b]
                .importance
                .total_cmp(&events[a].importance)
                .then(a.cmp(&b))
        });
    }
    marks
}

/// Draws the timeline.
pub fn timeline_view_ui(ui: &mut egui::Ui, app: &mut DatelineApp, intents: &mut Vec<Intent>) {
    let Some(folder) = &app.folder else {
        ui.centered_and_justified(|ui| {
            if app.loading.is_some() {
                ui.spinner();
            } else {
                ui.label("Open a folder of articles (Ctrl+O), drop one here, or open the samples.");
            }
        });
        return;
    };
    if folder.events.is_empty() {
        ui.centered_and_justified(|ui| {
            ui.label(
                "No dated events in these articles. Dateline reads English text; see the Articles panel for notes.",
            );
        });
        return;
    }
    let lanes = lanes(folder, app.settings.lanes);
    let fit = fit_range_days(&folder.events, &folder.visible_in_time).unwrap_or((0.0, 365.0));
    let fit_pending = std::mem::take(&mut app.view.fit_pending);
    let pending = app.view.pending_range_days.take();
    let hovering = ui.rect_contains_pointer(ui.max_rect());
    let (scroll, shift) = ui.input(|i| (i.smooth_scroll_delta, i.modifiers.shift));

    let plot = Plot::new("timeline")
        .allow_zoom([true, false])
        .allow_drag([true, false])
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_axes([true, false])
        .show_grid([true, false])
        .show_y(false)
        .x_grid_spacer(calendar_grid)
        .x_axis_formatter(calendar_label)
        .label_formatter(|_| None)
        .default_x_bounds(fit.0, fit.1)
        .default_y_bounds(0.0, 1.0);
    let response = plot.show(ui, |plot_ui| {
        let bounds = plot_ui.plot_bounds();
        let mut range = (bounds.min()[0], bounds.max()[0]);
        if fit_pending {
            range = fit;
        } else if let Some(target) = pending {
            range = target;
        } else if hovering && plot_ui.response().contains_pointer() && scroll != Vec2::ZERO {
            // Wheel: zoom around the pointer; Shift+wheel (horizontal scroll): pan.
            let pan = if shift { scroll.x + scroll.y } else { scroll.x };
            let zoom = if shift { 0.0 } else { scroll.y };
            let width = range.1 - range.0;
            let frame_width = f64::from(plot_ui.response().rect.width().max(1.0));
            if pan != 0.0 {
                let shift_days = -f64::from(pan) / frame_width * width;
                range = (range.0 + shift_days, range.1 + shift_days);
            }
            if zoom != 0.0 {
                let factor = f64::from((-zoom * 0.004).exp());
                let anchor = plot_ui
                    .pointer_coordinate()
                    .map_or((range.0 + range.1) / 2.0, |p| p.x);
                range = (
                    anchor - (anchor - range.0) * factor,
                    anchor + (range.1 - anchor) * factor,
                );
            }
        }
        range = clamp_range(range);
        plot_ui.set_plot_bounds(PlotBounds::from_min_max([range.0, 0.0], [range.1, 1.0]));
        plot_ui.pointer_coordinate()
    });
    let transform = response.transform;
    let frame = *transform.frame();
    let bounds = transform.bounds();
    let range_days = (bounds.min()[0], bounds.max()[0]);
    app.view.range_days = Some(range_days);
    if response.response.double_clicked() {
        intents.push(Intent::FitAll);
    }

    let dark = ui.visuals().dark_mode;
    let painter = ui.painter_at(frame);
    let lane_count = lanes.names.len().max(1);
    let top = frame.top() + 22.0;
    let lane_height = ((frame.height() - 30.0) / lane_count as f32).clamp(18.0, 90.0);
    let lane_y = |lane: usize| top + lane_height * (lane as f32 + 0.5);
    let x_of = |value: f64| transform.position_from_point_x(value);

    // Lane stripes and names.
    for (lane, name) in lanes.names.iter().enumerate() {
        let y = lane_y(lane);
        if lane % 2 == 1 {
            let stripe = Rect::from_x_y_ranges(
                frame.x_range(),
                (y - lane_height / 2.0)..=(y + lane_height / 2.0),
            );
            painter.rect_filled(stripe, 0.0, ui.visuals().faint_bg_color);
        }
        let _ = name;
    }

    // Each article's own date, as a small tick at the top of its lane.
    if app.settings.lanes == LaneMode::Article {
        for (lane, doc) in folder.loaded.corpus.documents.iter().enumerate() {
            if let Some(date) = &doc.date {
                let x = x_of(day_value(date.date.date()) + 0.5);
                let y = lane_y(lane) - lane_height / 2.0;
                painter.line_segment(
                    [Pos2::new(x, y + 1.0), Pos2::new(x, y + 7.0)],
                    Stroke::new(2.0, lane_color(lane, dark).gamma_multiply(0.7)),
                );
            }
        }
    }

    // Bands for imprecise dates (month and coarser), visible ones only.
    let selected = app.selected.as_deref();
    for &i in &folder.visible_in_time {
        let event = &folder.events[i];
        if event.granularity < Granularity::Week {
            continue;
        }
        let (start, end) = (day_value(event.start), day_value(event.end));
        if end < range_days.0 || start > range_days.1 {
            continue;
        }
        let lane = lanes.of_event[i];
        let y = lane_y(lane);
        let band = Rect::from_x_y_ranges(x_of(start)..=x_of(end), (y - 5.0)..=(y + 5.0));
        let color = lane_color(lane, dark);
        let is_selected = selected == Some(event.id.as_str());
        painter.rect_filled(
            band,
            3.0,
            color.gamma_multiply(if is_selected { 0.55 } else { 0.22 }),
        );
        if event.modifier.is_some() {
            painter.rect_stroke(
                band,
                3.0,
                Stroke::new(1.0, color.gamma_multiply(0.5)),
                egui::StrokeKind::Inside,
            );
        }
    }

    // Markers and clusters.
    let marks = visible_marks(
        &folder.events,
        &folder.visible_in_time,
        &lanes.of_event,
        &lane_y,
        &x_of,
        range_days,
        12.0,
    );
    let text_color = ui.visuals().text_color();
    let font = FontId::proportional(12.0);
    let mut label_boxes: Vec<Rect> = Vec::new();
    let mut order: Vec<&Mark> = marks.iter().collect();
    order.sort_by(|a, b| {
        let importance = |m: &Mark| folder.events[m.events[0]].importance;
        importance(b).total_cmp(&importance(a))
    });
    for mark in &order {
        let color = lane_color(mark.lane, dark);
        let is_selected = mark
            .events
            .iter()
            .any(|&i| selected == Some(folder.events[i].id.as_str()));
        if mark.events.len() > 1 {
            let text = mark.events.len().to_string();
            let galley = painter.layout_no_wrap(text, FontId::proportional(11.0), Color32::WHITE);
            let size = Vec2::new(galley.size().x + 10.0, 16.0);
            let badge = Rect::from_center_size(mark.pos, size);
            painter.rect_filled(badge, 8.0, color);
            painter.galley(badge.center() - galley.size() / 2.0, galley, Color32::WHITE);
            if is_selected {
                painter.rect_stroke(
                    badge.expand(2.0),
                    9.0,
                    Stroke::new(2.0, text_color),
                    egui::StrokeKind::Outside,
                );
            }
            label_boxes.push(badge);
        } else {
            painter.circle_filled(mark.pos, if is_selected { 7.0 } else { 5.0 }, color);
            if is_selected {
                painter.circle_stroke(mark.pos, 9.0, Stroke::new(2.0, text_color));
            }
            label_boxes.push(Rect::from_center_size(mark.pos, Vec2::splat(10.0)));
        }
    }
    // Labels, most important first, skipped where they would overlap.
    for mark in &order {
        let event = &folder.events[mark.events[0]];
        let title = if mark.events.len() > 1 {
            format!("{} (+{})", short(&event.title, 40), mark.events.len() - 1)
        } else {
            short(&event.title, 48)
        };
        let galley = painter.layout_no_wrap(title, font.clone(), text_color);
        let rect = Align2::LEFT_BOTTOM.anchor_size(mark.pos + Vec2::new(8.0, -6.0), galley.size());
        if rect.right() > frame.right() || label_boxes.iter().any(|other| other.intersects(rect)) {
            continue;
        }
        painter.galley(rect.min, galley, text_color);
        label_boxes.push(rect);
    }

    // Legend.
    legend_ui(
        &painter,
        frame,
        &lanes,
        app.settings.lanes,
        dark,
        text_color,
        ui.visuals().window_fill,
    );

    // Hover and click.
    let pointer = response.response.hover_pos();
    let nearest = pointer.and_then(|pointer| {
        marks
            .iter()
            .map(|mark| (mark, mark.pos.distance(pointer)))
            .filter(|(_, distance)| *distance < 12.0)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(mark, _)| mark)
    });
    if let Some(mark) = nearest {
        let response = response.response.clone().on_hover_ui_at_pointer(|ui| {
            for &i in mark.events.iter().take(8) {
                let event = &folder.events[i];
                ui.label(egui::RichText::new(&event.title).strong());
                ui.label(describe_date(event));
                if let Some(source) = event.sources.first() {
                    if !source.mention_text.is_empty() {
                        ui.weak(format!("written “{}”", source.mention_text));
                    }
                    let article = folder
                        .document(&source.doc)
                        .map_or(source.doc.as_str(), |d| d.title.as_str());
                    ui.weak(article);
                }
            }
            if mark.events.len() > 8 {
                ui.weak(format!("… and {} more: zoom in", mark.events.len() - 8));
            }
        });
        if response.clicked() {
            intents.push(Intent::Select(Some(
                folder.events[mark.events[0]].id.clone(),
            )));
        }
    } else if response.response.clicked() {
        intents.push(Intent::Select(None));
    }
}

/// Keeps the range within chrono's dates and at least a few hours wide.
fn clamp_range(range: (f64, f64)) -> (f64, f64) {
    let limit = 3_000_000.0;
    let (mut min, mut max) = (range.0.clamp(-limit, limit), range.1.clamp(-limit, limit));
    if max - min < 0.25 {
        let centre = (min + max) / 2.0;
        (min, max) = (centre - 0.125, centre + 0.125);
    }
    (min, max)
}

fn short(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_owned()
    } else {
        let mut s: String = text.chars().take(max_chars - 1).collect();
        s.push('…');
        s
    }
}

/// The lane legend in the top-right corner.
fn legend_ui(
    painter: &egui::Painter,
    frame: Rect,
    lanes: &Lanes,
    mode: LaneMode,
    dark: bool,
    text_color: Color32,
    fill: Color32,
) {
    let names: Vec<(usize, &String)> = lanes.names.iter().enumerate().take(12).collect();
    let font = FontId::proportional(11.0);
    let rows: Vec<_> = names
        .iter()
        .map(|(lane, name)| {
            (
                *lane,
                painter.layout_no_wrap(short(name, 44), font.clone(), text_color),
            )
        })
        .collect();
    let width = rows.iter().map(|(_, g)| g.size().x).fold(0.0, f32::max) + 26.0;
    let height = rows.len() as f32 * 15.0 + 20.0;
    let rect = Rect::from_min_size(
        Pos2::new(frame.right() - width - 8.0, frame.top() + 6.0),
        Vec2::new(width, height),
    );
    painter.rect_filled(rect, 4.0, fill.gamma_multiply(0.92));
    let heading = match mode {
        LaneMode::Article => "Lanes: articles",
        LaneMode::Kind => "Lanes: kinds",
    };
    painter.text(
        rect.min + Vec2::new(6.0, 3.0),
        Align2::LEFT_TOP,
        heading,
        font.clone(),
        text_color,
    );
    for (row, (lane, galley)) in rows.into_iter().enumerate() {
        let y = rect.top() + 18.0 + row as f32 * 15.0;
        painter.circle_filled(
            Pos2::new(rect.left() + 11.0, y + 6.0),
            4.0,
            lane_color(lane, dark),
        );
        painter.galley(Pos2::new(rect.left() + 20.0, y), galley, text_color);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_values_round_trip() {
        let date = NaiveDate::from_ymd_opt(2025, 8, 15).unwrap();
        assert_eq!(date_at(day_value(date)), date);
        assert_eq!(day_value(NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()), 0.0);
    }

    #[test]
    fn month_ticks_start_on_the_first() {
        let from = NaiveDate::from_ymd_opt(2025, 2, 10).unwrap();
        let to = NaiveDate::from_ymd_opt(2025, 8, 1).unwrap();
        let ticks = CalendarStep::Months(3).ticks(from, to);
        assert_eq!(ticks.first().unwrap().to_string(), "2025-04-01");
        assert_eq!(CalendarStep::Months(1).label(ticks[0]), "Apr 2025");
        assert_eq!(CalendarStep::Days(1).label(ticks[0]), "1 Apr");
        assert_eq!(CalendarStep::Years(1).label(ticks[0]), "2025");
    }
}
