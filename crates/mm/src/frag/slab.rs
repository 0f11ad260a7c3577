//! Slab caches as the page allocator sees them (`mm/slub.c`): each cache takes slabs of a
//! fixed order and migratetype from the page allocator, hands out objects from partially used
//! slabs (the most recently filled first), and gives a slab back once its last object is freed
//! and the cache already keeps `min_partial` partial slabs. Only the page-level behaviour is
//! modelled: which slab an object lives in, when slab pages come and go.

use crate::phys::Pfn;
use crate::phys::gfp::Gfp;

/// One cache's geometry and allocation intent.
#[derive(Clone, Copy, Debug)]
pub struct CacheSpec {
    pub name: &'static str,
    pub gfp: Gfp,
    pub order: u8,
    pub objs_per_slab: u32,
}

/// An object: its cache and slab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ObjRef {
    pub cache: u8,
    pub slab: u32,
}

const NIL: u32 = u32::MAX;

/// `s->min_partial` for small caches: an emptied slab stays cached while the partial list,
/// itself included, is shorter than this.
const MIN_PARTIAL: u32 = 5;

struct Slab {
    pfn: Pfn,
    inuse: u32,
    /// Links of the partial list (`NIL` when not on it).
    prev: u32,
    next: u32,
    on_partial: bool,
}

/// A cache: its slabs in an arena, the partial list threaded through them.
pub struct Cache {
    pub spec: CacheSpec,
    slabs: Vec<Slab>,
    free_ids: Vec<u32>,
    head: u32,
    tail: u32,
    nr_partial: u32,
    /// Slabs held now.
    pub nr_slabs: u64,
}

/// What an allocation needs from the caller: a new slab page, or nothing.
pub enum NeedSlab {
    No(ObjRef),
    Yes,
}

impl Cache {
    pub fn new(spec: CacheSpec) -> Cache {
        Cache {
            spec,
            slabs: Vec::new(),
            free_ids: Vec::new(),
            head: NIL,
            tail: NIL,
            nr_partial: 0,
            nr_slabs: 0,
        }
    }

    /// An object from the first partial slab, if there is one.
    pub fn alloc(&mut self, cache: u8) -> NeedSlab {
        let id = self.head;
        if id == NIL {
            return NeedSlab::Yes;
        }
        let s = &mut self.slabs[id as usize];
        s.inuse += 1;
        if s.inuse == self.spec.objs_per_slab {
            self.unlink(id);
        }
        NeedSlab::No(ObjRef { cache, slab: id })
    }

    /// Adds a fresh slab at `pfn` and allocates its first object.
    pub fn add_slab(&mut self, cache: u8, pfn: Pfn) -> ObjRef {
        let slab = Slab {
            pfn,
            inuse: 1,
            prev: NIL,
            next: NIL,
            on_partial: false,
        };
        let id = match self.free_ids.pop() {
            Some(id) => {
                self.slabs[id as usize] = slab;
                id
            }
            None => {
                self.slabs.push(slab);
                (self.slabs.len() - 1) as u32
            }
        };
        self.nr_slabs += 1;
        if self.spec.objs_per_slab > 1 {
            self.push_front(id);
        }
        ObjRef { cache, slab: id }
    }

    /// Frees an object; returns the slab page when the slab goes back to the page allocator.
    pub fn free(&mut self, obj: ObjRef) -> Option<Pfn> {
        let id = obj.slab;
        let s = &mut self.slabs[id as usize];
        debug_assert!(s.inuse > 0);
        s.inuse -= 1;
        let (inuse, on_partial, pfn) = (s.inuse, s.on_partial, s.pfn);
        if inuse == 0 && (self.nr_partial >= MIN_PARTIAL || !on_partial) {
            if on_partial {
                self.unlink(id);
            }
            self.free_ids.push(id);
            self.nr_slabs -= 1;
            return Some(pfn);
        }
        if !on_partial {
            // A full slab with a free object goes to the tail of the partial list.
            self.push_back(id);
        }
        None
    }

    fn push_front(&mut self, id: u32) {
        let old = self.head;
        {
            let s = &mut self.slabs[id as usize];
            s.prev = NIL;
            s.next = old;
            s.on_partial = true;
        }
        if old == NIL {
            self.tail = id;
        } else {
            self.slabs[old as usize].prev = id;
        }
        self.head = id;
        self.nr_partial += 1;
    }

    fn push_back(&mut self, id: u32) {
        let old = self.tail;
        {
            let s = &mut self.slabs[id as usize];
            s.prev = old;
            s.next = NIL;
            s.on_partial = true;
        }
        if old == NIL {
            self.head = id;
        } else {
            self.slabs[old as usize].next = id;
        }
        self.tail = id;
        self.nr_partial += 1;
    }

    fn unlink(&mut self, id: u32) {
        let (prev, next) = {
            let s = &mut self.slabs[id as usize];
            s.on_partial = false;
            (s.prev, s.next)
        };
        if prev == NIL {
            self.head = next;
        } else {
            self.slabs[prev as usize].next = next;
        }
        if next == NIL {
            self.tail = prev;
        } else {
            self.slabs[next as usize].prev = prev;
        }
        self.nr_partial -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(objs: u32) -> CacheSpec {
        CacheSpec {
            name: "t",
            gfp: Gfp::KERNEL,
            order: 0,
            objs_per_slab: objs,
        }
    }

    #[test]
    fn fills_a_slab_before_asking_for_another() {
        let mut c = Cache::new(spec(2));
        assert!(matches!(c.alloc(0), NeedSlab::Yes));
        let a = c.add_slab(0, Pfn(7));
        let NeedSlab::No(b) = c.alloc(0) else {
            panic!("a partial slab has room")
        };
        assert_eq!(a, b);
        assert!(matches!(c.alloc(0), NeedSlab::Yes));
    }

    #[test]
    fn empty_slabs_are_kept_up_to_min_partial() {
        let mut c = Cache::new(spec(2));
        let objs: Vec<_> = (0..8).map(|i| c.add_slab(0, Pfn(i))).collect();
        assert_eq!(c.nr_partial, 8);
        let freed: Vec<_> = objs.iter().filter_map(|&o| c.free(o)).collect();
        // Slabs go back while the list, the emptied slab included, holds MIN_PARTIAL or more.
        assert_eq!(freed, vec![Pfn(0), Pfn(1), Pfn(2), Pfn(3)]);
        assert_eq!(c.nr_partial, MIN_PARTIAL - 1);
        assert_eq!(c.nr_slabs, (MIN_PARTIAL - 1) as u64);
    }

    #[test]
    fn a_full_slab_with_a_free_object_rejoins_at_the_tail() {
        let mut c = Cache::new(spec(1));
        let a = c.add_slab(0, Pfn(1));
        let _b = c.add_slab(0, Pfn(2));
        assert_eq!(c.nr_partial, 0);
        // A one-object slab is empty once freed, and not on the partial list: it goes back.
        assert_eq!(c.free(a), Some(Pfn(1)));
    }
}
