//! `folio_referenced` (`mm/rmap.c`): test and clear the accessed bits of every PTE mapping a
//! page, walking its rmap in try-lock mode, as "mm: don't be stuck to rmap lock on reclaim
//! path" made it: when another CPU holds the anon_vma root's (or the file's i_mmap) lock, the
//! walk reports `Contended` instead of waiting, and reclaim moves on to the next folio.
// LRU aging, its caller, arrives with LRU-scanning reclaim; until then only tests drive it.
#![cfg_attr(not(test), allow(dead_code))]

use crate::machine::Machine;
use crate::phys::Pfn;
use crate::vma::VmFlags;

/// How an rmap walk takes the anon_vma root's (or the file's i_mmap) lock
/// (`rmap_walk_control.try_lock`, from "mm: don't be stuck to rmap lock on reclaim path").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RmapLock {
    /// Wait for a holder to finish (in the model: the holder finishes first).
    Wait,
    /// Give up at once and report `Contended` (`rwc.contended`).
    Try,
}

/// The rmap lock an rmap walk of a page needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum RmapLockKey {
    /// `anon_vma->root->rwsem`.
    AnonVmaRoot(u32),
    /// `mapping->i_mmap_rwsem`.
    Mapping(u32),
}

/// A try-lock rmap walk found its lock held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Contended;

/// What `folio_referenced` found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Referenced {
    /// VMAs through which the page was referenced since the last check.
    pub vmas: u32,
    /// Their flags, and VM_LOCKED if an mlocked VMA maps the page.
    pub vm_flags: VmFlags,
}

impl Machine {
    /// The lock an rmap walk of `pfn` takes.
    pub(crate) fn rmap_lock_key(&self, pfn: Pfn) -> RmapLockKey {
        let p = &self.pages[pfn.idx()];
        if p.is_anon() {
            let av = crate::anon_vma::AnonVmaId::from_raw(p.mapping);
            let root = self.anon_vmas.get(av).map_or(av, |a| a.root);
            RmapLockKey::AnonVmaRoot(root.raw())
        } else {
            RmapLockKey::Mapping(p.mapping)
        }
    }

    /// `folio_referenced` (always a try-lock walk in Linux): test and clear the accessed bit of
    /// every PTE mapping the page; stop at an mlocked VMA. Err when the rmap lock is held.
    pub(crate) fn folio_referenced(&mut self, pfn: Pfn) -> Result<Referenced, Contended> {
        self.folio_referenced_locking(pfn, RmapLock::Try)
    }

    pub(crate) fn folio_referenced_locking(
        &mut self,
        pfn: Pfn,
        lock: RmapLock,
    ) -> Result<Referenced, Contended> {
        let mut out = Referenced {
            vmas: 0,
            vm_flags: VmFlags::empty(),
        };
        if self.pages[pfn.idx()].mapcount == 0 {
            return Ok(out);
        }
        if lock == RmapLock::Try && self.rmap_locks_held.contains(&self.rmap_lock_key(pfn)) {
            return Err(Contended);
        }
        for (vma, addr) in self.rmap_walk(pfn) {
            let Some(ptep) = self.page_vma_mapped(pfn, vma, addr) else {
                continue;
            };
            let flags = self.vmas[vma].flags;
            if flags.contains(VmFlags::LOCKED) {
                out.vm_flags |= VmFlags::LOCKED;
                break;
            }
            let pte = self.ptep_get(ptep);
            if pte.young() {
                self.set_pte_at(ptep, pte.mkold());
                out.vmas += 1;
                out.vm_flags |= flags - VmFlags::LOCKED;
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::machine::Config;
    use uapi::consts::*;
    use uapi::{Kernel, Syscall};

    /// The accessed bits of every mapping, found through the anon_vma; a held root lock makes
    /// the try-lock walk give up without touching anything, a waiting walk goes through.
    #[test]
    fn folio_referenced_walks_every_mapping_and_honours_try_lock() {
        let mut k = Machine::new(Config::default()).unwrap();
        let p = k.spawn(None).unwrap();
        let a = k
            .syscall(
                p,
                &Syscall::Mmap {
                    addr: 0,
                    len: 4096,
                    prot: PROT_READ | PROT_WRITE,
                    flags: MAP_PRIVATE | MAP_ANONYMOUS,
                    fd: -1,
                    off: 0,
                },
            )
            .unwrap();
        k.store(p, a, b"x").unwrap();
        let c = k.fork(p).unwrap();
        k.load(c, a, 1).unwrap();
        let mm = k.mm_of(p).unwrap();
        let pte = k.ptep_get(k.pte_offset(mm, a).unwrap());
        let pfn = Pfn(pte.pfn() as u32);
        let key = k.rmap_lock_key(pfn);
        k.rmap_locks_held.insert(key);
        assert_eq!(k.folio_referenced(pfn), Err(Contended));
        assert!(k.ptep_get(k.pte_offset(mm, a).unwrap()).young());
        let r = k.folio_referenced_locking(pfn, RmapLock::Wait).unwrap();
        assert_eq!(r.vmas, 2);
        assert!(r.vm_flags.contains(VmFlags::WRITE));
        k.rmap_locks_held.remove(&key);
        assert_eq!(
            k.folio_referenced(pfn).unwrap().vmas,
            0,
            "bits were cleared"
        );
        k.load(p, a, 1).unwrap();
        assert_eq!(k.folio_referenced(pfn).unwrap().vmas, 1);
        // Read-only, so mlock's populate does not break COW in the child.
        let ro = Syscall::Mprotect {
            addr: a,
            len: 4096,
            prot: PROT_READ,
        };
        k.syscall(c, &ro).unwrap();
        k.syscall(c, &Syscall::Mlock { addr: a, len: 4096 })
            .unwrap();
        k.load(p, a, 1).unwrap();
        let r = k.folio_referenced(pfn).unwrap();
        assert!(r.vm_flags.contains(VmFlags::LOCKED));
        k.exit(c).unwrap();
        k.exit(p).unwrap();
        k.check().unwrap();
    }
}
