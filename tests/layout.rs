//! The headless layout: ticks at several zooms (cases in `tests/data/export/layout_ticks.tsv`),
//! lanes, bands, clusters, and labels that never overlap.

use chrono::NaiveDate;
use dateline::layout::{self, LaneMode, LayoutOptions, Scene, Viewport, date_to_days};
use dateline::timeline::{DocumentSummary, Event};
use serde_json::json;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// An event from its essentials, through serde so new model fields with defaults keep it valid.
fn event(
    id: usize,
    date: &str,
    start: &str,
    end: &str,
    granularity: &str,
    doc: &str,
    importance: f64,
) -> Event {
    serde_json::from_value(json!({
        "id": format!("e{id}"),
        "date": date,
        "mod": null,
        "start": start,
        "end": end,
        "granularity": granularity,
        "title": format!("Event number {id} happened somewhere"),
        "kind": "event",
        "importance": importance,
        "sources": [{
            "doc": doc, "passage": "", "passage_start": 0, "passage_end": 0,
            "mention_start": 0, "mention_end": 0, "mention_text": date,
            "value": date, "anchor": "explicit", "doc_date": null, "date_source": null
        }],
        "conflicts": []
    }))
    .unwrap()
}

fn day_event(id: usize, date: NaiveDate, doc: &str, importance: f64) -> Event {
    let next = date.succ_opt().unwrap();
    event(
        id,
        &date.to_string(),
        &date.to_string(),
        &next.to_string(),
        "day",
        doc,
        importance,
    )
}

fn documents(count: usize) -> Vec<DocumentSummary> {
    (0..count)
        .map(|i| {
            serde_json::from_value(json!({
                "path": format!("doc{i}.txt"),
                "title": format!("Article {i}"),
                "date": "2025-07-20",
                "date_source": "dateline"
            }))
            .unwrap()
        })
        .collect()
}

fn viewport(from: &str, to: &str, width_px: f32, height_px: f32) -> Viewport {
    Viewport::new(
        date_to_days(day(from)),
        date_to_days(day(to)),
        width_px,
        height_px,
    )
}

/// A small deterministic pseudo-random sequence (no dependency, same on every machine).
fn lcg(seed: &mut u64) -> u64 {
    *seed = seed
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    *seed >> 33
}

fn assert_labels_do_not_overlap(scene: &Scene) {
    for (i, a) in scene.labels.iter().enumerate() {
        assert!(
            a.x_px >= 0.0 && a.x_px + a.width_px <= scene.viewport.width_px + 0.5,
            "{a:?}"
        );
        assert!(
            a.y_px >= 0.0 && a.y_px + a.height_px <= scene.viewport.height_px,
            "{a:?}"
        );
        for b in &scene.labels[i + 1..] {
            let apart = a.x_px + a.width_px <= b.x_px
                || b.x_px + b.width_px <= a.x_px
                || a.y_px + a.height_px <= b.y_px
                || b.y_px + b.height_px <= a.y_px;
            assert!(apart, "labels overlap:\n{a:?}\n{b:?}");
        }
    }
}

#[test]
fn ticks_adapt_to_the_zoom() {
    let cases = include_str!("data/export/layout_ticks.tsv");
    let mut checked = 0;
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let fields: Vec<&str> = line.split('\t').collect();
        let [from, to, width, level, labels] = fields[..] else {
            panic!("bad case line: {line}");
        };
        let view = viewport(from, to, width.parse().unwrap(), 400.0);
        let axis = layout::ticks::axis(&view, 12.0);
        assert_eq!(
            serde_json::to_value(axis.level).unwrap(),
            json!(level),
            "{line}"
        );
        let got: Vec<&str> = axis
            .major
            .iter()
            .take(3)
            .map(|t| t.label.as_str())
            .collect();
        let want: Vec<&str> = labels.split('|').collect();
        assert_eq!(got, want, "{line}");
        // Ticks are inside the plot, left to right, and their labels have room.
        for pair in axis.major.windows(2) {
            assert!(pair[0].x_px < pair[1].x_px);
        }
        assert!(
            axis.major
                .iter()
                .all(|t| t.x_px >= 0.0 && t.x_px <= view.width_px)
        );
        checked += 1;
    }
    assert_eq!(checked, 10);
}

#[test]
fn day_ticks_name_the_year_in_a_context_row() {
    let axis = layout::ticks::axis(&viewport("2024-12-20", "2025-01-10", 1200.0, 400.0), 12.0);
    let context: Vec<&str> = axis.context.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(context, ["2024", "2025"]);
}

#[test]
fn labels_never_overlap_even_when_crowded() {
    let docs = documents(6);
    let mut seed = 7;
    let start = day("2024-01-01");
    let events: Vec<Event> = (0..3000)
        .map(|id| {
            let offset = lcg(&mut seed) % 700;
            let doc = format!("doc{}.txt", lcg(&mut seed) % 6);
            let importance = (lcg(&mut seed) % 1000) as f64 / 100.0;
            day_event(id, start + chrono::Days::new(offset), &doc, importance)
        })
        .collect();
    for (from, to, width) in [
        ("2024-01-01", "2026-01-01", 1200.0),
        ("2024-03-01", "2024-04-01", 1200.0),
        ("2024-03-10", "2024-03-12", 800.0),
        ("2023-01-01", "2027-01-01", 4000.0),
    ] {
        let scene = layout::build_scene(
            &events,
            &docs,
            &viewport(from, to, width, 700.0),
            &LayoutOptions::default(),
        );
        assert!(!scene.labels.is_empty(), "{from}–{to}");
        assert_labels_do_not_overlap(&scene);
    }
}

#[test]
fn the_most_important_event_gets_its_label_first() {
    let docs = documents(1);
    let base = day("2025-07-01");
    let mut events: Vec<Event> = (0..40)
        .map(|i| day_event(i, base + chrono::Days::new(i as u64 / 2), "doc0.txt", 1.0))
        .collect();
    events[17].importance = 50.0;
    events[17].title = "Summit in Alaska".to_owned();
    let scene = layout::build_scene(
        &events,
        &docs,
        &viewport("2025-06-25", "2025-08-01", 600.0, 120.0),
        &LayoutOptions::default(),
    );
    assert_eq!(scene.labels[0].text, "Summit in Alaska");
    assert_labels_do_not_overlap(&scene);
}

#[test]
fn dense_stretches_collapse_into_a_badge_that_expands_on_zoom() {
    let docs = documents(1);
    let base = day("2025-03-01");
    let events: Vec<Event> = (0..30)
        .map(|i| day_event(i, base + chrono::Days::new(i as u64), "doc0.txt", 1.0))
        .collect();
    let wide = layout::build_scene(
        &events,
        &docs,
        &viewport("2015-01-01", "2030-01-01", 1200.0, 300.0),
        &LayoutOptions::default(),
    );
    assert_eq!(wide.clusters.len(), 1);
    assert_eq!(wide.clusters[0].events.len(), 30);
    assert_eq!(wide.clusters[0].count_text, "30");
    assert!(wide.markers.is_empty());
    let close = layout::build_scene(
        &events,
        &docs,
        &viewport("2025-02-25", "2025-04-05", 1200.0, 300.0),
        &LayoutOptions::default(),
    );
    assert!(close.clusters.is_empty());
    assert_eq!(close.markers.len(), 30);
}

#[test]
fn months_and_vague_dates_are_bands_with_faded_edges_for_vague_ones() {
    let docs = documents(1);
    let mut late = event(
        1,
        "2021",
        "2021-09-01",
        "2022-01-01",
        "year",
        "doc0.txt",
        1.0,
    );
    late.modifier = Some("END".to_owned());
    let month = event(
        2,
        "2021-03",
        "2021-03-01",
        "2021-04-01",
        "month",
        "doc0.txt",
        1.0,
    );
    let scene = layout::build_scene(
        &[late, month],
        &docs,
        &viewport("2021-01-01", "2022-01-01", 1200.0, 300.0),
        &LayoutOptions::default(),
    );
    assert_eq!(scene.bands.len(), 2);
    let late_band = scene.bands.iter().find(|b| b.events == [0]).unwrap();
    assert!(late_band.faded_edges);
    // The last third of 2021 starts about two thirds across.
    assert!(
        (late_band.x_start_px / 1200.0 - 0.666).abs() < 0.01,
        "{}",
        late_band.x_start_px
    );
    let month_band = scene.bands.iter().find(|b| b.events == [1]).unwrap();
    assert!(!month_band.faded_edges);
}

#[test]
fn lanes_by_article_share_an_other_lane_when_too_many() {
    let docs = documents(40);
    let events: Vec<Event> = (0..40)
        .map(|i| {
            day_event(
                i,
                day("2025-01-01") + chrono::Days::new(i as u64),
                &format!("doc{i}.txt"),
                i as f64,
            )
        })
        .collect();
    let view = viewport("2024-12-01", "2025-08-01", 1200.0, 500.0);
    let scene = layout::build_scene(&events, &docs, &view, &LayoutOptions::default());
    assert!(scene.lanes.len() <= 10, "{}", scene.lanes.len());
    let other = scene.lanes.last().unwrap();
    assert_eq!(other.key, "other");
    assert!(other.name.ends_with("other articles"), "{}", other.name);
    // The most important articles keep their own lanes.
    assert!(scene.lanes.iter().any(|lane| lane.key == "doc39.txt"));
    assert_eq!(scene.article_ticks.len(), 40);
    let in_own_lane = scene
        .article_ticks
        .iter()
        .filter(|tick| tick.lane.is_some())
        .count();
    assert_eq!(in_own_lane, scene.lanes.len() - 1);
    let by_kind = layout::build_scene(
        &events,
        &docs,
        &view,
        &LayoutOptions {
            lanes: LaneMode::Kind,
            ..LayoutOptions::default()
        },
    );
    assert_eq!(by_kind.lanes.len(), 1);
    assert_eq!(by_kind.lanes[0].name, "News");
}

#[test]
fn hit_testing_finds_markers() {
    let docs = documents(1);
    let events = vec![day_event(0, day("2025-07-18"), "doc0.txt", 1.0)];
    let scene = layout::build_scene(
        &events,
        &docs,
        &viewport("2025-07-01", "2025-08-01", 1000.0, 200.0),
        &LayoutOptions::default(),
    );
    let marker = &scene.markers[0];
    assert_eq!(
        scene.hit(marker.x_px, marker.y_px),
        Some(layout::Hit::Event(0))
    );
    assert_eq!(scene.hit(5.0, 5.0), None);
}

#[test]
fn fit_ignores_background_when_there_is_news() {
    let mut old = day_event(0, day("1961-05-01"), "doc0.txt", 1.0);
    old.kind = dateline::timeline::EventKind::Background;
    let news = day_event(1, day("2025-07-18"), "doc0.txt", 1.0);
    let view = Viewport::fit(&[old, news], 1000.0, 300.0);
    assert!(view.start_days > date_to_days(day("2025-01-01")));
}

#[test]
fn regression_count_badges_overlapped_their_neighbours() {
    let docs = documents(1);
    let base = day("2020-01-01");
    let mut events = Vec::new();
    for (offset, count) in [(100u64, 200usize), (123, 200), (146, 2), (160, 300)] {
        for _ in 0..count {
            events.push(day_event(
                events.len(),
                base + chrono::Days::new(offset),
                "doc0.txt",
                1.0,
            ));
        }
    }
    let view = Viewport::new(
        date_to_days(base),
        date_to_days(base) + 1000.0,
        1000.0,
        200.0,
    );
    let scene = layout::build_scene(&events, &docs, &view, &LayoutOptions::default());
    let mut extents: Vec<(f32, f32)> = scene
        .clusters
        .iter()
        .map(|c| (c.x_px - c.width_px / 2.0, c.x_px + c.width_px / 2.0))
        .chain(
            scene
                .markers
                .iter()
                .map(|m| (m.x_px - m.radius_px, m.x_px + m.radius_px)),
        )
        .collect();
    extents.sort_by(|a, b| a.0.total_cmp(&b.0));
    for pair in extents.windows(2) {
        assert!(pair[0].1 <= pair[1].0, "badges overlap: {pair:?}");
    }
    let counted: usize =
        scene.clusters.iter().map(|c| c.events.len()).sum::<usize>() + scene.markers.len();
    assert_eq!(counted, events.len());
}

#[test]
fn a_reused_index_lays_out_any_range_as_a_fresh_build_does() {
    let docs = documents(8);
    let mut seed = 3;
    let start = day("2023-01-01");
    let mut events: Vec<Event> = (0..1500)
        .map(|id| {
            let first = start + chrono::Days::new(lcg(&mut seed) % 900);
            // A missing article goes to the "other" lane.
            let doc = format!("doc{}.txt", lcg(&mut seed) % 9);
            let importance = (lcg(&mut seed) % 40) as f64 / 4.0;
            match id % 9 {
                0 => event(
                    id,
                    &first.format("%Y-%m").to_string(),
                    &first.to_string(),
                    &(first + chrono::Days::new(30)).to_string(),
                    "month",
                    &doc,
                    importance,
                ),
                1 => {
                    let mut late = event(
                        id,
                        &first.format("%Y").to_string(),
                        &first.to_string(),
                        &(first + chrono::Days::new(120)).to_string(),
                        "year",
                        &doc,
                        importance,
                    );
                    late.modifier = Some("END".to_owned());
                    late
                }
                2 => event(
                    id,
                    &format!("{first}T{:02}:30", id % 24),
                    &first.to_string(),
                    &first.succ_opt().unwrap().to_string(),
                    "time",
                    &doc,
                    importance,
                ),
                _ => day_event(id, first, &doc, importance),
            }
        })
        .collect();
    events.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.id.cmp(&b.id)));
    for lanes in [LaneMode::Article, LaneMode::Kind] {
        let options = LayoutOptions {
            lanes,
            ..LayoutOptions::default()
        };
        let first_view = viewport("2022-06-01", "2026-01-01", 1400.0, 700.0);
        let index = layout::LayoutIndex::new(&events, &docs, &first_view, &options);
        for (from, to, width) in [
            ("2022-06-01", "2026-01-01", 1400.0),
            // Months narrower than a band: their events become points among the days.
            ("2015-01-01", "2035-01-01", 1400.0),
            ("2024-02-01", "2024-03-01", 1400.0),
            ("2024-02-10", "2024-02-11", 900.0),
            ("1990-01-01", "1991-01-01", 1400.0),
        ] {
            let view = viewport(from, to, width, 700.0);
            assert!(index.suits(&events, &view, &options));
            let reused = index.scene(&events, &docs, &view, &options);
            let fresh = layout::build_scene(&events, &docs, &view, &options);
            assert_eq!(reused, fresh, "{from}–{to} {lanes:?}");
            assert_eq!(
                reused.events_in_view + reused.events_before + reused.events_after,
                events.len()
            );
        }
        // Another height fits another number of lanes: the index says it does not suit.
        let short = viewport("2022-06-01", "2026-01-01", 1400.0, 140.0);
        if lanes == LaneMode::Article {
            assert!(!index.suits(&events, &short, &options));
        }
        assert_eq!(
            index.scene(&events, &docs, &short, &options),
            layout::build_scene(&events, &docs, &short, &options)
        );
    }
}

#[test]
fn regression_one_precise_date_among_year_events_was_the_whole_first_look() {
    // A history: five year-precision events and one day, the day far the most important.
    let mut events: Vec<Event> = [1914, 1916, 1918, 1920, 1922]
        .iter()
        .enumerate()
        .map(|(id, year)| {
            let date = year.to_string();
            let start = format!("{year}-01-01");
            let end = format!("{}-01-01", year + 1);
            event(id, &date, &start, &end, "year", "a.txt", 0.1)
        })
        .collect();
    events.push(day_event(9, day("1925-06-28"), "a.txt", 5.0));
    let view = Viewport::fit(&events, 1600.0, 900.0);
    let shown = events
        .iter()
        .filter(|e| {
            let middle = dateline::layout::event_span(e).point_days;
            view.start_days <= middle && middle <= view.end_days
        })
        .count();
    assert!(shown >= 2, "only {shown} of 6 events in the first look");
}
