//! Random differential testing (`mmlab fuzz-diff`): proptest generates random, well-formed
//! sequences of address-space operations as scenario lines (`gen`), each sequence runs on a
//! fresh model and a fresh host in lockstep through the differ with the model's invariants
//! checked after every step, and a failing sequence is shrunk to a small one that still fails
//! the same way (`shrink`) and handed back as a scenario file. Sequences are scenario text
//! from the start, so what fails is already a file `mmlab diff` can run.
//!
//! Everything is deterministic for a seed: sequence `i` of seed `s` is generated from its own
//! RNG, seeded from `(s, i)`, so it can be regenerated alone; the kernels are deterministic too.

pub mod generator;
mod guard;
mod shrink;

pub use generator::{Gen, GenState, Line, What, set_file};
pub use guard::{Guarded, catch};
pub use shrink::{Case, annotate};

use crate::diff::{DiffOptions, DiffReport, FileDiff, FileStatus, ReferencedCheck, diff_with};
use crate::exec::{Invariants, Options};
use crate::{Color, parse};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use proptest_state_machine::ReferenceStateMachine;
use serde::Serialize;
use std::time::{Duration, Instant};
use uapi::Kernel;

/// Lines before the first generated one (`generator::prelude`).
pub const PRELUDE_LINES: usize = 2;

/// Makes the fresh kernels each run needs.
pub trait Kernels {
    type Model: Kernel;
    type Host: Kernel;
    /// A fresh model; failing here ends the whole fuzz run.
    fn model(&mut self) -> Result<Self::Model, String>;
    /// A fresh host; failing here is a host error of the sequence being run.
    fn host(&mut self) -> Result<Self::Host, String>;
}

#[derive(Clone, Debug)]
pub struct FuzzOptions {
    pub sequences: usize,
    /// Generated lines per sequence (the window's two prelude lines come on top).
    pub steps: usize,
    pub seed: u64,
    /// Most runs one failure's shrinking may take.
    pub shrink_runs: usize,
    /// Most time one failure's shrinking may take.
    pub shrink_time: Duration,
    /// Most failures shrunk in one run; later new kinds of failure are reported unshrunk, so
    /// that a badly broken model cannot make a run take hours.
    pub max_shrinks: usize,
    pub referenced: ReferencedCheck,
}

/// What kind of failure a sequence found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// The model and the host disagreed.
    Divergence,
    /// The model's invariant checks failed.
    Invariant,
    /// The model panicked.
    Panic,
    /// The model answered `Unsupported`: it lacks something the generator exercises.
    Unsupported,
    /// The host could not run the sequence: usually something the oracle cannot do.
    HostError,
    /// The sequence failed once but not when run again: something is not deterministic (on
    /// a shared machine, often the worker binary being rebuilt under a running host).
    Flaky,
}

impl Class {
    pub fn word(self) -> &'static str {
        match self {
            Class::Divergence => "divergence",
            Class::Invariant => "invariant",
            Class::Panic => "panic",
            Class::Unsupported => "unsupported",
            Class::HostError => "host-error",
            Class::Flaky => "flaky",
        }
    }
}

/// One failure, as classified from a diff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Failure {
    pub class: Class,
    /// What shrinking must keep, and what tells two failures apart: the class, plus for a
    /// divergence what differed after which operation and both sides' values (with numbers
    /// blanked out, since shrinking moves addresses).
    pub signature: String,
    /// One line for people.
    pub message: String,
    /// The divergence as the differ reported it, when there is one.
    pub host: Option<String>,
    pub model: Option<String>,
}

/// One run of one sequence.
pub struct Trial {
    /// Steps run in lockstep.
    pub steps: usize,
    /// Generated lines run up to and including the failing one (all of them for a failure
    /// found at the end).
    pub seen: usize,
    pub failure: Option<Failure>,
    pub report: DiffReport,
}

/// A failing sequence.
#[derive(Clone, Debug, Serialize)]
pub struct Found {
    pub sequence: usize,
    pub failure: Failure,
    /// The earlier sequence that failed with the same signature; this one was not shrunk again.
    pub same_as: Option<usize>,
    /// The shrunk scenario (absent for repeats, flaky failures, and once `max_shrinks` cases
    /// were shrunk).
    pub case: Option<Case>,
}

/// A whole fuzz run.
#[derive(Clone, Debug, Serialize)]
pub struct Summary {
    pub seed: u64,
    pub sequences: usize,
    pub steps_per_sequence: usize,
    pub max_shrinks: usize,
    /// Steps run in lockstep, over the sequences as generated (shrinking runs not counted).
    pub steps: usize,
    pub failures: usize,
    pub found: Vec<Found>,
    pub seconds: f64,
    pub ok: bool,
    pub summary: String,
}

/// What the run reports while it goes.
pub enum Event<'a> {
    /// A sequence ran as generated.
    Ran {
        sequence: usize,
        steps: usize,
        failure: Option<&'a Failure>,
        same_as: Option<usize>,
    },
    /// A shrunk failure is ready.
    Shrunk { sequence: usize, case: &'a Case },
}

/// Blanks out numbers (`0x7f…`, `42`) so that messages about different addresses compare equal.
pub fn normalize(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            if b[i] == b'0' && b.get(i + 1).is_some_and(|c| *c == b'x' || *c == b'X') {
                i += 2;
                while i < b.len() && b[i].is_ascii_hexdigit() {
                    i += 1;
                }
            } else {
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
            }
            out.push('N');
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// The operation's name: `mremap` of `mremap(…)`, `touch` of `touch 0x… 4096 read`.
fn op_name(op: &str) -> &str {
    op.split(['(', ' ']).next().unwrap_or(op)
}

/// The violated invariant, from the model's side of a divergence: the model reports it as
/// the answer of the operation that broke it (`broken: invariant violated: …`), as a failed
/// step (`…; invariants: …`, among the step's other failures), or at the end.
fn invariant_message<'a>(what: &str, model: &'a str) -> Option<&'a str> {
    if what == "invariants" {
        return Some(model);
    }
    ["invariant violated: ", "invariants: "]
        .iter()
        .find_map(|tag| {
            let rest = &model[model.find(tag)? + tag.len()..];
            Some(rest.split("; ").next().unwrap_or(rest))
        })
}

/// Classifies a file's diff; `panic` is the model's panic, if it had one.
pub fn classify(fd: &FileDiff, panic: Option<&str>) -> Option<Failure> {
    let failure = |class, signature: String, message: String| Failure {
        class,
        signature,
        message,
        host: None,
        model: None,
    };
    if let Some(p) = panic {
        return Some(failure(
            Class::Panic,
            format!("panic: {}", normalize(p)),
            format!("the model panicked: {p}"),
        ));
    }
    match fd.status {
        FileStatus::Match => None,
        FileStatus::HostError => {
            let m = fd.host_error.clone().unwrap_or_default();
            Some(failure(
                Class::HostError,
                format!("host: {}", normalize(&m)),
                m,
            ))
        }
        FileStatus::Diverged => {
            let d = fd.divergence.as_ref()?;
            let op = op_name(&d.op);
            let f = if let Some(m) = d.host.strip_prefix("unsupported: ") {
                failure(
                    Class::HostError,
                    format!("host unsupported: {}", normalize(m)),
                    format!("the host cannot do `{}`: {m}", d.op),
                )
            } else if let Some(at) = d.model.find("unsupported: ") {
                let m = &d.model[at + "unsupported: ".len()..];
                failure(
                    Class::Unsupported,
                    format!("unsupported: {}", normalize(m)),
                    m.to_string(),
                )
            } else if let Some(m) = invariant_message(&d.what, &d.model) {
                failure(
                    Class::Invariant,
                    format!("invariant: {}", normalize(m)),
                    format!("after `{}`: {m}", d.op),
                )
            } else {
                // What differed, after which operation, and how both sides looked (numbers
                // blanked): fine enough that two bugs rarely share one, coarse enough that
                // shrinking can move addresses.
                let sig = format!(
                    "{} after {op}: host {} / model {}",
                    d.what,
                    normalize(&d.host),
                    normalize(&d.model)
                );
                let process = d
                    .process
                    .as_deref()
                    .map_or(String::new(), |p| format!(" of {p}"));
                failure(
                    Class::Divergence,
                    sig,
                    format!(
                        "{}{process} after `{}: {}`: {}",
                        d.what, d.actor, d.op, d.detail
                    ),
                )
            };
            Some(Failure {
                host: Some(d.host.clone()),
                model: Some(d.model.clone()),
                ..f
            })
        }
    }
}

/// Parses and diffs one scenario text on fresh kernels. `Err` only for what ends the whole
/// run: text that does not parse (a generator bug) or a model that cannot be created.
pub fn run_text<K: Kernels>(
    kernels: &mut K,
    name: &str,
    text: &str,
    referenced: ReferencedCheck,
) -> Result<Trial, String> {
    let sc = parse(name, text).map_err(|e| {
        format!(
            "the generator wrote a scenario that does not parse:\n{}\n{text}",
            e.render(Color::Plain)
        )
    })?;
    let mut model = Guarded::new(kernels.model()?);
    let mut host = match kernels.host() {
        Ok(h) => h,
        Err(e) => {
            let m = format!("could not start the host: {e}");
            return Ok(Trial {
                steps: 0,
                seen: 0,
                failure: Some(Failure {
                    class: Class::HostError,
                    signature: format!("host: {}", normalize(&m)),
                    message: m,
                    host: None,
                    model: None,
                }),
                report: DiffReport::default(),
            });
        }
    };
    let opts = DiffOptions {
        model: Options {
            invariants: Invariants::EveryStep,
        },
        referenced,
    };
    let report = catch(|| diff_with(name, &sc, &mut model, &mut host, opts));
    let report = match report {
        Ok(r) => r,
        Err(msg) => {
            // The model is guarded, so this panic is the differ's or the host's.
            let m = format!("panic outside the model: {msg}");
            let f = Failure {
                class: Class::HostError,
                signature: format!("host: {}", normalize(&m)),
                message: m,
                host: None,
                model: None,
            };
            return Ok(Trial {
                steps: 0,
                seen: 0,
                failure: Some(f),
                report: DiffReport::default(),
            });
        }
    };
    let Some(fd) = report.files.first() else {
        return Err("the differ returned no file".into());
    };
    let failure = classify(fd, model.panic());
    Ok(Trial {
        steps: fd.steps,
        seen: fd.steps.saturating_sub(PRELUDE_LINES),
        failure,
        report,
    })
}

/// The scenario text of a sequence: the prelude, then one line per generated line.
pub fn scenario_text(lines: &[Line]) -> String {
    let mut t = String::new();
    for p in generator::prelude() {
        t += &p;
        t.push('\n');
    }
    for l in lines {
        t += &l.render(None);
        t.push('\n');
    }
    t
}

/// The generation RNG of sequence `index` of `seed`.
fn runner_for(seed: u64, index: usize) -> TestRunner {
    // SplitMix64 spreads (seed, index) over ChaCha's 32-byte seed.
    let mut r =
        uapi::rng::SplitMix64::new(seed ^ (index as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let mut bytes = [0u8; 32];
    for chunk in bytes.chunks_mut(8) {
        chunk.copy_from_slice(&r.next_u64().to_le_bytes());
    }
    let config = Config {
        failure_persistence: None,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &bytes))
}

/// The proptest value tree of one sequence: generation, and later shrinking.
pub type SequenceTree = <proptest_state_machine::strategy::Sequential<
    GenState,
    Line,
    proptest::strategy::BoxedStrategy<GenState>,
    proptest::strategy::BoxedStrategy<Line>,
> as Strategy>::Tree;

/// Generates sequence `index` of `seed`: `steps` lines.
pub fn generate(seed: u64, index: usize, steps: usize) -> Result<SequenceTree, String> {
    if steps == 0 {
        return Err("a sequence needs at least one step".into());
    }
    let mut runner = runner_for(seed, index);
    Gen::sequential_strategy(steps..=steps)
        .new_tree(&mut runner)
        .map_err(|e| format!("generating sequence {index} of seed {seed}: {e}"))
}

/// The lines of sequence `index` of `seed`, as generated.
pub fn generate_lines(seed: u64, index: usize, steps: usize) -> Result<Vec<Line>, String> {
    Ok(generate(seed, index, steps)?.current().1)
}

/// Runs `opts.sequences` sequences, shrinking each new kind of failure.
pub fn fuzz<K: Kernels>(
    opts: &FuzzOptions,
    kernels: &mut K,
    mut progress: impl FnMut(&Event<'_>),
) -> Result<Summary, String> {
    let start = Instant::now();
    let mut found: Vec<Found> = Vec::new();
    let mut steps = 0;
    for sequence in 0..opts.sequences {
        let mut tree = generate(opts.seed, sequence, opts.steps)?;
        let (_, lines, seen) = tree.current();
        let name = format!("seed{}-seq{sequence}.mms", opts.seed);
        let trial = run_text(kernels, &name, &scenario_text(&lines), opts.referenced)?;
        steps += trial.steps;
        let Some(mut failure) = trial.failure else {
            progress(&Event::Ran {
                sequence,
                steps: trial.steps,
                failure: None,
                same_as: None,
            });
            continue;
        };
        // Shrinking relies on the failure repeating; check that it does once.
        let again = run_text(kernels, &name, &scenario_text(&lines), opts.referenced)?;
        if again.failure.as_ref().map(|f| &f.signature) != Some(&failure.signature) {
            let second = again
                .failure
                .as_ref()
                .map_or("no failure".to_string(), |f| f.message.clone());
            failure = Failure {
                class: Class::Flaky,
                signature: format!("flaky: {}", failure.signature),
                message: format!("{} (run again: {second})", failure.message),
                ..failure
            };
        }
        let same_as = found
            .iter()
            .find(|f| f.same_as.is_none() && f.failure.signature == failure.signature)
            .map(|f| f.sequence);
        progress(&Event::Ran {
            sequence,
            steps: trial.steps,
            failure: Some(&failure),
            same_as,
        });
        let shrunk = found.iter().filter(|f| f.case.is_some()).count();
        let case =
            if same_as.is_none() && failure.class != Class::Flaky && shrunk < opts.max_shrinks {
                // Lines after the failing one never ran: proptest drops them first.
                if let Some(seen) = seen {
                    seen.store(trial.seen, std::sync::atomic::Ordering::SeqCst);
                }
                let case = shrink::shrink(kernels, opts, sequence, &mut tree, &lines, &failure)?;
                progress(&Event::Shrunk {
                    sequence,
                    case: &case,
                });
                Some(case)
            } else {
                None
            };
        found.push(Found {
            sequence,
            failure,
            same_as,
            case,
        });
    }
    let failures = found.len();
    Ok(Summary {
        seed: opts.seed,
        sequences: opts.sequences,
        steps_per_sequence: opts.steps,
        max_shrinks: opts.max_shrinks,
        steps,
        failures,
        found,
        seconds: start.elapsed().as_secs_f64(),
        ok: failures == 0,
        summary: format!(
            "fuzz-diff: {} sequences, {steps} steps, {failures} failures",
            opts.sequences
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invariant_messages_are_found_wherever_the_model_reports_them() {
        let m = "broken: invariant violated: pfn 7 refcount 1 < mapcount 2";
        assert_eq!(
            invariant_message("result", m),
            Some("pfn 7 refcount 1 < mapcount 2")
        );
        let m = "unexpected -1 ENOMEM (x); invariants: anon_vma 3 leaked; other";
        assert_eq!(
            invariant_message("expectation", m),
            Some("anon_vma 3 leaked")
        );
        assert_eq!(invariant_message("invariants", "leak"), Some("leak"));
        assert_eq!(invariant_message("pagemap", "present anon"), None);
    }

    #[test]
    fn numbers_are_blanked() {
        assert_eq!(
            normalize("non-present PTE 0x8000000012345867 at 4096"),
            "non-present PTE N at N"
        );
        assert_eq!(normalize("-1 ENOMEM (x)"), "-N ENOMEM (x)");
        assert_eq!(normalize("0x"), "N");
        assert_eq!(normalize("é1"), "éN");
    }

    #[test]
    fn the_same_seed_generates_the_same_sequences() {
        for index in 0..20 {
            let a = generate(7, index, 40).unwrap().current().1;
            let b = generate(7, index, 40).unwrap().current().1;
            assert_eq!(a, b);
            assert_eq!(a.len(), 40);
        }
        let a = generate(7, 0, 40).unwrap().current().1;
        let b = generate(8, 0, 40).unwrap().current().1;
        assert_ne!(a, b, "another seed, other sequences");
    }

    #[test]
    fn with_a_file_sequences_open_it_before_mapping_it() {
        let path = std::fs::canonicalize("../../scenarios/data/pattern-3p.bin").unwrap();
        let path = path.to_string_lossy().into_owned();
        set_file(Some(path.clone()));
        let (mut opened, mut mapped) = (0, 0);
        for index in 0..100 {
            let lines = generate(5, index, 40).unwrap().current().1;
            let open = lines.iter().position(|l| l.what == What::Open);
            let maps: Vec<usize> = (0..lines.len())
                .filter(|&i| lines[i].op.starts_with("mmap(") && lines[i].op.contains(", 3, "))
                .collect();
            if let Some(first) = maps.first() {
                assert!(open.is_some_and(|o| o < *first), "mapped before the open");
            }
            opened += usize::from(open.is_some());
            mapped += maps.len();
            let text = scenario_text(&lines);
            if let Err(e) = parse("gen.mms", &text) {
                panic!("{}\n{text}", e.render(Color::Plain));
            }
            assert!(lines.iter().filter(|l| l.what == What::Open).count() <= 1);
            if let Some(o) = open {
                assert!(lines[o].render(None).contains(&path));
            }
        }
        set_file(None);
        assert!(
            opened > 50 && mapped > 50,
            "{opened} opens, {mapped} file mappings"
        );
        let lines = generate(5, 0, 40).unwrap().current().1;
        assert!(
            lines.iter().all(|l| l.what != What::Open),
            "anonymous only again"
        );
    }

    #[test]
    fn generated_sequences_parse() {
        for index in 0..200 {
            let lines = generate(1, index, 40).unwrap().current().1;
            let text = scenario_text(&lines);
            if let Err(e) = parse("gen.mms", &text) {
                panic!("{}\n{text}", e.render(Color::Plain));
            }
        }
    }
}
