//! `mmlab`, the command line: `run` executes scenarios on the model and checks their
//! expectations; `diff` runs them on the model and on the host kernel in lockstep and reports
//! where the two disagree; `fuzz-diff` does the same with random operation sequences and
//! shrinks what fails to a minimal scenario. All parsing happens before anything runs, so a
//! typo in the last file never leaves a half-done run behind.

use clap::{Parser, Subcommand};
use scenario::render::{self, Verbosity};
use scenario::{Color, DiffOptions, DiffReport, Invariants, Options, ReferencedCheck, Scenario};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

const EXIT_CODES: &str = "\
Exit codes:
  0  every expectation held (run) / the model matched the host everywhere (diff)
  1  a step failed (run) / a divergence, a scenario error or a host failure (diff) /
     any failure (fuzz-diff)
  2  bad input: unreadable file or a scenario that does not parse (nothing ran)
  3  the host oracle is unavailable (diff) or the model could not be created";

#[derive(Parser)]
#[command(name = "mmlab", version, about = "Linux memory management as an executable model, checked against the real kernel", after_help = EXIT_CODES)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run scenarios on the model and check their expectations (no FILE: a built-in demo).
    #[command(after_help = EXIT_CODES)]
    Run {
        /// Scenario files (.mms).
        files: Vec<PathBuf>,
        /// Print a JSON report instead of text.
        #[arg(long)]
        json: bool,
        /// Run the model's invariant checks after every step, not only at the end.
        #[arg(long)]
        check: bool,
        /// Which kernel runs the scenarios: the model, or the host (to check a scenario's
        /// expectations against Linux itself).
        #[arg(long, value_enum, default_value_t = Target::Model)]
        on: Target,
        /// Check every byte read from anonymous memory against what was written there (the
        /// data-integrity shadow).
        #[arg(long)]
        verify: bool,
    },
    /// Time the same work on the model and on the host kernel, side by side, as ratios.
    #[command(after_help = EXIT_CODES)]
    Bench {
        /// Memory size of the fault, fork and unmap benchmarks (K, M or G suffix).
        #[arg(long, default_value = "256M", value_parser = parse_size)]
        size: u64,
        /// Host/model pairs per benchmark (at least 5 for a meaningful median).
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..))]
        pairs: u32,
        /// Print a JSON report instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Random differential testing: generate random operation sequences, run each on the
    /// model (invariants checked after every step) and on the host in lockstep, and write
    /// every new kind of failure, shrunk to a minimal scenario, into --out.
    #[command(name = "fuzz-diff", after_help = EXIT_CODES)]
    FuzzDiff {
        /// How many sequences to run.
        #[arg(long, value_parser = clap::value_parser!(u64).range(1..))]
        sequences: u64,
        /// Generated steps per sequence (after the two lines that reserve the window).
        #[arg(long, default_value_t = 40, value_parser = clap::value_parser!(u64).range(1..=10_000))]
        steps: u64,
        /// Seed of the generator: the same seed generates the same sequences (default: from
        /// the clock, printed).
        #[arg(long)]
        seed: Option<u64>,
        /// Where minimal failing scenarios are written.
        #[arg(long, default_value = "fuzz-failures")]
        out: PathBuf,
        /// Most diff runs spent shrinking one failure.
        #[arg(long, default_value_t = 400)]
        shrink_runs: usize,
        /// Most failures shrunk in one run (later new kinds are reported unshrunk).
        #[arg(long, default_value_t = 10)]
        max_shrinks: usize,
        /// Print the generated scenarios instead of running them (no host needed).
        #[arg(long)]
        dry_run: bool,
        /// A regular file sequences may open read-only and map, privately and shared, at
        /// offsets of 0 to 4 pages (e.g. scenarios/data/pattern-3p.bin); without it, anonymous
        /// memory only.
        #[arg(long)]
        file: Option<PathBuf>,
        /// Print a JSON report instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Fragmentation under both page-allocator fallback policies: mmtests' thpchallenge (fio
    /// background) on the model's allocator, the extfrag events side by side.
    Frag {
        /// RAM of the simulated machine (K, M or G suffix).
        #[arg(long, default_value = "4G", value_parser = parse_size)]
        ram: u64,
        /// Runs, with seeds from --seed up; counts are summed (the seed patch summed 4).
        #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u64).range(1..=1000))]
        runs: u64,
        /// First seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The load that fragments memory before and during the THP test.
        #[arg(long, value_enum, default_value_t = FragBackground::Fio)]
        background: FragBackground,
        /// Print a JSON report instead of text.
        #[arg(long)]
        json: bool,
    },
    /// A long random run on the model: up to eight processes mapping, writing, reading,
    /// forking and exiting, with allocations failing at random, every byte read checked by the
    /// data-integrity shadow and the invariants checked as it goes.
    #[command(after_help = EXIT_CODES)]
    Soak {
        /// Random operations.
        #[arg(long, default_value_t = 1_000_000)]
        ops: u64,
        /// Most processes alive at once.
        #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u64).range(1..=64))]
        procs: u64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Failure injection (never, nth=N[,site=S], random=P%[,seed=N][,site=S]).
        #[arg(long, default_value = "random=1%,seed=1", value_parser = uapi::fail::FailSpec::parse)]
        fail: uapi::fail::FailSpec,
        /// Run the invariant checker every this many operations.
        #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..))]
        check_every: u64,
        /// Print a JSON report instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Record a program's memory syscalls on the host (ptrace, no address-space
    /// randomisation) as a scenario that replays on the model.
    Trace {
        /// Where the trace goes (default: standard output; the program's own output goes to
        /// standard error).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The program and its arguments.
        #[arg(required = true, last = true)]
        command: Vec<String>,
    },
    /// Replay traces on the model: every syscall's result, addresses included, and each
    /// process's final maps must match the recording; the first divergence is reported.
    #[command(after_help = EXIT_CODES)]
    Replay {
        /// Trace files (`mmlab trace` output).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Run the model's invariant checks after every step.
        #[arg(long)]
        check: bool,
    },
    /// Run scenarios on the model and on the host kernel, comparing after every step.
    #[command(after_help = EXIT_CODES)]
    Diff {
        /// Scenario files (.mms).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print a JSON report instead of text.
        #[arg(long)]
        json: bool,
        /// Run the model's invariant checks after every step.
        #[arg(long)]
        check: bool,
        /// Also print every step as run on the host.
        #[arg(short, long)]
        verbose: bool,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Target {
    Model,
    Host,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum FragBackground {
    /// thpchallenge-fio: random reads over many small files (reclaimable slab churn).
    Fio,
    /// thpchallenge-kernel-build: make -j of a source tree (unmovable process memory too).
    KernelBuild,
}

impl From<FragBackground> for mm::frag::Background {
    fn from(b: FragBackground) -> Self {
        match b {
            FragBackground::Fio => mm::frag::Background::Fio,
            FragBackground::KernelBuild => mm::frag::Background::KernelBuild,
        }
    }
}

/// Why the program stops early, with its exit code.
enum Fail {
    Input,
    Unavailable,
}

impl Fail {
    fn code(self) -> ExitCode {
        match self {
            Fail::Input => ExitCode::from(2),
            Fail::Unavailable => ExitCode::from(3),
        }
    }
}

mod bench;
mod frag;
mod fuzz;
mod soak;
mod trace;

const DEMO: &str = include_str!("demo.mms");
const DEMO_NAME: &str = "demo.mms";

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.cmd {
        Cmd::Run {
            files,
            json,
            check,
            on,
            verify,
        } => run(&files, format(json), invariants(check), on, verify),
        Cmd::Diff {
            files,
            json,
            check,
            verbose,
        } => {
            let verbosity = if verbose {
                Verbosity::Steps
            } else {
                Verbosity::Summary
            };
            diff(&files, format(json), invariants(check), verbosity)
        }
        Cmd::Bench { size, pairs, json } => bench(size, pairs as usize, format(json)),
        Cmd::Trace { output, command } => trace_cmd(output, &command),
        Cmd::Soak {
            ops,
            procs,
            seed,
            fail,
            check_every,
            json: as_json,
        } => {
            let args = soak::SoakArgs {
                ops,
                procs: procs as usize,
                seed,
                fail,
                check_every,
            };
            match soak::run(&args) {
                Ok(r) => {
                    match format(as_json) {
                        Format::Json => print(&json(&r)),
                        Format::Text => print(&format!(
                            "soak: {} operations (seed {}): {} syscalls ({} failed as Linux would), {} forks, {} OOM kills, {} allocations made to fail; {} bytes read back checked, {} invariant checks, nothing left after exit; {:.1} s\n",
                            r.ops,
                            r.seed,
                            r.syscalls,
                            r.errors,
                            r.forks,
                            r.oom_kills,
                            r.allocations_failed,
                            r.bytes_checked,
                            r.invariant_checks,
                            r.seconds
                        )),
                    }
                    Ok(true)
                }
                Err(e) => {
                    eprintln!("mmlab soak: {e}");
                    Ok(false)
                }
            }
        }
        Cmd::Replay { files, check } => replay(&files, invariants(check)),
        Cmd::Frag {
            ram,
            runs,
            seed,
            background,
            json: as_json,
        } => match frag::run(background.into(), ram, seed, runs) {
            Ok(report) => {
                match format(as_json) {
                    Format::Json => print(&json(&report)),
                    Format::Text => print(&frag::render(&report)),
                }
                Ok(true)
            }
            Err(e) => {
                eprintln!("mmlab frag: {e}");
                Err(Fail::Input)
            }
        },
        Cmd::FuzzDiff {
            sequences,
            steps,
            seed,
            out,
            shrink_runs,
            max_shrinks,
            dry_run,
            file,
            json,
        } => {
            let args = fuzz::Args {
                sequences: sequences as usize,
                steps: steps as usize,
                seed,
                out,
                shrink_runs,
                max_shrinks,
                dry_run,
                file,
            };
            fuzz::run(&args, format(json))
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(f) => f.code(),
    }
}

/// Reads and parses every file, printing every error; nothing runs unless all parse.
fn load(files: &[PathBuf]) -> Result<Vec<Scenario>, Fail> {
    let color = if std::io::stderr().is_terminal() {
        Color::Styled
    } else {
        Color::Plain
    };
    let mut out = Vec::new();
    let mut failed = false;
    for f in files {
        let name = f.display().to_string();
        let text = match std::fs::read(f) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!(
                        "mmlab: {name}: not UTF-8 text (invalid byte at offset {})",
                        e.utf8_error().valid_up_to()
                    );
                    failed = true;
                    continue;
                }
            },
            Err(e) => {
                eprintln!("mmlab: {name}: {e}");
                failed = true;
                continue;
            }
        };
        // strace output is accepted as it is (see scenario::strace).
        let text = if scenario::strace::looks_like_strace(&text) {
            scenario::strace::import(&text)
        } else {
            text
        };
        match scenario::parse(&name, &text) {
            Ok(s) => out.push(s),
            Err(e) => {
                eprintln!("{}", e.render(color));
                failed = true;
            }
        }
    }
    if failed { Err(Fail::Input) } else { Ok(out) }
}

fn model_for(sc: &Scenario, inv: Invariants) -> Result<mm::Machine, Fail> {
    let mut config = mm::Config {
        check_every_step: inv == Invariants::EveryStep,
        ..mm::Config::default()
    };
    if let Some(ram) = sc.machine.ram {
        config.ram_bytes = ram;
    }
    mm::Machine::new(config).map_err(|e| {
        eprintln!("mmlab: {}: cannot create the model: {e}", sc.file);
        Fail::Unavailable
    })
}

/// How reports are printed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

fn format(json: bool) -> Format {
    if json { Format::Json } else { Format::Text }
}

fn invariants(check: bool) -> Invariants {
    if check {
        Invariants::EveryStep
    } else {
        Invariants::AtEnd
    }
}

/// `mmlab run --json`: the files' reports, then whether all of them held.
#[derive(serde::Serialize)]
struct RunJson<'a> {
    files: &'a [scenario::RunReport],
    ok: bool,
}

/// Pretty JSON with the fields in their declared order.
fn json(v: &impl serde::Serialize) -> String {
    // Serializing plain data structs into a String cannot fail.
    serde_json::to_string_pretty(v).unwrap_or_default() + "\n"
}

fn print(text: &str) {
    // A closed pipe (`mmlab run | head`) is not an error worth a panic.
    let _ = std::io::stdout().write_all(text.as_bytes());
}

fn host() -> Result<oracle::Host, Fail> {
    if let Err(why) = oracle::Host::available() {
        eprintln!("mmlab: the host oracle is unavailable: {why}");
        return Err(Fail::Unavailable);
    }
    oracle::Host::new().map_err(|e| {
        eprintln!("mmlab: the host oracle is unavailable: {e}");
        Fail::Unavailable
    })
}

/// Parses `256M`, `1G`, `4096`, `64K`.
fn parse_size(s: &str) -> Result<u64, String> {
    let (num, shift) = match s.as_bytes().last() {
        Some(b'K') => (&s[..s.len() - 1], 10),
        Some(b'M') => (&s[..s.len() - 1], 20),
        Some(b'G') => (&s[..s.len() - 1], 30),
        _ => (s, 0),
    };
    let n: u64 = num
        .parse()
        .map_err(|_| format!("`{s}` is not a size (like 256M)"))?;
    let bytes = n
        .checked_shl(shift)
        .filter(|b| b >> shift == n)
        .ok_or_else(|| format!("`{s}` is too large"))?;
    if bytes < 1 << 20 || bytes % uapi::PAGE_SIZE != 0 {
        return Err(format!(
            "`{s}`: the size must be a whole number of pages, at least 1M"
        ));
    }
    Ok(bytes)
}

fn bench(size: u64, pairs: usize, format: Format) -> Result<bool, Fail> {
    drop(host()?);
    let progress = |what: &str| {
        if format == Format::Text {
            eprintln!("bench: {what}");
        }
    };
    let new_host = || oracle::Host::new().map_err(|e| e.to_string());
    match bench::run(size, pairs, new_host, progress) {
        Ok(report) => {
            match format {
                Format::Json => print(&json(&report)),
                Format::Text => print(&bench::render(&report)),
            }
            Ok(true)
        }
        Err(e) => {
            eprintln!("mmlab bench: {e}");
            Ok(false)
        }
    }
}

fn run(
    files: &[PathBuf],
    format: Format,
    inv: Invariants,
    on: Target,
    verify: bool,
) -> Result<bool, Fail> {
    let scenarios = if files.is_empty() {
        match scenario::parse(DEMO_NAME, DEMO) {
            Ok(s) => vec![s],
            Err(e) => {
                eprintln!("{}", e.render(Color::Plain));
                return Err(Fail::Input);
            }
        }
    } else {
        load(files)?
    };
    let opts = Options { invariants: inv };
    let mut reports = Vec::new();
    for sc in &scenarios {
        let r = match (on, verify) {
            (Target::Model, false) => scenario::run(&mut model_for(sc, inv)?, sc, opts),
            (Target::Model, true) => {
                let mut k = scenario::shadow::Shadow::new(model_for(sc, inv)?);
                scenario::run(&mut k, sc, opts)
            }
            (Target::Host, false) => scenario::run(&mut host()?, sc, opts),
            (Target::Host, true) => {
                scenario::run(&mut scenario::shadow::Shadow::new(host()?), sc, opts)
            }
        };
        if format == Format::Text {
            print(&render::run(&r));
        }
        reports.push(r);
    }
    let ok = reports.iter().all(|r| r.ok);
    if format == Format::Json {
        print(&json(&RunJson {
            files: &reports,
            ok,
        }));
    }
    Ok(ok)
}

fn trace_cmd(output: Option<PathBuf>, command: &[String]) -> Result<bool, Fail> {
    let rec = oracle::trace::record(command).map_err(|e| {
        eprintln!("mmlab trace: {e}");
        Fail::Unavailable
    })?;
    let text = trace::render(&rec);
    match output {
        Some(path) => std::fs::write(&path, text).map_err(|e| {
            eprintln!("mmlab trace: {}: {e}", path.display());
            Fail::Input
        })?,
        None => print(&text),
    }
    eprintln!(
        "mmlab trace: {}: {} events; the program {}",
        command.join(" "),
        rec.events.len(),
        rec.status
    );
    Ok(true)
}

/// Runs each trace on the model and reports its first divergence from the recording.
fn replay(files: &[PathBuf], inv: Invariants) -> Result<bool, Fail> {
    let scenarios = load(files)?;
    let opts = Options { invariants: inv };
    let mut ok = true;
    for sc in &scenarios {
        let r = scenario::run(&mut model_for(sc, inv)?, sc, opts);
        let syscalls = sc
            .steps
            .iter()
            .filter(|s| matches!(s.op, scenario::ast::Op::Syscall { .. }))
            .count();
        let first = r.steps.iter().find(|s| !s.ok());
        match (first, &r.start_error) {
            (_, Some(e)) => {
                ok = false;
                println!("replay: {}: the model could not start: {e}", sc.file);
            }
            (Some(step), None) => {
                ok = false;
                println!(
                    "replay: {}: diverges at line {} ({}: {}):",
                    sc.file, step.line, step.actor, step.op
                );
                for f in &step.failures {
                    println!("  {f}");
                }
                if let scenario::record::Outcome::NotRun { reason } = &step.outcome
                    && step.failures.is_empty()
                {
                    println!("  not run: {reason}");
                }
            }
            (None, None) if !r.ok => {
                ok = false;
                println!(
                    "replay: {}: every step matched, but at the end: {}",
                    sc.file,
                    r.finish
                        .invariants
                        .clone()
                        .unwrap_or_else(|| "a process could not exit".into())
                );
            }
            (None, None) => {
                let maps_checked = sc.steps.iter().any(|s| {
                    matches!(
                        s.op,
                        scenario::ast::Op::Observe {
                            expect: Some(scenario::ast::ObsExpect::VmaBlock(_)),
                            ..
                        }
                    )
                });
                let what = if maps_checked {
                    "syscalls and the final maps match the recording"
                } else {
                    "syscalls match the recording (it holds no final maps to check)"
                };
                println!("replay: {}: {syscalls} {what}", sc.file);
            }
        }
    }
    Ok(ok)
}

fn diff(
    files: &[PathBuf],
    format: Format,
    inv: Invariants,
    verbosity: Verbosity,
) -> Result<bool, Fail> {
    // Say it before parsing: without the host there is nothing to compare against.
    drop(host()?);
    let scenarios = load(files)?;
    let referenced = match oracle::Host::referenced_is_exact() {
        Ok(()) => ReferencedCheck::Exact,
        Err(why) => {
            eprintln!(
                "note: {why}: smaps Referenced is not compared (the host's pages are aged behind the scenario's back)"
            );
            ReferencedCheck::NotCompared
        }
    };
    let opts = DiffOptions {
        model: Options { invariants: inv },
        referenced,
    };
    let mut report = DiffReport::default();
    for sc in &scenarios {
        let mut model = model_for(sc, inv)?;
        let mut host = host()?;
        report.extend(scenario::diff_with(
            &sc.file, sc, &mut model, &mut host, opts,
        ));
    }
    match format {
        Format::Json => print(&json(&report)),
        Format::Text => print(&render::diff(&report, verbosity)),
    }
    Ok(report.ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_parses() {
        let s = scenario::parse(DEMO_NAME, DEMO)
            .unwrap_or_else(|e| panic!("{}", e.render(Color::Plain)));
        assert!(s.steps.len() > 10);
    }

    #[test]
    fn cli_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
