//! The state the differ compares after every step, taken the same way from either kernel:
//! per live process its maps, the pagemap flags of every page of the scenario's ranges, the
//! frame-sharing structure of those pages (PFNs relabelled in order of first appearance, the
//! zero page apart), three kpageflags bits of those frames, and a "scenario rollup": smaps
//! fields summed over the VMAs overlapping the scenario's ranges but not the starting layout
//! (the real smaps_rollup, and a heap grown by brk, include the host worker's own pages, which
//! the model cannot know).

use crate::ranges::RangeSet;
use std::collections::BTreeMap;
use uapi::observe::{MapsEntry, ProcFile, kpf, pagemap as pm, parse_maps, parse_smaps};
use uapi::{Kernel, Pid};

/// The smaps fields of the scenario rollup.
pub const ROLLUP_FIELDS: [&str; 10] = [
    "Rss",
    "Pss",
    "Shared_Clean",
    "Shared_Dirty",
    "Private_Clean",
    "Private_Dirty",
    "Referenced",
    "Anonymous",
    "Swap",
    "Locked",
];

/// Pagemap bits compared (soft-dirty is not: the host may not have it configured).
pub const COMPARED_PAGEMAP_BITS: u64 =
    pm::PRESENT | pm::SWAP | pm::FILE | pm::MMAP_EXCLUSIVE | pm::UFFD_WP | pm::GUARD_REGION;

/// kpageflags bits compared for present frames.
pub const COMPARED_KPF_BITS: u64 =
    (1 << kpf::ANON) | (1 << kpf::ZERO_PAGE) | (1 << kpf::ANON_EXCLUSIVE);

/// The compared kpageflags of a frame. Bit 34 is PG_anon_exclusive only on anonymous pages; on
/// a page-cache page the same bit is PG_mappedtodisk, which depends on how the file's blocks
/// were last read or written, so it is not compared there.
pub fn compared_kpf(kf: u64) -> u64 {
    let mut k = kf & COMPARED_KPF_BITS;
    if k & (1 << kpf::ANON) == 0 {
        k &= !(1 << kpf::ANON_EXCLUSIVE);
    }
    k
}

/// Pages compared per process and step at most; larger ranges are compared from their start.
pub const MAX_COMPARED_PAGES: u64 = 1 << 18;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub procs: Vec<ProcSnap>,
    /// A present page read with PFN 0: the reader lacks CAP_SYS_ADMIN, so frames are unknown.
    pub pfns_hidden: bool,
    /// Some range was longer than the comparison budget.
    pub truncated: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProcSnap {
    pub name: String,
    pub maps: Vec<MapsEntry>,
    pub pages: Vec<PageSnap>,
    /// [`ROLLUP_FIELDS`] in kB, in that order.
    pub rollup: Vec<u64>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageSnap {
    pub addr: u64,
    /// The raw entry (for messages).
    pub entry: u64,
    /// The frame's label (`zero`, `F1`, `F2`…) and its compared kpageflags bits, when present
    /// and the PFN is visible.
    pub frame: Option<(String, u64)>,
}

impl PageSnap {
    pub fn flags(&self) -> u64 {
        self.entry & COMPARED_PAGEMAP_BITS
    }
}

/// Takes the snapshot of `procs` (scenario name, pid; in creation order) over `ranges`. VMAs
/// overlapping `layout` (the starting address space, whose pages only the host has) are left
/// out of the rollup.
pub fn take<K: Kernel>(
    k: &mut K,
    procs: &[(String, Pid)],
    ranges: &RangeSet,
    layout: &RangeSet,
) -> Result<Snapshot, String> {
    let mut snap = Snapshot {
        procs: Vec::new(),
        pfns_hidden: false,
        truncated: false,
    };
    for (name, pid) in procs {
        let pid = *pid;
        let maps_text = k
            .read_proc(pid, ProcFile::Maps)
            .map_err(|e| format!("{name}: reading maps: {e}"))?;
        let maps = parse_maps(&maps_text).map_err(|e| format!("{name}: {e}"))?;
        let smaps_text = k
            .read_proc(pid, ProcFile::Smaps)
            .map_err(|e| format!("{name}: reading smaps: {e}"))?;
        let smaps = parse_smaps(&smaps_text).map_err(|e| format!("{name}: {e}"))?;
        let mut rollup = vec![0u64; ROLLUP_FIELDS.len()];
        for s in smaps
            .iter()
            .filter(|s| ranges.overlaps(s.maps.start, s.maps.end))
            .filter(|s| !layout.overlaps(s.maps.start, s.maps.end))
        {
            for (i, f) in ROLLUP_FIELDS.iter().enumerate() {
                rollup[i] += s.field(f).unwrap_or(0);
            }
        }
        let mut pages = Vec::new();
        let mut budget = MAX_COMPARED_PAGES;
        for (start, end) in ranges.iter() {
            let mut n = (end - start) / uapi::PAGE_SIZE;
            if n > budget {
                snap.truncated = true;
                n = budget;
            }
            if n == 0 {
                continue;
            }
            budget -= n;
            let entries = k
                .pagemap(pid, start, n)
                .map_err(|e| format!("{name}: reading pagemap at {start:#x}: {e}"))?;
            if entries.len() as u64 != n {
                return Err(format!(
                    "{name}: asked for {n} pagemap entries at {start:#x}, got {}",
                    entries.len()
                ));
            }
            for (i, e) in entries.into_iter().enumerate() {
                pages.push(PageSnap {
                    addr: start + i as u64 * uapi::PAGE_SIZE,
                    entry: e,
                    frame: None,
                });
            }
        }
        snap.procs.push(ProcSnap {
            name: name.clone(),
            maps,
            pages,
            rollup,
        });
    }
    label_frames(k, &mut snap)?;
    Ok(snap)
}

/// Labels present frames in order of first appearance (processes in creation order, addresses
/// ascending); the zero page is `zero`.
fn label_frames<K: Kernel>(k: &mut K, snap: &mut Snapshot) -> Result<(), String> {
    let mut pfns: Vec<u64> = Vec::new();
    for p in &snap.procs {
        for pg in &p.pages {
            if pg.entry & pm::PRESENT != 0 {
                match pg.entry & pm::PFN_MASK {
                    0 => snap.pfns_hidden = true,
                    pfn => pfns.push(pfn),
                }
            }
        }
    }
    if snap.pfns_hidden || pfns.is_empty() {
        return Ok(());
    }
    pfns.sort_unstable();
    pfns.dedup();
    let flags = k
        .kpageflags(&pfns)
        .map_err(|e| format!("reading kpageflags: {e}"))?;
    if flags.len() != pfns.len() {
        return Err(format!(
            "asked for {} kpageflags entries, got {}",
            pfns.len(),
            flags.len()
        ));
    }
    let kflags: BTreeMap<u64, u64> = pfns.into_iter().zip(flags).collect();
    let mut labels: BTreeMap<u64, String> = BTreeMap::new();
    for p in &mut snap.procs {
        for pg in &mut p.pages {
            if pg.entry & pm::PRESENT == 0 {
                continue;
            }
            let pfn = pg.entry & pm::PFN_MASK;
            let kf = kflags.get(&pfn).copied().unwrap_or(0);
            let next = labels.len() + 1;
            let label = if kf & (1 << kpf::ZERO_PAGE) != 0 {
                "zero".to_string()
            } else {
                labels
                    .entry(pfn)
                    .or_insert_with(|| format!("F{next}"))
                    .clone()
            };
            pg.frame = Some((label, compared_kpf(kf)));
        }
    }
    Ok(())
}

/// Whether a VMA's (dev, inode) is an identity the two kernels number differently (shared
/// anonymous memory and other kernel-internal files).
pub fn renamable(e: &MapsEntry) -> bool {
    e.name == "/dev/zero (deleted)"
        || e.name.starts_with("/memfd:")
        || e.name.starts_with("[anon_shmem")
        || e.name.starts_with("/SYSV")
        || (e.shared && e.inode != 0 && e.name.is_empty())
}

type FileId = (u32, u32, u64);

/// A consistent renaming of (dev, inode) pairs between the host and the model, grown as
/// shared-anonymous VMAs appear; it must stay one-to-one for the whole file.
#[derive(Debug, Default)]
pub struct Renaming {
    h2m: BTreeMap<FileId, FileId>,
    m2h: BTreeMap<FileId, FileId>,
}

impl Renaming {
    /// Whether host `h` and model `m` may be the same file, recording the pair if new.
    pub fn same(&mut self, h: &MapsEntry, m: &MapsEntry) -> bool {
        let hk = (h.dev_major, h.dev_minor, h.inode);
        let mk = (m.dev_major, m.dev_minor, m.inode);
        match (self.h2m.get(&hk), self.m2h.get(&mk)) {
            (Some(x), Some(y)) => *x == mk && *y == hk,
            (None, None) => {
                self.h2m.insert(hk, mk);
                self.m2h.insert(mk, hk);
                true
            }
            _ => false,
        }
    }
}

/// Whether two maps entries agree, renaming shared-anonymous identities.
pub fn same_vma(h: &MapsEntry, m: &MapsEntry, ren: &mut Renaming) -> bool {
    if renamable(h) && renamable(m) {
        let strip = |e: &MapsEntry| MapsEntry {
            dev_major: 0,
            dev_minor: 0,
            inode: 0,
            ..e.clone()
        };
        strip(h) == strip(m) && ren.same(h, m)
    } else {
        h == m
    }
}

/// A page's compared state as words (`present excl anon ax`), for messages.
pub fn page_text(p: &PageSnap) -> String {
    let kf = p.frame.as_ref().map(|(_, k)| *k);
    let mut words = crate::expect::flag_words(p.entry & COMPARED_PAGEMAP_BITS, kf).join(" ");
    if let Some((label, _)) = &p.frame {
        words.push_str(&format!(", frame {label}"));
    }
    words
}
