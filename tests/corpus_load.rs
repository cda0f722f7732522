//! Loading article folders: walking, display paths, the samples, and bad input that must never stop
//! a load (each bad file is a warning with an exact message).

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::AtomicBool;

use dateline::corpus::{
    Corpus, CorpusError, DateSource, Language, LoadOptions, LoadWarning, TextFormat,
};

const ARTICLE: &str = "A title line for the test article\n\nThe minister said on Monday that the talks \
                       would go on, and that a deal was near for all of the parties in the region.\n";

fn paths(corpus: &Corpus) -> Vec<String> {
    corpus
        .documents
        .iter()
        .map(|doc| doc.path.display().to_string())
        .collect()
}

fn write(path: &Path, bytes: &[u8]) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(path, bytes).unwrap();
}

#[test]
fn folders_are_read_recursively_sorted_without_hidden_entries() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(&root.join("b.txt"), ARTICLE.as_bytes());
    write(&root.join("a/z.md"), ARTICLE.as_bytes());
    write(&root.join("a/page.HTML"), b"<title>Page</title><p>Text</p>");
    write(&root.join("c.jpg"), b"\xFF\xD8\xFF");
    write(&root.join(".hidden.txt"), ARTICLE.as_bytes());
    write(&root.join(".git/x.txt"), ARTICLE.as_bytes());

    let corpus = Corpus::open(root).unwrap();
    let shown = |rel: &str| root.join(rel).display().to_string();
    assert_eq!(
        paths(&corpus),
        vec![shown("a/page.HTML"), shown("a/z.md"), shown("b.txt")]
    );
    assert_eq!(corpus.warnings, vec![]);
    assert_eq!(
        corpus.documents[2].title,
        "A title line for the test article"
    );
    assert_eq!(corpus.documents[0].title, "Page");
    assert_eq!(corpus.documents[2].byte_size, ARTICLE.len() as u64);
}

#[test]
fn a_file_named_explicitly_is_always_read() {
    let dir = tempfile::tempdir().unwrap();
    let hidden = dir.path().join(".notes");
    write(&hidden, ARTICLE.as_bytes());
    let corpus = Corpus::open(&hidden).unwrap();
    assert_eq!(paths(&corpus), vec![hidden.display().to_string()]);
}

#[test]
fn several_paths_load_as_one_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("one");
    let second = dir.path().join("two.txt");
    write(&first.join("x.txt"), ARTICLE.as_bytes());
    write(&second, ARTICLE.as_bytes());
    let missing = dir.path().join("missing");
    let corpus = Corpus::open_paths(&[second.clone(), first.clone(), missing.clone()]).unwrap();
    assert_eq!(
        paths(&corpus),
        vec![
            first.join("x.txt").display().to_string(),
            second.display().to_string()
        ]
    );
    assert_eq!(
        corpus.warnings,
        vec![LoadWarning::new(&missing, "no such file or folder")]
    );
}

#[test]
fn open_on_a_missing_path_is_an_error() {
    let err = Corpus::open(Path::new("/no/such/folder")).unwrap_err();
    assert_eq!(err.to_string(), "/no/such/folder: no such file or folder");
}

#[test]
fn samples_have_display_paths_under_samples() {
    let corpus = Corpus::samples();
    assert_eq!(
        paths(&corpus),
        vec![
            "samples/000_c8a110073bbadd6f.txt",
            "samples/001_62b8ca9d3b454acc.txt",
            "samples/002_56b8b833bb8f33e6.txt",
            "samples/003_b6df9202d0890b2f.txt",
            "samples/004_76d36c29651a362f.txt",
        ]
    );
    assert!(corpus.warnings.is_empty());
    assert!(corpus.documents.iter().all(|doc| !doc.title.is_empty()));
}

#[test]
fn progress_reports_every_file_and_cancel_stops() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..7 {
        write(&dir.path().join(format!("{i}.txt")), ARTICLE.as_bytes());
    }
    let seen = Mutex::new(Vec::new());
    let progress = |done: usize, total: usize| seen.lock().unwrap().push((done, total));
    let options = LoadOptions {
        progress: Some(&progress),
        ..LoadOptions::default()
    };
    let corpus = Corpus::open_with(&[dir.path().to_path_buf()], &options).unwrap();
    assert_eq!(corpus.documents.len(), 7);
    let mut seen = seen.into_inner().unwrap();
    seen.sort_unstable();
    assert_eq!(seen, (0..=7).map(|done| (done, 7)).collect::<Vec<_>>());

    let cancel = AtomicBool::new(true);
    let options = LoadOptions {
        cancel: Some(&cancel),
        ..LoadOptions::default()
    };
    let result = Corpus::open_with(&[dir.path().to_path_buf()], &options);
    assert!(matches!(result, Err(CorpusError::Cancelled)));
}

/// Builds a folder of bad input (nothing committed: binaries are made here) and checks that the good
/// files load and each bad one is reported exactly.
#[test]
fn bad_input_is_reported_and_never_stops_a_load() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("bad");
    write(&root.join("good.txt"), ARTICLE.as_bytes());
    write(&root.join("nested/good.md"), ARTICLE.as_bytes());
    write(&root.join("empty.txt"), b"");
    write(&root.join("binary.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    write(
        &root.join("latin1.txt"),
        b"Caf\xE9 au lait, cr\xE8me br\xFBl\xE9e et g\xE2teau, d\xE9j\xE0 vu.",
    );
    write(
        &root.join("utf16-broken.txt"),
        b"\xFF\xFE\x00\xD8\x00\xD8\x00\xD8\x00\xD8",
    );
    write(&root.join("photo.jpg"), b"\xFF\xD8\xFF\xE0");
    let big = fs::File::create(root.join("big.txt")).unwrap();
    big.set_len(20_000_001).unwrap();
    drop(big);
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink(&root, root.join("loop")).unwrap();
        symlink("self.txt", root.join("self.txt")).unwrap();
        symlink("nowhere.txt", root.join("broken.txt")).unwrap();
    }
    let missing = dir.path().join("missing");

    let corpus = Corpus::open_paths(&[root.clone(), missing.clone()]).unwrap();
    let shown = |rel: &str| root.join(rel).display().to_string();
    assert_eq!(
        paths(&corpus),
        vec![
            shown("empty.txt"),
            shown("good.txt"),
            shown("latin1.txt"),
            shown("nested/good.md")
        ]
    );
    let mut expected = vec![
        LoadWarning::new(
            root.join("big.txt"),
            "20000001 bytes is over the 20 MB size cap; skipped",
        ),
        LoadWarning::new(
            root.join("binary.txt"),
            "binary file (contains NUL bytes); skipped",
        ),
        LoadWarning::new(root.join("empty.txt"), "empty file (0 bytes)"),
        LoadWarning::new(
            root.join("latin1.txt"),
            "not UTF-8; decoded as windows-1252 (detected)",
        ),
        LoadWarning::new(
            root.join("utf16-broken.txt"),
            "undecodable: not valid UTF-16LE text; skipped",
        ),
        LoadWarning::new(&missing, "no such file or folder"),
    ];
    if cfg!(unix) {
        expected.extend([
            LoadWarning::new(root.join("broken.txt"), "broken symbolic link; skipped"),
            LoadWarning::new(
                root.join("loop"),
                "symbolic link loop (leads back to a folder being read); skipped",
            ),
            LoadWarning::new(root.join("self.txt"), "symbolic link loop; skipped"),
        ]);
    }
    expected.sort_by(|a, b| a.path.cmp(&b.path));
    assert_eq!(corpus.warnings, expected);
    assert!(corpus.documents[2].text.starts_with("Café au lait"));
}

/// A file the process may not read is reported; skipped when running with rights to read anything.
#[cfg(unix)]
#[test]
fn unreadable_file_is_reported() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked.txt");
    write(&locked, ARTICLE.as_bytes());
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&locked).is_ok() {
        println!("skipped: this user can read a file with mode 000");
        return;
    }
    let corpus = Corpus::open_paths(&[PathBuf::from(dir.path())]).unwrap();
    assert_eq!(
        corpus.warnings,
        vec![LoadWarning::new(
            &locked,
            "cannot read: permission denied; skipped"
        )]
    );
}

#[test]
fn reference_date_overrides_every_document_and_one_can_be_corrected() {
    let date = chrono::NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
    let options = LoadOptions {
        reference_date: Some(date),
        ..LoadOptions::default()
    };
    let mut corpus = Corpus::samples_with(&options).unwrap();
    for document in &corpus.documents {
        let own = document.date.as_ref().unwrap();
        assert_eq!(own.source, DateSource::ReferenceDate);
        assert_eq!(own.date.date(), date);
        assert_eq!(own.confidence, 1.0);
    }
    let corrected = chrono::NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    assert!(corpus.set_document_date(Path::new("samples/003_b6df9202d0890b2f.txt"), corrected));
    assert!(!corpus.set_document_date(Path::new("samples/none.txt"), corrected));
    let document = corpus
        .document(Path::new("samples/003_b6df9202d0890b2f.txt"))
        .unwrap();
    assert_eq!(document.date.as_ref().unwrap().date.date(), corrected);
    assert_eq!(document.reference().date, Some(corrected));
    assert!(document.reference().year_known);
}

#[test]
fn html_pages_keep_their_main_text() {
    let page = b"<html><head><title>Site</title><meta name=\"author\" content=\"Jane Doe\"></head>\
                 <body><nav>Home | News</nav><article><h1>Talks resume</h1>\
                 <p>The delegations met &amp; talked.</p><script>x()</script></article>\
                 <footer>All rights reserved</footer></body></html>";
    let files = [(PathBuf::from("site/page.html"), &page[..])];
    let corpus = Corpus::from_memory(&files, &LoadOptions::default()).unwrap();
    let document = &corpus.documents[0];
    assert_eq!(
        document.text,
        "Talks resume\n\nThe delegations met & talked.\n"
    );
    assert_eq!(document.title, "Talks resume");
    assert_eq!(document.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(document.format, TextFormat::Html);
}

#[test]
fn not_english_is_told_apart() {
    let french = "Le président a déclaré lundi que les négociations avec les voisins allaient \
                  continuer, et qu'il était certain d'un accord avant la fin de l'année pour tous.";
    let files = [
        (PathBuf::from("fr.txt"), french.as_bytes()),
        (PathBuf::from("en.txt"), ARTICLE.as_bytes()),
    ];
    let corpus = Corpus::from_memory(&files, &LoadOptions::default()).unwrap();
    assert_eq!(corpus.documents[0].language, Language::English);
    assert_eq!(corpus.documents[1].language, Language::NotEnglish);
}
