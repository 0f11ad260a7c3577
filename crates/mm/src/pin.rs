//! The GUP users a scenario can drive: a driver holding pins or references on a process's
//! pages (io_uring fixed buffers take FOLL_PIN|FOLL_LONGTERM|FOLL_WRITE pins, vmsplice takes
//! FOLL_GET references: `io_uring/rsrc.c`, `fs/splice.c`), and ptrace-style forced access
//! through /proc/PID/mem (`fs/proc/base.c` `mem_rw`, `mm/memory.c` `__access_remote_vm`). A
//! pin keeps its pages whatever later happens to the page tables: munmap, MADV_DONTNEED or a
//! COW fault may map other pages, and the pin's holder goes on seeing the ones it took.

use crate::gup::FollFlags;
use crate::machine::Machine;
use crate::mm_struct::MmId;
use crate::phys::Pfn;
use crate::phys::page::PageFlags;
use uapi::{Errno, Error, PAGE_SIZE, PinId};

/// Pins or references held on behalf of one process.
#[derive(Clone, Debug)]
pub(crate) struct Pin {
    pub mm: MmId,
    /// The pinned range's first byte (not necessarily page-aligned).
    pub addr: u64,
    pub len_bytes: u64,
    /// FOLL_PIN or FOLL_GET, with the other flags the pin was taken with.
    pub foll: FollFlags,
    /// One entry per page overlapping the range, the zero page included.
    pub pages: Vec<Pfn>,
}

impl Machine {
    /// `Kernel::pin`: all pages or none.
    pub(crate) fn pin_range(
        &mut self,
        mm: MmId,
        addr: u64,
        len_bytes: u64,
        foll_raw: u64,
    ) -> Result<PinId, Error> {
        uapi::check_pin_args(len_bytes, foll_raw)?;
        let foll = FollFlags::from_bits_truncate(foll_raw as u32);
        let long_term = foll.contains(FollFlags::PIN | FollFlags::LONGTERM);
        // io_uring checks a fixed buffer's range for overflow itself; GUP finds no VMA there.
        let end = addr.checked_add(len_bytes).ok_or(if long_term {
            Errno::EOVERFLOW
        } else {
            Errno::EFAULT
        })?;
        let first = addr & !(PAGE_SIZE - 1);
        let nr_pages = (end - first).div_ceil(PAGE_SIZE);
        let mut pages = Vec::with_capacity(nr_pages as usize);
        match self.gup_fast_fallback(mm, first, nr_pages, foll, &mut pages) {
            Ok(n) if n == nr_pages => {}
            other => {
                for pfn in pages {
                    self.gup_put_folio(pfn, foll);
                }
                return match other {
                    Ok(_) => Err(Errno::EFAULT.into()),
                    Err(e) => Err(e),
                };
            }
        }
        if long_term {
            self.mms[mm].pinned_vm += nr_pages;
        }
        self.next_pin += 1;
        let id = self.next_pin;
        self.pins.insert(
            id,
            Pin {
                mm,
                addr,
                len_bytes,
                foll,
                pages,
            },
        );
        Ok(id)
    }

    /// `Kernel::unpin`.
    pub(crate) fn unpin(&mut self, id: PinId) -> Result<(), Error> {
        let pin = self
            .pins
            .remove(&id)
            .ok_or_else(|| Error::Broken(format!("no pin {id}")))?;
        self.release_pin(pin);
        Ok(())
    }

    fn release_pin(&mut self, pin: Pin) {
        if pin.foll.contains(FollFlags::PIN | FollFlags::LONGTERM) {
            self.mms[pin.mm].pinned_vm -= pin.pages.len() as u64;
        }
        for pfn in pin.pages {
            self.gup_put_folio(pfn, pin.foll);
        }
    }

    /// A process is gone: so are the pins it held (its files are closed).
    pub(crate) fn release_pins_of(&mut self, mm: MmId) {
        let ids: Vec<PinId> = self
            .pins
            .iter()
            .filter(|(_, p)| p.mm == mm)
            .map(|(&id, _)| id)
            .collect();
        for id in ids {
            if let Some(pin) = self.pins.remove(&id) {
                self.release_pin(pin);
            }
        }
    }

    /// The pinned page holding byte `offset` of the pin, and the offset inside it.
    fn pin_locate(&self, pin: &Pin, offset: u64) -> (Pfn, usize) {
        let byte = (pin.addr % PAGE_SIZE) + offset;
        (
            pin.pages[(byte / PAGE_SIZE) as usize],
            (byte % PAGE_SIZE) as usize,
        )
    }

    fn pin_checked(&self, id: PinId, offset: u64, len: u64) -> Result<&Pin, Error> {
        let pin = self
            .pins
            .get(&id)
            .ok_or_else(|| Error::Broken(format!("no pin {id}")))?;
        if offset.checked_add(len).is_none_or(|e| e > pin.len_bytes) {
            return Err(Error::Broken(format!(
                "bytes {offset}..+{len} are outside pin {id} ({} bytes)",
                pin.len_bytes
            )));
        }
        Ok(pin)
    }

    /// `Kernel::pin_load`: what a device reading the pinned pages sees.
    pub(crate) fn pin_load(&self, id: PinId, offset: u64, len: u64) -> Result<Vec<u8>, Error> {
        let pin = self.pin_checked(id, offset, len)?;
        let mut out = Vec::with_capacity(len as usize);
        while (out.len() as u64) < len {
            let (pfn, off) = self.pin_locate(pin, offset + out.len() as u64);
            let n = (PAGE_SIZE as usize - off).min((len - out.len() as u64) as usize);
            out.extend_from_slice(&self.frames.bytes(pfn)[off..off + n]);
        }
        Ok(out)
    }

    /// `Kernel::pin_store`: a device writing into the pinned pages.
    pub(crate) fn pin_store(&mut self, id: PinId, offset: u64, data: &[u8]) -> Result<(), Error> {
        let pin = self.pin_checked(id, offset, data.len() as u64)?;
        if !pin.foll.contains(FollFlags::PIN | FollFlags::WRITE) {
            return Err(Error::Unsupported(
                "a device writes only through a FOLL_PIN|FOLL_WRITE pin".into(),
            ));
        }
        let mut done = 0;
        let mut chunks = Vec::new();
        while done < data.len() {
            let (pfn, off) = self.pin_locate(pin, offset + done as u64);
            let n = (PAGE_SIZE as usize - off).min(data.len() - done);
            chunks.push((pfn, off, done, n));
            done += n;
        }
        for (pfn, off, from, n) in chunks {
            self.frames.bytes_mut(pfn)[off..off + n].copy_from_slice(&data[from..from + n]);
        }
        Ok(())
    }

    /// `mem_rw` on /proc/PID/mem: page by page through `__access_remote_vm`, GUP with
    /// FOLL_FORCE (CONFIG_PROC_MEM_ALWAYS_FORCE), FOLL_GET and FOLL_WRITE for writes. Stops at
    /// the first page GUP cannot reach; EIO when that is the first.
    pub(crate) fn access_remote_vm(
        &mut self,
        mm: MmId,
        addr: u64,
        len: u64,
        write: Option<&[u8]>,
    ) -> Result<(u64, Vec<u8>), Error> {
        // pread/pwrite refuse offsets that are negative as loff_t.
        if addr >= 1 << 63 {
            return Err(Errno::EINVAL.into());
        }
        let mut foll = FollFlags::FORCE | FollFlags::GET | FollFlags::TOUCH | FollFlags::REMOTE;
        if write.is_some() {
            foll |= FollFlags::WRITE;
        }
        let mut done = 0u64;
        let mut read = Vec::new();
        while done < len {
            let Some(a) = addr.checked_add(done) else {
                break;
            };
            let first = a & !(PAGE_SIZE - 1);
            let mut pages = Vec::new();
            match self.__get_user_pages(mm, first, 1, foll, &mut pages) {
                Ok(1) => {}
                Ok(_) | Err(Error::Errno(_)) => break,
                Err(e) => return Err(e),
            }
            let pfn = pages[0];
            let off = (a % PAGE_SIZE) as usize;
            let n = (PAGE_SIZE as usize - off).min((len - done) as usize);
            match write {
                Some(data) => {
                    let from = done as usize;
                    self.frames.bytes_mut(pfn)[off..off + n].copy_from_slice(&data[from..from + n]);
                    // set_page_dirty_lock
                    self.pages[pfn.idx()].flags |= PageFlags::DIRTY;
                }
                None => read.extend_from_slice(&self.frames.bytes(pfn)[off..off + n]),
            }
            self.gup_put_folio(pfn, foll);
            done += n as u64;
        }
        if done == 0 {
            return Err(Errno::EIO.into());
        }
        Ok((done, read))
    }
}
