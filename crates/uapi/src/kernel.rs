//! The `Kernel` trait: one interface for "run this memory operation and show me the result",
//! implemented by the model (`mm::Machine`) and by the host kernel (`oracle::Host`). Everything
//! above it (scenarios, workloads, diff, bench) is written once against this trait.

use crate::file::FileFacts;
use crate::observe::{Layout, ProcFile};
use crate::{AccessKind, Errno, SigInfo, Syscall};
use std::fmt;

/// A process as the kernel implementation numbers it (not an OS pid).
pub type Pid = u32;

/// A held GUP pin or reference, numbered by the kernel implementation from 1 in the order
/// `Kernel::pin` granted them (the same numbers on the model and on the host).
pub type PinId = u32;

/// Longest range one `Kernel::pin` covers (io_uring's limit for one fixed buffer).
pub const PIN_MAX_BYTES: u64 = 1 << 30;

/// The argument checks every `Kernel::pin` makes first (`is_valid_gup_args` plus the length
/// limits): exactly one of FOLL_PIN and FOLL_GET, FOLL_LONGTERM only with FOLL_PIN, no
/// unknown bits, 0 < len <= PIN_MAX_BYTES.
pub fn check_pin_args(len: u64, foll: u64) -> Result<(), Errno> {
    use crate::consts::{FOLL_FORCE, FOLL_GET, FOLL_LONGTERM, FOLL_PIN, FOLL_WRITE};
    let known = FOLL_WRITE | FOLL_GET | FOLL_FORCE | FOLL_LONGTERM | FOLL_PIN;
    let kind = foll & (FOLL_PIN | FOLL_GET);
    let ok = foll & !known == 0
        && (kind == FOLL_PIN || kind == FOLL_GET)
        && (foll & FOLL_LONGTERM == 0 || kind == FOLL_PIN)
        && len > 0
        && len <= PIN_MAX_BYTES;
    if ok { Ok(()) } else { Err(Errno::EINVAL) }
}

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

    /// Takes pins (`pin_user_pages`, with FOLL_PIN) or references (`get_user_pages`, with
    /// FOLL_GET) on every page overlapping [addr, addr+len) of the process, as a driver doing
    /// DMA would. `foll` is FOLL_PIN or FOLL_GET (exactly one) plus any of FOLL_WRITE,
    /// FOLL_LONGTERM and FOLL_FORCE. All pages or none: if GUP fails on the first page the
    /// error is its errno, if it fails later the pages already taken are released and the
    /// error is EFAULT. `len` of 0 or above `PIN_MAX_BYTES`, or a bad `foll`, is EINVAL; a
    /// range that wraps is EOVERFLOW for a long-term pin (io_uring's own check) and EFAULT
    /// otherwise. A long-term pin is accounted in the process's VmPin, as io_uring does. The
    /// pin belongs to the process: `unpin` or the process's exit releases it; a fork child
    /// does not inherit it. An unknown pin, or bytes outside it, is `Error::Broken`.
    fn pin(&mut self, pid: Pid, addr: u64, len: u64, foll: u64) -> Result<PinId, Error> {
        let _ = (pid, addr, len, foll);
        Err(Error::Unsupported(format!("{}: pins", self.name())))
    }

    /// Releases a pin (`unpin_user_pages`) or references (`put_page`).
    fn unpin(&mut self, pin: PinId) -> Result<(), Error> {
        let _ = pin;
        Err(Error::Unsupported(format!("{}: pins", self.name())))
    }

    /// Reads `len` bytes at `offset` into the pinned range as the pin's holder sees them (a
    /// device reading the pages it was given), whatever the process's page tables now map.
    fn pin_load(&mut self, pin: PinId, offset: u64, len: u64) -> Result<Vec<u8>, Error> {
        let _ = (pin, offset, len);
        Err(Error::Unsupported(format!("{}: pins", self.name())))
    }

    /// Writes bytes at `offset` into the pinned pages (a device writing by DMA); needs a
    /// FOLL_PIN|FOLL_WRITE pin.
    fn pin_store(&mut self, pin: PinId, offset: u64, data: &[u8]) -> Result<(), Error> {
        let _ = (pin, offset, data);
        Err(Error::Unsupported(format!("{}: pins", self.name())))
    }

    /// pwrite() to /proc/PID/mem: GUP with FOLL_FORCE|FOLL_WRITE, page by page; Ok is the
    /// number of bytes written (short when a page fails after the first), EIO when none was,
    /// EINVAL for an address at or above 2^63 (a negative file offset).
    fn mem_write(&mut self, pid: Pid, addr: u64, data: &[u8]) -> Result<u64, Error> {
        let _ = (pid, addr, data);
        Err(Error::Unsupported(format!(
            "{}: /proc/PID/mem",
            self.name()
        )))
    }

    /// pread() from /proc/PID/mem with FOLL_FORCE: the bytes read, fewer than `len` when a
    /// page fails after the first, EIO when none could be read.
    fn mem_read(&mut self, pid: Pid, addr: u64, len: u64) -> Result<Vec<u8>, Error> {
        let _ = (pid, addr, len);
        Err(Error::Unsupported(format!(
            "{}: /proc/PID/mem",
            self.name()
        )))
    }

    /// Migrates every page mapped in [addr, addr+len) of the process to a new frame
    /// (`migrate_pages` as `move_pages` drives it); Ok is the number of pages that could not
    /// be migrated. The host cannot do this on demand (one NUMA node).
    fn migrate(&mut self, pid: Pid, addr: u64, len: u64) -> Result<u64, Error> {
        let _ = (pid, addr, len);
        Err(Error::Unsupported(format!(
            "{}: page migration",
            self.name()
        )))
    }

    /// Opens a regular file in the process (`openat(AT_FDCWD, path, flags)`); `Ok` is the
    /// descriptor: `fd` when given (as `dup2` would place it), else the lowest free one from
    /// 3 up (0 to 2 are the standard streams). The host opens `facts.path` and numbers its
    /// descriptors the same way, whatever the worker's own descriptors are; the model takes
    /// the file's identity, size and bytes from `facts`.
    fn open(
        &mut self,
        pid: Pid,
        facts: &FileFacts,
        flags: u64,
        fd: Option<i64>,
    ) -> Result<i64, Error> {
        let _ = (pid, facts, flags, fd);
        Err(Error::Unsupported(format!("{}: files", self.name())))
    }

    /// Closes a descriptor `open` returned (EBADF when it is not open).
    fn close(&mut self, pid: Pid, fd: i64) -> Result<(), Error> {
        let _ = (pid, fd);
        Err(Error::Unsupported(format!("{}: files", self.name())))
    }

    /// From now on, the allocations `spec` names fail (failure injection; counting starts
    /// here). Only the model can do this; the host answers `Unsupported`.
    fn set_fail(&mut self, spec: &crate::fail::FailSpec) -> Result<(), Error> {
        let _ = spec;
        Err(Error::Unsupported(format!(
            "{}: failure injection",
            self.name()
        )))
    }

    /// execve of a recorded program: the process's address space is replaced by `layout`, the
    /// one the program had right after execve on the recording machine (`mmlab trace`).
    /// Descriptors stay open. Only the model can adopt a layout; the host answers
    /// `Unsupported`.
    fn exec(&mut self, pid: Pid, layout: &Layout) -> Result<(), Error> {
        let _ = (pid, layout);
        Err(Error::Unsupported(format!(
            "{}: exec of a recorded program's address space",
            self.name()
        )))
    }

    /// Runs the implementation's invariant checks; the model's check.rs. Default: nothing to check.
    fn check_invariants(&mut self) -> Result<(), String> {
        Ok(())
    }
}
