//! The differ: runs a scenario on the host and on the model in lockstep (each step on the host
//! first, then the same step on the model) and compares after every step the step's result and
//! the state snapshot of every live process (see `snapshot`). A file stops at its first
//! divergence: after it the two address spaces differ and further comparisons are noise.
//! Expectations are checked on both sides; one that fails on the host means the scenario
//! itself is wrong, and is reported as such rather than as a divergence.

use crate::exec::{Executor, Options};
use crate::ranges::RangeSet;
use crate::record::{FinishRecord, Outcome, StepRecord};
use crate::snapshot::{self, ROLLUP_FIELDS, Renaming, Snapshot, page_text, same_vma};
use crate::{Scenario, Status};
use serde::Serialize;
use uapi::{Kernel, Pid};

/// How one file's diff ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileStatus {
    /// The model matched the host at every step.
    Match,
    /// The model and the host disagreed; see `divergence`.
    Diverged,
    /// The host could not run the scenario; see `host_error`.
    HostError,
}

/// The first place where the model and the host disagreed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Divergence {
    /// Line of the step after which it was found; before any step ran (`op` is `spawn`), the
    /// first step's line; at the end (`op` is `end of scenario`), the last step's.
    pub line: usize,
    pub actor: String,
    /// The step's operation as run on the host.
    pub op: String,
    /// What differed: `result`, `expectation`, `processes`, `maps`, `pagemap`, `frames`,
    /// `kpageflags`, `rollup`, `observe`, `spawn`, `exit`, `invariants`.
    pub what: String,
    /// The process whose state differed, when it is about one.
    pub process: Option<String>,
    /// Where exactly (`VMA 3`, `page 0x7f…`, `Rss`), or a sentence.
    pub detail: String,
    pub host: String,
    pub model: String,
}

/// An expectation that failed on the host: the scenario is wrong there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScenarioError {
    pub line: usize,
    pub op: String,
    pub failures: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct FileDiff {
    pub file: String,
    /// Steps run in lockstep.
    pub steps: usize,
    pub status: FileStatus,
    pub divergence: Option<Divergence>,
    pub host_error: Option<String>,
    pub scenario_errors: Vec<ScenarioError>,
    /// Limits of the comparison (hidden PFNs, truncated ranges).
    pub notes: Vec<String>,
    /// The host's step records, for verbose output.
    #[serde(skip)]
    pub records: Vec<StepRecord>,
}

/// The diff of one or more files.
#[derive(Clone, Debug, Default)]
pub struct DiffReport {
    pub files: Vec<FileDiff>,
}

impl Serialize for DiffReport {
    /// `{files, steps, divergences, ok, summary}`: the totals are written out so that JSON
    /// readers need not recount them.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("DiffReport", 5)?;
        st.serialize_field("files", &self.files)?;
        st.serialize_field("steps", &self.steps())?;
        st.serialize_field("divergences", &self.divergences())?;
        st.serialize_field("ok", &self.ok())?;
        st.serialize_field("summary", &self.summary())?;
        st.end()
    }
}

impl DiffReport {
    pub fn steps(&self) -> usize {
        self.files.iter().map(|f| f.steps).sum()
    }

    /// One per diverged file (each file stops at its first divergence).
    pub fn divergences(&self) -> usize {
        self.files
            .iter()
            .filter(|f| f.status == FileStatus::Diverged)
            .count()
    }

    /// Every file matched, ran on the host, and met its expectations there.
    pub fn ok(&self) -> bool {
        self.files
            .iter()
            .all(|f| f.status == FileStatus::Match && f.scenario_errors.is_empty())
    }

    /// `diff: N files, S steps, D divergences`
    pub fn summary(&self) -> String {
        format!(
            "diff: {} files, {} steps, {} divergences",
            self.files.len(),
            self.steps(),
            self.divergences()
        )
    }

    pub fn extend(&mut self, other: DiffReport) {
        self.files.extend(other.files);
    }
}

/// How smaps' `Referenced` is compared.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ReferencedCheck {
    /// Equal on both sides.
    #[default]
    Exact,
    /// Something on the host ages pages on its own (a DAMON kdamond clears accessed bits and
    /// sets PG_young on the pages it samples, behind the workers' backs), so the host's value
    /// says nothing about the scenario: not compared.
    NotCompared,
}

/// Options of a diff run.
#[derive(Clone, Copy, Debug, Default)]
pub struct DiffOptions {
    /// Executor options for the model side (e.g. invariants after every step).
    pub model: Options,
    pub referenced: ReferencedCheck,
}

/// Diffs one scenario: the model against the host.
pub fn diff(
    file: &str,
    scenario: &Scenario,
    model: &mut impl Kernel,
    host: &mut impl Kernel,
) -> DiffReport {
    diff_with(file, scenario, model, host, DiffOptions::default())
}

pub fn diff_with(
    file: &str,
    scenario: &Scenario,
    model: &mut impl Kernel,
    host: &mut impl Kernel,
    opts: DiffOptions,
) -> DiffReport {
    let mut fd = FileDiff {
        file: file.to_string(),
        steps: 0,
        status: FileStatus::Match,
        divergence: None,
        host_error: None,
        scenario_errors: Vec::new(),
        notes: Vec::new(),
        records: Vec::new(),
    };
    let mut hx = Executor::new(host, scenario, Options::default());
    let mut mx = Executor::new(model, scenario, opts.model);
    let mut lock = Lockstep {
        fd: &mut fd,
        ren: Renaming::default(),
        layout: RangeSet::default(),
        referenced: opts.referenced,
    };
    lock.run(&mut hx, &mut mx);
    let hfin = hx.finish();
    let mfin = mx.finish();
    if fd.status == FileStatus::Match {
        let mut lock = Lockstep {
            fd: &mut fd,
            ren: Renaming::default(),
            layout: RangeSet::default(),
            referenced: opts.referenced,
        };
        lock.compare_finish(scenario, &hfin, &mfin);
    }
    DiffReport { files: vec![fd] }
}

struct Lockstep<'f> {
    fd: &'f mut FileDiff,
    ren: Renaming,
    /// The first process's starting layout (fork children inherit it).
    layout: RangeSet,
    referenced: ReferencedCheck,
}

/// Where a divergence is attributed.
struct At<'s> {
    line: usize,
    actor: &'s str,
    op: &'s str,
}

impl Lockstep<'_> {
    fn diverge(
        &mut self,
        at: &At<'_>,
        what: &str,
        process: Option<&str>,
        detail: String,
        host: String,
        model: String,
    ) {
        self.fd.status = FileStatus::Diverged;
        self.fd.divergence = Some(Divergence {
            line: at.line,
            actor: at.actor.to_string(),
            op: at.op.to_string(),
            what: what.to_string(),
            process: process.map(str::to_string),
            detail,
            host,
            model,
        });
    }

    fn host_error(&mut self, msg: String) {
        self.fd.status = FileStatus::HostError;
        self.fd.host_error = Some(msg);
    }

    fn note(&mut self, n: &str) {
        if !self.fd.notes.iter().any(|x| x == n) {
            self.fd.notes.push(n.to_string());
        }
    }

    fn run<H: Kernel, M: Kernel>(&mut self, hx: &mut Executor<'_, H>, mx: &mut Executor<'_, M>) {
        let first = hx
            .peek()
            .map(|s| (s.line, hx.scenario().processes[s.actor].clone()));
        let Some((line0, actor0)) = first else { return };
        let spawn = At {
            line: line0,
            actor: &actor0,
            op: "spawn",
        };
        let pid = match hx.start(None) {
            Ok(pid) => pid,
            Err(e) => return self.host_error(format!("could not create the first process: {e}")),
        };
        let layout = match pid.map(|p| hx.kernel().layout(p)).transpose() {
            Ok(l) => l,
            Err(e) => {
                return self.host_error(format!("could not read the first process's layout: {e}"));
            }
        };
        if let Some(l) = &layout {
            hx.set_brk_base(l.brk);
            // The starting layout's pages exist only on the host (the model imports its VMAs
            // empty), so VMAs touching it are left out of the scenario rollup.
            for v in &l.vmas {
                self.layout.insert(v.maps.start, v.maps.end);
            }
        }
        if let Err(e) = mx.start(layout.as_ref()) {
            return self.diverge(
                &spawn,
                "spawn",
                Some(&actor0),
                "creating the first process".into(),
                "created".into(),
                e.to_string(),
            );
        }
        if !self.compare_state(&spawn, hx, mx) {
            return;
        }
        while hx.peek().is_some() {
            let (Some(h), Some(m)) = (hx.step(), mx.step()) else {
                break;
            };
            self.fd.steps += 1;
            let at = At {
                line: h.line,
                actor: &h.actor,
                op: &h.op,
            };
            if let Outcome::Broken { message } = &h.outcome {
                let msg = format!("line {}: the host broke: {message}", h.line);
                self.fd.records.push(h);
                return self.host_error(msg);
            }
            if !h.failures.is_empty() {
                self.fd.scenario_errors.push(ScenarioError {
                    line: h.line,
                    op: h.op.clone(),
                    failures: h.failures.clone(),
                });
            }
            let stop = !self.compare_step(&at, &h, &m) || !self.compare_state(&at, hx, mx);
            self.fd.records.push(h);
            if stop {
                return;
            }
        }
    }

    /// Compares the two records of one step; false when they diverge.
    fn compare_step(&mut self, at: &At<'_>, h: &StepRecord, m: &StepRecord) -> bool {
        let show = |r: &StepRecord| r.outcome.render().unwrap_or_else(|| "ok".into());
        if h.outcome != m.outcome {
            self.diverge(
                at,
                "result",
                Some(at.actor),
                "the operation's result".into(),
                show(h),
                show(m),
            );
            return false;
        }
        if h.status != Status::Failed && m.status == Status::Failed {
            let detail = "an expectation that holds on the host fails on the model".to_string();
            self.diverge(
                at,
                "expectation",
                Some(at.actor),
                detail,
                "holds".into(),
                m.failures.join("; "),
            );
            return false;
        }
        true
    }

    fn live<K: Kernel>(x: &Executor<'_, K>) -> Vec<(String, Pid)> {
        x.live()
            .into_iter()
            .map(|(i, pid)| (x.scenario().processes[i].clone(), pid))
            .collect()
    }

    /// Takes and compares both snapshots; false when they diverge or the host fails.
    fn compare_state<H: Kernel, M: Kernel>(
        &mut self,
        at: &At<'_>,
        hx: &mut Executor<'_, H>,
        mx: &mut Executor<'_, M>,
    ) -> bool {
        let ranges = hx.ranges().clone();
        let hl = Self::live(hx);
        let ml = Self::live(mx);
        let h = match snapshot::take(hx.kernel(), &hl, &ranges, &self.layout) {
            Ok(s) => s,
            Err(e) => {
                self.host_error(format!("line {}: observing the host: {e}", at.line));
                return false;
            }
        };
        let m = match snapshot::take(mx.kernel(), &ml, &ranges, &self.layout) {
            Ok(s) => s,
            Err(e) => {
                self.diverge(
                    at,
                    "observe",
                    None,
                    "observing the model".into(),
                    "ok".into(),
                    e,
                );
                return false;
            }
        };
        if h.pfns_hidden {
            self.note("the host hides PFNs (no CAP_SYS_ADMIN): frame sharing and kpageflags were not compared");
        }
        if h.truncated {
            self.note(
                "ranges longer than the comparison budget were compared from their start only",
            );
        }
        self.compare_snapshots(at, &h, &m)
    }

    fn compare_snapshots(&mut self, at: &At<'_>, h: &Snapshot, m: &Snapshot) -> bool {
        let names = |s: &Snapshot| {
            s.procs
                .iter()
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
                .join(" ")
        };
        if names(h) != names(m) {
            self.diverge(
                at,
                "processes",
                None,
                "live processes".into(),
                names(h),
                names(m),
            );
            return false;
        }
        let frames = !h.pfns_hidden && !m.pfns_hidden;
        for (hp, mp) in h.procs.iter().zip(&m.procs) {
            let p = Some(hp.name.as_str());
            let n = hp.maps.len().max(mp.maps.len());
            for i in 0..n {
                let (he, me) = (hp.maps.get(i), mp.maps.get(i));
                let same = matches!((he, me), (Some(a), Some(b)) if same_vma(a, b, &mut self.ren));
                if !same {
                    let line = |e: Option<&uapi::MapsEntry>| {
                        e.map_or("(no such VMA)".to_string(), |e| e.to_string())
                    };
                    self.diverge(
                        at,
                        "maps",
                        p,
                        format!("VMA {} of {n}", i + 1),
                        line(he),
                        line(me),
                    );
                    return false;
                }
            }
            for (hg, mg) in hp.pages.iter().zip(&mp.pages) {
                let detail = format!("page {:#x}", hg.addr);
                if hg.flags() != mg.flags() {
                    self.diverge(at, "pagemap", p, detail, page_text(hg), page_text(mg));
                    return false;
                }
                if !frames {
                    continue;
                }
                let (hl, ml) = (
                    hg.frame.as_ref().map(|f| &f.0),
                    mg.frame.as_ref().map(|f| &f.0),
                );
                if hl != ml {
                    self.diverge(at, "frames", p, detail, page_text(hg), page_text(mg));
                    return false;
                }
                if hg.frame.as_ref().map(|f| f.1) != mg.frame.as_ref().map(|f| f.1) {
                    self.diverge(at, "kpageflags", p, detail, page_text(hg), page_text(mg));
                    return false;
                }
            }
            if hp.pages.len() != mp.pages.len() {
                let count = |n: usize| format!("{n} pages");
                self.diverge(
                    at,
                    "pagemap",
                    p,
                    "pages compared".into(),
                    count(hp.pages.len()),
                    count(mp.pages.len()),
                );
                return false;
            }
            for (i, f) in ROLLUP_FIELDS.iter().enumerate() {
                let (a, b) = (hp.rollup[i], mp.rollup[i]);
                let aged_by_host =
                    *f == "Referenced" && self.referenced == ReferencedCheck::NotCompared;
                if a != b && !aged_by_host {
                    let detail = format!("{f} summed over the scenario's VMAs");
                    self.diverge(
                        at,
                        "rollup",
                        p,
                        detail,
                        format!("{a} kB"),
                        format!("{b} kB"),
                    );
                    return false;
                }
            }
        }
        true
    }

    /// After every process exited: the exits agree and the model's invariants hold.
    fn compare_finish(&mut self, scenario: &Scenario, h: &FinishRecord, m: &FinishRecord) {
        let line = scenario.steps.last().map_or(0, |s| s.line);
        let at = At {
            line,
            actor: "",
            op: "end of scenario",
        };
        let show = |f: &FinishRecord| {
            f.exits
                .iter()
                .map(|e| format!("{}: {}", e.process, e.error.as_deref().unwrap_or("exited")))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if show(h) != show(m) {
            return self.diverge(
                &at,
                "exit",
                None,
                "exiting the remaining processes".into(),
                show(h),
                show(m),
            );
        }
        if let Some(e) = &m.invariants {
            self.diverge(
                &at,
                "invariants",
                None,
                "the model's invariant checks".into(),
                "n/a".into(),
                e.clone(),
            );
        }
    }
}
