//! The userspace view of Linux memory management (the `include/uapi/` side of mm).
//!
//! Everything a program can pass to or get back from the memory-management syscalls lives
//! here: raw syscall arguments and their symbolic names, `Errno`, the signal a bad access
//! raises, and the observation formats of /proc (maps, smaps, pagemap, kpageflags, meminfo).
//! The [`Kernel`] trait is the one interface between "what a program asks" and "who answers":
//! the model (`mm`) and the real kernel (`oracle`) both implement it.

pub mod bench;
pub mod consts;
pub mod errno;
pub mod fail;
pub mod file;
pub mod kernel;
pub mod observe;
pub mod rng;
pub mod signal;
pub mod syscall;

pub use errno::Errno;
pub use file::FileFacts;
pub use kernel::{Error, Kernel, PIN_MAX_BYTES, Pid, PinId, check_pin_args};
pub use observe::{Layout, MapsEntry, SmapsEntry};
pub use signal::{SigInfo, Signo};
pub use syscall::{AccessKind, Syscall};

/// Base page size on x86-64.
pub const PAGE_SIZE: u64 = 4096;
pub const PAGE_SHIFT: u32 = 12;
/// PMD mapping size (2 MiB).
pub const PMD_SIZE: u64 = 2 << 20;
/// Highest user address + 1 with 4-level paging (x86-64 `TASK_SIZE_MAX`).
pub const TASK_SIZE: u64 = (1u64 << 47) - PAGE_SIZE;

/// Rounds `x` up to a multiple of the page size, `None` on overflow.
pub fn page_align(x: u64) -> Option<u64> {
    x.checked_add(PAGE_SIZE - 1).map(|v| v & !(PAGE_SIZE - 1))
}

pub fn is_page_aligned(x: u64) -> bool {
    x & (PAGE_SIZE - 1) == 0
}
