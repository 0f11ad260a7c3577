//! The wire protocol between the driver (`Host`) and a worker process, over one
//! `AF_UNIX`/`SOCK_STREAM` socket per worker.
//!
//! Every message is a fixed-size little-endian header of `u64` words followed by
//! `payload_len` payload bytes. A request is `op, args[7], payload_len`; a response is
//! `status, value, signo, code, addr, elapsed_ns, payload_len`. Fixed sizes and plain byte arrays keep the
//! worker's side free of allocation: it decodes into stack arrays and streams payloads through
//! one preallocated buffer. A reply the worker streams in pieces (a /proc file, a long `load`)
//! is a run of [`status::MORE`] frames ending in one final frame; the driver concatenates
//! their payloads. The worker says hello with one unprompted `OK` frame whose value is
//! [`HELLO`] and whose `code` is [`SOURCE_HASH`], so a stale worker binary is caught at spawn.
//!
//! The `TIMED_*` and `*_LOOP` ops are for benchmarks: the worker reads `CLOCK_MONOTONIC`
//! right before and right after the work and answers with the difference in `elapsed_ns`, so
//! the time never includes the round trip over the socket.

/// `value` of the worker's ready frame: "mmlab" and a protocol version. Bump the version
/// whenever the layout of a message or the meaning of an op changes.
pub const HELLO: u64 = u64::from_le_bytes(*b"mmlab\0\0\x04");

/// Fingerprint of the worker's and this protocol's sources (computed by build.rs), sent in
/// the hello frame's `code`: the driver refuses a worker binary built from other sources.
pub const SOURCE_HASH: u64 = parse_hex(env!("MMLAB_WORKER_SOURCE_HASH"));

const fn parse_hex(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut v = 0u64;
    let mut i = 0;
    while i < b.len() {
        let d = match b[i] {
            b'0'..=b'9' => b[i] - b'0',
            b'a'..=b'f' => b[i] - b'a' + 10,
            _ => panic!("MMLAB_WORKER_SOURCE_HASH is not lower-case hex"),
        };
        v = v << 4 | d as u64;
        i += 1;
    }
    v
}

/// Argument words in a request.
pub const NARGS: usize = 7;
/// Bytes in a request header.
pub const REQ_LEN: usize = 8 * (NARGS + 2);
/// Bytes in a response header.
pub const RESP_LEN: usize = 8 * 7;
/// Size of the worker's data buffer, and so the largest payload of one frame it sends. Half
/// a megabyte: the other half of what used to be the buffer holds the worker's io_uring ring
/// memory (the worker's arena, part of its layout, keeps its size).
pub const BUF_LEN: usize = 1 << 19;
/// Longest path a `READ_FILE` request may carry (without the NUL the worker appends).
pub const PATH_MAX: usize = 4095;
/// Most pins one worker holds at once (the worker keeps a fixed table of them, and ring
/// memory for each).
pub const MAX_PINS: usize = 64;

/// Request opcodes. Argument words not listed are 0.
pub mod op {
    /// Does nothing; answers `OK`. For latency measurements and liveness checks.
    pub const PING: u64 = 1;
    /// `args[0]` = syscall number, `args[1..7]` = the six argument registers.
    /// Answers `OK(value)` or `ERRNO(errno)`.
    pub const SYSCALL: u64 = 2;
    /// fork(). Answers `OK(child's OS pid)` with the child's channel passed as `SCM_RIGHTS`,
    /// or `ERRNO`. The child says hello on the new channel once it is set up (its fd table
    /// and stack are final then), then serves it.
    pub const FORK: u64 = 3;
    /// `_exit(0)`. No answer; the driver reaps the worker.
    pub const EXIT: u64 = 4;
    /// `args` = addr, len, kind (0 read, 1 write). Answers `OK` or `SIGNAL`.
    pub const TOUCH: u64 = 5;
    /// `args[0]` = addr; the payload holds the bytes. Answers `OK` or `SIGNAL`.
    pub const STORE: u64 = 6;
    /// `args` = addr, len. Streams the bytes; ends with `OK` or `SIGNAL`.
    pub const LOAD: u64 = 7;
    /// The payload is a path. Streams the file's contents; ends with `OK`, or `FAIL` if it
    /// cannot be opened or read.
    pub const READ_FILE: u64 = 8;
    /// `args` = addr, npages. Streams /proc/self/pagemap entries (8 bytes each); ends with
    /// `OK`. Fewer bytes than asked means the kernel returned a short read.
    pub const PAGEMAP: u64 = 9;
    /// `TOUCH`, timed: same arguments and answers, and `elapsed_ns` in the `OK`.
    pub const TIMED_TOUCH: u64 = 10;
    /// `SYSCALL`, timed: same arguments and answers, and `elapsed_ns` in the `OK`.
    pub const TIMED_SYSCALL: u64 = 11;
    /// `FORK`, timed: same answers, and in the `OK` the `elapsed_ns` of the parent's clone
    /// syscall alone (not the socketpair for the child's channel, not passing it back).
    pub const TIMED_FORK: u64 = 12;
    /// `args` = count, len: `count` times `mmap(NULL, len, PROT_READ|PROT_WRITE,
    /// MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)` then `munmap` of it, timed as a whole. Answers
    /// `OK` with `elapsed_ns`, or the first failure's `ERRNO`.
    pub const MMAP_MUNMAP_LOOP: u64 = 13;
    /// `args` = addr, count: `count` times `mprotect(addr, 4096, PROT_READ)` then
    /// `mprotect(addr, 4096, PROT_READ|PROT_WRITE)`, timed as a whole. Answers `OK` with
    /// `elapsed_ns`, or the first failure's `ERRNO`.
    pub const MPROTECT_TOGGLE_LOOP: u64 = 14;
    /// `args` = addr, len, foll: takes a pin on every page overlapping [addr, addr+len).
    /// `foll` is FOLL_PIN|FOLL_LONGTERM|FOLL_WRITE (an io_uring fixed buffer) or FOLL_GET
    /// (vmsplice into a pipe); anything else is `FAIL(BAD_REQUEST)`. Answers `OK(slot)`, the
    /// index of the pin in the worker's table (below [`super::MAX_PINS`]), `ERRNO` when the
    /// kernel refused the pages, or `FAIL` when the mechanism could not be set up.
    pub const PIN: u64 = 15;
    /// `args[0]` = slot: releases the pin. Answers `OK`.
    pub const UNPIN: u64 = 16;
    /// `args` = slot, offset, len: the pinned pages' bytes at [offset, offset+len) from the
    /// pin's start address, read through the pin. Streams them; ends with `OK` or `FAIL`.
    pub const PIN_LOAD: u64 = 17;
    /// `args` = slot, offset; the payload holds bytes written through the pin (io_uring pins
    /// only) at `offset` from its start address. Answers `OK` or `FAIL`.
    pub const PIN_STORE: u64 = 18;
    /// `args[0]` = addr; the payload holds the bytes: pwrite to /proc/self/mem. Answers
    /// `OK(bytes written)`, short when a page failed after the first, or `ERRNO`.
    pub const MEM_WRITE: u64 = 19;
    /// `args` = addr, len: pread from /proc/self/mem. Streams the bytes read; ends with
    /// `OK(bytes read)`, short when a page failed after the first, or `ERRNO`.
    pub const MEM_READ: u64 = 20;
    /// `args[0]` = open flags; the payload is a path. `openat(AT_FDCWD, path, flags)`, then,
    /// for a descriptor that can read, the whole file is read once so its pages are in the
    /// page cache (as the model assumes of a regular file). Answers `OK(fd)` or `ERRNO`.
    pub const OPEN: u64 = 21;
    /// `args[0]` = fd: close(2). Answers `OK` or `ERRNO`.
    pub const CLOSE: u64 = 22;
}

/// Response statuses.
pub mod status {
    /// Done; `value` is the result.
    pub const OK: u64 = 0;
    /// The syscall failed; `value` is the errno.
    pub const ERRNO: u64 = 1;
    /// The access raised a signal; `signo`, `code` and `addr` are its siginfo.
    pub const SIGNAL: u64 = 2;
    /// A piece of a streamed reply; more frames follow.
    pub const MORE: u64 = 3;
    /// The worker could not do what was asked; `code` says which step (see [`super::fail`]),
    /// `value` is the errno of that step.
    pub const FAIL: u64 = 4;
}

/// Which step of a request failed, in a `FAIL` response's `code`.
pub mod fail {
    pub const BAD_REQUEST: u64 = 1;
    pub const OPEN: u64 = 2;
    pub const READ: u64 = 3;
    pub const SOCKETPAIR: u64 = 4;
    /// The worker's pin table is full.
    pub const PIN_SLOTS: u64 = 5;
    pub const IO_URING_SETUP: u64 = 6;
    pub const PIPE: u64 = 7;
    pub const PIPE_SIZE: u64 = 8;
    /// A fixed-buffer read or write through the ring, or the pipe I/O around it.
    pub const RING_IO: u64 = 9;
    /// tee(2) or the read of the teed bytes.
    pub const TEE: u64 = 10;

    pub fn describe(code: u64) -> &'static str {
        match code {
            BAD_REQUEST => "malformed request",
            OPEN => "open",
            READ => "read",
            SOCKETPAIR => "socketpair",
            PIN_SLOTS => "finding a free pin slot",
            IO_URING_SETUP => "io_uring_setup",
            PIPE => "pipe2",
            PIPE_SIZE => "fcntl(F_SETPIPE_SZ)",
            RING_IO => "a fixed-buffer transfer through io_uring",
            TEE => "tee",
            _ => "unknown step",
        }
    }

    /// Whether a failure of this step is a limit of the host (its kernel or its resources)
    /// rather than a bug on one side of the protocol.
    pub fn is_host_limit(code: u64) -> bool {
        matches!(
            code,
            OPEN | READ | PIN_SLOTS | IO_URING_SETUP | PIPE | PIPE_SIZE
        )
    }
}

/// `TOUCH` kinds.
pub const TOUCH_READ: u64 = 0;
pub const TOUCH_WRITE: u64 = 1;

fn put_words<const N: usize>(words: &[u64]) -> [u8; N] {
    let mut out = [0u8; N];
    for (chunk, w) in out.chunks_exact_mut(8).zip(words) {
        chunk.copy_from_slice(&w.to_le_bytes());
    }
    out
}

fn get_words<const W: usize>(bytes: &[u8]) -> [u64; W] {
    let mut out = [0u64; W];
    for (w, chunk) in out.iter_mut().zip(bytes.chunks_exact(8)) {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        *w = u64::from_le_bytes(b);
    }
    out
}

/// A request header.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Request {
    pub op: u64,
    pub args: [u64; NARGS],
    pub payload_len: u64,
}

impl Request {
    pub fn new(op: u64, args: &[u64]) -> Request {
        let mut r = Request {
            op,
            ..Request::default()
        };
        for (slot, a) in r.args.iter_mut().zip(args) {
            *slot = *a;
        }
        r
    }

    pub fn encode(&self) -> [u8; REQ_LEN] {
        let a = &self.args;
        put_words(&[
            self.op,
            a[0],
            a[1],
            a[2],
            a[3],
            a[4],
            a[5],
            a[6],
            self.payload_len,
        ])
    }

    pub fn decode(b: &[u8; REQ_LEN]) -> Request {
        let w: [u64; NARGS + 2] = get_words(b);
        Request {
            op: w[0],
            args: [w[1], w[2], w[3], w[4], w[5], w[6], w[7]],
            payload_len: w[8],
        }
    }
}

/// A response header.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Response {
    pub status: u64,
    pub value: u64,
    pub signo: u64,
    pub code: u64,
    pub addr: u64,
    /// Nanoseconds the work of a timed op took, measured in the worker; 0 for other ops.
    pub elapsed_ns: u64,
    pub payload_len: u64,
}

impl Response {
    pub fn encode(&self) -> [u8; RESP_LEN] {
        put_words(&[
            self.status,
            self.value,
            self.signo,
            self.code,
            self.addr,
            self.elapsed_ns,
            self.payload_len,
        ])
    }

    pub fn decode(b: &[u8; RESP_LEN]) -> Response {
        let w: [u64; 7] = get_words(b);
        Response {
            status: w[0],
            value: w[1],
            signo: w[2],
            code: w[3],
            addr: w[4],
            elapsed_ns: w[5],
            payload_len: w[6],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_round_trip_little_endian() {
        let r = Request {
            op: op::STORE,
            args: [1, 2, 3, 4, 5, 6, u64::MAX],
            payload_len: 9,
        };
        let b = r.encode();
        assert_eq!(b[0], op::STORE as u8);
        assert_eq!(&b[8..16], &1u64.to_le_bytes());
        assert_eq!(Request::decode(&b), r);
        let s = Response {
            status: status::SIGNAL,
            value: 0,
            signo: 11,
            code: 2,
            addr: 0x7fff_0000,
            elapsed_ns: 0,
            payload_len: 0,
        };
        assert_eq!(Response::decode(&s.encode()), s);
        let t = Response {
            status: status::OK,
            value: 7,
            elapsed_ns: 123_456,
            payload_len: 0,
            ..Response::default()
        };
        let b = t.encode();
        assert_eq!(
            &b[40..48],
            &123_456u64.to_le_bytes(),
            "elapsed_ns is word 5"
        );
        assert_eq!(Response::decode(&b), t);
        assert_eq!(&HELLO.to_le_bytes()[..5], b"mmlab");
    }
}
