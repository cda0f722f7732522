//! Atomic file writes: the bytes go to a temporary file in the target's folder, which is then
//! renamed over the target, so a reader never sees half a file and a failed export leaves nothing
//! behind. An existing file is replaced only when asked.

use std::io::{ErrorKind, Write as _};
use std::path::{Path, PathBuf};

use super::ExportError;

/// The folder a path is written into (`.` for a bare file name).
fn parent_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Fails early when the target exists (and may not be replaced) or its folder is missing.
pub(super) fn check_target(path: &Path, replace: bool) -> Result<(), ExportError> {
    if !parent_of(path).is_dir() {
        return Err(ExportError::MissingFolder {
            path: path.to_path_buf(),
        });
    }
    if path.is_dir() {
        return Err(ExportError::Io {
            path: path.to_path_buf(),
            source: std::io::Error::new(ErrorKind::IsADirectory, "it is a folder"),
        });
    }
    if !replace && path.exists() {
        return Err(ExportError::Exists {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

fn io_error(path: &Path, source: std::io::Error) -> ExportError {
    let path = path.to_path_buf();
    match source.kind() {
        ErrorKind::NotFound => ExportError::MissingFolder { path },
        ErrorKind::PermissionDenied => ExportError::PermissionDenied { path },
        _ => ExportError::Io { path, source },
    }
}

/// Writes `bytes` to `path` atomically (temp file in the same folder + rename).
pub fn write_atomic(path: &Path, bytes: &[u8], replace: bool) -> Result<(), ExportError> {
    check_target(path, replace)?;
    let folder = parent_of(path);
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".to_owned());
    let temp_path = folder.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp_path)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        if !replace && path.exists() {
            return Err(std::io::Error::new(ErrorKind::AlreadyExists, "exists"));
        }
        std::fs::rename(&temp_path, path)
    })();
    match result {
        Ok(()) => Ok(()),
        Err(err) => {
            // Best effort: the temp file is ours and of no use now.
            let _ = std::fs::remove_file(&temp_path);
            if err.kind() == ErrorKind::AlreadyExists {
                return Err(ExportError::Exists {
                    path: path.to_path_buf(),
                });
            }
            Err(io_error(path, err))
        }
    }
}
