//! One frame of the desktop app with 10k and 100k events, headless: culling and drawing the
//! timeline, egui's `Context::run_ui` for the whole window at 1600×1000, and tessellation —
//! zoomed to fit everything and to one month, both for a steady frame (the scene is reused) and for
//! a frame whose range moved (zooming: the scene is laid out again from the cached index).
//! Target: ≤ 16 ms for 100k events. Also the layout built once from nothing (index and scene),
//! as when a folder opens or the filter changes: target ≤ 300 ms for 100k events.

#[cfg(feature = "gui")]
mod frame {
    use std::path::PathBuf;

    use chrono::NaiveDate;
    use criterion::{BenchmarkId, Criterion};
    use dateline::corpus::{Corpus, LoadOptions};
    use dateline::extract::Anchor;
    use dateline::layout::date_to_days as day_value;
    use dateline::layout::{LayoutOptions, Viewport};
    use dateline::timeline::{Event, EventKind, Granularity, Source, Timeline};
    use dateline::ui::loading::Loaded;
    use dateline::ui::picker::FakePicker;
    use dateline::ui::{AppEnvironment, DatelineApp, LoadTarget, Settings};

    const DOCUMENTS: usize = 24;

    /// `count` events spread over ten years, from 24 articles, with a few month and year bands.
    fn synthetic(count: usize) -> Loaded {
        let texts: Vec<(PathBuf, Vec<u8>)> = (0..DOCUMENTS)
            .map(|i| {
                let text = format!(
                    "Synthetic article number {i}\n\nJul 20, 2025, 4:39 PM\n\nOn 18 July 2025 something happened.\n"
                );
                (PathBuf::from(format!("bench/{i:03}.txt")), text.into_bytes())
            })
            .collect();
        let files: Vec<(PathBuf, &[u8])> = texts
            .iter()
            .map(|(path, bytes)| (path.clone(), bytes.as_slice()))
            .collect();
        let corpus =
            Corpus::from_memory(&files, &LoadOptions::default()).expect("in-memory articles load");
        let first = NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();
        let mut events: Vec<Event> = (0..count)
            .map(|i| {
                let offset_days = (i as u64 * 7919) % 3650;
                let start = first + chrono::Days::new(offset_days);
                let (end, granularity) = match i % 20 {
                    0 => (start + chrono::Days::new(30), Granularity::Month),
                    1 => (start + chrono::Days::new(365), Granularity::Year),
                    _ => (start + chrono::Days::new(1), Granularity::Day),
                };
                let doc = format!("bench/{:03}.txt", i % DOCUMENTS);
                Event {
                    id: format!("e{i:06}"),
                    date: start.to_string(),
                    modifier: None,
                    start,
                    end,
                    granularity,
                    title: format!("Synthetic event {i} with a title of ordinary length"),
                    kind: if i % 7 == 0 {
                        EventKind::Background
                    } else {
                        EventKind::Event
                    },
                    importance: (i % 13) as f64,
                    sources: vec![Source {
                        doc,
                        passage: "On 18 July 2025 something happened.".to_owned(),
                        passage_start: 0,
                        passage_end: 36,
                        mention_start: 3,
                        mention_end: 15,
                        mention_text: "18 July 2025".to_owned(),
                        value: start.to_string(),
                        anchor: Anchor::Explicit,
                        doc_date: None,
                        date_source: None,
                    }],
                    conflicts: Vec::new(),
                }
            })
            .collect();
        events.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.id.cmp(&b.id)));
        Loaded {
            corpus,
            timeline: Timeline {
                documents: Vec::new(),
                events,
                warnings: Vec::new(),
            },
            mentions: vec![Vec::new(); DOCUMENTS],
        }
    }

    fn input() -> egui::RawInput {
        egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1600.0, 1000.0),
            )),
            ..Default::default()
        }
    }

    pub fn bench(c: &mut Criterion) {
        let mut group = c.benchmark_group("layout_frame");
        group.sample_size(20);
        let data = tempfile::tempdir().expect("a temporary folder");
        for count in [10_000usize, 100_000] {
            let ctx = egui::Context::default();
            let environment = AppEnvironment {
                data_dir: Some(data.path().to_path_buf()),
                picker: Box::new(FakePicker::default()),
            };
            let mut app = DatelineApp::new(Settings::default(), environment);
            app.set_loaded(LoadTarget::Samples, synthetic(count));
            // Warm up: fonts, layout caches.
            for _ in 0..3 {
                let mut output = ctx.run_ui(input(), |ui| app.ui(ui));
                output.textures_delta.clear();
            }
            let all = {
                let folder = app.folder.as_ref().expect("loaded");
                dateline::ui::timeline_view::fit_range_days(folder)
            };
            let month = {
                let start = day_value(NaiveDate::from_ymd_opt(2020, 3, 1).unwrap());
                (start, start + 31.0)
            };
            // Steady frames reuse the scene; "…_moved" frames zoom in and out by 2% around the
            // middle in turn, so every frame has a new range, as while the wheel turns.
            for (zoom, moved, label) in [
                (None, false, "fit_all"),
                (Some(month), false, "one_month"),
                (None, true, "fit_all_moved"),
                (Some(month), true, "one_month_moved"),
            ] {
                let range = zoom.unwrap_or(all);
                let mut zoomed_in = false;
                group.bench_function(BenchmarkId::new(label, count), |b| {
                    b.iter(|| {
                        zoomed_in = moved && !zoomed_in;
                        let shown = if zoomed_in {
                            let middle = (range.0 + range.1) / 2.0;
                            let half = (range.1 - range.0) / 2.0 / 1.02;
                            (middle - half, middle + half)
                        } else {
                            range
                        };
                        app.view.pending_range_days = Some(shown);
                        let mut output = ctx.run_ui(input(), |ui| app.ui(ui));
                        output.textures_delta.clear();
                        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
                        std::hint::black_box(primitives.len())
                    });
                });
            }
            // The layout from nothing (index, then one scene), as an export or a new filter does.
            let folder = app.folder.as_ref().expect("loaded");
            let viewport = Viewport::new(all.0, all.1, 1600.0, 900.0);
            group.bench_function(BenchmarkId::new("layout_once_fit_all", count), |b| {
                b.iter(|| {
                    let scene = dateline::layout::build_scene(
                        &folder.visible_events,
                        &folder.loaded.timeline.documents,
                        &viewport,
                        &LayoutOptions::default(),
                    );
                    std::hint::black_box(scene.labels.len())
                });
            });
        }
        group.finish();
    }
}

#[cfg(feature = "gui")]
criterion::criterion_group!(benches, frame::bench);
#[cfg(feature = "gui")]
criterion::criterion_main!(benches);

#[cfg(not(feature = "gui"))]
fn main() {}
