//! Human-readable output of runs: one line per step in strace style with the result and the
//! bound variable, observations indented under it (pagemap decoded one page per line), and the
//! reasons a step failed.

use crate::record::*;
use std::fmt::Write as _;

const INDENT: &str = "        ";

/// A short rendering of bytes read: `16 bytes of 0x55`, a string literal, or hex.
pub fn bytes_summary(b: &[u8]) -> String {
    match b.first() {
        None => "0 bytes".into(),
        Some(&x) if b.iter().all(|&y| y == x) => {
            if b.len() == 1 {
                format!("1 byte {x:#04x}")
            } else {
                format!("{} bytes of {x:#04x}", b.len())
            }
        }
        _ if b.len() <= 64
            && b.iter()
                .all(|&c| c.is_ascii_graphic() || c == b' ' || c == b'\n') =>
        {
            crate::escape_bytes(b)
        }
        _ => {
            let mut s = String::new();
            for x in b.iter().take(32) {
                let _ = write!(s, "{x:02x}");
            }
            if b.len() > 32 {
                let _ = write!(s, "… ({} bytes)", b.len());
            }
            s
        }
    }
}

/// The step's first line: `  12  p: op = result ($var)`.
pub fn step_line(r: &StepRecord) -> String {
    let mut s = format!("{:>4}  {}: {}", r.line, r.actor, r.op);
    match (&r.outcome, r.status) {
        (Outcome::NotRun { reason }, Status::Skipped) => {
            let _ = write!(s, "  -- skipped: {reason}");
        }
        (Outcome::NotRun { .. }, _) => {}
        (o, _) => {
            if let Some(t) = o.render() {
                let _ = write!(s, " = {t}");
            }
            if let Some(v) = &r.bind
                && matches!(o, Outcome::Value { .. })
            {
                let _ = write!(s, " (${v})");
            }
        }
    }
    s
}

/// One step: its line, its observation, its failures.
pub fn step(r: &StepRecord) -> String {
    let mut s = step_line(r);
    s.push('\n');
    match &r.observation {
        None => {}
        Some(Observation::Text { text, .. }) => {
            for l in text.lines() {
                let _ = writeln!(s, "{INDENT}{}", l.trim_end());
            }
        }
        Some(Observation::Pagemap { pages }) => {
            for p in pages {
                let _ = write!(s, "{INDENT}{:#x}  {:<28}", p.addr, p.flags.join(" "));
                if let Some(f) = &p.frame {
                    let _ = write!(s, "  {f}");
                }
                s = s.trim_end().to_string();
                s.push('\n');
            }
        }
    }
    for f in &r.failures {
        let _ = writeln!(s, "{INDENT}FAILED: {f}");
    }
    s
}

/// A whole run: every step, the finish, and a summary line.
pub fn run(r: &RunReport) -> String {
    let mut s = format!("== {} (on the {})\n", r.file, r.kernel);
    if let Some(e) = &r.start_error {
        let _ = writeln!(
            s,
            "{INDENT}FAILED: the first process could not be created: {e}"
        );
    }
    for st in &r.steps {
        s.push_str(&step(st));
    }
    let exits: Vec<String> = r
        .finish
        .exits
        .iter()
        .map(|e| match &e.error {
            None => format!("{} exited", e.process),
            Some(err) => format!("{} exit FAILED: {err}", e.process),
        })
        .collect();
    let inv = match &r.finish.invariants {
        None => "invariants hold".to_string(),
        Some(e) => format!("invariants FAILED: {e}"),
    };
    if exits.is_empty() {
        let _ = writeln!(s, " end  {inv}");
    } else {
        let _ = writeln!(s, " end  {}; {inv}", exits.join(", "));
    }
    let failed = r.failed_steps();
    let verdict = if r.ok { "ok" } else { "FAILED" };
    let _ = writeln!(
        s,
        "run: {}: {} steps, {failed} failed: {verdict}",
        r.file,
        r.steps.len()
    );
    s
}

/// A diff report: per file its verdict, the first divergence with both sides, the scenario's
/// own errors and the comparison's limits; then the summary line. `Verbosity::Steps` also
/// prints every step as run on the host.
pub fn diff(r: &crate::diff::DiffReport, verbosity: Verbosity) -> String {
    use crate::diff::FileStatus;
    let mut s = String::new();
    for f in &r.files {
        if verbosity == Verbosity::Steps {
            let _ = writeln!(s, "== {} (host side)", f.file);
            for st in &f.records {
                s.push_str(&step(st));
            }
        }
        let verdict = match f.status {
            FileStatus::Match => "match",
            FileStatus::Diverged => "DIVERGED",
            FileStatus::HostError => "HOST ERROR",
        };
        let _ = writeln!(s, "{}: {} steps, {verdict}", f.file, f.steps);
        if let Some(d) = &f.divergence {
            let who = if d.actor.is_empty() {
                String::new()
            } else {
                format!("{}: ", d.actor)
            };
            let _ = writeln!(s, "  at {}:{}  {who}{}", f.file, d.line, d.op);
            let whose = d
                .process
                .as_ref()
                .map_or(String::new(), |p| format!(" of {p}"));
            let _ = writeln!(s, "  {}{whose}: {}", d.what, d.detail);
            let _ = writeln!(s, "    host:  {}", d.host);
            let _ = writeln!(s, "    model: {}", d.model);
        }
        if let Some(e) = &f.host_error {
            let _ = writeln!(s, "  host error: {e}");
        }
        for e in &f.scenario_errors {
            let _ = writeln!(
                s,
                "  scenario error at {}:{} (fails on the host: the scenario is wrong): {}",
                f.file, e.line, e.op
            );
            for x in &e.failures {
                let _ = writeln!(s, "    {x}");
            }
        }
        for n in &f.notes {
            let _ = writeln!(s, "  note: {n}");
        }
    }
    s.push_str(&r.summary());
    s.push('\n');
    s
}

/// How much a diff report shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Verbosity {
    /// Verdicts and divergences only.
    #[default]
    Summary,
    /// Every step as run on the host too.
    Steps,
}
