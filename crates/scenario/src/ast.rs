//! The parsed form of a scenario: processes, steps and the expectations attached to them.
//! The parser has already checked every name (processes, variables), so the executor can walk
//! the steps without re-validating; what is left for run time is only what depends on values
//! the kernel returns (variables bound by earlier results).

use uapi::syscall::AccessKind;
use uapi::{Errno, PinId, Signo, Syscall};

/// Index of a process in [`Scenario::processes`] (creation order; 0 is the implicit one).
pub type ProcIdx = usize;

/// A whole scenario file, parsed and checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// The file name the scenario was parsed from (for messages).
    pub file: String,
    pub machine: MachineSpec,
    /// `file` lines: what the model is told of files the scenario opens.
    pub files: Vec<FileDecl>,
    /// Process names in creation order: the first is created implicitly, the others by forks.
    pub processes: Vec<String>,
    pub steps: Vec<Step>,
}

/// Settings from `machine key=value` lines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MachineSpec {
    /// `ram=SIZE`, in bytes.
    pub ram: Option<u64>,
    /// `fail=SPEC`: failure injection from the start (model only).
    pub fail: Option<uapi::fail::FailSpec>,
}

/// `file "PATH" dev=MAJ:MIN ino=N size=N`: a file's identity and size as recorded (by
/// `mmlab trace`), so the model shows it as the recording machine did, whatever this
/// machine's copy of the path is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileDecl {
    pub line: usize,
    pub path: String,
    pub dev_major: u32,
    pub dev_minor: u32,
    pub ino: u64,
    pub size_bytes: u64,
    /// `flags=`: how the recording's descriptors had it open (an mmap of `N<PATH>` opens it
    /// so when the process does not have it open yet).
    pub open_flags: Option<u64>,
}

/// One operation line (plus its block lines, for `maps ==`).
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// 1-based line number of the operation.
    pub line: usize,
    /// The line as written, without its comment, trimmed.
    pub source: String,
    pub actor: ProcIdx,
    pub op: Op,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    Syscall {
        call: Call,
        result: ResultSpec,
    },
    /// `fork() = NAME`: the child is process `child`.
    Fork {
        child: ProcIdx,
    },
    /// `fork() = -1 ERRNO`: fork is expected to fail (failure injection), creating nobody.
    ForkFails {
        errno: Errno,
    },
    Exit,
    Touch {
        addr: Expr,
        len: Expr,
        kind: AccessKind,
        signal: Option<SignalSpec>,
    },
    Store {
        addr: Expr,
        data: StoreData,
        signal: Option<SignalSpec>,
    },
    Load {
        addr: Expr,
        len: Expr,
        want: Option<LoadWant>,
        signal: Option<SignalSpec>,
    },
    Observe {
        what: Observe,
        expect: Option<ObsExpect>,
    },
    /// `pinload PIN OFFSET LEN [== …]`: the pinned pages as the pin's holder reads them.
    PinLoad {
        pin: Expr,
        offset: Expr,
        len: Expr,
        want: Option<LoadWant>,
    },
    /// `exec "PATH" start_brk=… mmap_base=… mmap_min_addr=…` and an indented smaps-style
    /// block: the process (created if new) now runs a program whose address space right
    /// after execve was this layout (as `mmlab trace` records it).
    Exec {
        path: String,
        layout: uapi::Layout,
    },
    /// `fail SPEC`: from here on, these allocations fail (failure injection, model only).
    Fail {
        spec: uapi::fail::FailSpec,
    },
    /// `pinstore PIN OFFSET LEN BYTE` or `pinstore PIN OFFSET "text"`: a device writes.
    PinStore {
        pin: Expr,
        offset: Expr,
        data: StoreData,
    },
    /// `memstore ADDR LEN BYTE [= RESULT]`: pwrite() to /proc/PID/mem (FOLL_FORCE).
    MemStore {
        addr: Expr,
        data: StoreData,
        result: CountSpec,
    },
    /// `memload ADDR LEN [== …] [= RESULT]`: pread() from /proc/PID/mem.
    MemLoad {
        addr: Expr,
        len: Expr,
        want: Option<LoadWant>,
        result: CountSpec,
    },
}

/// `= N` or `= -1 ERRNO` after a /proc/PID/mem access: the byte count or the error.
#[derive(Clone, Debug, PartialEq)]
pub enum CountSpec {
    /// Nothing written: any count, no error.
    Any,
    Count(Expr),
    Errno(Errno),
}

#[derive(Clone, Debug, PartialEq)]
pub enum StoreData {
    /// `store ADDR LEN BYTE`
    Fill { len: Expr, byte: u8 },
    /// `store ADDR "text"`
    Bytes(Vec<u8>),
}

/// What a `load` expects to read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadWant {
    /// Every byte equals this one.
    Byte(u8),
    /// Exactly these bytes.
    Bytes(Vec<u8>),
}

/// What `= RESULT` on a syscall line asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum ResultSpec {
    /// No `= RESULT`: success with any value.
    Success,
    /// `= $var`: success; the value is bound to the variable (named without `$`).
    Bind(String),
    /// `= VALUE`: success with this value.
    Value(Expr),
    /// `= -1 ERRNO`
    Errno(Errno),
    /// `= SIGSEGV CODE`
    Signal(SignalSpec),
}

/// `= SIGSEGV SEGV_MAPERR [at ADDR]`: the signal, optionally its `si_code` and `si_addr`.
#[derive(Clone, Debug, PartialEq)]
pub struct SignalSpec {
    pub signo: Signo,
    pub code: Option<i32>,
    pub addr: Option<Expr>,
}

/// A syscall line's call with unevaluated arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Call {
    pub kind: CallKind,
    pub args: Vec<Expr>,
    /// The path of `open`/`openat`, or of mmap's descriptor written strace -y's way
    /// (`3</usr/lib/libc.so.6>`: descriptor 3, open on that file).
    pub path: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallKind {
    Mmap,
    Munmap,
    Mprotect,
    Mremap,
    Madvise,
    Brk,
    Mlock,
    Mlock2,
    Munlock,
    Mseal,
    /// `pin(ADDR, LEN, FOLL_FLAGS)`: GUP on behalf of the process (`Kernel::pin`).
    Pin,
    /// `unpin(PIN)`.
    Unpin,
    /// `migrate(ADDR, LEN)`: model only.
    Migrate,
    /// `openat(AT_FDCWD, "PATH", FLAGS[, MODE])` or `open("PATH", FLAGS[, MODE])`; the
    /// arguments kept are the flags.
    Open,
    /// `close(FD)`.
    Close,
}

impl CallKind {
    pub const ALL: &'static [CallKind] = &[
        CallKind::Mmap,
        CallKind::Munmap,
        CallKind::Mprotect,
        CallKind::Mremap,
        CallKind::Madvise,
        CallKind::Brk,
        CallKind::Mlock,
        CallKind::Mlock2,
        CallKind::Munlock,
        CallKind::Mseal,
        CallKind::Pin,
        CallKind::Unpin,
        CallKind::Migrate,
        CallKind::Open,
        CallKind::Close,
    ];

    pub fn name(self) -> &'static str {
        match self {
            CallKind::Mmap => "mmap",
            CallKind::Munmap => "munmap",
            CallKind::Mprotect => "mprotect",
            CallKind::Mremap => "mremap",
            CallKind::Madvise => "madvise",
            CallKind::Brk => "brk",
            CallKind::Mlock => "mlock",
            CallKind::Mlock2 => "mlock2",
            CallKind::Munlock => "munlock",
            CallKind::Mseal => "mseal",
            CallKind::Pin => "pin",
            CallKind::Unpin => "unpin",
            CallKind::Migrate => "migrate",
            CallKind::Open => "openat",
            CallKind::Close => "close",
        }
    }

    pub fn from_name(name: &str) -> Option<CallKind> {
        if name == "open" {
            return Some(CallKind::Open);
        }
        CallKind::ALL.iter().copied().find(|k| k.name() == name)
    }

    /// The argument names, for arity messages.
    pub fn params(self) -> &'static [&'static str] {
        match self {
            CallKind::Mmap => &["addr", "length", "prot", "flags", "fd", "offset"],
            CallKind::Munmap | CallKind::Mlock | CallKind::Munlock | CallKind::Migrate => {
                &["addr", "length"]
            }
            CallKind::Pin => &["addr", "length", "foll_flags"],
            CallKind::Unpin => &["pin"],
            CallKind::Mprotect => &["addr", "length", "prot"],
            CallKind::Mremap => &[
                "old_address",
                "old_size",
                "new_size",
                "flags",
                "new_address",
            ],
            CallKind::Madvise => &["addr", "length", "advice"],
            CallKind::Brk => &["addr"],
            CallKind::Mlock2 | CallKind::Mseal => &["addr", "length", "flags"],
            CallKind::Open => &["flags"],
            CallKind::Close => &["fd"],
        }
    }

    /// Fewest arguments accepted: strace omits mremap's new_address unless MREMAP_FIXED is set.
    pub fn min_args(self) -> usize {
        match self {
            CallKind::Mremap => 4,
            k => k.params().len(),
        }
    }

    /// Builds the operation from evaluated arguments (`args.len()` already checked) and the
    /// call's path.
    pub fn build(self, a: &[u64], path: Option<&str>) -> Action {
        let arg = |i: usize| a.get(i).copied().unwrap_or(0);
        let sys = match self {
            CallKind::Open => {
                return Action::Open {
                    path: path.unwrap_or_default().to_string(),
                    flags: arg(0),
                };
            }
            CallKind::Close => return Action::Close { fd: arg(0) as i64 },
            CallKind::Pin => {
                return Action::Pin {
                    addr: arg(0),
                    len: arg(1),
                    foll: arg(2),
                };
            }
            CallKind::Unpin => {
                return Action::Unpin {
                    pin: arg(0) as PinId,
                };
            }
            CallKind::Migrate => {
                return Action::Migrate {
                    addr: arg(0),
                    len: arg(1),
                };
            }
            CallKind::Mmap => Syscall::Mmap {
                addr: arg(0),
                len: arg(1),
                prot: arg(2),
                flags: arg(3),
                fd: arg(4) as i64,
                off: arg(5),
            },
            CallKind::Munmap => Syscall::Munmap {
                addr: arg(0),
                len: arg(1),
            },
            CallKind::Mprotect => Syscall::Mprotect {
                addr: arg(0),
                len: arg(1),
                prot: arg(2),
            },
            CallKind::Mremap => Syscall::Mremap {
                old_addr: arg(0),
                old_len: arg(1),
                new_len: arg(2),
                flags: arg(3),
                new_addr: arg(4),
            },
            CallKind::Madvise => Syscall::Madvise {
                addr: arg(0),
                len: arg(1),
                advice: arg(2),
            },
            CallKind::Brk => Syscall::Brk { addr: arg(0) },
            CallKind::Mlock => Syscall::Mlock {
                addr: arg(0),
                len: arg(1),
            },
            CallKind::Mlock2 => Syscall::Mlock2 {
                addr: arg(0),
                len: arg(1),
                flags: arg(2),
            },
            CallKind::Munlock => Syscall::Munlock {
                addr: arg(0),
                len: arg(1),
            },
            CallKind::Mseal => Syscall::Mseal {
                addr: arg(0),
                len: arg(1),
                flags: arg(2),
            },
        };
        Action::Syscall(sys)
    }
}

/// What a call line does once its arguments are evaluated: a syscall, or one of the
/// operations the `Kernel` trait offers beside syscalls.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Syscall(Syscall),
    Pin { addr: u64, len: u64, foll: u64 },
    Unpin { pin: PinId },
    Migrate { addr: u64, len: u64 },
    Open { path: String, flags: u64 },
    Close { fd: i64 },
}

impl std::fmt::Display for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use uapi::consts::{ConstKind, format};
        match self {
            Action::Syscall(s) => write!(f, "{s}"),
            Action::Pin { addr, len, foll } => write!(
                f,
                "pin({addr:#x}, {len}, {})",
                format(ConstKind::FollFlags, *foll)
            ),
            Action::Unpin { pin } => write!(f, "unpin({pin})"),
            Action::Migrate { addr, len } => write!(f, "migrate({addr:#x}, {len})"),
            Action::Open { path, flags } => write!(
                f,
                "openat(AT_FDCWD, {}, {})",
                crate::lex::escape_bytes(path.as_bytes()),
                format(ConstKind::OpenFlags, *flags)
            ),
            Action::Close { fd } => write!(f, "close({fd})"),
        }
    }
}

/// An observation line.
#[derive(Clone, Debug, PartialEq)]
pub enum Observe {
    /// `maps` (the whole file) or `maps ADDR` (the VMA containing ADDR).
    Maps {
        addr: Option<Expr>,
    },
    Smaps {
        addr: Expr,
    },
    Rollup,
    Pagemap {
        addr: Expr,
        npages: Expr,
    },
    Meminfo,
    Vmstat,
    Buddyinfo,
    Pagetypeinfo,
    Zoneinfo,
}

/// The `== …` part of an observation line (the extensions in docs/scenario-language-ext.md).
#[derive(Clone, Debug, PartialEq)]
pub enum ObsExpect {
    /// `maps ADDR == START-END PERMS [NAME]`, or `== none` (`None`).
    Vma(Option<VmaSpec>),
    /// `maps ==` and indented lines: consecutive VMAs, in order.
    VmaBlock(Vec<VmaSpec>),
    /// `pagemap ADDR N == E1 … EN`
    Pages(Vec<PageSpec>),
    /// `smaps ADDR == …`, `rollup == …`, `meminfo == …`, `vmstat == …`
    Fields(Vec<FieldSpec>),
}

/// One expected VMA.
#[derive(Clone, Debug, PartialEq)]
pub struct VmaSpec {
    pub start: Expr,
    pub end: Expr,
    /// Four characters, as maps prints them (`rw-p`).
    pub perms: String,
    pub name: Option<String>,
    /// A whole /proc/PID/maps line also gives the offset, device and inode to match.
    pub ident: Option<VmaIdent>,
    /// 1-based line the spec was written on (block lines have their own).
    pub line: usize,
}

/// The offset, device and inode columns of a maps line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VmaIdent {
    pub offset: u64,
    pub dev_major: u32,
    pub dev_minor: u32,
    pub inode: u64,
}

/// One page of a pagemap expectation: the words that must hold and an optional frame label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageSpec {
    pub words: PageWords,
    pub label: Option<String>,
    /// The token as written, for messages.
    pub text: String,
}

/// The set of page words (`present+excl+anon`). Bits in [`PageWords::STRICT`] that are not
/// listed must be clear; `anon` is only checked when listed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PageWords(pub u16);

impl PageWords {
    pub const PRESENT: u16 = 1 << 0;
    pub const SWAP: u16 = 1 << 1;
    pub const FILE: u16 = 1 << 2;
    pub const EXCL: u16 = 1 << 3;
    pub const GUARD: u16 = 1 << 4;
    pub const ZERO: u16 = 1 << 5;
    pub const AX: u16 = 1 << 6;
    pub const ANON: u16 = 1 << 7;
    /// Words whose absence is asserted too.
    pub const STRICT: u16 =
        Self::PRESENT | Self::SWAP | Self::FILE | Self::EXCL | Self::GUARD | Self::ZERO | Self::AX;
    /// In display order.
    pub const NAMES: &'static [(&'static str, u16)] = &[
        ("present", Self::PRESENT),
        ("swap", Self::SWAP),
        ("file", Self::FILE),
        ("excl", Self::EXCL),
        ("guard", Self::GUARD),
        ("zero", Self::ZERO),
        ("anon", Self::ANON),
        ("ax", Self::AX),
    ];

    pub fn has(self, bit: u16) -> bool {
        self.0 & bit != 0
    }

    /// `present+excl+anon`, or `none` for the empty set.
    pub fn render(self) -> String {
        let words: Vec<&str> = Self::NAMES
            .iter()
            .filter(|(_, b)| self.has(*b))
            .map(|(n, _)| *n)
            .collect();
        if words.is_empty() {
            "none".into()
        } else {
            words.join("+")
        }
    }
}

/// One `Name=VALUE` / `VmFlags~xx` / `VmFlags!~xx` term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldSpec {
    /// The value as written: bytes when the number had a size suffix or the field is in kB.
    Eq { name: String, value: u64 },
    /// `VmFlags~code` (`present`) or `VmFlags!~code`.
    Flag { code: String, present: bool },
}

/// An integer expression: a sum of terms, each term the OR of atoms (`$a+4K`,
/// `PROT_READ|PROT_WRITE`, `-1`). Kept flat so that long inputs cannot overflow the stack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expr {
    pub terms: Vec<Term>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    pub negate: bool,
    pub atoms: Vec<Atom>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Atom {
    Num(u64),
    /// A variable, named without `$`.
    Var(String),
    /// A parenthesised expression (nesting depth is bounded by the parser).
    Group(Box<Expr>),
}

impl Expr {
    pub fn num(v: u64) -> Expr {
        Expr {
            terms: vec![Term {
                negate: false,
                atoms: vec![Atom::Num(v)],
            }],
        }
    }

    /// Evaluates with wrapping arithmetic (the values are raw register contents, as in C).
    /// `lookup` answers a variable's value or why it has none.
    pub fn eval(&self, lookup: &dyn Fn(&str) -> Result<u64, String>) -> Result<u64, String> {
        let mut sum = 0u64;
        for t in &self.terms {
            let mut v = 0u64;
            for a in &t.atoms {
                v |= match a {
                    Atom::Num(n) => *n,
                    Atom::Var(name) => lookup(name)?,
                    Atom::Group(e) => e.eval(lookup)?,
                };
            }
            sum = if t.negate {
                sum.wrapping_sub(v)
            } else {
                sum.wrapping_add(v)
            };
        }
        Ok(sum)
    }

    /// The value when the expression uses no variable.
    pub fn constant(&self) -> Option<u64> {
        self.eval(&|_| Err(String::new())).ok()
    }

    /// Every variable the expression names, in order.
    pub fn vars(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_vars(&mut out);
        out
    }

    fn collect_vars<'a>(&'a self, out: &mut Vec<&'a str>) {
        for t in &self.terms {
            for a in &t.atoms {
                match a {
                    Atom::Num(_) => {}
                    Atom::Var(v) => out.push(v),
                    Atom::Group(e) => e.collect_vars(out),
                }
            }
        }
    }
}
