//! `Host`: the `uapi::Kernel` trait answered by the real kernel. Each scenario process is one
//! `mmlab-worker` process, driven over its own socket (`crate::proto`); `fork` forks the
//! worker, and the child's channel comes back to the driver as a passed fd. Workers are forked
//! with `CLONE_PARENT`, so every one of them is a child of the driver and is reaped here.
//! kpageflags, being machine-wide, is read by the driver itself.

use crate::proto::{self, BUF_LEN, Request, Response, fail, op, status};
use crate::sys::{self, Exit};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read};
use std::os::fd::OwnedFd;
use std::os::unix::fs::FileExt;
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use uapi::consts::{FOLL_GET, FOLL_LONGTERM, FOLL_PIN, FOLL_WRITE};
use uapi::observe::{Layout, ProcFile, pagemap, parse_smaps};
use uapi::{
    AccessKind, Errno, Error, Kernel, PAGE_SIZE, Pid, PinId, SigInfo, Signo, Syscall,
    check_pin_args,
};

/// The name of the worker binary.
pub const WORKER_NAME: &str = "mmlab-worker";

/// Linux's default `stack_guard_gap`: 256 pages.
const DEFAULT_STACK_GUARD_GAP: u64 = 256 * PAGE_SIZE;

/// `mm->mmap_base` of a non-randomised x86-64 task that uses the top-down layout, as
/// `mmap_base()` in arch/x86/mm/mmap.c computes it at exec: the gap left for the stack is the
/// stack rlimit plus the stack guard gap, clamped to [128 MiB, 5/6 of TASK_SIZE], and the
/// base is the page-aligned TASK_SIZE (the 47-bit `DEFAULT_MAP_WINDOW`) minus that gap.
pub fn mmap_base(stack_rlimit: u64, stack_guard_gap: u64) -> u64 {
    const MIN_GAP: u64 = 128 << 20;
    let max_gap = uapi::TASK_SIZE / 6 * 5;
    // Linux adds the padding only when the sum does not wrap (rlimit near RLIM_INFINITY).
    let gap = stack_rlimit
        .checked_add(stack_guard_gap)
        .unwrap_or(stack_rlimit);
    let gap = gap.clamp(MIN_GAP, max_gap);
    (uapi::TASK_SIZE - gap) & !(PAGE_SIZE - 1)
}

/// `stack_guard_gap` in bytes, from a kernel command line (`stack_guard_gap=PAGES`,
/// decimal; a malformed value is ignored, as the kernel does).
pub fn stack_guard_gap(cmdline: &str) -> u64 {
    let mut gap = DEFAULT_STACK_GUARD_GAP;
    for word in cmdline.split_whitespace() {
        if word == "--" {
            break; // the rest belongs to init
        }
        if let Some(v) = word.strip_prefix("stack_guard_gap=")
            && let Ok(pages) = v.parse::<u64>()
        {
            gap = pages << uapi::PAGE_SHIFT;
        }
    }
    gap
}

/// Field `n` (1-based, as in proc(5)) of /proc/PID/stat. The command name (field 2) is in
/// parentheses and may contain spaces, so counting starts after the last ')'.
pub(crate) fn stat_field(stat: &str, n: usize) -> Option<u64> {
    let rest = &stat[stat.rfind(')')? + 1..];
    rest.split_whitespace().nth(n.checked_sub(3)?)?.parse().ok()
}

/// Field of /proc/PID/stat holding `mm->start_brk`.
pub(crate) const STAT_START_BRK: usize = 47;

fn read_number(path: &str) -> Result<u64, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    text.trim()
        .parse()
        .map_err(|_| format!("{path}: not a number: {text:?}"))
}

/// Where the worker binary is: `$MMLAB_WORKER`, else next to the running executable, else in
/// its parent directory (test binaries live in target/<profile>/deps/, the worker in
/// target/<profile>/).
pub fn worker_path() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("MMLAB_WORKER") {
        let p = PathBuf::from(p);
        return if p.is_file() {
            Ok(p)
        } else {
            Err(format!("MMLAB_WORKER={} is not a file", p.display()))
        };
    }
    let exe =
        std::env::current_exe().map_err(|e| format!("cannot find the running executable: {e}"))?;
    let dir = exe.parent().unwrap_or(Path::new("/"));
    let candidates = [
        Some(dir.join(WORKER_NAME)),
        dir.parent().map(|d| d.join(WORKER_NAME)),
    ];
    let candidates: Vec<PathBuf> = candidates.into_iter().flatten().collect();
    if let Some(p) = candidates.iter().find(|p| p.is_file()) {
        return Ok(p.clone());
    }
    let looked: Vec<String> = candidates.iter().map(|p| p.display().to_string()).collect();
    Err(format!(
        "{WORKER_NAME} not found (looked for {}); build it with `cargo build -p oracle --bin {WORKER_NAME}` \
         or point MMLAB_WORKER at it",
        looked.join(" and ")
    ))
}

/// One worker process.
struct Worker {
    os_pid: u32,
    chan: UnixStream,
    /// The scenario's descriptors: its numbers (the model's) to the worker's real ones, so
    /// the worker's own descriptors never collide with a scenario's.
    fds: BTreeMap<i64, u64>,
}

/// A descriptor number no process has open (above any RLIMIT_NOFILE): what an mmap of a
/// descriptor the scenario never opened is given, so the host answers EBADF as the model does.
const NO_FD: u64 = i32::MAX as u64;

/// The pin flags the host can take: an io_uring fixed buffer pins exactly so.
const URING_FOLL: u64 = FOLL_PIN | FOLL_LONGTERM | FOLL_WRITE;

/// A pin a worker holds.
struct HostPin {
    pid: Pid,
    /// Its index in the worker's pin table.
    slot: u64,
    foll: u64,
    len: u64,
}

/// A final frame and the fd passed with the reply, if any.
pub(crate) struct Reply {
    pub(crate) value: u64,
    /// The worker's measurement, for timed ops.
    pub(crate) elapsed_ns: u64,
    fd: Option<OwnedFd>,
}

/// The real kernel, through worker processes.
pub struct Host {
    worker: PathBuf,
    procs: BTreeMap<Pid, Worker>,
    next_pid: Pid,
    mmap_base: u64,
    mmap_min_addr: u64,
    kpageflags: Option<File>,
    pins: BTreeMap<PinId, HostPin>,
    next_pin: PinId,
}

impl Host {
    /// Whether something on the host ages pages behind the workers' backs, making smaps'
    /// `Referenced` larger than the scenario alone explains: a running DAMON kdamond (physical
    /// address monitoring clears PTE accessed bits and sets PG_young on the folio, which every
    /// mapping of the page then reports as referenced). `Err` names what was found.
    pub fn referenced_is_exact() -> Result<(), String> {
        let Ok(dir) = std::fs::read_dir("/sys/kernel/mm/damon/admin/kdamonds") else {
            return Ok(());
        };
        let mut running: Vec<String> = dir
            .filter_map(|e| e.ok())
            .filter(|e| {
                std::fs::read_to_string(e.path().join("state")).is_ok_and(|s| s.trim() == "on")
            })
            .map(|e| format!("kdamond.{}", e.file_name().to_string_lossy()))
            .collect();
        running.sort();
        if running.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "DAMON is monitoring this host ({} running)",
                running.join(", ")
            ))
        }
    }

    /// Why the host oracle cannot run here, if it cannot: it needs PFNs in /proc/self/pagemap
    /// and a readable /proc/kpageflags (both need CAP_SYS_ADMIN), the top-down mmap layout,
    /// and the worker binary.
    pub fn available() -> Result<(), String> {
        let euid = sys::euid();
        let who = if euid == 0 {
            "root".to_string()
        } else {
            format!("not root (euid {euid})")
        };
        // A page of our own that is certainly present: the vec is written when made.
        let probe = vec![1u8; 2 * PAGE_SIZE as usize];
        let addr = (probe.as_ptr() as u64).next_multiple_of(PAGE_SIZE);
        let pm = File::open("/proc/self/pagemap")
            .map_err(|e| format!("cannot open /proc/self/pagemap: {e}"))?;
        let mut e = [0u8; 8];
        pm.read_exact_at(&mut e, addr / PAGE_SIZE * 8)
            .map_err(|e| format!("cannot read /proc/self/pagemap: {e}"))?;
        std::hint::black_box(&probe);
        let entry = u64::from_le_bytes(e);
        if entry & pagemap::PRESENT == 0 {
            return Err(format!(
                "/proc/self/pagemap shows a written page as not present (entry {entry:#x})"
            ));
        }
        let pfn = entry & pagemap::PFN_MASK;
        if pfn == 0 {
            return Err(format!(
                "/proc/self/pagemap hides PFNs ({who}; CAP_SYS_ADMIN is needed)"
            ));
        }
        let kpf = File::open("/proc/kpageflags")
            .map_err(|e| format!("cannot open /proc/kpageflags ({who}): {e}"))?;
        kpf.read_exact_at(&mut e, pfn * 8)
            .map_err(|e| format!("cannot read /proc/kpageflags ({who}): {e}"))?;
        if read_number("/proc/sys/vm/legacy_va_layout")? != 0 {
            return Err(
                "vm.legacy_va_layout is set: workers would use the legacy bottom-up mmap layout"
                    .into(),
            );
        }
        worker_path()?;
        Ok(())
    }

    /// A host with no processes yet. Fails (`Unsupported`) if the worker binary is missing.
    pub fn new() -> Result<Host, Error> {
        let worker = worker_path().map_err(Error::Unsupported)?;
        let cmdline = std::fs::read_to_string("/proc/cmdline").unwrap_or_default();
        let mmap_min_addr =
            read_number("/proc/sys/vm/mmap_min_addr").map_err(Error::Unsupported)?;
        Ok(Host {
            worker,
            procs: BTreeMap::new(),
            next_pid: 1,
            mmap_base: mmap_base(sys::WORKER_STACK_RLIMIT, stack_guard_gap(&cmdline)),
            mmap_min_addr,
            kpageflags: None,
            pins: BTreeMap::new(),
            next_pin: 1,
        })
    }

    /// The worker binary this host runs.
    pub fn worker(&self) -> &Path {
        &self.worker
    }

    /// `mm->mmap_base` of every worker (forks inherit it).
    pub fn mmap_base(&self) -> u64 {
        self.mmap_base
    }

    /// The OS pid of a process's worker, for debugging and for looking at /proc/PID.
    pub fn os_pid(&self, pid: Pid) -> Option<u32> {
        self.procs.get(&pid).map(|w| w.os_pid)
    }

    /// A round trip that does nothing in the worker.
    pub fn ping(&mut self, pid: Pid) -> Result<(), Error> {
        self.request(pid, Request::new(op::PING, &[]), &[], None)
            .map(drop)
    }

    /// The text of any file as the worker reads it (so /proc/self/… is the worker's).
    pub fn read_file(&mut self, pid: Pid, path: &str) -> Result<String, Error> {
        let mut out = Vec::new();
        self.request(
            pid,
            Request::new(op::READ_FILE, &[]),
            path.as_bytes(),
            Some(&mut out),
        )
        .map_err(|e| match e {
            Error::Unsupported(why) => Error::Unsupported(format!("{path}: {why}")),
            e => e,
        })?;
        String::from_utf8(out).map_err(|_| Error::Broken(format!("{path} is not UTF-8")))
    }

    fn worker_of(&self, pid: Pid) -> Result<&Worker, Error> {
        self.procs
            .get(&pid)
            .ok_or_else(|| Error::Broken(format!("no process {pid} on the host")))
    }

    /// Sends one request and reads its reply; streamed payloads are appended to `out`.
    pub(crate) fn request(
        &mut self,
        pid: Pid,
        req: Request,
        payload: &[u8],
        out: Option<&mut Vec<u8>>,
    ) -> Result<Reply, Error> {
        let w = self.worker_of(pid)?;
        let (resp, fd) = match exchange(&w.chan, req, payload, out) {
            Ok(r) => r,
            Err(e) => return Err(self.bury(pid, &format!("{} request: {e}", op_name(req.op)))),
        };
        match resp.status {
            status::OK => Ok(Reply {
                value: resp.value,
                elapsed_ns: resp.elapsed_ns,
                fd,
            }),
            status::ERRNO => Err(match Errno::from_raw(resp.value as i32) {
                Some(e) => Error::Errno(e),
                None => Error::Unsupported(format!("errno {} is not in uapi::Errno", resp.value)),
            }),
            status::SIGNAL => match Signo::from_raw(resp.signo as i32) {
                Some(signo) => Err(Error::Signal(SigInfo {
                    signo,
                    code: resp.code as u32 as i32,
                    addr: resp.addr,
                })),
                None => Err(Error::Broken(format!(
                    "worker reported unexpected signal {}",
                    resp.signo
                ))),
            },
            status::FAIL => {
                let errno = resp.value as i32;
                let name = Errno::from_raw(errno).map(|e| e.name()).unwrap_or("?");
                let why = format!(
                    "{} failed with errno {errno} ({name})",
                    fail::describe(resp.code)
                );
                // A file the host can't open or read, or a kernel facility it lacks, is a
                // limit of this host; anything else is a bug on one side of the protocol.
                Err(if fail::is_host_limit(resp.code) {
                    Error::Unsupported(why)
                } else {
                    Error::Broken(format!("process {pid}: {why}"))
                })
            }
            s => Err(self.bury(pid, &format!("protocol error: status {s} in a final frame"))),
        }
    }

    /// Forgets a worker whose channel failed, and says what became of it.
    fn bury(&mut self, pid: Pid, what: &str) -> Error {
        self.forget_pins(pid);
        let Some(w) = self.procs.remove(&pid) else {
            return Error::Broken(format!("process {pid}: {what}"));
        };
        drop(w.chan); // a live worker sees EOF and exits
        let deadline = Instant::now() + Duration::from_secs(2);
        let fate = loop {
            match sys::wait(w.os_pid, true) {
                Ok(Some(exit)) => break exit.to_string(),
                Ok(None) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(1))
                }
                Ok(None) => {
                    sys::kill(w.os_pid);
                    let _ = sys::wait(w.os_pid, false);
                    break "still running; killed it".to_string();
                }
                Err(e) => break format!("cannot wait for it: {e}"),
            }
        };
        Error::Broken(format!(
            "process {pid} (worker pid {}): {what}; the worker {fate}",
            w.os_pid
        ))
    }

    /// Waits for a new worker's hello: it is set up and was built from the same sources.
    fn await_hello(&mut self, pid: Pid) -> Result<(), Error> {
        let w = self.worker_of(pid)?;
        match recv_header(&w.chan) {
            Ok((r, None))
                if r.status == status::OK
                    && r.value == proto::HELLO
                    && r.code == proto::SOURCE_HASH
                    && r.payload_len == 0 =>
            {
                Ok(())
            }
            Ok(_) => {
                let why = format!(
                    "{} was built from other sources than this driver (stale binary?); rebuild it \
                     with `cargo build -p oracle --bin {WORKER_NAME}`",
                    self.worker.display()
                );
                Err(self.bury(pid, &why))
            }
            Err(e) => Err(self.bury(pid, &format!("start-up: {e}"))),
        }
    }

    /// Registers the child of a fork `pid` just made (`r` is the fork's `OK`: the child's OS
    /// pid and its channel) as a new process, once it has said hello.
    pub(crate) fn adopt_child(&mut self, pid: Pid, r: Reply) -> Result<Pid, Error> {
        let os_pid = r.value as u32;
        let Some(fd) = r.fd else {
            // A child without a channel cannot be driven; don't leave it behind.
            sys::kill(os_pid);
            let _ = sys::wait(os_pid, false);
            return Err(self.bury(pid, "fork reply carried no channel for the child"));
        };
        let child = self.next_pid;
        self.next_pid += 1;
        // The child inherits the parent's descriptors, at the same real numbers.
        let fds = self
            .procs
            .get(&pid)
            .map(|w| w.fds.clone())
            .unwrap_or_default();
        self.procs.insert(
            child,
            Worker {
                os_pid,
                chan: UnixStream::from(fd),
                fds,
            },
        );
        self.await_hello(child)?;
        Ok(child)
    }

    /// Drops the host's record of a process's pins (the process is gone, and so are they).
    fn forget_pins(&mut self, pid: Pid) {
        self.pins.retain(|_, p| p.pid != pid);
    }

    /// A pin the host holds, and [offset, offset+len) checked to lie inside it.
    fn pin_range(&self, pin: PinId, offset: u64, len: u64) -> Result<&HostPin, Error> {
        let p = self
            .pins
            .get(&pin)
            .ok_or_else(|| Error::Broken(format!("no pin {pin} on the host")))?;
        if offset.checked_add(len).is_none_or(|end| end > p.len) {
            return Err(Error::Broken(format!(
                "pin {pin} covers {} bytes: offset {offset} + length {len} is outside it",
                p.len
            )));
        }
        Ok(p)
    }

    fn kpageflags_file(&mut self) -> Result<&File, Error> {
        if self.kpageflags.is_none() {
            let f = File::open("/proc/kpageflags")
                .map_err(|e| Error::Unsupported(format!("cannot open /proc/kpageflags: {e}")))?;
            self.kpageflags = Some(f);
        }
        Ok(self.kpageflags.as_ref().expect("just opened"))
    }
}

fn op_name(op: u64) -> &'static str {
    match op {
        op::PING => "ping",
        op::SYSCALL => "syscall",
        op::FORK => "fork",
        op::EXIT => "exit",
        op::TOUCH => "touch",
        op::STORE => "store",
        op::LOAD => "load",
        op::READ_FILE => "read-file",
        op::PAGEMAP => "pagemap",
        op::TIMED_TOUCH => "timed touch",
        op::TIMED_SYSCALL => "timed syscall",
        op::TIMED_FORK => "timed fork",
        op::MMAP_MUNMAP_LOOP => "mmap-munmap loop",
        op::MPROTECT_TOGGLE_LOOP => "mprotect toggle loop",
        op::PIN => "pin",
        op::UNPIN => "unpin",
        op::PIN_LOAD => "pin load",
        op::PIN_STORE => "pin store",
        op::MEM_WRITE => "mem write",
        op::MEM_READ => "mem read",
        op::OPEN => "open",
        op::CLOSE => "close",
        _ => "unknown",
    }
}

/// The argument words of a `SYSCALL` request: the number, then the six registers.
pub(crate) fn syscall_args(call: &Syscall) -> Vec<u64> {
    let mut args = vec![call.nr() as u64];
    args.extend(call.args());
    args
}

/// The `kind` word of a `TOUCH` request.
pub(crate) fn touch_kind(kind: AccessKind) -> u64 {
    match kind {
        AccessKind::Read => proto::TOUCH_READ,
        AccessKind::Write => proto::TOUCH_WRITE,
    }
}

/// Sends a request with its payload and reads frames up to the final one.
fn exchange(
    chan: &UnixStream,
    mut req: Request,
    payload: &[u8],
    mut out: Option<&mut Vec<u8>>,
) -> io::Result<(Response, Option<OwnedFd>)> {
    req.payload_len = payload.len() as u64;
    sys::send_all(chan, &[&req.encode(), payload])?;
    let mut passed = None;
    loop {
        let (resp, fd) = recv_header(chan)?;
        if fd.is_some() {
            passed = fd;
        }
        if resp.payload_len > 0 {
            let n = resp.payload_len as usize;
            let v = match out.as_deref_mut() {
                Some(v) if n <= BUF_LEN => v,
                _ => {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        "unexpected payload in a reply",
                    ));
                }
            };
            let start = v.len();
            v.resize(start + n, 0);
            (&*chan).read_exact(&mut v[start..])?;
        }
        if resp.status != status::MORE {
            return Ok((resp, passed));
        }
    }
}

/// Reads one response header, keeping an fd passed with it.
fn recv_header(chan: &UnixStream) -> io::Result<(Response, Option<OwnedFd>)> {
    let mut b = [0u8; proto::RESP_LEN];
    let mut got = 0;
    let mut passed = None;
    while got < b.len() {
        let (n, fd) = sys::recv_with_fd(chan, &mut b[got..])?;
        if n == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "the worker closed its channel",
            ));
        }
        got += n;
        if fd.is_some() {
            passed = fd;
        }
    }
    Ok((Response::decode(&b), passed))
}

impl Kernel for Host {
    fn name(&self) -> &'static str {
        "host"
    }

    /// Starts a worker. The host's processes start with the worker's own layout, so `layout`
    /// is ignored.
    fn spawn(&mut self, _layout: Option<&Layout>) -> Result<Pid, Error> {
        let (chan, theirs) =
            UnixStream::pair().map_err(|e| Error::Broken(format!("socketpair: {e}")))?;
        let mut cmd = Command::new(&self.worker);
        // Fixed argv, environment and directory: they sit at the top of the stack, so they
        // must not vary if the layout is to repeat.
        cmd.arg0(WORKER_NAME)
            .env_clear()
            .current_dir("/")
            .stdin(Stdio::from(OwnedFd::from(theirs)))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        sys::prepare_worker_exec(&mut cmd);
        let child = cmd
            .spawn()
            .map_err(|e| Error::Broken(format!("cannot start {}: {e}", self.worker.display())))?;
        // Close our copy of the worker's end now, so the worker's death reads as EOF here.
        drop(cmd);
        let os_pid = child.id();
        // std's Child neither kills nor reaps on drop; the pid is ours to wait for.
        drop(child);
        let pid = self.next_pid;
        self.next_pid += 1;
        self.procs.insert(
            pid,
            Worker {
                os_pid,
                chan,
                fds: BTreeMap::new(),
            },
        );
        self.await_hello(pid)?;
        Ok(pid)
    }

    fn layout(&mut self, pid: Pid) -> Result<Layout, Error> {
        let smaps = self.read_file(pid, "/proc/self/smaps")?;
        let vmas = parse_smaps(&smaps).map_err(Error::Broken)?;
        let stat = self.read_file(pid, "/proc/self/stat")?;
        let start_brk = stat_field(&stat, STAT_START_BRK)
            .ok_or_else(|| Error::Broken(format!("no start_brk in /proc/self/stat: {stat:?}")))?;
        let brk = self.syscall(pid, &Syscall::Brk { addr: 0 })?;
        let mut tables = std::collections::BTreeSet::new();
        for v in vmas.iter().filter(|v| v.field("Rss").unwrap_or(0) > 0) {
            let (start, end) = (v.maps.start, v.maps.end);
            if end > uapi::TASK_SIZE {
                continue;
            }
            let entries = self.pagemap(pid, start, (end - start) / uapi::PAGE_SIZE)?;
            uapi::observe::pte_table_regions(start, &entries, &mut tables);
        }
        Ok(Layout {
            vmas,
            mmap_base: self.mmap_base,
            start_brk,
            brk,
            mmap_min_addr: self.mmap_min_addr,
            pte_tables: tables.into_iter().collect(),
        })
    }

    fn syscall(&mut self, pid: Pid, call: &Syscall) -> Result<u64, Error> {
        let mut args = syscall_args(call);
        if let Syscall::Mmap { flags, fd, .. } = *call
            && flags & uapi::consts::MAP_ANONYMOUS == 0
        {
            // Args are nr, addr, len, prot, flags, fd, off.
            args[5] = self.worker_of(pid)?.fds.get(&fd).copied().unwrap_or(NO_FD);
        }
        self.request(pid, Request::new(op::SYSCALL, &args), &[], None)
            .map(|r| r.value)
    }

    fn open(
        &mut self,
        pid: Pid,
        facts: &uapi::FileFacts,
        flags: u64,
        fd: Option<i64>,
    ) -> Result<i64, Error> {
        let table = &self.worker_of(pid)?.fds;
        let fd = uapi::file::pick_fd(fd, |n| table.contains_key(&n))?;
        let real = self
            .request(
                pid,
                Request::new(op::OPEN, &[flags]),
                facts.path.as_bytes(),
                None,
            )?
            .value;
        let old = self
            .procs
            .get_mut(&pid)
            .expect("worker_of found it")
            .fds
            .insert(fd, real);
        if let Some(old) = old {
            self.request(pid, Request::new(op::CLOSE, &[old]), &[], None)?;
        }
        Ok(fd)
    }

    fn close(&mut self, pid: Pid, fd: i64) -> Result<(), Error> {
        let real = self
            .procs
            .get_mut(&pid)
            .ok_or_else(|| Error::Broken(format!("no process {pid} on the host")))?
            .fds
            .remove(&fd)
            .ok_or(Error::Errno(Errno::EBADF))?;
        self.request(pid, Request::new(op::CLOSE, &[real]), &[], None)
            .map(drop)
    }

    fn fork(&mut self, pid: Pid) -> Result<Pid, Error> {
        let r = self.request(pid, Request::new(op::FORK, &[]), &[], None)?;
        self.adopt_child(pid, r)
    }

    fn exit(&mut self, pid: Pid) -> Result<(), Error> {
        let w = self
            .procs
            .remove(&pid)
            .ok_or_else(|| Error::Broken(format!("no process {pid} on the host")))?;
        // The worker releases its pins before it exits (see the worker's `exit`).
        self.forget_pins(pid);
        let sent = sys::send_all(&w.chan, &[&Request::new(op::EXIT, &[]).encode()]);
        drop(w.chan);
        let exit = sys::wait(w.os_pid, false);
        match (sent, exit) {
            (Ok(()), Ok(Some(Exit::Code(0)))) => Ok(()),
            (sent, exit) => {
                let fate = match exit {
                    Ok(Some(e)) => e.to_string(),
                    Ok(None) => "is in an unknown state".into(),
                    Err(e) => format!("cannot be waited for: {e}"),
                };
                let how = sent
                    .err()
                    .map(|e| format!(" (exit request: {e})"))
                    .unwrap_or_default();
                Err(Error::Broken(format!(
                    "process {pid} (worker pid {}){how}: the worker {fate}",
                    w.os_pid
                )))
            }
        }
    }

    fn touch(&mut self, pid: Pid, addr: u64, len: u64, kind: AccessKind) -> Result<(), Error> {
        let k = touch_kind(kind);
        self.request(pid, Request::new(op::TOUCH, &[addr, len, k]), &[], None)
            .map(drop)
    }

    fn store(&mut self, pid: Pid, addr: u64, data: &[u8]) -> Result<(), Error> {
        self.request(pid, Request::new(op::STORE, &[addr]), data, None)
            .map(drop)
    }

    fn load(&mut self, pid: Pid, addr: u64, len: u64) -> Result<Vec<u8>, Error> {
        let mut out = Vec::new();
        self.request(
            pid,
            Request::new(op::LOAD, &[addr, len]),
            &[],
            Some(&mut out),
        )?;
        if out.len() as u64 != len {
            return Err(Error::Broken(format!(
                "load of {len} bytes returned {}",
                out.len()
            )));
        }
        Ok(out)
    }

    fn read_proc(&mut self, pid: Pid, file: ProcFile) -> Result<String, Error> {
        let path = if file.per_process() {
            format!("/proc/self/{}", file.path())
        } else {
            file.path().to_string()
        };
        self.read_file(pid, &path)
    }

    fn pagemap(&mut self, pid: Pid, addr: u64, npages: u64) -> Result<Vec<u64>, Error> {
        let mut out = Vec::new();
        self.request(
            pid,
            Request::new(op::PAGEMAP, &[addr, npages]),
            &[],
            Some(&mut out),
        )?;
        if out.len() as u64 != npages.saturating_mul(8) {
            return Err(Error::Unsupported(format!(
                "pagemap of {npages} pages at {addr:#x}: the kernel returned {} entries",
                out.len() / 8
            )));
        }
        Ok(out
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().expect("8-byte chunk")))
            .collect())
    }

    fn kpageflags(&mut self, pfns: &[u64]) -> Result<Vec<u64>, Error> {
        let f = self.kpageflags_file()?;
        pfns.iter()
            .map(|&pfn| {
                let mut b = [0u8; 8];
                let at = pfn
                    .checked_mul(8)
                    .ok_or_else(|| Error::Broken(format!("pfn {pfn:#x} out of range")))?;
                f.read_exact_at(&mut b, at)
                    .map_err(|e| Error::Broken(format!("/proc/kpageflags at pfn {pfn:#x}: {e}")))?;
                Ok(u64::from_le_bytes(b))
            })
            .collect()
    }

    /// Pins through the worker: FOLL_PIN|FOLL_LONGTERM|FOLL_WRITE as an io_uring fixed buffer,
    /// FOLL_GET as vmsplice into a pipe. The host has no way to take any other kind.
    fn pin(&mut self, pid: Pid, addr: u64, len: u64, foll: u64) -> Result<PinId, Error> {
        check_pin_args(len, foll)?;
        if foll != URING_FOLL && foll != FOLL_GET {
            return Err(Error::Unsupported(format!(
                "host: pins with FOLL_* {foll:#x}: the host can take only \
                 FOLL_PIN|FOLL_LONGTERM|FOLL_WRITE (an io_uring fixed buffer) and FOLL_GET \
                 (vmsplice); other kinds need CONFIG_GUP_TEST, which this kernel lacks"
            )));
        }
        self.worker_of(pid)?;
        let held = self.pins.values().filter(|p| p.pid == pid).count();
        if held >= proto::MAX_PINS {
            return Err(Error::Unsupported(format!(
                "host: process {pid} already holds {held} pins, the most a worker can hold"
            )));
        }
        let r = self.request(pid, Request::new(op::PIN, &[addr, len, foll]), &[], None)?;
        if r.value >= proto::MAX_PINS as u64 {
            return Err(self.bury(pid, &format!("pin answered slot {}", r.value)));
        }
        let id = self.next_pin;
        self.next_pin += 1;
        self.pins.insert(
            id,
            HostPin {
                pid,
                slot: r.value,
                foll,
                len,
            },
        );
        Ok(id)
    }

    fn unpin(&mut self, pin: PinId) -> Result<(), Error> {
        let p = self
            .pins
            .remove(&pin)
            .ok_or_else(|| Error::Broken(format!("no pin {pin} on the host")))?;
        self.request(p.pid, Request::new(op::UNPIN, &[p.slot]), &[], None)
            .map(drop)
    }

    fn pin_load(&mut self, pin: PinId, offset: u64, len: u64) -> Result<Vec<u8>, Error> {
        let p = self.pin_range(pin, offset, len)?;
        if len == 0 {
            return Ok(Vec::new());
        }
        let (pid, slot) = (p.pid, p.slot);
        let mut out = Vec::new();
        let req = Request::new(op::PIN_LOAD, &[slot, offset, len]);
        self.request(pid, req, &[], Some(&mut out))?;
        if out.len() as u64 != len {
            return Err(Error::Broken(format!(
                "pin load of {len} bytes returned {}",
                out.len()
            )));
        }
        Ok(out)
    }

    fn pin_store(&mut self, pin: PinId, offset: u64, data: &[u8]) -> Result<(), Error> {
        let p = self.pin_range(pin, offset, data.len() as u64)?;
        if p.foll & FOLL_PIN == 0 || p.foll & FOLL_WRITE == 0 {
            return Err(Error::Unsupported(format!(
                "host: pin {pin} is a FOLL_GET reference (vmsplice), which cannot write; \
                 pin_store needs a FOLL_PIN|FOLL_WRITE pin"
            )));
        }
        if data.is_empty() {
            return Ok(());
        }
        let (pid, slot) = (p.pid, p.slot);
        let req = Request::new(op::PIN_STORE, &[slot, offset]);
        self.request(pid, req, data, None).map(drop)
    }

    /// pwrite to the worker's /proc/self/mem (CONFIG_PROC_MEM_ALWAYS_FORCE: FOLL_FORCE).
    fn mem_write(&mut self, pid: Pid, addr: u64, data: &[u8]) -> Result<u64, Error> {
        let r = self.request(pid, Request::new(op::MEM_WRITE, &[addr]), data, None)?;
        if r.value > data.len() as u64 {
            return Err(Error::Broken(format!(
                "mem write of {} bytes reported {}",
                data.len(),
                r.value
            )));
        }
        Ok(r.value)
    }

    /// pread from the worker's /proc/self/mem.
    fn mem_read(&mut self, pid: Pid, addr: u64, len: u64) -> Result<Vec<u8>, Error> {
        let mut out = Vec::new();
        let r = self.request(
            pid,
            Request::new(op::MEM_READ, &[addr, len]),
            &[],
            Some(&mut out),
        )?;
        if out.len() as u64 != r.value || r.value > len {
            return Err(Error::Broken(format!(
                "mem read of {len} bytes reported {} and returned {}",
                r.value,
                out.len()
            )));
        }
        Ok(out)
    }
}

impl Drop for Host {
    /// Kills and reaps every worker still running.
    fn drop(&mut self) {
        for (_, w) in std::mem::take(&mut self.procs) {
            sys::kill(w.os_pid);
            drop(w.chan);
            let _ = sys::wait(w.os_pid, false);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mmap_base_matches_linux_formula() {
        // 8 MiB + 1 MiB is below the 128 MiB floor: base = TASK_SIZE - 128 MiB.
        assert_eq!(mmap_base(8 << 20, 1 << 20), 0x7fff_f7ff_f000);
        // A 1 GiB stack limit leaves 1 GiB + 1 MiB.
        assert_eq!(
            mmap_base(1 << 30, 1 << 20),
            0x7fff_f7ff_f000 + (128 << 20) - (1 << 30) - (1 << 20)
        );
        // RLIM_INFINITY: the sum would wrap, so the gap is clamped to 5/6 of TASK_SIZE.
        let base = mmap_base(u64::MAX, 1 << 20);
        assert_eq!(base, (uapi::TASK_SIZE - uapi::TASK_SIZE / 6 * 5) & !0xfff);
    }

    #[test]
    fn guard_gap_from_cmdline() {
        assert_eq!(stack_guard_gap("quiet ro"), 1 << 20);
        assert_eq!(stack_guard_gap("quiet stack_guard_gap=16 ro"), 16 << 12);
        assert_eq!(stack_guard_gap("stack_guard_gap=1x"), 1 << 20);
        assert_eq!(stack_guard_gap("ro -- stack_guard_gap=16"), 1 << 20);
    }

    #[test]
    fn stat_fields_count_past_the_command_name() {
        let mut stat = String::from("42 (a b) c) S");
        for n in 4..=52 {
            stat.push_str(&format!(" {n}"));
        }
        assert_eq!(stat_field(&stat, 4), Some(4));
        assert_eq!(stat_field(&stat, STAT_START_BRK), Some(47));
        assert_eq!(stat_field(&stat, 2), None);
    }
}
