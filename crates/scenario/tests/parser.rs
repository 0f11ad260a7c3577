//! Parser tests: every line form of the language and its extensions (the error forms are in
//! parse_errors.rs).

use scenario::ast::*;
use scenario::{Color, parse};
use uapi::consts::*;
use uapi::{AccessKind, Errno, Signo};

fn ok(text: &str) -> Scenario {
    parse("t.mms", text).unwrap_or_else(|e| panic!("{}", e.render(Color::Plain)))
}

fn one(text: &str) -> Op {
    let s = ok(text);
    s.steps.last().expect("a step").op.clone()
}

fn c(v: u64) -> Expr {
    Expr::num(v)
}

fn var(name: &str) -> Expr {
    Expr {
        terms: vec![Term {
            negate: false,
            atoms: vec![Atom::Var(name.into())],
        }],
    }
}

const MAP: &str =
    "p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a\n";

#[test]
fn the_spec_example_parses() {
    let s = ok("\
# comment (also after an operation)
machine ram=1G                       # optional, before any other line: machine settings

p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a
p: touch $a 8K write                  # one access per page, as a CPU would do it
p: fork() = q                         # q is a new process, a fork of p
q: store $a+4K 16 0x55                # write 16 bytes of 0x55 through q's MMU
p: load $a+4K 16 == 0x00              # read back, and expect every byte to be 0x00
p: mprotect($a, 4K, PROT_READ) = 0
p: touch $a 1 write = SIGSEGV SEGV_ACCERR
p: munmap($a+8K, 4K) = 0              # a hole: fine, munmap returns 0
p: mremap($a, 4K, 0, 0) = -1 EINVAL
q: exit()
");
    assert_eq!(s.machine.ram, Some(1 << 30));
    assert_eq!(s.processes, ["p", "q"]);
    assert_eq!(s.steps.len(), 10);
    assert_eq!(s.steps[0].line, 4);
    assert_eq!(s.steps[9].line, 13);
    assert_eq!(s.steps[3].source, "q: store $a+4K 16 0x55");
    assert_eq!(s.steps[3].actor, 1);
    let Op::Syscall { call, result } = &s.steps[0].op else {
        panic!()
    };
    assert_eq!(call.kind, CallKind::Mmap);
    let vals: Vec<u64> = call.args.iter().map(|a| a.constant().unwrap()).collect();
    assert_eq!(
        vals,
        [
            0,
            8192,
            PROT_READ | PROT_WRITE,
            MAP_PRIVATE | MAP_ANONYMOUS,
            u64::MAX,
            0
        ]
    );
    assert_eq!(result, &ResultSpec::Bind("a".into()));
    assert_eq!(
        s.steps[1].op,
        Op::Touch {
            addr: var("a"),
            len: c(8192),
            kind: AccessKind::Write,
            signal: None
        }
    );
    let Op::Load {
        addr,
        len,
        want,
        signal,
    } = &s.steps[4].op
    else {
        panic!()
    };
    assert_eq!(addr.eval(&|_| Ok(0x10000)).unwrap(), 0x11000);
    assert_eq!(
        (len, want, signal),
        (&c(16), &Some(LoadWant::Byte(0)), &None)
    );
    assert!(matches!(
        &s.steps[6].op,
        Op::Touch {
            signal: Some(SignalSpec {
                signo: Signo::Segv,
                code: Some(2),
                addr: None
            }),
            ..
        }
    ));
    assert!(matches!(
        &s.steps[8].op,
        Op::Syscall {
            result: ResultSpec::Errno(Errno::EINVAL),
            ..
        }
    ));
    assert_eq!(s.steps[9].op, Op::Exit);
}

#[test]
fn numbers_sizes_flags_and_expressions() {
    let e = |t: &str| -> u64 {
        let Op::Syscall { call, .. } = one(&format!("p: brk({t})")) else {
            panic!()
        };
        call.args[0]
            .constant()
            .unwrap_or_else(|| panic!("{t} is not constant"))
    };
    assert_eq!(e("4096"), 4096);
    assert_eq!(e("0x1000"), 4096);
    assert_eq!(e("0X1f"), 31);
    assert_eq!(e("4K"), 4096);
    assert_eq!(e("2M"), 2 << 20);
    assert_eq!(e("1G"), 1 << 30);
    assert_eq!(e("1T"), 1 << 40);
    assert_eq!(e("NULL"), 0);
    assert_eq!(e("PROT_READ|PROT_WRITE|PROT_EXEC"), 7);
    assert_eq!(e("MAP_PRIVATE|0x80000000"), 0x8000_0002);
    assert_eq!(e("MAP_ANON"), MAP_ANONYMOUS);
    assert_eq!(e("PROT_NONE"), 0);
    assert_eq!(e("-1"), u64::MAX);
    assert_eq!(e("4K+8K-0x1000"), 8 << 10);
    assert_eq!(e("4K + 1"), 4097);
    assert_eq!(e("(4K-1)|(1)"), 4095);
    assert_eq!(e("MADV_GUARD_INSTALL"), 102);
    let Op::Syscall { call, .. } = one(&format!("{MAP}p: munmap($a+4K-0x1000+$a, 4K)")) else {
        panic!()
    };
    assert_eq!(call.args[0].vars(), ["a", "a"]);
    assert_eq!(
        call.args[0].eval(&|_| Ok(0x10000)).unwrap(),
        0x20000 + 0x1000 - 0x1000
    );
}

#[test]
fn every_syscall_and_its_arity() {
    for line in [
        "p: munmap(0x1000, 4K) = 0",
        "p: mprotect(0x1000, 4K, PROT_NONE) = 0",
        "p: mremap(0x1000, 4K, 8K, MREMAP_MAYMOVE) = 0x2000",
        "p: mremap(0x1000, 4K, 8K, MREMAP_MAYMOVE|MREMAP_FIXED, 0x10000) = 0x10000",
        "p: madvise(0x1000, 4K, MADV_DONTNEED) = 0",
        "p: brk(NULL) = 0x555555559000",
        "p: mlock(0x1000, 4K) = 0",
        "p: mlock2(0x1000, 4K, MLOCK_ONFAULT) = 0",
        "p: munlock(0x1000, 4K) = 0",
        "p: mseal(0x1000, 4K, 0) = 0",
    ] {
        assert!(matches!(one(line), Op::Syscall { .. }), "{line}");
    }
    let Op::Syscall { call, .. } = one("p: mremap(0x1000, 4K, 8K, MREMAP_MAYMOVE, 0x10000)") else {
        panic!()
    };
    assert_eq!(
        call.kind
            .build(
                &call
                    .args
                    .iter()
                    .map(|a| a.constant().unwrap())
                    .collect::<Vec<_>>(),
                None
            )
            .to_string(),
        "mremap(0x1000, 4096, 8192, MREMAP_MAYMOVE, 0x10000)"
    );
}

#[test]
fn file_lines_open_close_and_strace_y_descriptors() {
    let s = parse(
        "t.mms",
        "file \"/lib/x.so\" dev=fe:01 ino=42 size=12288 flags=O_RDWR\n\
         p: openat(AT_FDCWD, \"/lib/a,b(c).so\", O_RDONLY|O_CLOEXEC) = 3\n\
         p: open(\"rel/y\", O_RDWR, 0644) = $fd\n\
         p: mmap(NULL, 8192, PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3</lib/x.so>, 0) = 0x7ffff7fc0000\n\
         p: close($fd) = 0\n",
    )
    .unwrap();
    assert_eq!(s.files.len(), 1);
    let d = &s.files[0];
    assert_eq!(
        (d.dev_major, d.dev_minor, d.ino, d.size_bytes),
        (0xfe, 1, 42, 12288)
    );
    let calls: Vec<&Call> = s
        .steps
        .iter()
        .map(|st| match &st.op {
            Op::Syscall { call, .. } => call,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(calls[0].kind, CallKind::Open);
    assert_eq!(calls[0].path.as_deref(), Some("/lib/a,b(c).so"));
    assert_eq!(calls[1].path.as_deref(), Some("rel/y"));
    assert_eq!(calls[2].kind, CallKind::Mmap);
    assert_eq!(calls[2].path.as_deref(), Some("/lib/x.so"));
    assert_eq!(calls[2].args[4].constant(), Some(3));
    assert_eq!(calls[3].kind, CallKind::Close);
    let open = calls[0]
        .kind
        .build(&[uapi::consts::O_CLOEXEC], calls[0].path.as_deref());
    assert_eq!(
        open.to_string(),
        "openat(AT_FDCWD, \"/lib/a,b(c).so\", O_RDONLY|O_CLOEXEC)"
    );
}

#[test]
fn file_line_errors() {
    for (text, want) in [
        ("file \"rel\" dev=1:2 ino=3 size=4\n", "absolute path"),
        ("file \"/a\" dev=12 ino=3 size=4\n", "MAJ:MIN"),
        ("file \"/a\" ino=3 size=4\n", "needs dev="),
        (
            "file \"/a\" dev=1:2 ino=3 size=4 colour=red\n",
            "unknown file setting",
        ),
        (
            "p: munmap(0, 4K)\nfile \"/a\" dev=1:2 ino=3 size=4\n",
            "before any process line",
        ),
        ("p: openat(3, \"/a\", O_RDONLY)\n", "AT_FDCWD"),
        ("p: openat(AT_FDCWD, /a, O_RDONLY)\n", "string literal"),
        ("p: open(\"/a\")\n", "expected open("),
    ] {
        let e = parse("t.mms", text).expect_err(text).to_string();
        assert!(e.contains(want), "{text}: {e}");
    }
}

#[test]
fn strace_results() {
    let r = |t: &str| match one(&format!("{MAP}p: munmap($a, 4K) {t}")) {
        Op::Syscall { result, .. } => result,
        _ => panic!(),
    };
    assert_eq!(r(""), ResultSpec::Success);
    assert_eq!(r("= 0"), ResultSpec::Value(c(0)));
    assert_eq!(r("= 0x7f0000"), ResultSpec::Value(c(0x7f0000)));
    assert_eq!(
        r("= -1 ENOMEM (Cannot allocate memory)"),
        ResultSpec::Errno(Errno::ENOMEM)
    );
    assert_eq!(r("= -1 EINVAL"), ResultSpec::Errno(Errno::EINVAL));
    assert_eq!(r("= $b"), ResultSpec::Bind("b".into()));
    let ResultSpec::Value(e) = r("= $a+0") else {
        panic!("an expression is a value")
    };
    assert_eq!(e.vars(), ["a"]);
    assert_eq!(
        r("= SIGSEGV SEGV_MAPERR"),
        ResultSpec::Signal(SignalSpec {
            signo: Signo::Segv,
            code: Some(1),
            addr: None
        })
    );
    assert!(matches!(
        r("= SIGBUS BUS_ADRERR at $a+4K"),
        ResultSpec::Signal(SignalSpec {
            signo: Signo::Bus,
            code: Some(2),
            addr: Some(_)
        })
    ));
    assert!(matches!(
        r("= SIGSEGV"),
        ResultSpec::Signal(SignalSpec { code: None, .. })
    ));
    assert!(matches!(
        r("= SIGSEGV at 0x1000"),
        ResultSpec::Signal(SignalSpec {
            code: None,
            addr: Some(_),
            ..
        })
    ));
}

#[test]
fn fork_exit_and_processes() {
    let s = ok(
        "parent: fork() = child\nchild: fork() = grandchild\ngrandchild: exit_group(0) = ?\nchild: exit()\nparent: exit(0)\n",
    );
    assert_eq!(s.processes, ["parent", "child", "grandchild"]);
    assert_eq!(s.steps[0].op, Op::Fork { child: 1 });
    assert_eq!(s.steps[1].op, Op::Fork { child: 2 });
    assert_eq!(s.steps[2].op, Op::Exit);
    // A process called `machine` is fine: the colon tells it from a machine line.
    assert_eq!(ok("machine: maps\n").processes, ["machine"]);
}

#[test]
fn a_fork_expected_to_fail_creates_no_process() {
    let s = ok("p: fork() = -1 ENOMEM (Cannot allocate memory)\np: fork() = q\n");
    assert_eq!(s.processes, ["p", "q"]);
    assert_eq!(
        s.steps[0].op,
        Op::ForkFails {
            errno: Errno::ENOMEM
        }
    );
    assert_eq!(s.steps[1].op, Op::Fork { child: 1 });
    for (text, want) in [
        ("p: fork() = -1\n", "errno name"),
        ("p: fork() = -1 ENOMEM\nq: maps\n", "created implicitly"),
        ("p: fork() = -1 ENOMEM extra\n", "unexpected"),
        ("p: fork() = 5\n", "child's process name"),
    ] {
        let e = parse("t.mms", text).expect_err(text).to_string();
        assert!(e.contains(want), "{text}: {e}");
    }
}

#[test]
fn memory_lines() {
    let pre = MAP;
    assert_eq!(
        one(&format!(
            "{pre}p: store $a \"a#b\\n\\\\\\\"\\x41\\t\\0\" # a comment\n"
        )),
        Op::Store {
            addr: var("a"),
            data: StoreData::Bytes(b"a#b\n\\\"A\t\0".to_vec()),
            signal: None
        }
    );
    assert_eq!(
        one(&format!("{pre}p: store $a 16 0x55")),
        Op::Store {
            addr: var("a"),
            data: StoreData::Fill {
                len: c(16),
                byte: 0x55
            },
            signal: None
        }
    );
    assert_eq!(
        one(&format!("{pre}p: load $a 3 == \"ab\\n\"")),
        Op::Load {
            addr: var("a"),
            len: c(3),
            want: Some(LoadWant::Bytes(b"ab\n".to_vec())),
            signal: None
        }
    );
    assert!(
        matches!(one(&format!("{pre}p: load $a 4 == \"héh\"")), Op::Load { want: Some(LoadWant::Bytes(b)), .. } if b.len() == 4)
    );
    assert!(matches!(
        one(&format!("{pre}p: load $a 4")),
        Op::Load {
            want: None,
            signal: None,
            ..
        }
    ));
    assert!(matches!(
        one(&format!("{pre}p: load $a 4 = SIGBUS BUS_ADRERR")),
        Op::Load {
            signal: Some(SignalSpec {
                signo: Signo::Bus,
                ..
            }),
            ..
        }
    ));
    assert!(matches!(
        one(&format!("{pre}p: touch $a 1 read")),
        Op::Touch {
            kind: AccessKind::Read,
            ..
        }
    ));
    assert!(matches!(
        one(&format!(
            "{pre}p: store $a \"x\" = SIGSEGV SEGV_ACCERR at $a"
        )),
        Op::Store {
            signal: Some(SignalSpec {
                code: Some(2),
                addr: Some(_),
                ..
            }),
            ..
        }
    ));
}

#[test]
fn observations_and_expectations() {
    let pre = MAP;
    for (line, what) in [
        ("maps", "Maps"),
        ("rollup", "Rollup"),
        ("meminfo", "Meminfo"),
        ("vmstat", "Vmstat"),
        ("buddyinfo", "Buddyinfo"),
        ("pagetypeinfo", "Pagetypeinfo"),
        ("zoneinfo", "Zoneinfo"),
    ] {
        let Op::Observe {
            what: w,
            expect: None,
        } = one(&format!("p: {line}"))
        else {
            panic!("{line}")
        };
        assert!(format!("{w:?}").starts_with(what), "{line}");
    }
    assert!(matches!(
        one(&format!("{pre}p: smaps $a")),
        Op::Observe {
            what: Observe::Smaps { .. },
            expect: None
        }
    ));
    assert!(matches!(
        one(&format!("{pre}p: pagemap $a 2")),
        Op::Observe {
            what: Observe::Pagemap { .. },
            expect: None
        }
    ));
    assert!(matches!(
        one(&format!("{pre}p: maps $a")),
        Op::Observe {
            what: Observe::Maps { addr: Some(_) },
            expect: None
        }
    ));
    assert_eq!(
        one(&format!("{pre}p: maps $a == none")),
        Op::Observe {
            what: Observe::Maps {
                addr: Some(var("a"))
            },
            expect: Some(ObsExpect::Vma(None))
        }
    );
    let Op::Observe {
        expect: Some(ObsExpect::Vma(Some(v))),
        ..
    } = one(&format!(
        "{pre}p: maps $a == $a-$a+8K rw-s /dev/zero (deleted)  # c"
    ))
    else {
        panic!()
    };
    assert_eq!(
        (v.start.clone(), v.perms.as_str(), v.name.as_deref(), v.line),
        (var("a"), "rw-s", Some("/dev/zero (deleted)"), 2)
    );
    assert_eq!(v.end.eval(&|_| Ok(0x10000)).unwrap(), 0x12000);
    // Several dashes: the one before `$` separates; parentheses settle the rest.
    let range = |t: &str| {
        let Op::Observe {
            expect: Some(ObsExpect::Vma(Some(v))),
            ..
        } = one(&format!("{pre}p: maps $a == {t} rw-p"))
        else {
            panic!()
        };
        (
            v.start.eval(&|_| Ok(0x10000)).unwrap(),
            v.end.eval(&|_| Ok(0x10000)).unwrap(),
        )
    };
    assert_eq!(range("$a-4K-$a+4K"), (0xf000, 0x11000));
    assert_eq!(range("0x1000-0x3000"), (0x1000, 0x3000));
    assert_eq!(range("($a-4K)-($a-1K)"), (0xf000, 0xfc00));
    let s = ok(&format!(
        "{pre}p: maps ==   # a block\n  $a-$a+4K r--p\n\n  # comment\n\t$a+4K-$a+8K rw-p [heap]\np: rollup\n"
    ));
    let Op::Observe {
        expect: Some(ObsExpect::VmaBlock(b)),
        ..
    } = &s.steps[1].op
    else {
        panic!("{:?}", s.steps[1])
    };
    assert_eq!(b.len(), 2);
    assert_eq!(
        (b[0].line, b[1].line, b[1].name.as_deref()),
        (3, 6, Some("[heap]"))
    );
    assert_eq!(s.steps.len(), 3);
    let Op::Observe {
        expect: Some(ObsExpect::Pages(p)),
        ..
    } = one(&format!(
        "{pre}p: pagemap $a 3 == present+excl+anon+ax+@A none swap+guard+@b_2"
    ))
    else {
        panic!()
    };
    assert_eq!(
        p[0].words.0,
        PageWords::PRESENT | PageWords::EXCL | PageWords::ANON | PageWords::AX
    );
    assert_eq!(p[0].label.as_deref(), Some("A"));
    assert_eq!(p[1].words.0, 0);
    assert_eq!(
        (p[2].words.0, p[2].label.as_deref()),
        (PageWords::SWAP | PageWords::GUARD, Some("b_2"))
    );
    assert_eq!(PageWords(p[0].words.0).render(), "present+excl+anon+ax");
    // A label may follow the last word directly.
    let Op::Observe {
        expect: Some(ObsExpect::Pages(p)),
        ..
    } = one(&format!(
        "{pre}p: pagemap $a 2 == present+anon@A zero@Z+present"
    ))
    else {
        panic!()
    };
    assert_eq!(
        (p[0].words.0, p[0].label.as_deref()),
        (PageWords::PRESENT | PageWords::ANON, Some("A"))
    );
    assert_eq!(
        (p[1].words.0, p[1].label.as_deref()),
        (PageWords::PRESENT | PageWords::ZERO, Some("Z"))
    );
    let Op::Observe {
        expect: Some(ObsExpect::Fields(f)),
        ..
    } = one(&format!(
        "{pre}p: smaps $a == Rss=8K Pss=0 VmFlags~gu VmFlags!~lo"
    ))
    else {
        panic!()
    };
    assert_eq!(
        f,
        [
            FieldSpec::Eq {
                name: "Rss".into(),
                value: 8192
            },
            FieldSpec::Eq {
                name: "Pss".into(),
                value: 0
            },
            FieldSpec::Flag {
                code: "gu".into(),
                present: true
            },
            FieldSpec::Flag {
                code: "lo".into(),
                present: false
            },
        ]
    );
    assert!(
        matches!(one("p: meminfo == Active(anon)=4K HugePages_Total=0"), Op::Observe { expect: Some(ObsExpect::Fields(f)), .. } if f.len() == 2)
    );
    assert!(matches!(
        one("p: vmstat == nr_free_pages=100"),
        Op::Observe {
            expect: Some(ObsExpect::Fields(_)),
            ..
        }
    ));
    assert!(matches!(
        one("p: rollup == Rss=0"),
        Op::Observe {
            expect: Some(ObsExpect::Fields(_)),
            ..
        }
    ));
}

#[test]
fn crlf_and_indentation_are_tolerated() {
    let s = ok("p: maps\r\n   p: rollup\r\n\r\n");
    assert_eq!(s.steps.len(), 2);
    assert_eq!(s.steps[1].source, "p: rollup");
    assert!(ok("").steps.is_empty());
    assert!(ok("# only a comment\n\n").processes.is_empty());
}

#[test]
fn exec_blocks_and_whole_maps_lines() {
    let text = "\
p: exec \"/usr/bin/true\" start_brk=0x55555555e000 mmap_base=0x7ffff7fff000 mmap_min_addr=4096
  555555554000-555555556000 r--p 00000000 fe:00 247857                     /usr/bin/true
    VmFlags: rd mr mw me
    Anonymous: 0 kB
  7ffffffde000-7ffffffff000 rw-p 00000000 00:00 0                          [stack]
    VmFlags: rd wr mr mw me gd ac
    Anonymous: 8 kB
p: fork() = q
q: exec \"/bin/sh\" start_brk=0x1000 mmap_base=0x2000
  555555554000-555555556000 r--p 00000000 fe:00 7 /bin/sh
    VmFlags: rd mr mw me
p2: exec \"/bin/sh\" start_brk=0x1000 mmap_base=0x2000
  555555554000-555555556000 r--p 00000000 fe:00 7 /bin/sh
    VmFlags: rd mr mw me
p: maps ==
  555555554000-555555556000 r--p 00000000 fe:00 247857                     /usr/bin/true
  7ffffffde000-7ffffffff000 rw-p 00000000 00:00 0                          [stack]
";
    let s = parse("t.mms", text).unwrap();
    assert_eq!(s.processes, ["p", "q", "p2"]);
    let Op::Exec { path, layout } = &s.steps[0].op else {
        panic!("{:?}", s.steps[0].op)
    };
    assert_eq!(path, "/usr/bin/true");
    assert_eq!(layout.vmas.len(), 2);
    assert_eq!(layout.vmas[1].maps.name, "[stack]");
    assert_eq!(layout.vmas[1].field("Anonymous"), Some(8));
    assert_eq!(layout.vmas[1].vm_flags.join(" "), "rd wr mr mw me gd ac");
    assert_eq!(
        (layout.start_brk, layout.brk),
        (0x55555555e000, 0x55555555e000)
    );
    assert_eq!(layout.mmap_base, 0x7ffff7fff000);
    let Op::Observe {
        expect: Some(ObsExpect::VmaBlock(specs)),
        ..
    } = &s.steps[4].op
    else {
        panic!("{:?}", s.steps[4].op)
    };
    let ident = specs[0]
        .ident
        .expect("a whole maps line carries its identity");
    assert_eq!(
        (ident.offset, ident.dev_major, ident.dev_minor, ident.inode),
        (0, 0xfe, 0, 247857)
    );
    assert_eq!(specs[0].name.as_deref(), Some("/usr/bin/true"));
    assert_eq!(specs[0].start.constant(), Some(0x555555554000));
    for (bad, want) in [
        (
            "p: exec \"/x\" start_brk=1\n  1000-2000 r--p 00000000 00:00 0\n",
            "needs start_brk= and mmap_base=",
        ),
        (
            "p: exec \"/x\" start_brk=1 mmap_base=2 color=3\n",
            "unknown exec setting",
        ),
        (
            "p: exec \"/x\" start_brk=1 mmap_base=2\np: maps\n",
            "expected the program's VMAs",
        ),
        ("p: exec \"/x\" start_brk=1 mmap_base=2\n  zzz\n", "smaps"),
    ] {
        let e = parse("t.mms", bad).expect_err(bad).to_string();
        assert!(e.contains(want), "{bad}: {e}");
    }
}
