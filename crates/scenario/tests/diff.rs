//! Differ tests with fake kernels: identical kernels match; a kernel with a COW bug, one that
//! supports nothing, and a scenario that is wrong on the host are each reported as such.

mod support;

use scenario::diff::{DiffReport, FileStatus};
use scenario::render::{Verbosity, diff as render_diff};
use scenario::{diff, parse};
use support::{Bug, Failing, Fake};

const FORK_COW: &str = "\
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 4K write
p: touch $a+4K 4K read
p: fork() = q
q: store $a 16 0x55
q: pagemap $a 2 == present+excl+anon+ax+@B present+zero
p: load $a 16 == 0x00
p: munmap($a, 4K) = 0
q: exit()
p: mprotect($a+4K, 4K, PROT_READ) = 0
";

fn diff_text(
    text: &str,
    model: &mut impl uapi::Kernel,
    host: &mut impl uapi::Kernel,
) -> DiffReport {
    let sc = parse("t.mms", text).unwrap();
    diff("t.mms", &sc, model, host)
}

#[test]
fn identical_kernels_match() {
    let r = diff_text(FORK_COW, &mut Fake::new("model"), &mut Fake::new("host"));
    let f = &r.files[0];
    assert_eq!(
        f.status,
        FileStatus::Match,
        "{}",
        render_diff(&r, Verbosity::Steps)
    );
    assert!(f.scenario_errors.is_empty());
    assert_eq!(r.summary(), "diff: 1 files, 10 steps, 0 divergences");
    assert!(r.ok());
}

#[test]
fn a_cow_bug_is_found_at_the_step_that_shows_it() {
    let r = diff_text(
        FORK_COW,
        &mut Fake::with_bug("model", Bug::NoCow),
        &mut Fake::new("host"),
    );
    let f = &r.files[0];
    assert_eq!(f.status, FileStatus::Diverged);
    let d = f.divergence.as_ref().unwrap();
    assert_eq!(
        (d.line, d.what.as_str(), d.process.as_deref()),
        (5, "pagemap", Some("p"))
    );
    assert_eq!(d.op, "store 0x7effffffe000 16 0x55");
    assert_eq!(d.detail, "page 0x7effffffe000");
    assert_eq!(d.host, "present excl anon ax, frame F1");
    assert_eq!(d.model, "present anon, frame F1");
    assert_eq!(f.steps, 5, "the file stops at its first divergence");
    assert_eq!(r.summary(), "diff: 1 files, 5 steps, 1 divergences");
    let text = render_diff(&r, Verbosity::Summary);
    assert!(text.contains("t.mms: 5 steps, DIVERGED\n  at t.mms:5  q: store 0x7effffffe000 16 0x55\n  pagemap of p: page 0x7effffffe000\n    host:  present excl anon ax, frame F1\n    model: present anon, frame F1\n"), "{text}");
    assert!(text.ends_with("diff: 1 files, 5 steps, 1 divergences\n"));
}

#[test]
fn an_unsupported_model_diverges_on_its_first_answer() {
    let r = diff_text(FORK_COW, &mut Failing, &mut Fake::new("host"));
    let d = r.files[0].divergence.as_ref().unwrap();
    assert_eq!((d.line, d.what.as_str()), (1, "observe"));
    assert_eq!(d.op, "spawn");
    assert!(d.model.contains("unsupported"), "{d:?}");
    assert_eq!(r.divergences(), 1);
}

#[test]
fn a_wrong_scenario_is_reported_as_such() {
    let text = "p: mmap(NULL, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x1000\np: maps\n";
    let r = diff_text(text, &mut Fake::new("model"), &mut Fake::new("host"));
    let f = &r.files[0];
    assert_eq!(f.status, FileStatus::Match);
    assert_eq!(f.scenario_errors.len(), 1);
    assert_eq!(f.scenario_errors[0].line, 1);
    assert_eq!(
        f.scenario_errors[0].failures,
        ["expected 0x1000, got 0x7efffffff000"]
    );
    assert!(!r.ok(), "a wrong scenario is not a success");
    assert_eq!(r.divergences(), 0);
    let text = render_diff(&r, Verbosity::Summary);
    assert!(text.contains("scenario error at t.mms:1"), "{text}");
}

#[test]
fn diff_json_has_the_documented_shape() {
    let r = diff_text(
        FORK_COW,
        &mut Fake::with_bug("model", Bug::NoCow),
        &mut Fake::new("host"),
    );
    let v = serde_json::to_value(&r).unwrap();
    let f = &v["files"][0];
    assert_eq!(f["file"], "t.mms");
    assert_eq!(f["steps"], 5);
    assert_eq!(f["status"], "diverged");
    assert_eq!(f["host_error"], serde_json::Value::Null);
    assert_eq!(f["scenario_errors"], serde_json::json!([]));
    assert_eq!(
        f["divergence"],
        serde_json::json!({
            "line": 5, "actor": "q", "op": "store 0x7effffffe000 16 0x55", "what": "pagemap", "process": "p",
            "detail": "page 0x7effffffe000", "host": "present excl anon ax, frame F1", "model": "present anon, frame F1"
        })
    );
    assert!(f.get("records").is_none());
    assert_eq!(v["steps"], 5);
    assert_eq!(v["divergences"], 1);
    assert_eq!(v["ok"], false);
    assert_eq!(v["summary"], "diff: 1 files, 5 steps, 1 divergences");
}
