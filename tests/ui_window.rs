//! The real window under Xvfb: `dateline --screenshot` on the samples must write a PNG of the
//! window's size that is not blank. Skips with a message when `xvfb-run` is not installed.

#![cfg(feature = "gui")]

use std::path::Path;
use std::process::Command;

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

#[test]
fn screenshot_of_the_samples_has_the_window_size_and_is_not_blank() {
    if !on_path("xvfb-run") {
        println!("skipped: xvfb-run is not installed (apt-get install xvfb)");
        return;
    }
    let out = tempfile::tempdir().unwrap();
    let shot = out.path().join("shot.png");
    let runtime = tempfile::tempdir().unwrap();
    let status = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1600x1000x24"])
        .arg(env!("CARGO_BIN_EXE_dateline"))
        .arg("--screenshot")
        .arg(&shot)
        .env("XDG_RUNTIME_DIR", runtime.path())
        .env("XDG_DATA_HOME", out.path().join("data"))
        .env("XDG_CONFIG_HOME", out.path().join("config"))
        .status()
        .expect("xvfb-run starts");
    assert!(
        status.success(),
        "dateline --screenshot exited with {status}"
    );
    check_png(&shot);
}

fn check_png(path: &Path) {
    let image = image::open(path).expect("a readable PNG").to_rgba8();
    assert_eq!(image.dimensions(), (1600, 1000));
    let first = *image.get_pixel(0, 0);
    let differing = image.pixels().filter(|pixel| **pixel != first).count();
    assert!(
        differing > 1600 * 1000 / 100,
        "the screenshot is nearly blank ({differing} pixels differ from the corner)"
    );
    let mut colours: Vec<[u8; 4]> = image.pixels().map(|p| p.0).collect();
    colours.sort_unstable();
    colours.dedup();
    assert!(colours.len() > 20, "only {} colours", colours.len());
}
