//! Bit-exact x86-64 page-table entries (`arch/x86/include/asm/pgtable_types.h`,
//! `pgtable_64.h`, `arch/x86/mm/pgprot.c`): the hardware bits, the software bits Linux keeps in
//! the available positions, the protection map from VMA flags to PTE bits, and the swap-entry
//! encoding with its inverted offset (the L1TF mitigation). The encoding is complete even where
//! the model does not use a bit yet (swap-entry flag bits arrive with swap).
#![allow(dead_code)]

use crate::vma::VmFlags;

/// A raw page-table entry at any level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Pte(pub u64);

pub const PAGE_PRESENT: u64 = 1 << 0;
pub const PAGE_RW: u64 = 1 << 1;
pub const PAGE_USER: u64 = 1 << 2;
pub const PAGE_PWT: u64 = 1 << 3;
pub const PAGE_PCD: u64 = 1 << 4;
pub const PAGE_ACCESSED: u64 = 1 << 5;
pub const PAGE_DIRTY: u64 = 1 << 6;
pub const PAGE_GLOBAL: u64 = 1 << 8;
/// Software bit 1: `pte_special` (no struct page behind it, e.g. the zero page).
pub const PAGE_SPECIAL: u64 = 1 << 9;
/// Software bit 2: userfaultfd write-protect.
pub const PAGE_UFFD_WP: u64 = 1 << 10;
/// Software bit 3: soft-dirty (compiled out on the reference machine, kept for completeness).
pub const PAGE_SOFT_DIRTY: u64 = 1 << 11;
/// Software bit 5: the dirty bit saved when a shadow-stack-looking entry is write-protected.
pub const PAGE_SAVED_DIRTY: u64 = 1 << 58;
pub const PAGE_NX: u64 = 1 << 63;
/// When PRESENT is clear, GLOBAL marks a PROT_NONE entry that is still "present" to Linux.
pub const PAGE_PROTNONE: u64 = PAGE_GLOBAL;

/// Physical frame number field of a present entry (bits 12..51).
pub const PTE_PFN_MASK: u64 = ((1u64 << 52) - 1) & !0xfff;

/// Entry pointing to a lower-level table (`_PAGE_TABLE`).
pub const PAGE_TABLE: u64 = PAGE_PRESENT | PAGE_RW | PAGE_USER | PAGE_ACCESSED | PAGE_DIRTY;

/// Bits of a swap entry that carry per-entry state rather than the type/offset.
pub const PAGE_SWP_SOFT_DIRTY: u64 = PAGE_RW;
pub const PAGE_SWP_UFFD_WP: u64 = PAGE_USER;
/// The anonymous page was exclusive when it was swapped or migrated out.
pub const PAGE_SWP_EXCLUSIVE: u64 = PAGE_PWT;

const SWP_TYPE_BITS: u32 = 5;
const SWP_OFFSET_FIRST_BIT: u32 = 9; // one above _PAGE_BIT_PROTNONE
const SWP_OFFSET_SHIFT: u32 = SWP_OFFSET_FIRST_BIT + SWP_TYPE_BITS;

// Protection-map values (the `PAGE_*` pgprots), NX supported.
const P_NONE: u64 = PAGE_PROTNONE | PAGE_ACCESSED;
const P_SHARED: u64 = PAGE_PRESENT | PAGE_RW | PAGE_USER | PAGE_ACCESSED | PAGE_NX;
const P_SHARED_EXEC: u64 = PAGE_PRESENT | PAGE_RW | PAGE_USER | PAGE_ACCESSED;
const P_COPY: u64 = PAGE_PRESENT | PAGE_USER | PAGE_ACCESSED | PAGE_NX;
const P_COPY_EXEC: u64 = PAGE_PRESENT | PAGE_USER | PAGE_ACCESSED;
const P_READONLY: u64 = PAGE_PRESENT | PAGE_USER | PAGE_ACCESSED | PAGE_NX;
const P_READONLY_EXEC: u64 = PAGE_PRESENT | PAGE_USER | PAGE_ACCESSED;

/// `vm_get_page_prot`: the PTE bits for a VMA with these flags. Private writable mappings get
/// read-only PTEs so the first write faults and can COW.
pub fn vm_get_page_prot(flags: VmFlags) -> u64 {
    const MAP: [u64; 16] = [
        P_NONE,          // ---
        P_READONLY,      // r--
        P_COPY,          // -w-
        P_COPY,          // rw-
        P_READONLY_EXEC, // --x
        P_READONLY_EXEC, // r-x
        P_COPY_EXEC,     // -wx
        P_COPY_EXEC,     // rwx
        P_NONE,          // shared ---
        P_READONLY,
        P_SHARED,
        P_SHARED,
        P_READONLY_EXEC,
        P_READONLY_EXEC,
        P_SHARED_EXEC,
        P_SHARED_EXEC,
    ];
    MAP[(flags.bits() & 0xf) as usize]
}

impl Pte {
    pub const NONE: Pte = Pte(0);

    pub fn is_none(self) -> bool {
        self.0 == 0
    }

    /// `pte_present`: mapped, including PROT_NONE entries (hardware-absent but Linux-present).
    pub fn present(self) -> bool {
        self.0 & (PAGE_PRESENT | PAGE_PROTNONE) != 0
    }

    /// Present to the MMU: a hardware access can complete without a fault (permission aside).
    pub fn hw_present(self) -> bool {
        self.0 & PAGE_PRESENT != 0
    }

    pub fn pfn(self) -> u64 {
        (self.0 & PTE_PFN_MASK) >> 12
    }

    /// `pfn_pte`: a present entry for `pfn` with protection bits `prot`.
    pub fn new(pfn: u64, prot: u64) -> Pte {
        Pte((pfn << 12) & PTE_PFN_MASK | prot)
    }

    pub fn write(self) -> bool {
        self.0 & PAGE_RW != 0
    }
    pub fn young(self) -> bool {
        self.0 & PAGE_ACCESSED != 0
    }
    pub fn dirty(self) -> bool {
        self.0 & PAGE_DIRTY != 0
    }
    pub fn special(self) -> bool {
        self.0 & PAGE_SPECIAL != 0
    }
    pub fn uffd_wp(self) -> bool {
        self.0 & PAGE_UFFD_WP != 0
    }
    pub fn user(self) -> bool {
        self.0 & PAGE_USER != 0
    }

    pub fn with(self, bits: u64) -> Pte {
        Pte(self.0 | bits)
    }
    pub fn without(self, bits: u64) -> Pte {
        Pte(self.0 & !bits)
    }
    pub fn mkwrite(self) -> Pte {
        self.with(PAGE_RW)
    }
    pub fn wrprotect(self) -> Pte {
        self.without(PAGE_RW)
    }
    pub fn mkdirty(self) -> Pte {
        self.with(PAGE_DIRTY)
    }
    pub fn mkclean(self) -> Pte {
        self.without(PAGE_DIRTY)
    }
    pub fn mkyoung(self) -> Pte {
        self.with(PAGE_ACCESSED)
    }
    pub fn mkold(self) -> Pte {
        self.without(PAGE_ACCESSED)
    }
    pub fn mkspecial(self) -> Pte {
        self.with(PAGE_SPECIAL)
    }

    /// `pte_modify`: keep the PFN and the bits hardware or Linux own per entry (accessed, dirty,
    /// special, soft-dirty, uffd-wp), take everything else from the new protection.
    pub fn modify(self, prot: u64) -> Pte {
        const CHG: u64 = PTE_PFN_MASK
            | PAGE_PCD
            | PAGE_PWT
            | PAGE_ACCESSED
            | PAGE_DIRTY
            | PAGE_SPECIAL
            | PAGE_SOFT_DIRTY
            | PAGE_UFFD_WP
            | PAGE_SAVED_DIRTY;
        Pte((self.0 & CHG) | (prot & !CHG))
    }

    /// A non-present, non-none entry: swap, migration, marker.
    pub fn is_swap(self) -> bool {
        !self.is_none() && !self.present()
    }

    /// `__swp_entry(type, offset)` as a PTE (flag bits clear).
    pub fn swap(swp_type: u64, offset: u64) -> Pte {
        Pte(((!offset) << SWP_OFFSET_SHIFT >> SWP_TYPE_BITS) | (swp_type << (64 - SWP_TYPE_BITS)))
    }

    /// `__swp_type` of a swap PTE.
    pub fn swp_type(self) -> u64 {
        self.0 >> (64 - SWP_TYPE_BITS)
    }

    /// `__swp_offset` of a swap PTE.
    pub fn swp_offset(self) -> u64 {
        (!self.0) << SWP_TYPE_BITS >> SWP_OFFSET_SHIFT
    }
}

/// The swap type that marks a PTE marker (`SWP_PTE_MARKER`).
pub const SWP_PTE_MARKER: u64 = 31;
/// Marker bits (`PTE_MARKER_*`).
pub const PTE_MARKER_UFFD_WP: u64 = 1 << 0;
pub const PTE_MARKER_POISONED: u64 = 1 << 1;
pub const PTE_MARKER_GUARD: u64 = 1 << 2;

impl Pte {
    /// `make_pte_marker`.
    pub fn marker(bits: u64) -> Pte {
        Pte::swap(SWP_PTE_MARKER, bits)
    }

    /// `is_pte_marker`: a non-present entry carrying marker bits instead of a swap slot.
    pub fn is_marker(self) -> bool {
        self.is_swap() && self.swp_type() == SWP_PTE_MARKER
    }

    /// A guard-region marker (MADV_GUARD_INSTALL).
    pub fn is_guard_marker(self) -> bool {
        self.is_marker() && self.swp_offset() & PTE_MARKER_GUARD != 0
    }
}

/// Migration entry types (`SWP_MIGRATION_*`): with MEMORY_FAILURE and DEVICE_PRIVATE off,
/// `MAX_SWAPFILES` is 28 and the three migration types sit just above it.
pub const SWP_MIGRATION_READ: u64 = 28;
pub const SWP_MIGRATION_READ_EXCLUSIVE: u64 = 29;
pub const SWP_MIGRATION_WRITE: u64 = 30;
/// Accessed and dirty bits kept in a migration entry's offset, above the PFN
/// (`SWP_MIG_YOUNG_BIT` / `SWP_MIG_DIRTY_BIT`, from `MAX_PHYSMEM_BITS` 46 with 4-level paging).
const SWP_PFN_BITS: u32 = 46 - 12;
const SWP_MIG_YOUNG: u64 = 1 << SWP_PFN_BITS;
const SWP_MIG_DIRTY: u64 = 1 << (SWP_PFN_BITS + 1);

/// The kind of a migration entry: what the PTE allowed before migration started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MigrationKind {
    /// Readable; the page was (possibly) shared.
    Read,
    /// Readable, and the anonymous page was exclusive (`make_readable_exclusive_migration_entry`).
    ReadExclusive,
    /// Writable (and so exclusive, if anonymous).
    Write,
}

impl Pte {
    /// `make_*_migration_entry(pfn)` with the accessed and dirty bits carried over.
    pub fn migration(pfn: u64, kind: MigrationKind, young: bool, dirty: bool) -> Pte {
        let ty = match kind {
            MigrationKind::Read => SWP_MIGRATION_READ,
            MigrationKind::ReadExclusive => SWP_MIGRATION_READ_EXCLUSIVE,
            MigrationKind::Write => SWP_MIGRATION_WRITE,
        };
        let mut offset = pfn;
        if young {
            offset |= SWP_MIG_YOUNG;
        }
        if dirty {
            offset |= SWP_MIG_DIRTY;
        }
        Pte::swap(ty, offset)
    }

    /// `is_migration_entry` and its kind.
    pub fn migration_kind(self) -> Option<MigrationKind> {
        if !self.is_swap() {
            return None;
        }
        match self.swp_type() {
            SWP_MIGRATION_READ => Some(MigrationKind::Read),
            SWP_MIGRATION_READ_EXCLUSIVE => Some(MigrationKind::ReadExclusive),
            SWP_MIGRATION_WRITE => Some(MigrationKind::Write),
            _ => None,
        }
    }

    /// `swp_offset_pfn` of a migration entry.
    pub fn migration_pfn(self) -> u64 {
        self.swp_offset() & (SWP_MIG_YOUNG - 1)
    }

    pub fn migration_young(self) -> bool {
        self.swp_offset() & SWP_MIG_YOUNG != 0
    }

    pub fn migration_dirty(self) -> bool {
        self.swp_offset() & SWP_MIG_DIRTY != 0
    }
}

/// Entry of a higher-level table pointing to a table in frame `pfn`.
pub fn table_entry(pfn: u64) -> u64 {
    (pfn << 12) & PTE_PFN_MASK | PAGE_TABLE
}

/// Index bits per level (PGD, PUD, PMD, PTE) for 4-level paging.
pub const LEVEL_SHIFTS: [u32; 4] = [39, 30, 21, 12];
pub const PTRS_PER_TABLE: u64 = 512;
pub const PMD_SHIFT: u32 = 21;
pub const PMD_SIZE: u64 = 1 << PMD_SHIFT;
pub const PUD_SIZE: u64 = 1 << 30;
pub const PGDIR_SIZE: u64 = 1 << 39;

pub fn index(addr: u64, level: usize) -> usize {
    ((addr >> LEVEL_SHIFTS[level]) & (PTRS_PER_TABLE - 1)) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migration_entries_round_trip() {
        for kind in [
            MigrationKind::Read,
            MigrationKind::ReadExclusive,
            MigrationKind::Write,
        ] {
            for (young, dirty) in [(false, false), (true, false), (false, true), (true, true)] {
                let p = Pte::migration(0x12345, kind, young, dirty);
                assert!(p.is_swap() && !p.is_marker());
                assert_eq!(p.migration_kind(), Some(kind));
                assert_eq!(p.migration_pfn(), 0x12345);
                assert_eq!((p.migration_young(), p.migration_dirty()), (young, dirty));
            }
        }
        assert_eq!(Pte::marker(PTE_MARKER_GUARD).migration_kind(), None);
    }

    #[test]
    fn swap_entries_round_trip_with_inverted_offset() {
        for (ty, off) in [
            (0u64, 0u64),
            (1, 1),
            (31, 4),
            (3, 0x123456),
            (0, (1 << 50) - 1),
        ] {
            let p = Pte::swap(ty, off);
            assert_eq!(p.swp_type(), ty);
            assert_eq!(p.swp_offset(), off);
            assert!(!p.present() || p.is_none(), "{p:?}");
            assert_eq!(
                p.0 & (PAGE_SWP_EXCLUSIVE | PAGE_SWP_SOFT_DIRTY | PAGE_SWP_UFFD_WP),
                0
            );
        }
        // Offset 0 sets every physical-address bit (the L1TF inversion).
        assert_eq!(Pte::swap(0, 0).0 & PTE_PFN_MASK, PTE_PFN_MASK);
    }

    #[test]
    fn protection_map_private_writable_is_read_only() {
        let rw = VmFlags::READ | VmFlags::WRITE;
        assert_eq!(vm_get_page_prot(rw) & PAGE_RW, 0);
        assert_ne!(vm_get_page_prot(rw | VmFlags::SHARED) & PAGE_RW, 0);
        let none = Pte::new(5, vm_get_page_prot(VmFlags::empty()));
        assert!(none.present() && !none.hw_present());
        assert_eq!(none.pfn(), 5);
        assert_ne!(vm_get_page_prot(VmFlags::READ) & PAGE_NX, 0);
        assert_eq!(vm_get_page_prot(VmFlags::READ | VmFlags::EXEC) & PAGE_NX, 0);
    }

    #[test]
    fn modify_keeps_pfn_and_hardware_bits() {
        let p = Pte::new(77, vm_get_page_prot(VmFlags::READ | VmFlags::WRITE))
            .mkdirty()
            .mkwrite();
        let q = p.modify(vm_get_page_prot(VmFlags::empty()));
        assert_eq!(q.pfn(), 77);
        assert!(q.dirty() && q.present() && !q.hw_present() && !q.write());
        let r = q.modify(vm_get_page_prot(VmFlags::READ));
        assert!(r.hw_present() && r.dirty() && !r.write());
    }
}
