//! anon_vma and anon_vma_chain (`mm/rmap.c`): how an anonymous page finds every VMA that may
//! map it. Each anonymous page points at one anon_vma; each VMA is linked (through chain
//! entries) to the anon_vma of every ancestor it may share pages with. The reuse rules at first
//! fault (`find_mergeable_anon_vma`) and at fork (`anon_vma_clone`) keep the hierarchy bounded;
//! `num_children` and `num_active_vmas` are tracked separately, as after the fix for
//! CVE-2022-42703 ("Fix anon_vma->degree ambiguity leading to double-reuse").

use crate::arena::Id;
use crate::machine::Machine;
use crate::vma::{VmFlags, VmaId};

pub type AnonVmaId = Id<AnonVma>;
pub type AvcId = Id<Avc>;

#[derive(Clone, Debug)]
pub struct AnonVma {
    pub root: AnonVmaId,
    pub parent: AnonVmaId,
    /// Lifetime references: one from creation, one per non-root descendant pinning its root.
    pub refcount: u32,
    /// Child anon_vmas, plus one self-link for a root.
    pub num_children: u32,
    /// VMAs whose `anon_vma` is this one.
    pub num_active_vmas: u32,
    /// The interval tree (`rb_root`): chain entries of every VMA linked here, in link order.
    pub avcs: Vec<AvcId>,
}

/// One link VMA <-> anon_vma.
#[derive(Clone, Debug)]
pub struct Avc {
    pub vma: VmaId,
    pub anon_vma: AnonVmaId,
}

/// The anon_vma allocation failed (`-ENOMEM` in Linux).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoMem;

impl Machine {
    /// `anon_vma_alloc`: a fresh root (its own root and parent), refcount 1.
    fn anon_vma_alloc(&mut self) -> Result<AnonVmaId, NoMem> {
        self.account_kernel_alloc(uapi::fail::AllocSite::AnonVma)?;
        let id = self.anon_vmas.alloc(AnonVma {
            root: Id::from_raw(0),
            parent: Id::from_raw(0),
            refcount: 1,
            num_children: 0,
            num_active_vmas: 0,
            avcs: Vec::new(),
        });
        let av = &mut self.anon_vmas[id];
        av.root = id;
        av.parent = id;
        Ok(id)
    }

    /// `put_anon_vma`: drop a reference; the last one frees it and releases its root pin.
    pub(crate) fn put_anon_vma(&mut self, id: AnonVmaId) {
        let av = &mut self.anon_vmas[id];
        av.refcount -= 1;
        if av.refcount > 0 {
            return;
        }
        let root = av.root;
        debug_assert!(av.avcs.is_empty() && av.num_children == 0 && av.num_active_vmas == 0);
        self.anon_vmas.free(id);
        if root != id {
            self.put_anon_vma(root);
        }
    }

    /// `anon_vma_chain_link`: the chain entry goes at the head of the VMA's list and into the
    /// anon_vma's tree.
    fn anon_vma_chain_link(&mut self, vma: VmaId, av: AnonVmaId) -> Result<(), NoMem> {
        self.account_kernel_alloc(uapi::fail::AllocSite::AnonVmaChain)?;
        let avc = self.avcs.alloc(Avc { vma, anon_vma: av });
        self.vmas[vma].chain.insert(0, avc);
        self.anon_vmas[av].avcs.push(avc);
        Ok(())
    }

    /// `anon_vma_compatible(a, b)`: `a` directly below `b`, same file and policy, flags equal
    /// apart from access bits, contiguous pgoff.
    fn anon_vma_compatible(&self, a: VmaId, b: VmaId) -> bool {
        let (a, b) = (&self.vmas[a], &self.vmas[b]);
        a.end == b.start
            && a.file == b.file
            && (a.flags ^ b.flags)
                .difference(VmFlags::ACCESS | VmFlags::SOFTDIRTY)
                .is_empty()
            && b.pgoff == a.pgoff + ((b.start - a.start) >> uapi::PAGE_SHIFT)
    }

    /// `reusable_anon_vma`: `old`'s anon_vma if the pair is compatible and `old` never forked.
    fn reusable_anon_vma(&self, old: VmaId, a: VmaId, b: VmaId) -> Option<AnonVmaId> {
        if !self.anon_vma_compatible(a, b) {
            return None;
        }
        let o = &self.vmas[old];
        o.anon_vma.filter(|_| o.chain.len() == 1)
    }

    /// `find_mergeable_anon_vma`: try the next VMA first, then the previous one.
    fn find_mergeable_anon_vma(&self, vma: VmaId) -> Option<AnonVmaId> {
        let mm = self.vmas[vma].mm;
        let tree = &self.mms[mm].tree;
        if let Some(next) = tree.next(&self.vmas, vma)
            && let Some(av) = self.reusable_anon_vma(next, vma, next)
        {
            return Some(av);
        }
        let prev = tree.prev(&self.vmas, vma)?;
        self.reusable_anon_vma(prev, prev, vma)
    }

    /// `anon_vma_prepare`: give `vma` an anon_vma before its first anonymous page.
    pub(crate) fn anon_vma_prepare(&mut self, vma: VmaId) -> Result<AnonVmaId, NoMem> {
        if let Some(av) = self.vmas[vma].anon_vma {
            return Ok(av);
        }
        let av = match self.find_mergeable_anon_vma(vma) {
            Some(av) => av,
            None => {
                let av = self.anon_vma_alloc()?;
                self.anon_vmas[av].num_children += 1; // self-parent link of a new root
                av
            }
        };
        if let Err(e) = self.anon_vma_chain_link(vma, av) {
            if self.anon_vmas[av].num_active_vmas == 0 && self.anon_vmas[av].avcs.is_empty() {
                self.anon_vmas[av].num_children -= 1;
                self.put_anon_vma(av);
            }
            return Err(e);
        }
        self.vmas[vma].anon_vma = Some(av);
        self.anon_vmas[av].num_active_vmas += 1;
        Ok(av)
    }

    /// `anon_vma_clone`: link `dst` to every anon_vma `src` is linked to (oldest first, so the
    /// lists end up in the same order). When `dst` has no anon_vma yet (fork), reuse one that no
    /// VMA uses and that has at most one child.
    pub(crate) fn anon_vma_clone(&mut self, dst: VmaId, src: VmaId) -> Result<(), NoMem> {
        debug_assert_ne!(dst, src);
        let src_has_anon = self.vmas[src].anon_vma.is_some();
        let src_len = self.vmas[src].chain.len();
        self.vmas[dst].chain.reserve_exact(src_len);
        // Linking only ever touches dst's chain, so src's can be read in place.
        for i in (0..src_len).rev() {
            let avc = self.vmas[src].chain[i];
            let av = self.avcs[avc].anon_vma;
            if let Err(e) = self.anon_vma_chain_link(dst, av) {
                self.vmas[dst].anon_vma = None;
                self.unlink_anon_vmas(dst);
                return Err(e);
            }
            let a = &self.anon_vmas[av];
            if self.vmas[dst].anon_vma.is_none()
                && src_has_anon
                && a.num_children < 2
                && a.num_active_vmas == 0
            {
                self.vmas[dst].anon_vma = Some(av);
            }
        }
        if let Some(av) = self.vmas[dst].anon_vma {
            self.anon_vmas[av].num_active_vmas += 1;
        }
        Ok(())
    }

    /// `anon_vma_fork`: the child VMA links to the parent's anon_vmas, then gets its own
    /// anon_vma (a child of the parent VMA's) for the pages it will COW, unless one was reused.
    pub(crate) fn anon_vma_fork(&mut self, vma: VmaId, pvma: VmaId) -> Result<(), NoMem> {
        let Some(parent_av) = self.vmas[pvma].anon_vma else {
            return Ok(());
        };
        self.vmas[vma].anon_vma = None;
        self.anon_vma_clone(vma, pvma)?;
        if self.vmas[vma].anon_vma.is_some() {
            return Ok(());
        }
        let av = match self.anon_vma_alloc() {
            Ok(av) => av,
            Err(e) => {
                self.unlink_anon_vmas(vma);
                return Err(e);
            }
        };
        self.anon_vmas[av].num_active_vmas += 1;
        let root = self.anon_vmas[parent_av].root;
        {
            let a = &mut self.anon_vmas[av];
            a.root = root;
            a.parent = parent_av;
        }
        self.anon_vmas[root].refcount += 1; // a non-root pins its root
        if let Err(e) = self.anon_vma_chain_link(vma, av) {
            self.anon_vmas[av].num_active_vmas -= 1;
            self.put_anon_vma(av);
            self.unlink_anon_vmas(vma);
            return Err(e);
        }
        self.vmas[vma].anon_vma = Some(av);
        self.anon_vmas[parent_av].num_children += 1;
        Ok(())
    }

    /// `unlink_anon_vmas`: drop every chain entry of `vma`; anon_vmas left with no linked VMA
    /// stop counting as their parent's child and lose their creation reference.
    pub(crate) fn unlink_anon_vmas(&mut self, vma: VmaId) {
        let chain = std::mem::take(&mut self.vmas[vma].chain);
        let mut emptied = Vec::new();
        for &avc in &chain {
            let av = self.avcs[avc].anon_vma;
            let a = &mut self.anon_vmas[av];
            a.avcs.retain(|&x| x != avc);
            if a.avcs.is_empty() {
                let parent = a.parent;
                self.anon_vmas[parent].num_children -= 1;
                emptied.push(av);
            }
            self.avcs.free(avc);
        }
        if let Some(av) = self.vmas[vma].anon_vma.take() {
            self.anon_vmas[av].num_active_vmas -= 1;
        }
        for av in emptied {
            self.put_anon_vma(av);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::machine::{Config, Machine};
    use uapi::consts::*;
    use uapi::{Kernel, Pid, Syscall};

    /// CVE-2022-42703's shape (scenarios/anon-vma-degree-cve-2022-42703.mms). Before the fix
    /// fork reused any anon_vma of the parent VMA's chain other than its own whose `degree`
    /// (children + VMAs using it) was below 2. An anon_vma used by one VMA of another process
    /// and parent of none has degree 1, and was reused: two VMAs of different lineages then
    /// shared it. With the counts apart (num_children 0, num_active_vmas 1) it is not.
    #[test]
    fn an_anon_vma_in_use_by_a_vma_is_not_reused_at_fork() {
        let mut k = Machine::new(Config {
            check_every_step: true,
            ..Config::default()
        })
        .unwrap();
        let a = k.spawn(None).unwrap();
        let v = k
            .syscall(
                a,
                &Syscall::Mmap {
                    addr: 0,
                    len: 16384,
                    prot: PROT_READ | PROT_WRITE,
                    flags: MAP_PRIVATE | MAP_ANONYMOUS,
                    fd: -1,
                    off: 0,
                },
            )
            .unwrap();
        let anon_vma_of = |k: &Machine, p: Pid| {
            let mm = k.mm_of(p).unwrap();
            let vma = k.mms[mm].tree.lookup(&k.vmas, v).unwrap();
            k.vmas[vma].anon_vma.unwrap()
        };
        k.store(a, v, &[1; 16384]).unwrap();
        let av1 = anon_vma_of(&k, a);
        let b = k.fork(a).unwrap();
        let av2 = anon_vma_of(&k, b);
        assert_eq!(k.anon_vmas[av2].parent, av1);
        let c = k.fork(b).unwrap();
        let av3 = anon_vma_of(&k, c);
        assert_eq!(k.anon_vmas[av3].parent, av2);
        k.exit(b).unwrap();
        let d = k.fork(c).unwrap();
        assert_eq!(
            anon_vma_of(&k, d),
            av2,
            "an anon_vma with one child and no VMA is reused"
        );
        k.exit(c).unwrap();
        let e = k.fork(d).unwrap();
        assert_eq!(
            anon_vma_of(&k, e),
            av3,
            "an anon_vma with no child and no VMA is reused"
        );
        let (children, active) = (
            k.anon_vmas[av3].num_children,
            k.anon_vmas[av3].num_active_vmas,
        );
        assert_eq!((children, active), (0, 1), "the old degree would be 1");
        let f = k.fork(d).unwrap();
        let av_f = anon_vma_of(&k, f);
        assert_ne!(av_f, av3, "double reuse of an anon_vma still in use");
        assert_eq!(k.anon_vmas[av_f].parent, av2);
        for p in [a, d, e, f] {
            k.exit(p).unwrap();
        }
        k.check().unwrap();
    }
}
