//! `uapi::bench::Bench` for the model: the same timed operations the host worker runs, timed
//! around the model's own calls.

use crate::machine::Machine;
use std::time::Instant;
use uapi::bench::{Bench, Timed, TimedOp};
use uapi::consts::{MAP_ANONYMOUS, MAP_PRIVATE, PROT_READ, PROT_WRITE};
use uapi::{Error, Kernel, PAGE_SIZE, Pid};

impl Bench for Machine {
    fn timed(&mut self, pid: Pid, op: &TimedOp) -> Result<Timed, Error> {
        let mm = self.mm_of(pid)?;
        let t0 = Instant::now();
        let value = match *op {
            TimedOp::Touch { addr, len, kind } => {
                self.touch_range(mm, addr, len, kind).map(|()| 0)?
            }
            TimedOp::Syscall(call) => self.syscall(pid, &call)?,
            TimedOp::Fork => self.fork(pid)? as u64,
            TimedOp::MmapMunmapLoop { count, len } => {
                for _ in 0..count {
                    let a = self.sys_mmap(
                        mm,
                        0,
                        len,
                        PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS,
                        -1,
                        0,
                    )?;
                    self.sys_munmap(mm, a, len)?;
                }
                0
            }
            TimedOp::MprotectToggleLoop { addr, count } => {
                for _ in 0..count {
                    self.sys_mprotect(mm, addr, PAGE_SIZE, PROT_READ)?;
                    self.sys_mprotect(mm, addr, PAGE_SIZE, PROT_READ | PROT_WRITE)?;
                }
                0
            }
        };
        let elapsed_ns = t0.elapsed().as_nanos() as u64;
        Ok(Timed { elapsed_ns, value })
    }
}
