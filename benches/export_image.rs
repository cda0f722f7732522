//! Export speed: 10k events to a 4000 px wide PNG (target < 1 s), the SVG alone, and building the
//! layout once for 100k events (target ≤ 300 ms). Synthetic events spread over two years in 20
//! articles, a fifth of them with month precision.

use std::hint::black_box;
use std::time::Duration;

use chrono::{Days, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use dateline::export::{self, ImageOptions};
use dateline::layout::{self, LayoutOptions, Viewport};
use dateline::timeline::{DocumentSummary, Event, Timeline};
use serde_json::json;

fn synthetic_timeline(event_count: usize) -> Timeline {
    let documents: Vec<DocumentSummary> = (0..20)
        .map(|i| {
            serde_json::from_value(json!({
                "path": format!("articles/{i:02}.txt"),
                "title": format!("Article number {i} about the story"),
                "date": "2025-06-01",
                "date_source": "dateline"
            }))
            .expect("valid document")
        })
        .collect();
    let base = NaiveDate::from_ymd_opt(2024, 1, 1).expect("valid date");
    let mut seed: u64 = 42;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        seed >> 33
    };
    let events: Vec<Event> = (0..event_count)
        .map(|i| {
            let day = base + Days::new(next() % 730);
            let monthly = next() % 5 == 0;
            let (date, start, end, granularity) = if monthly {
                let start = day.with_day0(0).unwrap_or(day);
                let end = start.checked_add_months(chrono::Months::new(1)).unwrap_or(start);
                (start.format("%Y-%m").to_string(), start, end, "month")
            } else {
                (day.to_string(), day, day + Days::new(1), "day")
            };
            let doc = format!("articles/{:02}.txt", next() % 20);
            serde_json::from_value(json!({
                "id": format!("e{i}"),
                "date": date,
                "mod": null,
                "start": start.to_string(),
                "end": end.to_string(),
                "granularity": granularity,
                "title": format!("Officials announce measure number {i} after talks in the capital"),
                "kind": "event",
                "importance": (next() % 1000) as f64 / 100.0,
                "sources": [{
                    "doc": doc, "passage": "", "passage_start": 0, "passage_end": 0,
                    "mention_start": 0, "mention_end": 0, "mention_text": "",
                    "value": "", "anchor": "explicit", "doc_date": null, "date_source": null
                }],
                "conflicts": []
            }))
            .expect("valid event")
        })
        .collect();
    Timeline {
        documents,
        events,
        warnings: Vec::new(),
    }
}

use chrono::Datelike as _;

fn bench(c: &mut Criterion) {
    let timeline_10k = synthetic_timeline(10_000);
    let options = ImageOptions {
        width_px: 4000,
        height_px: 2000,
        ..ImageOptions::default()
    };
    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("png_10k_events_4000px", |b| {
        b.iter(|| export::render_png(black_box(&timeline_10k), &options).expect("renders"))
    });
    group.bench_function("svg_10k_events_4000px", |b| {
        b.iter(|| export::render_svg(black_box(&timeline_10k), &options))
    });
    group.finish();

    let timeline_100k = synthetic_timeline(100_000);
    let mut group = c.benchmark_group("layout");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    let fit = Viewport::fit(&timeline_100k.events, 1600.0, 900.0);
    let month = Viewport::new(
        fit.start_days + 300.0,
        fit.start_days + 331.0,
        1600.0,
        900.0,
    );
    for (name, viewport) in [("build_100k_fit_all", fit), ("build_100k_one_month", month)] {
        group.bench_function(name, |b| {
            b.iter(|| {
                layout::build_scene(
                    black_box(&timeline_100k.events),
                    &timeline_100k.documents,
                    &viewport,
                    &LayoutOptions::default(),
                )
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
