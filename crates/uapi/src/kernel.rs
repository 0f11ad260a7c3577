//! The `Kernel` trait: one interface for "run this memory operation and show me the result",
//! implemented by the model (`mm::Machine`) and by the host kernel (`oracle::Host`). Everything
//! above it (scenarios, workloads, diff, bench) is written once against this trait.

use crate::observe::{Layout, ProcFile};
use crate::{AccessKind, Errno, SigInfo, Syscall};
use std::fmt;

/// A process as the kernel implementation numbers it (not an OS pid).
pub type Pid = u32;

/// Why an operation did not complete normally.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// The syscall failed with this errno (Linux's answer, not a problem of the implementation).
    Errno(Errno),
    /// The access raised this signal (Linux's answer too).
    Signal(SigInfo),
    /// The implementation cannot do this yet; the text names what is missing.
    Unsupported(String),
    /// The implementation broke: host worker died, IPC failed, bad process handle.
    Broken(String),
}

impl Error {
    /// Whether this is Linux's answer (errno or signal) rather than an implementation problem.
    pub fn is_linux_answer(&self) -> bool {
        matches!(self, Error::Errno(_) | Error::Signal(_))
    }
}

impl From<Errno> for Error {
    fn from(e: Errno) -> Error {
        Error::Errno(e)
    }
}

impl From<SigInfo> for Error {
    fn from(s: SigInfo) -> Error {
        Error::Signal(s)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Errno(e) => write!(f, "-1 {e}"),
            Error::Signal(s) => write!(f, "{s}"),
            Error::Unsupported(s) => write!(f, "unsupported: {s}"),
            Error::Broken(s) => write!(f, "broken: {s}"),
        }
    }
}

impl std::error::Error for Error {}

pub trait Kernel {
    /// "model" or "host".
    fn name(&self) -> &'static str;

    /// Creates a process. `layout` asks for a given starting address space (the model adopts it;
    /// the host has its own and ignores it).
    fn spawn(&mut self, layout: Option<&Layout>) -> Result<Pid, Error>;

    /// The process's address-space facts, as a fresh process would report them.
    fn layout(&mut self, pid: Pid) -> Result<Layout, Error>;

    /// Runs one syscall; `Ok` is the return value.
    fn syscall(&mut self, pid: Pid, call: &Syscall) -> Result<u64, Error>;

    /// fork(): the child is a new process.
    fn fork(&mut self, pid: Pid) -> Result<Pid, Error>;

    /// exit(): the process and its address space go away.
    fn exit(&mut self, pid: Pid) -> Result<(), Error>;

    /// One access per page in [addr, addr+len), in address order, stopping at the first signal.
    /// A write access leaves the byte's value unchanged (a locked `or` of 0 on x86).
    fn touch(&mut self, pid: Pid, addr: u64, len: u64, kind: AccessKind) -> Result<(), Error>;

    /// Writes bytes in address order; on a signal the bytes before the faulting page stay written.
    fn store(&mut self, pid: Pid, addr: u64, data: &[u8]) -> Result<(), Error>;

    /// Reads bytes.
    fn load(&mut self, pid: Pid, addr: u64, len: u64) -> Result<Vec<u8>, Error>;

    /// The text of a /proc file, exactly as Linux prints it.
    fn read_proc(&mut self, pid: Pid, file: ProcFile) -> Result<String, Error>;

    /// /proc/PID/pagemap entries for `npages` pages from `addr`.
    fn pagemap(&mut self, pid: Pid, addr: u64, npages: u64) -> Result<Vec<u64>, Error>;

    /// /proc/kpageflags entries for the given PFNs.
    fn kpageflags(&mut self, pfns: &[u64]) -> Result<Vec<u64>, Error>;

    /// Runs the implementation's invariant checks; the model's check.rs. Default: nothing to check.
    fn check_invariants(&mut self) -> Result<(), String> {
        Ok(())
    }
}
