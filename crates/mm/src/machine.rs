//! `Machine`: one simulated computer. It owns every subsystem (physical memory, address
//! spaces, VMAs, anon_vmas, files, counters); the `uapi::Kernel` impl at the bottom is a thin
//! dispatch layer onto the syscall and fault code in the modules named after Linux's files.

use crate::anon_vma::{AnonVma, Avc};
use crate::arch::x86_64::vm_get_page_prot;
use crate::arena::Arena;
use crate::mm_struct::{Mm, MmId};
use crate::phys::Pfn;
use crate::phys::frames::{Backing, Frames};
use crate::phys::page::{Page, PageFlags};
use crate::phys::page_alloc::{AllocConfig, PageAlloc};
use crate::pin::Pin;
use crate::referenced::RmapLockKey;
use crate::shmem::{File, FileId, FileKind};
use crate::stats::Stats;
use crate::swap::LruBatches;
use crate::vma::{VmFlags, Vma, VmaName};
use std::collections::BTreeMap;
use uapi::observe::{Layout, ProcFile, SmapsEntry};
use uapi::{
    AccessKind, Errno, Error, Kernel, PAGE_SHIFT, PAGE_SIZE, Pid, PinId, Syscall, TASK_SIZE,
};

/// Machine settings (the scenario's `machine` line).
#[derive(Clone, Debug)]
pub struct Config {
    pub ram_bytes: u64,
    /// Run check.rs after every operation and report a violation as a broken step.
    pub check_every_step: bool,
    /// `vm.mmap_min_addr` for processes without an imported layout.
    pub mmap_min_addr: u64,
    /// `stack_guard_gap` (boot parameter, 256 pages by default).
    pub stack_guard_gap: u64,
    /// `vm.max_map_count`.
    pub max_map_count: u64,
    /// When the host backs simulated RAM (benchmarks want it prefaulted).
    pub backing: Backing,
    /// The page allocator's settings: fallback policy, CPUs, ZONE_MOVABLE, watermarks.
    pub alloc: AllocConfig,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            ram_bytes: 1 << 30,
            check_every_step: false,
            mmap_min_addr: 4096,
            stack_guard_gap: 256 * PAGE_SIZE,
            max_map_count: 65530,
            backing: Backing::Lazy,
            alloc: AllocConfig::default(),
        }
    }
}

pub struct Process {
    pub mm: MmId,
    /// Open file descriptors.
    pub fds: crate::filemap::FdTable,
}

pub struct Machine {
    pub(crate) config: Config,
    pub(crate) frames: Frames,
    pub(crate) pages: Vec<Page>,
    pub(crate) alloc: PageAlloc,
    /// The shared zero page (`ZERO_PAGE(0)`).
    pub(crate) zero_pfn: Pfn,
    /// Frames never given to the allocator (firmware, kernel image): excluded from MemTotal.
    pub(crate) reserved_frames: u64,
    pub(crate) mms: Arena<Mm>,
    pub(crate) vmas: Arena<Vma>,
    pub(crate) anon_vmas: Arena<AnonVma>,
    pub(crate) avcs: Arena<Avc>,
    pub(crate) files: Arena<File>,
    /// Regular files by (device major, minor, inode number): the inodes in use.
    pub(crate) inodes: BTreeMap<(u32, u32, u64), FileId>,
    /// Serial of the last `open` (the model's `struct file` identity).
    pub(crate) next_filp: u32,
    pub(crate) procs: BTreeMap<Pid, Process>,
    next_pid: Pid,
    /// `get_next_ino()` for shmem inodes.
    pub(crate) next_ino: u64,
    pub(crate) stats: Stats,
    /// The per-CPU folio batches of the one simulated CPU.
    pub(crate) lru: LruBatches,
    /// Pins and references held for processes (`Kernel::pin`), by id.
    pub(crate) pins: BTreeMap<PinId, Pin>,
    pub(crate) next_pin: PinId,
    /// Which allocations fail (failure injection).
    pub(crate) fail: crate::fail::FailState,
    /// Processes the OOM killer killed: what they would do next answers SIGKILL.
    pub(crate) oom_killed: std::collections::BTreeSet<Pid>,
    /// rmap locks another (simulated) CPU holds, for try-lock walks to find contended.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) rmap_locks_held: std::collections::BTreeSet<RmapLockKey>,
}

/// Frames kept back at boot, like the low memory and kernel image Linux reserves.
const RESERVED_FRAMES: u64 = 256;

impl Machine {
    pub fn new(config: Config) -> Result<Machine, String> {
        let nr = config.ram_bytes / PAGE_SIZE;
        if nr < 1024 || !config.ram_bytes.is_multiple_of(PAGE_SIZE) {
            return Err(format!(
                "ram={} is too small or not page-aligned (at least 4M)",
                config.ram_bytes
            ));
        }
        if nr > u32::MAX as u64 / 2 {
            return Err(format!(
                "ram={} is larger than the model supports",
                config.ram_bytes
            ));
        }
        let mut pages = vec![Page::default(); nr as usize];
        for p in pages.iter_mut().take(RESERVED_FRAMES as usize) {
            p.flags = PageFlags::RESERVED;
            p.refcount = 1;
        }
        let alloc = PageAlloc::new(&mut pages, RESERVED_FRAMES, config.alloc);
        // The zero page is one of the reserved frames, like Linux's static empty_zero_page.
        let zero_pfn = Pfn(1);
        pages[zero_pfn.idx()].flags |= PageFlags::ZERO;
        Ok(Machine {
            frames: Frames::new(nr, config.backing),
            pages,
            alloc,
            zero_pfn,
            reserved_frames: RESERVED_FRAMES,
            mms: Arena::default(),
            vmas: Arena::default(),
            anon_vmas: Arena::default(),
            avcs: Arena::default(),
            files: Arena::default(),
            inodes: BTreeMap::new(),
            next_filp: 0,
            procs: BTreeMap::new(),
            next_pid: 1,
            next_ino: 1024,
            stats: Stats::default(),
            lru: LruBatches::default(),
            pins: BTreeMap::new(),
            next_pin: 0,
            rmap_locks_held: Default::default(),
            fail: Default::default(),
            oom_killed: Default::default(),
            config,
        })
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub(crate) fn mm_of(&self, pid: Pid) -> Result<MmId, Error> {
        if self.oom_killed.contains(&pid) {
            return Err(Error::Signal(uapi::SigInfo::kill()));
        }
        self.procs
            .get(&pid)
            .map(|p| p.mm)
            .ok_or_else(|| Error::Broken(format!("no process {pid} in the model")))
    }

    /// The process whose address space `mm` is.
    pub(crate) fn pid_of(&self, mm: MmId) -> Option<Pid> {
        self.procs
            .iter()
            .find(|(_, p)| p.mm == mm)
            .map(|(&pid, _)| pid)
    }

    pub(crate) fn new_pid(&mut self, mm: MmId) -> Pid {
        let pid = self.next_pid;
        self.next_pid += 1;
        self.procs.insert(
            pid,
            Process {
                mm,
                fds: Default::default(),
            },
        );
        pid
    }

    /// Frames on the free lists (`NR_FREE_PAGES`, MemFree): per-CPU lists not included.
    pub fn nr_free_pages(&self) -> u64 {
        self.alloc.nr_free_pages()
    }

    /// Free frames wherever they are, the per-CPU lists included.
    pub fn nr_free_pages_with_pcp(&self) -> u64 {
        self.nr_free_pages()
            + self
                .alloc
                .zones
                .iter()
                .flat_map(|z| z.pcp.iter())
                .map(|p| p.count)
                .sum::<u64>()
    }

    /// The page allocator (zones, free lists, counters), for inspection.
    pub fn page_alloc(&self) -> &PageAlloc {
        &self.alloc
    }

    /// Allocations counted and made to fail since the failure spec was set.
    pub fn fail_counts(&self) -> (u64, u64) {
        (self.fail.seen, self.fail.injected)
    }

    /// Returns every per-CPU page to the buddy lists (`drain_all_pages`).
    pub fn drain_all_pages(&mut self) {
        self.alloc.drain_all_pages(&mut self.pages);
    }

    /// Frames the allocator manages (MemTotal).
    pub fn nr_managed_pages(&self) -> u64 {
        self.pages.len() as u64 - self.reserved_frames
    }

    /// Creates a process whose address space is `layout` (or a typical fresh one).
    fn spawn_mm(&mut self, layout: &Layout) -> Result<Pid, Error> {
        let mm = self.mm_from_layout(layout)?;
        Ok(self.new_pid(mm))
    }

    /// An address space built from `layout` (`vm.mmap_min_addr` is the layout's machine's).
    fn mm_from_layout(&mut self, layout: &Layout) -> Result<MmId, Error> {
        self.config.mmap_min_addr = layout.mmap_min_addr;
        let pgd = self.pgd_alloc().map_err(|_| Error::Errno(Errno::ENOMEM))?;
        let mm = self.mms.alloc(Mm::new(pgd));
        {
            let m = &mut self.mms[mm];
            m.mmap_base = layout.mmap_base;
            m.start_brk = layout.start_brk;
            m.brk = layout.brk;
        }
        let mut files_by_inode: BTreeMap<(u32, u32, u64), FileId> = BTreeMap::new();
        for e in &layout.vmas {
            if let Err(e) = self.import_vma(mm, e, &mut files_by_inode) {
                self.exit_mmap(mm);
                return Err(e);
            }
        }
        self.mms[mm].runtime_tables = layout.pte_tables.clone();
        if self.runtime_tables_alloc(mm).is_err() {
            self.exit_mmap(mm);
            return Err(Error::Errno(Errno::ENOMEM));
        }
        Ok(mm)
    }

    fn import_vma(
        &mut self,
        mm: MmId,
        e: &SmapsEntry,
        files: &mut BTreeMap<(u32, u32, u64), FileId>,
    ) -> Result<(), Error> {
        let m = &e.maps;
        let mut flags = VmFlags::empty();
        for code in &e.vm_flags {
            flags |= VmFlags::from_mnemonic(code).ok_or_else(|| {
                Error::Unsupported(format!("imported VMA {m}: unknown VmFlags code {code:?}"))
            })?;
        }
        if m.start >= TASK_SIZE {
            self.mms[mm].gate = Some((m.clone(), flags));
            return Ok(());
        }
        let (file, name, pgoff) = if m.name.starts_with('/') && m.inode != 0 {
            let key = (m.dev_major, m.dev_minor, m.inode);
            let fid = *files.entry(key).or_insert_with(|| {
                self.files.alloc(File {
                    kind: FileKind::Imported {
                        path: m.name.clone(),
                    },
                    dev_major: m.dev_major,
                    dev_minor: m.dev_minor,
                    inode: m.inode,
                    size_bytes: 0,
                    pages: BTreeMap::new(),
                    vmas: Vec::new(),
                    opens: 0,
                    punched: Default::default(),
                })
            });
            (Some(fid), VmaName::None, m.offset >> PAGE_SHIFT)
        } else {
            let name = match m.name.as_str() {
                "" | "[heap]" => VmaName::None,
                "[stack]" => {
                    // The initial stack pointer lies in the top page of the stack VMA.
                    self.mms[mm].start_stack = m.end - PAGE_SIZE;
                    VmaName::None
                }
                other => VmaName::Special(other.to_string()),
            };
            (None, name, m.start >> PAGE_SHIFT)
        };
        let vma = self.vmas.alloc(Vma {
            mm,
            start: m.start,
            end: m.end,
            pgoff,
            flags,
            page_prot: vm_get_page_prot(flags),
            anon_vma: None,
            chain: Vec::new(),
            file,
            filp: 0,
            name,
        });
        if let Some(f) = file {
            self.files[f].vmas.push(vma);
        }
        self.mms[mm].tree.insert(&self.vmas, vma);
        self.vm_stat_account(mm, flags, ((m.end - m.start) >> PAGE_SHIFT) as i64);
        // A VMA that already has anonymous pages on the host has an anon_vma there.
        if e.field("Anonymous").unwrap_or(0) > 0 && !flags.contains(VmFlags::SHARED) {
            self.anon_vma_prepare(vma)
                .map_err(|_| Error::Errno(Errno::ENOMEM))?;
        }
        Ok(())
    }

    /// Runs check.rs if the configuration asks for it after every step.
    fn after_step<T>(&mut self, r: Result<T, Error>) -> Result<T, Error> {
        if self.config.check_every_step
            && let Err(v) = self.check()
        {
            return Err(Error::Broken(format!("invariant violated: {v}")));
        }
        r
    }

    fn dispatch(&mut self, pid: Pid, call: &Syscall) -> Result<u64, Error> {
        let mm = self.mm_of(pid)?;
        let r = match *call {
            Syscall::Mmap {
                addr,
                len,
                prot,
                flags,
                fd,
                off,
            } => self.sys_mmap(mm, addr, len, prot, flags, fd, off),
            Syscall::Munmap { addr, len } => self.sys_munmap(mm, addr, len).map(|()| 0),
            Syscall::Mprotect { addr, len, prot } => {
                self.sys_mprotect(mm, addr, len, prot).map(|()| 0)
            }
            Syscall::Madvise { addr, len, advice } => {
                return self.sys_madvise(mm, addr, len, advice);
            }
            Syscall::Mremap {
                old_addr,
                old_len,
                new_len,
                flags,
                new_addr,
            } => self.sys_mremap(mm, old_addr, old_len, new_len, flags, new_addr),
            Syscall::Brk { addr } => Ok(self.sys_brk(mm, addr)),
            Syscall::Mlock { addr, len } => return self.sys_mlock(mm, addr, len, None),
            Syscall::Mlock2 { addr, len, flags } => {
                return self.sys_mlock(mm, addr, len, Some(flags));
            }
            Syscall::Munlock { addr, len } => return self.sys_munlock(mm, addr, len),
            Syscall::Mseal { addr, len, flags } => self.sys_mseal(mm, addr, len, flags),
        };
        r.map_err(Error::Errno)
    }
}

/// The address-space facts of a fresh process when no host layout is imported: a capture of a
/// release-built host worker on the reference machine (Linux 6.18, no ASLR, 8 MiB stack limit;
/// `cargo run --release -p oracle --example host-layout -- --smaps`, with the binary's path
/// replaced), so `mmlab run` places mappings where `mmlab diff` finds them on that host.
pub fn default_layout() -> Layout {
    const SMAPS: &str = include_str!("default_layout.smaps");
    let vmas = uapi::observe::parse_smaps(SMAPS).expect("the embedded default layout parses");
    let heap = vmas
        .iter()
        .find(|v| v.maps.name == "[heap]")
        .map(|v| (v.maps.start, v.maps.end));
    let (start_brk, brk) = heap.unwrap_or((0x5555_5555_8000, 0x5555_5555_8000));
    let pte_tables = uapi::observe::pte_table_regions_by_rss(&vmas);
    Layout {
        vmas,
        mmap_base: 0x7fff_f7ff_f000,
        start_brk,
        brk,
        mmap_min_addr: 4096,
        pte_tables,
    }
}

impl Kernel for Machine {
    fn name(&self) -> &'static str {
        "model"
    }

    fn spawn(&mut self, layout: Option<&Layout>) -> Result<Pid, Error> {
        let r = match layout {
            Some(l) => self.spawn_mm(l),
            None => self.spawn_mm(&default_layout()),
        };
        self.after_step(r)
    }

    fn layout(&mut self, pid: Pid) -> Result<Layout, Error> {
        let mm = self.mm_of(pid)?;
        let vmas = uapi::observe::parse_smaps(&self.proc_smaps(mm)).map_err(Error::Broken)?;
        let m = &self.mms[mm];
        Ok(Layout {
            vmas,
            mmap_base: m.mmap_base,
            start_brk: m.start_brk,
            brk: m.brk,
            mmap_min_addr: self.config.mmap_min_addr,
            pte_tables: m.runtime_tables.clone(),
        })
    }

    fn syscall(&mut self, pid: Pid, call: &Syscall) -> Result<u64, Error> {
        let r = self.dispatch(pid, call);
        self.after_step(r)
    }

    fn fork(&mut self, pid: Pid) -> Result<Pid, Error> {
        let mm = self.mm_of(pid)?;
        let r = self.sys_fork(mm).map_err(Error::Errno);
        if let Ok(child) = r {
            self.dup_fd(pid, child);
        }
        self.after_step(r)
    }

    fn exit(&mut self, pid: Pid) -> Result<(), Error> {
        // A process the OOM killer took is already gone.
        if self.oom_killed.remove(&pid) {
            return self.after_step(Ok(()));
        }
        let mm = self.mm_of(pid)?;
        let proc = self.procs.remove(&pid).expect("mm_of found it");
        self.release_pins_of(mm);
        self.exit_mmap(mm);
        self.exit_files(proc.fds);
        self.after_step(Ok(()))
    }

    fn set_fail(&mut self, spec: &uapi::fail::FailSpec) -> Result<(), Error> {
        self.fail = crate::fail::FailState::new(*spec);
        Ok(())
    }

    fn exec(&mut self, pid: Pid, layout: &Layout) -> Result<(), Error> {
        let old = self.mm_of(pid)?;
        // exec_mmap: the new address space is set up before the old one goes.
        let r = self.mm_from_layout(layout).map(|new| {
            self.procs.get_mut(&pid).expect("mm_of found it").mm = new;
            self.release_pins_of(old);
            self.exit_mmap(old);
        });
        self.after_step(r)
    }

    fn open(
        &mut self,
        pid: Pid,
        facts: &uapi::FileFacts,
        flags: u64,
        fd: Option<i64>,
    ) -> Result<i64, Error> {
        self.mm_of(pid)?;
        let r = self.sys_open(pid, facts, flags, fd).map_err(Error::Errno);
        self.after_step(r)
    }

    fn close(&mut self, pid: Pid, fd: i64) -> Result<(), Error> {
        self.mm_of(pid)?;
        let r = self.sys_close(pid, fd).map_err(Error::Errno);
        self.after_step(r)
    }

    fn touch(&mut self, pid: Pid, addr: u64, len: u64, kind: AccessKind) -> Result<(), Error> {
        let mm = self.mm_of(pid)?;
        let r = self.touch_range(mm, addr, len, kind);
        self.after_step(r)
    }

    fn store(&mut self, pid: Pid, addr: u64, data: &[u8]) -> Result<(), Error> {
        let mm = self.mm_of(pid)?;
        let r = self.store_bytes(mm, addr, data);
        self.after_step(r)
    }

    fn load(&mut self, pid: Pid, addr: u64, len: u64) -> Result<Vec<u8>, Error> {
        let mm = self.mm_of(pid)?;
        let r = self.load_bytes(mm, addr, len);
        self.after_step(r)
    }

    fn read_proc(&mut self, pid: Pid, file: ProcFile) -> Result<String, Error> {
        let mm = self.mm_of(pid)?;
        match file {
            ProcFile::Maps => Ok(self.proc_maps(mm)),
            ProcFile::Smaps => Ok(self.proc_smaps(mm)),
            ProcFile::SmapsRollup => Ok(self.proc_smaps_rollup(mm)),
            ProcFile::Status => Ok(self.proc_status(mm)),
            ProcFile::Meminfo => Ok(self.proc_meminfo()),
            ProcFile::Vmstat => Ok(self.proc_vmstat()),
            ProcFile::Buddyinfo => Ok(self.proc_buddyinfo()),
            ProcFile::Pagetypeinfo => Ok(self.proc_pagetypeinfo()),
            ProcFile::Zoneinfo => Ok(self.proc_zoneinfo()),
        }
    }

    fn pagemap(&mut self, pid: Pid, addr: u64, npages: u64) -> Result<Vec<u64>, Error> {
        let mm = self.mm_of(pid)?;
        Ok(self.proc_pagemap(mm, addr, npages))
    }

    fn kpageflags(&mut self, pfns: &[u64]) -> Result<Vec<u64>, Error> {
        Ok(pfns.iter().map(|&p| self.proc_kpageflags(p)).collect())
    }

    fn pin(&mut self, pid: Pid, addr: u64, len: u64, foll: u64) -> Result<PinId, Error> {
        let mm = self.mm_of(pid)?;
        let r = self.pin_range(mm, addr, len, foll);
        self.after_step(r)
    }

    fn unpin(&mut self, pin: PinId) -> Result<(), Error> {
        let r = Machine::unpin(self, pin);
        self.after_step(r)
    }

    fn pin_load(&mut self, pin: PinId, offset: u64, len: u64) -> Result<Vec<u8>, Error> {
        Machine::pin_load(self, pin, offset, len)
    }

    fn pin_store(&mut self, pin: PinId, offset: u64, data: &[u8]) -> Result<(), Error> {
        let r = Machine::pin_store(self, pin, offset, data);
        self.after_step(r)
    }

    fn mem_write(&mut self, pid: Pid, addr: u64, data: &[u8]) -> Result<u64, Error> {
        let mm = self.mm_of(pid)?;
        let r = self
            .access_remote_vm(mm, addr, data.len() as u64, Some(data))
            .map(|(n, _)| n);
        self.after_step(r)
    }

    fn mem_read(&mut self, pid: Pid, addr: u64, len: u64) -> Result<Vec<u8>, Error> {
        let mm = self.mm_of(pid)?;
        let r = self.access_remote_vm(mm, addr, len, None).map(|(_, b)| b);
        self.after_step(r)
    }

    fn migrate(&mut self, pid: Pid, addr: u64, len: u64) -> Result<u64, Error> {
        let mm = self.mm_of(pid)?;
        let r = self.migrate_range(mm, addr, len);
        self.after_step(r)
    }

    fn check_invariants(&mut self) -> Result<(), String> {
        self.check()
    }
}
