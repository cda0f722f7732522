//! File dialogs behind a trait: the real one runs rfd on its own thread (a dialog blocks the thread
//! that opens it, and without a desktop portal it returns nothing at once), tests inject a fake.
//! Owns only the request/answer plumbing; what the app does with a path is the app's business.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};

/// Which dialog to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PickRequest {
    /// Choose a folder to open.
    OpenFolder,
    /// Choose a corrections file to import.
    OpenCorrections,
    /// Choose where to save a file; `file_name` is the suggestion, `extension` the format's.
    Save {
        /// Suggested file name.
        file_name: String,
        /// File extension without the dot.
        extension: String,
    },
}

/// What a pick is for, so the answer can be routed when it arrives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickPurpose {
    /// Open an article folder.
    OpenFolder,
    /// Import corrections.
    ImportCorrections,
    /// Export corrections.
    ExportCorrections,
    /// The export dialog's output file.
    ExportFile,
}

/// The answer to a pick: a path, or nothing (cancelled, or no dialog available).
#[derive(Debug)]
pub struct PickAnswer {
    /// What the pick was for.
    pub purpose: PickPurpose,
    /// The chosen path.
    pub path: Option<PathBuf>,
}

/// Shows file dialogs without blocking the UI thread.
pub trait FilePicker: Send {
    /// Starts a dialog; the answer arrives through [`FilePicker::poll`].
    fn request(&mut self, purpose: PickPurpose, request: PickRequest);
    /// The answer, once there is one.
    fn poll(&mut self) -> Option<PickAnswer>;
    /// Whether a dialog is open.
    fn busy(&self) -> bool;
}

/// The real dialogs (rfd), each on a named thread.
#[derive(Default)]
pub struct RfdPicker {
    pending: Option<Receiver<PickAnswer>>,
}

impl FilePicker for RfdPicker {
    fn request(&mut self, purpose: PickPurpose, request: PickRequest) {
        if self.pending.is_some() {
            return;
        }
        let (sender, receiver) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("dateline-dialog".to_owned())
            .spawn(move || {
                let path = match request {
                    PickRequest::OpenFolder => rfd::FileDialog::new().pick_folder(),
                    PickRequest::OpenCorrections => rfd::FileDialog::new()
                        .add_filter("Dateline corrections", &["json"])
                        .pick_file(),
                    PickRequest::Save {
                        file_name,
                        extension,
                    } => rfd::FileDialog::new()
                        .set_file_name(file_name)
                        .add_filter(extension.to_uppercase(), &[extension.as_str()])
                        .save_file(),
                };
                let _ = sender.send(PickAnswer { purpose, path });
            });
        if spawned.is_ok() {
            self.pending = Some(receiver);
        }
    }

    fn poll(&mut self) -> Option<PickAnswer> {
        let receiver = self.pending.as_ref()?;
        match receiver.try_recv() {
            Ok(answer) => {
                self.pending = None;
                Some(answer)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.pending = None;
                None
            }
        }
    }

    fn busy(&self) -> bool {
        self.pending.is_some()
    }
}

/// A picker that answers every request with the next of its prepared paths (for tests).
#[derive(Debug, Default)]
pub struct FakePicker {
    /// Answers, consumed front to back; `None` means "cancelled".
    pub answers: std::collections::VecDeque<Option<PathBuf>>,
    /// The requests seen.
    pub requests: Vec<PickRequest>,
    ready: Option<PickAnswer>,
}

impl FilePicker for FakePicker {
    fn request(&mut self, purpose: PickPurpose, request: PickRequest) {
        self.requests.push(request);
        let path = self.answers.pop_front().flatten();
        self.ready = Some(PickAnswer { purpose, path });
    }

    fn poll(&mut self) -> Option<PickAnswer> {
        self.ready.take()
    }

    fn busy(&self) -> bool {
        false
    }
}
