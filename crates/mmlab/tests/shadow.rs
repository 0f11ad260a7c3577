//! The data-integrity shadow: it catches a kernel that returns other bytes than were written,
//! and it agrees with the model on random operation sequences (fork, COW, mremap, madvise,
//! munmap…) with failure injection, every load checked and the invariants after every step.
//! SHADOW_SEQUENCES=N runs more sequences than the 60 of a normal test run.

use mm::{Config, Machine};
use scenario::shadow::Shadow;
use scenario::{Invariants, Options};
use uapi::consts::*;
use uapi::fail::FailSpec;
use uapi::observe::{Layout, ProcFile};
use uapi::{AccessKind, Error, Kernel, Pid, Syscall};

fn machine() -> Machine {
    Machine::new(Config {
        ram_bytes: 64 << 20,
        check_every_step: true,
        ..Config::default()
    })
    .unwrap()
}

/// A kernel that loses one byte: the model, except that loads at `bad` read one more.
struct Corrupting {
    inner: Machine,
    bad: u64,
}

impl Kernel for Corrupting {
    fn name(&self) -> &'static str {
        "corrupting"
    }
    fn spawn(&mut self, l: Option<&Layout>) -> Result<Pid, Error> {
        self.inner.spawn(l)
    }
    fn layout(&mut self, pid: Pid) -> Result<Layout, Error> {
        self.inner.layout(pid)
    }
    fn syscall(&mut self, pid: Pid, call: &Syscall) -> Result<u64, Error> {
        self.inner.syscall(pid, call)
    }
    fn fork(&mut self, pid: Pid) -> Result<Pid, Error> {
        self.inner.fork(pid)
    }
    fn exit(&mut self, pid: Pid) -> Result<(), Error> {
        self.inner.exit(pid)
    }
    fn touch(&mut self, pid: Pid, a: u64, l: u64, k: AccessKind) -> Result<(), Error> {
        self.inner.touch(pid, a, l, k)
    }
    fn store(&mut self, pid: Pid, a: u64, d: &[u8]) -> Result<(), Error> {
        self.inner.store(pid, a, d)
    }
    fn load(&mut self, pid: Pid, a: u64, l: u64) -> Result<Vec<u8>, Error> {
        let mut v = self.inner.load(pid, a, l)?;
        if (a..a + l).contains(&self.bad) {
            v[(self.bad - a) as usize] ^= 1;
        }
        Ok(v)
    }
    fn read_proc(&mut self, pid: Pid, f: ProcFile) -> Result<String, Error> {
        self.inner.read_proc(pid, f)
    }
    fn pagemap(&mut self, pid: Pid, a: u64, n: u64) -> Result<Vec<u64>, Error> {
        self.inner.pagemap(pid, a, n)
    }
    fn kpageflags(&mut self, pfns: &[u64]) -> Result<Vec<u64>, Error> {
        self.inner.kpageflags(pfns)
    }
}

#[test]
fn a_lost_byte_is_caught() {
    let mut k = Shadow::new(Corrupting {
        inner: machine(),
        bad: 0,
    });
    let p = k.spawn(None).unwrap();
    let a = k
        .syscall(
            p,
            &Syscall::Mmap {
                addr: 0,
                len: 8192,
                prot: PROT_READ | PROT_WRITE,
                flags: MAP_PRIVATE | MAP_ANONYMOUS,
                fd: -1,
                off: 0,
            },
        )
        .unwrap();
    k.store(p, a + 100, b"hello").unwrap();
    let c = k.fork(p).unwrap();
    k.store(p, a + 100, b"HELLO").unwrap();
    // The child still reads what was there at the fork; the parent what it wrote since.
    assert_eq!(k.load(c, a + 100, 5).unwrap(), b"hello");
    assert_eq!(k.load(p, a + 100, 5).unwrap(), b"HELLO");
    k.inner().bad = a + 4096 + 7;
    let e = k.load(c, a + 4096, 16).unwrap_err();
    assert!(
        e.to_string()
            .contains("reads 0x01, but 0x00 was written there"),
        "{e}"
    );
}

#[test]
fn random_sequences_keep_every_byte_under_failure_injection() {
    let opts = Options {
        invariants: Invariants::EveryStep,
    };
    let mut loads = 0;
    let n: usize = std::env::var("SHADOW_SEQUENCES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(60);
    for index in 0..n {
        let lines = scenario::fuzz::generate_lines(7, index, 40).expect("generator");
        let mut text = scenario::fuzz::scenario_text(&lines);
        // Every third sequence runs with allocations failing at random.
        if index % 3 == 0 {
            text = format!("machine fail=random=3%,seed={index}\n{text}");
        }
        let sc = scenario::parse("random", &text).expect("generated scenarios parse");
        let mut k = Shadow::new(machine());
        let r = scenario::run(&mut k, &sc, opts);
        for step in &r.steps {
            if let scenario::record::Outcome::Broken { message } = &step.outcome {
                panic!("sequence {index}, line {}: {message}\n{text}", step.line);
            }
        }
        assert!(
            r.finish.invariants.is_none(),
            "sequence {index}: {:?}\n{text}",
            r.finish.invariants
        );
        loads += k.checked_bytes;
        k.set_fail(&FailSpec::Never).unwrap();
    }
    assert!(loads > 0, "the sequences read memory back");
}
