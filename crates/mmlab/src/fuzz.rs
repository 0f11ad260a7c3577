//! `mmlab fuzz-diff`: random differential testing. Generates random sequences of
//! address-space operations (`scenario::fuzz`), runs each on a fresh model, with its invariants
//! checked after every step, and on a fresh host worker in lockstep, and writes every new kind
//! of failure, shrunk, as a scenario file into the output directory. Progress goes to stderr;
//! the report (text or JSON) to stdout, ending in
//! `fuzz-diff: N sequences, S steps, F failures`.

use crate::{Fail, Format, json, print};
use scenario::ReferencedCheck;
use scenario::fuzz::{self, Class, Event, FuzzOptions, Kernels, Summary};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub struct Args {
    pub sequences: usize,
    pub steps: usize,
    pub seed: Option<u64>,
    pub out: PathBuf,
    pub shrink_runs: usize,
    pub max_shrinks: usize,
    pub dry_run: bool,
    pub file: Option<PathBuf>,
}

/// Fresh kernels for every run: a model that checks its invariants after every operation, and
/// a host whose first worker starts when the scenario's first process does.
struct Real;

impl Kernels for Real {
    type Model = mm::Machine;
    type Host = oracle::Host;

    fn model(&mut self) -> Result<mm::Machine, String> {
        mm::Machine::new(mm::Config {
            check_every_step: true,
            ..mm::Config::default()
        })
        .map_err(|e| format!("cannot create the model: {e}"))
    }

    fn host(&mut self) -> Result<oracle::Host, String> {
        oracle::Host::new().map_err(|e| e.to_string())
    }
}

/// A seed from the clock, for runs that do not name one (it is printed, so they can be
/// repeated).
fn clock_seed() -> u64 {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    t.as_secs() ^ u64::from(t.subsec_nanos()).rotate_left(32)
}

pub fn run(args: &Args, format: Format) -> Result<bool, Fail> {
    let seed = args.seed.unwrap_or_else(clock_seed);
    // The scenarios name the file by its absolute path: they are run from wherever the
    // failures are written.
    let file = match &args.file {
        None => None,
        Some(p) => match std::fs::canonicalize(p) {
            Ok(abs) if abs.is_file() => Some(abs.to_string_lossy().into_owned()),
            Ok(abs) => {
                eprintln!(
                    "mmlab fuzz-diff: --file {}: not a regular file",
                    abs.display()
                );
                return Err(Fail::Input);
            }
            Err(e) => {
                eprintln!("mmlab fuzz-diff: --file {}: {e}", p.display());
                return Err(Fail::Input);
            }
        },
    };
    fuzz::set_file(file);
    if args.dry_run {
        return dry_run(args, seed);
    }
    drop(crate::host()?);
    let referenced = match oracle::Host::referenced_is_exact() {
        Ok(()) => ReferencedCheck::Exact,
        Err(why) => {
            eprintln!(
                "note: {why}: smaps Referenced is not compared (the host's pages are aged behind the scenario's back)"
            );
            ReferencedCheck::NotCompared
        }
    };
    let opts = FuzzOptions {
        sequences: args.sequences,
        steps: args.steps,
        seed,
        shrink_runs: args.shrink_runs,
        shrink_time: Duration::from_secs(120),
        max_shrinks: args.max_shrinks,
        referenced,
    };
    eprintln!(
        "fuzz-diff: seed {seed}, {} sequences of {} steps; failures go to {}",
        args.sequences,
        args.steps,
        args.out.display()
    );
    let start = Instant::now();
    let mut done = 0usize;
    let mut steps = 0usize;
    let mut failures = 0usize;
    let mut write_errors = 0usize;
    let every = (args.sequences / 10).clamp(1, 50);
    let progress = |e: &Event<'_>| match e {
        Event::Ran {
            sequence,
            steps: n,
            failure,
            same_as,
        } => {
            done += 1;
            steps += n;
            if let Some(f) = failure {
                failures += 1;
                let again = same_as.map_or(String::new(), |s| {
                    format!(" (as sequence {s}; not shrunk again)")
                });
                eprintln!(
                    "sequence {sequence}: {}: {}{again}",
                    f.class.word(),
                    f.message
                );
            }
            if done.is_multiple_of(every) || done == args.sequences {
                eprintln!(
                    "fuzz-diff: {done}/{} sequences, {steps} steps, {failures} failures, {:.1} s",
                    args.sequences,
                    start.elapsed().as_secs_f64()
                );
            }
        }
        Event::Shrunk { sequence, case } => {
            let path = args.out.join(&case.file_name);
            let written = write(&args.out, &path, &case.text);
            if let Err(e) = &written {
                write_errors += 1;
                eprintln!("mmlab: cannot write {}: {e}", path.display());
            }
            eprintln!(
                "  sequence {sequence}: shrunk from {} to {} steps in {} runs ({:.1} s){}{}",
                case.generated_steps,
                case.steps,
                case.shrink_runs,
                case.shrink_seconds,
                if written.is_ok() {
                    format!(" -> {}", path.display())
                } else {
                    String::new()
                },
                if case.reproduced {
                    ""
                } else {
                    "; WARNING: the written file does not fail the same way"
                }
            );
        }
    };
    let summary = match fuzz::fuzz(&opts, &mut Real, progress) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("mmlab fuzz-diff: {e}");
            return Err(Fail::Unavailable);
        }
    };
    match format {
        Format::Json => print(&json(&FuzzJson::new(&summary, &args.out))),
        Format::Text => print(&render(&summary, &args.out)),
    }
    Ok(summary.ok && write_errors == 0)
}

fn write(dir: &Path, path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(path, text)
}

/// `--dry-run`: the generated scenarios, without running anything.
fn dry_run(args: &Args, seed: u64) -> Result<bool, Fail> {
    for i in 0..args.sequences {
        match fuzz::generate_lines(seed, i, args.steps) {
            Ok(lines) => print(&format!(
                "# seed {seed}, sequence {i}\n{}\n",
                fuzz::scenario_text(&lines)
            )),
            Err(e) => {
                eprintln!("mmlab fuzz-diff: {e}");
                return Ok(false);
            }
        }
    }
    Ok(true)
}

/// Failures with one signature: the sequences that found it and the file it was shrunk to.
#[derive(Serialize)]
struct Group {
    class: Class,
    signature: String,
    message: String,
    sequences: Vec<usize>,
    file: Option<String>,
    reproduced: Option<bool>,
    diff: Option<String>,
}

fn groups(s: &Summary, out: &Path) -> Vec<Group> {
    let mut by_sig: BTreeMap<(Class, String), Group> = BTreeMap::new();
    for f in &s.found {
        let g = by_sig
            .entry((f.failure.class, f.failure.signature.clone()))
            .or_insert_with(|| Group {
                class: f.failure.class,
                signature: f.failure.signature.clone(),
                message: f.failure.message.clone(),
                sequences: Vec::new(),
                file: None,
                reproduced: None,
                diff: None,
            });
        g.sequences.push(f.sequence);
        if let Some(c) = &f.case {
            g.file = Some(out.join(&c.file_name).display().to_string());
            g.reproduced = Some(c.reproduced);
            g.diff = Some(c.diff.clone());
        }
    }
    by_sig.into_values().collect()
}

#[derive(Serialize)]
struct FuzzJson<'a> {
    seed: u64,
    sequences: usize,
    steps_per_sequence: usize,
    steps: usize,
    failures: usize,
    out: String,
    /// One entry per kind of failure (per signature), in class order.
    groups: Vec<Group>,
    found: &'a [fuzz::Found],
    seconds: f64,
    ok: bool,
    summary: &'a str,
}

impl<'a> FuzzJson<'a> {
    fn new(s: &'a Summary, out: &Path) -> FuzzJson<'a> {
        FuzzJson {
            seed: s.seed,
            sequences: s.sequences,
            steps_per_sequence: s.steps_per_sequence,
            steps: s.steps,
            failures: s.failures,
            out: out.display().to_string(),
            groups: groups(s, out),
            found: &s.found,
            seconds: s.seconds,
            ok: s.ok,
            summary: &s.summary,
        }
    }
}

fn render(s: &Summary, out: &Path) -> String {
    let mut t = String::new();
    let groups = groups(s, out);
    let titles = [
        (Class::Divergence, "divergences"),
        (Class::Invariant, "invariant failures"),
        (Class::Panic, "model panics"),
        (Class::Unsupported, "unsupported in the model, by message"),
        (Class::HostError, "host errors"),
        (Class::Flaky, "failures that did not repeat (not shrunk)"),
    ];
    for (class, title) in titles {
        let of: Vec<&Group> = groups.iter().filter(|g| g.class == class).collect();
        if of.is_empty() {
            continue;
        }
        t += &format!("{title}:\n");
        for g in of {
            let seqs: Vec<String> = g.sequences.iter().map(|s| s.to_string()).collect();
            t += &format!(
                "  {} ({} sequence{}: {})\n",
                g.message,
                g.sequences.len(),
                if g.sequences.len() == 1 { "" } else { "s" },
                seqs.join(", ")
            );
            if g.file.is_none() && g.class != Class::Flaky {
                t += &format!(
                    "    not shrunk: --max-shrinks ({}) failures were shrunk before it\n",
                    s.max_shrinks
                );
            }
            if let Some(f) = &g.file {
                let note = if g.reproduced == Some(false) {
                    " (does not reproduce the same way)"
                } else {
                    ""
                };
                t += &format!("    minimal scenario: {f}{note}\n");
            }
            if let Some(d) = &g.diff {
                for line in d.lines() {
                    t += &format!("    | {line}\n");
                }
            }
        }
    }
    t += &format!("seed {}, {:.1} s\n", s.seed, s.seconds);
    t += &s.summary;
    t.push('\n');
    t
}
