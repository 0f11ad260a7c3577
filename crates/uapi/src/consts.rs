//! Symbolic constants of the memory syscalls (x86-64 values from `include/uapi/asm-generic/mman*.h`),
//! with the names strace prints, so scenario lines copied from strace parse and print back.

pub const PROT_NONE: u64 = 0x0;
pub const PROT_READ: u64 = 0x1;
pub const PROT_WRITE: u64 = 0x2;
pub const PROT_EXEC: u64 = 0x4;
pub const PROT_SEM: u64 = 0x8;
pub const PROT_GROWSDOWN: u64 = 0x0100_0000;
pub const PROT_GROWSUP: u64 = 0x0200_0000;

pub const MAP_SHARED: u64 = 0x01;
pub const MAP_PRIVATE: u64 = 0x02;
pub const MAP_SHARED_VALIDATE: u64 = 0x03;
pub const MAP_DROPPABLE: u64 = 0x08;
pub const MAP_TYPE: u64 = 0x0f;
pub const MAP_FIXED: u64 = 0x10;
pub const MAP_ANONYMOUS: u64 = 0x20;
pub const MAP_32BIT: u64 = 0x40;
pub const MAP_GROWSDOWN: u64 = 0x0100;
pub const MAP_DENYWRITE: u64 = 0x0800;
pub const MAP_EXECUTABLE: u64 = 0x1000;
pub const MAP_LOCKED: u64 = 0x2000;
pub const MAP_NORESERVE: u64 = 0x4000;
pub const MAP_POPULATE: u64 = 0x8000;
pub const MAP_NONBLOCK: u64 = 0x1_0000;
pub const MAP_STACK: u64 = 0x2_0000;
pub const MAP_HUGETLB: u64 = 0x4_0000;
pub const MAP_SYNC: u64 = 0x8_0000;
pub const MAP_FIXED_NOREPLACE: u64 = 0x10_0000;
pub const MAP_UNINITIALIZED: u64 = 0x400_0000;
/// x86-64: only map above 4 GiB.
pub const MAP_ABOVE4G: u64 = 0x80;
pub const MAP_HUGE_SHIFT: u64 = 26;
pub const MAP_HUGE_2MB: u64 = 21 << MAP_HUGE_SHIFT;
pub const MAP_HUGE_1GB: u64 = 30 << MAP_HUGE_SHIFT;

pub const MREMAP_MAYMOVE: u64 = 1;
pub const MREMAP_FIXED: u64 = 2;
pub const MREMAP_DONTUNMAP: u64 = 4;

pub const MADV_NORMAL: u64 = 0;
pub const MADV_RANDOM: u64 = 1;
pub const MADV_SEQUENTIAL: u64 = 2;
pub const MADV_WILLNEED: u64 = 3;
pub const MADV_DONTNEED: u64 = 4;
pub const MADV_FREE: u64 = 8;
pub const MADV_REMOVE: u64 = 9;
pub const MADV_DONTFORK: u64 = 10;
pub const MADV_DOFORK: u64 = 11;
pub const MADV_MERGEABLE: u64 = 12;
pub const MADV_UNMERGEABLE: u64 = 13;
pub const MADV_HUGEPAGE: u64 = 14;
pub const MADV_NOHUGEPAGE: u64 = 15;
pub const MADV_DONTDUMP: u64 = 16;
pub const MADV_DODUMP: u64 = 17;
pub const MADV_WIPEONFORK: u64 = 18;
pub const MADV_KEEPONFORK: u64 = 19;
pub const MADV_COLD: u64 = 20;
pub const MADV_PAGEOUT: u64 = 21;
pub const MADV_POPULATE_READ: u64 = 22;
pub const MADV_POPULATE_WRITE: u64 = 23;
pub const MADV_DONTNEED_LOCKED: u64 = 24;
pub const MADV_COLLAPSE: u64 = 25;
pub const MADV_HWPOISON: u64 = 100;
pub const MADV_SOFT_OFFLINE: u64 = 101;
pub const MADV_GUARD_INSTALL: u64 = 102;
pub const MADV_GUARD_REMOVE: u64 = 103;

pub const MLOCK_ONFAULT: u64 = 1;

/// GUP flags (`FOLL_*`, `include/linux/mm_types.h` and `mm/internal.h`), as the `pin` line
/// takes them. FOLL_PIN and FOLL_GET say whether the pages are pinned or only referenced.
pub const FOLL_WRITE: u64 = 1 << 0;
pub const FOLL_GET: u64 = 1 << 1;
pub const FOLL_FORCE: u64 = 1 << 3;
pub const FOLL_LONGTERM: u64 = 1 << 8;
pub const FOLL_PIN: u64 = 1 << 19;

/// Which argument a symbolic name belongs to; used to print values back the way strace does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstKind {
    Prot,
    MapFlags,
    MremapFlags,
    Madvise,
    MlockFlags,
    FollFlags,
    OpenFlags,
}

const PROT_NAMES: &[(&str, u64)] = &[
    ("PROT_READ", PROT_READ),
    ("PROT_WRITE", PROT_WRITE),
    ("PROT_EXEC", PROT_EXEC),
    ("PROT_SEM", PROT_SEM),
    ("PROT_GROWSDOWN", PROT_GROWSDOWN),
    ("PROT_GROWSUP", PROT_GROWSUP),
];

/// The map type occupies the low nibble: printed as one name, not as bits.
const MAP_TYPE_NAMES: &[(&str, u64)] = &[
    ("MAP_SHARED", MAP_SHARED),
    ("MAP_PRIVATE", MAP_PRIVATE),
    ("MAP_SHARED_VALIDATE", MAP_SHARED_VALIDATE),
    ("MAP_DROPPABLE", MAP_DROPPABLE),
];

const MAP_BIT_NAMES: &[(&str, u64)] = &[
    ("MAP_FIXED", MAP_FIXED),
    ("MAP_ANONYMOUS", MAP_ANONYMOUS),
    ("MAP_32BIT", MAP_32BIT),
    ("MAP_GROWSDOWN", MAP_GROWSDOWN),
    ("MAP_DENYWRITE", MAP_DENYWRITE),
    ("MAP_EXECUTABLE", MAP_EXECUTABLE),
    ("MAP_LOCKED", MAP_LOCKED),
    ("MAP_NORESERVE", MAP_NORESERVE),
    ("MAP_POPULATE", MAP_POPULATE),
    ("MAP_NONBLOCK", MAP_NONBLOCK),
    ("MAP_STACK", MAP_STACK),
    ("MAP_HUGETLB", MAP_HUGETLB),
    ("MAP_SYNC", MAP_SYNC),
    ("MAP_FIXED_NOREPLACE", MAP_FIXED_NOREPLACE),
    ("MAP_UNINITIALIZED", MAP_UNINITIALIZED),
];

const MREMAP_NAMES: &[(&str, u64)] = &[
    ("MREMAP_MAYMOVE", MREMAP_MAYMOVE),
    ("MREMAP_FIXED", MREMAP_FIXED),
    ("MREMAP_DONTUNMAP", MREMAP_DONTUNMAP),
];

const MADV_NAMES: &[(&str, u64)] = &[
    ("MADV_NORMAL", MADV_NORMAL),
    ("MADV_RANDOM", MADV_RANDOM),
    ("MADV_SEQUENTIAL", MADV_SEQUENTIAL),
    ("MADV_WILLNEED", MADV_WILLNEED),
    ("MADV_DONTNEED", MADV_DONTNEED),
    ("MADV_FREE", MADV_FREE),
    ("MADV_REMOVE", MADV_REMOVE),
    ("MADV_DONTFORK", MADV_DONTFORK),
    ("MADV_DOFORK", MADV_DOFORK),
    ("MADV_MERGEABLE", MADV_MERGEABLE),
    ("MADV_UNMERGEABLE", MADV_UNMERGEABLE),
    ("MADV_HUGEPAGE", MADV_HUGEPAGE),
    ("MADV_NOHUGEPAGE", MADV_NOHUGEPAGE),
    ("MADV_DONTDUMP", MADV_DONTDUMP),
    ("MADV_DODUMP", MADV_DODUMP),
    ("MADV_WIPEONFORK", MADV_WIPEONFORK),
    ("MADV_KEEPONFORK", MADV_KEEPONFORK),
    ("MADV_COLD", MADV_COLD),
    ("MADV_PAGEOUT", MADV_PAGEOUT),
    ("MADV_POPULATE_READ", MADV_POPULATE_READ),
    ("MADV_POPULATE_WRITE", MADV_POPULATE_WRITE),
    ("MADV_DONTNEED_LOCKED", MADV_DONTNEED_LOCKED),
    ("MADV_COLLAPSE", MADV_COLLAPSE),
    ("MADV_HWPOISON", MADV_HWPOISON),
    ("MADV_SOFT_OFFLINE", MADV_SOFT_OFFLINE),
    ("MADV_GUARD_INSTALL", MADV_GUARD_INSTALL),
    ("MADV_GUARD_REMOVE", MADV_GUARD_REMOVE),
];

const MLOCK_NAMES: &[(&str, u64)] = &[("MLOCK_ONFAULT", MLOCK_ONFAULT)];

// open(2) flags (x86-64 values) and `AT_FDCWD`, for the file lines of a scenario.
pub const O_RDONLY: u64 = 0;
pub const O_WRONLY: u64 = 1;
pub const O_RDWR: u64 = 2;
pub const O_ACCMODE: u64 = 3;
pub const O_CREAT: u64 = 0o100;
pub const O_EXCL: u64 = 0o200;
pub const O_NOCTTY: u64 = 0o400;
pub const O_TRUNC: u64 = 0o1000;
pub const O_APPEND: u64 = 0o2000;
pub const O_NONBLOCK: u64 = 0o4000;
pub const O_DIRECTORY: u64 = 0o200000;
pub const O_NOFOLLOW: u64 = 0o400000;
pub const O_CLOEXEC: u64 = 0o2000000;
pub const O_PATH: u64 = 0o10000000;
/// `AT_FDCWD` as strace prints it; as a 64-bit register value it is -100.
pub const AT_FDCWD: u64 = -100i64 as u64;

const OPEN_NAMES: &[(&str, u64)] = &[
    ("O_WRONLY", O_WRONLY),
    ("O_RDWR", O_RDWR),
    ("O_CREAT", O_CREAT),
    ("O_EXCL", O_EXCL),
    ("O_NOCTTY", O_NOCTTY),
    ("O_TRUNC", O_TRUNC),
    ("O_APPEND", O_APPEND),
    ("O_NONBLOCK", O_NONBLOCK),
    ("O_DIRECTORY", O_DIRECTORY),
    ("O_NOFOLLOW", O_NOFOLLOW),
    ("O_CLOEXEC", O_CLOEXEC),
    ("O_PATH", O_PATH),
];

const FOLL_NAMES: &[(&str, u64)] = &[
    ("FOLL_WRITE", FOLL_WRITE),
    ("FOLL_GET", FOLL_GET),
    ("FOLL_FORCE", FOLL_FORCE),
    ("FOLL_LONGTERM", FOLL_LONGTERM),
    ("FOLL_PIN", FOLL_PIN),
];

/// Names that are aliases of others; accepted on input, never printed.
const ALIASES: &[(&str, u64)] = &[
    ("MAP_ANON", MAP_ANONYMOUS),
    ("PROT_NONE", PROT_NONE),
    ("O_RDONLY", O_RDONLY),
    ("AT_FDCWD", AT_FDCWD),
];

/// Looks up any symbolic constant by its name.
pub fn value_of(name: &str) -> Option<u64> {
    [
        PROT_NAMES,
        MAP_TYPE_NAMES,
        MAP_BIT_NAMES,
        MREMAP_NAMES,
        MADV_NAMES,
        MLOCK_NAMES,
        FOLL_NAMES,
        OPEN_NAMES,
        ALIASES,
    ]
    .iter()
    .flat_map(|t| t.iter())
    .find(|(n, _)| *n == name)
    .map(|(_, v)| *v)
}

fn format_bits(table: &[(&str, u64)], mut value: u64, out: &mut Vec<String>) -> u64 {
    for (name, bit) in table {
        if *bit != 0 && value & bit == *bit {
            out.push((*name).to_string());
            value &= !bit;
        }
    }
    value
}

/// Prints a value of `kind` the way strace does (`PROT_READ|PROT_WRITE`, `MAP_PRIVATE|MAP_ANONYMOUS`).
pub fn format(kind: ConstKind, value: u64) -> String {
    let mut parts = Vec::new();
    let rest = match kind {
        ConstKind::Prot => {
            if value == 0 {
                return "PROT_NONE".into();
            }
            format_bits(PROT_NAMES, value, &mut parts)
        }
        ConstKind::MapFlags => {
            let ty = value & MAP_TYPE;
            match MAP_TYPE_NAMES.iter().find(|(_, v)| *v == ty) {
                Some((n, _)) => parts.push((*n).to_string()),
                None => parts.push(format!("{ty:#x}")),
            }
            format_bits(MAP_BIT_NAMES, value & !MAP_TYPE, &mut parts)
        }
        ConstKind::MremapFlags => {
            if value == 0 {
                return "0".into();
            }
            format_bits(MREMAP_NAMES, value, &mut parts)
        }
        ConstKind::MlockFlags => {
            if value == 0 {
                return "0".into();
            }
            format_bits(MLOCK_NAMES, value, &mut parts)
        }
        ConstKind::FollFlags => {
            if value == 0 {
                return "0".into();
            }
            format_bits(FOLL_NAMES, value, &mut parts)
        }
        ConstKind::OpenFlags => {
            parts.push(
                match value & O_ACCMODE {
                    O_WRONLY => "O_WRONLY",
                    O_RDWR => "O_RDWR",
                    _ => "O_RDONLY",
                }
                .to_string(),
            );
            let rest = format_bits(&OPEN_NAMES[2..], value & !O_ACCMODE, &mut parts);
            rest | (value & O_ACCMODE & !(O_WRONLY | O_RDWR))
        }
        ConstKind::Madvise => {
            return match MADV_NAMES.iter().find(|(_, v)| *v == value) {
                Some((n, _)) => (*n).to_string(),
                None => format!("{value:#x}"),
            };
        }
    };
    if rest != 0 {
        parts.push(format!("{rest:#x}"));
    }
    parts.join("|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_resolve_and_print_back() {
        assert_eq!(value_of("MAP_ANONYMOUS"), Some(0x20));
        assert_eq!(value_of("MAP_ANON"), Some(0x20));
        assert_eq!(value_of("MADV_GUARD_INSTALL"), Some(102));
        assert_eq!(value_of("MAP_BOGUS"), None);
        assert_eq!(
            format(ConstKind::Prot, PROT_READ | PROT_WRITE),
            "PROT_READ|PROT_WRITE"
        );
        assert_eq!(format(ConstKind::Prot, 0), "PROT_NONE");
        assert_eq!(
            format(ConstKind::MapFlags, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED),
            "MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS"
        );
        assert_eq!(format(ConstKind::MapFlags, 0x8000_0000), "0x0|0x80000000");
        assert_eq!(format(ConstKind::Madvise, MADV_DONTNEED), "MADV_DONTNEED");
    }
}
