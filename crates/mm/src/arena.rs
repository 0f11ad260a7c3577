//! Arenas with typed ids: how the model keeps Linux's pointer graphs (vma->anon_vma,
//! page->mapping, anon_vma->root) as plain `Copy` ids. Freed slots are reused last-freed-first,
//! so id assignment is deterministic for a given sequence of operations.

use std::marker::PhantomData;

/// An id into an `Arena<T>`.
pub struct Id<T> {
    raw: u32,
    _t: PhantomData<fn() -> T>,
}

impl<T> Id<T> {
    pub fn from_raw(raw: u32) -> Id<T> {
        Id {
            raw,
            _t: PhantomData,
        }
    }
    pub fn raw(self) -> u32 {
        self.raw
    }
}

impl<T> Clone for Id<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Id<T> {}
impl<T> PartialEq for Id<T> {
    fn eq(&self, o: &Self) -> bool {
        self.raw == o.raw
    }
}
impl<T> Eq for Id<T> {}
impl<T> PartialOrd for Id<T> {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl<T> Ord for Id<T> {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        self.raw.cmp(&o.raw)
    }
}
impl<T> std::hash::Hash for Id<T> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.raw.hash(h)
    }
}
impl<T> std::fmt::Debug for Id<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = std::any::type_name::<T>()
            .rsplit("::")
            .next()
            .unwrap_or("?");
        write!(f, "{name}#{}", self.raw)
    }
}

pub struct Arena<T> {
    slots: Vec<Option<T>>,
    free: Vec<u32>,
    live: usize,
}

impl<T> Default for Arena<T> {
    fn default() -> Self {
        Arena {
            slots: Vec::new(),
            free: Vec::new(),
            live: 0,
        }
    }
}

impl<T> Arena<T> {
    pub fn alloc(&mut self, v: T) -> Id<T> {
        self.live += 1;
        if let Some(raw) = self.free.pop() {
            self.slots[raw as usize] = Some(v);
            Id::from_raw(raw)
        } else {
            self.slots.push(Some(v));
            Id::from_raw(self.slots.len() as u32 - 1)
        }
    }

    pub fn free(&mut self, id: Id<T>) -> T {
        let v = self.slots[id.raw as usize]
            .take()
            .expect("double free of an arena id");
        self.free.push(id.raw);
        self.live -= 1;
        v
    }

    pub fn get(&self, id: Id<T>) -> Option<&T> {
        self.slots.get(id.raw as usize).and_then(|s| s.as_ref())
    }

    pub fn contains(&self, id: Id<T>) -> bool {
        self.get(id).is_some()
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Live entries in id order.
    pub fn iter(&self) -> impl Iterator<Item = (Id<T>, &T)> {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.as_ref().map(|v| (Id::from_raw(i as u32), v)))
    }
}

impl<T> std::ops::Index<Id<T>> for Arena<T> {
    type Output = T;
    fn index(&self, id: Id<T>) -> &T {
        self.slots[id.raw as usize]
            .as_ref()
            .expect("stale arena id")
    }
}

impl<T> std::ops::IndexMut<Id<T>> for Arena<T> {
    fn index_mut(&mut self, id: Id<T>) -> &mut T {
        self.slots[id.raw as usize]
            .as_mut()
            .expect("stale arena id")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_reused_last_freed_first() {
        let mut a: Arena<&str> = Arena::default();
        let x = a.alloc("x");
        let y = a.alloc("y");
        let z = a.alloc("z");
        a.free(x);
        a.free(z);
        assert_eq!(a.alloc("w"), z);
        assert_eq!(a.alloc("v"), x);
        assert_eq!(a[y], "y");
        assert_eq!(a.len(), 3);
        assert_eq!(
            a.iter().map(|(_, v)| *v).collect::<Vec<_>>(),
            vec!["v", "y", "w"]
        );
    }
}
