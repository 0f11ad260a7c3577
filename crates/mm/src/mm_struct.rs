//! The address space of a process (`struct mm_struct`, `include/linux/mm_types.h`): its page
//! table root, its VMA index, the brk and mmap bases, and the per-mm counters that
//! /proc/PID/status reports.

use crate::arena::Id;
use crate::phys::Pfn;
use crate::vma::VmFlags;
use crate::vma_tree::VmaTree;
use uapi::MapsEntry;

pub type MmId = Id<Mm>;

/// `MM_FILEPAGES`, `MM_ANONPAGES`, `MM_SWAPENTS`, `MM_SHMEMPAGES`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rss {
    pub file: u64,
    pub anon: u64,
    pub swap: u64,
    pub shmem: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RssKind {
    File,
    Anon,
    Shmem,
}

pub struct Mm {
    /// The top-level table (`mm->pgd`).
    pub pgd: Pfn,
    pub tree: VmaTree,
    pub mmap_base: u64,
    pub start_brk: u64,
    pub brk: u64,
    /// The initial stack pointer: the VMA containing it is `[stack]`.
    pub start_stack: u64,
    pub rss: Rss,
    /// `mm->pgtables_bytes`: PTE, PMD and PUD tables (not the PGD).
    pub pgtables_bytes: u64,
    /// Pages counted per VMA kind (`vm_stat_account`).
    pub total_vm: u64,
    pub locked_vm: u64,
    pub data_vm: u64,
    pub exec_vm: u64,
    pub stack_vm: u64,
    /// The [vsyscall] gate area and its flags: shown in maps but not a VMA of the tree.
    pub gate: Option<(MapsEntry, VmFlags)>,
    /// MMF_HAS_PINNED: FOLL_PIN has run on this mm (never cleared).
    pub has_pinned: bool,
    /// `mm->pinned_vm`: pages that drivers holding long-term pins account (io_uring does).
    pub pinned_vm: u64,
    /// 2 MiB regions where the process's own runtime (imported with its layout) keeps PTE
    /// tables populated; a fork child's runtime touches them again. See `Layout::pte_tables`.
    pub runtime_tables: Vec<u64>,
}

impl Mm {
    pub fn new(pgd: Pfn) -> Mm {
        Mm {
            pgd,
            tree: VmaTree::default(),
            mmap_base: 0,
            start_brk: 0,
            brk: 0,
            start_stack: 0,
            rss: Rss::default(),
            pgtables_bytes: 0,
            total_vm: 0,
            locked_vm: 0,
            data_vm: 0,
            exec_vm: 0,
            stack_vm: 0,
            gate: None,
            has_pinned: false,
            pinned_vm: 0,
            runtime_tables: Vec::new(),
        }
    }

    pub fn map_count(&self) -> usize {
        self.tree.len()
    }

    pub fn add_rss(&mut self, kind: RssKind, delta: i64) {
        let c = match kind {
            RssKind::File => &mut self.rss.file,
            RssKind::Anon => &mut self.rss.anon,
            RssKind::Shmem => &mut self.rss.shmem,
        };
        *c = c.checked_add_signed(delta).expect("rss counter underflow");
    }
}
