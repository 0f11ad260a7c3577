//! The driver's few direct calls into libc: preparing a worker's exec, receiving a passed fd,
//! sending without SIGPIPE, waiting for and killing workers. All of the driver's `unsafe` is
//! here; everything else uses std.

use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::process::CommandExt;
use std::process::Command;

/// The stack limit every worker runs with. It fixes `mmap_base` (top-down, 128 MiB below the
/// top of the address space once clamped) and keeps the kernel from using the legacy layout.
pub const WORKER_STACK_RLIMIT: u64 = 8 << 20;

/// Makes `cmd`, in the forked child just before exec, turn off address-space randomisation
/// (so every run of a scenario sees the same addresses), set the stack limit, pin the worker to
/// CPU 0 and close every fd above 2.
pub fn prepare_worker_exec(cmd: &mut Command) {
    let hook = || -> io::Result<()> {
        // SAFETY: personality, setrlimit, sched_setaffinity and close_range are plain syscalls on this
        // (single-threaded, just-forked) process, safe between fork and exec; nothing is
        // allocated here (the CPU set is a zeroed plain struct on the stack). std has already moved the worker's channel to fd 0.
        unsafe {
            let current = libc::personality(0xffff_ffff);
            if current == -1
                || libc::personality(
                    (current as libc::c_ulong) | libc::ADDR_NO_RANDOMIZE as libc::c_ulong,
                ) == -1
            {
                return Err(io::Error::last_os_error());
            }
            let mut lim = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            if libc::getrlimit(libc::RLIMIT_STACK, &mut lim) != 0 {
                return Err(io::Error::last_os_error());
            }
            lim.rlim_cur = WORKER_STACK_RLIMIT;
            if libc::setrlimit(libc::RLIMIT_STACK, &lim) != 0 {
                return Err(io::Error::last_os_error());
            }
            // Every worker (and its fork children, which inherit the mask) runs on CPU 0. Linux
            // keeps freshly faulted pages in a per-CPU LRU batch holding a page reference, and
            // a COW fault drains only the local CPU's batch before deciding whether it may
            // reuse a page: with workers on different CPUs, reuse would depend on scheduling.
            let mut set: libc::cpu_set_t = std::mem::zeroed();
            libc::CPU_ZERO(&mut set);
            libc::CPU_SET(0, &mut set);
            if libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set) != 0 {
                return Err(io::Error::last_os_error());
            }
            // Only fds 0-2 go to the worker: whatever else the driver's process holds without
            // close-on-exec (a build tool's jobserver pipe, say) must not be kept open by it.
            if libc::syscall(libc::SYS_close_range, 3, libc::c_uint::MAX, 0) != 0 {
                return Err(io::Error::last_os_error());
            }
        }
        Ok(())
    };
    // SAFETY: the hook only makes async-signal-safe syscalls (see above).
    unsafe {
        cmd.pre_exec(hook);
    }
}

/// Sends `parts` as one message, retrying on partial sends; `MSG_NOSIGNAL` turns a dead peer
/// into EPIPE instead of a SIGPIPE that would kill the caller.
pub fn send_all(fd: &impl AsRawFd, parts: &[&[u8]]) -> io::Result<()> {
    let mut bufs: Vec<&[u8]> = parts.iter().copied().filter(|p| !p.is_empty()).collect();
    while !bufs.is_empty() {
        let mut iov: Vec<libc::iovec> = bufs
            .iter()
            .map(|b| libc::iovec {
                iov_base: b.as_ptr() as *mut libc::c_void,
                iov_len: b.len(),
            })
            .collect();
        // SAFETY: msghdr is plain data; all-zero is an empty message.
        let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
        msg.msg_iov = iov.as_mut_ptr();
        msg.msg_iovlen = iov.len();
        // SAFETY: msg and the iovecs point at live, borrowed buffers that the kernel only reads.
        let n = unsafe { libc::sendmsg(fd.as_raw_fd(), &msg, libc::MSG_NOSIGNAL) };
        if n < 0 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        let mut n = n as usize;
        while n > 0 {
            let first = bufs[0];
            if n >= first.len() {
                n -= first.len();
                bufs.remove(0);
            } else {
                bufs[0] = &first[n..];
                n = 0;
            }
        }
    }
    Ok(())
}

/// Reads up to `buf.len()` bytes, also taking an fd passed with them as `SCM_RIGHTS`
/// (close-on-exec, so other workers spawned meanwhile don't inherit it). Ok(0, _) is EOF.
pub fn recv_with_fd(fd: &impl AsRawFd, buf: &mut [u8]) -> io::Result<(usize, Option<OwnedFd>)> {
    loop {
        let mut iov = libc::iovec {
            iov_base: buf.as_mut_ptr().cast(),
            iov_len: buf.len(),
        };
        // Room for a cmsghdr with a few fds, 8-aligned.
        let mut cmsg = [0u64; 8];
        // SAFETY: msghdr is plain data; all-zero is an empty message.
        let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        msg.msg_control = cmsg.as_mut_ptr().cast();
        msg.msg_controllen = std::mem::size_of_val(&cmsg);
        // SAFETY: the kernel writes at most buf.len() bytes into buf and at most
        // msg_controllen bytes into cmsg, both borrowed mutably for the call.
        let n = unsafe { libc::recvmsg(fd.as_raw_fd(), &mut msg, libc::MSG_CMSG_CLOEXEC) };
        if n < 0 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        let mut passed = None;
        // SAFETY: the CMSG_* macros walk the control data the kernel just wrote, within
        // msg_controllen; every fd in an SCM_RIGHTS message is newly installed in this
        // process and owned by nobody else, so wrapping it in OwnedFd is right (extra ones
        // are closed on drop).
        unsafe {
            let mut c = libc::CMSG_FIRSTHDR(&msg);
            while !c.is_null() {
                if (*c).cmsg_level == libc::SOL_SOCKET && (*c).cmsg_type == libc::SCM_RIGHTS {
                    let data = libc::CMSG_DATA(c).cast::<RawFd>();
                    let count = ((*c).cmsg_len - libc::CMSG_LEN(0) as usize) / size_of::<RawFd>();
                    for i in 0..count {
                        let f = OwnedFd::from_raw_fd(data.add(i).read_unaligned());
                        passed.get_or_insert(f);
                    }
                }
                c = libc::CMSG_NXTHDR(&msg, c);
            }
        }
        return Ok((n as usize, passed));
    }
}

/// How a waited-for process ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    Signal { signo: i32, core: bool },
}

impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Exit::Code(c) => write!(f, "exited with status {c}"),
            Exit::Signal { signo, core } => {
                write!(f, "killed by signal {signo} ({})", signal_name(signo))?;
                if core {
                    write!(f, " (core dumped)")?;
                }
                Ok(())
            }
        }
    }
}

fn signal_name(signo: i32) -> &'static str {
    match signo {
        libc::SIGSEGV => "SIGSEGV",
        libc::SIGBUS => "SIGBUS",
        libc::SIGKILL => "SIGKILL",
        libc::SIGABRT => "SIGABRT",
        libc::SIGILL => "SIGILL",
        libc::SIGTRAP => "SIGTRAP",
        libc::SIGTERM => "SIGTERM",
        libc::SIGPIPE => "SIGPIPE",
        _ => "?",
    }
}

/// waitpid for one child; `Ok(None)` if `nohang` and it has not ended yet.
pub fn wait(pid: u32, nohang: bool) -> io::Result<Option<Exit>> {
    let mut status = 0;
    loop {
        // SAFETY: waits for a specific child of this process; writes one int.
        let r = unsafe {
            libc::waitpid(
                pid as libc::pid_t,
                &mut status,
                if nohang { libc::WNOHANG } else { 0 },
            )
        };
        if r < 0 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        if r == 0 {
            return Ok(None);
        }
        return Ok(Some(if libc::WIFSIGNALED(status) {
            Exit::Signal {
                signo: libc::WTERMSIG(status),
                core: libc::WCOREDUMP(status),
            }
        } else {
            Exit::Code(libc::WEXITSTATUS(status))
        }));
    }
}

/// SIGKILL to a child that has not been reaped yet (so its pid cannot have been reused).
pub fn kill(pid: u32) {
    // SAFETY: sends a signal; the caller guarantees pid is an unreaped child of ours.
    unsafe {
        libc::kill(pid as libc::pid_t, libc::SIGKILL);
    }
}

pub fn euid() -> u32 {
    // SAFETY: geteuid cannot fail and has no side effects.
    unsafe { libc::geteuid() }
}
