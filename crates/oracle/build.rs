//! Build script: fingerprints the sources the worker binary is built from (the worker and
//! the protocol), so the driver can tell a stale `mmlab-worker` from the one it was built
//! with. Crates that depend only on the oracle library do not rebuild the worker binary;
//! without this, an old worker that happens to speak the same protocol version would run
//! silently.

use std::path::Path;

/// FNV-1a, 64 bits: tiny, dependency-free, and plenty to tell two source trees apart.
fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn main() {
    let mut files = vec![Path::new("src/proto.rs").to_path_buf()];
    let worker = Path::new("src/bin/mmlab-worker");
    println!("cargo:rerun-if-changed={}", worker.display());
    let mut entries: Vec<_> = std::fs::read_dir(worker)
        .expect("src/bin/mmlab-worker")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    files.extend(entries);
    let mut hash = 0xcbf2_9ce4_8422_2325;
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        hash = fnv1a(hash, f.to_string_lossy().as_bytes());
        hash = fnv1a(hash, &std::fs::read(f).expect("worker source"));
    }
    println!("cargo:rustc-env=MMLAB_WORKER_SOURCE_HASH={hash:016x}");
}
