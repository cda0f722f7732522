//! Image and data export: the samples' golden PNG (`tests/data/export/samples-1200x700.png`, rewritten
//! with `UPDATE_GOLDEN=1`), the SVG's text, atomic writes and the command's one-line errors.

use std::path::{Path, PathBuf};
use std::process::Command;

use dateline::corpus::Corpus;
use dateline::export::{self, ExportError, ExportFormat, ImageOptions};
use dateline::layout::Theme;
use dateline::timeline::{self, Timeline};

fn samples() -> Timeline {
    timeline::build(&Corpus::samples())
}

fn golden_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/export")
        .join(name)
}

/// Largest per-channel difference allowed for a pixel to count as equal (anti-aliasing may differ
/// slightly between CPUs' SIMD paths).
const PIXEL_TOLERANCE: u8 = 8;
/// Share of pixels allowed beyond the tolerance.
const MAX_DIFFERENT_SHARE: f64 = 0.002;

fn assert_matches_golden(name: &str, png: &[u8]) {
    let path = golden_path(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, png).unwrap();
        println!("wrote {}", path.display());
        return;
    }
    let actual = image::load_from_memory(png).unwrap().to_rgba8();
    let expected = image::open(&path)
        .unwrap_or_else(|err| panic!("{}: {err}; write it with UPDATE_GOLDEN=1", path.display()))
        .to_rgba8();
    let keep = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&keep, png).unwrap();
    assert_eq!(
        actual.dimensions(),
        expected.dimensions(),
        "size differs; actual image: {}",
        keep.display()
    );
    let different = actual
        .pixels()
        .zip(expected.pixels())
        .filter(|(a, b)| {
            a.0.iter()
                .zip(b.0.iter())
                .any(|(x, y)| x.abs_diff(*y) > PIXEL_TOLERANCE)
        })
        .count();
    let share = different as f64 / f64::from(actual.width() * actual.height());
    assert!(
        share <= MAX_DIFFERENT_SHARE,
        "{different} pixels ({:.3}%) differ from {}; actual image: {}; if the change is intended, \
         rerun with UPDATE_GOLDEN=1",
        share * 100.0,
        path.display(),
        keep.display()
    );
}

#[test]
fn samples_png_matches_the_golden_image() {
    let options = ImageOptions {
        width_px: 1200,
        height_px: 700,
        ..ImageOptions::default()
    };
    let png = export::render_png(&samples(), &options).unwrap();
    assert_matches_golden("samples-1200x700.png", &png);
}

#[test]
fn png_is_the_same_every_time_and_scaled() {
    let options = ImageOptions {
        width_px: 600,
        height_px: 400,
        scale: 2.0,
        theme: Theme::Dark,
        ..ImageOptions::default()
    };
    let timeline = samples();
    let first = export::render_png(&timeline, &options).unwrap();
    let second = export::render_png(&timeline, &options).unwrap();
    assert_eq!(first, second);
    let image = image::load_from_memory(&first).unwrap();
    assert_eq!((image.width(), image.height()), (1200, 800));
}

/// The three events the samples are judged by, found by a word of their title and their date.
const KEY_EVENTS: &[(&str, &str)] = &[
    ("AZAL", "2024-12"),
    ("CIS", "2025-07-18"),
    ("Alaska", "2025-08-15"),
];

#[test]
fn samples_svg_parses_and_shows_the_key_events_titles() {
    let timeline = samples();
    let svg = export::render_svg(&timeline, &ImageOptions::default());
    let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default()).unwrap();
    assert_eq!(tree.size().width(), 2400.0);
    for (word, date) in KEY_EVENTS {
        let Some(event) = timeline
            .events
            .iter()
            .find(|e| e.date.starts_with(date) && e.title.contains(word))
        else {
            println!("skipping {word}: the sample events have no {word} event on {date} yet");
            continue;
        };
        let title = event
            .title
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('\'', "&#39;")
            .replace('"', "&quot;");
        assert!(
            svg.contains(&format!(">{title}</text>")),
            "no label {title:?} in the SVG"
        );
    }
}

#[test]
fn formats_follow_the_file_name() {
    let cases = [
        ("timeline.png", ExportFormat::Png),
        ("out/Timeline.SVG", ExportFormat::Svg),
        ("events.json", ExportFormat::Json),
        ("timeline.json", ExportFormat::TimelineJs),
        ("events.csv", ExportFormat::Csv),
        ("events.ics", ExportFormat::Ics),
    ];
    for (name, format) in cases {
        assert_eq!(
            ExportFormat::from_path(Path::new(name)),
            Some(format),
            "{name}"
        );
    }
    assert_eq!(ExportFormat::from_path(Path::new("timeline")), None);
    assert_eq!(
        ExportFormat::parse("timelinejs"),
        Some(ExportFormat::TimelineJs)
    );
}

#[test]
fn writes_are_atomic_and_never_replace_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("events.csv");
    let timeline = samples();
    export::write(
        &path,
        ExportFormat::Csv,
        &timeline,
        &ImageOptions::default(),
        false,
    )
    .unwrap();
    let first = std::fs::read(&path).unwrap();
    assert!(!first.is_empty());
    std::fs::write(&path, b"mine").unwrap();
    let err = export::write(
        &path,
        ExportFormat::Csv,
        &timeline,
        &ImageOptions::default(),
        false,
    )
    .unwrap_err();
    assert!(matches!(err, ExportError::Exists { .. }), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), b"mine");
    export::write(
        &path,
        ExportFormat::Csv,
        &timeline,
        &ImageOptions::default(),
        true,
    )
    .unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), first);
    // Nothing but the file is left in the folder.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["events.csv"]);
}

#[test]
fn error_messages_are_one_line() {
    let timeline = Timeline::default();
    let missing = Path::new("no-such-folder/timeline.png");
    let err = export::write(
        missing,
        ExportFormat::Png,
        &timeline,
        &ImageOptions::default(),
        false,
    )
    .unwrap_err();
    insta::assert_snapshot!(err.to_string(), @"cannot write no-such-folder/timeline.png: the folder does not exist");
    let huge = ImageOptions {
        width_px: 20_000,
        ..ImageOptions::default()
    };
    let err = export::render_png(&timeline, &huge).unwrap_err();
    insta::assert_snapshot!(err.to_string(), @"image size 20000×1200 px is out of range (1 to 16384 px a side)");
}

fn dateline() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dateline"))
}

#[test]
fn command_writes_images_and_data_and_fails_in_one_line() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "timeline.svg",
        "timeline.png",
        "timeline.json",
        "events.ics",
    ] {
        let out = dir.path().join(name);
        let status = dateline()
            .args([
                "export", "--width", "800", "--height", "500", "--from", "2024-12", "--to",
                "2025-08", "-o",
            ])
            .arg(&out)
            .arg(&seeds)
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
        assert!(std::fs::metadata(&out).unwrap().len() > 0, "{name}");
    }
    let timelinejs: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("timeline.json")).unwrap()).unwrap();
    assert!(timelinejs.get("events").is_some());
    // An existing file without --force, and a missing folder: exit code 1, one line.
    for target in [
        dir.path().join("timeline.png"),
        dir.path().join("missing/timeline.png"),
    ] {
        let output = dateline()
            .args(["export", "-o"])
            .arg(&target)
            .arg(&seeds)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{}", target.display());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    }
    let output = dateline()
        .args(["export", "--force", "--theme", "sepia", "-o"])
        .arg(dir.path().join("timeline.png"))
        .arg(&seeds)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}
