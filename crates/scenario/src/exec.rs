//! The executor: runs a parsed scenario on any `uapi::Kernel`, one step at a time. It maps
//! scenario process names to the kernel's pids and variables to values, runs each operation,
//! checks its expectations and records a [`StepRecord`]. Stepping is exposed (not just a whole
//! run) so the differ can drive two executors in lockstep.

use crate::ast::*;
use crate::expect::{self, Frames};
use crate::files::FileTable;
use crate::ranges::RangeSet;
use crate::record::*;
use crate::render::bytes_summary;
use std::collections::BTreeMap;
use uapi::observe::Layout;
use uapi::{Error, Kernel, Pid, PinId, SigInfo, Syscall};

/// Variables bound so far; `Err` says why a variable has no value (its line failed).
pub(crate) type Vars = BTreeMap<String, Result<u64, String>>;

/// Evaluates an expression with the variables bound so far.
pub(crate) fn eval(vars: &Vars, e: &Expr) -> Result<u64, String> {
    e.eval(&|name| match vars.get(name) {
        Some(Ok(v)) => Ok(*v),
        Some(Err(why)) => Err(format!("${name} has no value: {why}")),
        None => Err(format!("${name} is not bound")),
    })
}

/// Largest store or load one step may ask for; bigger ones fail instead of allocating.
pub const MAX_ACCESS_BYTES: u64 = 64 << 20;

/// When the kernel's own invariant checks run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Invariants {
    /// Once, after every process has exited.
    #[default]
    AtEnd,
    /// After every step too (tests use this).
    EveryStep,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub invariants: Invariants,
}

/// A scenario process as the executor sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProcState {
    /// Not created yet (forked later).
    Pending,
    Live(Pid),
    Exited,
    /// Could not be created or its kernel lost it; its steps are skipped.
    Gone(String),
}

pub struct Executor<'a, K: Kernel> {
    kernel: &'a mut K,
    scenario: &'a Scenario,
    opts: Options,
    procs: Vec<ProcState>,
    vars: Vars,
    next: usize,
    frames: Frames,
    ranges: RangeSet,
    /// The break at the start: brk results grow the scenario's ranges from here.
    brk_base: Option<u64>,
    files: FileTable,
    /// Per process: the path behind each open descriptor.
    fds: Vec<BTreeMap<i64, String>>,
}

/// Runs a whole scenario on `kernel`: creates the first process with the kernel's own fresh
/// address space, runs every step, exits the remaining processes and checks invariants.
pub fn run<K: Kernel>(kernel: &mut K, scenario: &Scenario, opts: Options) -> RunReport {
    let name = kernel.name().to_string();
    let mut ex = Executor::new(kernel, scenario, opts);
    let start_error = match ex.start(None) {
        Ok(pid) => {
            // Where the break starts, so that brk growth counts as mapped by the scenario; a
            // kernel that cannot say just leaves brk ranges untracked.
            if let Some(l) = pid.and_then(|p| ex.kernel().layout(p).ok()) {
                ex.set_brk_base(l.brk);
            }
            None
        }
        Err(e) => Some(e.to_string()),
    };
    let mut steps = Vec::with_capacity(scenario.steps.len());
    while let Some(r) = ex.step() {
        steps.push(r);
    }
    let finish = ex.finish();
    let ok = start_error.is_none() && steps.iter().all(StepRecord::ok) && finish.ok();
    RunReport {
        file: scenario.file.clone(),
        kernel: name,
        start_error,
        steps,
        finish,
        ok,
    }
}

impl<'a, K: Kernel> Executor<'a, K> {
    pub fn new(kernel: &'a mut K, scenario: &'a Scenario, opts: Options) -> Executor<'a, K> {
        Executor {
            kernel,
            scenario,
            opts,
            procs: vec![ProcState::Pending; scenario.processes.len()],
            vars: BTreeMap::new(),
            next: 0,
            frames: Frames::default(),
            ranges: RangeSet::default(),
            brk_base: None,
            files: FileTable::default(),
            fds: vec![BTreeMap::new(); scenario.processes.len()],
        }
    }

    /// Creates the first process, with `layout` as its starting address space when given. A
    /// scenario whose first line is the first process's `exec` starts it there instead.
    pub fn start(&mut self, layout: Option<&Layout>) -> Result<Option<Pid>, Error> {
        if self.procs.is_empty() {
            return Ok(None);
        }
        if let Some(spec) = &self.scenario.machine.fail {
            self.kernel.set_fail(spec)?;
        }
        if let Some(Step {
            actor: 0,
            op: Op::Exec { layout, .. },
            ..
        }) = self.scenario.steps.first()
        {
            self.brk_base = Some(layout.brk);
            return Ok(None);
        }
        if let Some(l) = layout {
            self.brk_base = Some(l.brk);
        }
        match self.kernel.spawn(layout) {
            Ok(pid) => {
                self.procs[0] = ProcState::Live(pid);
                Ok(Some(pid))
            }
            Err(e) => {
                self.procs[0] = ProcState::Gone("could not be created".into());
                Err(e)
            }
        }
    }

    /// Tells the executor where the break started (when `start` had no layout to read it from).
    pub fn set_brk_base(&mut self, brk: u64) {
        self.brk_base = Some(brk);
    }

    pub fn kernel(&mut self) -> &mut K {
        self.kernel
    }

    pub fn scenario(&self) -> &Scenario {
        self.scenario
    }

    /// The ranges mapped so far.
    pub fn ranges(&self) -> &RangeSet {
        &self.ranges
    }

    /// Live processes in creation order: (scenario index, pid).
    pub fn live(&self) -> Vec<(ProcIdx, Pid)> {
        self.procs
            .iter()
            .enumerate()
            .filter_map(|(i, p)| match p {
                ProcState::Live(pid) => Some((i, *pid)),
                _ => None,
            })
            .collect()
    }

    /// The step `step()` will run next.
    pub fn peek(&self) -> Option<&'a Step> {
        self.scenario.steps.get(self.next)
    }

    /// Runs the next step; `None` when all have run.
    pub fn step(&mut self) -> Option<StepRecord> {
        let step = self.scenario.steps.get(self.next)?;
        self.next += 1;
        let actor = &self.scenario.processes[step.actor];
        // Until the operation is evaluated, it is shown as written (without `NAME:`).
        let written = step
            .source
            .split_once(':')
            .map_or(step.source.as_str(), |(_, op)| op.trim());
        let mut rec = StepRecord::new(step.line, actor, written.to_string());
        if let Op::Exec { path, layout } = &step.op {
            self.exec(step, path, layout, &mut rec);
            return Some(rec);
        }
        let pid = match &self.procs[step.actor] {
            ProcState::Live(pid) => *pid,
            other => {
                let why = match other {
                    ProcState::Gone(why) => format!("process {actor} {why}"),
                    _ => format!("process {actor} does not exist"),
                };
                rec.status = Status::Skipped;
                rec.outcome = Outcome::NotRun { reason: why };
                return Some(rec);
            }
        };
        self.run_op(step, pid, &mut rec);
        if let Outcome::Broken { message } = &rec.outcome {
            self.procs[step.actor] =
                ProcState::Gone(format!("was lost at line {}: {message}", step.line));
        }
        if let Outcome::Signal { info } = &rec.outcome
            && info.signo == uapi::Signo::Kill
        {
            self.procs[step.actor] = ProcState::Gone(format!(
                "was killed (SIGKILL, the OOM killer) at line {}",
                step.line
            ));
            self.fds[step.actor].clear();
        }
        if self.opts.invariants == Invariants::EveryStep
            && let Err(e) = self.kernel.check_invariants()
        {
            rec.fail(format!("invariants: {e}"));
        }
        Some(rec)
    }

    /// Exits every live process in creation order, then runs the kernel's invariant checks.
    pub fn finish(&mut self) -> FinishRecord {
        let mut exits = Vec::new();
        for i in 0..self.procs.len() {
            if let ProcState::Live(pid) = self.procs[i] {
                let error = self.kernel.exit(pid).err().map(|e| e.to_string());
                exits.push(ExitRecord {
                    process: self.scenario.processes[i].clone(),
                    error,
                });
                self.procs[i] = ProcState::Exited;
            }
        }
        FinishRecord {
            exits,
            invariants: self.kernel.check_invariants().err(),
        }
    }

    fn eval(&self, e: &Expr) -> Result<u64, String> {
        eval(&self.vars, e)
    }

    /// `exec`: a new process starts with the layout, or a live one's program is replaced.
    fn exec(&mut self, step: &Step, path: &str, layout: &Layout, rec: &mut StepRecord) {
        rec.op = format!("exec {}", crate::lex::escape_bytes(path.as_bytes()));
        let r = match self.procs[step.actor].clone() {
            ProcState::Pending => self.kernel.spawn(Some(layout)).map(|pid| {
                self.procs[step.actor] = ProcState::Live(pid);
            }),
            ProcState::Live(pid) => self.kernel.exec(pid, layout),
            ProcState::Exited | ProcState::Gone(_) => {
                return rec.not_run(format!(
                    "process {} is gone",
                    self.scenario.processes[step.actor]
                ));
            }
        };
        match r {
            Ok(()) => {
                rec.outcome = Outcome::Done;
                if step.actor == 0 || self.brk_base.is_none() {
                    self.brk_base = Some(layout.brk);
                }
            }
            Err(e) => {
                rec.outcome = Outcome::from_error(&e);
                if matches!(self.procs[step.actor], ProcState::Pending) {
                    self.procs[step.actor] =
                        ProcState::Gone(format!("could not be started at line {}", step.line));
                }
                rec.fail(format!("exec failed: {e}"));
            }
        }
    }

    fn run_op(&mut self, step: &Step, pid: Pid, rec: &mut StepRecord) {
        match &step.op {
            // Handled before a live process is required (it may create one).
            Op::Exec { .. } => {}
            Op::Fail { spec } => {
                rec.op = format!("fail {spec}");
                if let Err(e) = self.kernel.set_fail(spec) {
                    rec.outcome = Outcome::from_error(&e);
                    rec.fail(format!("failure injection: {e}"));
                }
            }
            Op::Syscall { call, result } => self.syscall(step, pid, call, result, rec),
            Op::Fork { child } => {
                rec.op = "fork()".into();
                match self.kernel.fork(pid) {
                    Ok(c) => {
                        self.procs[*child] = ProcState::Live(c);
                        self.fds[*child] = self.fds[step.actor].clone();
                        rec.outcome = Outcome::Forked {
                            child: self.scenario.processes[*child].clone(),
                        };
                    }
                    Err(e) => {
                        self.procs[*child] = ProcState::Gone(format!(
                            "was not created: fork at line {} failed",
                            step.line
                        ));
                        rec.outcome = Outcome::from_error(&e);
                        rec.fail(format!("fork failed: {e}"));
                    }
                }
            }
            Op::ForkFails { errno } => {
                rec.op = "fork()".into();
                let r = self.kernel.fork(pid).map(|c| c as u64);
                if let Ok(c) = r {
                    // Nobody in the scenario can name the child: end it, so it neither leaks
                    // nor acts.
                    let _ = self.kernel.exit(c as Pid);
                }
                rec.outcome = match &r {
                    Ok(v) => Outcome::Value { value: *v },
                    Err(e) => Outcome::from_error(e),
                };
                expect_errno(*errno, &r, rec);
            }
            Op::Exit => {
                rec.op = "exit()".into();
                self.procs[step.actor] = ProcState::Exited;
                self.fds[step.actor].clear();
                if let Err(e) = self.kernel.exit(pid) {
                    rec.outcome = Outcome::from_error(&e);
                    rec.fail(format!("exit failed: {e}"));
                }
            }
            Op::Touch {
                addr,
                len,
                kind,
                signal,
            } => {
                let (addr, len) = match (self.eval(addr), self.eval(len)) {
                    (Ok(a), Ok(l)) => (a, l),
                    (Err(e), _) | (_, Err(e)) => return rec.not_run(e),
                };
                let word = match kind {
                    uapi::AccessKind::Read => "read",
                    uapi::AccessKind::Write => "write",
                };
                rec.op = format!("touch {addr:#x} {len} {word}");
                let r = self.kernel.touch(pid, addr, len, *kind);
                self.access_result(r.map(|()| None), signal, rec);
            }
            Op::Store { addr, data, signal } => {
                let (addr, (bytes, shown)) = match (self.eval(addr), self.store_data(data)) {
                    (Ok(a), Ok(d)) => (a, d),
                    (Err(e), _) | (_, Err(e)) => return rec.not_run(e),
                };
                rec.op = format!("store {addr:#x} {shown}");
                let r = self.kernel.store(pid, addr, &bytes);
                self.access_result(r.map(|()| None), signal, rec);
            }
            Op::PinStore { pin, offset, data } => {
                let (pin, offset, (bytes, shown)) =
                    match (self.eval(pin), self.eval(offset), self.store_data(data)) {
                        (Ok(p), Ok(o), Ok(d)) => (p, o, d),
                        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => return rec.not_run(e),
                    };
                rec.op = format!("pinstore {pin} {offset} {shown}");
                let r = self.kernel.pin_store(pin as PinId, offset, &bytes);
                self.access_result(r.map(|()| None), &None, rec);
            }
            Op::PinLoad {
                pin,
                offset,
                len,
                want,
            } => {
                let (pin, offset, len) = match (self.eval(pin), self.eval(offset), self.eval(len)) {
                    (Ok(p), Ok(o), Ok(l)) if l <= MAX_ACCESS_BYTES => (p, o, l),
                    (Ok(_), Ok(_), Ok(l)) => {
                        return rec.not_run(format!(
                            "pinload of {l} bytes is over the {MAX_ACCESS_BYTES}-byte limit"
                        ));
                    }
                    (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => return rec.not_run(e),
                };
                rec.op = format!("pinload {pin} {offset} {len}{}", want_text(want));
                let r = self.kernel.pin_load(pin as PinId, offset, len);
                if let Ok(got) = &r {
                    check_loaded(got, len, want, rec);
                }
                self.access_result(r.map(Some), &None, rec);
            }
            Op::MemStore { addr, data, result } => {
                let (addr, (bytes, shown)) = match (self.eval(addr), self.store_data(data)) {
                    (Ok(a), Ok(d)) => (a, d),
                    (Err(e), _) | (_, Err(e)) => return rec.not_run(e),
                };
                rec.op = format!("memstore {addr:#x} {shown}");
                let r = self.kernel.mem_write(pid, addr, &bytes);
                match &r {
                    Ok(n) => rec.outcome = Outcome::Value { value: *n },
                    Err(e) => rec.outcome = Outcome::from_error(e),
                }
                self.count_result(r, result, rec);
            }
            Op::MemLoad {
                addr,
                len,
                want,
                result,
            } => {
                let (addr, len) = match (self.eval(addr), self.eval(len)) {
                    (Ok(a), Ok(l)) if l <= MAX_ACCESS_BYTES => (a, l),
                    (Ok(_), Ok(l)) => {
                        return rec.not_run(format!(
                            "memload of {l} bytes is over the {MAX_ACCESS_BYTES}-byte limit"
                        ));
                    }
                    (Err(e), _) | (_, Err(e)) => return rec.not_run(e),
                };
                rec.op = format!("memload {addr:#x} {len}{}", want_text(want));
                let r = self.kernel.mem_read(pid, addr, len);
                match &r {
                    Ok(b) => {
                        rec.outcome = Outcome::Loaded { bytes: b.clone() };
                        check_want(b, want, rec);
                    }
                    Err(e) => rec.outcome = Outcome::from_error(e),
                }
                self.count_result(r.map(|b| b.len() as u64), result, rec);
            }
            Op::Load {
                addr,
                len,
                want,
                signal,
            } => {
                let (addr, len) = match (self.eval(addr), self.eval(len)) {
                    (Ok(a), Ok(l)) if l <= MAX_ACCESS_BYTES => (a, l),
                    (Ok(_), Ok(l)) => {
                        return rec.not_run(format!(
                            "load of {l} bytes is over the {MAX_ACCESS_BYTES}-byte limit"
                        ));
                    }
                    (Err(e), _) | (_, Err(e)) => return rec.not_run(e),
                };
                rec.op = format!("load {addr:#x} {len}{}", want_text(want));
                let r = self.kernel.load(pid, addr, len);
                if let Ok(got) = &r {
                    check_loaded(got, len, want, rec);
                }
                self.access_result(r.map(Some), signal, rec);
            }
            Op::Observe { what, expect } => {
                let mut ctx = expect::Ctx {
                    kernel: &mut *self.kernel,
                    pid,
                    frames: &mut self.frames,
                    vars: &self.vars,
                    ranges: &self.ranges,
                };
                expect::observe(&mut ctx, what, expect.as_ref(), rec);
            }
        }
    }

    fn syscall(
        &mut self,
        step: &Step,
        pid: Pid,
        call: &Call,
        result: &ResultSpec,
        rec: &mut StepRecord,
    ) {
        let mut args = Vec::with_capacity(call.args.len());
        for a in &call.args {
            match self.eval(a) {
                Ok(v) => args.push(v),
                Err(e) => {
                    if let ResultSpec::Bind(v) = result {
                        self.vars
                            .insert(v.clone(), Err(format!("line {} did not run", step.line)));
                    }
                    return rec.not_run(e);
                }
            }
        }
        let action = call.kind.build(&args, call.path.as_deref());
        rec.op = action.to_string();
        if let (Action::Syscall(Syscall::Mmap { fd, .. }), Some(path)) = (&action, &call.path) {
            // The descriptor is the last `, N, ` of strace's rendering (the offset follows).
            let slot = format!(", {fd}, ");
            if let Some(at) = rec.op.rfind(&slot) {
                rec.op
                    .replace_range(at..at + slot.len(), &format!(", {fd}<{path}>, "));
            }
            if let Err(e) = self.ensure_open(step.actor, pid, *fd, path, &action) {
                return rec.not_run(e);
            }
        }
        let r = match action {
            Action::Syscall(sys) => {
                let r = self.kernel.syscall(pid, &sys);
                if let Ok(v) = r {
                    self.track(&sys, v);
                }
                r
            }
            Action::Open { flags, .. }
                if flags & (uapi::consts::O_CREAT | uapi::consts::O_TRUNC) != 0 =>
            {
                return rec.not_run(
                    "O_CREAT and O_TRUNC are not supported: a scenario opens existing files as they are"
                        .to_string(),
                );
            }
            Action::Open { path, flags } => match self.files.facts(self.scenario, &path) {
                Ok(facts) => {
                    let r = self.kernel.open(pid, &facts, flags, None);
                    if let Ok(fd) = r {
                        self.fds[step.actor].insert(fd, path);
                    }
                    r.map(|fd| fd as u64)
                }
                Err(e) => return rec.not_run(e),
            },
            Action::Close { fd } => {
                let r = self.kernel.close(pid, fd);
                if r.is_ok() {
                    self.fds[step.actor].remove(&fd);
                }
                r.map(|()| 0)
            }
            Action::Pin { addr, len, foll } => self.kernel.pin(pid, addr, len, foll).map(u64::from),
            Action::Unpin { pin } => self.kernel.unpin(pin).map(|()| 0),
            Action::Migrate { addr, len } => self.kernel.migrate(pid, addr, len),
        };
        match &r {
            Ok(v) => rec.outcome = Outcome::Value { value: *v },
            Err(e) => rec.outcome = Outcome::from_error(e),
        }
        match result {
            ResultSpec::Success => {
                if let Err(e) = &r {
                    unexpected(e, rec);
                }
            }
            ResultSpec::Bind(var) => {
                rec.bind = Some(var.clone());
                match &r {
                    Ok(v) => {
                        self.vars.insert(var.clone(), Ok(*v));
                    }
                    Err(e) => {
                        self.vars
                            .insert(var.clone(), Err(format!("line {} returned {e}", step.line)));
                        unexpected(e, rec);
                    }
                }
            }
            ResultSpec::Value(want) => match (self.eval(want), &r) {
                (Err(e), _) => rec.fail(format!("cannot evaluate the expected value: {e}")),
                (Ok(w), Ok(v)) if w == *v => {}
                (Ok(w), Ok(v)) => rec.fail(format!(
                    "expected {}, got {}",
                    value_text(w),
                    value_text(*v)
                )),
                (Ok(w), Err(e)) => {
                    if e.is_linux_answer() {
                        rec.fail(format!("expected {}, got {e}", value_text(w)));
                    } else {
                        unexpected(e, rec);
                    }
                }
            },
            ResultSpec::Errno(want) => expect_errno(*want, &r, rec),
            ResultSpec::Signal(spec) => {
                let r = r.map(|_| None);
                self.access_result(r, &Some(spec.clone()), rec);
            }
        }
    }

    /// Before an mmap of `fd<path>`: if the process's `fd` is not open on `path`, open it
    /// there, read-only unless the mapping is shared and writable.
    fn ensure_open(
        &mut self,
        actor: ProcIdx,
        pid: Pid,
        fd: i64,
        path: &str,
        action: &Action,
    ) -> Result<(), String> {
        if self.fds[actor].get(&fd).map(String::as_str) == Some(path) {
            return Ok(());
        }
        use uapi::consts::{MAP_SHARED, MAP_TYPE, O_CLOEXEC, O_RDONLY, O_RDWR, PROT_WRITE};
        let Action::Syscall(Syscall::Mmap { prot, flags, .. }) = *action else {
            return Ok(());
        };
        let declared = self
            .scenario
            .files
            .iter()
            .find(|d| d.path == path)
            .and_then(|d| d.open_flags);
        let mode = match declared {
            Some(f) => f & uapi::consts::O_ACCMODE,
            None if flags & MAP_TYPE == MAP_SHARED && prot & PROT_WRITE != 0 => O_RDWR,
            None => O_RDONLY,
        };
        let facts = self.files.facts(self.scenario, path)?;
        self.kernel
            .open(pid, &facts, mode | O_CLOEXEC, Some(fd))
            .map_err(|e| format!("opening {path} as descriptor {fd}: {e}"))?;
        self.fds[actor].insert(fd, path.to_string());
        Ok(())
    }

    /// The bytes a store-like line writes, and how the line shows them.
    fn store_data(&self, data: &StoreData) -> Result<(Vec<u8>, String), String> {
        match data {
            StoreData::Bytes(b) => Ok((b.clone(), crate::escape_bytes(b))),
            StoreData::Fill { len, byte } => match self.eval(len)? {
                l if l <= MAX_ACCESS_BYTES => {
                    Ok((vec![*byte; l as usize], format!("{l} {byte:#04x}")))
                }
                l => Err(format!(
                    "writing {l} bytes is over the {MAX_ACCESS_BYTES}-byte limit"
                )),
            },
        }
    }

    /// Checks a /proc/PID/mem access's byte count or errno against `= N` / `= -1 ERRNO`.
    fn count_result(&self, r: Result<u64, Error>, want: &CountSpec, rec: &mut StepRecord) {
        match (want, &r) {
            (CountSpec::Any, Ok(_)) => {}
            (CountSpec::Any, Err(e)) => unexpected(e, rec),
            (CountSpec::Count(w), _) => match (self.eval(w), &r) {
                (Err(e), _) => rec.fail(format!("cannot evaluate the expected count: {e}")),
                (Ok(w), Ok(n)) if w == *n => {}
                (Ok(w), Ok(n)) => rec.fail(format!("expected {w} bytes, transferred {n}")),
                (Ok(w), Err(e)) if e.is_linux_answer() => {
                    rec.fail(format!("expected {w} bytes, got {e}"))
                }
                (Ok(_), Err(e)) => unexpected(e, rec),
            },
            (CountSpec::Errno(w), Err(Error::Errno(got))) if got == w => {}
            (CountSpec::Errno(w), Ok(n)) => {
                rec.fail(format!("expected -1 {w}, transferred {n} bytes"))
            }
            (CountSpec::Errno(w), Err(e)) if e.is_linux_answer() => {
                rec.fail(format!("expected -1 {w}, got {e}"))
            }
            (CountSpec::Errno(_), Err(e)) => unexpected(e, rec),
        }
    }

    /// Records the ranges a successful mapping call created.
    fn track(&mut self, sys: &Syscall, ret: u64) {
        match *sys {
            Syscall::Mmap { len, .. } => self.ranges.insert(ret, ret.saturating_add(len)),
            Syscall::Mremap { new_len, .. } => self.ranges.insert(ret, ret.saturating_add(new_len)),
            Syscall::Brk { .. } => {
                if let Some(base) = self.brk_base {
                    self.ranges.insert(base, ret);
                }
            }
            _ => {}
        }
    }

    /// The result of an access (or of a syscall expected to signal): `Ok(bytes)` for loads.
    fn access_result(
        &mut self,
        r: Result<Option<Vec<u8>>, Error>,
        spec: &Option<SignalSpec>,
        rec: &mut StepRecord,
    ) {
        match &r {
            Ok(Some(b)) => rec.outcome = Outcome::Loaded { bytes: b.clone() },
            Ok(None) => {}
            Err(e) => rec.outcome = Outcome::from_error(e),
        }
        match (spec, &r) {
            (None, Ok(_)) => {}
            (None, Err(e)) => unexpected(e, rec),
            (Some(s), Ok(_)) => rec.fail(format!(
                "expected {}, but it completed without a signal",
                self.spec_text(s)
            )),
            (Some(s), Err(Error::Signal(info))) => {
                if !self.signal_matches(s, info) {
                    rec.fail(format!("expected {}, got {info}", self.spec_text(s)));
                }
            }
            (Some(s), Err(e)) if e.is_linux_answer() => {
                rec.fail(format!("expected {}, got {e}", self.spec_text(s)))
            }
            (Some(_), Err(e)) => unexpected(e, rec),
        }
    }

    fn signal_matches(&self, s: &SignalSpec, info: &SigInfo) -> bool {
        let addr_ok = match &s.addr {
            None => true,
            Some(e) => self.eval(e).is_ok_and(|a| a == info.addr),
        };
        s.signo == info.signo && s.code.is_none_or(|c| c == info.code) && addr_ok
    }

    fn spec_text(&self, s: &SignalSpec) -> String {
        let mut t = s.signo.name().to_string();
        if let Some(c) = s.code {
            t.push(' ');
            t.push_str(&uapi::signal::code_name(s.signo, c));
        }
        if let Some(e) = &s.addr {
            match self.eval(e) {
                Ok(a) => t.push_str(&format!(" at {a:#x}")),
                Err(why) => t.push_str(&format!(" at ? ({why})")),
            }
        }
        t
    }
}

fn value_text(v: u64) -> String {
    if v < 4096 {
        v.to_string()
    } else {
        format!("{v:#x}")
    }
}

/// A result no expectation asked for.
/// Checks a result expected to be `-1 want`.
fn expect_errno(want: uapi::Errno, r: &Result<u64, Error>, rec: &mut StepRecord) {
    match r {
        Err(Error::Errno(got)) if *got == want => {}
        Ok(v) => rec.fail(format!("expected -1 {want}, got {}", value_text(*v))),
        Err(e) if e.is_linux_answer() => rec.fail(format!("expected -1 {want}, got {e}")),
        Err(e) => unexpected(e, rec),
    }
}

fn unexpected(e: &Error, rec: &mut StepRecord) {
    match e {
        Error::Errno(_) | Error::Signal(_) => rec.fail(format!("unexpected {e}")),
        Error::Unsupported(_) | Error::Broken(_) => rec.fail(e.to_string()),
    }
}

/// How a load-like line shows its expectation.
fn want_text(want: &Option<LoadWant>) -> String {
    match want {
        None => String::new(),
        Some(LoadWant::Byte(b)) => format!(" == {b:#04x}"),
        Some(LoadWant::Bytes(b)) => format!(" == {}", crate::escape_bytes(b)),
    }
}

fn check_loaded(got: &[u8], len: u64, want: &Option<LoadWant>, rec: &mut StepRecord) {
    if got.len() as u64 != len {
        rec.fail(format!(
            "asked for {len} bytes, the kernel returned {}",
            got.len()
        ));
        return;
    }
    check_want(got, want, rec);
}

/// Compares the bytes read with `== BYTE` (every byte) or `== "text"` (exactly).
fn check_want(got: &[u8], want: &Option<LoadWant>, rec: &mut StepRecord) {
    match want {
        None => {}
        Some(LoadWant::Byte(b)) => {
            if let Some(i) = got.iter().position(|x| x != b) {
                rec.fail(format!(
                    "expected every byte to be {b:#04x}; byte {i} is {:#04x} (read {})",
                    got[i],
                    bytes_summary(got)
                ));
            }
        }
        Some(LoadWant::Bytes(w)) if got != w.as_slice() => {
            rec.fail(format!(
                "expected {}, read {}",
                crate::escape_bytes(w),
                crate::escape_bytes(got)
            ));
        }
        Some(LoadWant::Bytes(_)) => {}
    }
}
