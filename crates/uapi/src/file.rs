//! Regular files as a scenario opens and maps them (`open(2)`, the file side of `mmap(2)`).
//! The host opens the path itself; the model has no filesystem, so the caller hands it what
//! the mapping needs to show and read: the file's identity (device and inode, as
//! /proc/PID/maps prints them), its size, and its bytes when known.

use std::sync::Arc;

/// What a kernel needs to know of a regular file it opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileFacts {
    /// The path as opened (absolute).
    pub path: String,
    pub dev_major: u32,
    pub dev_minor: u32,
    pub ino: u64,
    pub size_bytes: u64,
    /// The file's bytes, when known; a file without them reads as zeroes.
    pub contents: Option<Arc<[u8]>>,
}

impl FileFacts {
    /// The bytes of page `index` (zero past the end and when the contents are unknown).
    pub fn page(&self, index: u64, out: &mut [u8]) {
        out.fill(0);
        let Some(c) = &self.contents else {
            return;
        };
        let start = (index * crate::PAGE_SIZE).min(c.len() as u64) as usize;
        let end = (start + out.len()).min(c.len());
        out[..end - start].copy_from_slice(&c[start..end]);
    }
}

/// `RLIMIT_NOFILE`'s usual soft limit: a descriptor must lie below it.
pub const NR_OPEN: i64 = 1024;

/// The descriptor an open gets: `wanted` (as dup2 would place it; EBADF out of range), else
/// the lowest one from 3 up that is not `in_use` (0 to 2 are the standard streams; EMFILE
/// when none is left). Both kernels number a scenario's descriptors this way.
pub fn pick_fd(wanted: Option<i64>, in_use: impl Fn(i64) -> bool) -> Result<i64, crate::Errno> {
    match wanted {
        Some(n) if !(0..NR_OPEN).contains(&n) => Err(crate::Errno::EBADF),
        Some(n) => Ok(n),
        None => (3..NR_OPEN)
            .find(|&n| !in_use(n))
            .ok_or(crate::Errno::EMFILE),
    }
}

/// `st_dev` split as the kernel's `MAJOR()`/`MINOR()` of a userspace `dev_t` (glibc's
/// encoding: 12 bits of major and 20 of minor spread over 64).
pub fn dev_major_minor(dev: u64) -> (u32, u32) {
    let major = ((dev >> 8) & 0xfff) | ((dev >> 32) & !0xfff);
    let minor = (dev & 0xff) | ((dev >> 12) & !0xff);
    (major as u32, minor as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_read_the_contents_then_zeroes() {
        let f = FileFacts {
            path: "/x".into(),
            dev_major: 254,
            dev_minor: 1,
            ino: 7,
            size_bytes: 4100,
            contents: Some(Arc::from(vec![7u8; 4100])),
        };
        let mut page = [0xffu8; 4096];
        f.page(1, &mut page);
        assert_eq!(&page[..4], &[7, 7, 7, 7]);
        assert!(page[4..].iter().all(|&b| b == 0));
        f.page(9, &mut page);
        assert!(page.iter().all(|&b| b == 0));
    }

    #[test]
    fn device_numbers_split_like_glibc() {
        assert_eq!(dev_major_minor(0xfe01), (0xfe, 0x01));
        assert_eq!(dev_major_minor((259 << 8) | 3), (259, 3));
    }
}
