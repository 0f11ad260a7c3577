//! An ordered index of non-overlapping ranges augmented with free-gap information, for the VMA
//! tree: the job the maple tree does in Linux (`lib/maple_tree.c`), where every node records the
//! largest gap below it so `get_unmapped_area` finds a hole in O(log n) instead of walking every
//! VMA. Here it is a treap (a binary search tree kept balanced by random priorities, drawn from
//! a seeded generator so that the shape is deterministic) whose nodes carry, for their subtree,
//! the lowest start, the highest end and the largest gap between consecutive ranges.

/// "No node".
const NIL: u32 = u32::MAX;

#[derive(Clone, Debug)]
struct Node<V> {
    start: u64,
    end: u64,
    value: V,
    prio: u64,
    left: u32,
    right: u32,
    /// Lowest start and highest end in the subtree.
    min_start: u64,
    max_end: u64,
    /// Largest gap between consecutive ranges inside the subtree.
    max_gap: u64,
}

/// What `update_in_place` found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Update {
    Done,
    NotFound,
    /// The new range would not stay between its neighbours.
    Misplaced,
}

#[derive(Clone, Debug)]
pub struct GapTree<V> {
    nodes: Vec<Node<V>>,
    free: Vec<u32>,
    root: u32,
    len: usize,
    rng: u64,
    /// Scratch for the descent of `update_in_place`, kept to avoid an allocation per call.
    path: Vec<u32>,
}

impl<V: Copy> Default for GapTree<V> {
    fn default() -> Self {
        GapTree {
            nodes: Vec::new(),
            free: Vec::new(),
            root: NIL,
            len: 0,
            rng: 0x9e37_79b9_7f4a_7c15,
            path: Vec::new(),
        }
    }
}

impl<V: Copy> GapTree<V> {
    pub fn len(&self) -> usize {
        self.len
    }

    fn next_prio(&mut self) -> u64 {
        // xorshift64*: deterministic, so a given sequence of operations always builds the same tree.
        self.rng ^= self.rng >> 12;
        self.rng ^= self.rng << 25;
        self.rng ^= self.rng >> 27;
        self.rng.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Recomputes a node's aggregates from its children.
    fn pull(&mut self, n: u32) {
        let (l, r) = (self.nodes[n as usize].left, self.nodes[n as usize].right);
        let node = &self.nodes[n as usize];
        let (mut min_start, mut max_end, mut max_gap) = (node.start, node.end, 0);
        let (start, end) = (node.start, node.end);
        if l != NIL {
            let ln = &self.nodes[l as usize];
            min_start = ln.min_start;
            max_gap = max_gap.max(ln.max_gap).max(start - ln.max_end);
        }
        if r != NIL {
            let rn = &self.nodes[r as usize];
            max_end = rn.max_end;
            max_gap = max_gap.max(rn.max_gap).max(rn.min_start - end);
        }
        let node = &mut self.nodes[n as usize];
        node.min_start = min_start;
        node.max_end = max_end;
        node.max_gap = max_gap;
    }

    /// Splits subtree `t` into (keys < key, keys >= key).
    fn split(&mut self, t: u32, key: u64) -> (u32, u32) {
        if t == NIL {
            return (NIL, NIL);
        }
        if self.nodes[t as usize].start < key {
            let (a, b) = self.split(self.nodes[t as usize].right, key);
            self.nodes[t as usize].right = a;
            self.pull(t);
            (t, b)
        } else {
            let (a, b) = self.split(self.nodes[t as usize].left, key);
            self.nodes[t as usize].left = b;
            self.pull(t);
            (a, t)
        }
    }

    /// Joins two subtrees where every key of `a` is below every key of `b`.
    fn merge(&mut self, a: u32, b: u32) -> u32 {
        if a == NIL {
            return b;
        }
        if b == NIL {
            return a;
        }
        if self.nodes[a as usize].prio > self.nodes[b as usize].prio {
            let r = self.merge(self.nodes[a as usize].right, b);
            self.nodes[a as usize].right = r;
            self.pull(a);
            a
        } else {
            let l = self.merge(a, self.nodes[b as usize].left);
            self.nodes[b as usize].left = l;
            self.pull(b);
            b
        }
    }

    /// Adds [start, end) → value. The range must not overlap another.
    pub fn insert(&mut self, start: u64, end: u64, value: V) {
        let prio = self.next_prio();
        let node = Node {
            start,
            end,
            value,
            prio,
            left: NIL,
            right: NIL,
            min_start: start,
            max_end: end,
            max_gap: 0,
        };
        let n = match self.free.pop() {
            Some(i) => {
                self.nodes[i as usize] = node;
                i
            }
            None => {
                self.nodes.push(node);
                (self.nodes.len() - 1) as u32
            }
        };
        self.root = self.insert_at(self.root, n);
        self.len += 1;
    }

    /// Treap insertion: down to where the new node's priority belongs, then the subtree there
    /// is split around it.
    fn insert_at(&mut self, t: u32, n: u32) -> u32 {
        if t == NIL {
            return n;
        }
        let key = self.nodes[n as usize].start;
        if self.nodes[n as usize].prio > self.nodes[t as usize].prio {
            let (a, b) = self.split(t, key);
            let node = &mut self.nodes[n as usize];
            node.left = a;
            node.right = b;
            self.pull(n);
            return n;
        }
        if key < self.nodes[t as usize].start {
            let l = self.insert_at(self.nodes[t as usize].left, n);
            self.nodes[t as usize].left = l;
        } else {
            let r = self.insert_at(self.nodes[t as usize].right, n);
            self.nodes[t as usize].right = r;
        }
        self.pull(t);
        t
    }

    /// Removes the range starting at `start`.
    pub fn remove(&mut self, start: u64) -> Option<V> {
        let mut removed = None;
        self.root = self.remove_at(self.root, start, &mut removed);
        let n = removed?;
        self.free.push(n);
        self.len -= 1;
        Some(self.nodes[n as usize].value)
    }

    /// Treap removal: the node's children are merged in its place.
    fn remove_at(&mut self, t: u32, key: u64, removed: &mut Option<u32>) -> u32 {
        if t == NIL {
            return NIL;
        }
        let node = &self.nodes[t as usize];
        if key == node.start {
            *removed = Some(t);
            let (l, r) = (node.left, node.right);
            return self.merge(l, r);
        }
        if key < node.start {
            let l = self.remove_at(node.left, key, removed);
            self.nodes[t as usize].left = l;
        } else {
            let r = self.remove_at(node.right, key, removed);
            self.nodes[t as usize].right = r;
        }
        if removed.is_some() {
            self.pull(t);
        }
        t
    }

    /// Changes the range starting at `old_start` to [start, end). A VMA's boundaries move
    /// within the gaps around it, so the node is usually updated where it is and only its
    /// ancestors' aggregates recomputed; a range that would pass a neighbour is re-inserted.
    pub fn set_range(&mut self, old_start: u64, start: u64, end: u64) {
        if self.update_in_place(old_start, start, end) == Update::Done {
            return;
        }
        if let Some(v) = self.remove(old_start) {
            self.insert(start, end, v);
        }
    }

    /// Finds `old_start` and, if [start, end) still lies between the ranges before and after
    /// it, updates it and then the aggregates of its ancestors, deepest first.
    fn update_in_place(&mut self, old_start: u64, start: u64, end: u64) -> Update {
        // `lo_end`: the end of the nearest range before the current subtree; `hi_start`: the
        // start of the nearest one after it.
        let (mut lo_end, mut hi_start) = (0, u64::MAX);
        let mut path = std::mem::take(&mut self.path);
        path.clear();
        let mut t = self.root;
        let found = loop {
            if t == NIL {
                break Update::NotFound;
            }
            let n = &self.nodes[t as usize];
            if old_start == n.start {
                let below = if n.left == NIL {
                    lo_end
                } else {
                    self.nodes[n.left as usize].max_end
                };
                let above = if n.right == NIL {
                    hi_start
                } else {
                    self.nodes[n.right as usize].min_start
                };
                if start < below || end > above || start >= end {
                    break Update::Misplaced;
                }
                let n = &mut self.nodes[t as usize];
                n.start = start;
                n.end = end;
                path.push(t);
                break Update::Done;
            }
            path.push(t);
            if old_start < n.start {
                hi_start = n.start;
                t = n.left;
            } else {
                lo_end = n.end;
                t = n.right;
            }
        };
        if found == Update::Done {
            for &n in path.iter().rev() {
                self.pull(n);
            }
        }
        self.path = path;
        found
    }

    /// The range with the highest start at or below `key`.
    pub fn floor(&self, key: u64) -> Option<(u64, u64, V)> {
        let mut t = self.root;
        let mut best = None;
        while t != NIL {
            let n = &self.nodes[t as usize];
            if n.start <= key {
                best = Some((n.start, n.end, n.value));
                t = n.right;
            } else {
                t = n.left;
            }
        }
        best
    }

    /// The range with the lowest start strictly above `key`.
    pub fn higher(&self, key: u64) -> Option<(u64, u64, V)> {
        let mut t = self.root;
        let mut best = None;
        while t != NIL {
            let n = &self.nodes[t as usize];
            if n.start > key {
                best = Some((n.start, n.end, n.value));
                t = n.left;
            } else {
                t = n.right;
            }
        }
        best
    }

    /// The range with the highest start strictly below `key`.
    pub fn lower(&self, key: u64) -> Option<(u64, u64, V)> {
        key.checked_sub(1).and_then(|k| self.floor(k))
    }

    /// Every range in address order.
    pub fn iter(&self) -> impl Iterator<Item = (u64, u64, V)> + '_ {
        let mut stack = Vec::new();
        let mut t = self.root;
        std::iter::from_fn(move || {
            while t != NIL {
                stack.push(t);
                t = self.nodes[t as usize].left;
            }
            let n = stack.pop()?;
            let node = &self.nodes[n as usize];
            t = node.right;
            Some((node.start, node.end, node.value))
        })
    }

    /// The highest gap inside [low, high) at least `length` long, as its end clamped to `high`.
    pub fn area_highest(&self, low: u64, high: u64, length: u64) -> Option<u64> {
        if high <= low || high - low < length {
            return None;
        }
        if self.root == NIL {
            return Some(high);
        }
        // The gap above the last range, up to the top of the address space.
        let top = self.nodes[self.root as usize].max_end;
        if fits(top.max(low), high, length) {
            return Some(high);
        }
        self.highest_in(self.root, 0, low, high, length)
    }

    /// Searches the gaps before each range of subtree `t` (the first of them starting at
    /// `left_bound`), highest first.
    fn highest_in(&self, t: u32, left_bound: u64, low: u64, high: u64, length: u64) -> Option<u64> {
        if t == NIL {
            return None;
        }
        let n = &self.nodes[t as usize];
        // Prune: no gap of the subtree is long enough, or all of them lie outside [low, high).
        if n.max_gap.max(n.min_start - left_bound) < length
            || left_bound >= high
            || n.max_end <= low
        {
            return None;
        }
        // Higher addresses first: the right subtree, whose gaps all start at or above n.end.
        if n.right != NIL
            && n.end < high
            && let Some(g) = self.highest_in(n.right, n.end, low, high, length)
        {
            return Some(g);
        }
        let pred_end = if n.left != NIL {
            self.nodes[n.left as usize].max_end
        } else {
            left_bound
        };
        if fits(pred_end.max(low), n.start.min(high), length) {
            return Some(n.start.min(high));
        }
        self.highest_in(n.left, left_bound, low, high, length)
    }

    /// The lowest gap inside [low, high) at least `length` long, as its start clamped to `low`.
    pub fn area_lowest(&self, low: u64, high: u64, length: u64) -> Option<u64> {
        if high <= low || high - low < length {
            return None;
        }
        if self.root == NIL {
            return Some(low);
        }
        if let Some(g) = self.lowest_in(self.root, 0, low, high, length) {
            return Some(g);
        }
        let top = self.nodes[self.root as usize].max_end;
        fits(top.max(low), high, length).then_some(top.max(low))
    }

    fn lowest_in(&self, t: u32, left_bound: u64, low: u64, high: u64, length: u64) -> Option<u64> {
        if t == NIL {
            return None;
        }
        let n = &self.nodes[t as usize];
        if n.max_gap.max(n.min_start - left_bound) < length
            || left_bound >= high
            || n.max_end <= low
        {
            return None;
        }
        if n.left != NIL
            && n.start > low
            && let Some(g) = self.lowest_in(n.left, left_bound, low, high, length)
        {
            return Some(g);
        }
        let pred_end = if n.left != NIL {
            self.nodes[n.left as usize].max_end
        } else {
            left_bound
        };
        if fits(pred_end.max(low), n.start.min(high), length) {
            return Some(pred_end.max(low));
        }
        if n.right != NIL && n.end < high {
            return self.lowest_in(n.right, n.end, low, high, length);
        }
        None
    }
}

fn fits(start: u64, end: u64, length: u64) -> bool {
    end > start && end - start >= length
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
    }

    /// The gaps of a sorted set of ranges, brute force.
    fn gaps(m: &BTreeMap<u64, u64>) -> Vec<(u64, u64)> {
        let mut out = Vec::new();
        let mut prev = 0;
        for (&s, &e) in m {
            if s > prev {
                out.push((prev, s));
            }
            prev = e;
        }
        out.push((prev, u64::MAX));
        out
    }

    fn brute_highest(m: &BTreeMap<u64, u64>, low: u64, high: u64, len: u64) -> Option<u64> {
        gaps(m).into_iter().rev().find_map(|(s, e)| {
            let (s, e) = (s.max(low), e.min(high));
            fits(s, e, len).then_some(e)
        })
    }

    fn brute_lowest(m: &BTreeMap<u64, u64>, low: u64, high: u64, len: u64) -> Option<u64> {
        gaps(m).into_iter().find_map(|(s, e)| {
            let (s, e) = (s.max(low), e.min(high));
            fits(s, e, len).then_some(s)
        })
    }

    #[test]
    fn matches_a_brute_force_model_under_random_operations() {
        let mut r = Rng(42);
        let mut t: GapTree<u32> = GapTree::default();
        let mut m: BTreeMap<u64, u64> = BTreeMap::new();
        for step in 0..20_000u32 {
            let s = (r.next() % 512) * 16;
            let len = 1 + r.next() % 40;
            let e = s + len;
            match r.next() % 4 {
                3 => {
                    // Move or resize a range: near itself (updated in place) or anywhere
                    // free (re-inserted).
                    if let Some((&ks, &ke)) = m.range(s..).next() {
                        let (ns, ne) = if r.next().is_multiple_of(2) {
                            let ns = ks.saturating_sub(r.next() % 24);
                            (
                                ns,
                                (ke + r.next() % 24)
                                    .saturating_sub(r.next() % 8)
                                    .max(ns + 1),
                            )
                        } else {
                            (s, e)
                        };
                        let clash = m.range(..ne).any(|(&os, &oe)| os != ks && oe > ns);
                        if !clash {
                            t.set_range(ks, ns, ne);
                            m.remove(&ks);
                            m.insert(ns, ne);
                        }
                    }
                }
                0 | 1 => {
                    let overlaps = m.range(..e).next_back().is_some_and(|(_, &pe)| pe > s);
                    if !overlaps {
                        t.insert(s, e, step);
                        m.insert(s, e);
                    }
                }
                _ => {
                    if let Some((&ks, _)) = m.range(s..).next() {
                        assert!(t.remove(ks).is_some());
                        m.remove(&ks);
                    }
                }
            }
            assert_eq!(t.len(), m.len());
            let low = r.next() % 8192;
            let high = low + r.next() % 8192;
            let need = 1 + r.next() % 64;
            assert_eq!(
                t.area_highest(low, high, need),
                brute_highest(&m, low, high, need),
                "step {step}"
            );
            assert_eq!(
                t.area_lowest(low, high, need),
                brute_lowest(&m, low, high, need),
                "step {step}"
            );
            let k = r.next() % 9000;
            assert_eq!(
                t.floor(k).map(|x| x.0),
                m.range(..=k).next_back().map(|(&s, _)| s)
            );
            assert_eq!(
                t.higher(k).map(|x| x.0),
                m.range(k + 1..).next().map(|(&s, _)| s)
            );
        }
        let in_order: Vec<u64> = t.iter().map(|x| x.0).collect();
        assert_eq!(in_order, m.keys().copied().collect::<Vec<_>>());
    }
}
