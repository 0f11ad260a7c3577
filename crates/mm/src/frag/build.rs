//! The kernel-build background of thpchallenge (`thpchallenge-kernel-build`): `make -j` over a
//! source tree, one compiler process per source file. A process is born with its kernel
//! objects (task, mm, signal and sighand structs, a vmalloc'd stack, VMAs, the PGD and upper
//! page tables: all unmovable), reads its source file and a set of headers through the page
//! cache (the headers stay hot), grows its anonymous memory with a PTE page per 2 MiB, writes
//! its object file, and exits, freeing all of it. Short-lived unmovable kernel memory
//! interleaved with movable memory is what this background adds to the file server's
//! reclaimable slab churn.

use super::slab::ObjRef;
use super::world::{Access, CacheId, FILE_PAGES, Lru, World};
use crate::phys::Pfn;
use crate::phys::gfp::Gfp;
use crate::phys::pageblock::PAGEBLOCK_NR_PAGES;

/// Headers a compiler process reads.
const HEADERS_PER_JOB: u64 = 48;
/// VMAs of a compiler process (binary, libraries, heap, stack, anonymous arenas).
const VMAS_PER_JOB: usize = 40;
/// PTE pages the exec'd binary and libraries need before the heap grows.
const EXEC_PTE_PAGES: usize = 6;
/// Pages of a vmalloc'd kernel stack (16 KiB).
const STACK_PAGES: usize = 4;
/// Anonymous pages a process faults per step.
const ANON_PER_STEP: usize = 16;

/// One compiler process.
pub(super) struct Job {
    cpu: usize,
    objs: Vec<ObjRef>,
    /// Unmovable pages: stack, page tables.
    kernel: Vec<Pfn>,
    anon: Vec<Pfn>,
    target_pages: usize,
    source: usize,
    headers_left: u64,
}

/// The build: the tree's files (the first tenth are headers), the processes running.
pub(super) struct Build {
    tree_files: usize,
    jobs: Vec<Job>,
    slots: usize,
    next_cpu: usize,
    /// Compiler processes that finished.
    pub(super) finished: u64,
}

impl Build {
    /// Checks out a tree of `tree_pages` pages of files (written through the page cache) for
    /// a `make -j slots`.
    pub(super) fn new(w: &mut World, tree_pages: u64, slots: usize) -> Option<Build> {
        let tree_files = (tree_pages / FILE_PAGES as u64).max(16) as usize;
        for _ in 0..tree_files {
            let f = w.add_file();
            for i in 0..FILE_PAGES {
                w.access(f, i, Access::Write)?;
            }
        }
        w.commit();
        Some(Build {
            tree_files,
            jobs: Vec::new(),
            slots,
            next_cpu: 0,
            finished: 0,
        })
    }

    fn spawn(&mut self, w: &mut World) -> Option<Job> {
        let cpu = self.next_cpu % w.pa.cfg.nr_cpus;
        self.next_cpu += 1;
        w.pa.cpu = cpu;
        let mut job = Job {
            cpu,
            objs: Vec::with_capacity(VMAS_PER_JOB + 4),
            kernel: Vec::new(),
            anon: Vec::new(),
            // gcc on a kernel source file: 2 to 16 MiB of anonymous memory per GiB of RAM
            // simulated, so a build takes the same share of memory on any size.
            target_pages: ((2 + w.rng.below(15)) * w.ram_pages() / 1024) as usize,
            source: (self.tree_files / 10
                + w.rng.below((self.tree_files * 9 / 10) as u64) as usize)
                .min(self.tree_files - 1),
            headers_left: HEADERS_PER_JOB,
        };
        for cache in [
            CacheId::Task,
            CacheId::Mm,
            CacheId::Signal,
            CacheId::Sighand,
        ] {
            job.objs.push(w.obj_alloc(cache)?);
        }
        for _ in 0..VMAS_PER_JOB {
            job.objs.push(w.obj_alloc(CacheId::Vma)?);
        }
        for _ in 0..STACK_PAGES {
            job.kernel.push(w.alloc(Gfp::KERNEL, 0, Lru::Neither)?);
        }
        // The PGD (two pages with page-table isolation), then PUD, PMD and PTE pages.
        job.kernel
            .push(w.alloc(Gfp::PGTABLE_USER, 1, Lru::Neither)?);
        for _ in 0..2 + EXEC_PTE_PAGES {
            job.kernel
                .push(w.alloc(Gfp::PGTABLE_USER, 0, Lru::Neither)?);
        }
        Some(job)
    }

    /// One step of one process: its source, a header or more anonymous memory. Whether it is
    /// done.
    fn step(&mut self, w: &mut World, j: &mut Job) -> Option<bool> {
        w.pa.cpu = j.cpu;
        if j.source != usize::MAX {
            for i in 0..FILE_PAGES {
                w.access(j.source, i, Access::Read)?;
            }
            j.source = usize::MAX;
        }
        if j.headers_left > 0 && w.rng.below(2) == 0 {
            j.headers_left -= 1;
            let h = w.rng.below((self.tree_files / 10).max(1) as u64) as usize;
            for i in 0..FILE_PAGES {
                w.access(h, i, Access::Read)?;
            }
            return Some(false);
        }
        for _ in 0..ANON_PER_STEP {
            if j.anon.len().is_multiple_of(PAGEBLOCK_NR_PAGES as usize) {
                j.kernel.push(w.alloc(Gfp::PGTABLE_USER, 0, Lru::Neither)?);
            }
            j.anon.push(w.alloc(Gfp::HIGHUSER_MOVABLE, 0, Lru::On)?);
        }
        Some(j.headers_left == 0 && j.anon.len() >= j.target_pages)
    }

    /// The process writes its object file (128 KiB with debug information) and its
    /// dependency file, and exits.
    fn exit(&mut self, w: &mut World, j: Job) -> Option<()> {
        w.pa.cpu = j.cpu;
        for pages in [FILE_PAGES, FILE_PAGES, 1] {
            let f = w.add_file();
            for i in 0..pages {
                w.access(f, i, Access::Write)?;
            }
        }
        for p in j.anon.into_iter().chain(j.kernel) {
            w.free(p);
        }
        for o in j.objs {
            w.obj_free(o);
        }
        self.finished += 1;
        Some(())
    }

    /// Runs `steps` process steps, round robin, starting processes as slots free up.
    pub(super) fn run(&mut self, w: &mut World, steps: u64) -> Option<()> {
        for _ in 0..steps {
            while self.jobs.len() < self.slots {
                let j = self.spawn(w)?;
                self.jobs.push(j);
            }
            let k = w.rng.below(self.jobs.len() as u64) as usize;
            let mut j = self.jobs.swap_remove(k);
            if self.step(w, &mut j)? {
                self.exit(w, j)?;
            } else {
                self.jobs.push(j);
            }
        }
        Some(())
    }
}
