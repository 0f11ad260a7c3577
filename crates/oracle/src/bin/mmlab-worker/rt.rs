//! The worker's runtime: every place where it touches the machine directly. All of the
//! worker's `unsafe` lives here, but for the io_uring ring memory it shares with the kernel
//! (`uring`): raw syscalls (issued with the `syscall` instruction, so no libc state such as
//! errno is involved after start-up), the probe routines that make one CPU access and
//! survive the fault it may raise, the SIGSEGV/SIGBUS handler that lets them survive, and
//! the preallocated arena the worker works in.
//!
//! Several functions here are safe to call although they act on arbitrary addresses
//! (`probe_*`, `scenario_syscall`, `vmsplice`): acting on its own address space is the worker's whole
//! purpose, and the scenario owns that address space. A scenario that deliberately unmaps or
//! overwrites the worker's own memory breaks the worker, and the driver reports that as a
//! dead worker, never as Linux's answer.

use core::ffi::{c_int, c_void};
use core::sync::atomic::{AtomicI32, AtomicU64, Ordering::Relaxed};
use oracle::proto::{BUF_LEN, MAX_PINS, PATH_MAX};

// x86-64 syscall numbers used by the worker itself.
const SYS_READ: u64 = 0;
const SYS_WRITE: u64 = 1;
const SYS_CLOSE: u64 = 3;
const SYS_MMAP: u64 = 9;
const SYS_MPROTECT: u64 = 10;
const SYS_LSEEK: u64 = 8;
const SYS_PREAD64: u64 = 17;
const SYS_PWRITE64: u64 = 18;
const SYS_DUP2: u64 = 33;
const SYS_GETPID: u64 = 39;
const SYS_SENDMSG: u64 = 46;
const SYS_SOCKETPAIR: u64 = 53;
const SYS_CLONE: u64 = 56;
const SYS_KILL: u64 = 62;
const SYS_FCNTL: u64 = 72;
const SYS_PRCTL: u64 = 157;
const SYS_CLOCK_GETTIME: u64 = 228;
const SYS_EXIT_GROUP: u64 = 231;
const SYS_CACHESTAT: u64 = 451;
const SYS_OPENAT: u64 = 257;
const SYS_FDATASYNC: u64 = 75;
const SYS_TEE: u64 = 276;
const SYS_VMSPLICE: u64 = 278;
const SYS_PIPE2: u64 = 293;

const EINTR: i32 = 4;
const EINVAL: i32 = 22;

/// Fds the worker keeps open for a scenario's pins are moved to this number or above, out of
/// the way of the low numbers a scenario's own fds would get.
const PARKED_FD_MIN: u64 = 512;

/// Room for the signal handler: far more than one x86 signal frame with full xsave state.
const ALTSTACK_LEN: usize = 64 << 10;
/// Room for a NUL-terminated path.
const PATH_LEN: usize = PATH_MAX + 1;
const PAGE: usize = 4096;
/// Bytes of the arena's ring slots.
const SLOTS_LEN: usize = MAX_PINS * crate::uring::SLOT_BYTES;
/// Bytes of the arena. Its VMA is part of every worker's layout, which the model's default
/// layout is a capture of (crates/mm/src/default_layout.smaps): a different size would move
/// every mapping a scenario places top-down. So it stays at what it was before the ring slots
/// existed, a signal stack, a path and one megabyte, which the data buffer and the ring slots
/// now share.
const ARENA_LEN: usize = ALTSTACK_LEN + PATH_LEN.next_multiple_of(PAGE) + (1 << 20);
const _: () = assert!(
    ALTSTACK_LEN + PATH_LEN.next_multiple_of(PAGE) + BUF_LEN + SLOTS_LEN == ARENA_LEN,
    "the worker's arena must keep its size"
);

/// Makes one raw system call and decodes Linux's return convention (-4095..-1 is -errno).
///
/// # Safety
/// The call may do anything to the process (unmap memory, close fds); the caller must make
/// sure pointer arguments are valid for what the syscall does with them.
pub(crate) unsafe fn raw(nr: u64, a: [u64; 6]) -> Result<u64, i32> {
    let ret: u64;
    // SAFETY: the `syscall` instruction clobbers only rax (the result), rcx and r11, which are
    // declared; it does not touch the user stack. Memory effects are the caller's contract.
    unsafe {
        core::arch::asm!(
            "syscall",
            inlateout("rax") nr => ret,
            in("rdi") a[0],
            in("rsi") a[1],
            in("rdx") a[2],
            in("r10") a[3],
            in("r8") a[4],
            in("r9") a[5],
            lateout("rcx") _,
            lateout("r11") _,
            options(nostack),
        );
    }
    decode(ret)
}

/// Linux's syscall return convention: -4095..-1 is -errno, anything else a result.
fn decode(ret: u64) -> Result<u64, i32> {
    if ret > (-4096i64) as u64 {
        Err(-(ret as i64) as i32)
    } else {
        Ok(ret)
    }
}

/// A `timespec` from `CLOCK_MONOTONIC` in nanoseconds (it starts at boot: no overflow).
fn timespec_ns(ts: &libc::timespec) -> u64 {
    (ts.tv_sec as u64) * 1_000_000_000 + ts.tv_nsec as u64
}

/// Runs a syscall the scenario asked for, with the raw registers it gave.
pub fn scenario_syscall(nr: u64, args: [u64; 6]) -> Result<u64, i32> {
    // SAFETY: the driver only sends the memory syscalls of `uapi::Syscall`, which take no
    // pointers into memory they write; what they do to the address space is the scenario's
    // request (see the module comment).
    unsafe { raw(nr, args) }
}

pub fn read(fd: i32, buf: &mut [u8]) -> Result<usize, i32> {
    loop {
        // SAFETY: the kernel writes at most buf.len() bytes into buf, which we borrow mutably.
        match unsafe {
            raw(
                SYS_READ,
                [
                    fd as u64,
                    buf.as_mut_ptr() as u64,
                    buf.len() as u64,
                    0,
                    0,
                    0,
                ],
            )
        } {
            Err(EINTR) => continue,
            r => return r.map(|n| n as usize),
        }
    }
}

pub fn pread(fd: i32, buf: &mut [u8], offset: u64) -> Result<usize, i32> {
    loop {
        let a = [
            fd as u64,
            buf.as_mut_ptr() as u64,
            buf.len() as u64,
            offset,
            0,
            0,
        ];
        // SAFETY: as for `read`.
        match unsafe { raw(SYS_PREAD64, a) } {
            Err(EINTR) => continue,
            r => return r.map(|n| n as usize),
        }
    }
}

/// Opens `path` (which must end in a NUL byte) read-only.
pub fn open_readonly(path: &[u8]) -> Result<i32, i32> {
    open(path, false)
}

/// Opens `path` (which must end in a NUL byte), read-only or read-write, close-on-exec.
pub fn open(path: &[u8], write: bool) -> Result<i32, i32> {
    if path.last() != Some(&0) {
        return Err(EINVAL);
    }
    let mode = if write { libc::O_RDWR } else { libc::O_RDONLY };
    let a = [
        libc::AT_FDCWD as u64,
        path.as_ptr() as u64,
        (mode | libc::O_CLOEXEC) as u64,
        0,
        0,
        0,
    ];
    // SAFETY: path is a valid NUL-terminated string that the kernel only reads.
    unsafe { raw(SYS_OPENAT, a) }.map(|fd| fd as i32)
}

/// write(2) of `buf`.
pub fn write(fd: i32, buf: &[u8]) -> Result<usize, i32> {
    let a = [fd as u64, buf.as_ptr() as u64, buf.len() as u64, 0, 0, 0];
    loop {
        // SAFETY: the kernel reads at most buf.len() bytes from buf, which we borrow.
        match unsafe { raw(SYS_WRITE, a) } {
            Err(EINTR) => continue,
            r => return r.map(|n| n as usize),
        }
    }
}

/// pwrite(2) of `buf` at `offset`. For /proc/self/mem the offset is an address, and the
/// kernel treats it as unsigned.
pub fn pwrite(fd: i32, buf: &[u8], offset: u64) -> Result<usize, i32> {
    let a = [
        fd as u64,
        buf.as_ptr() as u64,
        buf.len() as u64,
        offset,
        0,
        0,
    ];
    loop {
        // SAFETY: the kernel reads at most buf.len() bytes from buf, which we borrow.
        match unsafe { raw(SYS_PWRITE64, a) } {
            Err(EINTR) => continue,
            r => return r.map(|n| n as usize),
        }
    }
}

/// fcntl(2) with an integer argument.
pub fn fcntl(fd: i32, cmd: i32, arg: u64) -> Result<u64, i32> {
    // SAFETY: the commands the worker uses (F_DUPFD_CLOEXEC, F_SETPIPE_SZ) take an integer.
    unsafe { raw(SYS_FCNTL, [fd as u64, cmd as u64, arg, 0, 0, 0]) }
}

/// Moves `fd` to a number at or above `PARKED_FD_MIN` (close-on-exec) and returns the new
/// number; keeps `fd` where it is if that fails (a low `RLIMIT_NOFILE`).
pub fn park_fd(fd: i32) -> i32 {
    match fcntl(fd, libc::F_DUPFD_CLOEXEC, PARKED_FD_MIN) {
        Ok(high) => {
            close(fd);
            high as i32
        }
        Err(_) => fd,
    }
}

/// pipe2(2), both ends close-on-exec and non-blocking: (read end, write end).
pub fn pipe() -> Result<(i32, i32), i32> {
    let mut fds = [0i32; 2];
    let flags = (libc::O_CLOEXEC | libc::O_NONBLOCK) as u64;
    // SAFETY: the kernel writes two ints into fds.
    unsafe { raw(SYS_PIPE2, [fds.as_mut_ptr() as u64, flags, 0, 0, 0, 0]) }?;
    Ok((fds[0], fds[1]))
}

/// vmsplice(2) of [addr, addr+len) into the pipe `fd` (no SPLICE_F_GIFT): the kernel takes
/// references on the pages (get_user_pages_fast) and queues them in the pipe, no copy.
/// Returns the bytes it queued.
pub fn vmsplice(fd: i32, addr: u64, len: u64, flags: u32) -> Result<usize, i32> {
    let iov = libc::iovec {
        iov_base: addr as *mut c_void,
        iov_len: len as usize,
    };
    let a = [fd as u64, &raw const iov as u64, 1, flags as u64, 0, 0];
    // SAFETY: the kernel reads the one iovec. The memory it describes is scenario memory
    // that the kernel only reads (and references); see the module comment.
    unsafe { raw(SYS_VMSPLICE, a) }.map(|n| n as usize)
}

/// tee(2): duplicates up to `len` bytes of pipe `fd_in` into pipe `fd_out`, consuming none.
pub fn tee(fd_in: i32, fd_out: i32, len: u64, flags: u32) -> Result<usize, i32> {
    // SAFETY: integer arguments only.
    unsafe {
        raw(
            SYS_TEE,
            [fd_in as u64, fd_out as u64, len, flags as u64, 0, 0],
        )
    }
    .map(|n| n as usize)
}

/// `openat(AT_FDCWD, path, flags)` with the scenario's flags (`path` ends in a NUL byte).
pub fn open_flags(path: &[u8], flags: u64) -> Result<i32, i32> {
    if path.last() != Some(&0) {
        return Err(EINVAL);
    }
    let a = [libc::AT_FDCWD as u64, path.as_ptr() as u64, flags, 0, 0, 0];
    // SAFETY: `path` is a NUL-terminated buffer the kernel only reads.
    unsafe { raw(SYS_OPENAT, a) }.map(|fd| fd as i32)
}

/// `struct cachestat_range`.
#[repr(C)]
struct CachestatRange {
    off: u64,
    len: u64,
}

/// `struct cachestat`.
#[repr(C)]
#[derive(Default)]
struct Cachestat {
    nr_cache: u64,
    nr_dirty: u64,
    nr_writeback: u64,
    nr_evicted: u64,
    nr_recently_evicted: u64,
}

/// Whether every page of the file behind `fd` is in the page cache (`cachestat(2)` over the
/// whole file against its size); `None` when the kernel cannot tell.
pub fn fully_cached(fd: i32) -> Option<bool> {
    const SEEK_END: u64 = 2;
    // SAFETY: lseek takes no memory; the scenario never reads through its descriptors, so
    // moving the file position disturbs nothing.
    let size = unsafe { raw(SYS_LSEEK, [fd as u64, 0, SEEK_END, 0, 0, 0]) }.ok()?;
    let range = CachestatRange { off: 0, len: 0 };
    let mut cs = Cachestat::default();
    let a = [
        fd as u64,
        &range as *const CachestatRange as u64,
        &mut cs as *mut Cachestat as u64,
        0,
        0,
        0,
    ];
    // SAFETY: the kernel reads `range` and writes `cs`, both live on this stack frame and of
    // the layouts the syscall defines.
    unsafe { raw(SYS_CACHESTAT, a) }.ok()?;
    Some(cs.nr_cache >= size.div_ceil(4096))
}

/// fdatasync(2), errors ignored (a descriptor that cannot sync has nothing dirty to show).
pub fn fdatasync(fd: i32) {
    // SAFETY: a plain syscall on a descriptor, no memory passed.
    let _ = unsafe { raw(SYS_FDATASYNC, [fd as u64, 0, 0, 0, 0, 0]) };
}

/// close(2) of a scenario's descriptor, with its errno.
pub fn close_checked(fd: i32) -> Result<(), i32> {
    if fd <= 2 {
        // The worker's channel and standard streams are not the scenario's to close.
        return Err(libc::EBADF);
    }
    // SAFETY: closing a descriptor the scenario opened; the worker itself never uses it.
    unsafe { raw(SYS_CLOSE, [fd as u64, 0, 0, 0, 0, 0]) }.map(drop)
}

pub fn close(fd: i32) {
    // SAFETY: closing an fd this worker owns; the callers never use it afterwards.
    let _ = unsafe { raw(SYS_CLOSE, [fd as u64, 0, 0, 0, 0, 0]) };
}

pub fn dup2(old: i32, new: i32) -> Result<(), i32> {
    // SAFETY: fd table manipulation only; `new` is the channel fd the worker replaces on purpose.
    unsafe { raw(SYS_DUP2, [old as u64, new as u64, 0, 0, 0, 0]) }.map(drop)
}

/// A connected `AF_UNIX` stream socket pair.
pub fn socketpair() -> Result<(i32, i32), i32> {
    let mut sv = [0i32; 2];
    let a = [
        libc::AF_UNIX as u64,
        libc::SOCK_STREAM as u64,
        0,
        sv.as_mut_ptr() as u64,
        0,
        0,
    ];
    // SAFETY: the kernel writes two ints into sv.
    unsafe { raw(SYS_SOCKETPAIR, a) }?;
    Ok((sv[0], sv[1]))
}

/// fork() as a raw clone with `CLONE_PARENT`: the child's parent is the driver, not this
/// worker, so the driver can reap every worker with waitpid however deep the fork tree goes.
/// Returns 0 in the child and the child's pid in the parent.
///
/// glibc is bypassed, so its cached thread id in the child is stale; the worker never calls
/// anything that uses it (raise, abort, pthread locks) after start-up.
pub fn fork() -> Result<u32, i32> {
    let flags = (libc::CLONE_PARENT | libc::SIGCHLD) as u64;
    // SAFETY: without CLONE_VM the child gets a copy of the whole address space, stack
    // included, so both processes simply return from here, each on its own copy.
    unsafe { raw(SYS_CLONE, [flags, 0, 0, 0, 0, 0]) }.map(|p| p as u32)
}

/// `CLOCK_MONOTONIC` in nanoseconds, read with the raw syscall rather than through the vDSO,
/// like every other call the worker makes after start-up: no libc, and no memory touched but
/// a few bytes of the worker's warm stack (the vDSO would run code in [vdso] and read
/// [vvar], mappings the scenario observes). The price is one syscall's entry and exit (a fraction
/// of a microsecond) inside every measurement; a timed op reads the clock once on each side.
///
/// Exits the worker (status 5) if the clock cannot be read, which Linux only does for a bad
/// clock id or buffer: a timed op must not report a made-up time. `main`'s self-test reads the
/// clock before the worker says hello, so a host without it fails at spawn instead.
pub fn monotonic_ns() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    let a = [libc::CLOCK_MONOTONIC as u64, &raw mut ts as u64, 0, 0, 0, 0];
    // SAFETY: the kernel writes one timespec into ts, a local we borrow mutably. The asm in
    // `raw` is a compiler barrier for memory (no `nomem`), so the work being timed is not
    // moved across this call.
    if unsafe { raw(SYS_CLOCK_GETTIME, a) }.is_err() {
        exit(5);
    }
    timespec_ns(&ts)
}

/// `fork()` as [`fork`] does it, then `CLOCK_MONOTONIC` read at once, in the same asm block:
/// returns clone's result and the time in nanoseconds. For timing the parent's side of a
/// fork. After clone every private page of the parent is write-protected and shared with the
/// child, so the parent's first store to its stack (a `call` pushing a return address would
/// be one) takes a copy-on-write fault. Nothing here writes user memory between the two
/// syscalls, and the kernel samples the clock before it copies the timespec out, so the copy
/// that store costs falls after the reading, outside the measurement. The child reads the
/// clock too (it runs the same instructions) and ignores it.
pub fn fork_clocked() -> (Result<u32, i32>, u64) {
    let flags = (libc::CLONE_PARENT | libc::SIGCHLD) as u64;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    let forked: u64;
    let clock: u64;
    // SAFETY: as for `fork`: without CLONE_VM the child gets a copy of the address space and
    // both processes go on from the next instruction. Between the syscalls only registers
    // change: the clone result moves to r12 and clock_gettime's arguments are loaded. Every
    // register written is declared (rcx and r11, clobbered by both syscalls, as early outputs
    // so that `ts` is not put there). The second call writes one timespec into `ts`, a local
    // we borrow mutably.
    unsafe {
        core::arch::asm!(
            "syscall",
            "mov r12, rax",
            "mov eax, {clock_nr}",
            "mov edi, {mono}",
            "mov rsi, {ts}",
            "syscall",
            clock_nr = const SYS_CLOCK_GETTIME,
            mono = const libc::CLOCK_MONOTONIC,
            ts = in(reg) &raw mut ts,
            inlateout("rax") SYS_CLONE => clock,
            inlateout("rdi") flags => _,
            inlateout("rsi") 0u64 => _,
            in("rdx") 0u64,
            in("r10") 0u64,
            in("r8") 0u64,
            out("r12") forked,
            out("rcx") _,
            out("r11") _,
            options(nostack),
        );
    }
    if decode(clock).is_err() {
        exit(5); // see `monotonic_ns`
    }
    (decode(forked).map(|p| p as u32), timespec_ns(&ts))
}

pub fn getpid() -> u32 {
    // SAFETY: getpid has no arguments and no side effects.
    unsafe { raw(SYS_GETPID, [0; 6]) }.unwrap_or(0) as u32
}

/// Ends the process at once (`_exit`), without running any user-space exit code.
pub fn exit(code: i32) -> ! {
    // SAFETY: exit_group does not return.
    let _ = unsafe { raw(SYS_EXIT_GROUP, [code as u64, 0, 0, 0, 0, 0]) };
    unreachable!("exit_group returned")
}

/// Sends `hdr` then `payload` on a stream socket, passing `pass_fd` as `SCM_RIGHTS` with the
/// first byte. `MSG_NOSIGNAL`: a vanished driver is an error, not a SIGPIPE.
pub fn send_frame(fd: i32, hdr: &[u8], payload: &[u8], pass_fd: Option<i32>) -> Result<(), i32> {
    // Room for one cmsghdr carrying one int, 8-aligned as cmsghdr requires.
    let mut cmsg = [0u64; 4];
    let (mut h, mut p) = (hdr, payload);
    let mut pass = pass_fd;
    while !h.is_empty() || !p.is_empty() {
        let mut iov = [
            libc::iovec {
                iov_base: h.as_ptr() as *mut c_void,
                iov_len: h.len(),
            },
            libc::iovec {
                iov_base: p.as_ptr() as *mut c_void,
                iov_len: p.len(),
            },
        ];
        // SAFETY: msghdr is plain data; all-zero is a valid empty message.
        let mut msg: libc::msghdr = unsafe { core::mem::zeroed() };
        msg.msg_iov = iov.as_mut_ptr();
        msg.msg_iovlen = 2;
        if let Some(f) = pass {
            // SAFETY: cmsg is 32 bytes, 8-aligned, at least CMSG_SPACE(4) = 24; the macros
            // compute offsets inside it.
            unsafe {
                msg.msg_control = cmsg.as_mut_ptr().cast();
                msg.msg_controllen = libc::CMSG_SPACE(4) as usize;
                let c = libc::CMSG_FIRSTHDR(&msg);
                (*c).cmsg_level = libc::SOL_SOCKET;
                (*c).cmsg_type = libc::SCM_RIGHTS;
                (*c).cmsg_len = libc::CMSG_LEN(4) as usize;
                libc::CMSG_DATA(c).cast::<c_int>().write_unaligned(f);
            }
        }
        let a = [
            fd as u64,
            &raw const msg as u64,
            libc::MSG_NOSIGNAL as u64,
            0,
            0,
            0,
        ];
        // SAFETY: msg, its iovecs and its control buffer are valid for the call, read-only.
        let n = match unsafe { raw(SYS_SENDMSG, a) } {
            Err(EINTR) => continue,
            r => r? as usize,
        };
        pass = None;
        let from_h = n.min(h.len());
        h = &h[from_h..];
        p = &p[(n - from_h).min(p.len())..];
    }
    Ok(())
}

/// What a probe's access raised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fault {
    pub signo: i32,
    pub code: i32,
    pub addr: u64,
}

// The probes. Each makes exactly one memory access, and that access is the function's first
// instruction, so the handler recognises a probe fault by RIP == the probe's entry point and
// resumes at `mmlab_probe_fixup`, which returns -1 to the probe's caller (the return address
// is still on the stack: the probes are leaves that push nothing).
core::arch::global_asm!(
    ".pushsection .text.mmlab_probe,\"ax\",@progbits",
    ".p2align 4",
    ".globl mmlab_probe_read",
    ".hidden mmlab_probe_read",
    ".type mmlab_probe_read,@function",
    "mmlab_probe_read:",
    "    movzx eax, byte ptr [rdi]",
    "    ret",
    ".size mmlab_probe_read, .-mmlab_probe_read",
    ".p2align 4",
    ".globl mmlab_probe_write",
    ".hidden mmlab_probe_write",
    ".type mmlab_probe_write,@function",
    "mmlab_probe_write:",
    // A locked read-modify-write that keeps the value: the kernel sees one write fault.
    "    lock or byte ptr [rdi], 0",
    "    xor eax, eax",
    "    ret",
    ".size mmlab_probe_write, .-mmlab_probe_write",
    ".p2align 4",
    ".globl mmlab_probe_store",
    ".hidden mmlab_probe_store",
    ".type mmlab_probe_store,@function",
    "mmlab_probe_store:",
    "    mov byte ptr [rdi], sil",
    "    xor eax, eax",
    "    ret",
    ".size mmlab_probe_store, .-mmlab_probe_store",
    ".p2align 4",
    ".globl mmlab_probe_fixup",
    ".hidden mmlab_probe_fixup",
    ".type mmlab_probe_fixup,@function",
    "mmlab_probe_fixup:",
    "    mov rax, -1",
    "    ret",
    ".size mmlab_probe_fixup, .-mmlab_probe_fixup",
    ".popsection",
);

unsafe extern "C" {
    /// Loads the byte at addr: 0..=255, or -1 after a fault.
    fn mmlab_probe_read(addr: u64) -> i64;
    /// `lock or byte [addr], 0`: 0, or -1 after a fault.
    fn mmlab_probe_write(addr: u64) -> i64;
    /// Stores `byte` at addr: 0, or -1 after a fault.
    fn mmlab_probe_store(addr: u64, byte: u8) -> i64;
    /// Never called; the handler resumes here.
    fn mmlab_probe_fixup() -> i64;
}

// Written by the handler, read right after the probe returns -1 (same thread, so relaxed
// atomics suffice; the probe call is opaque to the compiler, which orders the accesses).
static FAULT_SIGNO: AtomicI32 = AtomicI32::new(0);
static FAULT_CODE: AtomicI32 = AtomicI32::new(0);
static FAULT_ADDR: AtomicU64 = AtomicU64::new(0);

fn fault() -> Fault {
    Fault {
        signo: FAULT_SIGNO.load(Relaxed),
        code: FAULT_CODE.load(Relaxed),
        addr: FAULT_ADDR.load(Relaxed),
    }
}

/// One CPU read of the byte at `addr`.
pub fn probe_read(addr: u64) -> Result<u8, Fault> {
    // SAFETY: the probe reads one byte; if it faults, the handler turns the fault into -1.
    let r = unsafe { mmlab_probe_read(addr) };
    if r < 0 { Err(fault()) } else { Ok(r as u8) }
}

/// One CPU write access at `addr` that leaves the byte's value unchanged.
pub fn probe_write(addr: u64) -> Result<(), Fault> {
    // SAFETY: an atomic or-with-0 changes no data; a fault becomes -1 (see the module comment
    // for addresses inside the worker itself).
    let r = unsafe { mmlab_probe_write(addr) };
    if r < 0 { Err(fault()) } else { Ok(()) }
}

/// One CPU store of `byte` at `addr`.
pub fn probe_store(addr: u64, byte: u8) -> Result<(), Fault> {
    // SAFETY: writes one byte the scenario asked for (see the module comment); a fault becomes -1.
    let r = unsafe { mmlab_probe_store(addr, byte) };
    if r < 0 { Err(fault()) } else { Ok(()) }
}

extern "C" fn on_fault(sig: c_int, info: *mut libc::siginfo_t, ctx: *mut c_void) {
    // SAFETY: for an SA_SIGINFO handler the kernel passes valid siginfo and ucontext pointers,
    // and nothing else refers to the ucontext while the handler runs.
    let (info, uc) = unsafe { (&*info, &mut *ctx.cast::<libc::ucontext_t>()) };
    let rip = uc.uc_mcontext.gregs[libc::REG_RIP as usize] as u64;
    let probes = [
        mmlab_probe_read as *const (),
        mmlab_probe_write as *const (),
        mmlab_probe_store as *const (),
    ];
    if info.si_code > 0 && probes.iter().any(|&p| p as u64 == rip) {
        FAULT_SIGNO.store(sig, Relaxed);
        FAULT_CODE.store(info.si_code, Relaxed);
        // SAFETY: si_addr is valid for SIGSEGV/SIGBUS raised by a fault (si_code > 0).
        FAULT_ADDR.store(unsafe { info.si_addr() } as u64, Relaxed);
        uc.uc_mcontext.gregs[libc::REG_RIP as usize] = mmlab_probe_fixup as *const () as i64;
        return;
    }
    // Anything else is a bug in the worker (or the scenario destroyed the worker's own
    // memory). Die of this signal so the driver's waitpid says what happened: with the default
    // action restored, returning re-executes the faulting instruction; a signal that was sent
    // rather than raised by a fault is sent again (it stays blocked until we return).
    // SAFETY: sigaction and kill are async-signal-safe.
    unsafe {
        libc::signal(sig, libc::SIG_DFL);
        if info.si_code <= 0 {
            let _ = raw(SYS_KILL, [getpid() as u64, sig as u64, 0, 0, 0, 0]);
        }
    }
}

/// The memory the worker works in, mapped and faulted in once at start-up.
pub struct Arena {
    /// Payload buffer: one frame's worth of data.
    pub buf: &'static mut [u8],
    /// A path plus its NUL.
    pub path: &'static mut [u8],
    /// `MAX_PINS` page-aligned slots of `uring::SLOT_BYTES`, each the ring memory of one
    /// io_uring instance. Shared with the kernel while a ring lives, so only ever reached
    /// through raw pointers (see `uring::Ring::setup`).
    pub ring_slots: *mut u8,
}

/// Start-up: disables THP for this process, maps and faults in the arena (signal stack, path
/// buffer, data buffer, ring slots), and installs the fault handler on that signal stack.
/// After this the worker never needs memory it does not already have.
pub fn init() -> Result<Arena, &'static str> {
    // SAFETY: prctl with integer arguments only.
    unsafe { raw(SYS_PRCTL, [libc::PR_SET_THP_DISABLE as u64, 1, 0, 0, 0, 0]) }
        .map_err(|_| "prctl(PR_SET_THP_DISABLE)")?;
    let len = ARENA_LEN;
    let flags = (libc::MAP_PRIVATE | libc::MAP_ANONYMOUS) as u64;
    // One inaccessible page below the arena. Scenario mappings are placed top-down and the
    // first big one lands right below the arena; the guard keeps it from merging into the
    // arena's VMA, and turns a scenario access that runs past the end of that mapping into a
    // SIGSEGV instead of a silent write into the worker's buffers.
    // SAFETY: a new anonymous mapping at an address the kernel picks overlaps nothing.
    let guard = unsafe {
        raw(
            SYS_MMAP,
            [
                0,
                (PAGE + len) as u64,
                libc::PROT_NONE as u64,
                flags,
                u64::MAX,
                0,
            ],
        )
    }
    .map_err(|_| "mmap(arena)")?;
    let base = guard + PAGE as u64;
    let prot = (libc::PROT_READ | libc::PROT_WRITE) as u64;
    // SAFETY: changes the protection of our own fresh mapping, above its guard page.
    unsafe { raw(SYS_MPROTECT, [base, len as u64, prot, 0, 0, 0]) }
        .map_err(|_| "mprotect(arena)")?;
    let base = base as *mut u8;
    // Fault every page in now (a write each, so each gets its own page, not the zero page),
    // so later use of the arena changes nothing the kernel reports about this process.
    for off in (0..len).step_by(PAGE) {
        // SAFETY: off < len, inside the mapping just made, which is writable.
        unsafe { base.add(off).write_volatile(0) };
    }
    let ss = libc::stack_t {
        ss_sp: base.cast(),
        ss_flags: 0,
        ss_size: ALTSTACK_LEN,
    };
    // SAFETY: ss describes the first ALTSTACK_LEN bytes of the arena, which stay mapped and
    // are used for nothing else.
    if unsafe { libc::sigaltstack(&ss, core::ptr::null_mut()) } != 0 {
        return Err("sigaltstack");
    }
    for sig in [libc::SIGSEGV, libc::SIGBUS] {
        // SAFETY: sigaction is plain data; all-zero is a valid starting point. The handler
        // has the SA_SIGINFO signature.
        let ok = unsafe {
            let mut sa: libc::sigaction = core::mem::zeroed();
            sa.sa_sigaction = on_fault as *const () as usize;
            sa.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
            libc::sigemptyset(&mut sa.sa_mask);
            libc::sigaction(sig, &sa, core::ptr::null_mut()) == 0
        };
        if !ok {
            return Err("sigaction");
        }
    }
    let buf_off = ALTSTACK_LEN + PATH_LEN.next_multiple_of(PAGE);
    // SAFETY: the two ranges are disjoint parts of the arena after the signal stack; the
    // mapping lives as long as the process and nothing else refers to these bytes.
    let (path, buf) = unsafe {
        let path = core::slice::from_raw_parts_mut(base.add(ALTSTACK_LEN), PATH_LEN);
        (
            path,
            core::slice::from_raw_parts_mut(base.add(buf_off), BUF_LEN),
        )
    };
    // The ring slots are the page-aligned rest of the arena, after the data buffer.
    let ring_slots = base.wrapping_add(buf_off + BUF_LEN);
    Ok(Arena {
        buf,
        path,
        ring_slots,
    })
}
