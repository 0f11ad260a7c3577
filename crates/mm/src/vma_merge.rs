//! Merging and splitting VMAs (`mm/vma.c`): `vma_merge_new_range` for a range about to be
//! mapped, `vma_merge_existing_range` for a range of an existing VMA whose attributes change
//! (mprotect, madvise, mlock), `vma_expand`, `__split_vma`, and `vma_modify`, which first tries a
//! merge and otherwise splits. The anon_vma rules decide more merges than anything else: two
//! VMAs merge only with equal anon_vmas, or when one side has none and the other's anon_vma
//! chain is a singleton (a VMA inherited through fork is never merged with an unfaulted one).

use crate::anon_vma::{AnonVmaId, NoMem};
use crate::machine::Machine;
use crate::shmem::FileId;
use crate::vma::{VmFlags, VmaId, VmaName};
use uapi::{Errno, PAGE_SHIFT};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MergeState {
    Start,
    NoMerge,
    Success,
    ErrorNomem,
}

/// Which half of a split is the new VMA (`new_below`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NewPart {
    /// The new VMA is the lower part; the original keeps the upper part.
    Below,
    /// The new VMA is the upper part.
    Above,
}

/// `struct vma_merge_struct`.
#[derive(Clone, Debug)]
pub(crate) struct Vmg {
    pub prev: Option<VmaId>,
    pub middle: Option<VmaId>,
    pub next: Option<VmaId>,
    pub target: Option<VmaId>,
    pub start: u64,
    pub end: u64,
    pub pgoff: u64,
    pub flags: VmFlags,
    pub file: Option<FileId>,
    /// The `open` behind the file (`Vma::filp`).
    pub filp: u32,
    pub anon_vma: Option<AnonVmaId>,
    /// Only expand prev (brk); never consider next.
    pub just_expand: bool,
    remove_middle: bool,
    remove_next: bool,
    adjust_middle_start: bool,
    adjust_next_start: bool,
    pub state: MergeState,
}

impl Vmg {
    /// `VMG_STATE` for a range about to be mapped.
    pub fn new_range(
        prev: Option<VmaId>,
        next: Option<VmaId>,
        start: u64,
        end: u64,
        pgoff: u64,
        flags: VmFlags,
        file: Option<FileId>,
    ) -> Vmg {
        Vmg {
            prev,
            middle: None,
            next,
            target: None,
            start,
            end,
            pgoff,
            flags,
            file,
            filp: 0,
            anon_vma: None,
            just_expand: false,
            remove_middle: false,
            remove_next: false,
            adjust_middle_start: false,
            adjust_next_start: false,
            state: MergeState::Start,
        }
    }
}

impl Machine {
    /// `VMG_VMA_STATE`: the attributes of `vma` over [start, end).
    pub(crate) fn vmg_vma_state(
        &self,
        prev: Option<VmaId>,
        vma: VmaId,
        start: u64,
        end: u64,
    ) -> Vmg {
        let v = &self.vmas[vma];
        let mut g = Vmg::new_range(prev, None, start, end, v.pgoff_at(start), v.flags, v.file);
        g.middle = Some(vma);
        g.anon_vma = v.anon_vma;
        g.filp = v.filp;
        g
    }

    /// A VMA that went through fork and still has more than one anon_vma link.
    fn vma_had_uncowed_parents(&self, vma: Option<VmaId>) -> bool {
        vma.is_some_and(|v| self.vmas[v].anon_vma.is_some() && self.vmas[v].chain.len() != 1)
    }

    /// `is_mergeable_vma`: equal flags (soft-dirty aside) and the same `struct file`.
    /// Policies, uffd contexts and anon names are not modelled and always equal.
    fn is_mergeable_vma(&self, g: &Vmg, other: VmaId) -> bool {
        let v = &self.vmas[other];
        (v.flags ^ g.flags).difference(VmFlags::STICKY).is_empty()
            && v.file == g.file
            && v.filp == g.filp
    }

    fn is_mergeable_anon_vma(&self, g: &Vmg, tgt: VmaId) -> bool {
        let tgt_anon = self.vmas[tgt].anon_vma;
        match (tgt_anon, g.anon_vma) {
            (None, Some(_)) => !self.vma_had_uncowed_parents(g.middle),
            (Some(_), None) => !self.vma_had_uncowed_parents(Some(tgt)),
            (t, s) => t == s,
        }
    }

    /// `can_vma_merge_before`: the range can become the lower part of `next`.
    fn can_vma_merge_before(&self, g: &Vmg) -> bool {
        let Some(next) = g.next else { return false };
        let pglen = (g.end - g.start) >> PAGE_SHIFT;
        self.is_mergeable_vma(g, next)
            && self.is_mergeable_anon_vma(g, next)
            && self.vmas[next].pgoff == g.pgoff.wrapping_add(pglen)
    }

    /// `can_vma_merge_after`: the range can become the upper part of `prev`.
    fn can_vma_merge_after(&self, g: &Vmg) -> bool {
        let Some(prev) = g.prev else { return false };
        let p = &self.vmas[prev];
        self.is_mergeable_vma(g, prev)
            && self.is_mergeable_anon_vma(g, prev)
            && p.pgoff + p.pages() == g.pgoff
    }

    fn can_vma_merge_left(&self, g: &Vmg) -> bool {
        g.prev.is_some_and(|p| self.vmas[p].end == g.start) && self.can_vma_merge_after(g)
    }

    /// `can_vma_merge_right`; when merging both sides, prev and next must also agree.
    fn can_vma_merge_right(&self, g: &Vmg, can_merge_left: bool) -> bool {
        let Some(next) = g.next else { return false };
        if g.end != self.vmas[next].start || !self.can_vma_merge_before(g) {
            return false;
        }
        if !can_merge_left {
            return true;
        }
        let prev = g.prev.expect("merging left implies prev");
        let (pa, na) = (self.vmas[prev].anon_vma, self.vmas[next].anon_vma);
        pa.is_none() || na.is_none() || pa == na
    }

    /// Only VMAs without a `close` hook may be removed by a merge; special mappings have one.
    fn can_merge_remove_vma(&self, vma: VmaId) -> bool {
        !matches!(self.vmas[vma].name, VmaName::Special(_))
    }

    /// `dup_anon_vma`: when `dst` has no anon_vma but `src` does, `dst` takes it (with its
    /// chain). Returns the VMA to unlink if the merge is later abandoned.
    fn dup_anon_vma(&mut self, dst: VmaId, src: VmaId) -> Result<Option<VmaId>, NoMem> {
        if let Some(av) = self.vmas[src].anon_vma
            && self.vmas[dst].anon_vma.is_none()
        {
            self.vmas[dst].anon_vma = Some(av);
            self.anon_vma_clone(dst, src)?;
            return Ok(Some(dst));
        }
        Ok(None)
    }

    /// Sets a VMA's range and pgoff, keeping the tree keyed by start.
    pub(crate) fn vma_set_range(&mut self, vma: VmaId, start: u64, end: u64, pgoff: u64) {
        let v = &mut self.vmas[vma];
        let (mm, old_start) = (v.mm, v.start);
        v.start = start;
        v.end = end;
        v.pgoff = pgoff;
        self.mms[mm].tree.set_range(old_start, start, end);
    }

    /// Frees a VMA merged away, already out of the tree (`vma_complete`'s remove path).
    fn remove_merged_vma(&mut self, vma: VmaId) {
        if self.vmas[vma].anon_vma.is_some() || !self.vmas[vma].chain.is_empty() {
            self.unlink_anon_vmas(vma);
        }
        self.vma_free(vma);
    }

    /// Frees a VMA struct already out of the tree, dropping its file reference.
    pub(crate) fn vma_free(&mut self, vma: VmaId) {
        debug_assert!(
            self.vmas[vma].chain.is_empty(),
            "freeing a VMA still linked to anon_vmas"
        );
        if let Some(f) = self.vmas[vma].file {
            self.file_unlink_vma(f, vma);
        }
        self.vmas.free(vma);
    }

    /// `commit_merge`.
    fn commit_merge(&mut self, g: &mut Vmg) -> Result<(), NoMem> {
        let vma = if g.adjust_next_start {
            g.middle.expect("adjusting next needs middle")
        } else {
            g.target.expect("merge target")
        };
        // Sticky flags of everything merged into the target stay with it.
        let mut sticky = g.flags & VmFlags::STICKY;
        for v in [g.middle, g.target]
            .into_iter()
            .flatten()
            .chain(g.remove_next.then_some(g.next).flatten())
        {
            sticky |= self.vmas[v].flags & VmFlags::STICKY;
        }
        if let Some(t) = g.target {
            self.vmas[t].flags |= sticky;
        }
        // Take removed VMAs out of the tree first so the new ranges never collide with them.
        let removed = [
            g.remove_middle.then(|| g.middle.expect("middle")),
            g.remove_next.then(|| g.next.expect("next")),
        ];
        for r in removed.into_iter().flatten() {
            let (mm, s) = (self.vmas[r].mm, self.vmas[r].start);
            self.mms[mm].tree.remove(s);
        }
        // Shrink the adjusted VMA before growing the target over the freed range.
        if g.adjust_middle_start {
            let m = g.middle.expect("middle");
            let mv = &self.vmas[m];
            let pgoff = mv.pgoff + ((g.end - mv.start) >> PAGE_SHIFT);
            let end = mv.end;
            self.vma_set_range(m, g.end, end, pgoff);
            self.vma_set_range(vma, g.start, g.end, g.pgoff);
        } else if g.adjust_next_start {
            let n = g.next.expect("next");
            self.vma_set_range(vma, g.start, g.end, g.pgoff);
            let nv = &self.vmas[n];
            let pgoff = nv.pgoff - ((nv.start - g.end) >> PAGE_SHIFT);
            let end = nv.end;
            self.vma_set_range(n, g.end, end, pgoff);
        } else {
            self.vma_set_range(vma, g.start, g.end, g.pgoff);
        }
        for r in removed.into_iter().flatten() {
            self.remove_merged_vma(r);
        }
        Ok(())
    }

    /// `vma_merge_existing_range`: [g.start, g.end) of `g.middle` changes attributes; merge it
    /// into prev and/or next when they match. Returns the merged VMA.
    pub(crate) fn vma_merge_existing_range(&mut self, g: &mut Vmg) -> Option<VmaId> {
        let middle = g.middle.expect("existing-range merge needs middle");
        let (start, end) = (g.start, g.end);
        let left_side = start == self.vmas[middle].start;
        let right_side = end == self.vmas[middle].end;
        g.state = MergeState::NoMerge;
        if g.flags.intersects(VmFlags::SPECIAL) || (!left_side && !right_side) {
            return None;
        }
        let merge_left = left_side && self.can_vma_merge_left(g);
        let mut merge_right = false;
        let mut next = None;
        if right_side {
            let mm = self.vmas[middle].mm;
            next = self.mms[mm].tree.next(&self.vmas, middle);
            g.next = next;
            merge_right = self.can_vma_merge_right(g, merge_left);
        }
        if !merge_left && !merge_right {
            return None;
        }
        let mut merge_both = merge_left && merge_right;
        g.remove_middle = left_side && right_side;
        if g.remove_middle && !self.can_merge_remove_vma(middle) {
            return None;
        }
        g.remove_next = merge_both;
        if g.remove_next && !self.can_merge_remove_vma(next.expect("next")) {
            g.remove_next = false;
            merge_right = false;
            merge_both = false;
        }
        if merge_right {
            g.target = next;
        }
        if merge_left {
            g.target = g.prev;
        }
        let prev = g.prev;
        let dup = if merge_both {
            let (p, n) = (prev.expect("prev"), next.expect("next"));
            g.start = self.vmas[p].start;
            g.end = self.vmas[n].end;
            g.pgoff = self.vmas[p].pgoff;
            let src = if self.vmas[n].anon_vma.is_some() {
                n
            } else {
                middle
            };
            self.dup_anon_vma(p, src)
        } else if merge_left {
            let p = prev.expect("prev");
            g.start = self.vmas[p].start;
            g.pgoff = self.vmas[p].pgoff;
            if !g.remove_middle {
                g.adjust_middle_start = true;
            }
            self.dup_anon_vma(p, middle)
        } else {
            let n = next.expect("next");
            let pglen = (g.end - g.start) >> PAGE_SHIFT;
            if g.remove_middle {
                g.end = self.vmas[n].end;
                g.pgoff = self.vmas[n].pgoff - pglen;
            } else {
                g.adjust_next_start = true;
                g.start = self.vmas[middle].start;
                g.end = start;
                g.pgoff = self.vmas[middle].pgoff;
            }
            self.dup_anon_vma(n, middle)
        };
        let anon_dup = match dup {
            Ok(d) => d,
            Err(NoMem) => {
                g.state = MergeState::ErrorNomem;
                return None;
            }
        };
        if self.commit_merge(g).is_err() {
            if let Some(d) = anon_dup {
                self.unlink_anon_vmas(d);
            }
            g.state = MergeState::ErrorNomem;
            return None;
        }
        g.state = MergeState::Success;
        g.target
    }

    /// `vma_merge_new_range`: expand prev and/or next over a range about to be mapped.
    pub(crate) fn vma_merge_new_range(&mut self, g: &mut Vmg) -> Option<VmaId> {
        let end = g.end;
        g.state = MergeState::NoMerge;
        if g.flags.intersects(VmFlags::SPECIAL) || (g.prev.is_none() && g.next.is_none()) {
            return None;
        }
        let can_merge_left = self.can_vma_merge_left(g);
        let can_merge_right = !g.just_expand && self.can_vma_merge_right(g, can_merge_left);
        if can_merge_right {
            let n = g.next.expect("next");
            g.end = self.vmas[n].end;
            g.target = Some(n);
        }
        if can_merge_left {
            let p = g.prev.expect("prev");
            g.start = self.vmas[p].start;
            g.target = Some(p);
            g.pgoff = self.vmas[p].pgoff;
            if can_merge_right && !self.can_merge_remove_vma(g.next.expect("next")) {
                g.end = end;
            }
        }
        if g.target.is_some() && self.vma_expand(g).is_ok() {
            g.state = MergeState::Success;
            return g.target;
        }
        None
    }

    /// `vma_expand`: grow the target to [g.start, g.end), removing next if it is covered.
    pub(crate) fn vma_expand(&mut self, g: &mut Vmg) -> Result<(), NoMem> {
        let target = g.target.expect("expand target");
        let mut anon_dup = None;
        if let Some(next) = g.next
            && next != target
            && g.end == self.vmas[next].end
        {
            match self.dup_anon_vma(target, next) {
                Ok(d) => anon_dup = d,
                Err(e) => {
                    g.state = MergeState::ErrorNomem;
                    return Err(e);
                }
            }
            g.remove_next = true;
        }
        if let Err(e) = self.commit_merge(g) {
            if let Some(d) = anon_dup {
                self.unlink_anon_vmas(d);
            }
            g.state = MergeState::ErrorNomem;
            return Err(e);
        }
        Ok(())
    }

    /// `__split_vma`: cut `vma` at `addr`. Returns the new VMA.
    pub(crate) fn split_vma_nocheck(
        &mut self,
        vma: VmaId,
        addr: u64,
        part: NewPart,
    ) -> Result<VmaId, Errno> {
        let mut new = self.vmas[vma].dup_without_chain();
        let (v_start, v_end, v_pgoff, v_file, v_mm) =
            (new.start, new.end, new.pgoff, new.file, new.mm);
        debug_assert!(v_start < addr && addr < v_end, "split outside the VMA");
        self.account_kernel_alloc(uapi::fail::AllocSite::Vma)
            .map_err(|_| Errno::ENOMEM)?;
        match part {
            NewPart::Below => new.end = addr,
            NewPart::Above => {
                new.start = addr;
                new.pgoff += (addr - v_start) >> PAGE_SHIFT;
            }
        }
        let new_id = self.vmas.alloc(new);
        if self.anon_vma_clone(new_id, vma).is_err() {
            self.vmas[new_id].anon_vma = None;
            self.vmas.free(new_id);
            return Err(Errno::ENOMEM);
        }
        if let Some(f) = v_file {
            self.files[f].vmas.push(new_id);
        }
        match part {
            NewPart::Below => {
                let pgoff = v_pgoff + ((addr - v_start) >> PAGE_SHIFT);
                self.vma_set_range(vma, addr, v_end, pgoff);
            }
            NewPart::Above => self.vma_set_range(vma, v_start, addr, v_pgoff),
        }
        self.mms[v_mm].tree.insert(&self.vmas, new_id);
        Ok(new_id)
    }

    /// `split_vma`: `__split_vma` unless the process is at `max_map_count`.
    pub(crate) fn split_vma(
        &mut self,
        vma: VmaId,
        addr: u64,
        part: NewPart,
    ) -> Result<VmaId, Errno> {
        let mm = self.vmas[vma].mm;
        if self.mms[mm].map_count() as u64 >= self.config.max_map_count {
            return Err(Errno::ENOMEM);
        }
        self.split_vma_nocheck(vma, addr, part)
    }

    /// `vma_modify`: merge [g.start, g.end) of `g.middle` with its neighbours, or split it out.
    pub(crate) fn vma_modify(&mut self, g: &mut Vmg) -> Result<VmaId, Errno> {
        let vma = g.middle.expect("vma_modify needs middle");
        let (start, end) = (g.start, g.end);
        if let Some(merged) = self.vma_merge_existing_range(g) {
            return Ok(merged);
        }
        if g.state == MergeState::ErrorNomem {
            return Err(Errno::ENOMEM);
        }
        if self.vmas[vma].start < start {
            self.split_vma(vma, start, NewPart::Below)?;
        }
        if self.vmas[vma].end > end {
            self.split_vma(vma, end, NewPart::Above)?;
        }
        Ok(vma)
    }

    /// `vma_modify_flags`.
    pub(crate) fn vma_modify_flags(
        &mut self,
        prev: Option<VmaId>,
        vma: VmaId,
        start: u64,
        end: u64,
        flags: VmFlags,
    ) -> Result<VmaId, Errno> {
        let mut g = self.vmg_vma_state(prev, vma, start, end);
        g.flags = flags;
        self.vma_modify(&mut g)
    }
}

impl Machine {
    /// `vma_merge_extend`: grow `vma` by `delta` at its end, merging with the next VMA if that
    /// becomes adjacent and compatible (mremap's in-place expansion).
    pub(crate) fn vma_merge_extend(&mut self, vma: VmaId, delta: u64) -> Option<VmaId> {
        let v = &self.vmas[vma];
        let (mm, end) = (v.mm, v.end);
        let mut g = self.vmg_vma_state(Some(vma), vma, end, end + delta);
        g.middle = None;
        g.next = self.mms[mm].tree.next(&self.vmas, vma);
        self.vma_merge_new_range(&mut g)
    }

    /// `copy_vma`: a copy of `vma`'s [range of `len` at `addr`) for mremap, merged into a
    /// neighbour at the destination when possible. Returns the destination VMA and the source
    /// VMA, which a merge may have replaced.
    pub(crate) fn copy_vma(
        &mut self,
        vma: VmaId,
        addr: u64,
        len: u64,
        pgoff: u64,
    ) -> Result<(VmaId, VmaId), Errno> {
        let v = self.vmas[vma].dup_without_chain();
        let mm = v.mm;
        // An unfaulted anonymous VMA takes the destination's linear pgoff, to merge more easily.
        let pgoff = if v.is_anonymous() && v.anon_vma.is_none() {
            addr >> PAGE_SHIFT
        } else {
            pgoff
        };
        let tree = &self.mms[mm].tree;
        let prev = tree.prev_below(&self.vmas, addr);
        // The destination range is empty, so the first VMA starting above it is next.
        let next = tree.next_of_addr(addr);
        let mut g = self.vmg_vma_state(prev, vma, addr, addr + len);
        g.middle = None;
        g.pgoff = pgoff;
        g.next = next;
        if let Some(new) = self.vma_merge_new_range(&mut g) {
            // The source itself may have been merged into the destination (only possible for
            // an unfaulted anonymous VMA, whose pgoff was reset above).
            let n = &self.vmas[new];
            let src = if n.start <= v.start && v.start < n.end {
                new
            } else {
                vma
            };
            return Ok((new, src));
        }
        self.account_kernel_alloc(uapi::fail::AllocSite::Vma)
            .map_err(|_| Errno::ENOMEM)?;
        let mut dup = v.dup_without_chain();
        dup.start = addr;
        dup.end = addr + len;
        dup.pgoff = pgoff;
        let new = self.vmas.alloc(dup);
        if self.anon_vma_clone(new, vma).is_err() {
            self.vmas[new].anon_vma = None;
            self.vmas.free(new);
            return Err(Errno::ENOMEM);
        }
        if let Some(f) = v.file {
            self.files[f].vmas.push(new);
        }
        self.mms[mm].tree.insert(&self.vmas, new);
        Ok((new, vma))
    }
}
