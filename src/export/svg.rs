//! Draws a timeline image as SVG: a header (title, date range), the lane legend on the left, the
//! scene computed by [`crate::layout`] in the plot area, the axis and a footer key. The PNG back end
//! rasterises exactly this SVG. Text names DejaVu Sans (shipped in `assets/fonts`) with common
//! fallbacks for viewers that lack it.

use std::fmt::Write as _;

use crate::layout::text::{bold_text_width_px, text_width_px, truncate_to_width, wrap_to_width};
use crate::layout::{
    self, LabelTarget, LayoutOptions, Palette, Rgba, Scene, Viewport, days_to_date,
};
use crate::timeline::Timeline;

use super::ImageOptions;

/// The `font-family` list written into the SVG.
const FONT_STACK: &str =
    "'DejaVu Sans', 'Bitstream Vera Sans', Verdana, Arial, Helvetica, sans-serif";

/// Outer margin in logical pixels.
const MARGIN_PX: f32 = 24.0;
/// Height of the axis under the plot.
const AXIS_HEIGHT_PX: f32 = 44.0;
/// Height of the footer key.
const FOOTER_HEIGHT_PX: f32 = 26.0;

/// Where the parts of the image go, in logical pixels.
pub(super) struct Frame {
    pub width_px: f32,
    pub height_px: f32,
    pub plot_x_px: f32,
    pub plot_y_px: f32,
    pub plot_width_px: f32,
    pub plot_height_px: f32,
    pub gutter_px: f32,
}

impl Frame {
    pub(super) fn new(width_px: f32, height_px: f32) -> Self {
        let width_px = width_px.max(320.0);
        let height_px = height_px.max(200.0);
        let gutter_px = (width_px * 0.13).clamp(110.0, 260.0);
        let header_px = 74.0;
        let plot_x_px = MARGIN_PX + gutter_px;
        let plot_y_px = header_px;
        Self {
            width_px,
            height_px,
            plot_x_px,
            plot_y_px,
            plot_width_px: width_px - plot_x_px - MARGIN_PX,
            plot_height_px: (height_px
                - plot_y_px
                - AXIS_HEIGHT_PX
                - FOOTER_HEIGHT_PX
                - MARGIN_PX * 0.5)
                .max(40.0),
            gutter_px,
        }
    }
}

/// The scene of an image: the timeline laid out for the plot area of `frame`.
pub(super) fn image_scene(timeline: &Timeline, options: &ImageOptions, frame: &Frame) -> Scene {
    let viewport = match options.range_days {
        Some((start, end)) => Viewport::new(start, end, frame.plot_width_px, frame.plot_height_px),
        None => Viewport::fit(&timeline.events, frame.plot_width_px, frame.plot_height_px),
    };
    let layout_options = LayoutOptions {
        lanes: options.lanes,
        theme: options.theme,
        // Wide images have room for whole titles (at most 90 characters).
        max_label_width_px: (frame.plot_width_px * 0.38).clamp(220.0, 600.0),
        ..LayoutOptions::default()
    };
    layout::build_scene(
        &timeline.events,
        &timeline.documents,
        &viewport,
        &layout_options,
    )
}

/// Renders the SVG document.
/// `size_scale` multiplies the document's nominal width and height (not its drawing).
pub(super) fn render(timeline: &Timeline, options: &ImageOptions, size_scale: f32) -> String {
    let frame = Frame::new(options.width_px as f32, options.height_px as f32);
    let scene = image_scene(timeline, options, &frame);
    let palette = scene.palette;
    let mut svg = String::with_capacity(64 * 1024 + scene.markers.len() * 160);
    let scale = size_scale.max(0.01);
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {vw} {vh}" font-family="{FONT_STACK}">"#,
        w = fmt(frame.width_px * scale),
        h = fmt(frame.height_px * scale),
        vw = fmt(frame.width_px),
        vh = fmt(frame.height_px),
    );
    svg.push('\n');
    defs(&mut svg, &scene, &frame);
    let _ = writeln!(
        svg,
        r#"<rect width="{}" height="{}" fill="{}"/>"#,
        fmt(frame.width_px),
        fmt(frame.height_px),
        palette.background.hex()
    );
    header(&mut svg, timeline, options, &scene, &frame);
    lane_legend(&mut svg, &scene, &frame);
    plot(&mut svg, timeline, &scene, &frame);
    axis(&mut svg, &scene, &frame);
    footer(&mut svg, &scene, &frame);
    svg.push_str("</svg>\n");
    svg
}

fn defs(svg: &mut String, scene: &Scene, frame: &Frame) {
    svg.push_str("<defs>");
    let _ = write!(
        svg,
        r#"<clipPath id="plot"><rect x="0" y="0" width="{}" height="{}"/></clipPath>"#,
        fmt(frame.plot_width_px),
        fmt(frame.plot_height_px)
    );
    // One fading gradient per lane for vague dates ("late 2021"): lighter at both ends.
    for (index, lane) in scene.lanes.iter().enumerate() {
        let color = lane.color.hex();
        let _ = write!(
            svg,
            r#"<linearGradient id="fade{index}"><stop offset="0" stop-color="{color}" stop-opacity="0.08"/><stop offset="0.3" stop-color="{color}" stop-opacity="0.6"/><stop offset="0.7" stop-color="{color}" stop-opacity="0.6"/><stop offset="1" stop-color="{color}" stop-opacity="0.08"/></linearGradient>"#
        );
    }
    svg.push_str("</defs>\n");
}

fn header(
    svg: &mut String,
    timeline: &Timeline,
    options: &ImageOptions,
    scene: &Scene,
    frame: &Frame,
) {
    let palette = &scene.palette;
    let title = options
        .title
        .clone()
        .unwrap_or_else(|| default_title(timeline));
    let title_px = 22.0;
    let title = truncate_bold(&title, title_px, frame.width_px - 2.0 * MARGIN_PX);
    let _ = writeln!(
        svg,
        r#"<text x="{}" y="{}" font-size="{}" font-weight="bold" fill="{}">{}</text>"#,
        fmt(MARGIN_PX),
        fmt(MARGIN_PX + 16.0),
        fmt(title_px),
        palette.text.hex(),
        escape(&title)
    );
    let subtitle = format!(
        "{} · {} of {} events shown · {}",
        range_text(&scene.viewport),
        scene.events_in_view,
        timeline.events.len(),
        plural(timeline.documents.len(), "article", "articles"),
    );
    let _ = writeln!(
        svg,
        r#"<text x="{}" y="{}" font-size="13" fill="{}">{}</text>"#,
        fmt(MARGIN_PX),
        fmt(MARGIN_PX + 38.0),
        palette.text_muted.hex(),
        escape(&subtitle)
    );
}

/// "Timeline of 5 articles".
pub(super) fn default_title(timeline: &Timeline) -> String {
    format!(
        "Timeline of {}",
        plural(timeline.documents.len(), "article", "articles")
    )
}

fn lane_legend(svg: &mut String, scene: &Scene, frame: &Frame) {
    let palette = &scene.palette;
    let font_px = 12.0;
    let name_width_px = frame.gutter_px - 24.0;
    for (index, lane) in scene.lanes.iter().enumerate() {
        let y_top = frame.plot_y_px + lane.y_top_px;
        let y_bottom = frame.plot_y_px + lane.y_bottom_px;
        if index % 2 == 1 {
            let _ = writeln!(
                svg,
                r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>"#,
                fmt(MARGIN_PX),
                fmt(y_top),
                fmt(frame.width_px - 2.0 * MARGIN_PX),
                fmt(y_bottom - y_top),
                palette.lane_stripe.hex()
            );
        }
        let name_y = (y_top + 18.0).min(y_bottom - 4.0);
        let line_px = 15.0;
        let room_lines = ((y_bottom - name_y - 4.0) / line_px).floor().max(0.0) as usize;
        // The name takes what the lane allows, keeping one line for the event count when it can.
        let name_lines = room_lines.clamp(1, 3);
        let lines = wrap_to_width(&lane.name, font_px, name_width_px, name_lines);
        let _ = write!(
            svg,
            r#"<rect x="{}" y="{}" width="10" height="10" rx="2" fill="{}"/>"#,
            fmt(MARGIN_PX + 4.0),
            fmt(name_y - 9.5),
            lane.color.hex(),
        );
        for (line_index, line) in lines.iter().enumerate() {
            let _ = write!(
                svg,
                r#"<text x="{}" y="{}" font-size="{}" fill="{}">{}</text>"#,
                fmt(MARGIN_PX + 20.0),
                fmt(name_y + line_index as f32 * line_px),
                fmt(font_px),
                palette.text.hex(),
                escape(line)
            );
        }
        svg.push('\n');
        if room_lines > lines.len() {
            let count = plural(lane.event_count, "event", "events");
            let _ = writeln!(
                svg,
                r#"<text x="{}" y="{}" font-size="11" fill="{}">{}</text>"#,
                fmt(MARGIN_PX + 20.0),
                fmt(name_y + lines.len() as f32 * line_px),
                palette.text_muted.hex(),
                escape(&count)
            );
        }
    }
}

fn plot(svg: &mut String, timeline: &Timeline, scene: &Scene, frame: &Frame) {
    let palette = &scene.palette;
    let _ = writeln!(
        svg,
        r#"<g transform="translate({},{})" clip-path="url(#plot)">"#,
        fmt(frame.plot_x_px),
        fmt(frame.plot_y_px)
    );
    let height = fmt(scene.viewport.height_px);
    let grid = [
        (&scene.axis.minor, palette.grid_minor),
        (&scene.axis.major, palette.grid_major),
    ];
    for (ticks, stroke) in grid {
        for tick in ticks {
            let _ = write!(
                svg,
                r#"<line x1="{x}" y1="0" x2="{x}" y2="{height}" stroke="{}" stroke-width="1"/>"#,
                stroke.hex(),
                x = fmt(tick.x_px)
            );
        }
    }
    svg.push('\n');
    for lane in &scene.lanes {
        let _ = write!(
            svg,
            r#"<line x1="0" y1="{y}" x2="{w}" y2="{y}" stroke="{}" stroke-width="1" stroke-opacity="0.5"/>"#,
            lane.color.hex(),
            y = fmt(lane.baseline_y_px),
            w = fmt(scene.viewport.width_px),
        );
    }
    svg.push('\n');
    for tick in &scene.article_ticks {
        let (y1, y2) = scene.article_tick_span_px(tick);
        let doc = &timeline.documents[tick.document];
        let _ = write!(
            svg,
            r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{}" stroke-width="2"><title>{}</title></line>"#,
            fmt(y1),
            fmt(y2),
            palette.article_tick.hex(),
            escape(&format!(
                "{} ({})",
                doc.title,
                doc.date.as_deref().unwrap_or("")
            )),
            x = fmt(tick.x_px)
        );
    }
    svg.push('\n');
    for band in &scene.bands {
        let x0 = band.x_start_px.max(-10.0);
        let x1 = band.x_end_px.min(scene.viewport.width_px + 10.0);
        let fill = if band.faded_edges {
            format!(r#"fill="url(#fade{})""#, band.lane)
        } else {
            format!(
                r#"fill="{}" fill-opacity="{}""#,
                band.color.hex(),
                fmt(band.color.opacity())
            )
        };
        let _ = writeln!(
            svg,
            r#"<rect x="{}" y="{}" width="{}" height="{}" rx="2" {fill}><title>{}</title></rect>"#,
            fmt(x0),
            fmt(band.y_px - band.height_px / 2.0),
            fmt((x1 - x0).max(1.0)),
            fmt(band.height_px),
            escape(&timeline.events[band.events[0]].title)
        );
    }
    for cluster in &scene.clusters {
        let _ = writeln!(
            svg,
            r#"<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{c}" stroke-width="3" stroke-linecap="round" stroke-opacity="0.5"/><rect x="{}" y="{}" width="{}" height="{}" rx="{}" fill="{c}"><title>{}</title></rect><text x="{}" y="{}" font-size="{}" font-weight="bold" text-anchor="middle" fill="{}">{}</text>"#,
            fmt(cluster.x_start_px),
            fmt(cluster.x_end_px),
            fmt(cluster.x_px - cluster.width_px / 2.0),
            fmt(cluster.y_px - cluster.height_px / 2.0),
            fmt(cluster.width_px),
            fmt(cluster.height_px),
            fmt(cluster.height_px / 2.0),
            escape(&format!(
                "{} events, e.g. {}",
                cluster.events.len(),
                timeline.events[cluster.events[0]].title
            )),
            fmt(cluster.x_px),
            fmt(cluster.y_px + scene.font_px * 0.9 * 0.36),
            fmt(scene.font_px * 0.9),
            palette.badge_text.hex(),
            escape(&cluster.count_text),
            y = fmt(cluster.y_px),
            c = cluster.color.hex(),
        );
    }
    for marker in &scene.markers {
        let event = &timeline.events[marker.event];
        let _ = writeln!(
            svg,
            r#"<circle cx="{}" cy="{}" r="{}" fill="{}" stroke="{}" stroke-width="1.5"><title>{} ({})</title></circle>"#,
            fmt(marker.x_px),
            fmt(marker.y_px),
            fmt(marker.radius_px),
            marker.color.hex(),
            palette.background.hex(),
            escape(&event.title),
            escape(&event.date),
        );
    }
    for label in &scene.labels {
        let bottom = label.y_px + label.height_px;
        let leader_x = label
            .anchor_x_px
            .clamp(label.x_px + 1.0, label.x_px + label.width_px - 1.0);
        let _ = writeln!(
            svg,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="1"/><text x="{}" y="{}" font-size="{}" fill="{}"{}>{}</text>"#,
            fmt(label.anchor_x_px),
            fmt(label.anchor_y_px - 1.0),
            fmt(leader_x),
            fmt(bottom),
            palette.leader.hex(),
            fmt(label.x_px + 2.0),
            fmt(label.text_baseline_y_px),
            fmt(scene.font_px),
            palette.text.hex(),
            if matches!(label.target, LabelTarget::Cluster(_)) {
                r#" font-style="italic""#
            } else {
                ""
            },
            escape(&label.text)
        );
    }
    svg.push_str("</g>\n");
}

fn axis(svg: &mut String, scene: &Scene, frame: &Frame) {
    let palette = &scene.palette;
    let y0 = frame.plot_y_px + frame.plot_height_px;
    let _ = writeln!(
        svg,
        r#"<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{}" stroke-width="1"/>"#,
        fmt(frame.plot_x_px),
        fmt(frame.plot_x_px + frame.plot_width_px),
        palette.axis.hex(),
        y = fmt(y0)
    );
    let font_px = scene.font_px;
    let mut last_end = f32::NEG_INFINITY;
    for tick in &scene.axis.major {
        let x = frame.plot_x_px + tick.x_px;
        let width = text_width_px(&tick.label, font_px);
        let _ = write!(
            svg,
            r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{}" stroke-width="1"/>"#,
            fmt(y0),
            fmt(y0 + 5.0),
            palette.axis.hex(),
            x = fmt(x)
        );
        // Labels start at their tick; one that would run off the right edge or into its
        // neighbour is skipped (the tick stays).
        let start = x - width / 2.0;
        if start < last_end + 6.0
            || start < frame.plot_x_px - 12.0
            || start + width > frame.width_px - 4.0
        {
            continue;
        }
        last_end = start + width;
        let at = (x, y0 + 18.0);
        axis_label(
            svg,
            at,
            font_px,
            r#"text-anchor="middle""#,
            palette,
            &tick.label,
        );
    }
    svg.push('\n');
    let mut last_end = f32::NEG_INFINITY;
    for tick in &scene.axis.context {
        let x = frame.plot_x_px + tick.x_px;
        let width = bold_text_width_px(&tick.label, font_px);
        if x < last_end + 8.0 || x + width > frame.width_px - 4.0 {
            continue;
        }
        last_end = x + width;
        let at = (x, y0 + 35.0);
        axis_label(
            svg,
            at,
            font_px,
            r#"font-weight="bold""#,
            palette,
            &tick.label,
        );
    }
    svg.push('\n');
}

/// One muted axis label at `(x, y)` with extra SVG attributes (anchor, weight).
fn axis_label(
    svg: &mut String,
    (x, y): (f32, f32),
    font_px: f32,
    attributes: &str,
    palette: &Palette,
    label: &str,
) {
    let _ = write!(
        svg,
        r#"<text x="{}" y="{}" font-size="{}" {attributes} fill="{}">{}</text>"#,
        fmt(x),
        fmt(y),
        fmt(font_px),
        palette.text_muted.hex(),
        escape(label)
    );
}

fn footer(svg: &mut String, scene: &Scene, frame: &Frame) {
    let palette = &scene.palette;
    let y = frame.height_px - MARGIN_PX * 0.5 - 6.0;
    let muted = palette.text_muted.hex();
    let swatch = scene.lanes.first().map_or(palette.axis, |lane| lane.color);
    let mut x = MARGIN_PX;
    let mut key = |svg: &mut String, shape: String, text: &str| {
        svg.push_str(&shape.replace("{X}", &fmt(x)));
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" font-size="11" fill="{muted}">{}</text>"#,
            fmt(x + 22.0),
            fmt(y + 4.0),
            escape(text)
        );
        x += 22.0 + text_width_px(text, 11.0) + 18.0;
    };
    let color = swatch.hex();
    key(
        svg,
        format!(
            r#"<circle cx="{{X}}" cy="{}" r="4.5" fill="{color}" transform="translate(8,0)"/>"#,
            fmt(y)
        ),
        "day",
    );
    key(
        svg,
        format!(
            r#"<rect x="{{X}}" y="{}" width="16" height="7" rx="2" fill="{color}" fill-opacity="{}"/>"#,
            fmt(y - 3.5),
            fmt(Rgba::rgb(0, 0, 0).with_alpha(110).opacity())
        ),
        "month, season or year",
    );
    key(
        svg,
        format!(
            r#"<rect x="{{X}}" y="{}" width="16" height="7" rx="2" fill="url(#fade0)"/>"#,
            fmt(y - 3.5)
        ),
        "vague (early, mid, late…)",
    );
    key(
        svg,
        format!(
            r#"<rect x="{{X}}" y="{}" width="16" height="12" rx="6" fill="{color}"/>"#,
            fmt(y - 6.0)
        ),
        "several events",
    );
    key(
        svg,
        format!(
            r#"<line x1="{{X}}" y1="{}" x2="{{X}}" y2="{}" stroke="{}" stroke-width="2" transform="translate(8,0)"/>"#,
            fmt(y - 4.0),
            fmt(y + 3.0),
            palette.article_tick.hex()
        ),
        "article's own date",
    );
    let made_with = "made with Dateline";
    let _ = writeln!(
        svg,
        r#"<text x="{}" y="{}" font-size="11" text-anchor="end" fill="{muted}">{made_with}</text>"#,
        fmt(frame.width_px - MARGIN_PX),
        fmt(y + 4.0),
    );
}

/// "1 Dec 2024 – 31 Aug 2025".
fn range_text(viewport: &Viewport) -> String {
    let first = days_to_date(viewport.start_days);
    let last = days_to_date(viewport.end_days - 1e-6);
    format!("{} – {}", layout::day_label(first), layout::day_label(last))
}

fn plural(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

fn truncate_bold(text: &str, font_px: f32, max_px: f32) -> String {
    // Bold runs about 10% wider than regular; cut against the bold width.
    if bold_text_width_px(text, font_px) <= max_px {
        return text.to_owned();
    }
    truncate_to_width(text, font_px, max_px / 1.12)
}

/// A number for SVG: at most two decimals, no trailing zeros.
fn fmt(value: f32) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded == rounded.trunc() {
        format!("{}", rounded as i64)
    } else {
        let text = format!("{rounded:.2}");
        text.trim_end_matches('0').to_owned()
    }
}

/// Escapes text for an SVG text node or attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // XML 1.0 forbids most control characters.
            c if (c as u32) < 0x20 && c != '\t' && c != '\n' && c != '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short() {
        assert_eq!(fmt(12.0), "12");
        assert_eq!(fmt(12.5), "12.5");
        assert_eq!(fmt(1.234_5), "1.23");
        assert_eq!(fmt(-0.004), "0");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot; ");
    }

    #[test]
    fn palette_is_used_for_dark() {
        let palette: crate::layout::Palette = crate::layout::Theme::Dark.palette();
        assert_ne!(
            palette.background,
            crate::layout::Theme::Light.palette().background
        );
    }
}
