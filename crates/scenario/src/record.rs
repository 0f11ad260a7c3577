//! What running a scenario produces: one [`StepRecord`] per operation (the op as run, its
//! outcome, what was observed, which expectations failed) and a [`RunReport`] per file. These
//! are plain data for the human renderer and for JSON (the shape is documented in
//! docs/scenario-language-ext.md; addresses and raw values are `0x…` strings so that 64-bit
//! values survive JSON readers that use doubles).

use serde::{Serialize, Serializer};
use uapi::{Errno, SigInfo};

/// How a step ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The operation ran and every expectation held.
    Ok,
    /// An unexpected result, a failed expectation, or a kernel that could not do it.
    Failed,
    /// Not run: its process is gone.
    Skipped,
}

/// What the operation returned.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Outcome {
    /// Completed with nothing to return (touch, store, exit, an observation).
    Done,
    /// A syscall's return value.
    Value {
        #[serde(serialize_with = "hex")]
        value: u64,
    },
    /// `-1 ERRNO`.
    Errno {
        #[serde(serialize_with = "errno_name")]
        errno: Errno,
    },
    /// The access raised a signal.
    Signal {
        #[serde(flatten, serialize_with = "siginfo")]
        info: SigInfo,
    },
    /// The bytes a load read.
    Loaded {
        #[serde(serialize_with = "hex_bytes")]
        bytes: Vec<u8>,
    },
    /// fork() created this process.
    Forked { child: String },
    /// The kernel cannot do this yet (`uapi::Error::Unsupported`).
    Unsupported { message: String },
    /// The kernel broke (`uapi::Error::Broken`).
    Broken { message: String },
    /// Nothing ran: the process is gone or an argument could not be evaluated.
    NotRun { reason: String },
}

impl Outcome {
    pub(crate) fn from_error(e: &uapi::Error) -> Outcome {
        match e {
            uapi::Error::Errno(e) => Outcome::Errno { errno: *e },
            uapi::Error::Signal(s) => Outcome::Signal { info: *s },
            uapi::Error::Unsupported(m) => Outcome::Unsupported { message: m.clone() },
            uapi::Error::Broken(m) => Outcome::Broken { message: m.clone() },
        }
    }

    /// strace-style rendering of the result (`0x7f…`, `-1 EINVAL (Invalid argument)`).
    pub fn render(&self) -> Option<String> {
        Some(match self {
            Outcome::Done => return None,
            Outcome::Value { value } => {
                if *value < 4096 {
                    value.to_string()
                } else {
                    format!("{value:#x}")
                }
            }
            Outcome::Errno { errno } => format!("-1 {errno}"),
            Outcome::Signal { info } => info.to_string(),
            Outcome::Loaded { bytes } => crate::render::bytes_summary(bytes),
            Outcome::Forked { child } => child.clone(),
            Outcome::Unsupported { message } => format!("unsupported: {message}"),
            Outcome::Broken { message } => format!("broken: {message}"),
            Outcome::NotRun { reason } => format!("not run: {reason}"),
        })
    }
}

/// What an observation line showed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Observation {
    /// A /proc file or the part of it the line asked for (`file` is `maps`, `smaps`,
    /// `smaps_rollup`, `meminfo`, …).
    Text { file: String, text: String },
    /// Decoded pagemap entries, one per page.
    Pagemap { pages: Vec<PageRow> },
}

/// One decoded pagemap entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PageRow {
    #[serde(serialize_with = "hex")]
    pub addr: u64,
    /// The raw 64-bit pagemap entry.
    #[serde(serialize_with = "hex")]
    pub entry: u64,
    /// `present`, `swap`, `file`, `excl`, `soft-dirty`, `uffd-wp`, `guard`, then the
    /// kpageflags words `anon`, `zero`, `ax`; `none` when nothing is set.
    pub flags: Vec<String>,
    /// For present pages: `zero page`, or `fN` (frames numbered in order of first appearance
    /// in this run) followed by the scenario's `@LABEL` when one names the frame.
    pub frame: Option<String>,
}

/// One executed line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StepRecord {
    pub line: usize,
    /// The acting process's scenario name.
    pub actor: String,
    /// The operation with its arguments evaluated, strace-style
    /// (`mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)`).
    pub op: String,
    pub status: Status,
    pub outcome: Outcome,
    /// The variable the result was bound to (without `$`).
    pub bind: Option<String>,
    pub observation: Option<Observation>,
    /// Why the step failed, one message per unmet expectation or problem.
    pub failures: Vec<String>,
}

impl StepRecord {
    pub(crate) fn new(line: usize, actor: &str, op: String) -> StepRecord {
        StepRecord {
            line,
            actor: actor.to_string(),
            op,
            status: Status::Ok,
            outcome: Outcome::Done,
            bind: None,
            observation: None,
            failures: Vec::new(),
        }
    }

    pub(crate) fn fail(&mut self, msg: impl Into<String>) {
        self.status = Status::Failed;
        self.failures.push(msg.into());
    }

    /// Nothing ran (an argument could not be evaluated, or a limit was hit): a failure.
    pub(crate) fn not_run(&mut self, why: String) {
        self.outcome = Outcome::NotRun {
            reason: why.clone(),
        };
        self.fail(why);
    }

    pub fn ok(&self) -> bool {
        self.status == Status::Ok
    }
}

/// A process's exit at the end of the run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ExitRecord {
    pub process: String,
    /// `None` when the exit succeeded.
    pub error: Option<String>,
}

/// The end of a run: the remaining processes exit, then the kernel's invariants are checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FinishRecord {
    pub exits: Vec<ExitRecord>,
    /// `None` when the invariants hold.
    pub invariants: Option<String>,
}

impl FinishRecord {
    pub fn ok(&self) -> bool {
        self.invariants.is_none() && self.exits.iter().all(|e| e.error.is_none())
    }
}

/// A whole file run on one kernel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RunReport {
    pub file: String,
    /// The kernel's name (`model`, `host`).
    pub kernel: String,
    /// Why the first process could not be created, if it could not.
    pub start_error: Option<String>,
    pub steps: Vec<StepRecord>,
    pub finish: FinishRecord,
    /// Every step ok, the start and the finish too.
    pub ok: bool,
}

impl RunReport {
    pub fn failed_steps(&self) -> usize {
        self.steps.iter().filter(|s| !s.ok()).count()
    }
}

pub(crate) fn hex<S: Serializer>(v: &u64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format!("{v:#x}"))
}

fn errno_name<S: Serializer>(e: &Errno, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(e.name())
}

fn hex_bytes<S: Serializer>(b: &[u8], s: S) -> Result<S::Ok, S::Error> {
    let mut out = String::with_capacity(b.len() * 2);
    for x in b {
        out.push_str(&format!("{x:02x}"));
    }
    s.serialize_str(&out)
}

fn siginfo<S: Serializer>(i: &SigInfo, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(Some(3))?;
    m.serialize_entry("signal", i.signo.name())?;
    m.serialize_entry("code", &i.code_name())?;
    m.serialize_entry("addr", &format!("{:#x}", i.addr))?;
    m.end()
}
