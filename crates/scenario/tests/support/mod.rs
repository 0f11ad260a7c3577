//! A small fake `uapi::Kernel` for executor and differ tests: private anonymous memory only,
//! top-down placement without merging, zero-page reads, copy-on-write after fork, and /proc
//! text in Linux's formats. A `Bug` switch makes it deliberately wrong so the differ has
//! something to find; `Failing` answers everything with `Unsupported`.

#![allow(dead_code)]

use std::collections::BTreeMap;
use uapi::consts::*;
use uapi::observe::{Layout, MapsEntry, ProcFile, kpf, pagemap as pm};
use uapi::signal::{SEGV_ACCERR, SEGV_MAPERR};
use uapi::{AccessKind, Errno, Error, Kernel, PAGE_SIZE, Pid, SigInfo, Syscall};

const ZERO_PFN: u64 = 0x100;
const TOP: u64 = 0x7f00_0000_0000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bug {
    None,
    /// Writes after fork go to the shared frame instead of copying it.
    NoCow,
}

#[derive(Clone, Debug)]
struct Vma {
    end: u64,
    prot: u64,
}

#[derive(Clone, Debug, Default)]
struct Proc {
    vmas: BTreeMap<u64, Vma>,
    /// Page address -> PFN.
    ptes: BTreeMap<u64, u64>,
}

pub struct Fake {
    name: &'static str,
    bug: Bug,
    procs: BTreeMap<Pid, Proc>,
    next_pid: Pid,
    /// PFN -> (contents, number of mappings).
    frames: BTreeMap<u64, (Vec<u8>, u32)>,
    next_pfn: u64,
    /// Pids are numbered from here, so two fakes can disagree on numbering without it mattering.
    pid_base: Pid,
    /// `check_invariants` fails from this many calls on.
    pub fail_invariants_after: Option<usize>,
    invariant_calls: usize,
}

impl Fake {
    pub fn new(name: &'static str) -> Fake {
        Fake::with_bug(name, Bug::None)
    }

    pub fn with_bug(name: &'static str, bug: Bug) -> Fake {
        Fake {
            name,
            bug,
            procs: BTreeMap::new(),
            next_pid: 0,
            frames: BTreeMap::new(),
            next_pfn: 0x1000,
            pid_base: if name == "host" { 100 } else { 1 },
            fail_invariants_after: None,
            invariant_calls: 0,
        }
    }

    pub fn frames_in_use(&self) -> usize {
        self.frames.len()
    }

    fn proc(&mut self, pid: Pid) -> Result<&mut Proc, Error> {
        self.procs
            .get_mut(&pid)
            .ok_or_else(|| Error::Broken(format!("no process {pid}")))
    }

    fn unmap_page(&mut self, pid: Pid, page: u64) {
        let Some(p) = self.procs.get_mut(&pid) else {
            return;
        };
        if let Some(pfn) = p.ptes.remove(&page) {
            self.put(pfn);
        }
    }

    fn put(&mut self, pfn: u64) {
        if pfn == ZERO_PFN {
            return;
        }
        if let Some(f) = self.frames.get_mut(&pfn) {
            f.1 -= 1;
            if f.1 == 0 {
                self.frames.remove(&pfn);
            }
        }
    }

    fn alloc(&mut self, data: Vec<u8>) -> u64 {
        let pfn = self.next_pfn;
        self.next_pfn += 1;
        self.frames.insert(pfn, (data, 1));
        pfn
    }

    /// Removes [start, end) from the VMA tree, splitting at the edges.
    fn punch(&mut self, pid: Pid, start: u64, end: u64) {
        let Some(p) = self.procs.get_mut(&pid) else {
            return;
        };
        let hits: Vec<(u64, Vma)> = p
            .vmas
            .range(..end)
            .filter(|(s, v)| **s < end && v.end > start)
            .map(|(s, v)| (*s, v.clone()))
            .collect();
        for (s, v) in hits {
            p.vmas.remove(&s);
            if s < start {
                p.vmas.insert(
                    s,
                    Vma {
                        end: start,
                        prot: v.prot,
                    },
                );
            }
            if v.end > end {
                p.vmas.insert(
                    end,
                    Vma {
                        end: v.end,
                        prot: v.prot,
                    },
                );
            }
        }
        let pages: Vec<u64> = p.ptes.range(start..end).map(|(a, _)| *a).collect();
        for a in pages {
            self.unmap_page(pid, a);
        }
    }

    fn vma_at(&self, pid: Pid, addr: u64) -> Option<(u64, Vma)> {
        let p = self.procs.get(&pid)?;
        p.vmas
            .range(..=addr)
            .next_back()
            .filter(|(_, v)| addr < v.end)
            .map(|(s, v)| (*s, v.clone()))
    }

    /// One CPU access to the page holding `addr`; returns the PFN now mapped.
    fn fault(&mut self, pid: Pid, addr: u64, write: bool) -> Result<u64, Error> {
        let page = addr & !(PAGE_SIZE - 1);
        let Some((_, vma)) = self.vma_at(pid, addr) else {
            return Err(SigInfo::segv(SEGV_MAPERR, addr).into());
        };
        let need = if write { PROT_WRITE } else { PROT_READ };
        if vma.prot & need == 0 {
            return Err(SigInfo::segv(SEGV_ACCERR, addr).into());
        }
        let cur = self.proc(pid)?.ptes.get(&page).copied();
        let pfn = match (cur, write) {
            (Some(pfn), false) => pfn,
            (None, false) => ZERO_PFN,
            (None, true) => self.alloc(vec![0; PAGE_SIZE as usize]),
            (Some(ZERO_PFN), true) => self.alloc(vec![0; PAGE_SIZE as usize]),
            (Some(pfn), true) => {
                let shared = self.frames.get(&pfn).is_some_and(|f| f.1 > 1);
                if shared && self.bug != Bug::NoCow {
                    let data = self.frames[&pfn].0.clone();
                    self.put(pfn);
                    self.alloc(data)
                } else {
                    pfn
                }
            }
        };
        self.proc(pid)?.ptes.insert(page, pfn);
        Ok(pfn)
    }

    fn maps_entries(&self, pid: Pid) -> Vec<MapsEntry> {
        let Some(p) = self.procs.get(&pid) else {
            return Vec::new();
        };
        p.vmas
            .iter()
            .map(|(s, v)| MapsEntry {
                start: *s,
                end: v.end,
                read: v.prot & PROT_READ != 0,
                write: v.prot & PROT_WRITE != 0,
                exec: v.prot & PROT_EXEC != 0,
                shared: false,
                offset: 0,
                dev_major: 0,
                dev_minor: 0,
                inode: 0,
                name: String::new(),
            })
            .collect()
    }

    /// (rss, pss, private_dirty, shared_dirty) in kB over [start, end).
    fn counts(&self, pid: Pid, start: u64, end: u64) -> (u64, u64, u64, u64) {
        let Some(p) = self.procs.get(&pid) else {
            return (0, 0, 0, 0);
        };
        let (mut rss, mut pss, mut pd, mut sd) = (0, 0, 0, 0);
        for (_, pfn) in p.ptes.range(start..end) {
            if *pfn == ZERO_PFN {
                continue;
            }
            let n = self.frames.get(pfn).map_or(1, |f| f.1 as u64);
            rss += 4;
            pss += 4 / n;
            if n == 1 { pd += 4 } else { sd += 4 }
        }
        (rss, pss, pd, sd)
    }

    fn smaps_fields(&self, pid: Pid, start: u64, end: u64) -> String {
        let (rss, pss, pd, sd) = self.counts(pid, start, end);
        let mut s = String::new();
        for (n, v) in [
            ("Rss", rss),
            ("Pss", pss),
            ("Shared_Clean", 0),
            ("Shared_Dirty", sd),
            ("Private_Clean", 0),
            ("Private_Dirty", pd),
            ("Referenced", rss),
            ("Anonymous", rss),
            ("Swap", 0),
            ("Locked", 0),
        ] {
            s.push_str(&format!("{:<16}{v:>8} kB\n", format!("{n}:")));
        }
        s
    }
}

impl Kernel for Fake {
    fn name(&self) -> &'static str {
        self.name
    }

    fn spawn(&mut self, _layout: Option<&Layout>) -> Result<Pid, Error> {
        let pid = self.pid_base + self.next_pid;
        self.next_pid += 1;
        self.procs.insert(pid, Proc::default());
        Ok(pid)
    }

    fn layout(&mut self, pid: Pid) -> Result<Layout, Error> {
        self.proc(pid)?;
        Ok(Layout {
            vmas: Vec::new(),
            mmap_base: TOP,
            start_brk: 0x5555_0000_0000,
            brk: 0x5555_0000_0000,
            mmap_min_addr: 4096,
            pte_tables: Vec::new(),
        })
    }

    fn syscall(&mut self, pid: Pid, call: &Syscall) -> Result<u64, Error> {
        self.proc(pid)?;
        let align = |l: u64| uapi::page_align(l).ok_or(Error::Errno(Errno::ENOMEM));
        match *call {
            Syscall::Mmap {
                addr,
                len,
                prot,
                flags,
                fd,
                off,
            } => {
                if len == 0
                    || off != 0
                    || fd != -1
                    || flags & MAP_TYPE != MAP_PRIVATE
                    || flags & MAP_ANONYMOUS == 0
                {
                    return Err(Errno::EINVAL.into());
                }
                let len = align(len)?;
                let start = if flags & MAP_FIXED != 0 {
                    if !uapi::is_page_aligned(addr) {
                        return Err(Errno::EINVAL.into());
                    }
                    self.punch(pid, addr, addr + len);
                    addr
                } else {
                    let lowest = self.proc(pid)?.vmas.keys().next().copied().unwrap_or(TOP);
                    lowest.min(TOP) - len
                };
                self.proc(pid)?.vmas.insert(
                    start,
                    Vma {
                        end: start + len,
                        prot,
                    },
                );
                Ok(start)
            }
            Syscall::Munmap { addr, len } => {
                if !uapi::is_page_aligned(addr) || len == 0 {
                    return Err(Errno::EINVAL.into());
                }
                let len = align(len)?;
                self.punch(pid, addr, addr + len);
                Ok(0)
            }
            Syscall::Mprotect { addr, len, prot } => {
                if !uapi::is_page_aligned(addr) {
                    return Err(Errno::EINVAL.into());
                }
                let end = addr + align(len)?;
                let mut a = addr;
                while a < end {
                    match self.vma_at(pid, a) {
                        Some((_, v)) => a = v.end,
                        None => return Err(Errno::ENOMEM.into()),
                    }
                }
                // Split at the edges, then set the protection of what lies inside.
                let keep: Vec<(u64, u64, u64)> = self
                    .proc(pid)?
                    .vmas
                    .iter()
                    .map(|(s, v)| (*s, v.end, v.prot))
                    .collect();
                let p = self.proc(pid)?;
                p.vmas.clear();
                for (s, e, pr) in keep {
                    let cuts = [s, addr.clamp(s, e), end.clamp(s, e), e];
                    for w in cuts.windows(2) {
                        if w[0] < w[1] {
                            let inside = w[0] >= addr && w[1] <= end;
                            p.vmas.insert(
                                w[0],
                                Vma {
                                    end: w[1],
                                    prot: if inside { prot } else { pr },
                                },
                            );
                        }
                    }
                }
                Ok(0)
            }
            Syscall::Madvise { addr, len, advice } => {
                if advice == MADV_DONTNEED {
                    let end = addr + align(len)?;
                    let pages: Vec<u64> = self
                        .proc(pid)?
                        .ptes
                        .range(addr..end)
                        .map(|(a, _)| *a)
                        .collect();
                    for a in pages {
                        self.unmap_page(pid, a);
                    }
                }
                Ok(0)
            }
            Syscall::Mremap { new_len: 0, .. } => Err(Errno::EINVAL.into()),
            _ => Err(Error::Unsupported(format!(
                "the fake has no {}",
                call.name()
            ))),
        }
    }

    fn fork(&mut self, pid: Pid) -> Result<Pid, Error> {
        let child = self.proc(pid)?.clone();
        for pfn in child.ptes.values() {
            if let Some(f) = self.frames.get_mut(pfn) {
                f.1 += 1;
            }
        }
        let c = self.pid_base + self.next_pid;
        self.next_pid += 1;
        self.procs.insert(c, child);
        Ok(c)
    }

    fn exit(&mut self, pid: Pid) -> Result<(), Error> {
        let p = self
            .procs
            .remove(&pid)
            .ok_or_else(|| Error::Broken(format!("no process {pid}")))?;
        for pfn in p.ptes.values() {
            self.put(*pfn);
        }
        Ok(())
    }

    fn touch(&mut self, pid: Pid, addr: u64, len: u64, kind: AccessKind) -> Result<(), Error> {
        let mut a = addr;
        while a < addr.saturating_add(len) {
            self.fault(pid, a, kind == AccessKind::Write)?;
            a = (a & !(PAGE_SIZE - 1)) + PAGE_SIZE;
        }
        Ok(())
    }

    fn store(&mut self, pid: Pid, addr: u64, data: &[u8]) -> Result<(), Error> {
        for (i, b) in data.iter().enumerate() {
            let a = addr + i as u64;
            let pfn = self.fault(pid, a, true)?;
            if let Some(f) = self.frames.get_mut(&pfn) {
                f.0[(a % PAGE_SIZE) as usize] = *b;
            }
        }
        Ok(())
    }

    fn load(&mut self, pid: Pid, addr: u64, len: u64) -> Result<Vec<u8>, Error> {
        let mut out = Vec::new();
        for i in 0..len {
            let a = addr + i;
            let pfn = self.fault(pid, a, false)?;
            out.push(
                self.frames
                    .get(&pfn)
                    .map_or(0, |f| f.0[(a % PAGE_SIZE) as usize]),
            );
        }
        Ok(out)
    }

    fn read_proc(&mut self, pid: Pid, file: ProcFile) -> Result<String, Error> {
        self.proc(pid)?;
        let entries = self.maps_entries(pid);
        Ok(match file {
            ProcFile::Maps => entries.iter().map(|e| format!("{e}\n")).collect(),
            ProcFile::Smaps => {
                let mut s = String::new();
                for e in &entries {
                    s.push_str(&format!(
                        "{e}\nSize:           {:>8} kB\n",
                        (e.end - e.start) / 1024
                    ));
                    s.push_str(&self.smaps_fields(pid, e.start, e.end));
                    s.push_str("VmFlags: rd wr mr mw me ac \n");
                }
                s
            }
            ProcFile::SmapsRollup => {
                format!(
                    "00000000-ffffffff ---p 00000000 00:00 0 [rollup]\n{}",
                    self.smaps_fields(pid, 0, u64::MAX)
                )
            }
            ProcFile::Meminfo => format!(
                "MemTotal:        1048576 kB\nMemFree:  {:>8} kB\nHugePages_Total:       0\n",
                1048576 - 4 * self.frames.len()
            ),
            ProcFile::Vmstat => {
                format!("nr_free_pages {}\npgfault 0\n", 262144 - self.frames.len())
            }
            _ => "fake\n".to_string(),
        })
    }

    fn pagemap(&mut self, pid: Pid, addr: u64, npages: u64) -> Result<Vec<u64>, Error> {
        let p = self.proc(pid)?.clone();
        Ok((0..npages)
            .map(|i| {
                let a = addr + i * PAGE_SIZE;
                match p.ptes.get(&a) {
                    None => 0,
                    Some(&pfn) => {
                        let excl =
                            pfn != ZERO_PFN && self.frames.get(&pfn).is_some_and(|f| f.1 == 1);
                        pm::PRESENT | pfn | if excl { pm::MMAP_EXCLUSIVE } else { 0 }
                    }
                }
            })
            .collect())
    }

    fn kpageflags(&mut self, pfns: &[u64]) -> Result<Vec<u64>, Error> {
        Ok(pfns
            .iter()
            .map(|pfn| match self.frames.get(pfn) {
                _ if *pfn == ZERO_PFN => 1 << kpf::ZERO_PAGE,
                Some(f) if f.1 == 1 => (1 << kpf::ANON) | (1 << kpf::ANON_EXCLUSIVE),
                Some(_) => 1 << kpf::ANON,
                None => 1 << kpf::NOPAGE,
            })
            .collect())
    }

    fn check_invariants(&mut self) -> Result<(), String> {
        self.invariant_calls += 1;
        match self.fail_invariants_after {
            Some(n) if self.invariant_calls > n => Err(format!(
                "fake invariant broken at call {}",
                self.invariant_calls
            )),
            _ => Ok(()),
        }
    }
}

/// Answers everything but `spawn` with `Unsupported`, like an unfinished model.
pub struct Failing;

impl Kernel for Failing {
    fn name(&self) -> &'static str {
        "model"
    }
    fn spawn(&mut self, _layout: Option<&Layout>) -> Result<Pid, Error> {
        Ok(1)
    }
    fn layout(&mut self, _pid: Pid) -> Result<Layout, Error> {
        Err(Error::Unsupported("no layout".into()))
    }
    fn syscall(&mut self, _pid: Pid, call: &Syscall) -> Result<u64, Error> {
        Err(Error::Unsupported(format!("no {}", call.name())))
    }
    fn fork(&mut self, _pid: Pid) -> Result<Pid, Error> {
        Err(Error::Unsupported("no fork".into()))
    }
    fn exit(&mut self, _pid: Pid) -> Result<(), Error> {
        Err(Error::Unsupported("no exit".into()))
    }
    fn touch(&mut self, _pid: Pid, _addr: u64, _len: u64, _kind: AccessKind) -> Result<(), Error> {
        Err(Error::Unsupported("no touch".into()))
    }
    fn store(&mut self, _pid: Pid, _addr: u64, _data: &[u8]) -> Result<(), Error> {
        Err(Error::Unsupported("no store".into()))
    }
    fn load(&mut self, _pid: Pid, _addr: u64, _len: u64) -> Result<Vec<u8>, Error> {
        Err(Error::Unsupported("no load".into()))
    }
    fn read_proc(&mut self, _pid: Pid, _file: ProcFile) -> Result<String, Error> {
        Err(Error::Unsupported("no /proc".into()))
    }
    fn pagemap(&mut self, _pid: Pid, _addr: u64, _npages: u64) -> Result<Vec<u64>, Error> {
        Err(Error::Unsupported("no pagemap".into()))
    }
    fn kpageflags(&mut self, _pfns: &[u64]) -> Result<Vec<u64>, Error> {
        Err(Error::Unsupported("no kpageflags".into()))
    }
}
