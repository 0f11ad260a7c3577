//! Linux errno values (`include/uapi/asm-generic/errno-base.h`, `errno.h`) as a typed enum,
//! so the model and the host compare failures by number.

use std::fmt;

macro_rules! errnos {
    ($($name:ident = $val:expr, $text:expr;)*) => {
        /// An errno, valued as on Linux x86-64.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[repr(i32)]
        pub enum Errno { $($name = $val,)* }

        impl Errno {
            pub const ALL: &'static [Errno] = &[$(Errno::$name,)*];

            pub fn name(self) -> &'static str {
                match self { $(Errno::$name => stringify!($name),)* }
            }

            /// strace's description, as printed after the errno name.
            pub fn description(self) -> &'static str {
                match self { $(Errno::$name => $text,)* }
            }

            pub fn from_raw(v: i32) -> Option<Errno> {
                match v { $($val => Some(Errno::$name),)* _ => None }
            }

            pub fn from_name(s: &str) -> Option<Errno> {
                match s { $(stringify!($name) => Some(Errno::$name),)* _ => None }
            }
        }
    };
}

errnos! {
    EPERM = 1, "Operation not permitted";
    ENOENT = 2, "No such file or directory";
    ESRCH = 3, "No such process";
    EINTR = 4, "Interrupted system call";
    EIO = 5, "Input/output error";
    EBADF = 9, "Bad file descriptor";
    EAGAIN = 11, "Resource temporarily unavailable";
    ENOMEM = 12, "Cannot allocate memory";
    EACCES = 13, "Permission denied";
    EFAULT = 14, "Bad address";
    EBUSY = 16, "Device or resource busy";
    EEXIST = 17, "File exists";
    ENODEV = 19, "No such device";
    EINVAL = 22, "Invalid argument";
    ENFILE = 23, "Too many open files in system";
    EMFILE = 24, "Too many open files";
    ETXTBSY = 26, "Text file busy";
    EFBIG = 27, "File too large";
    ENOSPC = 28, "No space left on device";
    ESPIPE = 29, "Illegal seek";
    ENOSYS = 38, "Function not implemented";
    EOVERFLOW = 75, "Value too large for defined data type";
    EOPNOTSUPP = 95, "Operation not supported";
    EHWPOISON = 133, "Memory page has hardware error";
}

impl Errno {
    pub fn raw(self) -> i32 {
        self as i32
    }
}

impl fmt::Display for Errno {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.name(), self.description())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_numbers_round_trip() {
        for &e in Errno::ALL {
            assert_eq!(Errno::from_raw(e.raw()), Some(e));
            assert_eq!(Errno::from_name(e.name()), Some(e));
        }
        assert_eq!(Errno::ENOMEM.raw(), 12);
        assert_eq!(Errno::EINVAL.raw(), 22);
        assert_eq!(Errno::from_raw(1000), None);
    }
}
