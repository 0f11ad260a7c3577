//! The per-frame descriptor (`struct page` / `struct folio`, `include/linux/mm_types.h`,
//! `page-flags.h`). One per frame, indexed by PFN like Linux's vmemmap. Links are PFNs, so free
//! lists and (later) LRU lists are intrusive without pointers.

bitflags::bitflags! {
    /// Page flags. Names follow `PG_*`; `ANON` stands for Linux's PAGE_MAPPING_ANON bit in
    /// `page->mapping`, and `ZERO` for "this is the shared zero page" (Linux tests the PFN).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
    pub struct PageFlags: u32 {
        const LOCKED = 1 << 0;
        const REFERENCED = 1 << 1;
        const UPTODATE = 1 << 2;
        const DIRTY = 1 << 3;
        const LRU = 1 << 4;
        const ACTIVE = 1 << 5;
        /// Free in the buddy allocator (`PageBuddy`); `order` is the block order.
        const BUDDY = 1 << 6;
        const ANON = 1 << 7;
        /// `PG_anon_exclusive`: mapped by exactly one process and safe to reuse on write.
        const ANON_EXCLUSIVE = 1 << 8;
        const SWAPBACKED = 1 << 9;
        const SWAPCACHE = 1 << 10;
        const RESERVED = 1 << 11;
        /// A page-table page (`PageTable`).
        const PGTABLE = 1 << 12;
        const ZERO = 1 << 13;
        const MLOCKED = 1 << 14;
        const UNEVICTABLE = 1 << 15;
        /// Kernel bookkeeping allocated from the page allocator (not user-visible memory).
        const SLAB = 1 << 16;
        /// Free on a per-CPU list (Linux keeps no flag: the page is on `pcp->lists`); `order`
        /// is the block order.
        const PCP = 1 << 17;
    }
}

/// "No link" / "no mapping" marker for the u32 fields.
pub const NONE: u32 = u32::MAX;

#[derive(Clone, Copy, Debug)]
pub struct Page {
    pub flags: PageFlags,
    /// `_refcount`.
    pub refcount: u32,
    /// Precise per-page mapcount (`_mapcount + 1`): how many page-table entries map this page.
    pub mapcount: u32,
    /// FOLL_PIN pins (`_pincount`).
    pub pincount: u32,
    /// `page->mapping`: an `AnonVmaId` when `ANON`, else a `FileId`; `NONE` if unset.
    pub mapping: u32,
    /// Buddy order when free; folio order when allocated.
    pub order: u8,
    /// `page->index`: the page offset (anon: linear page index in the VMA's pgoff space).
    pub index: u64,
    pub prev: u32,
    pub next: u32,
}

impl Default for Page {
    fn default() -> Page {
        Page {
            flags: PageFlags::empty(),
            refcount: 0,
            mapcount: 0,
            pincount: 0,
            mapping: NONE,
            order: 0,
            index: 0,
            prev: NONE,
            next: NONE,
        }
    }
}

impl Page {
    pub fn is_anon(&self) -> bool {
        self.flags.contains(PageFlags::ANON)
    }

    pub fn is_free(&self) -> bool {
        self.flags.contains(PageFlags::BUDDY)
    }

    /// Back to the state of a free frame (`free_pages_prepare` clears flags and mapping).
    pub fn reset(&mut self) {
        *self = Page::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptor_fits_in_64_bytes() {
        assert!(
            std::mem::size_of::<Page>() <= 64,
            "{}",
            std::mem::size_of::<Page>()
        );
    }
}
