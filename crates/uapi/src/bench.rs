//! Timed operations for benchmarks. Each is timed where it runs — inside the host worker
//! process, or around the model's call — so a measurement never includes the cost of reaching
//! the kernel that runs it (no IPC in host timings).

use crate::{AccessKind, Error, Kernel, Pid, Syscall};

/// An operation to time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimedOp {
    /// `touch`: one access per page of [addr, addr+len).
    Touch {
        addr: u64,
        len: u64,
        kind: AccessKind,
    },
    /// One syscall; its return value is reported.
    Syscall(Syscall),
    /// fork(); the child's pid is reported. Only the parent's side of the fork is timed.
    Fork,
    /// `count` times: `mmap(NULL, len, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)`
    /// then `munmap` of it.
    MmapMunmapLoop { count: u64, len: u64 },
    /// `count` times: `mprotect(addr, 4K, PROT_READ)` then `mprotect(addr, 4K,
    /// PROT_READ|PROT_WRITE)`, which splits a VMA around the page and merges it back.
    MprotectToggleLoop { addr: u64, count: u64 },
}

/// What a timed operation reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timed {
    pub elapsed_ns: u64,
    /// The syscall's return value, the child's pid for `Fork`, else 0.
    pub value: u64,
}

/// A kernel whose operations can be timed where they run.
pub trait Bench: Kernel {
    fn timed(&mut self, pid: Pid, op: &TimedOp) -> Result<Timed, Error>;
}
