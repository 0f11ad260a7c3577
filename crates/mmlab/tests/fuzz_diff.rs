//! `mmlab fuzz-diff` end to end: `--dry-run` generates the same scenarios for the same seed
//! (and they parse: the model runs them), and, where the host oracle can run, 20 random
//! sequences of 40 steps match the host kernel (the test says why when it cannot run, and
//! prints the minimal failing scenarios when it fails).

use std::process::{Command, Output};

fn mmlab(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mmlab"))
        .args(args)
        .output()
        .expect("mmlab runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn scratch_dir(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("mmlab-fuzz-{name}-{}", std::process::id()))
}

#[test]
fn dry_run_is_deterministic_and_its_scenarios_run_on_the_model() {
    let args = [
        "fuzz-diff",
        "--sequences",
        "3",
        "--steps",
        "30",
        "--seed",
        "11",
        "--dry-run",
    ];
    let (a, b) = (mmlab(&args), mmlab(&args));
    assert!(a.status.success(), "{}", text(&a.stderr));
    let out = text(&a.stdout);
    assert_eq!(out, text(&b.stdout), "the same seed, the same scenarios");
    assert_eq!(out.matches("# seed 11, sequence ").count(), 3, "{out}");
    let other = mmlab(&[
        "fuzz-diff",
        "--sequences",
        "3",
        "--steps",
        "30",
        "--seed",
        "12",
        "--dry-run",
    ]);
    assert_ne!(out, text(&other.stdout), "another seed, other scenarios");
    // The output is itself a scenario file (the three sequences one after another would
    // rebind `$w`, so only the first is run).
    let first: String = out.split("\n\n").next().unwrap_or_default().to_string();
    let dir = scratch_dir("dry");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("first.mms");
    std::fs::write(&file, first).expect("write");
    let file = file.display().to_string();
    // Steps may fail (the generator does not predict results), but the file parses: exit 1,
    // not 2, and every step ran.
    let r = mmlab(&["run", "--check", &file]);
    let stdout = text(&r.stdout);
    assert_ne!(r.status.code(), Some(2), "{}", text(&r.stderr));
    assert!(stdout.contains("32 steps"), "{stdout}");
    assert!(stdout.contains("invariants hold"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn steps_and_sequences_must_be_positive() {
    let o = mmlab(&["fuzz-diff", "--sequences", "0", "--dry-run"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
    let o = mmlab(&["fuzz-diff", "--sequences", "1", "--steps", "0", "--dry-run"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
}

#[test]
fn twenty_random_sequences_match_the_host_kernel() {
    if let Err(why) = oracle::Host::available() {
        eprintln!(
            "SKIPPED twenty_random_sequences_match_the_host_kernel: the host oracle cannot run here: {why}"
        );
        return;
    }
    let dir = scratch_dir("host");
    let out = dir.display().to_string();
    let o = mmlab(&[
        "fuzz-diff",
        "--sequences",
        "20",
        "--steps",
        "40",
        "--seed",
        "20260",
        "--out",
        &out,
        "--json",
    ]);
    let stdout = text(&o.stdout);
    let report: serde_json::Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{stdout}\n{}", text(&o.stderr)));
    let summary = report["summary"].as_str().unwrap_or_default().to_string();
    assert!(
        summary.starts_with("fuzz-diff: 20 sequences, "),
        "{summary}"
    );
    let mut cases = String::new();
    for g in report["groups"].as_array().into_iter().flatten() {
        cases += &format!(
            "{}: {}\n{}\n",
            g["class"],
            g["message"],
            g["diff"].as_str().unwrap_or("")
        );
        if let Some(f) = g["file"].as_str() {
            cases += &std::fs::read_to_string(f).unwrap_or_default();
        }
    }
    assert!(
        summary.ends_with(" 0 failures") && o.status.success(),
        "{summary}\n{cases}\n{}",
        text(&o.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
}
