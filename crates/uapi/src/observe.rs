//! What Linux shows about memory, as structures: /proc/PID/maps and smaps lines, pagemap
//! and kpageflags bits (`fs/proc/task_mmu.c`, `fs/proc/page.c`). Kernels hand these over as
//! the text /proc prints; the parsers here turn that text into values that can be compared.

use std::fmt::{self, Write as _};

/// pagemap bits (`Documentation/admin-guide/mm/pagemap.rst`).
pub mod pagemap {
    pub const PFN_MASK: u64 = (1 << 55) - 1;
    pub const SOFT_DIRTY: u64 = 1 << 55;
    pub const MMAP_EXCLUSIVE: u64 = 1 << 56;
    pub const UFFD_WP: u64 = 1 << 57;
    pub const GUARD_REGION: u64 = 1 << 58;
    pub const FILE: u64 = 1 << 61;
    pub const SWAP: u64 = 1 << 62;
    pub const PRESENT: u64 = 1 << 63;
    /// The flag bits (everything but the PFN / swap field).
    pub const FLAGS: u64 = !PFN_MASK;
}

/// /proc/kpageflags bits (`include/uapi/linux/kernel-page-flags.h`, `fs/proc/internal.h`).
pub mod kpf {
    pub const LOCKED: u32 = 0;
    pub const REFERENCED: u32 = 2;
    pub const UPTODATE: u32 = 3;
    pub const DIRTY: u32 = 4;
    pub const LRU: u32 = 5;
    pub const ACTIVE: u32 = 6;
    pub const SLAB: u32 = 7;
    pub const BUDDY: u32 = 10;
    pub const MMAP: u32 = 11;
    pub const ANON: u32 = 12;
    pub const SWAPCACHE: u32 = 13;
    pub const SWAPBACKED: u32 = 14;
    pub const COMPOUND_HEAD: u32 = 15;
    pub const COMPOUND_TAIL: u32 = 16;
    pub const UNEVICTABLE: u32 = 18;
    pub const NOPAGE: u32 = 20;
    pub const KSM: u32 = 21;
    pub const THP: u32 = 22;
    pub const ZERO_PAGE: u32 = 24;
    pub const PGTABLE: u32 = 26;
    pub const MLOCKED: u32 = 33;
    /// `PG_owner_2`, which is `PG_anon_exclusive` on anonymous pages.
    pub const OWNER_2: u32 = 34;
    pub const ANON_EXCLUSIVE: u32 = OWNER_2;
}

/// One line of /proc/PID/maps.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MapsEntry {
    pub start: u64,
    pub end: u64,
    pub read: bool,
    pub write: bool,
    pub exec: bool,
    /// `s` (VM_MAYSHARE) rather than `p`.
    pub shared: bool,
    /// Byte offset into the file (0 for anonymous memory).
    pub offset: u64,
    pub dev_major: u32,
    pub dev_minor: u32,
    pub inode: u64,
    /// Path or pseudo-name (`[heap]`, `[stack]`, `/dev/zero (deleted)`); empty if none.
    pub name: String,
}

impl MapsEntry {
    pub fn perms(&self) -> String {
        let mut s = String::with_capacity(4);
        s.push(if self.read { 'r' } else { '-' });
        s.push(if self.write { 'w' } else { '-' });
        s.push(if self.exec { 'x' } else { '-' });
        s.push(if self.shared { 's' } else { 'p' });
        s
    }

    pub fn len(&self) -> u64 {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// Parses one maps line. The name may contain spaces ("/dev/zero (deleted)").
    pub fn parse(line: &str) -> Result<MapsEntry, String> {
        let bad = |what: &str| format!("maps line {line:?}: bad {what}");
        let mut rest = line;
        let mut field = || -> Option<&str> {
            let t = rest.trim_start();
            let end = t.find(' ').unwrap_or(t.len());
            let (f, r) = t.split_at(end);
            rest = r;
            if f.is_empty() { None } else { Some(f) }
        };
        let range = field().ok_or_else(|| bad("range"))?;
        let perms = field().ok_or_else(|| bad("perms"))?;
        let offset = field().ok_or_else(|| bad("offset"))?;
        let dev = field().ok_or_else(|| bad("device"))?;
        let inode = field().ok_or_else(|| bad("inode"))?;
        let name = rest.trim_start().to_string();
        let (s, e) = range.split_once('-').ok_or_else(|| bad("range"))?;
        let hex = |t: &str, what: &str| u64::from_str_radix(t, 16).map_err(|_| bad(what));
        let (maj, min) = dev.split_once(':').ok_or_else(|| bad("device"))?;
        let p = perms.as_bytes();
        if p.len() != 4 {
            return Err(bad("perms"));
        }
        Ok(MapsEntry {
            start: hex(s, "start")?,
            end: hex(e, "end")?,
            read: p[0] == b'r',
            write: p[1] == b'w',
            exec: p[2] == b'x',
            shared: p[3] == b's',
            offset: hex(offset, "offset")?,
            dev_major: hex(maj, "device")? as u32,
            dev_minor: hex(min, "device")? as u32,
            inode: inode.parse().map_err(|_| bad("inode"))?,
            name,
        })
    }
}

impl fmt::Display for MapsEntry {
    /// Linux's rendering: the header is padded to 73 columns when a name follows.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::with_capacity(96);
        let _ = write!(
            s,
            "{:08x}-{:08x} {} {:08x} {:02x}:{:02x} {} ",
            self.start,
            self.end,
            self.perms(),
            self.offset,
            self.dev_major,
            self.dev_minor,
            self.inode
        );
        if !self.name.is_empty() {
            while s.len() < 72 {
                s.push(' ');
            }
            s.push(' ');
            s.push_str(&self.name);
        }
        f.write_str(&s)
    }
}

pub fn parse_maps(text: &str) -> Result<Vec<MapsEntry>, String> {
    text.lines()
        .filter(|l| !l.is_empty())
        .map(MapsEntry::parse)
        .collect()
}

/// One VMA's entry in /proc/PID/smaps.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SmapsEntry {
    pub maps: MapsEntry,
    /// `Name: value` lines in the order printed; sizes in kB, `THPeligible` as printed.
    pub fields: Vec<(String, u64)>,
    /// The two-letter VmFlags codes, in order.
    pub vm_flags: Vec<String>,
}

impl SmapsEntry {
    pub fn field(&self, name: &str) -> Option<u64> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, v)| *v)
    }

    pub fn has_flag(&self, code: &str) -> bool {
        self.vm_flags.iter().any(|f| f == code)
    }
}

fn parse_field(line: &str) -> Option<(String, u64)> {
    let (name, rest) = line.split_once(':')?;
    let num = rest.split_whitespace().next()?;
    Some((name.to_string(), num.parse().ok()?))
}

/// A VMA header starts with `start-end`; a field line starts with `Name:`.
fn is_vma_header(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or("");
    first.contains('-') && !first.ends_with(':')
}

/// Parses /proc/PID/smaps.
pub fn parse_smaps(text: &str) -> Result<Vec<SmapsEntry>, String> {
    let mut out: Vec<SmapsEntry> = Vec::new();
    for line in text.lines() {
        if line.is_empty() {
            continue;
        }
        if let Some(flags) = line.strip_prefix("VmFlags:") {
            let e = out.last_mut().ok_or("smaps: VmFlags before any header")?;
            e.vm_flags = flags.split_whitespace().map(str::to_string).collect();
        } else if is_vma_header(line) {
            out.push(SmapsEntry {
                maps: MapsEntry::parse(line)?,
                fields: Vec::new(),
                vm_flags: Vec::new(),
            });
        } else {
            let kv = parse_field(line).ok_or_else(|| format!("smaps: bad line {line:?}"))?;
            let e = out.last_mut().ok_or("smaps: field before any header")?;
            e.fields.push(kv);
        }
    }
    Ok(out)
}

/// Parses /proc/PID/smaps_rollup: its header line, then `Name: N kB` fields.
pub fn parse_rollup(text: &str) -> Result<Vec<(String, u64)>, String> {
    let mut lines = text.lines();
    lines.next().ok_or("smaps_rollup: empty")?;
    lines
        .filter(|l| !l.is_empty())
        .map(|l| parse_field(l).ok_or_else(|| format!("smaps_rollup: bad line {l:?}")))
        .collect()
}

/// Parses `Name: value [kB]` files such as /proc/meminfo and /proc/PID/status (numeric lines only).
pub fn parse_kv(text: &str) -> Vec<(String, u64)> {
    text.lines().filter_map(parse_field).collect()
}

/// Parses /proc/vmstat (`name value` lines).
pub fn parse_vmstat(text: &str) -> Vec<(String, u64)> {
    text.lines()
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            let n = it.next()?;
            Some((n.to_string(), it.next()?.parse().ok()?))
        })
        .collect()
}

/// The address-space facts a fresh process starts with. The host reports its worker's; the
/// model adopts them so that NULL-hint placements land on the same addresses on both sides.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Layout {
    /// Every VMA, from /proc/PID/smaps (so VmFlags are known exactly).
    pub vmas: Vec<SmapsEntry>,
    /// Top of the top-down mmap area (`mm->mmap_base`).
    pub mmap_base: u64,
    pub start_brk: u64,
    pub brk: u64,
    /// `vm.mmap_min_addr`.
    pub mmap_min_addr: u64,
    /// The 2 MiB regions (their bases) where the process has PTE tables of its own: the
    /// runtime's touched code, data and stack. Whether a fault finds a table decides what
    /// fault-around maps, and a forked worker touches the same memory again.
    #[serde(default)]
    pub pte_tables: Vec<u64>,
}

/// The size of the region one PTE table maps.
pub const PMD_SIZE: u64 = 2 << 20;

/// The 2 MiB regions holding a present or swapped entry among `entries`, the pagemap words of
/// the pages from `addr` (a PTE table must exist to hold them).
pub fn pte_table_regions(addr: u64, entries: &[u64], out: &mut std::collections::BTreeSet<u64>) {
    for (i, &e) in entries.iter().enumerate() {
        if e & (pagemap::PRESENT | pagemap::SWAP) != 0 {
            out.insert((addr + i as u64 * crate::PAGE_SIZE) & !(PMD_SIZE - 1));
        }
    }
}

/// The 2 MiB regions touched by VMAs with resident pages: where a process with these VMAs has
/// PTE tables, as far as its smaps can tell without pagemap.
pub fn pte_table_regions_by_rss(vmas: &[SmapsEntry]) -> Vec<u64> {
    let mut out = std::collections::BTreeSet::new();
    for v in vmas {
        if v.field("Rss").unwrap_or(0) == 0 || v.maps.end > crate::TASK_SIZE {
            continue;
        }
        let mut base = v.maps.start & !(PMD_SIZE - 1);
        while base < v.maps.end {
            out.insert(base);
            base += PMD_SIZE;
        }
    }
    out.into_iter().collect()
}

/// /proc files a kernel can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ProcFile {
    Maps,
    Smaps,
    SmapsRollup,
    Status,
    Meminfo,
    Vmstat,
    Buddyinfo,
    Pagetypeinfo,
    Zoneinfo,
}

impl ProcFile {
    /// Path under /proc; per-process files are relative to /proc/PID.
    pub fn path(self) -> &'static str {
        match self {
            ProcFile::Maps => "maps",
            ProcFile::Smaps => "smaps",
            ProcFile::SmapsRollup => "smaps_rollup",
            ProcFile::Status => "status",
            ProcFile::Meminfo => "/proc/meminfo",
            ProcFile::Vmstat => "/proc/vmstat",
            ProcFile::Buddyinfo => "/proc/buddyinfo",
            ProcFile::Pagetypeinfo => "/proc/pagetypeinfo",
            ProcFile::Zoneinfo => "/proc/zoneinfo",
        }
    }

    pub fn per_process(self) -> bool {
        !self.path().starts_with('/')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAPS: &str = "\
555555554000-555555556000 r--p 00000000 fd:01 1835099                    /usr/bin/cat
555555559000-55555557a000 rw-p 00000000 00:00 0                          [heap]
7ffff7fc5000-7ffff7fc9000 r--p 00000000 00:00 0                          [vvar]
7ffff7ffe000-7ffff7fff000 rw-p 00000000 00:00 0 
7ffff7dbd000-7ffff7ddd000 rw-s 00000000 00:01 2054                       /dev/zero (deleted)
";

    #[test]
    fn maps_round_trip_byte_exact() {
        let v = parse_maps(MAPS).unwrap();
        assert_eq!(v.len(), 5);
        assert_eq!(v[1].name, "[heap]");
        assert_eq!(v[4].name, "/dev/zero (deleted)");
        assert!(v[4].shared && v[4].write && !v[4].exec);
        assert_eq!(v[0].dev_major, 0xfd);
        let back: String = v.iter().map(|e| format!("{e}\n")).collect();
        assert_eq!(back, MAPS);
    }

    #[test]
    fn smaps_parses_fields_and_flags() {
        let text = "\
7ffff7ffe000-7ffff7fff000 rw-p 00000000 00:00 0 
Size:                  4 kB
Rss:                   4 kB
THPeligible:           0
VmFlags: rd wr mr mw me ac 
";
        let v = parse_smaps(text).unwrap();
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].field("Size"), Some(4));
        assert_eq!(v[0].field("THPeligible"), Some(0));
        assert!(v[0].has_flag("ac"));
        assert_eq!(v[0].vm_flags.len(), 6);
    }

    #[test]
    fn bad_maps_line_is_an_error() {
        assert!(MapsEntry::parse("zz-1 rw-p 0 00:00 0").is_err());
        assert!(MapsEntry::parse("").is_err());
    }
}
