//! `dateline corpus` end to end: the samples' listing (text and JSON, insta snapshots), exit codes
//! and the one-line messages.

use std::process::{Command, Output};

fn dateline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn samples_listing_text() {
    let output = dateline(&["corpus", "seeds"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    insta::assert_snapshot!(stdout(&output));
}

#[test]
fn samples_listing_json() {
    let output = dateline(&["corpus", "seeds", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let listing: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    insta::assert_json_snapshot!(listing);
}

#[test]
fn several_paths_with_one_missing_still_load() {
    let output = dateline(&["corpus", "seeds/002_56b8b833bb8f33e6.txt", "no-such-folder"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stderr(&output),
        "warning: no-such-folder: no such file or folder\n"
    );
    assert!(stdout(&output).ends_with("1 article, 1 warning\n"));
}

#[test]
fn nothing_readable_exits_2_with_one_line() {
    let output = dateline(&["corpus", "no-such-folder"]);
    assert_eq!(output.status.code(), Some(2));
    insta::assert_snapshot!(stderr(&output), @r"
    warning: no-such-folder: no such file or folder
    dateline: no readable article in no-such-folder
    ");
    assert_eq!(stdout(&output), "");
}

#[test]
fn json_mode_keeps_warnings_in_the_json() {
    let output = dateline(&["corpus", "seeds", "no-such-folder", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stderr(&output), "");
    let listing: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(
        listing["warnings"],
        serde_json::json!([{"path": "no-such-folder", "message": "no such file or folder"}])
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(dateline(&["corpus"]).status.code(), Some(2));
    assert_eq!(
        dateline(&["corpus", "seeds", "--format", "xml"])
            .status
            .code(),
        Some(2)
    );
}
