//! Recording a real program's memory syscalls on the host (`mmlab trace`): the program runs
//! under ptrace with address-space randomisation off, and every process and thread it starts
//! is followed. What is recorded is what a replay in the model needs: each process's address
//! space right after execve (smaps, the break, mmap_base), every memory syscall with its
//! arguments and result (and, for a file mapping, the file's path, device, inode and size as
//! the descriptor showed them at the call), forks, and each process's maps just before it
//! exits. Threads act on their process's address space, so their syscalls are the process's;
//! a `vfork`/`CLONE_VM` child shares its parent's until it execs, and becomes a process of its
//! own there.
//!
//! The ptrace calls live in this module's `sys` helpers, each `unsafe` block with its reason.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::CString;
use std::os::unix::fs::MetadataExt;

/// A process of the recording, numbered in order of appearance (0 is the program itself).
pub type ProcId = usize;

/// A file a mapping was made of, as its descriptor showed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileInfo {
    pub path: String,
    pub dev_major: u32,
    pub dev_minor: u32,
    pub ino: u64,
    pub size_bytes: u64,
    /// A regular file (the model maps only those).
    pub regular: bool,
    /// The descriptor's open flags (/proc/PID/fdinfo), whose access mode decides what a
    /// shared mapping may become.
    pub open_flags: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// The process now runs `path`; its address space right after execve.
    Exec {
        proc: ProcId,
        path: String,
        smaps: String,
        start_brk: u64,
        mmap_base: u64,
        mmap_min_addr: u64,
    },
    /// A memory syscall: number, arguments, raw result (negative errno on failure).
    Syscall {
        proc: ProcId,
        nr: u64,
        args: [u64; 6],
        ret: i64,
        file: Option<FileInfo>,
    },
    /// `parent` forked `child` (a copy of its address space).
    Fork { parent: ProcId, child: ProcId },
    /// The process's stack VMA grew down to `start` (by a fault below it, not a syscall): the
    /// first time this was seen, before the syscall or exit that saw it.
    StackGrowth { proc: ProcId, start: u64 },
    /// The process is about to exit; its maps at that moment.
    Exit { proc: ProcId, maps: String },
}

#[derive(Clone, Debug, Default)]
pub struct Recording {
    pub argv: Vec<String>,
    pub events: Vec<Event>,
    /// How the program itself ended.
    pub status: String,
}

/// Syscall numbers recorded (x86-64): the memory syscalls, those the model has and those it
/// does not (a replay names the latter).
pub const MEMORY_SYSCALLS: &[(u64, &str)] = &[
    (9, "mmap"),
    (10, "mprotect"),
    (11, "munmap"),
    (12, "brk"),
    (25, "mremap"),
    (28, "madvise"),
    (30, "shmat"),
    (67, "shmdt"),
    (149, "mlock"),
    (150, "munlock"),
    (151, "mlockall"),
    (152, "munlockall"),
    (216, "remap_file_pages"),
    (325, "mlock2"),
    (329, "pkey_mprotect"),
    (440, "process_madvise"),
    (453, "map_shadow_stack"),
    (462, "mseal"),
];

const SYS_MMAP: u64 = 9;
const SYS_CLONE: u64 = 56;
const SYS_FORK: u64 = 57;
const SYS_VFORK: u64 = 58;
const SYS_CLONE3: u64 = 435;

/// One traced thread.
struct Tid {
    /// The process whose address space its syscalls act on.
    proc: ProcId,
    tgid: i32,
    /// A CLONE_VM child that is not a thread (vfork, posix_spawn) and has not exec'd: it
    /// shares `proc`'s address space but is a process of its own.
    vm_child: bool,
    /// The syscall it entered and has not left: number, arguments, file of an mmap.
    entered: Option<(u64, [u64; 6], Option<FileInfo>)>,
    /// clone flags of the clone/fork it is in.
    clone_flags: Option<u64>,
}

/// Runs `argv` under ptrace until every process it started has exited.
pub fn record(argv: &[String]) -> Result<Recording, String> {
    if argv.is_empty() {
        return Err("no program to trace".into());
    }
    let mmap_min_addr = std::fs::read_to_string("/proc/sys/vm/mmap_min_addr")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(65536);
    let gap = crate::stack_guard_gap(&std::fs::read_to_string("/proc/cmdline").unwrap_or_default());
    let pid = sys::spawn_traced(argv)?;
    let mut rec = Recording {
        argv: argv.to_vec(),
        ..Recording::default()
    };
    let mut tids: BTreeMap<i32, Tid> = BTreeMap::new();
    let mut nprocs = 1;
    // Where each process's [stack] VMA starts, as last seen.
    let mut stacks: BTreeMap<ProcId, u64> = BTreeMap::new();
    // Memory syscalls run one at a time, so the recorded order is the order they took
    // effect: the thread inside one, and the threads held at the entry of another.
    let mut serial = Serial::default();
    // Stops of new threads that arrived before their parent's clone event.
    let mut early: BTreeSet<i32> = BTreeSet::new();
    let exec_event = |proc: ProcId, tid: i32| -> Result<Event, String> {
        let smaps = std::fs::read_to_string(format!("/proc/{tid}/smaps"))
            .map_err(|e| format!("reading the layout of {tid}: {e}"))?;
        let stat = std::fs::read_to_string(format!("/proc/{tid}/stat")).unwrap_or_default();
        let start_brk = crate::host::stat_field(&stat, crate::host::STAT_START_BRK).unwrap_or(0);
        let path = std::fs::read_link(format!("/proc/{tid}/exe"))
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let stack = sys::stack_rlimit(tid);
        Ok(Event::Exec {
            proc,
            path,
            smaps,
            start_brk,
            mmap_base: crate::mmap_base(stack, gap),
            mmap_min_addr,
        })
    };
    rec.events.push(exec_event(0, pid)?);
    if let Some(s) = stack_start(pid) {
        stacks.insert(0, s);
    }
    tids.insert(
        pid,
        Tid {
            proc: 0,
            tgid: pid,
            vm_child: false,
            entered: None,
            clone_flags: None,
        },
    );
    sys::set_options(pid)?;
    sys::resume(pid, 0);
    while !tids.is_empty() || !early.is_empty() {
        let Some((tid, status)) = sys::wait_any() else {
            break;
        };
        if libc::WIFEXITED(status) || libc::WIFSIGNALED(status) {
            if tid == pid {
                rec.status = if libc::WIFEXITED(status) {
                    format!("exited with {}", libc::WEXITSTATUS(status))
                } else {
                    format!("killed by signal {}", libc::WTERMSIG(status))
                };
            }
            tids.remove(&tid);
            serial.gone(tid);
            continue;
        }
        if !libc::WIFSTOPPED(status) {
            continue;
        }
        let sig = libc::WSTOPSIG(status);
        let event = (status >> 16) & 0xff;
        if !tids.contains_key(&tid) {
            // A new thread's first stop, before its parent's event told us who it is.
            early.insert(tid);
            continue;
        }
        if sig == libc::SIGTRAP | 0x80 {
            if syscall_stop(&mut rec, &mut tids, &mut stacks, &mut serial, tid) {
                sys::resume(tid, 0);
            }
            continue;
        }
        if sig == libc::SIGTRAP && event != 0 {
            match event {
                libc::PTRACE_EVENT_FORK | libc::PTRACE_EVENT_VFORK | libc::PTRACE_EVENT_CLONE => {
                    let child = sys::event_msg(tid) as i32;
                    let parent = &tids[&tid];
                    let flags = parent.clone_flags.unwrap_or(match event {
                        libc::PTRACE_EVENT_VFORK => (libc::CLONE_VM | libc::CLONE_VFORK) as u64,
                        libc::PTRACE_EVENT_CLONE => (libc::CLONE_VM | libc::CLONE_THREAD) as u64,
                        _ => 0,
                    });
                    let (proc, tgid, vm_child) = if flags & libc::CLONE_THREAD as u64 != 0 {
                        (parent.proc, parent.tgid, false)
                    } else if flags & libc::CLONE_VM as u64 != 0 {
                        (parent.proc, child, true)
                    } else {
                        let p = nprocs;
                        nprocs += 1;
                        rec.events.push(Event::Fork {
                            parent: parent.proc,
                            child: p,
                        });
                        if let Some(&s) = stacks.get(&parent.proc) {
                            stacks.insert(p, s);
                        }
                        (p, child, false)
                    };
                    tids.insert(
                        child,
                        Tid {
                            proc,
                            tgid,
                            vm_child,
                            entered: None,
                            clone_flags: None,
                        },
                    );
                    if early.remove(&child) {
                        sys::resume(child, 0);
                    }
                }
                libc::PTRACE_EVENT_EXEC => {
                    // The thread that exec'd now has the process's id; the others are gone.
                    let former = sys::event_msg(tid) as i32;
                    let t = tids.remove(&former).or_else(|| tids.remove(&tid));
                    let Some(mut t) = t else {
                        sys::resume(tid, 0);
                        continue;
                    };
                    let tgid = t.tgid;
                    tids.retain(|_, o| o.tgid != tgid);
                    if t.vm_child {
                        t.proc = nprocs;
                        t.vm_child = false;
                        nprocs += 1;
                    }
                    t.entered = None;
                    t.tgid = tid;
                    rec.events.push(exec_event(t.proc, tid)?);
                    if let Some(s) = stack_start(tid) {
                        stacks.insert(t.proc, s);
                    }
                    tids.insert(tid, t);
                }
                libc::PTRACE_EVENT_EXIT => {
                    let t = &tids[&tid];
                    let alone = tids.values().filter(|o| o.tgid == t.tgid).count() == 1;
                    if alone && !t.vm_child {
                        let proc = t.proc;
                        note_stack(&mut rec, &mut stacks, proc, tid);
                        let maps = std::fs::read_to_string(format!("/proc/{tid}/maps"))
                            .unwrap_or_default();
                        rec.events.push(Event::Exit { proc, maps });
                    }
                }
                _ => {}
            }
            sys::resume(tid, 0);
            continue;
        }
        // A signal for the program: deliver it (the stops of new threads are SIGSTOP, which
        // is not passed on).
        let deliver = if sig == libc::SIGSTOP { 0 } else { sig };
        sys::resume(tid, deliver);
    }
    Ok(rec)
}

/// One memory syscall at a time across the traced threads.
#[derive(Default)]
struct Serial {
    inflight: Option<i32>,
    held: std::collections::VecDeque<i32>,
}

impl Serial {
    /// At a memory syscall's entry: whether `tid` may go on now (else it is held).
    fn enter(&mut self, tid: i32) -> bool {
        match self.inflight {
            Some(t) if t != tid => {
                self.held.push_back(tid);
                false
            }
            _ => {
                self.inflight = Some(tid);
                true
            }
        }
    }

    /// `tid` left its memory syscall (or died): the next held thread enters its own.
    fn leave(&mut self, tid: i32) {
        if self.inflight != Some(tid) {
            return;
        }
        self.inflight = self.held.pop_front();
        if let Some(next) = self.inflight {
            sys::resume(next, 0);
        }
    }

    fn gone(&mut self, tid: i32) {
        self.held.retain(|&t| t != tid);
        self.leave(tid);
    }
}

/// Where the [stack] VMA of `tid`'s process starts now.
fn stack_start(tid: i32) -> Option<u64> {
    let maps = std::fs::read_to_string(format!("/proc/{tid}/maps")).ok()?;
    let line = maps.lines().find(|l| l.ends_with("[stack]"))?;
    u64::from_str_radix(line.split('-').next()?, 16).ok()
}

/// Records that the process's stack grew since it was last looked at.
fn note_stack(rec: &mut Recording, stacks: &mut BTreeMap<ProcId, u64>, proc: ProcId, tid: i32) {
    let (Some(now), Some(last)) = (stack_start(tid), stacks.get(&proc).copied()) else {
        return;
    };
    if now < last {
        stacks.insert(proc, now);
        rec.events.push(Event::StackGrowth { proc, start: now });
    }
}

/// A syscall entry or exit of `tid`. Whether to resume it now (a thread entering a memory
/// syscall while another is in one waits its turn).
fn syscall_stop(
    rec: &mut Recording,
    tids: &mut BTreeMap<i32, Tid>,
    stacks: &mut BTreeMap<ProcId, u64>,
    serial: &mut Serial,
    tid: i32,
) -> bool {
    let Some(info) = sys::syscall_info(tid) else {
        return true;
    };
    let t = tids.get_mut(&tid).expect("known thread");
    match info {
        sys::SyscallStop::Entry { nr, args } => {
            t.clone_flags = match nr {
                SYS_CLONE => Some(args[0]),
                SYS_CLONE3 => sys::peek(tid, args[0]),
                SYS_FORK => Some(libc::SIGCHLD as u64),
                SYS_VFORK => Some((libc::CLONE_VM | libc::CLONE_VFORK) as u64),
                _ => t.clone_flags,
            };
            if !MEMORY_SYSCALLS.iter().any(|&(n, _)| n == nr) {
                t.entered = None;
                return true;
            }
            let file = (nr == SYS_MMAP && args[3] & libc::MAP_ANONYMOUS as u64 == 0)
                .then(|| file_info(tid, args[4] as i32))
                .flatten();
            t.entered = Some((nr, args, file));
            let (vm_child, proc) = (t.vm_child, t.proc);
            let go = serial.enter(tid);
            // The stack is looked at once the thread's turn has come (see `Serial::leave`,
            // which resumes it without another look: its growth shows at the next one).
            if go && !vm_child {
                note_stack(rec, stacks, proc, tid);
            }
            go
        }
        sys::SyscallStop::Exit { ret } => {
            if let Some((nr, args, file)) = t.entered.take() {
                rec.events.push(Event::Syscall {
                    proc: t.proc,
                    nr,
                    args,
                    ret,
                    file,
                });
                serial.leave(tid);
            }
            true
        }
    }
}

/// What descriptor `fd` of `tid` refers to.
fn file_info(tid: i32, fd: i32) -> Option<FileInfo> {
    let link = format!("/proc/{tid}/fd/{fd}");
    let path = std::fs::read_link(&link).ok()?.display().to_string();
    let m = std::fs::metadata(&link).ok()?;
    let (dev_major, dev_minor) = uapi::file::dev_major_minor(m.dev());
    let open_flags = std::fs::read_to_string(format!("/proc/{tid}/fdinfo/{fd}"))
        .ok()
        .and_then(|t| {
            let v = t.lines().find_map(|l| l.strip_prefix("flags:"))?;
            u64::from_str_radix(v.trim(), 8).ok()
        })
        .unwrap_or(0);
    Some(FileInfo {
        open_flags,
        path,
        dev_major,
        dev_minor,
        ino: m.ino(),
        size_bytes: m.len(),
        regular: m.is_file(),
    })
}

mod sys {
    //! The ptrace and process calls of the tracer.

    use super::CString;

    pub enum SyscallStop {
        Entry { nr: u64, args: [u64; 6] },
        Exit { ret: i64 },
    }

    /// Forks, and in the child turns address-space randomisation off, asks to be traced and
    /// execs `argv` (searching PATH). Returns the child's pid, stopped at its exec.
    pub fn spawn_traced(argv: &[String]) -> Result<i32, String> {
        let cargs: Vec<CString> = argv
            .iter()
            .map(|a| CString::new(a.as_bytes()).map_err(|_| format!("argument {a:?} has a NUL")))
            .collect::<Result<_, _>>()?;
        let mut ptrs: Vec<*const libc::c_char> = cargs.iter().map(|c| c.as_ptr()).collect();
        ptrs.push(std::ptr::null());
        // SAFETY: fork in a process that may have other threads; the child only makes
        // async-signal-safe calls (personality, ptrace, dup2, execvp, _exit) on memory
        // prepared before the fork.
        let pid = unsafe { libc::fork() };
        if pid < 0 {
            return Err(format!("fork: {}", std::io::Error::last_os_error()));
        }
        if pid == 0 {
            // SAFETY: see above; `ptrs` is a NUL-terminated array of C strings alive here.
            unsafe {
                libc::personality(libc::ADDR_NO_RANDOMIZE as libc::c_ulong);
                libc::ptrace(libc::PTRACE_TRACEME, 0, 0, 0);
                // The program's output goes to stderr, so stdout can carry the trace.
                libc::dup2(2, 1);
                libc::execvp(ptrs[0], ptrs.as_ptr());
                libc::_exit(127);
            }
        }
        let mut status = 0;
        // SAFETY: waiting for our own child, status written to a local.
        let r = unsafe { libc::waitpid(pid, &mut status, libc::__WALL) };
        if r != pid || !libc::WIFSTOPPED(status) {
            return Err(format!("{} did not start (could not exec it?)", argv[0]));
        }
        Ok(pid)
    }

    pub fn set_options(pid: i32) -> Result<(), String> {
        let opts = libc::PTRACE_O_TRACESYSGOOD
            | libc::PTRACE_O_TRACEFORK
            | libc::PTRACE_O_TRACEVFORK
            | libc::PTRACE_O_TRACECLONE
            | libc::PTRACE_O_TRACEEXEC
            | libc::PTRACE_O_TRACEEXIT
            | libc::PTRACE_O_EXITKILL;
        // SAFETY: a ptrace request on our stopped tracee, no memory passed.
        let r = unsafe { libc::ptrace(libc::PTRACE_SETOPTIONS, pid, 0, opts as libc::c_long) };
        if r < 0 {
            return Err(format!(
                "PTRACE_SETOPTIONS: {}",
                std::io::Error::last_os_error()
            ));
        }
        Ok(())
    }

    /// Resumes a stopped thread to its next syscall stop, delivering `sig` (0: none).
    pub fn resume(tid: i32, sig: i32) {
        // SAFETY: a ptrace request on a tracee, no memory passed. A thread that died meanwhile
        // makes it fail with ESRCH, which the wait loop then sees.
        unsafe { libc::ptrace(libc::PTRACE_SYSCALL, tid, 0, sig as libc::c_long) };
    }

    /// The next thread to change state, and its status; `None` when no tracee is left.
    pub fn wait_any() -> Option<(i32, i32)> {
        let mut status = 0;
        loop {
            // SAFETY: waiting for any child, status written to a local.
            let r = unsafe { libc::waitpid(-1, &mut status, libc::__WALL) };
            if r > 0 {
                return Some((r, status));
            }
            if std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
                return None;
            }
        }
    }

    pub fn event_msg(tid: i32) -> u64 {
        let mut msg: libc::c_ulong = 0;
        // SAFETY: the kernel writes one unsigned long into `msg`.
        unsafe { libc::ptrace(libc::PTRACE_GETEVENTMSG, tid, 0, &mut msg as *mut _) };
        msg as u64
    }

    /// One word of the tracee's memory.
    pub fn peek(tid: i32, addr: u64) -> Option<u64> {
        let mut word: libc::c_long = 0;
        let iov_local = libc::iovec {
            iov_base: (&mut word as *mut libc::c_long).cast(),
            iov_len: 8,
        };
        let iov_remote = libc::iovec {
            iov_base: addr as *mut libc::c_void,
            iov_len: 8,
        };
        // SAFETY: the kernel writes at most 8 bytes into `word`, through `iov_local`; the
        // remote address is only read, in the tracee.
        let n = unsafe { libc::process_vm_readv(tid, &iov_local, 1, &iov_remote, 1, 0) };
        (n == 8).then_some(word as u64)
    }

    /// Where the thread is in its syscall.
    pub fn syscall_info(tid: i32) -> Option<SyscallStop> {
        // SAFETY: plain old data; all-zero is a valid value.
        let mut info: libc::ptrace_syscall_info = unsafe { std::mem::zeroed() };
        let size = std::mem::size_of::<libc::ptrace_syscall_info>();
        // SAFETY: the kernel writes at most `size` bytes into `info`.
        let r = unsafe {
            libc::ptrace(
                libc::PTRACE_GET_SYSCALL_INFO,
                tid,
                size,
                &mut info as *mut libc::ptrace_syscall_info,
            )
        };
        if r < 0 {
            return None;
        }
        // SAFETY: `op` says which member of the union the kernel filled.
        unsafe {
            match info.op {
                libc::PTRACE_SYSCALL_INFO_ENTRY => Some(SyscallStop::Entry {
                    nr: info.u.entry.nr,
                    args: info.u.entry.args,
                }),
                libc::PTRACE_SYSCALL_INFO_EXIT => Some(SyscallStop::Exit {
                    ret: info.u.exit.sval,
                }),
                _ => None,
            }
        }
    }

    /// The soft RLIMIT_STACK of a process (8 MiB when it cannot be read).
    pub fn stack_rlimit(pid: i32) -> u64 {
        let mut lim = libc::rlimit64 {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: reads the limit into `lim`; no new limit is passed.
        let r = unsafe { libc::prlimit64(pid, libc::RLIMIT_STACK, std::ptr::null(), &mut lim) };
        if r < 0 { 8 << 20 } else { lim.rlim_cur }
    }
}
