//! The timeline view: egui_plot provides the frame (pan, zoom and the transform between days and
//! screen points); what is drawn inside — calendar ticks, lanes, bands, markers, count badges,
//! non-overlapping labels, each article's own date — is the headless [`crate::layout`] scene, the
//! same one the image exporter draws. The wheel zooms around the pointer, drag and Shift+wheel pan,
//! double-click fits all; hovering shows a tooltip. Draws only; selection changes are [`Intent`]s.

use egui::{Align2, Color32, FontId, Pos2, Rect, Stroke, Vec2};
use egui_plot::{Plot, PlotBounds};

use super::app::{DatelineApp, Intent, OpenFolder};
use super::details::describe_date;
use super::fonts::timeline_family;
use super::settings::LaneMode;
use crate::layout::{
    self, Hit, LabelTarget, LayoutIndex, LayoutOptions, Rgba, Scene, Theme, Viewport,
};

/// Height of the axis rows under the lanes.
const AXIS_HEIGHT_PX: f32 = 40.0;
/// Width of the lane names' column left of the plot.
const GUTTER_WIDTH_PX: f32 = 170.0;

/// What a layout was computed for; the scene is reused while this stays the same.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SceneKey {
    generation: u64,
    start_days: f64,
    end_days: f64,
    width_px: f32,
    height_px: f32,
    lanes: LaneMode,
    dark: bool,
}

/// A layout and what it was computed for, with the range-independent part it came from: a frame
/// whose range moved (zoom, pan) reuses the index and only lays out what is in view.
pub struct CachedScene {
    key: SceneKey,
    scene: Scene,
    index: LayoutIndex,
}

/// An egui colour from a layout colour.
pub fn color(rgba: Rgba) -> Color32 {
    let [r, g, b, a] = rgba.0;
    Color32::from_rgba_unmultiplied(r, g, b, a)
}

/// The range that shows every visible event, in days since 1970-01-01 (Home, double-click).
pub fn fit_range_days(folder: &OpenFolder) -> (f64, f64) {
    let viewport = Viewport::fit_all(&folder.visible_events, 1000.0, 500.0);
    (viewport.start_days, viewport.end_days)
}

/// The first look at a folder: where the story is (the layout's fit, as an exported image
/// without a range shows it), leaving stray old dates out.
pub fn focus_range_days(folder: &OpenFolder) -> (f64, f64) {
    let viewport = Viewport::fit(&folder.visible_events, 1000.0, 500.0);
    (viewport.start_days, viewport.end_days)
}

/// The layout for the visible events: from the cache when nothing changed, else from the cached
/// index when only the range, size or theme changed, else built afresh.
fn scene_for<'a>(
    cache: &'a mut Option<CachedScene>,
    folder: &OpenFolder,
    key: SceneKey,
) -> &'a Scene {
    let fresh = match cache.take() {
        Some(cached) if cached.key == key => cached,
        previous => {
            let options = LayoutOptions {
                lanes: match key.lanes {
                    LaneMode::Article => layout::LaneMode::Article,
                    LaneMode::Kind => layout::LaneMode::Kind,
                },
                theme: if key.dark { Theme::Dark } else { Theme::Light },
                // A narrow window keeps labels short enough to fit beside their marks.
                max_label_width_px: (key.width_px * 0.45).clamp(120.0, 360.0),
                ..LayoutOptions::default()
            };
            let viewport = Viewport::new(key.start_days, key.end_days, key.width_px, key.height_px);
            let events = &folder.visible_events;
            let documents = &folder.loaded.timeline.documents;
            let index = match previous {
                Some(cached)
                    if cached.key.generation == key.generation
                        && cached.index.suits(events, &viewport, &options) =>
                {
                    cached.index
                }
                _ => LayoutIndex::new(events, documents, &viewport, &options),
            };
            let scene = index.scene(events, documents, &viewport, &options);
            CachedScene { key, scene, index }
        }
    };
    &cache.insert(fresh).scene
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
    // Fitting walks every event: only when asked to (Home, double-click) or before the first frame.
    let fit = if app.view.fit_pending || app.view.range_days.is_none() {
        Some(fit_range_days(folder))
    } else {
        None
    };
    let default_range = fit.or(app.view.range_days).unwrap_or((0.0, 365.0));
    let fit_pending = std::mem::take(&mut app.view.fit_pending);
    let focus_pending = std::mem::take(&mut app.view.focus_pending);
    let focus = if focus_pending {
        Some(focus_range_days(folder))
    } else {
        None
    };
    let pending = app.view.pending_range_days.take();
    let (scroll, shift) = ui.input(|i| (i.smooth_scroll_delta, i.modifiers.shift));

    let full = ui.available_rect_before_wrap();
    let gutter = Rect::from_min_max(
        full.min,
        Pos2::new(full.min.x + GUTTER_WIDTH_PX, full.max.y),
    );
    let plot_area = Rect::from_min_max(Pos2::new(gutter.max.x, full.min.y), full.max);
    let plot = Plot::new("timeline")
        .allow_zoom([true, false])
        .allow_drag([true, false])
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_axes(false)
        .show_grid(false)
        .show_x(false)
        .show_y(false)
        .show_background(false)
        .set_margin_fraction(Vec2::ZERO)
        .label_formatter(|_| None)
        .default_x_bounds(default_range.0, default_range.1)
        .default_y_bounds(0.0, 1.0);
    let response = ui
        .scope_builder(egui::UiBuilder::new().max_rect(plot_area), |ui| {
            plot.show(ui, |plot_ui| {
                let bounds = plot_ui.plot_bounds();
                let mut range = (bounds.min()[0], bounds.max()[0]);
                if let Some(fit) = fit.filter(|_| fit_pending) {
                    range = fit;
                } else if let Some(target) = focus {
                    range = target;
                } else if let Some(target) = pending {
                    range = target;
                } else if plot_ui.response().contains_pointer() && scroll != Vec2::ZERO {
                    // Wheel: zoom around the pointer; Shift+wheel (or a sideways wheel): pan.
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
            })
        })
        .inner;
    ui.advance_cursor_after_rect(full);
    let transform = response.transform;
    let frame = *transform.frame();
    let bounds = transform.bounds();
    let range_days = (bounds.min()[0], bounds.max()[0]);
    app.view.range_days = Some(range_days);
    if response.response.double_clicked() {
        intents.push(Intent::FitAll);
    }

    let dark = ui.visuals().dark_mode;
    let key = SceneKey {
        generation: folder.generation,
        start_days: range_days.0,
        end_days: range_days.1,
        width_px: frame.width().round(),
        height_px: (frame.height() - AXIS_HEIGHT_PX).max(40.0).round(),
        lanes: app.settings.lanes,
        dark,
    };
    let scene = scene_for(&mut app.scene_cache, folder, key);
    // `visible_in_time` lists indices into `events` in ascending order, as `visible_events` holds them.
    let selected = app
        .selected
        .as_deref()
        .and_then(|id| folder.event_index.get(id))
        .and_then(|index| folder.visible_in_time.binary_search(index).ok());
    paint_scene(ui, scene, frame, gutter, folder, selected);

    // Hover and click.
    let hit = response
        .response
        .hover_pos()
        .and_then(|pointer| scene.hit(pointer.x - frame.left(), pointer.y - frame.top()));
    match hit {
        Some(hit) => {
            let events = match &hit {
                Hit::Event(i) => vec![*i],
                Hit::Cluster(members) => members.clone(),
            };
            let clicked = response.response.clicked();
            response.response.clone().on_hover_ui_at_pointer(|ui| {
                tooltip_ui(ui, folder, &events);
            });
            if clicked && let Some(first) = events.first() {
                intents.push(Intent::Select(Some(
                    folder.visible_events[*first].id.clone(),
                )));
            }
        }
        None if response.response.clicked() => intents.push(Intent::Select(None)),
        None => {}
    }
}

/// The hover tooltip: title, date as written and normalised, article.
fn tooltip_ui(ui: &mut egui::Ui, folder: &OpenFolder, events: &[usize]) {
    for &i in events.iter().take(6) {
        let event = &folder.visible_events[i];
        ui.label(egui::RichText::new(&event.title).strong());
        ui.label(describe_date(event));
        if let Some(source) = event.sources.first() {
            if !source.mention_text.is_empty() {
                ui.weak(format!(
                    "written “{}” → {}",
                    source.mention_text, event.date
                ));
            }
            let article = folder
                .document(&source.doc)
                .map_or(source.doc.as_str(), |d| d.title.as_str());
            ui.weak(article);
        }
    }
    if events.len() > 6 {
        ui.weak(format!(
            "… and {} more: zoom in to see them",
            events.len() - 6
        ));
    }
}

/// Draws a scene into the plot frame and the lane names into the gutter.
fn paint_scene(
    ui: &egui::Ui,
    scene: &Scene,
    frame: Rect,
    gutter: Rect,
    folder: &OpenFolder,
    selected: Option<usize>,
) {
    let palette = &scene.palette;
    let origin = frame.min.to_vec2();
    let at = |x: f32, y: f32| Pos2::new(x, y) + origin;
    let font = FontId::new(scene.font_px, timeline_family());
    let small = FontId::new(11.0, timeline_family());
    let text = color(palette.text);
    let muted = color(palette.text_muted);
    let plot_bottom = frame.top() + scene.viewport.height_px;

    // Background, lane stripes and names (the names sit in the gutter, left of the plot).
    let background = ui.painter();
    background.rect_filled(gutter.union(frame), 0.0, color(palette.background));
    for (index, lane) in scene.lanes.iter().enumerate() {
        let top = frame.top() + lane.y_top_px;
        let bottom = frame.top() + lane.y_bottom_px;
        if index % 2 == 1 {
            let stripe = Rect::from_x_y_ranges(gutter.left()..=frame.right(), top..=bottom);
            background.rect_filled(stripe, 0.0, color(palette.lane_stripe));
        }
        let name_y = (top + 6.0).min(bottom - 14.0);
        let swatch = Rect::from_min_size(
            Pos2::new(gutter.left() + 6.0, name_y + 2.0),
            Vec2::splat(10.0),
        );
        background.rect_filled(swatch, 2.0, color(lane.color));
        let name_width = gutter.width() - 28.0;
        let galley = ui
            .painter()
            .layout(lane.name.clone(), small.clone(), text, name_width);
        let rows = ((bottom - name_y) / 13.0).floor().max(1.0) as usize;
        let galley = if galley.rows.len() > rows.min(3) {
            ui.painter()
                .layout_no_wrap(shorten(&lane.name, 24), small.clone(), text)
        } else {
            galley
        };
        background.galley(Pos2::new(gutter.left() + 22.0, name_y), galley, text);
    }

    let painter = ui.painter_at(frame);
    // Grid.
    for tick in &scene.axis.minor {
        let x = frame.left() + tick.x_px;
        painter.line_segment(
            [Pos2::new(x, frame.top()), Pos2::new(x, plot_bottom)],
            Stroke::new(1.0, color(palette.grid_minor)),
        );
    }
    for tick in &scene.axis.major {
        let x = frame.left() + tick.x_px;
        painter.line_segment(
            [Pos2::new(x, frame.top()), Pos2::new(x, plot_bottom)],
            Stroke::new(1.0, color(palette.grid_major)),
        );
    }
    for lane in &scene.lanes {
        let y = frame.top() + lane.baseline_y_px;
        painter.line_segment(
            [Pos2::new(frame.left(), y), Pos2::new(frame.right(), y)],
            Stroke::new(1.0, color(lane.color).gamma_multiply(0.5)),
        );
    }
    // Each article's own date.
    for tick in &scene.article_ticks {
        let (y1, y2) = scene.article_tick_span_px(tick);
        painter.line_segment(
            [at(tick.x_px, y1), at(tick.x_px, y2)],
            Stroke::new(2.0, color(palette.article_tick)),
        );
    }
    // Bands.
    for band in &scene.bands {
        let x0 = band.x_start_px.max(-10.0);
        let x1 = band.x_end_px.min(scene.viewport.width_px + 10.0);
        let rect = Rect::from_min_max(
            at(x0, band.y_px - band.height_px / 2.0),
            at(x1.max(x0 + 1.0), band.y_px + band.height_px / 2.0),
        );
        let fill = color(band.color);
        if band.faded_edges {
            paint_faded_band(&painter, rect, color(scene.lanes[band.lane].color));
        } else {
            painter.rect_filled(rect, 2.0, fill);
        }
        if selected.is_some_and(|s| band.events.contains(&s)) {
            painter.rect_stroke(
                rect.expand(2.0),
                3.0,
                Stroke::new(2.0, text),
                egui::StrokeKind::Outside,
            );
        }
    }
    // Clusters.
    for cluster in &scene.clusters {
        let c = color(cluster.color);
        painter.line_segment(
            [
                at(cluster.x_start_px, cluster.y_px),
                at(cluster.x_end_px, cluster.y_px),
            ],
            Stroke::new(3.0, c.gamma_multiply(0.5)),
        );
        let rect = Rect::from_center_size(
            at(cluster.x_px, cluster.y_px),
            Vec2::new(cluster.width_px, cluster.height_px),
        );
        painter.rect_filled(rect, cluster.height_px / 2.0, c);
        painter.text(
            rect.center(),
            Align2::CENTER_CENTER,
            &cluster.count_text,
            FontId::new(scene.font_px * 0.9, timeline_family()),
            color(palette.badge_text),
        );
        if selected.is_some_and(|s| cluster.events.contains(&s)) {
            painter.rect_stroke(
                rect.expand(2.0),
                cluster.height_px / 2.0 + 2.0,
                Stroke::new(2.0, text),
                egui::StrokeKind::Outside,
            );
        }
    }
    // Markers.
    for marker in &scene.markers {
        let centre = at(marker.x_px, marker.y_px);
        painter.circle(
            centre,
            marker.radius_px,
            color(marker.color),
            Stroke::new(1.5, color(palette.background)),
        );
        if selected == Some(marker.event) {
            painter.circle_stroke(centre, marker.radius_px + 3.5, Stroke::new(2.0, text));
        }
    }
    // Labels with their leader lines.
    for label in &scene.labels {
        let bottom = label.y_px + label.height_px;
        let leader_x = label
            .anchor_x_px
            .clamp(label.x_px + 1.0, label.x_px + label.width_px - 1.0);
        painter.line_segment(
            [
                at(label.anchor_x_px, label.anchor_y_px - 1.0),
                at(leader_x, bottom),
            ],
            Stroke::new(1.0, color(palette.leader)),
        );
        let is_selected = selected == Some(label.event);
        let label_color = if is_selected {
            ui.visuals().selection.stroke.color
        } else {
            text
        };
        if is_selected {
            let rect = Rect::from_min_size(
                at(label.x_px, label.y_px),
                Vec2::new(label.width_px + 4.0, label.height_px),
            );
            painter.rect_filled(rect, 2.0, ui.visuals().selection.bg_fill);
        }
        let italic = matches!(label.target, LabelTarget::Cluster(_));
        let mut job = egui::text::LayoutJob::single_section(
            label.text.clone(),
            egui::TextFormat {
                font_id: font.clone(),
                color: label_color,
                italics: italic,
                ..Default::default()
            },
        );
        job.wrap.max_width = f32::INFINITY;
        let galley = ui.fonts_mut(|fonts| fonts.layout_job(job));
        let y = label.text_baseline_y_px - scene.font_px * 0.93;
        painter.galley(at(label.x_px + 2.0, y), galley, label_color);
    }
    // The axis under the lanes: ticks, labels that do not collide, and the context row.
    painter.line_segment(
        [
            Pos2::new(frame.left(), plot_bottom),
            Pos2::new(frame.right(), plot_bottom),
        ],
        Stroke::new(1.0, color(palette.axis)),
    );
    let mut last_end = f32::NEG_INFINITY;
    for tick in &scene.axis.major {
        let x = frame.left() + tick.x_px;
        painter.line_segment(
            [Pos2::new(x, plot_bottom), Pos2::new(x, plot_bottom + 5.0)],
            Stroke::new(1.0, color(palette.axis)),
        );
        let galley = painter.layout_no_wrap(tick.label.clone(), font.clone(), muted);
        let start = x - galley.size().x / 2.0;
        if start < last_end + 6.0
            || start < frame.left() - 12.0
            || start + galley.size().x > frame.right()
        {
            continue;
        }
        last_end = start + galley.size().x;
        painter.galley(Pos2::new(start, plot_bottom + 6.0), galley, muted);
    }
    let mut last_end = f32::NEG_INFINITY;
    for tick in &scene.axis.context {
        let x = frame.left() + tick.x_px.max(0.0);
        let galley = painter.layout_no_wrap(
            tick.label.clone(),
            FontId::new(scene.font_px, timeline_family()),
            text,
        );
        if x < last_end + 8.0 || x + galley.size().x > frame.right() {
            continue;
        }
        last_end = x + galley.size().x;
        painter.galley(Pos2::new(x, plot_bottom + 22.0), galley, text);
    }
    // What lies outside the view.
    if scene.events_before > 0 || scene.events_after > 0 {
        let note = format!(
            "{} earlier · {} later  (Home fits all)",
            scene.events_before, scene.events_after
        );
        painter.text(
            Pos2::new(frame.right() - 6.0, plot_bottom + 22.0),
            Align2::RIGHT_TOP,
            note,
            small,
            muted,
        );
    }
    let _ = folder;
}

/// A band for a vague date ("late 2021"): lighter towards both ends.
fn paint_faded_band(painter: &egui::Painter, rect: Rect, lane_color: Color32) {
    let stops = [(0.0, 0.08), (0.3, 0.6), (0.7, 0.6), (1.0, 0.08)];
    for pair in stops.windows(2) {
        let (x0, a0) = pair[0];
        let (x1, a1) = pair[1];
        let left = rect.left() + rect.width() * x0;
        let right = rect.left() + rect.width() * x1;
        let mut mesh = egui::Mesh::default();
        let c0 = lane_color.gamma_multiply(a0);
        let c1 = lane_color.gamma_multiply(a1);
        mesh.colored_vertex(Pos2::new(left, rect.top()), c0);
        mesh.colored_vertex(Pos2::new(right, rect.top()), c1);
        mesh.colored_vertex(Pos2::new(right, rect.bottom()), c1);
        mesh.colored_vertex(Pos2::new(left, rect.bottom()), c0);
        mesh.add_triangle(0, 1, 2);
        mesh.add_triangle(0, 2, 3);
        painter.add(egui::Shape::mesh(mesh));
    }
}

/// Keeps the range within chrono's dates and at least an hour wide.
fn clamp_range(range: (f64, f64)) -> (f64, f64) {
    let limit = 3_000_000.0;
    let (mut min, mut max) = (range.0.clamp(-limit, limit), range.1.clamp(-limit, limit));
    if max - min < 1.0 / 24.0 {
        let centre = (min + max) / 2.0;
        (min, max) = (centre - 1.0 / 48.0, centre + 1.0 / 48.0);
    }
    (min, max)
}

fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_owned()
    } else {
        let mut short: String = text.chars().take(max_chars - 1).collect();
        short.push('…');
        short
    }
}
