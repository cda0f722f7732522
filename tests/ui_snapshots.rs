//! Image snapshots of the app's main views on the samples, rendered by egui_kittest with wgpu on
//! the software renderer. Opt-in: `cargo test --features snapshots --test ui_snapshots`
//! (`UPDATE_SNAPSHOTS=1` writes the references under `tests/snapshots/`).

#![cfg(feature = "snapshots")]

use dateline::ui::picker::FakePicker;
use dateline::ui::{AppEnvironment, DatelineApp, Intent, LoadTarget, Settings};
use egui_kittest::Harness;

fn samples_harness(data_dir: &std::path::Path) -> Harness<'static, DatelineApp> {
    let environment = AppEnvironment {
        data_dir: Some(data_dir.to_path_buf()),
        picker: Box::new(FakePicker::default()),
    };
    let mut app = DatelineApp::new(Settings::default(), environment);
    app.open(LoadTarget::Samples);
    app.finish_loading_blocking();
    let mut harness = Harness::builder()
        .with_size([1600.0, 1000.0])
        .with_theme(egui::Theme::Light)
        .wgpu()
        .build_ui_state(|ui, app: &mut DatelineApp| app.ui(ui), app);
    harness.run_steps(4);
    harness
}

#[test]
fn main_views() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = samples_harness(data.path());
    harness.snapshot("ui_overview");

    harness.state_mut().push(Intent::SelectInTime(1));
    harness.run_steps(3);
    harness.state_mut().push(Intent::OpenSelectedSource);
    harness.run_steps(4);
    harness.snapshot("ui_selected_with_reader");

    harness.state_mut().push(Intent::ToggleHelp);
    harness.run_steps(3);
    harness.snapshot("ui_help");
}
