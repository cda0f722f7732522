//! Finds the article files under the paths a user gives and reads their bytes: recursion, the
//! extension filter, hidden entries, symbolic-link loops, the size cap. Owns every filesystem read
//! of the corpus module and never writes anything; knows nothing of decoding or dates.

use std::fs;
use std::io::{self, Read as _};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::LoadWarning;

/// File extensions read when recursing into a folder (compared case-insensitively).
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm"];

/// One file to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Input {
    /// Where the file is on disk.
    pub disk_path: PathBuf,
    /// The path shown to users: the path as given, joined with the path under a folder argument.
    pub display_path: PathBuf,
}

/// A file's bytes and what the filesystem says about it.
#[derive(Debug)]
pub(crate) struct FileBytes {
    /// The content.
    pub bytes: Vec<u8>,
    /// Size on disk.
    pub byte_size: u64,
    /// Modification time, when the filesystem has one.
    pub modified: Option<SystemTime>,
}

/// Lists the article files under `paths`, sorted by display path, without duplicates. Problems
/// (missing paths, unreadable folders, link loops) become warnings.
pub(crate) fn collect_inputs(paths: &[PathBuf], warnings: &mut Vec<LoadWarning>) -> Vec<Input> {
    let mut inputs = Vec::new();
    for path in paths {
        match fs::metadata(path) {
            Err(err) => warnings.push(LoadWarning::new(path, describe_metadata_error(path, &err))),
            Ok(meta) if meta.is_dir() => {
                let mut ancestors = Vec::new();
                walk_dir(path, path, &mut ancestors, &mut inputs, warnings);
            }
            Ok(_) => inputs.push(Input {
                disk_path: path.clone(),
                display_path: path.clone(),
            }),
        }
    }
    inputs.sort_by(|a, b| a.display_path.cmp(&b.display_path));
    inputs.dedup_by(|a, b| a.display_path == b.display_path);
    inputs
}

/// True when a folder entry with this name is read as an article.
pub(crate) fn has_article_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| {
            ARTICLE_EXTENSIONS
                .iter()
                .any(|known| ext.eq_ignore_ascii_case(known))
        })
}

/// True for HTML files (by extension).
pub(crate) fn is_html_path(path: &Path) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| ext.eq_ignore_ascii_case("html") || ext.eq_ignore_ascii_case("htm"))
}

fn walk_dir(
    disk_dir: &Path,
    display_dir: &Path,
    ancestors: &mut Vec<PathBuf>,
    inputs: &mut Vec<Input>,
    warnings: &mut Vec<LoadWarning>,
) {
    let canonical = match fs::canonicalize(disk_dir) {
        Ok(canonical) => canonical,
        Err(err) => {
            warnings.push(LoadWarning::new(
                display_dir,
                format!("cannot read folder: {}", io_reason(&err)),
            ));
            return;
        }
    };
    if ancestors.contains(&canonical) {
        warnings.push(LoadWarning::new(
            display_dir,
            "symbolic link loop (leads back to a folder being read); skipped",
        ));
        return;
    }
    let entries = match fs::read_dir(disk_dir) {
        Ok(entries) => entries,
        Err(err) => {
            warnings.push(LoadWarning::new(
                display_dir,
                format!("cannot read folder: {}", io_reason(&err)),
            ));
            return;
        }
    };
    let mut children = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => children.push(entry),
            Err(err) => warnings.push(LoadWarning::new(
                display_dir,
                format!("cannot list folder entry: {}", io_reason(&err)),
            )),
        }
    }
    children.sort_by_key(|entry| entry.file_name());

    ancestors.push(canonical);
    for entry in children {
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let disk_path = entry.path();
        let display_path = display_dir.join(&name);
        let meta = match fs::metadata(&disk_path) {
            Ok(meta) => meta,
            Err(err) => {
                // Only report what would have been read: a broken link named `x.jpg` is no article.
                let is_link = fs::symlink_metadata(&disk_path).is_ok_and(|m| m.is_symlink());
                if is_link || has_article_extension(&disk_path) {
                    warnings.push(LoadWarning::new(
                        &display_path,
                        describe_metadata_error(&disk_path, &err),
                    ));
                }
                continue;
            }
        };
        if meta.is_dir() {
            walk_dir(&disk_path, &display_path, ancestors, inputs, warnings);
        } else if has_article_extension(&disk_path) {
            if meta.is_file() {
                inputs.push(Input {
                    disk_path,
                    display_path,
                });
            } else {
                warnings.push(LoadWarning::new(
                    &display_path,
                    "not a regular file; skipped",
                ));
            }
        }
    }
    ancestors.pop();
}

/// Reads one file, refusing what is not a regular file or over `size_cap_bytes`.
pub(crate) fn read_input(input: &Input, size_cap_bytes: u64) -> Result<FileBytes, String> {
    let meta = fs::metadata(&input.disk_path)
        .map_err(|err| describe_metadata_error(&input.disk_path, &err))?;
    if !meta.is_file() {
        return Err("not a regular file; skipped".to_owned());
    }
    let byte_size = meta.len();
    if byte_size > size_cap_bytes {
        return Err(format!(
            "{byte_size} bytes is over the {} size cap; skipped",
            describe_size(size_cap_bytes)
        ));
    }
    let file = fs::File::open(&input.disk_path)
        .map_err(|err| format!("cannot read: {}; skipped", io_reason(&err)))?;
    let mut bytes = Vec::with_capacity(usize::try_from(byte_size).unwrap_or(0));
    // Reads at most one byte past the cap, in case the file grew since its size was read.
    file.take(size_cap_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|err| format!("cannot read: {}; skipped", io_reason(&err)))?;
    if bytes.len() as u64 > size_cap_bytes {
        return Err(format!(
            "over the {} size cap; skipped",
            describe_size(size_cap_bytes)
        ));
    }
    Ok(FileBytes {
        bytes,
        byte_size,
        modified: meta.modified().ok(),
    })
}

/// "20 MB" for whole megabytes (10^6 bytes), "N bytes" otherwise.
pub(crate) fn describe_size(bytes: u64) -> String {
    if bytes >= 1_000_000 && bytes.is_multiple_of(1_000_000) {
        format!("{} MB", bytes / 1_000_000)
    } else {
        format!("{bytes} bytes")
    }
}

fn describe_metadata_error(path: &Path, err: &io::Error) -> String {
    let is_link = fs::symlink_metadata(path).is_ok_and(|meta| meta.is_symlink());
    match (is_link, err.kind()) {
        (true, io::ErrorKind::NotFound) => "broken symbolic link; skipped".to_owned(),
        (true, _) => "symbolic link loop; skipped".to_owned(),
        (false, io::ErrorKind::NotFound) => "no such file or folder".to_owned(),
        (false, _) => format!("cannot read: {}; skipped", io_reason(err)),
    }
}

/// The OS's wording without the "(os error N)" suffix, lower-cased at the start.
fn io_reason(err: &io::Error) -> String {
    let full = err.to_string();
    let reason = full.split(" (os error").next().unwrap_or(&full);
    let mut chars = reason.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => reason.to_owned(),
    }
}
