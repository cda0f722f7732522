//! The settings the app remembers across runs (last folder, recent folders, theme, lanes, panel
//! choices), stored through eframe's persistence; the window size is remembered by eframe itself.
//! Plain data with `#[serde(default)]`; nothing derived from a loaded folder lives here.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// How many recent folders the Open menu lists.
pub const MAX_RECENT_FOLDERS: usize = 8;

/// Dark, light, or whatever the system says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeChoice {
    /// Follow the system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl ThemeChoice {
    /// The egui preference.
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Self::System => egui::ThemePreference::System,
            Self::Light => egui::ThemePreference::Light,
            Self::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// How the timeline's lanes are chosen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LaneMode {
    /// One lane per article.
    #[default]
    Article,
    /// One lane per event kind.
    Kind,
}

/// The remembered settings.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The folder opened last (`None`: the samples).
    pub last_folder: Option<PathBuf>,
    /// Recently opened folders, newest first.
    pub recent_folders: Vec<PathBuf>,
    /// Theme.
    pub theme: ThemeChoice,
    /// Lanes.
    pub lanes: LaneMode,
    /// Whether the article reader panel is shown.
    pub show_reader: bool,
}

impl Settings {
    /// The key eframe stores the settings under.
    pub const STORAGE_KEY: &'static str = "dateline-settings";

    /// Remembers an opened folder at the top of the recent list.
    pub fn remember_folder(&mut self, folder: &std::path::Path) {
        self.recent_folders.retain(|known| known != folder);
        self.recent_folders.insert(0, folder.to_path_buf());
        self.recent_folders.truncate(MAX_RECENT_FOLDERS);
        self.last_folder = Some(folder.to_path_buf());
    }
}
