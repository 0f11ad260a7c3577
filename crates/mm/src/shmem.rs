//! Files behind mappings: the shmem object of a shared anonymous mapping (`mm/shmem.c`
//! `shmem_zero_setup`, shown as `/dev/zero (deleted)`), with its page cache (the xarray of
//! `address_space`, here an ordered map from page index to frame) and its i_mmap list; and
//! the files of a process's imported starting layout, known by identity only. Regular files
//! opened by a scenario are `FileKind::Regular`, served by `filemap.rs`.

use crate::arena::Id;
use crate::phys::Pfn;
use crate::vma::VmaId;
use std::collections::BTreeMap;

pub type FileId = Id<File>;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// Shared anonymous memory: a shmem inode with no name.
    ShmemZero,
    /// A file mapped by the process's imported starting layout; its contents are not modelled.
    Imported { path: String },
    /// A regular file a process opened, with what the caller told of it.
    Regular {
        path: String,
        facts: uapi::FileFacts,
    },
}

#[derive(Clone, Debug)]
pub struct File {
    pub kind: FileKind,
    pub dev_major: u32,
    pub dev_minor: u32,
    pub inode: u64,
    pub size_bytes: u64,
    /// Page cache: page index -> frame.
    pub pages: BTreeMap<u64, Pfn>,
    /// `i_mmap`: the VMAs mapping this file.
    pub vmas: Vec<VmaId>,
    /// Open descriptors referring to it (regular files only).
    pub opens: u32,
    /// Pages of a regular file whose blocks a hole punch freed: they read as zeroes.
    pub punched: std::collections::BTreeSet<u64>,
}

impl File {
    /// The name /proc/PID/maps prints.
    pub fn maps_name(&self) -> String {
        match &self.kind {
            FileKind::ShmemZero => "/dev/zero (deleted)".to_string(),
            FileKind::Imported { path } | FileKind::Regular { path, .. } => path.clone(),
        }
    }

    pub fn is_shmem(&self) -> bool {
        matches!(self.kind, FileKind::ShmemZero)
    }
}

use crate::machine::Machine;
use crate::phys::page::PageFlags;

impl Machine {
    /// `shmem_zero_setup`: the unnamed shmem object behind a shared anonymous mapping.
    pub(crate) fn shmem_zero_setup(&mut self, size_bytes: u64) -> FileId {
        let inode = self.next_ino;
        self.next_ino += 1;
        self.files.alloc(File {
            kind: FileKind::ShmemZero,
            dev_major: 0,
            dev_minor: 1,
            inode,
            size_bytes,
            pages: BTreeMap::new(),
            vmas: Vec::new(),
            opens: 0,
            punched: Default::default(),
        })
    }

    /// Drops a VMA's file reference (`fput` + `__remove_shared_vm_struct`); the last
    /// reference releases the file.
    pub(crate) fn file_unlink_vma(&mut self, file: FileId, vma: VmaId) {
        let f = &mut self.files[file];
        f.vmas.retain(|&v| v != vma);
        if f.vmas.is_empty() && f.opens == 0 {
            self.file_release(file);
        }
    }

    /// The last reference to a file is gone: its page cache goes with it (for shmem,
    /// `shmem_evict_inode`; for a regular file, the model's lack of an inode cache).
    pub(crate) fn file_release(&mut self, file: FileId) {
        let f = self.files.free(file);
        let shmem = f.is_shmem();
        if let FileKind::Regular { .. } = f.kind {
            self.inodes.remove(&(f.dev_major, f.dev_minor, f.inode));
        }
        for (_, pfn) in f.pages {
            if shmem {
                self.shmem_page_delete(pfn);
            } else {
                self.filemap_page_delete(pfn);
            }
        }
    }

    /// Takes a page out of a shmem page cache and drops the cache's reference.
    fn shmem_page_delete(&mut self, pfn: Pfn) {
        self.stats.node.shmem -= 1;
        self.stats.node.file_pages -= 1;
        self.pages[pfn.idx()].mapping = crate::phys::page::NONE;
        self.put_page_refs(pfn, 1);
    }

    /// Reclaim drops a clean page from its file's cache (`__remove_mapping`): a clean shmem
    /// page held only zeroes and a clean regular-file page what the file holds, so the hole it
    /// leaves reads the same.
    pub(crate) fn page_cache_evict(&mut self, pfn: Pfn) {
        let p = &self.pages[pfn.idx()];
        let (file, index) = (FileId::from_raw(p.mapping), p.index);
        self.files[file].pages.remove(&index);
        if self.files[file].is_shmem() {
            self.shmem_page_delete(pfn);
        } else {
            self.filemap_page_delete(pfn);
        }
    }

    /// `shmem_get_folio` for a fault: the page at `index`, allocated zeroed into the cache if
    /// absent. `None` when memory is exhausted.
    pub(crate) fn shmem_get_page(&mut self, file: FileId, index: u64) -> Option<Pfn> {
        if let Some(&pfn) = self.files[file].pages.get(&index) {
            return Some(pfn);
        }
        let pfn = self.alloc_zeroed_user_page()?;
        let p = &mut self.pages[pfn.idx()];
        p.flags = PageFlags::UPTODATE | PageFlags::SWAPBACKED;
        p.mapping = file.raw();
        p.index = index;
        self.files[file].pages.insert(index, pfn);
        self.stats.node.shmem += 1;
        self.stats.node.file_pages += 1;
        self.folio_add_lru(pfn);
        Some(pfn)
    }

    /// `FALLOC_FL_PUNCH_HOLE` over page indices [first, last) (`shmem_fallocate`,
    /// `ext4_punch_hole`): unmap them from every mapping of the file (guard markers stay), drop
    /// them from the page cache, and for a regular file free the blocks, so they read as zeroes.
    pub(crate) fn punch_hole(&mut self, file: FileId, first: u64, last: u64) {
        for vma in self.files[file].vmas.clone() {
            let v = &self.vmas[vma];
            let lo = first.max(v.pgoff);
            let hi = last.min(v.pgoff + v.pages());
            if lo < hi {
                let start = v.start + ((lo - v.pgoff) << uapi::PAGE_SHIFT);
                let end = v.start + ((hi - v.pgoff) << uapi::PAGE_SHIFT);
                self.zap_page_range(vma, start, end, crate::memory::Markers::Keep);
            }
        }
        let doomed: Vec<(u64, Pfn)> = self.files[file]
            .pages
            .range(first..last)
            .map(|(&i, &p)| (i, p))
            .collect();
        let shmem = self.files[file].is_shmem();
        for (index, pfn) in doomed {
            self.files[file].pages.remove(&index);
            if shmem {
                self.shmem_page_delete(pfn);
            } else {
                self.filemap_page_delete(pfn);
            }
        }
        if !shmem {
            let size_pages = self.files[file].size_bytes.div_ceil(uapi::PAGE_SIZE);
            self.files[file]
                .punched
                .extend(first..last.min(size_pages.max(first)));
        }
    }
}
