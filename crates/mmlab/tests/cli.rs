//! The `mmlab` binary end to end: exit codes, parse errors on stderr, the demo on the model
//! (which passes once the model is built; until then the test says so and stops), and, where
//! the host oracle can run, `run --on host` and `diff` on the demo.

use std::process::{Command, Output};

const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/demo.mms");

fn mmlab(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mmlab"))
        .args(args)
        .output()
        .expect("mmlab runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn scratch(name: &str, body: &str) -> String {
    let dir = std::env::temp_dir().join(format!("mmlab-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    std::fs::write(&p, body).expect("write scenario");
    p.display().to_string()
}

#[test]
fn help_documents_the_exit_codes() {
    let o = mmlab(&["--help"]);
    assert!(o.status.success());
    let out = text(&o.stdout);
    assert!(
        out.contains("Exit codes:") && out.contains("2  bad input"),
        "{out}"
    );
}

#[test]
fn parse_errors_go_to_stderr_with_a_caret_and_nothing_runs() {
    let bad = scratch(
        "bad.mms",
        "p: maps\np: mmap(NULL, 4K, PROT_RED, MAP_PRIVATE, -1, 0)\n",
    );
    let good = scratch("good.mms", "p: maps\n");
    let o = mmlab(&["run", &good, &bad]);
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(err.contains("error: unknown constant `PROT_RED`"), "{err}");
    assert!(err.contains("bad.mms:2:19"), "{err}");
    assert!(err.contains("^^^^^^^^"), "{err}");
    assert!(o.stdout.is_empty(), "nothing ran: {}", text(&o.stdout));
    if let Some(dir) = std::path::Path::new(&bad).parent() {
        let _ = std::fs::remove_dir_all(dir);
    }
}

#[test]
fn unreadable_files_are_bad_input() {
    let o = mmlab(&["run", "/nonexistent/x.mms"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("/nonexistent/x.mms"));
    let o = mmlab(&["diff"]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "clap's usage error: diff needs a FILE"
    );
}

#[test]
fn diff_without_the_host_says_why() {
    let o = Command::new(env!("CARGO_BIN_EXE_mmlab"))
        .args(["diff", DEMO])
        .env("MMLAB_WORKER", "/nonexistent/mmlab-worker")
        .output()
        .expect("mmlab runs");
    assert_eq!(o.status.code(), Some(3));
    assert!(
        text(&o.stderr).contains("the host oracle is unavailable"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn the_demo_runs_on_the_model() {
    let o = mmlab(&["run", "--json", "--check"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON on stdout");
    if let Some(e) = v["files"][0]["start_error"]
        .as_str()
        .filter(|e| e.contains("unsupported"))
    {
        eprintln!("the_demo_runs_on_the_model: skipped: the model cannot run it yet ({e})");
        return;
    }
    assert_eq!(v["ok"], true, "{v:#}");
    assert_eq!(o.status.code(), Some(0));
    let o = mmlab(&["run"]);
    assert!(
        text(&o.stdout).contains("run: demo.mms: 25 steps, 0 failed: ok"),
        "{}",
        text(&o.stdout)
    );
}

fn host_or_skip(test: &str) -> bool {
    match oracle_available() {
        Ok(()) => true,
        Err(why) => {
            eprintln!("{test}: skipped: the host oracle is unavailable: {why}");
            false
        }
    }
}

/// The binary's own verdict (it looks for the worker next to itself).
fn oracle_available() -> Result<(), String> {
    let o = mmlab(&["run", "--on", "host", DEMO]);
    match o.status.code() {
        Some(3) => Err(text(&o.stderr).trim().to_string()),
        _ => Ok(()),
    }
}

#[test]
fn the_demo_holds_on_the_host() {
    if !host_or_skip("the_demo_holds_on_the_host") {
        return;
    }
    let o = mmlab(&["run", "--on", "host", "--json", DEMO]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON on stdout");
    assert_eq!(v["ok"], true, "{v:#}");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn diff_of_the_demo_ends_with_the_summary_line() {
    if !host_or_skip("diff_of_the_demo_ends_with_the_summary_line") {
        return;
    }
    let o = mmlab(&["diff", DEMO]);
    let out = text(&o.stdout);
    let last = out.lines().last().unwrap_or("");
    assert!(
        last.starts_with("diff: 1 files, ") && last.ends_with(" divergences"),
        "{out}"
    );
    let clean = last.ends_with(" 0 divergences") && !out.contains("scenario error");
    assert_eq!(o.status.code(), Some(if clean { 0 } else { 1 }), "{out}");
    let o = mmlab(&["diff", "--json", DEMO]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON on stdout");
    assert_eq!(v["summary"].as_str(), Some(last));
}

#[test]
fn bench_json_has_its_documented_shape() {
    if let Err(why) = oracle::Host::available() {
        eprintln!(
            "SKIPPED bench_json_has_its_documented_shape: the host oracle cannot run here: {why}"
        );
        return;
    }
    let o = mmlab(&["bench", "--size", "1M", "--pairs", "1", "--json"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("bench prints JSON");
    assert_eq!(v["size_bytes"], 1 << 20);
    assert_eq!(v["pairs"], 1);
    assert!(v["limits"]["memset_4k_ns"].as_f64().unwrap() > 0.0);
    assert!(v["limits"]["memcpy_4k_ns"].as_f64().unwrap() > 0.0);
    let rows = v["benchmarks"].as_array().expect("benchmarks");
    let names: Vec<&str> = rows.iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "write_fault",
            "read_fault",
            "fork",
            "cow_fault",
            "munmap",
            "madv_dontneed",
            "mmap_munmap_4k",
            "mprotect_split_merge"
        ]
    );
    for r in rows {
        for k in ["host_ns", "model_ns", "ratio"] {
            assert!(r[k].as_f64().unwrap() > 0.0, "{k} of {}", r["name"]);
        }
        assert!(["ns/page", "ns/op"].contains(&r["unit"].as_str().unwrap()));
        assert_eq!(r["pairs"].as_array().unwrap().len(), 1);
    }
}

#[test]
fn frag_compares_both_policies() {
    let o = mmlab(&["frag", "--ram", "256M", "--runs", "2", "--json"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("frag prints JSON");
    assert_eq!(v["ram_bytes"], 256 << 20);
    assert_eq!(v["seeds"], serde_json::json!([1, 2]));
    let policies = v["policies"].as_array().expect("policies");
    let names: Vec<&str> = policies
        .iter()
        .map(|p| p["policy"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["largest-buddy", "claim-or-smallest"]);
    for p in policies {
        // Three kinds of event for each of the six (requested, fallback) pairs.
        assert_eq!(p["events"].as_array().unwrap().len(), 18);
        // Both policies run the same THP test: 40% of 256 MiB in 2 MiB faults, per run.
        assert_eq!(p["thp_attempts"], 2 * 51);
        assert!(p["reclaimed_pages"].as_u64().unwrap() > 0);
    }
    let o = mmlab(&["frag", "--ram", "128M", "--runs", "1"]);
    let out = text(&o.stdout);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(out.contains("@pollute[unmovable from movable]"), "{out}");
    assert!(out.contains("THP faults that got a huge page"), "{out}");
}

#[test]
fn frag_refuses_a_machine_too_small() {
    let o = mmlab(&["frag", "--ram", "16M"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("--ram must be between"),
        "{}",
        text(&o.stderr)
    );
}
