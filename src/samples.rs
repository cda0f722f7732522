//! The five sample articles, compiled into the binary so that `dateline` with no arguments works from
//! any directory. Owns nothing but the embedded bytes; reading them as a corpus is [`crate::corpus`]'s job.

/// One embedded sample: its file name (as in `seeds/`) and its bytes.
#[derive(Clone, Copy, Debug)]
pub struct Sample {
    /// File name, e.g. `000_c8a110073bbadd6f.txt`.
    pub name: &'static str,
    /// The file's bytes, identical to `seeds/<name>`.
    pub bytes: &'static [u8],
}

/// The display root used for the embedded samples (paths read `samples/<name>`).
pub const SAMPLES_ROOT: &str = "samples";

/// All bundled samples, sorted by name.
pub const SAMPLES: &[Sample] = &[
    Sample {
        name: "000_c8a110073bbadd6f.txt",
        bytes: include_bytes!("../seeds/000_c8a110073bbadd6f.txt"),
    },
    Sample {
        name: "001_62b8ca9d3b454acc.txt",
        bytes: include_bytes!("../seeds/001_62b8ca9d3b454acc.txt"),
    },
    Sample {
        name: "002_56b8b833bb8f33e6.txt",
        bytes: include_bytes!("../seeds/002_56b8b833bb8f33e6.txt"),
    },
    Sample {
        name: "003_b6df9202d0890b2f.txt",
        bytes: include_bytes!("../seeds/003_b6df9202d0890b2f.txt"),
    },
    Sample {
        name: "004_76d36c29651a362f.txt",
        bytes: include_bytes!("../seeds/004_76d36c29651a362f.txt"),
    },
];
