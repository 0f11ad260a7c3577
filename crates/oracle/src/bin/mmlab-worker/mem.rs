//! Forced access through /proc/self/mem, as ptrace and debuggers do it: with
//! CONFIG_PROC_MEM_ALWAYS_FORCE the kernel reads and writes with FOLL_FORCE, page by page
//! (so a read-only private mapping takes a write, by a COW copy, without becoming
//! writable). The file is opened per request: an fd kept open would refer to this mm, and a
//! fork child would write into its parent through it.

use crate::rt::{self, Arena};
use crate::{Served, drain, recv_exact, send, send_fail, send_ok, send_result};
use oracle::proto::{BUF_LEN, Response, fail, status};

/// `MEM_WRITE`: pwrite of the payload to /proc/self/mem at `addr`, a buffer at a time. A
/// short write means a page after the first failed: the rest is not tried.
pub fn mem_write(a: &mut Arena, addr: u64, len: u64) -> Served {
    let fd = match rt::open(b"/proc/self/mem\0", true) {
        Ok(fd) => fd,
        Err(e) => {
            drain(a, len)?;
            return send_fail(fail::OPEN, e);
        }
    };
    let mut off = 0u64;
    let mut written = 0u64;
    let mut stopped = None;
    while off < len {
        let n = (len - off).min(BUF_LEN as u64) as usize;
        let chunk = &mut a.buf[..n];
        if recv_exact(chunk).map_or(true, |got| got != n) {
            rt::close(fd);
            return Err(crate::ChanBroken);
        }
        if stopped.is_none() {
            match rt::pwrite(fd, chunk, addr.wrapping_add(off)) {
                Ok(k) => {
                    written += k as u64;
                    if k < n {
                        stopped = Some(0);
                    }
                }
                Err(e) => stopped = Some(e),
            }
        }
        off += n as u64;
    }
    rt::close(fd);
    match stopped {
        Some(e) if written == 0 && e != 0 => send_result(Err(e), 0),
        _ => send_ok(written, &[]),
    }
}

/// `MEM_READ`: pread from /proc/self/mem at `addr`, streamed a buffer at a time; stops at a
/// short read (a page after the first failed).
pub fn mem_read(a: &mut Arena, addr: u64, len: u64) -> Served {
    let fd = match rt::open(b"/proc/self/mem\0", false) {
        Ok(fd) => fd,
        Err(e) => return send_fail(fail::OPEN, e),
    };
    let mut done = 0u64;
    let mut filled = 0usize;
    let mut err = None;
    while done < len {
        if filled == BUF_LEN {
            let more = Response {
                status: status::MORE,
                ..Response::default()
            };
            if let Err(b) = send(&more, a.buf) {
                rt::close(fd);
                return Err(b);
            }
            filled = 0;
        }
        let want = (len - done).min((BUF_LEN - filled) as u64) as usize;
        match rt::pread(
            fd,
            &mut a.buf[filled..filled + want],
            addr.wrapping_add(done),
        ) {
            Ok(n) => {
                filled += n;
                done += n as u64;
                if n < want {
                    break;
                }
            }
            Err(e) => {
                err = Some(e);
                break;
            }
        }
    }
    rt::close(fd);
    match err {
        // Nothing was sent yet: nothing was read.
        Some(e) if done == 0 => send_result(Err(e), 0),
        _ => send_ok(done, &a.buf[..filled]),
    }
}
