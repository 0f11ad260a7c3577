//! Memory syscalls as raw register values, exactly what a program passes. Decoding and
//! validating them is the kernel's job (the model's `mmap.rs` etc.), so any value, even a
//! nonsensical one, can be expressed and must get Linux's answer.

use crate::consts::{self, ConstKind};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Syscall {
    Mmap {
        addr: u64,
        len: u64,
        prot: u64,
        flags: u64,
        fd: i64,
        off: u64,
    },
    Munmap {
        addr: u64,
        len: u64,
    },
    Mprotect {
        addr: u64,
        len: u64,
        prot: u64,
    },
    Mremap {
        old_addr: u64,
        old_len: u64,
        new_len: u64,
        flags: u64,
        new_addr: u64,
    },
    Madvise {
        addr: u64,
        len: u64,
        advice: u64,
    },
    Brk {
        addr: u64,
    },
    Mlock {
        addr: u64,
        len: u64,
    },
    Mlock2 {
        addr: u64,
        len: u64,
        flags: u64,
    },
    Munlock {
        addr: u64,
        len: u64,
    },
    Mseal {
        addr: u64,
        len: u64,
        flags: u64,
    },
}

impl Syscall {
    pub fn name(&self) -> &'static str {
        match self {
            Syscall::Mmap { .. } => "mmap",
            Syscall::Munmap { .. } => "munmap",
            Syscall::Mprotect { .. } => "mprotect",
            Syscall::Mremap { .. } => "mremap",
            Syscall::Madvise { .. } => "madvise",
            Syscall::Brk { .. } => "brk",
            Syscall::Mlock { .. } => "mlock",
            Syscall::Mlock2 { .. } => "mlock2",
            Syscall::Munlock { .. } => "munlock",
            Syscall::Mseal { .. } => "mseal",
        }
    }

    /// x86-64 syscall number.
    pub fn nr(&self) -> i64 {
        match self {
            Syscall::Mmap { .. } => 9,
            Syscall::Mprotect { .. } => 10,
            Syscall::Munmap { .. } => 11,
            Syscall::Brk { .. } => 12,
            Syscall::Mremap { .. } => 25,
            Syscall::Madvise { .. } => 28,
            Syscall::Mlock { .. } => 149,
            Syscall::Munlock { .. } => 150,
            Syscall::Mlock2 { .. } => 325,
            Syscall::Mseal { .. } => 462,
        }
    }

    /// The argument registers, in order.
    pub fn args(&self) -> Vec<u64> {
        match *self {
            Syscall::Mmap {
                addr,
                len,
                prot,
                flags,
                fd,
                off,
            } => {
                vec![addr, len, prot, flags, fd as u64, off]
            }
            Syscall::Munmap { addr, len } => vec![addr, len],
            Syscall::Mprotect { addr, len, prot } => vec![addr, len, prot],
            Syscall::Mremap {
                old_addr,
                old_len,
                new_len,
                flags,
                new_addr,
            } => {
                vec![old_addr, old_len, new_len, flags, new_addr]
            }
            Syscall::Madvise { addr, len, advice } => vec![addr, len, advice],
            Syscall::Brk { addr } => vec![addr],
            Syscall::Mlock { addr, len } | Syscall::Munlock { addr, len } => vec![addr, len],
            Syscall::Mlock2 { addr, len, flags } | Syscall::Mseal { addr, len, flags } => {
                vec![addr, len, flags]
            }
        }
    }
}

/// `%#lx`: hex with a 0x prefix, except that zero prints as `0`.
fn hex(v: u64) -> String {
    if v == 0 {
        "0".into()
    } else {
        format!("{v:#x}")
    }
}

fn addr(a: u64) -> String {
    if a == 0 {
        "NULL".into()
    } else {
        format!("{a:#x}")
    }
}

impl fmt::Display for Syscall {
    /// strace's rendering of the call (without the result).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Syscall::Mmap {
                addr: a,
                len,
                prot,
                flags,
                fd,
                off,
            } => write!(
                f,
                "mmap({}, {len}, {}, {}, {fd}, {})",
                addr(a),
                consts::format(ConstKind::Prot, prot),
                consts::format(ConstKind::MapFlags, flags),
                hex(off)
            ),
            Syscall::Munmap { addr: a, len } => write!(f, "munmap({}, {len})", addr(a)),
            Syscall::Mprotect { addr: a, len, prot } => {
                write!(
                    f,
                    "mprotect({}, {len}, {})",
                    addr(a),
                    consts::format(ConstKind::Prot, prot)
                )
            }
            Syscall::Mremap {
                old_addr,
                old_len,
                new_len,
                flags,
                new_addr,
            } => {
                write!(
                    f,
                    "mremap({}, {old_len}, {new_len}, {}",
                    addr(old_addr),
                    consts::format(ConstKind::MremapFlags, flags)
                )?;
                if flags & consts::MREMAP_FIXED != 0 || new_addr != 0 {
                    write!(f, ", {}", addr(new_addr))?;
                }
                write!(f, ")")
            }
            Syscall::Madvise {
                addr: a,
                len,
                advice,
            } => write!(
                f,
                "madvise({}, {len}, {})",
                addr(a),
                consts::format(ConstKind::Madvise, advice)
            ),
            Syscall::Brk { addr: a } => write!(f, "brk({})", addr(a)),
            Syscall::Mlock { addr: a, len } => write!(f, "mlock({}, {len})", addr(a)),
            Syscall::Munlock { addr: a, len } => write!(f, "munlock({}, {len})", addr(a)),
            Syscall::Mlock2 {
                addr: a,
                len,
                flags,
            } => write!(
                f,
                "mlock2({}, {len}, {})",
                addr(a),
                consts::format(ConstKind::MlockFlags, flags)
            ),
            Syscall::Mseal {
                addr: a,
                len,
                flags,
            } => write!(f, "mseal({}, {len}, {flags})", addr(a)),
        }
    }
}

/// One CPU access per page, as `touch` does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum AccessKind {
    Read,
    Write,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consts::*;

    #[test]
    fn prints_like_strace() {
        let m = Syscall::Mmap {
            addr: 0,
            len: 8192,
            prot: PROT_READ | PROT_WRITE,
            flags: MAP_PRIVATE | MAP_ANONYMOUS,
            fd: -1,
            off: 0,
        };
        assert_eq!(
            m.to_string(),
            "mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)"
        );
        assert_eq!(m.args()[4], u64::MAX);
        assert_eq!(m.nr(), 9);
    }
}
