//! What a scenario's files are: the facts (`uapi::FileFacts`) an `openat` or an mmap of
//! `N</path>` hands the kernel. A `file` line declares a path's identity and size as recorded
//! elsewhere; otherwise the path is looked up on this machine. The bytes come from this
//! machine's copy when it has the declared size (a trace replayed elsewhere maps the same
//! addresses either way; only loads would see the difference).

use crate::ast::{FileDecl, Scenario};
use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use uapi::FileFacts;
use uapi::file::dev_major_minor;

/// Largest file whose bytes are read in; bigger ones read as zeroes in the model.
const MAX_CONTENTS_BYTES: u64 = 256 << 20;

/// Facts per path, looked up once per run.
#[derive(Default)]
pub struct FileTable {
    cache: BTreeMap<String, Result<FileFacts, String>>,
}

impl FileTable {
    /// The facts of `path` (relative paths are taken from the scenario file's directory).
    pub fn facts(&mut self, scenario: &Scenario, path: &str) -> Result<FileFacts, String> {
        let abs = absolute(&scenario.file, path);
        if let Some(f) = self.cache.get(&abs) {
            return f.clone();
        }
        let decl = scenario.files.iter().find(|d| d.path == abs);
        let f = lookup(&abs, decl);
        self.cache.insert(abs, f.clone());
        f
    }
}

fn absolute(scenario_file: &str, path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    let dir = Path::new(scenario_file)
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let joined = dir.join(path);
    std::fs::canonicalize(&joined)
        .unwrap_or(joined)
        .to_string_lossy()
        .into_owned()
}

fn lookup(path: &str, decl: Option<&FileDecl>) -> Result<FileFacts, String> {
    let meta = std::fs::metadata(path);
    if let Some(d) = decl {
        let contents = match &meta {
            Ok(m) if m.is_file() && m.len() == d.size_bytes && m.len() <= MAX_CONTENTS_BYTES => {
                std::fs::read(path).ok().map(Arc::from)
            }
            _ => None,
        };
        return Ok(FileFacts {
            path: path.to_string(),
            dev_major: d.dev_major,
            dev_minor: d.dev_minor,
            ino: d.ino,
            size_bytes: d.size_bytes,
            contents,
        });
    }
    let m = meta.map_err(|e| {
        format!("cannot open {path}: {e} (declare it with a `file` line to use it without this machine's copy)")
    })?;
    if !m.is_file() {
        return Err(format!(
            "{path} is not a regular file: scenarios open regular files only"
        ));
    }
    let contents = if m.len() <= MAX_CONTENTS_BYTES {
        Some(Arc::from(
            std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?,
        ))
    } else {
        None
    };
    let (dev_major, dev_minor) = dev_major_minor(m.dev());
    Ok(FileFacts {
        path: path.to_string(),
        dev_major,
        dev_minor,
        ino: m.ino(),
        size_bytes: m.len(),
        contents,
    })
}
