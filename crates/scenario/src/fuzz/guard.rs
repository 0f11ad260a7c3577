//! `Guarded`: a `uapi::Kernel` wrapper that turns a panic of the wrapped kernel into an answer.
//! The model must never panic on any input (a panic is a bug), and when it does, the fuzzer
//! has to keep going: the panic becomes `Error::Broken("panicked: …")`, the differ reports it
//! as a divergence at the step that caused it, and the wrapper remembers the message so the
//! failure can be classified as a panic. After a panic the wrapped kernel's state is suspect,
//! so every later call answers `Broken` without reaching it.
//!
//! While a guarded call runs, the panic hook stays quiet for this thread (the message is
//! captured instead of printed), so shrinking a panic does not flood the terminal.

use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;
use uapi::fail::FailSpec;
use uapi::observe::{Layout, ProcFile};
use uapi::{AccessKind, Error, FileFacts, Kernel, Pid, PinId, Syscall};

thread_local! {
    /// Set while a guarded call runs on this thread: the hook stores the message here.
    static CAPTURE: RefCell<Option<Option<String>>> = const { RefCell::new(None) };
}

static HOOK: Once = Once::new();

/// Installs (once per process) a panic hook that captures the message of a panic inside a
/// guarded call and hands every other panic to the hook that was there before.
fn install_hook() {
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let captured = CAPTURE.with(|c| {
                let mut c = c.borrow_mut();
                match c.as_mut() {
                    Some(slot) => {
                        let msg = info
                            .payload()
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| info.payload().downcast_ref::<String>().cloned())
                            .unwrap_or_else(|| "(a non-text panic payload)".into());
                        let at = info
                            .location()
                            .map(|l| format!(" at {}:{}", l.file(), l.line()))
                            .unwrap_or_default();
                        *slot = Some(format!("{msg}{at}"));
                        true
                    }
                    None => false,
                }
            });
            if !captured {
                previous(info);
            }
        }));
    });
}

/// Runs `f`, catching a panic; `Err` carries its message and location.
pub fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_hook();
    // Calls nest (the differ around a guarded kernel): each level restores the one outside it.
    let outer = CAPTURE.with(|c| c.replace(Some(None)));
    let r = catch_unwind(AssertUnwindSafe(f));
    let msg = CAPTURE.with(|c| c.replace(outer)).flatten();
    r.map_err(|_| msg.unwrap_or_else(|| "panicked (no message)".into()))
}

/// A kernel whose panics become answers.
pub struct Guarded<K> {
    inner: K,
    panic: Option<String>,
}

impl<K: Kernel> Guarded<K> {
    pub fn new(inner: K) -> Guarded<K> {
        Guarded { inner, panic: None }
    }

    /// The first panic's message and location, if the wrapped kernel panicked.
    pub fn panic(&self) -> Option<&str> {
        self.panic.as_deref()
    }

    fn call<T>(&mut self, f: impl FnOnce(&mut K) -> Result<T, Error>) -> Result<T, Error> {
        if let Some(p) = &self.panic {
            return Err(Error::Broken(format!(
                "not run: the kernel panicked earlier ({p})"
            )));
        }
        let inner = &mut self.inner;
        match catch(move || f(inner)) {
            Ok(r) => r,
            Err(msg) => {
                self.panic = Some(msg.clone());
                Err(Error::Broken(format!("panicked: {msg}")))
            }
        }
    }
}

impl<K: Kernel> Kernel for Guarded<K> {
    fn name(&self) -> &'static str {
        self.inner.name()
    }

    fn spawn(&mut self, layout: Option<&Layout>) -> Result<Pid, Error> {
        self.call(|k| k.spawn(layout))
    }

    fn layout(&mut self, pid: Pid) -> Result<Layout, Error> {
        self.call(|k| k.layout(pid))
    }

    fn syscall(&mut self, pid: Pid, call: &Syscall) -> Result<u64, Error> {
        self.call(|k| k.syscall(pid, call))
    }

    fn fork(&mut self, pid: Pid) -> Result<Pid, Error> {
        self.call(|k| k.fork(pid))
    }

    fn exit(&mut self, pid: Pid) -> Result<(), Error> {
        self.call(|k| k.exit(pid))
    }

    fn touch(&mut self, pid: Pid, addr: u64, len: u64, kind: AccessKind) -> Result<(), Error> {
        self.call(|k| k.touch(pid, addr, len, kind))
    }

    fn store(&mut self, pid: Pid, addr: u64, data: &[u8]) -> Result<(), Error> {
        self.call(|k| k.store(pid, addr, data))
    }

    fn load(&mut self, pid: Pid, addr: u64, len: u64) -> Result<Vec<u8>, Error> {
        self.call(|k| k.load(pid, addr, len))
    }

    fn read_proc(&mut self, pid: Pid, file: ProcFile) -> Result<String, Error> {
        self.call(|k| k.read_proc(pid, file))
    }

    fn pagemap(&mut self, pid: Pid, addr: u64, npages: u64) -> Result<Vec<u64>, Error> {
        self.call(|k| k.pagemap(pid, addr, npages))
    }

    fn kpageflags(&mut self, pfns: &[u64]) -> Result<Vec<u64>, Error> {
        self.call(|k| k.kpageflags(pfns))
    }

    fn pin(&mut self, pid: Pid, addr: u64, len: u64, foll: u64) -> Result<PinId, Error> {
        self.call(|k| k.pin(pid, addr, len, foll))
    }

    fn unpin(&mut self, pin: PinId) -> Result<(), Error> {
        self.call(|k| k.unpin(pin))
    }

    fn pin_load(&mut self, pin: PinId, offset: u64, len: u64) -> Result<Vec<u8>, Error> {
        self.call(|k| k.pin_load(pin, offset, len))
    }

    fn pin_store(&mut self, pin: PinId, offset: u64, data: &[u8]) -> Result<(), Error> {
        self.call(|k| k.pin_store(pin, offset, data))
    }

    fn mem_write(&mut self, pid: Pid, addr: u64, data: &[u8]) -> Result<u64, Error> {
        self.call(|k| k.mem_write(pid, addr, data))
    }

    fn mem_read(&mut self, pid: Pid, addr: u64, len: u64) -> Result<Vec<u8>, Error> {
        self.call(|k| k.mem_read(pid, addr, len))
    }

    fn migrate(&mut self, pid: Pid, addr: u64, len: u64) -> Result<u64, Error> {
        self.call(|k| k.migrate(pid, addr, len))
    }

    fn open(
        &mut self,
        pid: Pid,
        facts: &FileFacts,
        flags: u64,
        fd: Option<i64>,
    ) -> Result<i64, Error> {
        self.call(|k| k.open(pid, facts, flags, fd))
    }

    fn close(&mut self, pid: Pid, fd: i64) -> Result<(), Error> {
        self.call(|k| k.close(pid, fd))
    }

    fn set_fail(&mut self, spec: &FailSpec) -> Result<(), Error> {
        self.call(|k| k.set_fail(spec))
    }

    fn exec(&mut self, pid: Pid, layout: &Layout) -> Result<(), Error> {
        self.call(|k| k.exec(pid, layout))
    }

    fn check_invariants(&mut self) -> Result<(), String> {
        if let Some(p) = &self.panic {
            return Err(format!("not checked: the kernel panicked earlier ({p})"));
        }
        let inner = &mut self.inner;
        match catch(move || inner.check_invariants()) {
            Ok(r) => r,
            Err(msg) => {
                self.panic = Some(msg.clone());
                Err(format!("the invariant checker panicked: {msg}"))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_is_caught_with_its_message() {
        let r: Result<(), String> = catch(|| panic!("boom {}", 7));
        let msg = r.unwrap_err();
        assert!(msg.starts_with("boom 7 at "), "{msg}");
        assert_eq!(catch(|| 5), Ok(5));
    }
}
