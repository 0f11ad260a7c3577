//! Pins held on behalf of the scenario process.
//!
//! The host has no way to call `pin_user_pages` on demand (CONFIG_GUP_TEST is off), so the
//! worker borrows two kernel features that take pins or references as a driver would:
//!
//! - FOLL_PIN|FOLL_LONGTERM|FOLL_WRITE: an io_uring instance with the range registered as its
//!   one fixed buffer (`IORING_REGISTER_BUFFERS` pins exactly that way, all pages or none).
//!   The "device" reads the pinned pages with `IORING_OP_WRITE_FIXED` into a pipe and writes
//!   them with `IORING_OP_READ_FIXED` from it: both go through the pinned pages, whatever
//!   the process's page tables map now. A pipe, not a memfd: shmem files do not take
//!   non-blocking I/O, so io_uring would hand every transfer on a memfd to an io-wq worker, a
//!   new thread in the worker's process sharing its mm; on a pipe that has room (or data)
//!   the transfer completes inline and the worker stays single-threaded.
//! - FOLL_GET: vmsplice(2) of the range into a pipe big enough for all of it, which takes a
//!   page reference on each page (get_user_pages_fast, no pin). Reading goes through tee(2)
//!   into a scratch pipe, so the references stay queued.
//!
//! A slot's io_uring instance is made the first time the slot takes such a pin and then kept
//! for the life of the process: unpin unregisters the buffer (which unpins the pages at
//! once) and the next pin in the slot registers its buffer on the same ring. Closing the
//! ring instead would leave its teardown to the kernel's workqueue, which writes the old
//! ring's CQ tail into the slot's pages some time later, under a new ring's feet.
//!
//! Every fd is close-on-exec and parked at a high number. A fork child closes its copies
//! before anything else (`Pins::forget_inherited`), so it holds none of the parent's pins
//! and none of its rings (whose memory it got copies of: fork copies pinned pages). An exit
//! request releases every pin before the worker exits.
//!
//! Nothing here allocates or maps: data moves through the arena's buffer, and each ring's
//! memory is a slot of the arena (see `uring`).

use crate::rt::{self, Arena};
use crate::uring::{Ring, SLOT_BYTES};
use crate::{Served, drain, recv_exact, send, send_fail, send_ok, send_result};
use oracle::proto::{BUF_LEN, MAX_PINS, Response, fail, status};
use uapi::consts::{FOLL_GET, FOLL_LONGTERM, FOLL_PIN, FOLL_WRITE};

/// The one FOLL_PIN combination the host can take: io_uring's.
const URING_FOLL: u64 = FOLL_PIN | FOLL_LONGTERM | FOLL_WRITE;
const SPLICE_F_NONBLOCK: u32 = 2;
/// io_uring's "current position" file offset: what a pipe takes.
const NO_OFFSET: u64 = u64::MAX;
const PAGE: u64 = 4096;
const EIO: i32 = 5;
const EAGAIN: i32 = 11;
const EFAULT: i32 = 14;

/// What holds a pin's pages.
#[derive(Clone, Copy)]
enum Holder {
    Free,
    /// The range is the registered buffer of the slot's ring; `dr`/`dw` is the pipe on the
    /// device's side, with room for one buffer's worth.
    Ring {
        dr: i32,
        dw: i32,
    },
    /// `r`/`w`: the pipe holding the vmspliced pages; `sr`/`sw`: the scratch pipe for tee.
    Pipe {
        r: i32,
        w: i32,
        sr: i32,
        sw: i32,
    },
}

impl Holder {
    fn close(self) {
        match self {
            Holder::Free => {}
            Holder::Ring { dr, dw } => [dr, dw].into_iter().for_each(rt::close),
            Holder::Pipe { r, w, sr, sw } => [r, w, sr, sw].into_iter().for_each(rt::close),
        }
    }
}

#[derive(Clone, Copy)]
struct Pin {
    holder: Holder,
    addr: u64,
    len: u64,
}

const FREE: Pin = Pin {
    holder: Holder::Free,
    addr: 0,
    len: 0,
};

/// Why a pin could not be taken.
enum PinError {
    /// The kernel refused the pages: Linux's answer.
    Errno(i32),
    /// A step of setting the mechanism up failed (`fail::*`, errno).
    Fail(u64, i32),
}

/// The worker's pins: a fixed table, indexed by the slot number the driver is told.
pub struct Pins {
    table: [Pin; MAX_PINS],
    /// Each slot's io_uring instance, once it has had one; its memory is the slot's part of
    /// `ring_slots`.
    rings: [Option<Ring>; MAX_PINS],
    /// The arena's ring memory, `MAX_PINS` slots of `SLOT_BYTES`.
    ring_slots: *mut u8,
}

impl Pins {
    pub fn new(a: &Arena) -> Pins {
        Pins {
            table: [FREE; MAX_PINS],
            rings: [const { None }; MAX_PINS],
            ring_slots: a.ring_slots,
        }
    }

    /// In a fork child: closes the copies of the parent's pin and ring fds without touching
    /// what they refer to (unregistering a ring's buffer would unpin the parent's pages).
    /// The parent keeps its rings open, so their teardown never reaches the child's copies
    /// of the ring memory, which the child's own rings will use.
    pub fn forget_inherited(&mut self) {
        for p in &mut self.table {
            core::mem::replace(p, FREE).holder.close();
        }
        for ring in self.rings.iter_mut().filter_map(Option::take) {
            ring.close();
        }
    }

    /// Releases every pin (before the worker exits, so that exit's release is synchronous).
    pub fn release_all(&mut self) {
        for slot in 0..MAX_PINS {
            self.release(slot);
        }
    }

    fn release(&mut self, slot: usize) {
        let Some(p) = self.table.get_mut(slot) else {
            return;
        };
        let p = core::mem::replace(p, FREE);
        if let (Holder::Ring { .. }, Some(ring)) = (p.holder, &self.rings[slot]) {
            // Unpins the pages now; the ring stays, empty, for the slot's next pin.
            let _ = ring.unregister_buffers();
        }
        p.holder.close();
    }

    fn take(&mut self, addr: u64, len: u64, foll: u64) -> Result<usize, PinError> {
        let slot = (0..MAX_PINS)
            .find(|&i| matches!(self.table[i].holder, Holder::Free))
            .ok_or(PinError::Fail(fail::PIN_SLOTS, 0))?;
        let holder = if foll == URING_FOLL {
            self.ring_pin(slot, addr, len)?
        } else {
            pipe_pin(addr, len)?
        };
        self.table[slot] = Pin { holder, addr, len };
        Ok(slot)
    }

    /// The slot's ring, set up on first use.
    fn ring(&mut self, slot: usize) -> Result<&mut Ring, PinError> {
        let ring = &mut self.rings[slot];
        if ring.is_none() {
            let mem = self.ring_slots.wrapping_add(slot * SLOT_BYTES);
            // SAFETY: the slot's ring memory is inside the arena, page-aligned and mapped for
            // the life of the process, and no ring of ours uses it: a slot has at most one
            // ring, and rings are closed only at exit, or in a fork child (where the
            // closed rings are the parent's, on the parent's pages).
            let made = unsafe { Ring::setup(mem) };
            *ring = Some(made.map_err(|e| PinError::Fail(fail::IO_URING_SETUP, e))?);
        }
        ring.as_mut().ok_or(PinError::Fail(fail::IO_URING_SETUP, 0))
    }

    fn ring_pin(&mut self, slot: usize, addr: u64, len: u64) -> Result<Holder, PinError> {
        let (dr, dw) = sized_pipe(BUF_LEN as u64)?;
        let registered = self
            .ring(slot)
            .and_then(|ring| ring.register_buffer(addr, len).map_err(PinError::Errno));
        match registered {
            Ok(()) => Ok(Holder::Ring { dr, dw }),
            Err(e) => {
                Holder::Ring { dr, dw }.close();
                Err(e)
            }
        }
    }

    /// The pin in `slot` if [off, off+len) lies inside its range.
    fn get(&self, slot: u64, off: u64, len: u64) -> Option<Pin> {
        let p = *self.table.get(usize::try_from(slot).ok()?)?;
        let inside = off.checked_add(len).is_some_and(|end| end <= p.len);
        (inside && !matches!(p.holder, Holder::Free)).then_some(p)
    }

    /// The ring of a slot holding an io_uring pin.
    fn ring_of(&mut self, slot: u64) -> Option<&mut Ring> {
        self.rings.get_mut(usize::try_from(slot).ok()?)?.as_mut()
    }
}

/// A pipe (read end, write end), parked, with room for at least `bytes` (in pages).
fn sized_pipe(bytes: u64) -> Result<(i32, i32), PinError> {
    let (r, w) = rt::pipe().map_err(|e| PinError::Fail(fail::PIPE, e))?;
    let (r, w) = (rt::park_fd(r), rt::park_fd(w));
    match rt::fcntl(w, libc::F_SETPIPE_SZ, bytes) {
        Ok(_) => Ok((r, w)),
        Err(e) => {
            rt::close(r);
            rt::close(w);
            Err(PinError::Fail(fail::PIPE_SIZE, e))
        }
    }
}

/// vmsplice of [addr, addr+len) into a new pipe sized to hold every page it overlaps.
fn pipe_pin(addr: u64, len: u64) -> Result<Holder, PinError> {
    let size = (addr % PAGE + len).div_ceil(PAGE) * PAGE;
    let (r, w) = sized_pipe(size)?;
    let (sr, sw) = match sized_pipe(size) {
        Ok(p) => p,
        Err(e) => {
            rt::close(r);
            rt::close(w);
            return Err(e);
        }
    };
    let held = Holder::Pipe { r, w, sr, sw };
    match rt::vmsplice(w, addr, len, SPLICE_F_NONBLOCK) {
        Ok(n) if n as u64 == len => Ok(held),
        // GUP failed after the first page: the references taken go with the pipe.
        Ok(_) => {
            held.close();
            Err(PinError::Errno(EFAULT))
        }
        Err(e) => {
            held.close();
            Err(PinError::Errno(e))
        }
    }
}

/// `PIN`: answers the slot, Linux's errno, or the step that failed.
pub fn pin(pins: &mut Pins, addr: u64, len: u64, foll: u64) -> Served {
    if (foll != URING_FOLL && foll != FOLL_GET) || len == 0 || len > uapi::PIN_MAX_BYTES {
        return send_fail(fail::BAD_REQUEST, 0);
    }
    match pins.take(addr, len, foll) {
        Ok(slot) => send_ok(slot as u64, &[]),
        Err(PinError::Errno(e)) => send_result(Err(e), 0),
        Err(PinError::Fail(step, e)) => send_fail(step, e),
    }
}

/// `UNPIN`.
pub fn unpin(pins: &mut Pins, slot: u64) -> Served {
    if pins.get(slot, 0, 0).is_none() {
        return send_fail(fail::BAD_REQUEST, 0);
    }
    pins.release(slot as usize);
    send_ok(0, &[])
}

/// Sends `chunk` as a MORE frame, or as the final OK when it is the last.
fn send_chunk(chunk: &[u8], last: bool) -> Served {
    if last {
        return send_ok(0, chunk);
    }
    let more = Response {
        status: status::MORE,
        ..Response::default()
    };
    send(&more, chunk)
}

/// `PIN_LOAD`: the device reads [off, off+len) of the pinned range.
pub fn pin_load(a: &mut Arena, pins: &mut Pins, slot: u64, off: u64, len: u64) -> Served {
    let Some(p) = pins.get(slot, off, len) else {
        return send_fail(fail::BAD_REQUEST, 0);
    };
    if len == 0 {
        return send_ok(0, &[]);
    }
    let start = p.addr.wrapping_add(off);
    let mut done = 0u64;
    match p.holder {
        Holder::Free => send_fail(fail::BAD_REQUEST, 0),
        Holder::Ring { dr, dw } => {
            let Some(ring) = pins.ring_of(slot) else {
                return send_fail(fail::BAD_REQUEST, 0);
            };
            loop {
                let n = (len - done).min(BUF_LEN as u64) as usize;
                let chunk = &mut a.buf[..n];
                if let Err(e) = pages_to_buf(ring, dr, dw, start.wrapping_add(done), chunk) {
                    return send_fail(fail::RING_IO, e);
                }
                done += n as u64;
                send_chunk(chunk, done == len)?;
                if done == len {
                    return Ok(());
                }
            }
        }
        Holder::Pipe { r, sr, sw, .. } => {
            // Leftovers of an earlier load that failed half-way would come first.
            while rt::read(sr, a.buf).is_ok_and(|n| n > 0) {}
            let want = off + len;
            match rt::tee(r, sw, want, SPLICE_F_NONBLOCK) {
                Ok(n) if n as u64 == want => {}
                Ok(_) => return send_fail(fail::TEE, EIO),
                Err(e) => return send_fail(fail::TEE, e),
            }
            let mut skip = off;
            while skip > 0 {
                let n = skip.min(BUF_LEN as u64) as usize;
                if let Err(e) = read_full(sr, &mut a.buf[..n]) {
                    return send_fail(fail::TEE, e);
                }
                skip -= n as u64;
            }
            loop {
                let n = (len - done).min(BUF_LEN as u64) as usize;
                let chunk = &mut a.buf[..n];
                if let Err(e) = read_full(sr, chunk) {
                    return send_fail(fail::TEE, e);
                }
                done += n as u64;
                send_chunk(chunk, done == len)?;
                if done == len {
                    return Ok(());
                }
            }
        }
    }
}

/// `PIN_STORE`: the device writes the payload at `off` into the pinned range.
pub fn pin_store(a: &mut Arena, pins: &mut Pins, slot: u64, off: u64, len: u64) -> Served {
    let target = match pins.get(slot, off, len) {
        Some(Pin {
            holder: Holder::Ring { dr, dw },
            addr,
            ..
        }) => Some((dr, dw, addr.wrapping_add(off))),
        _ => None,
    };
    let (Some((dr, dw, start)), Some(ring)) = (target, pins.ring_of(slot)) else {
        drain(a, len)?;
        return send_fail(fail::BAD_REQUEST, 0);
    };
    let mut done = 0u64;
    let mut failed = None;
    while done < len {
        let n = (len - done).min(BUF_LEN as u64) as usize;
        let chunk = &mut a.buf[..n];
        if recv_exact(chunk)? != n {
            return Err(crate::ChanBroken);
        }
        if failed.is_none() {
            failed = buf_to_pages(ring, dr, dw, start.wrapping_add(done), chunk).err();
        }
        done += n as u64;
    }
    match failed {
        Some(e) => send_fail(fail::RING_IO, e),
        None => send_ok(0, &[]),
    }
}

/// The device reads `buf.len()` bytes of the pinned pages at `addr`: WRITE_FIXED from the
/// registered buffer into the empty device pipe (`dr`, `dw`), then read them out of it.
/// Each write is read out before the next, so a write never finds the pipe full (io_uring
/// would then wait for room that nothing makes).
fn pages_to_buf(ring: &mut Ring, dr: i32, dw: i32, addr: u64, buf: &mut [u8]) -> Result<(), i32> {
    let mut moved = 0;
    while moved < buf.len() {
        let left = (buf.len() - moved) as u32;
        let at = addr.wrapping_add(moved as u64);
        let n = ring.rw_fixed(true, dw, at, left, NO_OFFSET)? as usize;
        if n == 0 || n > buf.len() - moved {
            return Err(EIO);
        }
        read_full(dr, &mut buf[moved..moved + n])?;
        moved += n;
    }
    Ok(())
}

/// The device writes `buf` into the pinned pages at `addr`: write into the empty device
/// pipe (`dr`, `dw`), then READ_FIXED what it took from the pipe into the registered buffer.
/// Each read asks only for bytes the pipe holds (io_uring would otherwise wait for more).
fn buf_to_pages(ring: &mut Ring, dr: i32, dw: i32, addr: u64, buf: &[u8]) -> Result<(), i32> {
    let mut put = 0;
    while put < buf.len() {
        let queued = match rt::write(dw, &buf[put..])? {
            0 => return Err(EIO),
            n => n,
        };
        let mut moved = 0;
        while moved < queued {
            let left = (queued - moved) as u32;
            let at = addr.wrapping_add((put + moved) as u64);
            match ring.rw_fixed(false, dr, at, left, NO_OFFSET)? {
                0 => return Err(EIO),
                n => moved += n as usize,
            }
        }
        put += queued;
    }
    Ok(())
}

/// Reads exactly `buf.len()` bytes from a non-blocking pipe that holds at least that many.
fn read_full(fd: i32, buf: &mut [u8]) -> Result<(), i32> {
    let mut got = 0;
    while got < buf.len() {
        match rt::read(fd, &mut buf[got..]) {
            Ok(0) | Err(EAGAIN) => return Err(EIO),
            Ok(n) => got += n,
            Err(e) => return Err(e),
        }
    }
    Ok(())
}
