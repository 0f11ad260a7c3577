//! Executor tests against the fake kernel of `support`: results, bindings, expectations that
//! hold and that fail, frame labels across fork, kernels that cannot do anything, invariant
//! checks after every step, and the JSON shape of a run.

mod support;

use scenario::record::{Observation, Outcome};
use scenario::{Invariants, Options, Status, parse, run};
use support::{Failing, Fake};

fn run_on_fake(text: &str) -> scenario::RunReport {
    let sc =
        parse("t.mms", text).unwrap_or_else(|e| panic!("{}", e.render(scenario::Color::Plain)));
    let mut k = Fake::new("model");
    let r = run(
        &mut k,
        &sc,
        Options {
            invariants: Invariants::EveryStep,
        },
    );
    assert_eq!(
        k.frames_in_use(),
        0,
        "every frame is freed after the final exits"
    );
    r
}

fn failures(r: &scenario::RunReport) -> Vec<(usize, String)> {
    r.steps
        .iter()
        .flat_map(|s| s.failures.iter().map(move |f| (s.line, f.clone())))
        .collect()
}

const COW: &str = "\
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 4K write
p: touch $a+4K 4K read
p: pagemap $a 2 == present+excl+anon+ax+@A present+zero
p: fork() = q
q: pagemap $a 2 == present+anon+@A present+zero
p: pagemap $a 1 == present+anon+@A
q: store $a 16 0x55
q: pagemap $a 1 == present+excl+anon+ax+@B
p: pagemap $a 1 == present+excl+anon+ax+@A
p: load $a 16 == 0x00
q: load $a 16 == 0x55
q: store $a \"hi\\n\"
q: load $a 3 == \"hi\\n\"
p: mprotect($a, 4K, PROT_READ) = 0
p: touch $a 1 write = SIGSEGV SEGV_ACCERR at $a
p: maps $a == $a-$a+4K r--p
p: maps $a+4K == $a+4K-$a+8K rw-p
p: maps ==
  $a-$a+4K r--p
  $a+4K-$a+8K rw-p
p: smaps $a == Rss=4K Anonymous=4K VmFlags~ac VmFlags!~gu
p: rollup == Rss=4K
p: munmap($a, 8K) = 0
p: maps $a == none
p: mremap($a, 4K, 0, 0) = -1 EINVAL
q: exit()
p: meminfo
";

#[test]
fn cow_scenario_holds_on_the_fake() {
    let r = run_on_fake(COW);
    assert_eq!(failures(&r), vec![], "{}", scenario::render::run(&r));
    assert!(r.ok);
    assert_eq!(r.steps.len(), 26);
    let mmap = &r.steps[0];
    assert_eq!(
        mmap.op,
        "mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)"
    );
    assert_eq!(mmap.bind.as_deref(), Some("a"));
    assert_eq!(
        mmap.outcome,
        Outcome::Value {
            value: 0x7eff_ffff_e000
        }
    );
    let text = scenario::render::run(&r);
    assert!(text.contains("   1  p: mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7effffffe000 ($a)"), "{text}");
    assert!(
        text.contains("0x7effffffe000  present excl anon ax"),
        "{text}"
    );
    assert!(text.contains("f1 @A"), "{text}");
    assert!(text.contains("zero page"), "{text}");
    assert!(
        text.contains("run: t.mms: 26 steps, 0 failed: ok"),
        "{text}"
    );
    let Some(Observation::Pagemap { pages }) = &r.steps[3].observation else {
        panic!("no pagemap")
    };
    assert_eq!(pages.len(), 2);
    assert_eq!(pages[1].frame.as_deref(), Some("zero page"));
    assert_eq!(r.finish.exits.len(), 1);
}

#[test]
fn failed_expectations_fail_their_steps_and_the_run_goes_on() {
    let r = run_on_fake(
        "p: mmap(NULL, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x1000
p: mmap(NULL, 4K, PROT_READ, MAP_SHARED|MAP_ANONYMOUS, -1, 0) = $b
p: munmap(0x1001, 4K)
p: mprotect(0x1000, 4K, PROT_READ) = -1 EINVAL
p: mmap(NULL, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 1 write
p: touch $a 1 read = SIGSEGV
p: load $a 2 == 0x01
p: pagemap $a 1 == present+excl
p: pagemap $a 1 == present+@Z
p: pagemap $a 1 == none
p: maps $a == $a-$a+8K r--p
p: smaps $a == Rss=0 Pss=1 VmFlags~gu Nope=0
p: munmap($b, 4K) = 0
",
    );
    let f = failures(&r);
    let at = |line: usize| {
        f.iter()
            .filter(|(l, _)| *l == line)
            .map(|(_, m)| m.as_str())
            .collect::<Vec<_>>()
    };
    assert!(!r.ok);
    assert_eq!(at(1), ["expected 0x1000, got 0x7efffffff000"]);
    assert_eq!(at(2), ["unexpected -1 EINVAL (Invalid argument)"]);
    assert_eq!(at(3), ["unexpected -1 EINVAL (Invalid argument)"]);
    assert_eq!(
        at(4),
        ["expected -1 EINVAL (Invalid argument), got -1 ENOMEM (Cannot allocate memory)"]
    );
    assert_eq!(
        at(6),
        [format!(
            "unexpected SIGSEGV SEGV_ACCERR at {:#x}",
            0x7eff_ffff_e000u64
        )]
    );
    assert_eq!(
        at(7),
        ["expected SIGSEGV, but it completed without a signal"]
    );
    assert_eq!(
        at(8),
        ["expected every byte to be 0x01; byte 0 is 0x00 (read 2 bytes of 0x00)"]
    );
    assert_eq!(
        at(9),
        ["page 0x7effffffe000: expected present+excl, found present+zero"]
    );
    assert_eq!(
        at(10),
        ["page 0x7effffffe000: expected present+@Z, found present+zero"]
    );
    assert_eq!(
        at(11),
        ["page 0x7effffffe000: expected none, found present+zero"]
    );
    assert_eq!(
        at(12),
        [
            "the VMA containing 0x7effffffe000 is `7effffffe000-7efffffff000 r--p`; expected `7effffffe000-7f0000000000 r--p`"
        ]
    );
    assert_eq!(
        at(13),
        [
            "Pss is shown in kB; 1 bytes is not a whole number of kB",
            "expected VmFlags `gu` set; VmFlags: rd wr mr mw me ac",
            "no field `Nope`",
        ]
    );
    // $b has no value: its mmap failed; the later use says so.
    assert_eq!(
        at(14),
        ["$b has no value: line 2 returned -1 EINVAL (Invalid argument)"]
    );
    assert_eq!(
        r.steps[13].outcome,
        Outcome::NotRun {
            reason: at(14)[0].to_string()
        }
    );
}

#[test]
fn unsupported_kernel_fails_every_step_with_its_message() {
    let sc = parse("t.mms", "p: mmap(NULL, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a\np: touch $a 1 read\np: fork() = q\nq: maps\n").unwrap();
    let r = run(&mut Failing, &sc, Options::default());
    assert!(!r.ok);
    let s = &r.steps;
    assert_eq!(s[0].failures, ["unsupported: no mmap"]);
    assert_eq!(
        s[1].failures,
        ["$a has no value: line 1 returned unsupported: no mmap"]
    );
    assert_eq!(s[2].failures, ["fork failed: unsupported: no fork"]);
    assert_eq!(s[3].status, Status::Skipped);
    assert_eq!(
        r.finish.exits[0].error.as_deref(),
        Some("unsupported: no exit")
    );
}

#[test]
fn invariants_after_every_step_fail_the_step() {
    let sc = parse(
        "t.mms",
        "p: mmap(NULL, 4K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)\np: maps\np: rollup\n",
    )
    .unwrap();
    let mut k = Fake::new("model");
    k.fail_invariants_after = Some(1);
    let r = run(
        &mut k,
        &sc,
        Options {
            invariants: Invariants::EveryStep,
        },
    );
    assert_eq!(r.steps[0].status, Status::Ok);
    assert_eq!(
        r.steps[1].failures,
        ["invariants: fake invariant broken at call 2"]
    );
    assert!(r.finish.invariants.is_some());
    let mut k = Fake::new("model");
    k.fail_invariants_after = Some(0);
    let r = run(&mut k, &sc, Options::default());
    assert!(
        r.steps.iter().all(|s| s.ok()),
        "checked only at the end by default"
    );
    assert_eq!(
        r.finish.invariants.as_deref(),
        Some("fake invariant broken at call 1")
    );
    assert!(!r.ok);
}

#[test]
fn frame_labels_must_be_consistent() {
    let r = run_on_fake(
        "p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 8K write
p: pagemap $a 2 == present+excl+anon+ax+@A present+excl+anon+ax+@A
p: pagemap $a 2 == present+excl+anon+ax+@B present+excl+anon+ax+@C
",
    );
    let f = failures(&r);
    assert_eq!(
        f[0].1,
        "page 0x7efffffff000: expected @A's frame, found frame f2"
    );
    assert_eq!(
        f[1].1,
        "page 0x7effffffe000: expected a new frame @B, found @A's frame"
    );
}

#[test]
fn run_json_has_the_documented_shape() {
    let r = run_on_fake(COW);
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["file"], "t.mms");
    assert_eq!(v["kernel"], "model");
    assert_eq!(v["ok"], true);
    assert_eq!(v["start_error"], serde_json::Value::Null);
    let s0 = &v["steps"][0];
    assert_eq!(s0["line"], 1);
    assert_eq!(s0["actor"], "p");
    assert_eq!(s0["status"], "ok");
    assert_eq!(s0["bind"], "a");
    assert_eq!(
        s0["outcome"],
        serde_json::json!({"kind": "value", "value": "0x7effffffe000"})
    );
    assert_eq!(s0["failures"], serde_json::json!([]));
    let pm = &v["steps"][3]["observation"];
    assert_eq!(pm["kind"], "pagemap");
    assert_eq!(
        pm["pages"][0]["flags"],
        serde_json::json!(["present", "excl", "anon", "ax"])
    );
    assert_eq!(pm["pages"][0]["frame"], "f1 @A");
    let sig = &v["steps"][15]["outcome"];
    assert_eq!(
        sig,
        &serde_json::json!({"kind": "signal", "signal": "SIGSEGV", "code": "SEGV_ACCERR", "addr": "0x7effffffe000"})
    );
    let load = &v["steps"][13]["outcome"];
    assert_eq!(
        load,
        &serde_json::json!({"kind": "loaded", "bytes": "68690a"})
    );
    assert_eq!(
        v["steps"][4]["outcome"],
        serde_json::json!({"kind": "forked", "child": "q"})
    );
    assert_eq!(
        v["steps"][23]["outcome"],
        serde_json::json!({"kind": "errno", "errno": "EINVAL"})
    );
    assert_eq!(
        v["finish"],
        serde_json::json!({"exits": [{"process": "p", "error": null}], "invariants": null})
    );
}
