//! The parser never panics: random bytes, soups of the language's own tokens, and mutations
//! of valid scenarios all come back as a scenario or as an error whose position is inside the
//! input, and every error renders. Deterministic (a fixed-seed xorshift), so a failure repeats.

mod support;

use scenario::{Color, Options, parse};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const VALID: &str = "\
# a valid scenario to mutate
machine ram=1G
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 8K write
p: fork() = q
q: store $a+4K 16 0x55
q: store $a \"a#b\\n\\x41\"
p: load $a+4K 16 == 0x00
p: load $a 3 == \"abc\"
p: mprotect($a, 4K, PROT_READ) = 0
p: touch $a 1 write = SIGSEGV SEGV_ACCERR at $a
p: mremap($a, 4K, 0, 0) = -1 EINVAL (Invalid argument)
p: maps $a == $a-$a+4K r--p
p: maps ==
  $a-$a+4K r--p
\t$a+4K-$a+8K rw-p [heap]
p: pagemap $a 2 == present+excl+anon+ax+@A none
p: smaps $a == Rss=4K VmFlags~gu VmFlags!~wr
p: rollup == Rss=8K
p: meminfo == MemTotal=1G
q: exit()
";

const TOKENS: &[&str] = &[
    "p",
    "q",
    ":",
    " ",
    "  ",
    "\t",
    "\n",
    "#",
    "(",
    ")",
    ",",
    "=",
    "==",
    "$a",
    "$b",
    "$",
    "+",
    "-",
    "|",
    "\"",
    "\\",
    "\\x4",
    "0x",
    "0x1000",
    "4K",
    "1G",
    "99999999999999999999999",
    "-1",
    "NULL",
    "PROT_READ",
    "MAP_PRIVATE",
    "mmap",
    "munmap",
    "mremap",
    "fork()",
    "exit()",
    "touch",
    "store",
    "load",
    "read",
    "write",
    "maps",
    "smaps",
    "rollup",
    "pagemap",
    "meminfo",
    "buddyinfo",
    "machine",
    "ram=",
    "SIGSEGV",
    "SEGV_MAPERR",
    "SIGBUS",
    "at",
    "EINVAL",
    "none",
    "present+anon",
    "@A",
    "+@",
    "Rss=",
    "VmFlags~",
    "VmFlags!~",
    "rw-p",
    "é",
    "\u{0}",
    "\r",
    "\u{1b}[31m",
    "💥",
];

/// Parses, and checks that an error's position lies inside the input and that it renders.
fn check(text: &str, runs: &mut usize) {
    match parse("fuzz.mms", text) {
        Ok(s) => {
            // Valid ones also go through the executor, on a kernel that answers nothing.
            *runs += 1;
            let r = scenario::run(&mut support::Failing, &s, Options::default());
            assert_eq!(r.steps.len(), s.steps.len());
        }
        Err(e) => {
            let lines = text.split('\n').count();
            assert!(
                e.line >= 1 && e.line <= lines,
                "line {} of {lines}: {e}",
                e.line
            );
            assert!(
                e.span.start <= e.span.end && e.span.end <= e.source_line.len(),
                "{e:?}"
            );
            assert!(
                e.source_line.is_char_boundary(e.span.start)
                    && e.source_line.is_char_boundary(e.span.end),
                "{e:?}"
            );
            assert_eq!(e.column, e.source_line[..e.span.start].chars().count() + 1);
            assert!(!e.render(Color::Plain).is_empty());
            assert!(!e.render(Color::Styled).is_empty());
            let _ = e.to_string();
        }
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut runs = 0;
    for _ in 0..5000 {
        let n = rng.below(200);
        let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        check(&String::from_utf8_lossy(&bytes), &mut runs);
    }
}

#[test]
fn token_soups_never_panic() {
    let mut rng = Rng(42);
    let mut runs = 0;
    for _ in 0..20000 {
        let n = rng.below(30);
        let mut text = String::from(rng.pick(&["p: ", "machine ", "", "p: mmap(", "p: maps == "]));
        for _ in 0..n {
            text.push_str(rng.pick(TOKENS));
        }
        check(&text, &mut runs);
    }
}

#[test]
fn mutated_scenarios_never_panic() {
    let mut rng = Rng(7);
    let mut runs = 0;
    let base: Vec<char> = VALID.chars().collect();
    check(VALID, &mut runs);
    assert_eq!(runs, 1, "the base scenario is valid");
    for _ in 0..20000 {
        let mut t = base.clone();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(t.len());
            match rng.below(4) {
                0 => {
                    t.remove(at);
                }
                1 => t.insert(at, rng.pick(TOKENS).chars().next().unwrap_or(' ')),
                2 => t[at] = (rng.next() as u8 % 96 + 32) as char,
                _ => {
                    let tok: Vec<char> = rng.pick(TOKENS).chars().collect();
                    t.splice(at..at, tok);
                }
            }
        }
        check(&t.iter().collect::<String>(), &mut runs);
    }
    assert!(runs > 100, "some mutations stay valid and run ({runs})");
}
