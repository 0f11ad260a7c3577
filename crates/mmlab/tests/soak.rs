//! A CI-sized soak (`mmlab soak`): random operations over up to eight processes with random
//! allocation failures, every byte read back checked by the data-integrity shadow, the
//! invariants checked as it goes, nothing left after every process exits. CI runs a longer one.

use std::process::Command;

#[test]
fn twenty_thousand_random_operations_keep_every_byte() {
    let o = Command::new(env!("CARGO_BIN_EXE_mmlab"))
        .args([
            "soak",
            "--ops",
            "20000",
            "--seed",
            "3",
            "--check-every",
            "500",
            "--json",
        ])
        .output()
        .expect("mmlab runs");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON report");
    assert_eq!(v["ops"], 20000);
    for k in [
        "syscalls",
        "forks",
        "bytes_checked",
        "allocations_failed",
        "errors",
    ] {
        assert!(v[k].as_u64().unwrap() > 0, "{k} is 0: {out}");
    }
}
