//! Against the real kernel, when the host oracle can run here (root, PFNs visible, the
//! `mmlab-worker` binary built): the scenarios' expectations hold on Linux, and a diff of the
//! host against itself finds no divergence — a self-test of the differ. Skipped, saying why,
//! otherwise.

use scenario::render::{Verbosity, diff as render_diff};
use scenario::{Options, diff, parse, run};

const SCENARIOS: &[(&str, &str)] = &[
    (
        "fork-cow.mms",
        "\
p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 4K write
p: touch $a+4K 4K read
p: pagemap $a 2 == present+excl+anon+ax+@A present+zero
p: fork() = q
q: pagemap $a 2 == present+anon+@A present+zero
p: pagemap $a 1 == present+anon+@A
q: store $a 16 0x55
q: pagemap $a 1 == present+excl+anon+ax+@B
p: pagemap $a 1 == present+excl+anon+@A
p: load $a 16 == 0x00
q: load $a 16 == 0x55
q: store $a \"hi\\n\"
q: load $a 3 == \"hi\\n\"
q: exit()
p: smaps $a == Rss=4K Private_Dirty=4K Anonymous=4K VmFlags~wr
",
    ),
    (
        "mprotect-split-merge.mms",
        "\
p: mmap(NULL, 16K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 16K write
p: mprotect($a+4K, 4K, PROT_READ) = 0
p: maps ==
  $a-$a+4K rw-p
  $a+4K-$a+8K r--p
  $a+8K-$a+16K rw-p
p: touch $a+4K 1 write = SIGSEGV SEGV_ACCERR at $a+4K
p: mprotect($a+4K, 4K, PROT_READ|PROT_WRITE) = 0
p: maps $a+4K == $a-$a+16K rw-p
p: munmap($a+8K, 4K) = 0
p: maps $a+8K == none
p: touch $a+8K 1 read = SIGSEGV SEGV_MAPERR
p: mremap($a, 4K, 0, 0) = -1 EINVAL (Invalid argument)
p: madvise($a, 8K, MADV_DONTNEED) = 0
p: pagemap $a 4 == none none none present+excl+anon+ax
p: load $a 8 == 0
",
    ),
    (
        "zero-page.mms",
        "\
p: mmap(NULL, 12K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $z
p: touch $z 12K read
p: pagemap $z 3 == present+zero present+zero present+zero
p: rollup
p: mprotect($z, 12K, PROT_READ|PROT_WRITE) = 0
p: store $z+4K 1 0x7
p: pagemap $z 3 == present+zero present+excl+anon+ax present+zero
p: fork() = c
c: pagemap $z 3 == present+zero present+anon present+zero
c: munmap($z, 12K) = 0
p: brk(NULL)
",
    ),
];

fn host_or_skip(test: &str) -> bool {
    match oracle::Host::available() {
        Ok(()) => true,
        Err(why) => {
            eprintln!("{test}: skipped: the host oracle is unavailable: {why}");
            false
        }
    }
}

fn host() -> oracle::Host {
    oracle::Host::new().unwrap_or_else(|e| panic!("Host::new after Host::available: {e}"))
}

#[test]
fn scenarios_hold_on_the_host() {
    if !host_or_skip("scenarios_hold_on_the_host") {
        return;
    }
    for (name, text) in SCENARIOS {
        let sc =
            parse(name, text).unwrap_or_else(|e| panic!("{}", e.render(scenario::Color::Plain)));
        let r = run(&mut host(), &sc, Options::default());
        assert!(r.ok, "{}", scenario::render::run(&r));
    }
}

#[test]
fn host_against_itself_has_no_divergence() {
    if !host_or_skip("host_against_itself_has_no_divergence") {
        return;
    }
    for (name, text) in SCENARIOS {
        let sc =
            parse(name, text).unwrap_or_else(|e| panic!("{}", e.render(scenario::Color::Plain)));
        let r = diff(name, &sc, &mut host(), &mut host());
        let shown = render_diff(&r, Verbosity::Steps);
        assert_eq!(r.divergences(), 0, "{shown}");
        assert!(r.ok(), "{shown}");
        assert_eq!(r.steps(), sc.steps.len(), "{shown}");
        assert!(r.files[0].notes.is_empty(), "{shown}");
    }
}
