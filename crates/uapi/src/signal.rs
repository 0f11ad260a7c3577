//! The signal a bad memory access raises, with its `si_code` (`include/uapi/asm-generic/siginfo.h`).

use std::fmt;

/// Signal numbers on x86-64.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Signo {
    Segv,
    Bus,
    /// The OOM killer's: the process is gone, not told.
    Kill,
}

impl Signo {
    pub fn raw(self) -> i32 {
        match self {
            Signo::Segv => 11,
            Signo::Bus => 7,
            Signo::Kill => 9,
        }
    }

    pub fn from_raw(v: i32) -> Option<Signo> {
        match v {
            11 => Some(Signo::Segv),
            7 => Some(Signo::Bus),
            9 => Some(Signo::Kill),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Signo::Segv => "SIGSEGV",
            Signo::Bus => "SIGBUS",
            Signo::Kill => "SIGKILL",
        }
    }
}

/// `si_code` names per signal, as strace prints them.
const SEGV_CODES: &[(&str, i32)] = &[
    ("SEGV_MAPERR", 1),
    ("SEGV_ACCERR", 2),
    ("SEGV_BNDERR", 3),
    ("SEGV_PKUERR", 4),
];
const BUS_CODES: &[(&str, i32)] = &[
    ("BUS_ADRALN", 1),
    ("BUS_ADRERR", 2),
    ("BUS_OBJERR", 3),
    ("BUS_MCEERR_AR", 4),
    ("BUS_MCEERR_AO", 5),
];

/// SIGKILL from the kernel carries SI_KERNEL.
const KILL_CODES: &[(&str, i32)] = &[("SI_KERNEL", 0x80)];

fn codes(signo: Signo) -> &'static [(&'static str, i32)] {
    match signo {
        Signo::Segv => SEGV_CODES,
        Signo::Bus => BUS_CODES,
        Signo::Kill => KILL_CODES,
    }
}

pub const SEGV_MAPERR: i32 = 1;
pub const SEGV_ACCERR: i32 = 2;
pub const BUS_ADRERR: i32 = 2;
pub const BUS_OBJERR: i32 = 3;
pub const SI_KERNEL: i32 = 0x80;

/// What a process gets when an access faults and the fault cannot be resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SigInfo {
    pub signo: Signo,
    pub code: i32,
    /// The faulting address (`si_addr`).
    pub addr: u64,
}

impl SigInfo {
    pub fn segv(code: i32, addr: u64) -> SigInfo {
        SigInfo {
            signo: Signo::Segv,
            code,
            addr,
        }
    }

    /// The OOM killer's SIGKILL.
    pub fn kill() -> SigInfo {
        SigInfo {
            signo: Signo::Kill,
            code: SI_KERNEL,
            addr: 0,
        }
    }

    pub fn bus(code: i32, addr: u64) -> SigInfo {
        SigInfo {
            signo: Signo::Bus,
            code,
            addr,
        }
    }

    pub fn code_name(&self) -> String {
        code_name(self.signo, self.code)
    }
}

pub fn code_name(signo: Signo, code: i32) -> String {
    codes(signo)
        .iter()
        .find(|(_, c)| *c == code)
        .map(|(n, _)| n.to_string())
        .unwrap_or_else(|| format!("{code}"))
}

/// Parses "SIGSEGV" / "SIGBUS".
pub fn signo_from_name(s: &str) -> Option<Signo> {
    match s {
        "SIGSEGV" => Some(Signo::Segv),
        "SIGBUS" => Some(Signo::Bus),
        "SIGKILL" => Some(Signo::Kill),
        _ => None,
    }
}

/// Parses a `si_code` name valid for `signo`.
pub fn code_from_name(signo: Signo, s: &str) -> Option<i32> {
    codes(signo).iter().find(|(n, _)| *n == s).map(|(_, c)| *c)
}

impl fmt::Display for SigInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.signo == Signo::Kill {
            return write!(f, "SIGKILL");
        }
        write!(
            f,
            "{} {} at {:#x}",
            self.signo.name(),
            self.code_name(),
            self.addr
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_names_round_trip() {
        assert_eq!(code_from_name(Signo::Segv, "SEGV_ACCERR"), Some(2));
        assert_eq!(code_from_name(Signo::Bus, "SEGV_ACCERR"), None);
        assert_eq!(SigInfo::bus(BUS_ADRERR, 0x1000).code_name(), "BUS_ADRERR");
        assert_eq!(signo_from_name("SIGBUS"), Some(Signo::Bus));
    }
}
