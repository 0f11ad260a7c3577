//! Virtual memory areas (`include/linux/mm_types.h` vm_area_struct, `include/linux/mm.h`
//! VM_* flags): one contiguous range of an address space with uniform flags, backing and
//! anon_vma. The merge/split machinery lives in `vma_merge.rs`, the range index in `vma_tree.rs`.

use crate::anon_vma::{AnonVmaId, AvcId};
use crate::arena::Id;
use crate::mm_struct::MmId;
use crate::shmem::FileId;
use uapi::PAGE_SHIFT;

pub type VmaId = Id<Vma>;

bitflags::bitflags! {
    /// `vm_flags_t`, with Linux's bit values.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
    pub struct VmFlags: u64 {
        const READ = 0x1;
        const WRITE = 0x2;
        const EXEC = 0x4;
        const SHARED = 0x8;
        const MAYREAD = 0x10;
        const MAYWRITE = 0x20;
        const MAYEXEC = 0x40;
        const MAYSHARE = 0x80;
        const GROWSDOWN = 0x100;
        const UFFD_MISSING = 0x200;
        const PFNMAP = 0x400;
        /// A guard region was installed in this VMA at some point ("gu"); sticky.
        const MAYBE_GUARD = 0x800;
        const UFFD_WP = 0x1000;
        const LOCKED = 0x2000;
        const IO = 0x4000;
        const SEQ_READ = 0x8000;
        const RAND_READ = 0x1_0000;
        const DONTCOPY = 0x2_0000;
        const DONTEXPAND = 0x4_0000;
        const LOCKONFAULT = 0x8_0000;
        const ACCOUNT = 0x10_0000;
        const NORESERVE = 0x20_0000;
        const HUGETLB = 0x40_0000;
        const SYNC = 0x80_0000;
        const ARCH_1 = 0x100_0000;
        const WIPEONFORK = 0x200_0000;
        const DONTDUMP = 0x400_0000;
        /// Only with CONFIG_MEM_SOFT_DIRTY, which the reference kernel lacks: never set.
        const SOFTDIRTY = 0x800_0000;
        const MIXEDMAP = 0x1000_0000;
        const HUGEPAGE = 0x2000_0000;
        const NOHUGEPAGE = 0x4000_0000;
        const MERGEABLE = 0x8000_0000;
        const SHADOW_STACK = 1 << 37;
        const DROPPABLE = 1 << 40;
        const UFFD_MINOR = 1 << 41;
        const SEALED = 1 << 42;
    }
}

impl VmFlags {
    /// `VM_ACCESS_FLAGS`.
    pub const ACCESS: VmFlags = VmFlags::READ.union(VmFlags::WRITE).union(VmFlags::EXEC);
    /// `VM_SPECIAL`: never merged, never expanded.
    pub const SPECIAL: VmFlags = VmFlags::IO
        .union(VmFlags::DONTEXPAND)
        .union(VmFlags::PFNMAP)
        .union(VmFlags::MIXEDMAP);
    /// `VM_LOCKED_MASK`.
    pub const LOCKED_MASK: VmFlags = VmFlags::LOCKED.union(VmFlags::LOCKONFAULT);
    /// `VM_STICKY`: flags that never stop a merge and that the merged VMA keeps if either side
    /// had them.
    pub const STICKY: VmFlags = VmFlags::SOFTDIRTY.union(VmFlags::MAYBE_GUARD);
    /// `VM_STARTGAP_FLAGS`: VMAs that keep stack_guard_gap clear below them.
    pub const STARTGAP: VmFlags = VmFlags::GROWSDOWN.union(VmFlags::SHADOW_STACK);

    /// The two-letter smaps mnemonics in bit order (`show_smap_vma_flags`), for the flags the
    /// reference configuration prints.
    pub const MNEMONICS: &'static [(VmFlags, &'static str)] = &[
        (VmFlags::READ, "rd"),
        (VmFlags::WRITE, "wr"),
        (VmFlags::EXEC, "ex"),
        (VmFlags::SHARED, "sh"),
        (VmFlags::MAYREAD, "mr"),
        (VmFlags::MAYWRITE, "mw"),
        (VmFlags::MAYEXEC, "me"),
        (VmFlags::MAYSHARE, "ms"),
        (VmFlags::GROWSDOWN, "gd"),
        (VmFlags::UFFD_MISSING, "um"),
        (VmFlags::PFNMAP, "pf"),
        (VmFlags::MAYBE_GUARD, "gu"),
        (VmFlags::UFFD_WP, "uw"),
        (VmFlags::LOCKED, "lo"),
        (VmFlags::IO, "io"),
        (VmFlags::SEQ_READ, "sr"),
        (VmFlags::RAND_READ, "rr"),
        (VmFlags::DONTCOPY, "dc"),
        (VmFlags::DONTEXPAND, "de"),
        (VmFlags::LOCKONFAULT, "lf"),
        (VmFlags::ACCOUNT, "ac"),
        (VmFlags::NORESERVE, "nr"),
        (VmFlags::HUGETLB, "ht"),
        (VmFlags::SYNC, "sf"),
        (VmFlags::ARCH_1, "ar"),
        (VmFlags::WIPEONFORK, "wf"),
        (VmFlags::DONTDUMP, "dd"),
        (VmFlags::MIXEDMAP, "mm"),
        (VmFlags::HUGEPAGE, "hg"),
        (VmFlags::NOHUGEPAGE, "nh"),
        (VmFlags::MERGEABLE, "mg"),
        (VmFlags::SHADOW_STACK, "ss"),
        (VmFlags::DROPPABLE, "dp"),
        (VmFlags::UFFD_MINOR, "ui"),
        (VmFlags::SEALED, "sl"),
    ];

    pub fn from_mnemonic(code: &str) -> Option<VmFlags> {
        Self::MNEMONICS
            .iter()
            .find(|(_, m)| *m == code)
            .map(|(f, _)| *f)
    }

    /// Flags after an operation that sets `new` on a VMA that has `self`: sticky flags stay.
    pub fn reset_keeping_sticky(self, new: VmFlags) -> VmFlags {
        new | (self & VmFlags::STICKY)
    }

    pub fn mnemonics(self) -> String {
        let mut s = String::new();
        for (f, m) in Self::MNEMONICS {
            if self.contains(*f) {
                s.push_str(m);
                s.push(' ');
            }
        }
        s
    }

    /// `is_cow_mapping`: private and may become writable.
    pub fn is_cow_mapping(self) -> bool {
        self & (VmFlags::SHARED | VmFlags::MAYWRITE) == VmFlags::MAYWRITE
    }

    /// `vma_is_accessible`.
    pub fn accessible(self) -> bool {
        self.intersects(VmFlags::ACCESS)
    }
}

/// A VMA's own name, when it has one. Anonymous VMAs are named `[heap]` or `[stack]` by where
/// they lie (brk range, initial stack pointer), not by a stored name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VmaName {
    None,
    /// A special mapping's name (`[vdso]`, `[vvar]`, `[vvar_vclock]`, …).
    Special(String),
}

#[derive(Clone, Debug)]
pub struct Vma {
    pub mm: MmId,
    pub start: u64,
    pub end: u64,
    /// `vm_pgoff`: file page offset, or for anonymous memory the virtual page index at mmap.
    pub pgoff: u64,
    pub flags: VmFlags,
    /// `vm_page_prot`: the PTE bits faults install.
    pub page_prot: u64,
    pub anon_vma: Option<AnonVmaId>,
    /// `anon_vma_chain`, newest first (Linux adds at the list head).
    pub chain: Vec<AvcId>,
    pub file: Option<FileId>,
    /// Which `open` of the file this maps through (the `struct file`; 0 when no descriptor
    /// is behind it): VMAs merge only through the same one.
    pub filp: u32,
    pub name: VmaName,
}

impl Vma {
    /// `vm_area_dup`: the same attributes, with no anon_vma chain yet (the caller links one
    /// with `anon_vma_clone`). Cheaper than `clone`, which would copy the chain only to
    /// drop it.
    pub fn dup_without_chain(&self) -> Vma {
        Vma {
            mm: self.mm,
            start: self.start,
            end: self.end,
            pgoff: self.pgoff,
            flags: self.flags,
            page_prot: self.page_prot,
            anon_vma: self.anon_vma,
            chain: Vec::new(),
            file: self.file,
            filp: self.filp,
            name: self.name.clone(),
        }
    }

    pub fn pages(&self) -> u64 {
        (self.end - self.start) >> PAGE_SHIFT
    }

    pub fn len(&self) -> u64 {
        self.end - self.start
    }

    /// `vma_is_anonymous`: no file and no special-mapping name behind it.
    pub fn is_anonymous(&self) -> bool {
        self.file.is_none() && !matches!(self.name, VmaName::Special(_))
    }

    /// `linear_page_index`: the page index of `addr` in this VMA's pgoff space.
    pub fn linear_page_index(&self, addr: u64) -> u64 {
        ((addr - self.start) >> PAGE_SHIFT) + self.pgoff
    }

    /// `vma_address`: where page index `index` would be mapped, if inside the VMA.
    pub fn address_of(&self, index: u64) -> Option<u64> {
        let off = index.checked_sub(self.pgoff)?;
        let addr = self.start.checked_add(off.checked_mul(uapi::PAGE_SIZE)?)?;
        (addr < self.end).then_some(addr)
    }

    /// `vma_pgoff_offset`: pgoff of `addr`.
    pub fn pgoff_at(&self, addr: u64) -> u64 {
        self.pgoff
            .wrapping_add((addr.wrapping_sub(self.start)) >> PAGE_SHIFT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mnemonics_in_bit_order() {
        let f = VmFlags::READ
            | VmFlags::WRITE
            | VmFlags::MAYREAD
            | VmFlags::MAYWRITE
            | VmFlags::MAYEXEC
            | VmFlags::ACCOUNT;
        assert_eq!(f.mnemonics(), "rd wr mr mw me ac ");
        assert_eq!(VmFlags::from_mnemonic("gd"), Some(VmFlags::GROWSDOWN));
        assert!(VmFlags::MAYWRITE.is_cow_mapping());
        assert!(!(VmFlags::MAYWRITE | VmFlags::SHARED).is_cow_mapping());
    }
}
