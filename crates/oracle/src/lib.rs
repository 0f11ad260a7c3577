//! The host oracle: the real Linux kernel behind the same `uapi::Kernel` interface as the
//! model, so a scenario can run on both and be compared step by step.
//!
//! Each scenario process is one `mmlab-worker` process (the `[[bin]]` of this crate), started
//! without address-space randomisation and with a fixed stack limit so its layout repeats
//! from run to run. The worker's own address space is the scenario process's: syscalls run
//! there as raw syscalls, and `touch`/`store`/`load` are CPU accesses made by probe
//! instructions that survive SIGSEGV/SIGBUS and report the signal. The driver side, [`Host`],
//! talks to workers over a small binary protocol ([`proto`]).
//!
//! Pins (`Kernel::pin`) are taken in the worker, with what the host kernel offers a process:
//! FOLL_PIN|FOLL_LONGTERM|FOLL_WRITE is an io_uring fixed buffer, FOLL_GET a vmsplice into a
//! pipe; other kinds are unsupported (the host has no CONFIG_GUP_TEST). `mem_read` and
//! `mem_write` go through the worker's /proc/self/mem.
//!
//! `Host` also implements `uapi::bench::Bench`: the worker times each such operation itself,
//! with `CLOCK_MONOTONIC` read right around the work, so no IPC is in the measurement.
//!
//! Tests that need the host call [`Host::available`] first and skip, saying why, when it
//! fails (not root, PFNs hidden, worker binary not built).

mod bench;
mod host;
pub mod proto;
mod sys;
pub mod trace;

pub use host::{Host, WORKER_NAME, mmap_base, stack_guard_gap, worker_path};
pub use sys::WORKER_STACK_RLIMIT;
