//! Shrinking a failing sequence to a small scenario that still fails the same way (the same
//! `Failure::signature`), then writing it out as a scenario file.
//!
//! Two stages. First proptest's own shrinking of the state-machine sequence: it drops the
//! lines after the failing one, deletes lines one at a time from the back, then shrinks each
//! line's values (shorter lengths, smaller offsets, simpler flags, earlier alternatives),
//! always re-checking the generator's preconditions so that no line uses a variable or a
//! process whose line was deleted. proptest deletes each line only once, and a line often
//! becomes deletable only after later ones were simplified, so a second stage removes lines
//! greedily until no single removal keeps the failure (`generator::repair` drops the lines that
//! depended on a removed one). Both stages stop at the run and time budget.
//!
//! The written file gets the host's answers as expectations (`= -1 EINVAL`,
//! `= SIGSEGV SEGV_MAPERR`) where a line has no variable to bind, so it reads like the
//! scenarios in scenarios/; if that changed what fails, the plain version is written instead.

use super::generator::{Line, What, repair};
use super::{
    Class, Failure, FuzzOptions, Kernels, PRELUDE_LINES, SequenceTree, Trial, run_text,
    scenario_text,
};
use crate::record::{Outcome, StepRecord};
use crate::render::{Verbosity, diff as render_diff};
use proptest::strategy::ValueTree;
use serde::Serialize;
use std::time::Instant;

/// A shrunk failure, ready to be written out.
#[derive(Clone, Debug, Serialize)]
pub struct Case {
    /// The name to write it under: `seed42-seq17-divergence.mms`.
    pub file_name: String,
    /// The whole file: a header comment, the prelude, the lines.
    pub text: String,
    pub generated_steps: usize,
    /// Generated lines left after shrinking.
    pub steps: usize,
    pub shrink_runs: usize,
    pub shrink_seconds: f64,
    /// How the written file fails.
    pub failure: Option<Failure>,
    /// Whether the written file fails with the original signature.
    pub reproduced: bool,
    /// The differ's report on the written file, as `mmlab diff` prints it.
    pub diff: String,
}

fn same(t: &Trial, failure: &Failure) -> bool {
    t.failure
        .as_ref()
        .is_some_and(|f| f.signature == failure.signature)
}

/// Shrinks `generated` (the value `tree` holds, whose seen-lines counter the caller has set)
/// and builds the file.
pub(super) fn shrink<K: Kernels>(
    kernels: &mut K,
    opts: &FuzzOptions,
    sequence: usize,
    tree: &mut SequenceTree,
    generated: &[Line],
    failure: &Failure,
) -> Result<Case, String> {
    let start = Instant::now();
    let name = format!("seed{}-seq{sequence}.mms", opts.seed);
    let mut runs = 0usize;
    let budget = |runs: usize| runs < opts.shrink_runs && start.elapsed() < opts.shrink_time;
    let mut fails = |lines: &[Line], runs: &mut usize| -> Result<bool, String> {
        *runs += 1;
        let t = run_text(kernels, &name, &scenario_text(lines), opts.referenced)?;
        Ok(same(&t, failure))
    };
    let mut best = generated.to_vec();
    // proptest's loop: simplify while it still fails, complicate (undo) when it passes. It
    // gets two thirds of the runs, so that the greedy pass always has some left.
    let proptest_runs = opts.shrink_runs * 2 / 3;
    if tree.simplify() {
        while budget(runs) && runs < proptest_runs {
            let (_, lines, _) = tree.current();
            if fails(&lines, &mut runs)? {
                best = lines;
                if !tree.simplify() {
                    break;
                }
            } else if !tree.complicate() {
                break;
            }
        }
    }
    loop {
        let mut changed = false;
        let mut i = best.len();
        while i > 0 && budget(runs) {
            i -= 1;
            let mut cand = best.clone();
            cand.remove(i);
            let cand = repair(&cand);
            if fails(&cand, &mut runs)? {
                best = cand;
                changed = true;
                i = i.min(best.len());
            }
        }
        if !changed || !budget(runs) {
            break;
        }
    }
    let shrink_seconds = start.elapsed().as_secs_f64();
    let steps = best.len();
    let file_name = format!(
        "seed{}-seq{sequence}-{}.mms",
        opts.seed,
        failure.class.word()
    );
    // A plain run gives the host's answers, to write in as expectations.
    let plain = run_text(kernels, &file_name, &scenario_text(&best), opts.referenced)?;
    let records = plain
        .report
        .files
        .first()
        .map_or(&[][..], |f| f.records.as_slice());
    let shown = plain.failure.as_ref().unwrap_or(failure);
    let head = header(opts.seed, sequence, generated.len(), steps, runs, shown);
    let mut text = head.clone() + &annotate(&best, records);
    let mut t = run_text(kernels, &file_name, &text, opts.referenced)?;
    if !same(&t, failure) {
        text = head + &scenario_text(&best);
        t = run_text(kernels, &file_name, &text, opts.referenced)?;
    }
    Ok(Case {
        file_name,
        generated_steps: generated.len(),
        steps,
        shrink_runs: runs,
        shrink_seconds,
        reproduced: same(&t, failure),
        diff: render_diff(&t.report, Verbosity::Summary),
        failure: t.failure,
        text,
    })
}

/// The file's opening comment: where it came from, what fails, how to run it.
fn header(
    seed: u64,
    sequence: usize,
    generated: usize,
    steps: usize,
    runs: usize,
    f: &Failure,
) -> String {
    let mut h = format!(
        "# mmlab fuzz-diff, seed {seed}, sequence {sequence}: {generated} generated steps, \
         shrunk to {steps} in {runs} runs.\n"
    );
    let what = match f.class {
        Class::Divergence => "the model diverges from the host",
        Class::Invariant => "the model's invariants fail",
        Class::Panic => "the model panics",
        Class::Unsupported => "the model answers unsupported",
        Class::HostError => "the host cannot run it",
        Class::Flaky => "it fails only sometimes",
    };
    h += &format!("# {what}: {}\n", one_line(&f.message));
    if let (Some(host), Some(model)) = (&f.host, &f.model) {
        h += &format!(
            "#   host:  {}\n#   model: {}\n",
            one_line(host),
            one_line(model)
        );
    }
    h += "# Reproduce: mmlab diff --check FILE\n";
    h
}

fn one_line(s: &str) -> String {
    s.replace('\n', " ")
}

/// The scenario text of `lines` with the host's answers (from `records`, the host's step
/// records of a run of the same lines) as expectations, where a line binds nothing later
/// lines use: `= 0`, `= -1 EINVAL`, `= SIGSEGV SEGV_MAPERR`. A binding nothing uses is dropped.
pub fn annotate(lines: &[Line], records: &[StepRecord]) -> String {
    let mut t = scenario_text(&[]);
    for (i, l) in lines.iter().enumerate() {
        let used = l.bind.as_ref().is_some_and(|b| {
            lines[i + 1..]
                .iter()
                .any(|later| later.uses.contains(&b.name))
        });
        if used {
            t += &l.render(None);
            t.push('\n');
            continue;
        }
        let result = records
            .get(PRELUDE_LINES + i)
            .and_then(|r| expectation(l, &r.outcome));
        let plain = Line {
            bind: None,
            ..l.clone()
        };
        t += &plain.render(result.as_deref());
        t.push('\n');
    }
    t
}

/// A host outcome as an expectation the parser reads back.
fn expectation(l: &Line, o: &Outcome) -> Option<String> {
    match (&l.what, o) {
        (What::Syscall, Outcome::Value { value }) if *value < 4096 => Some(value.to_string()),
        (What::Syscall, Outcome::Errno { errno }) => Some(format!("-1 {}", errno.name())),
        (What::Access, Outcome::Signal { info }) => {
            let code = info.code_name();
            code.starts_with(|c: char| c.is_ascii_alphabetic())
                .then(|| format!("{} {code}", info.signo.name()))
        }
        _ => None,
    }
}
