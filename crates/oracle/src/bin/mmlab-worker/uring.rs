//! A minimal io_uring: one submission entry, fixed-buffer reads and writes, one registered
//! buffer. The worker uses it to hold FOLL_PIN|FOLL_LONGTERM|FOLL_WRITE pins on scenario
//! memory (`IORING_REGISTER_BUFFERS` pins the range that way) and to act as the "device"
//! reading and writing the pinned pages (`IORING_OP_WRITE_FIXED` / `IORING_OP_READ_FIXED`
//! go through the pinned pages, never through the process's page tables).
//!
//! The rings live in memory the worker provides (`IORING_SETUP_NO_MMAP`): a slot of
//! [`SLOT_BYTES`] in the arena, mapped and faulted in at start-up. io_uring refuses mmap at a
//! chosen address, so mapping the rings the usual way would put new VMAs wherever the
//! top-down search found room, in the middle of the scenario's address space, shifting every
//! later NULL-hint mmap; with user-provided rings no VMA is ever created.
//!
//! The `unsafe` here is the ring memory shared with the kernel (read and written through raw
//! pointers and atomics) and the syscalls that hand that memory to the kernel.

use crate::rt;
use core::sync::atomic::{AtomicU32, Ordering};

const SYS_IO_URING_SETUP: u64 = 425;
const SYS_IO_URING_ENTER: u64 = 426;
const SYS_IO_URING_REGISTER: u64 = 427;

const IORING_SETUP_NO_MMAP: u32 = 1 << 14;
const IORING_SETUP_NO_SQARRAY: u32 = 1 << 16;
const IORING_ENTER_GETEVENTS: u64 = 1;
const IORING_REGISTER_BUFFERS: u64 = 0;
const IORING_UNREGISTER_BUFFERS: u64 = 1;
const IORING_OP_READ_FIXED: u8 = 4;
const IORING_OP_WRITE_FIXED: u8 = 5;

const EINTR: i32 = 4;
const EAGAIN: i32 = 11;
const EBUSY: i32 = 16;
const EPROTO: i32 = 71;

const PAGE: usize = 4096;
/// Ring memory per ring: one page for the SQ/CQ rings (with one SQ entry and two CQ entries
/// they take a few hundred bytes) and one for the submission entries. io_uring wants each
/// region page-aligned.
pub const SLOT_BYTES: usize = 2 * PAGE;

#[repr(C)]
#[derive(Default)]
struct SqOffsets {
    head: u32,
    tail: u32,
    ring_mask: u32,
    ring_entries: u32,
    flags: u32,
    dropped: u32,
    array: u32,
    resv1: u32,
    user_addr: u64,
}

#[repr(C)]
#[derive(Default)]
struct CqOffsets {
    head: u32,
    tail: u32,
    ring_mask: u32,
    ring_entries: u32,
    overflow: u32,
    cqes: u32,
    flags: u32,
    resv1: u32,
    user_addr: u64,
}

#[repr(C)]
#[derive(Default)]
struct Params {
    sq_entries: u32,
    cq_entries: u32,
    flags: u32,
    sq_thread_cpu: u32,
    sq_thread_idle: u32,
    features: u32,
    wq_fd: u32,
    resv: [u32; 3],
    sq_off: SqOffsets,
    cq_off: CqOffsets,
}

/// `struct io_uring_sqe`, the fields a fixed read or write uses.
#[repr(C)]
#[derive(Default)]
struct Sqe {
    opcode: u8,
    flags: u8,
    ioprio: u16,
    fd: i32,
    off: u64,
    addr: u64,
    len: u32,
    rw_flags: u32,
    user_data: u64,
    buf_index: u16,
    personality: u16,
    splice_fd_in: i32,
    addr3: u64,
    pad: u64,
}

/// `struct io_uring_cqe`.
#[repr(C)]
struct Cqe {
    user_data: u64,
    res: i32,
    flags: u32,
}

const _: () = assert!(size_of::<Params>() == 120);
const _: () = assert!(size_of::<Sqe>() == 64);
const _: () = assert!(size_of::<Cqe>() == 16);

/// One io_uring instance whose rings live in a slot of worker memory.
pub struct Ring {
    fd: i32,
    /// The rings region (first page of the slot).
    rings: *mut u8,
    /// The submission entries (second page of the slot).
    sqes: *mut Sqe,
    sq_head: u32,
    sq_tail: u32,
    sq_mask: u32,
    cq_head: u32,
    cq_tail: u32,
    cq_mask: u32,
    cqes: u32,
}

impl Ring {
    /// io_uring_setup with one submission entry, its rings in the [`SLOT_BYTES`] at `slot`.
    ///
    /// # Safety
    /// `slot` is page-aligned, writable, [`SLOT_BYTES`] long, and used for nothing else until
    /// this ring is closed: the kernel pins those pages and reads and writes them while the
    /// ring lives.
    pub unsafe fn setup(slot: *mut u8) -> Result<Ring, i32> {
        // SAFETY: the caller gives us the slot. Zeroed first: the kernel initialises the ring
        // sizes, but heads and tails start as whatever the memory holds (a previous ring's).
        unsafe { core::ptr::write_bytes(slot, 0, SLOT_BYTES) };
        let mut p = Params {
            flags: IORING_SETUP_NO_MMAP | IORING_SETUP_NO_SQARRAY,
            ..Params::default()
        };
        p.cq_off.user_addr = slot as u64;
        p.sq_off.user_addr = slot as u64 + PAGE as u64;
        // SAFETY: the kernel reads and writes `p` (ours, on the stack) and pins the two
        // regions of the slot, which the caller has given over to this ring.
        let fd = unsafe { rt::raw(SYS_IO_URING_SETUP, [1, &raw mut p as u64, 0, 0, 0, 0]) }? as i32;
        let fd = rt::park_fd(fd);
        let ring = Ring {
            fd,
            rings: slot,
            sqes: slot.wrapping_add(PAGE).cast(),
            sq_head: p.sq_off.head,
            sq_tail: p.sq_off.tail,
            sq_mask: p.sq_off.ring_mask,
            cq_head: p.cq_off.head,
            cq_tail: p.cq_off.tail,
            cq_mask: p.cq_off.ring_mask,
            cqes: p.cq_off.cqes,
        };
        // Every offset must fall inside the rings page, or the accessors would stray.
        let offs = [
            ring.sq_head,
            ring.sq_tail,
            ring.sq_mask,
            ring.cq_head,
            ring.cq_tail,
        ];
        let ok = p.sq_entries >= 1
            && p.cq_entries >= 1
            && offs.iter().all(|&o| o % 4 == 0 && (o as usize) + 4 <= PAGE)
            && ring.cqes.is_multiple_of(16)
            && ring.cqes as usize + 16 * p.cq_entries as usize <= PAGE
            && p.sq_entries as usize * size_of::<Sqe>() <= PAGE;
        if !ok {
            ring.close();
            return Err(EPROTO);
        }
        Ok(ring)
    }

    /// A 32-bit word of the rings region, shared with the kernel.
    fn word(&self, off: u32) -> &AtomicU32 {
        // SAFETY: `setup` checked that every offset used here is 4-aligned and inside the
        // rings page, which stays mapped and pinned while `self` lives; the kernel updates
        // these words concurrently, which is what atomics are for.
        unsafe { &*self.rings.add(off as usize).cast::<AtomicU32>() }
    }

    /// IORING_REGISTER_BUFFERS with one buffer, [addr, addr+len): pins every page overlapping
    /// it (FOLL_WRITE|FOLL_PIN|FOLL_LONGTERM), all or none.
    pub fn register_buffer(&self, addr: u64, len: u64) -> Result<(), i32> {
        let iov = libc::iovec {
            iov_base: addr as *mut libc::c_void,
            iov_len: len as usize,
        };
        let a = [
            self.fd as u64,
            IORING_REGISTER_BUFFERS,
            &raw const iov as u64,
            1,
            0,
            0,
        ];
        loop {
            // SAFETY: the kernel reads the one iovec; the memory it describes is scenario
            // memory, pinned for the ring (what the scenario asked for), not Rust data.
            match unsafe { rt::raw(SYS_IO_URING_REGISTER, a) } {
                Err(EINTR) => continue,
                r => return r.map(drop),
            }
        }
    }

    /// IORING_UNREGISTER_BUFFERS: unpins the registered buffer's pages (at once, with no
    /// request in flight).
    pub fn unregister_buffers(&self) -> Result<(), i32> {
        let a = [self.fd as u64, IORING_UNREGISTER_BUFFERS, 0, 0, 0, 0];
        loop {
            // SAFETY: no pointer arguments.
            match unsafe { rt::raw(SYS_IO_URING_REGISTER, a) } {
                Err(EINTR) => continue,
                r => return r.map(drop),
            }
        }
    }

    /// Moves `len` bytes between the registered buffer at `buf` (an address inside it) and
    /// `fd` at `file_off`: `to_file` is IORING_OP_WRITE_FIXED (pages to file), otherwise
    /// IORING_OP_READ_FIXED (file to pages). Returns the completion's result: bytes moved.
    pub fn rw_fixed(
        &mut self,
        to_file: bool,
        fd: i32,
        buf: u64,
        len: u32,
        file_off: u64,
    ) -> Result<u32, i32> {
        let tail = self.word(self.sq_tail).load(Ordering::Relaxed);
        if tail != self.word(self.sq_head).load(Ordering::Acquire) {
            return Err(EBUSY); // an entry from a failed submission is still queued
        }
        let mask = self.word(self.sq_mask).load(Ordering::Relaxed);
        let sqe = Sqe {
            opcode: if to_file {
                IORING_OP_WRITE_FIXED
            } else {
                IORING_OP_READ_FIXED
            },
            fd,
            off: file_off,
            addr: buf,
            len,
            buf_index: 0,
            ..Sqe::default()
        };
        // SAFETY: index `tail & mask` is below sq_entries (checked to fit the SQE page); the
        // kernel reads that entry only after the tail store below publishes it.
        unsafe { self.sqes.add((tail & mask) as usize).write_volatile(sqe) };
        self.word(self.sq_tail)
            .store(tail.wrapping_add(1), Ordering::Release);
        loop {
            let head = self.word(self.cq_head).load(Ordering::Relaxed);
            if head != self.word(self.cq_tail).load(Ordering::Acquire) {
                let i = head & self.word(self.cq_mask).load(Ordering::Relaxed);
                let at = self.cqes as usize + 16 * i as usize;
                // SAFETY: `setup` checked that every CQE lies inside the rings page; the
                // acquire load of the tail orders this read after the kernel's write.
                let res = unsafe { self.rings.add(at).cast::<Cqe>().read_volatile() }.res;
                self.word(self.cq_head)
                    .store(head.wrapping_add(1), Ordering::Release);
                return if res < 0 { Err(-res) } else { Ok(res as u32) };
            }
            let pending = self
                .word(self.sq_tail)
                .load(Ordering::Relaxed)
                .wrapping_sub(self.word(self.sq_head).load(Ordering::Acquire));
            let a = [
                self.fd as u64,
                pending as u64,
                1,
                IORING_ENTER_GETEVENTS,
                0,
                0,
            ];
            // SAFETY: no pointer arguments (no signal mask, no extended arguments).
            match unsafe { rt::raw(SYS_IO_URING_ENTER, a) } {
                Ok(_) | Err(EINTR) | Err(EAGAIN) => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// Closes the ring fd. When it was the last reference the kernel tears the instance down
    /// asynchronously, still writing to the ring memory for a while; so a process never
    /// closes a ring it keeps living with, and never reuses the ring memory of a closed
    /// one (see `pins`). A registered buffer should be unregistered first to release its
    /// pins at once.
    pub fn close(self) {
        rt::close(self.fd);
    }
}
