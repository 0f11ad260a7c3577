//! The data-integrity shadow (`mmlab run --verify`, and the tests): a `Kernel` wrapper that
//! remembers every byte a process writes to anonymous memory and checks every byte it reads
//! back, whatever the kernel did in between (COW, fork, migration, reclaim, splits, mremap).
//!
//! What it follows: private anonymous memory per process (a page never written reads as
//! zeroes) and shared anonymous memory per object (what one process writes another sees),
//! through mmap, munmap, mremap, brk, fork (copied, or wiped with MADV_WIPEONFORK, or left out
//! with MADV_DONTFORK), exit and exec, and the madvise advice that changes contents
//! (DONTNEED zeroes private pages, REMOVE zeroes shared ones, FREE and guard regions make them
//! unknowable until unmapped). File mappings and the starting layout are not followed. A
//! mismatch makes the load answer `Error::Broken` naming the address, the byte read and the
//! byte written.

use std::collections::BTreeMap;
use uapi::consts::*;
use uapi::fail::FailSpec;
use uapi::observe::{Layout, ProcFile};
use uapi::{AccessKind, Error, FileFacts, Kernel, PAGE_SIZE, Pid, PinId, Signo, Syscall};

/// What a page of followed memory holds.
#[derive(Clone, Debug)]
enum Page {
    Known(Box<[u8]>),
    /// Lazily freed, guarded, or written through a pin: not checked until replaced.
    Unknown,
}

/// Where a followed page's contents live.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Backing {
    /// Private to the process: keyed by the page's address.
    Private,
    /// A shared anonymous object and the index of the page at `page`.
    Shared { obj: u64, index: u64 },
}

/// Per-page state of a process's followed memory.
#[derive(Clone, Copy, Debug)]
struct Mapped {
    backing: Backing,
    wipe_on_fork: bool,
    dont_fork: bool,
}

pub struct Shadow<K> {
    inner: K,
    /// (pid, page address) -> how that page is backed.
    maps: BTreeMap<(Pid, u64), Mapped>,
    private: BTreeMap<(Pid, u64), Page>,
    shared: BTreeMap<(u64, u64), Page>,
    next_obj: u64,
    brk: BTreeMap<Pid, u64>,
    pins: BTreeMap<PinId, (Pid, u64, u64)>,
    /// Bytes checked by loads, for reports.
    pub checked_bytes: u64,
    last: String,
}

fn pages(addr: u64, len: u64) -> impl Iterator<Item = u64> {
    let start = addr & !(PAGE_SIZE - 1);
    let end = addr.saturating_add(len);
    (start..end).step_by(PAGE_SIZE as usize)
}

impl<K: Kernel> Shadow<K> {
    pub fn new(inner: K) -> Shadow<K> {
        Shadow {
            inner,
            maps: BTreeMap::new(),
            private: BTreeMap::new(),
            shared: BTreeMap::new(),
            next_obj: 0,
            brk: BTreeMap::new(),
            pins: BTreeMap::new(),
            checked_bytes: 0,
            last: String::new(),
        }
    }

    /// The last operation passed through, for tracing.
    pub fn last_op(&self) -> &str {
        &self.last
    }

    pub fn inner(&mut self) -> &mut K {
        &mut self.inner
    }

    fn forget(&mut self, pid: Pid, addr: u64, len: u64) {
        for p in self.followed(pid, addr, len) {
            self.maps.remove(&(pid, p));
            self.private.remove(&(pid, p));
        }
    }

    fn forget_process(&mut self, pid: Pid) {
        self.maps.retain(|&(p, _), _| p != pid);
        self.private.retain(|&(p, _), _| p != pid);
        self.brk.remove(&pid);
    }

    fn map_anon(&mut self, pid: Pid, addr: u64, len: u64, shared: bool) {
        let obj = shared.then(|| {
            self.next_obj += 1;
            self.next_obj
        });
        for (i, p) in pages(addr, len).enumerate() {
            let backing = match obj {
                Some(obj) => Backing::Shared {
                    obj,
                    index: i as u64,
                },
                None => Backing::Private,
            };
            self.maps.insert(
                (pid, p),
                Mapped {
                    backing,
                    wipe_on_fork: false,
                    dont_fork: false,
                },
            );
        }
    }

    /// The page state a byte of `page` lives in, creating it zeroed (`None`: not followed).
    fn page_mut(&mut self, pid: Pid, page: u64) -> Option<&mut Page> {
        let m = self.maps.get(&(pid, page))?;
        let zero = || Page::Known(vec![0u8; PAGE_SIZE as usize].into_boxed_slice());
        Some(match m.backing {
            Backing::Private => self.private.entry((pid, page)).or_insert_with(zero),
            Backing::Shared { obj, index } => self.shared.entry((obj, index)).or_insert_with(zero),
        })
    }

    fn record(&mut self, pid: Pid, addr: u64, data: &[u8]) {
        for (i, &b) in data.iter().enumerate() {
            let a = addr + i as u64;
            if let Some(Page::Known(bytes)) = self.page_mut(pid, a & !(PAGE_SIZE - 1)) {
                bytes[(a & (PAGE_SIZE - 1)) as usize] = b;
            }
        }
    }

    /// The followed pages of `pid` in [addr, addr+len): found in the map, so a huge range
    /// (a call the kernel refused) costs nothing.
    fn followed(&self, pid: Pid, addr: u64, len: u64) -> Vec<u64> {
        let start = addr & !(PAGE_SIZE - 1);
        let end = addr.saturating_add(len);
        self.maps
            .range((pid, start)..(pid, end.max(start)))
            .map(|(&(_, p), _)| p)
            .collect()
    }

    fn mark_unknown(&mut self, pid: Pid, addr: u64, len: u64) {
        for p in self.followed(pid, addr, len) {
            if let Some(page) = self.page_mut(pid, p) {
                *page = Page::Unknown;
            }
        }
    }

    /// Compares bytes read at `addr` with what was written there.
    fn verify(&mut self, pid: Pid, addr: u64, got: &[u8]) -> Result<(), Error> {
        for (i, &b) in got.iter().enumerate() {
            let a = addr + i as u64;
            let page = a & !(PAGE_SIZE - 1);
            let Some(m) = self.maps.get(&(pid, page)).copied() else {
                continue;
            };
            let state = match m.backing {
                Backing::Private => self.private.get(&(pid, page)),
                Backing::Shared { obj, index } => self.shared.get(&(obj, index)),
            };
            let want = match state {
                None => 0,
                Some(Page::Known(bytes)) => bytes[(a & (PAGE_SIZE - 1)) as usize],
                Some(Page::Unknown) => continue,
            };
            self.checked_bytes += 1;
            if b != want {
                return Err(Error::Broken(format!(
                    "data-integrity shadow: the byte at {a:#x} reads {b:#04x}, but {want:#04x} was written there"
                )));
            }
        }
        Ok(())
    }

    /// Moves what is followed at [old, old+len) to [new, new+len).
    fn relocate(&mut self, pid: Pid, old: u64, new: u64, len: u64, keep_source: bool) {
        let mut moved = Vec::new();
        for p in pages(old, len) {
            let m = if keep_source {
                self.maps.get(&(pid, p)).copied()
            } else {
                self.maps.remove(&(pid, p))
            };
            // The contents move; MREMAP_DONTUNMAP leaves the source mapped and empty.
            let data = self.private.remove(&(pid, p));
            moved.push((p - old, m, data));
        }
        self.forget(pid, new, len);
        for (off, m, data) in moved {
            if let Some(m) = m {
                self.maps.insert((pid, new + off), m);
            }
            if let Some(d) = data {
                self.private.insert((pid, new + off), d);
            }
        }
    }

    fn after_syscall(&mut self, pid: Pid, call: &Syscall, ret: u64) {
        match *call {
            Syscall::Mmap { len, flags, .. } => {
                let len = uapi::page_align(len).unwrap_or(len);
                self.forget(pid, ret, len);
                if flags & MAP_ANONYMOUS != 0 {
                    self.map_anon(pid, ret, len, flags & MAP_TYPE == MAP_SHARED);
                }
            }
            Syscall::Munmap { addr, len } => self.forget(pid, addr, len),
            Syscall::Mremap {
                old_addr,
                old_len,
                new_len,
                flags,
                ..
            } => {
                let old_len_p = uapi::page_align(old_len).unwrap_or(old_len);
                let new_len_p = uapi::page_align(new_len).unwrap_or(new_len);
                let first = self.maps.get(&(pid, old_addr)).copied();
                if old_len == 0 {
                    // A second mapping of the same shared object.
                    if let Some(Mapped {
                        backing: Backing::Shared { obj, index },
                        ..
                    }) = first
                    {
                        for (i, p) in pages(ret, new_len_p).enumerate() {
                            self.maps.insert(
                                (pid, p),
                                Mapped {
                                    backing: Backing::Shared {
                                        obj,
                                        index: index + i as u64,
                                    },
                                    wipe_on_fork: false,
                                    dont_fork: false,
                                },
                            );
                        }
                    }
                    return;
                }
                let kept = old_len_p.min(new_len_p);
                if ret != old_addr {
                    let before: Vec<(u64, Option<Mapped>)> = pages(old_addr, old_len_p)
                        .map(|p| (p, self.maps.get(&(pid, p)).copied()))
                        .collect();
                    self.relocate(pid, old_addr, ret, kept, flags & MREMAP_DONTUNMAP != 0);
                    if flags & MREMAP_DONTUNMAP == 0 {
                        self.forget(pid, old_addr, old_len_p);
                        // Linux ignores a split it cannot make when unmapping the source
                        // (unmap_source_vma): what stayed mapped there still maps its object,
                        // emptied of private pages.
                        let still = self.kernel_vmas(pid);
                        for (p, m) in before {
                            if let Some(m) = m
                                && still.iter().any(|v| v.maps.start <= p && p < v.maps.end)
                            {
                                self.maps.insert((pid, p), m);
                            }
                        }
                    }
                } else if new_len_p < old_len_p {
                    self.forget(pid, old_addr + new_len_p, old_len_p - new_len_p);
                }
                // Growth continues the last page's backing.
                if new_len_p > old_len_p
                    && let Some(last) = self.maps.get(&(pid, ret + kept - PAGE_SIZE)).copied()
                {
                    for (i, p) in pages(ret + kept, new_len_p - kept).enumerate() {
                        let backing = match last.backing {
                            Backing::Private => Backing::Private,
                            Backing::Shared { obj, index } => Backing::Shared {
                                obj,
                                index: index + 1 + i as u64,
                            },
                        };
                        self.maps.insert((pid, p), Mapped { backing, ..last });
                    }
                }
            }
            Syscall::Brk { .. } => {
                let old = *self.brk.entry(pid).or_insert(ret);
                if ret > old {
                    for p in pages(old, ret - old) {
                        self.maps.insert(
                            (pid, p),
                            Mapped {
                                backing: Backing::Private,
                                wipe_on_fork: false,
                                dont_fork: false,
                            },
                        );
                    }
                } else if ret < old {
                    self.forget(pid, ret, old - ret);
                }
                self.brk.insert(pid, ret);
            }
            Syscall::Madvise { addr, len, advice } => self.advise(pid, addr, len, advice),
            _ => {}
        }
    }

    fn advise(&mut self, pid: Pid, addr: u64, len: u64, advice: u64) {
        if sets_fork_flags(advice) {
            return self.fork_flags_from_kernel(pid, addr, len);
        }
        for p in self.followed(pid, addr, len) {
            let Some(m) = self.maps.get_mut(&(pid, p)) else {
                continue;
            };
            match advice {
                MADV_DONTNEED | MADV_DONTNEED_LOCKED if m.backing == Backing::Private => {
                    self.private.remove(&(pid, p));
                }
                MADV_REMOVE => {
                    if let Backing::Shared { obj, index } = m.backing {
                        self.shared.remove(&(obj, index));
                    }
                }
                MADV_FREE | MADV_GUARD_INSTALL if m.backing == Backing::Private => {
                    self.private.insert((pid, p), Page::Unknown);
                }
                _ => {}
            }
        }
    }

    /// These advices split VMAs, so an allocation failure can leave them applied to part of
    /// the range: the VMA flags the kernel shows (VM_WIPEONFORK `wf`, VM_DONTCOPY `dc`) say
    /// where.
    fn fork_flags_from_kernel(&mut self, pid: Pid, addr: u64, len: u64) {
        let vmas = self.kernel_vmas(pid);
        for p in self.followed(pid, addr, len) {
            let Some(m) = self.maps.get_mut(&(pid, p)) else {
                continue;
            };
            if let Some(v) = vmas.iter().find(|v| v.maps.start <= p && p < v.maps.end) {
                m.wipe_on_fork = v.has_flag("wf");
                m.dont_fork = v.has_flag("dc");
            }
        }
    }

    /// The VMAs the kernel shows for `pid` (none if it cannot say).
    fn kernel_vmas(&mut self, pid: Pid) -> Vec<uapi::SmapsEntry> {
        self.inner
            .read_proc(pid, ProcFile::Smaps)
            .ok()
            .and_then(|t| uapi::observe::parse_smaps(&t).ok())
            .unwrap_or_default()
    }

    /// A process the kernel says was killed is forgotten.
    fn note<T>(&mut self, pid: Pid, r: Result<T, Error>) -> Result<T, Error> {
        if let Err(Error::Signal(s)) = &r
            && s.signo == Signo::Kill
        {
            self.forget_process(pid);
        }
        r
    }
}

impl<K: Kernel> Kernel for Shadow<K> {
    fn name(&self) -> &'static str {
        self.inner.name()
    }

    fn spawn(&mut self, layout: Option<&Layout>) -> Result<Pid, Error> {
        self.inner.spawn(layout)
    }

    fn layout(&mut self, pid: Pid) -> Result<Layout, Error> {
        self.inner.layout(pid)
    }

    fn syscall(&mut self, pid: Pid, call: &Syscall) -> Result<u64, Error> {
        self.last = format!("{call}");
        if matches!(call, Syscall::Brk { .. })
            && !self.brk.contains_key(&pid)
            && let Ok(l) = self.inner.layout(pid)
        {
            self.brk.insert(pid, l.brk);
        }
        let r = self.inner.syscall(pid, call);
        match (&r, call) {
            (Ok(v), _) => self.after_syscall(pid, call, *v),
            // madvise over a hole (or out of memory part way) applies to the mapped parts,
            // then says ENOMEM.
            (Err(Error::Errno(uapi::Errno::ENOMEM)), Syscall::Madvise { addr, len, advice }) => {
                self.advise(pid, *addr, *len, *advice)
            }
            // An advice a later VMA refuses (EINVAL, EAGAIN) has already changed the earlier
            // ones: for the fork flags the kernel's VMAs say which.
            (Err(Error::Errno(_)), Syscall::Madvise { addr, len, advice })
                if sets_fork_flags(*advice) =>
            {
                self.fork_flags_from_kernel(pid, *addr, *len)
            }
            // Contents an advice may have dropped before a later VMA refused it are no longer
            // known.
            (Err(Error::Errno(_)), Syscall::Madvise { addr, len, advice })
                if matches!(
                    *advice,
                    MADV_DONTNEED
                        | MADV_DONTNEED_LOCKED
                        | MADV_FREE
                        | MADV_GUARD_INSTALL
                        | MADV_REMOVE
                ) =>
            {
                self.mark_unknown(pid, *addr, *len)
            }
            _ => {}
        }
        self.note(pid, r)
    }

    fn fork(&mut self, pid: Pid) -> Result<Pid, Error> {
        self.last = "fork".into();
        let child = self.inner.fork(pid);
        let child = self.note(pid, child)?;
        let maps: Vec<((Pid, u64), Mapped)> = self
            .maps
            .range((pid, 0)..=(pid, u64::MAX))
            .map(|(&k, &v)| (k, v))
            .collect();
        for ((_, page), m) in maps {
            if m.dont_fork {
                continue;
            }
            self.maps.insert((child, page), m);
            if m.backing == Backing::Private
                && !m.wipe_on_fork
                && let Some(data) = self.private.get(&(pid, page)).cloned()
            {
                self.private.insert((child, page), data);
            }
        }
        if let Some(&b) = self.brk.get(&pid) {
            self.brk.insert(child, b);
        }
        Ok(child)
    }

    fn exit(&mut self, pid: Pid) -> Result<(), Error> {
        self.forget_process(pid);
        self.pins.retain(|_, (p, _, _)| *p != pid);
        self.inner.exit(pid)
    }

    fn touch(&mut self, pid: Pid, addr: u64, len: u64, kind: AccessKind) -> Result<(), Error> {
        self.last = format!("touch {addr:#x} {len} {kind:?}");
        let r = self.inner.touch(pid, addr, len, kind);
        self.note(pid, r)
    }

    fn store(&mut self, pid: Pid, addr: u64, data: &[u8]) -> Result<(), Error> {
        self.last = format!(
            "store {addr:#x} {} of {:#x}",
            data.len(),
            data.first().copied().unwrap_or(0)
        );
        let r = self.inner.store(pid, addr, data);
        let written = match &r {
            Ok(()) => data.len() as u64,
            // The bytes before the faulting page were written.
            Err(Error::Signal(s)) if s.signo != Signo::Kill => (s.addr & !(PAGE_SIZE - 1))
                .saturating_sub(addr)
                .min(data.len() as u64),
            Err(_) => 0,
        };
        self.record(pid, addr, &data[..written as usize]);
        if let Err(Error::Signal(s)) = &r
            && s.signo == Signo::Kill
        {
            // Killed part way: what reached shared memory before the kill is not known (the
            // private part dies with the process).
            self.mark_unknown(pid, addr, data.len() as u64);
        }
        self.note(pid, r)
    }

    fn load(&mut self, pid: Pid, addr: u64, len: u64) -> Result<Vec<u8>, Error> {
        self.last = format!("load {addr:#x} {len}");
        let r = self.inner.load(pid, addr, len);
        let bytes = self.note(pid, r)?;
        self.verify(pid, addr, &bytes)?;
        Ok(bytes)
    }

    fn read_proc(&mut self, pid: Pid, file: ProcFile) -> Result<String, Error> {
        self.inner.read_proc(pid, file)
    }

    fn pagemap(&mut self, pid: Pid, addr: u64, npages: u64) -> Result<Vec<u64>, Error> {
        self.inner.pagemap(pid, addr, npages)
    }

    fn kpageflags(&mut self, pfns: &[u64]) -> Result<Vec<u64>, Error> {
        self.inner.kpageflags(pfns)
    }

    fn pin(&mut self, pid: Pid, addr: u64, len: u64, foll: u64) -> Result<PinId, Error> {
        let id = self.inner.pin(pid, addr, len, foll)?;
        self.pins.insert(id, (pid, addr, len));
        Ok(id)
    }

    fn unpin(&mut self, pin: PinId) -> Result<(), Error> {
        self.pins.remove(&pin);
        self.inner.unpin(pin)
    }

    fn pin_load(&mut self, pin: PinId, offset: u64, len: u64) -> Result<Vec<u8>, Error> {
        self.inner.pin_load(pin, offset, len)
    }

    fn pin_store(&mut self, pin: PinId, offset: u64, data: &[u8]) -> Result<(), Error> {
        // A device's write lands in the pinned frames, which the process may or may not still
        // map: those bytes are no longer checked.
        if let Some(&(pid, addr, _)) = self.pins.get(&pin) {
            self.mark_unknown(pid, addr + offset, data.len() as u64);
        }
        self.inner.pin_store(pin, offset, data)
    }

    fn mem_write(&mut self, pid: Pid, addr: u64, data: &[u8]) -> Result<u64, Error> {
        let n = self.inner.mem_write(pid, addr, data)?;
        self.record(pid, addr, &data[..(n as usize).min(data.len())]);
        Ok(n)
    }

    fn mem_read(&mut self, pid: Pid, addr: u64, len: u64) -> Result<Vec<u8>, Error> {
        let bytes = self.inner.mem_read(pid, addr, len)?;
        self.verify(pid, addr, &bytes)?;
        Ok(bytes)
    }

    fn migrate(&mut self, pid: Pid, addr: u64, len: u64) -> Result<u64, Error> {
        self.inner.migrate(pid, addr, len)
    }

    fn open(
        &mut self,
        pid: Pid,
        facts: &FileFacts,
        flags: u64,
        fd: Option<i64>,
    ) -> Result<i64, Error> {
        self.inner.open(pid, facts, flags, fd)
    }

    fn close(&mut self, pid: Pid, fd: i64) -> Result<(), Error> {
        self.inner.close(pid, fd)
    }

    fn set_fail(&mut self, spec: &FailSpec) -> Result<(), Error> {
        self.inner.set_fail(spec)
    }

    fn exec(&mut self, pid: Pid, layout: &Layout) -> Result<(), Error> {
        self.forget_process(pid);
        self.inner.exec(pid, layout)
    }

    fn check_invariants(&mut self) -> Result<(), String> {
        self.inner.check_invariants()
    }
}

/// The advices that set or clear VM_WIPEONFORK or VM_DONTCOPY, splitting VMAs to do so.
fn sets_fork_flags(advice: u64) -> bool {
    matches!(
        advice,
        MADV_WIPEONFORK | MADV_KEEPONFORK | MADV_DONTFORK | MADV_DOFORK
    )
}
