//! Regular files (`mm/filemap.c`, `fs/open.c`, `fs/file.c`): a process's descriptor table,
//! the inode a descriptor opens with its page cache, and the page cache lookup a fault makes
//! (`filemap_fault`, `filemap_map_pages`).
//!
//! A regular file here is an ext4 file whose every page is in the page cache, as a file a
//! program has just read is: a fault never waits for I/O, and fault-around maps the whole
//! 16-page window. The model has no inode cache: a file's page cache goes with its last user
//! (descriptor or mapping), so every frame is free again once every process has exited.
//!
//! `struct file` and `struct inode` are separate in Linux, and the VMA merge rules compare
//! `struct file`: two mappings of the same file through two `open`s never merge. The model
//! keeps one `File` per inode (page cache, i_mmap, identity) and numbers each `open` with a
//! serial (`Vma::filp`) that merges compare.

use crate::arch::x86_64::vm_get_page_prot;
use crate::machine::Machine;
use crate::phys::Pfn;
use crate::phys::page::PageFlags;
use crate::shmem::{File, FileId, FileKind};
use crate::vma::VmFlags;
use std::collections::BTreeMap;
use uapi::consts::{O_ACCMODE, O_RDWR, O_WRONLY};
use uapi::{Errno, FileFacts, PAGE_SIZE};

/// `FMODE_READ` / `FMODE_WRITE` of an open file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FMode {
    pub read: bool,
    pub write: bool,
}

impl FMode {
    /// The access mode of `open`'s flags (`O_PATH` opens allow neither).
    pub fn of_flags(flags: u64) -> FMode {
        if flags & uapi::consts::O_PATH != 0 {
            return FMode {
                read: false,
                write: false,
            };
        }
        match flags & O_ACCMODE {
            O_WRONLY => FMode {
                read: false,
                write: true,
            },
            O_RDWR => FMode {
                read: true,
                write: true,
            },
            _ => FMode {
                read: true,
                write: false,
            },
        }
    }
}

/// One entry of a descriptor table: an open file description.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenFile {
    pub file: FileId,
    pub mode: FMode,
    /// Which `open` this is (`struct file` identity), for the VMA merge rules.
    pub filp: u32,
}

/// A process's descriptors, by number (`files_struct`).
pub type FdTable = BTreeMap<i64, OpenFile>;

impl Machine {
    /// `do_sys_openat2` for a regular file; `fd` places it like `dup2`.
    pub(crate) fn sys_open(
        &mut self,
        pid: uapi::Pid,
        facts: &FileFacts,
        flags: u64,
        fd: Option<i64>,
    ) -> Result<i64, Errno> {
        let fds = &self.procs.get(&pid).ok_or(Errno::ESRCH)?.fds;
        let fd = uapi::file::pick_fd(fd, |n| fds.contains_key(&n))?;
        let file = self.iget(facts);
        self.files[file].opens += 1;
        self.next_filp += 1;
        let open = OpenFile {
            file,
            mode: FMode::of_flags(flags),
            filp: self.next_filp,
        };
        let old = self
            .procs
            .get_mut(&pid)
            .expect("looked up above")
            .fds
            .insert(fd, open);
        if let Some(old) = old {
            self.fput(old.file);
        }
        Ok(fd)
    }

    /// `close_fd`.
    pub(crate) fn sys_close(&mut self, pid: uapi::Pid, fd: i64) -> Result<(), Errno> {
        let proc = self.procs.get_mut(&pid).ok_or(Errno::ESRCH)?;
        let open = proc.fds.remove(&fd).ok_or(Errno::EBADF)?;
        self.fput(open.file);
        Ok(())
    }

    /// A descriptor of `mm`'s process (`fget`).
    pub(crate) fn fget(&self, mm: crate::mm_struct::MmId, fd: i64) -> Option<OpenFile> {
        self.procs
            .values()
            .find(|p| p.mm == mm)
            .and_then(|p| p.fds.get(&fd).copied())
    }

    /// The inode of a file, found by device and inode number, or set up from `facts`.
    fn iget(&mut self, facts: &FileFacts) -> FileId {
        let key = (facts.dev_major, facts.dev_minor, facts.ino);
        if let Some(&f) = self.inodes.get(&key) {
            return f;
        }
        let f = self.files.alloc(File {
            kind: FileKind::Regular {
                path: facts.path.clone(),
                facts: facts.clone(),
            },
            dev_major: facts.dev_major,
            dev_minor: facts.dev_minor,
            inode: facts.ino,
            size_bytes: facts.size_bytes,
            pages: BTreeMap::new(),
            vmas: Vec::new(),
            opens: 0,
            punched: Default::default(),
        });
        self.inodes.insert(key, f);
        f
    }

    /// Drops a descriptor's reference; a file with no descriptor and no mapping left goes,
    /// with its page cache.
    pub(crate) fn fput(&mut self, file: FileId) {
        let f = &mut self.files[file];
        f.opens -= 1;
        if f.opens == 0 && f.vmas.is_empty() {
            self.file_release(file);
        }
    }

    /// The page at `index` of a regular file (`filemap_get_folio` on a fully cached file):
    /// allocated and filled from the file's bytes on first use. `None` when memory is
    /// exhausted.
    pub(crate) fn filemap_get_page(&mut self, file: FileId, index: u64) -> Option<Pfn> {
        if let Some(&pfn) = self.files[file].pages.get(&index) {
            return Some(pfn);
        }
        let pfn = self.alloc_user_page()?;
        let f = &self.files[file];
        if f.punched.contains(&index) {
            self.frames.zero(pfn);
        } else if let FileKind::Regular { facts, .. } = &f.kind {
            let mut page = [0u8; PAGE_SIZE as usize];
            facts.page(index, &mut page);
            self.frames.bytes_mut(pfn).copy_from_slice(&page);
        }
        let p = &mut self.pages[pfn.idx()];
        p.flags = PageFlags::UPTODATE;
        p.mapping = file.raw();
        p.index = index;
        self.files[file].pages.insert(index, pfn);
        self.stats.node.file_pages += 1;
        self.folio_add_lru(pfn);
        Some(pfn)
    }

    /// Takes a page out of a regular file's cache and drops the cache's reference.
    pub(crate) fn filemap_page_delete(&mut self, pfn: Pfn) {
        self.stats.node.file_pages -= 1;
        self.pages[pfn.idx()].mapping = crate::phys::page::NONE;
        self.put_page_refs(pfn, 1);
    }

    /// `vma_set_page_prot`: the PTE bits faults install. A shared writable mapping of a
    /// regular file wants write notification (ext4 has `page_mkwrite`, and dirty pages are
    /// accounted), so its PTEs start read-only and the first write faults.
    pub(crate) fn vma_page_prot(&self, flags: VmFlags, file: Option<FileId>) -> u64 {
        let regular = file.is_some_and(|f| matches!(self.files[f].kind, FileKind::Regular { .. }));
        if regular && flags.contains(VmFlags::SHARED | VmFlags::WRITE) {
            return vm_get_page_prot(flags - VmFlags::SHARED);
        }
        vm_get_page_prot(flags)
    }

    /// Copies every descriptor of a parent into its fork child (`dup_fd`).
    pub(crate) fn dup_fd(&mut self, parent: uapi::Pid, child: uapi::Pid) {
        let fds = self.procs[&parent].fds.clone();
        for open in fds.values() {
            self.files[open.file].opens += 1;
        }
        self.procs.get_mut(&child).expect("child exists").fds = fds;
    }

    /// Closes every descriptor of an exiting process (`exit_files`).
    pub(crate) fn exit_files(&mut self, fds: FdTable) {
        for open in fds.into_values() {
            self.fput(open.file);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_modes() {
        assert_eq!(
            FMode::of_flags(uapi::consts::O_RDONLY | uapi::consts::O_CLOEXEC),
            FMode {
                read: true,
                write: false
            }
        );
        assert!(FMode::of_flags(O_RDWR).write && FMode::of_flags(O_RDWR).read);
        assert!(!FMode::of_flags(O_WRONLY).read);
        assert!(!FMode::of_flags(uapi::consts::O_PATH).read);
    }
}
