//! `uapi::bench::Bench` for the host: every timed operation is one request that the worker
//! times itself (`proto::op::TIMED_*` and the `*_LOOP` ops), so the elapsed time covers the
//! work in the scenario process and nothing of the trip over the socket.

use crate::host::{Host, syscall_args, touch_kind};
use crate::proto::{Request, op};
use uapi::bench::{Bench, Timed, TimedOp};
use uapi::{Error, Pid};

impl Bench for Host {
    fn timed(&mut self, pid: Pid, op: &TimedOp) -> Result<Timed, Error> {
        let req = match *op {
            TimedOp::Touch { addr, len, kind } => {
                Request::new(op::TIMED_TOUCH, &[addr, len, touch_kind(kind)])
            }
            TimedOp::Syscall(call) => Request::new(op::TIMED_SYSCALL, &syscall_args(&call)),
            TimedOp::Fork => Request::new(op::TIMED_FORK, &[]),
            TimedOp::MmapMunmapLoop { count, len } => {
                Request::new(op::MMAP_MUNMAP_LOOP, &[count, len])
            }
            TimedOp::MprotectToggleLoop { addr, count } => {
                Request::new(op::MPROTECT_TOGGLE_LOOP, &[addr, count])
            }
        };
        let r = self.request(pid, req, &[], None)?;
        let elapsed_ns = r.elapsed_ns;
        let value = match op {
            // The worker answers with the child's OS pid; the scenario knows it by the Pid
            // the host gives it.
            TimedOp::Fork => self.adopt_child(pid, r)? as u64,
            TimedOp::Syscall(_) => r.value,
            _ => 0,
        };
        Ok(Timed { elapsed_ns, value })
    }
}
