//! `scenario::fuzz` end to end on fake kernels (no host needed): a model with a copy-on-write
//! bug is caught and the failure shrunk to a few lines that still show it; a model that
//! panics, answers `Unsupported` or breaks its invariants is classified as such, and one that
//! fails only once as flaky; identical kernels find nothing; and the same seed finds the same
//! failures and writes the same files.

mod support;

use scenario::ReferencedCheck;
use scenario::fuzz::{Class, FuzzOptions, Kernels, Summary, fuzz};
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;
use support::{Bug, Fake};
use uapi::observe::{Layout, ProcFile};
use uapi::{AccessKind, Errno, Error, Kernel, Pid, Syscall};

/// How the test model misbehaves.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flaw {
    None,
    NoCow,
    PanicOnMprotect,
    NoMadvise,
    /// Panics on the first mprotect of the whole run only.
    PanicOnce,
    /// The invariant checks fail from the 12th step on.
    Invariants,
}

/// The fake kernel, minus what it was never meant to take: ranges that wrap past 2^64 or are
/// longer than the address space (the generator's huge lengths) get EINVAL before they reach its unchecked arithmetic. Also the
/// place where the test model's flaws live.
struct Sane {
    inner: Fake,
    flaw: Flaw,
    /// For `PanicOnce`: whether the panic is still to come (shared by every model of a run).
    armed: Rc<Cell<bool>>,
}

impl Sane {
    fn new(name: &'static str, flaw: Flaw) -> Sane {
        let bug = if flaw == Flaw::NoCow {
            Bug::NoCow
        } else {
            Bug::None
        };
        let mut inner = Fake::with_bug(name, bug);
        if flaw == Flaw::Invariants {
            inner.fail_invariants_after = Some(11);
        }
        Sane {
            inner,
            flaw,
            armed: Rc::new(Cell::new(false)),
        }
    }
}

fn wraps(addr: u64, len: u64) -> bool {
    len > uapi::TASK_SIZE || addr.checked_add(len.saturating_add(4095)).is_none()
}

impl Kernel for Sane {
    fn name(&self) -> &'static str {
        self.inner.name()
    }
    fn spawn(&mut self, layout: Option<&Layout>) -> Result<Pid, Error> {
        self.inner.spawn(layout)
    }
    fn layout(&mut self, pid: Pid) -> Result<Layout, Error> {
        self.inner.layout(pid)
    }
    fn syscall(&mut self, pid: Pid, call: &Syscall) -> Result<u64, Error> {
        let range = match *call {
            Syscall::Mmap { addr, len, .. }
            | Syscall::Munmap { addr, len }
            | Syscall::Mprotect { addr, len, .. }
            | Syscall::Madvise { addr, len, .. }
            | Syscall::Mlock { addr, len }
            | Syscall::Mlock2 { addr, len, .. }
            | Syscall::Munlock { addr, len }
            | Syscall::Mseal { addr, len, .. } => Some((addr, len)),
            Syscall::Mremap { .. } | Syscall::Brk { .. } => None,
        };
        if range.is_some_and(|(a, l)| wraps(a, l)) {
            return Err(Errno::EINVAL.into());
        }
        match (self.flaw, call) {
            (Flaw::PanicOnMprotect, Syscall::Mprotect { .. }) => panic!("mprotect is broken"),
            (Flaw::PanicOnce, Syscall::Mprotect { .. }) if self.armed.replace(false) => {
                panic!("mprotect is broken once")
            }
            (Flaw::NoMadvise, Syscall::Madvise { .. }) => {
                Err(Error::Unsupported("no madvise here".into()))
            }
            _ => self.inner.syscall(pid, call),
        }
    }
    fn fork(&mut self, pid: Pid) -> Result<Pid, Error> {
        self.inner.fork(pid)
    }
    fn exit(&mut self, pid: Pid) -> Result<(), Error> {
        self.inner.exit(pid)
    }
    fn touch(&mut self, pid: Pid, addr: u64, len: u64, kind: AccessKind) -> Result<(), Error> {
        self.inner.touch(pid, addr, len, kind)
    }
    fn store(&mut self, pid: Pid, addr: u64, data: &[u8]) -> Result<(), Error> {
        self.inner.store(pid, addr, data)
    }
    fn load(&mut self, pid: Pid, addr: u64, len: u64) -> Result<Vec<u8>, Error> {
        self.inner.load(pid, addr, len)
    }
    fn read_proc(&mut self, pid: Pid, file: ProcFile) -> Result<String, Error> {
        self.inner.read_proc(pid, file)
    }
    fn pagemap(&mut self, pid: Pid, addr: u64, npages: u64) -> Result<Vec<u64>, Error> {
        self.inner.pagemap(pid, addr, npages)
    }
    fn kpageflags(&mut self, pfns: &[u64]) -> Result<Vec<u64>, Error> {
        self.inner.kpageflags(pfns)
    }
    fn check_invariants(&mut self) -> Result<(), String> {
        self.inner.check_invariants()
    }
}

struct Fakes(Flaw, Rc<Cell<bool>>);

impl Kernels for Fakes {
    type Model = Sane;
    type Host = Sane;
    fn model(&mut self) -> Result<Sane, String> {
        let mut m = Sane::new("model", self.0);
        m.armed = self.1.clone();
        Ok(m)
    }
    fn host(&mut self) -> Result<Sane, String> {
        Ok(Sane::new("host", Flaw::None))
    }
}

fn run(flaw: Flaw, sequences: usize, seed: u64) -> Summary {
    let opts = FuzzOptions {
        sequences,
        steps: 40,
        seed,
        shrink_runs: 300,
        shrink_time: Duration::from_secs(60),
        max_shrinks: 10,
        referenced: ReferencedCheck::Exact,
    };
    let armed = Rc::new(Cell::new(true));
    fuzz(&opts, &mut Fakes(flaw, armed), |_| {}).expect("the fuzz run completes")
}

/// The generated lines of a written case (not the header, not the window's two lines).
fn body(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .skip(2)
        .collect()
}

#[test]
fn identical_kernels_find_nothing() {
    let s = run(Flaw::None, 20, 3);
    assert!(s.ok, "{:#?}", s.found);
    assert_eq!(s.failures, 0);
    assert!(s.steps >= 20 * 40, "{} steps", s.steps);
    assert_eq!(
        s.summary,
        format!("fuzz-diff: 20 sequences, {} steps, 0 failures", s.steps)
    );
}

#[test]
fn a_cow_bug_is_found_and_shrunk_to_a_few_lines() {
    let s = run(Flaw::NoCow, 30, 1);
    assert!(!s.ok);
    let first = s.found.first().expect("the COW bug is found");
    assert_eq!(
        first.failure.class,
        Class::Divergence,
        "{:#?}",
        first.failure
    );
    let case = first.case.as_ref().expect("the first failure is shrunk");
    assert!(case.reproduced, "{}\n{}", case.text, case.diff);
    let lines = body(&case.text);
    assert!(
        lines.len() <= 6 && lines.len() == case.steps,
        "shrunk to {} lines:\n{}",
        lines.len(),
        case.text
    );
    assert!(lines.iter().any(|l| l.contains("fork()")), "{}", case.text);
    assert!(
        case.text
            .starts_with("# mmlab fuzz-diff, seed 1, sequence ")
    );
    scenario::parse(&case.file_name, &case.text).expect("the written case parses");
    assert!(case.diff.contains("DIVERGED"), "{}", case.diff);
    // Repeats of the same failure are counted but not shrunk again.
    for f in &s.found[1..] {
        assert_eq!(f.case.is_none(), f.same_as.is_some());
    }
}

#[test]
fn the_same_seed_finds_the_same_failures() {
    let texts = |s: &Summary| -> Vec<String> {
        s.found
            .iter()
            .filter_map(|f| f.case.as_ref().map(|c| c.text.clone()))
            .collect()
    };
    let (a, b) = (run(Flaw::NoCow, 12, 9), run(Flaw::NoCow, 12, 9));
    assert_eq!(a.steps, b.steps);
    assert_eq!(texts(&a), texts(&b));
}

#[test]
fn a_model_panic_is_caught_and_shrunk() {
    let s = run(Flaw::PanicOnMprotect, 5, 2);
    let f = s.found.first().expect("mprotect panics");
    assert_eq!(f.failure.class, Class::Panic);
    assert!(
        f.failure.message.contains("mprotect is broken"),
        "{}",
        f.failure.message
    );
    let case = f.case.as_ref().expect("shrunk");
    assert!(case.reproduced);
    let lines = body(&case.text);
    assert!(lines.len() <= 2, "{}", case.text);
    assert!(
        lines.last().is_some_and(|l| l.contains("mprotect(")),
        "{}",
        case.text
    );
}

#[test]
fn unsupported_answers_are_their_own_class() {
    let s = run(Flaw::NoMadvise, 10, 4);
    let f = s.found.first().expect("madvise is unsupported");
    assert_eq!(f.failure.class, Class::Unsupported);
    assert_eq!(f.failure.message, "no madvise here");
    assert_eq!(f.failure.signature, "unsupported: no madvise here");
    let case = f.case.as_ref().expect("shrunk");
    assert_eq!(body(&case.text).len(), 1, "{}", case.text);
}

#[test]
fn a_failure_that_does_not_repeat_is_flaky_and_not_shrunk() {
    let s = run(Flaw::PanicOnce, 5, 2);
    assert_eq!(s.failures, 1, "{:#?}", s.found);
    let f = &s.found[0];
    assert_eq!(f.failure.class, Class::Flaky);
    assert!(
        f.failure
            .signature
            .starts_with("flaky: panic: mprotect is broken once")
    );
    assert!(
        f.failure.message.ends_with("(run again: no failure)"),
        "{}",
        f.failure.message
    );
    assert!(f.case.is_none());
}

#[test]
fn broken_invariants_are_their_own_class() {
    let s = run(Flaw::Invariants, 1, 5);
    let f = s.found.first().expect("the invariants fail");
    assert_eq!(f.failure.class, Class::Invariant, "{:#?}", f.failure);
    assert_eq!(
        f.failure.signature,
        "invariant: fake invariant broken at call N"
    );
    let case = f.case.as_ref().expect("shrunk");
    assert!(case.reproduced, "{}\n{}", case.text, case.diff);
    // The fake breaks after its 11th check, whatever ran: the window's two lines and nine more.
    assert_eq!(body(&case.text).len(), 9, "{}", case.text);
}
