//! `mmlab-worker`: one scenario process on the real kernel. The driver (`oracle::Host`)
//! starts it with a fixed argv, an empty environment, ASLR off and an 8 MiB stack limit, and
//! talks to it over the socket on fd 0 (see `oracle::proto`). Its address space *is* the
//! scenario process's address space: syscalls and accesses act on it directly.
//!
//! So after start-up the worker must not change that address space itself: no allocation,
//! no formatting, no new mappings, no stack growth. Everything it needs is made and faulted in
//! by `rt::init` and `warm_up` before it says hello; the serving loop only moves bytes through
//! the preallocated arena and makes raw syscalls. Its stack use stays a few KiB deep, far
//! inside the part of [stack] that `warm_up` faulted in. Pins (`pins`, over io_uring and
//! vmsplice) and forced access (`mem`, /proc/self/mem) keep to that: they use kernel
//! objects behind fds, and io_uring's rings live in the arena, not in new mappings.

mod mem;
mod pins;
mod rt;
mod uring;

use oracle::proto::{self, BUF_LEN, PATH_MAX, REQ_LEN, Request, Response, fail, op, status};
use pins::Pins;
use rt::{Arena, Fault};

/// The channel to the driver is always fd 0, in every worker, forked or not.
const CHAN: i32 = 0;

/// How deep `warm_up` faults the stack in; the serving loop uses a small fraction of this.
const STACK_WARM: usize = 64 << 10;

/// Most scenario descriptors the worker keeps cached (more are opened, but not refreshed).
const MAX_FILES: usize = 16;

/// The regular files the scenario opened, kept wholly in the page cache. The model assumes
/// a file it was given stays cached; on the host, a DAMON `pageout` scheme or reclaim may
/// evict its unmapped pages between steps, and fault-around would then skip them. So before
/// each step that can fault, a file with pages missing is read through again.
struct OpenFiles {
    fds: [i32; MAX_FILES],
    len: usize,
}

impl OpenFiles {
    fn add(&mut self, fd: i32) {
        if self.len < MAX_FILES {
            self.fds[self.len] = fd;
            self.len += 1;
        }
    }

    fn remove(&mut self, fd: i32) {
        if let Some(i) = self.fds[..self.len].iter().position(|&f| f == fd) {
            self.fds[i] = self.fds[self.len - 1];
            self.len -= 1;
        }
    }

    fn refresh(&self, buf: &mut [u8]) {
        for &fd in &self.fds[..self.len] {
            if rt::fully_cached(fd) == Some(false) {
                read_through(fd, buf);
            }
        }
    }
}

/// The channel broke: the driver went away or misbehaved. The worker can only exit.
struct ChanBroken;

type Served = Result<(), ChanBroken>;

fn main() {
    let mut arena = match rt::init() {
        Ok(a) => a,
        Err(what) => {
            eprintln!("mmlab-worker: start-up failed: {what}");
            rt::exit(2);
        }
    };
    if let Err(what) = warm_up(&mut arena) {
        eprintln!("mmlab-worker: self-test failed: {what}");
        rt::exit(3);
    }
    let pins = Pins::new(&arena);
    if hello().is_err() {
        rt::exit(4);
    }
    serve(arena, pins)
}

/// Tells the driver this worker is set up and waiting for requests.
fn hello() -> Served {
    let r = Response {
        status: status::OK,
        value: proto::HELLO,
        code: proto::SOURCE_HASH,
        ..Response::default()
    };
    send(&r, &[])
}

/// Faults in the stack the loop will use, then runs every path the loop takes once (probes
/// that succeed and probes that fault, /proc reads, pagemap), so that code, data and the
/// signal stack are all present before the driver takes its first look at the layout.
fn warm_up(a: &mut Arena) -> Result<(), &'static str> {
    fault_in_stack();
    let mine = a.buf.as_ptr() as u64;
    rt::probe_read(mine).map_err(|_| "probe_read of own buffer")?;
    rt::probe_write(mine).map_err(|_| "probe_write of own buffer")?;
    rt::probe_store(mine, 0).map_err(|_| "probe_store of own buffer")?;
    // Page 0 is never mapped (mmap_min_addr > 0): every probe must fault and come back.
    let expect = Fault {
        signo: libc::SIGSEGV,
        code: uapi::signal::SEGV_MAPERR,
        addr: 0,
    };
    if rt::probe_read(0) != Err(expect)
        || rt::probe_write(0) != Err(expect)
        || rt::probe_store(0, 1) != Err(expect)
    {
        return Err("probe of address 0 did not report SIGSEGV SEGV_MAPERR at 0");
    }
    let fd = rt::open_readonly(b"/proc/self/smaps\0").map_err(|_| "open /proc/self/smaps")?;
    while rt::read(fd, a.buf).map_err(|_| "read /proc/self/smaps")? > 0 {}
    rt::close(fd);
    let fd = rt::open_readonly(b"/proc/self/pagemap\0").map_err(|_| "open /proc/self/pagemap")?;
    let at = (mine / 4096) * 8;
    rt::pread(fd, &mut a.buf[..8], at).map_err(|_| "pread /proc/self/pagemap")?;
    rt::close(fd);
    rt::scenario_syscall(libc::SYS_getpid as u64, [0; 6]).map_err(|_| "getpid")?;
    // The timed ops: the clock they read (`monotonic_ns` exits the worker if it cannot), a
    // timed touch of our own buffer, and the loops with a count of 0, which run their code
    // but make no mapping (a mapping, even one unmapped at once, would raise VmPeak).
    let (t0, t1) = (rt::monotonic_ns(), rt::monotonic_ns());
    if t1 < t0 {
        return Err("CLOCK_MONOTONIC went backwards");
    }
    let (touched, _) = timed(|| touch(mine, 1, true));
    touched.map_err(|_| "timed touch of own buffer")?;
    let (looped, _) = timed(|| mmap_munmap_loop(0, 0).and(mprotect_toggle_loop(mine, 0)));
    looped.map_err(|_| "timing loops")?;
    Ok(())
}

/// Writes a STACK_WARM-byte array on the stack, so every page of that depth is faulted in.
#[inline(never)]
fn fault_in_stack() {
    let mut a = [0u8; STACK_WARM];
    std::hint::black_box(&mut a);
}

fn serve(mut a: Arena, mut pins: Pins) -> ! {
    let mut files = OpenFiles {
        fds: [-1; MAX_FILES],
        len: 0,
    };
    loop {
        let mut hdr = [0u8; REQ_LEN];
        match recv_exact(&mut hdr) {
            Ok(0) => exit(&mut pins, 0), // the driver closed the channel: nothing more to do
            Ok(n) if n == REQ_LEN => {}
            _ => exit(&mut pins, 1),
        }
        let req = Request::decode(&hdr);
        if handle(&mut a, &mut pins, &mut files, &req).is_err() {
            exit(&mut pins, 1);
        }
    }
}

/// Releases the pins (so that they are gone by the time the driver has reaped this worker,
/// not whenever the kernel gets to an io_uring's asynchronous teardown), then exits.
fn exit(pins: &mut Pins, code: i32) -> ! {
    pins.release_all();
    rt::exit(code)
}

/// Whether requests of this op carry a payload.
fn takes_payload(op: u64) -> bool {
    matches!(
        op,
        op::STORE | op::READ_FILE | op::PIN_STORE | op::MEM_WRITE | op::OPEN
    )
}

fn handle(a: &mut Arena, pins: &mut Pins, files: &mut OpenFiles, req: &Request) -> Served {
    let [x0, x1, x2, ..] = req.args;
    if req.payload_len != 0 && !takes_payload(req.op) {
        drain(a, req.payload_len)?;
        return send_fail(fail::BAD_REQUEST, 0);
    }
    if matches!(
        req.op,
        op::SYSCALL | op::TOUCH | op::STORE | op::LOAD | op::PIN | op::MEM_WRITE | op::MEM_READ
    ) {
        files.refresh(a.buf);
    }
    let r = req.args;
    let syscall = || rt::scenario_syscall(r[0], [r[1], r[2], r[3], r[4], r[5], r[6]]);
    let write = x2 == proto::TOUCH_WRITE;
    match req.op {
        op::PING => send_ok(0, &[]),
        op::SYSCALL => send_result(syscall(), 0),
        op::FORK => fork(pins, false),
        op::EXIT => exit(pins, 0),
        op::TOUCH => send_access(touch(x0, x1, write), 0),
        op::STORE => store(a, x0, req.payload_len),
        op::LOAD => load(a, x0, x1),
        op::READ_FILE => read_file(a, req.payload_len),
        op::PAGEMAP => pagemap(a, x0, x1),
        op::TIMED_TOUCH => {
            let (r, ns) = timed(|| touch(x0, x1, write));
            send_access(r, ns)
        }
        op::TIMED_SYSCALL => {
            let (r, ns) = timed(syscall);
            send_result(r, ns)
        }
        op::TIMED_FORK => fork(pins, true),
        op::MMAP_MUNMAP_LOOP => {
            let (r, ns) = timed(|| mmap_munmap_loop(x0, x1));
            send_result(r.map(|()| 0), ns)
        }
        op::MPROTECT_TOGGLE_LOOP => {
            let (r, ns) = timed(|| mprotect_toggle_loop(x0, x1));
            send_result(r.map(|()| 0), ns)
        }
        op::PIN => pins::pin(pins, x0, x1, x2),
        op::UNPIN => pins::unpin(pins, x0),
        op::PIN_LOAD => pins::pin_load(a, pins, x0, x1, x2),
        op::PIN_STORE => pins::pin_store(a, pins, x0, x1, req.payload_len),
        op::MEM_WRITE => mem::mem_write(a, x0, req.payload_len),
        op::MEM_READ => mem::mem_read(a, x0, x1),
        op::OPEN => open_file(a, files, x0, req.payload_len),
        op::CLOSE => {
            let r = rt::close_checked(x0 as i32);
            if r.is_ok() {
                files.remove(x0 as i32);
            }
            send_result(r.map(|()| 0), 0)
        }
        _ => send_fail(fail::BAD_REQUEST, 0),
    }
}

/// Runs `work` between two readings of `CLOCK_MONOTONIC`, here in the worker so that the
/// time includes nothing of the request's trip over the socket. Returns what `work` returned
/// and the nanoseconds between the readings.
fn timed<T>(work: impl FnOnce() -> T) -> (T, u64) {
    let t0 = rt::monotonic_ns();
    let r = work();
    let t1 = rt::monotonic_ns();
    (r, t1.saturating_sub(t0))
}

/// `count` times: mmap(NULL, len, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)
/// and munmap of it. Stops at the first failure, whose errno it returns.
fn mmap_munmap_loop(count: u64, len: u64) -> Result<(), i32> {
    let prot = (libc::PROT_READ | libc::PROT_WRITE) as u64;
    let flags = (libc::MAP_PRIVATE | libc::MAP_ANONYMOUS) as u64;
    let no_fd = -1i64 as u64;
    for _ in 0..count {
        let a = rt::scenario_syscall(libc::SYS_mmap as u64, [0, len, prot, flags, no_fd, 0])?;
        rt::scenario_syscall(libc::SYS_munmap as u64, [a, len, 0, 0, 0, 0])?;
    }
    Ok(())
}

/// `count` times: mprotect(addr, 4096, PROT_READ) then mprotect(addr, 4096,
/// PROT_READ|PROT_WRITE). Stops at the first failure, whose errno it returns.
fn mprotect_toggle_loop(addr: u64, count: u64) -> Result<(), i32> {
    let nr = libc::SYS_mprotect as u64;
    let (ro, rw) = (
        libc::PROT_READ as u64,
        (libc::PROT_READ | libc::PROT_WRITE) as u64,
    );
    for _ in 0..count {
        rt::scenario_syscall(nr, [addr, 4096, ro, 0, 0, 0])?;
        rt::scenario_syscall(nr, [addr, 4096, rw, 0, 0, 0])?;
    }
    Ok(())
}

/// fork(), answering with the child's OS pid and passing the driver the child's channel.
/// `timed`: the answer also carries the time of the parent's clone syscall alone.
fn fork(pins: &mut Pins, timed: bool) -> Served {
    let (driver_end, child_end) = match rt::socketpair() {
        Ok(p) => p,
        Err(e) => return send_fail(fail::SOCKETPAIR, e),
    };
    let (forked, elapsed_ns) = if timed {
        let t0 = rt::monotonic_ns();
        // The clock is read in the same breath as the clone: see `fork_clocked`.
        let (forked, t1) = rt::fork_clocked();
        (forked, t1.saturating_sub(t0))
    } else {
        (rt::fork(), 0)
    };
    match forked {
        Err(e) => {
            rt::close(driver_end);
            rt::close(child_end);
            send_result(Err(e), 0)
        }
        Ok(0) => {
            // The child. First it lets go of the parent's pins: its copies of their fds
            // would keep the parent's pipes (and their page references) alive.
            pins.forget_inherited();
            // Its channel becomes fd 0 (closing the parent's), and it keeps no other end
            // open, so it sees EOF when the driver goes away.
            if rt::dup2(child_end, CHAN).is_err() {
                rt::exit(1);
            }
            rt::close(child_end);
            rt::close(driver_end);
            hello()
        }
        Ok(child) => {
            rt::close(child_end);
            let r = Response {
                status: status::OK,
                value: child as u64,
                elapsed_ns,
                ..Response::default()
            };
            let sent = rt::send_frame(CHAN, &r.encode(), &[], Some(driver_end));
            rt::close(driver_end);
            sent.map_err(|_| ChanBroken)
        }
    }
}

/// One access per page of [addr, addr+len), in address order: at `addr` in the first page,
/// at the start of each following page. Stops at the first access that faults.
fn touch(addr: u64, len: u64, write: bool) -> Result<(), Fault> {
    let end = addr.saturating_add(len);
    let mut p = addr;
    while p < end {
        if write {
            rt::probe_write(p)?;
        } else {
            rt::probe_read(p)?;
        }
        match (p | 0xfff).checked_add(1) {
            Some(next) => p = next,
            None => break,
        }
    }
    Ok(())
}

/// Receives `len` payload bytes in buffer-sized pieces and stores them byte by byte in
/// address order. After a fault the rest of the payload is still read (and dropped), so the
/// channel stays in step.
fn store(a: &mut Arena, addr: u64, len: u64) -> Served {
    let mut off = 0u64;
    let mut fault = None;
    while off < len {
        let n = (len - off).min(BUF_LEN as u64) as usize;
        let chunk = &mut a.buf[..n];
        if recv_exact(chunk)? != n {
            return Err(ChanBroken);
        }
        if fault.is_none() {
            for (i, &b) in chunk.iter().enumerate() {
                if let Err(f) = rt::probe_store(addr.wrapping_add(off + i as u64), b) {
                    fault = Some(f);
                    break;
                }
            }
        }
        off += n as u64;
    }
    match fault {
        Some(f) => send_signal(f),
        None => send_ok(0, &[]),
    }
}

/// Reads `len` bytes byte by byte, streaming them back a buffer at a time.
fn load(a: &mut Arena, addr: u64, len: u64) -> Served {
    let mut filled = 0;
    for off in 0..len {
        match rt::probe_read(addr.wrapping_add(off)) {
            Ok(b) => a.buf[filled] = b,
            Err(f) => return send_signal(f),
        }
        filled += 1;
        if filled == BUF_LEN {
            send(
                &Response {
                    status: status::MORE,
                    ..Response::default()
                },
                a.buf,
            )?;
            filled = 0;
        }
    }
    send_ok(0, &a.buf[..filled])
}

/// Receives a path payload of `len` bytes into the arena, NUL-terminated; `Ok(None)` when it
/// was too long (the request is answered as malformed).
fn recv_path(a: &mut Arena, len: u64) -> Result<Option<usize>, ChanBroken> {
    if len as usize > PATH_MAX {
        drain(a, len)?;
        send_fail(fail::BAD_REQUEST, 0)?;
        return Ok(None);
    }
    let n = len as usize;
    if recv_exact(&mut a.path[..n])? != n {
        return Err(ChanBroken);
    }
    a.path[n] = 0;
    Ok(Some(n))
}

/// Streams the contents of the file named by the payload.
fn read_file(a: &mut Arena, len: u64) -> Served {
    let Some(n) = recv_path(a, len)? else {
        return Ok(());
    };
    let fd = match rt::open_readonly(&a.path[..=n]) {
        Ok(fd) => fd,
        Err(e) => return send_fail(fail::OPEN, e),
    };
    let r = stream(a.buf, |buf| rt::read(fd, buf));
    rt::close(fd);
    r
}

/// Opens the file named by the payload for the scenario, reads it through once so its pages
/// are cached, and writes back any dirty ones, so it is the clean, fully cached file the model
/// assumes.
fn open_file(a: &mut Arena, files: &mut OpenFiles, flags: u64, len: u64) -> Served {
    let Some(n) = recv_path(a, len)? else {
        return Ok(());
    };
    let fd = match rt::open_flags(&a.path[..=n], flags) {
        Ok(fd) => fd,
        Err(e) => return send_result(Err(e), 0),
    };
    read_through(fd, a.buf);
    // A file just written (a fresh checkout) still has dirty pages; the model's are clean.
    rt::fdatasync(fd);
    files.add(fd);
    send_result(Ok(fd as u64), 0)
}

/// Reads the whole file, which brings every page of it into the page cache.
fn read_through(fd: i32, buf: &mut [u8]) {
    let mut offset = 0u64;
    while let Ok(got) = rt::pread(fd, buf, offset) {
        if got == 0 {
            break;
        }
        offset += got as u64;
    }
}

/// Streams `npages` pagemap entries from the one for `addr`.
fn pagemap(a: &mut Arena, addr: u64, npages: u64) -> Served {
    let fd = match rt::open_readonly(b"/proc/self/pagemap\0") {
        Ok(fd) => fd,
        Err(e) => return send_fail(fail::OPEN, e),
    };
    let start = (addr / 4096).saturating_mul(8);
    let total = npages.saturating_mul(8);
    let mut done = 0u64;
    let r = stream(a.buf, |buf| {
        let want = (total - done).min(buf.len() as u64) as usize;
        let n = rt::pread(fd, &mut buf[..want], start.saturating_add(done))?;
        done += n as u64;
        Ok(n)
    });
    rt::close(fd);
    r
}

/// Fills the buffer from `fill` until it returns 0 (end of data), sending a MORE frame each
/// time the buffer is full and the rest with the final OK. A read error ends with FAIL.
fn stream(buf: &mut [u8], mut fill: impl FnMut(&mut [u8]) -> Result<usize, i32>) -> Served {
    let mut filled = 0;
    loop {
        if filled == buf.len() {
            send(
                &Response {
                    status: status::MORE,
                    ..Response::default()
                },
                buf,
            )?;
            filled = 0;
        }
        match fill(&mut buf[filled..]) {
            Ok(0) => return send_ok(0, &buf[..filled]),
            Ok(n) => filled += n,
            Err(e) => return send_fail(fail::READ, e),
        }
    }
}

/// Reads until `buf` is full or the driver closes the channel; returns the count read.
fn recv_exact(buf: &mut [u8]) -> Result<usize, ChanBroken> {
    let mut got = 0;
    while got < buf.len() {
        match rt::read(CHAN, &mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(_) => return Err(ChanBroken),
        }
    }
    Ok(got)
}

/// Reads and drops `len` payload bytes.
fn drain(a: &mut Arena, len: u64) -> Served {
    let mut left = len;
    while left > 0 {
        let n = left.min(BUF_LEN as u64) as usize;
        if recv_exact(&mut a.buf[..n])? != n {
            return Err(ChanBroken);
        }
        left -= n as u64;
    }
    Ok(())
}

fn send(r: &Response, payload: &[u8]) -> Served {
    let r = Response {
        payload_len: payload.len() as u64,
        ..*r
    };
    rt::send_frame(CHAN, &r.encode(), payload, None).map_err(|_| ChanBroken)
}

fn send_ok(value: u64, payload: &[u8]) -> Served {
    send(
        &Response {
            status: status::OK,
            value,
            ..Response::default()
        },
        payload,
    )
}

/// A syscall's outcome: `OK(value)` with `elapsed_ns` (0 when untimed), or `ERRNO`.
fn send_result(r: Result<u64, i32>, elapsed_ns: u64) -> Served {
    let r = match r {
        Ok(value) => Response {
            status: status::OK,
            value,
            elapsed_ns,
            ..Response::default()
        },
        Err(e) => Response {
            status: status::ERRNO,
            value: e as u64,
            ..Response::default()
        },
    };
    send(&r, &[])
}

/// A touch's outcome: `OK` with `elapsed_ns` (0 when untimed), or the signal it raised.
fn send_access(r: Result<(), Fault>, elapsed_ns: u64) -> Served {
    match r {
        Ok(()) => send(
            &Response {
                status: status::OK,
                elapsed_ns,
                ..Response::default()
            },
            &[],
        ),
        Err(f) => send_signal(f),
    }
}

fn send_signal(f: Fault) -> Served {
    let r = Response {
        status: status::SIGNAL,
        signo: f.signo as u64,
        code: f.code as u32 as u64,
        addr: f.addr,
        ..Response::default()
    };
    send(&r, &[])
}

fn send_fail(step: u64, errno: i32) -> Served {
    send(
        &Response {
            status: status::FAIL,
            value: errno as u64,
            code: step,
            ..Response::default()
        },
        &[],
    )
}
