//! Parser error tests: every error form with its exact line and column and message, and the
//! rendering of errors with a caret.

use scenario::{Color, parse};

/// (line, column, message) of the error `text` gives.
fn err(text: &str) -> (usize, usize, String) {
    match parse("t.mms", text) {
        Ok(s) => panic!("parsed: {s:?}"),
        Err(e) => (e.line, e.column, e.message),
    }
}

const MAP: &str =
    "p: mmap(NULL, 8K, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a\n";

#[test]
fn errors_point_at_line_and_column() {
    let cases: &[(&str, usize, usize, &str)] = &[
        (
            "p: maps\nmachine ram=1G\n",
            2,
            1,
            "`machine` lines must come before any other line",
        ),
        ("machine foo=1\n", 1, 9, "unknown machine setting `foo`"),
        ("machine ram=4k\n", 1, 13, "bad number `4k`"),
        ("machine ram=0\n", 1, 13, "ram must be larger than 0"),
        (
            "machine\n",
            1,
            8,
            "expected `key=value` settings after `machine`",
        ),
        (
            "machine ram=1G ram=2G\n",
            1,
            16,
            "machine setting `ram` was already given at line 1",
        ),
        ("machine ram\n", 1, 9, "expected `key=value`, found `ram`"),
        (
            "p mmap()\n",
            1,
            3,
            "expected `:` after the process name `p`",
        ),
        (
            "4: maps\n",
            1,
            1,
            "expected a process name (`p: …`), `machine`, or a comment",
        ),
        ("p:\n", 1, 3, "expected an operation after `p:`"),
        ("p: frob 1\n", 1, 4, "unknown operation `frob`"),
        ("p: frob(1)\n", 1, 4, "unknown syscall `frob`"),
        ("p: mmap NULL\n", 1, 8, "expected `(` after `mmap`"),
        (
            "p: mmap(NULL, 4K)\n",
            1,
            8,
            "mmap takes 6 arguments (addr, length, prot, flags, fd, offset), found 2",
        ),
        (
            "p: mremap(1, 2, 3)\n",
            1,
            10,
            "mremap takes 4 or 5 arguments (old_address, old_size, new_size, flags, new_address), found 3",
        ),
        ("p: munmap(0, 4K, )\n", 1, 17, "expected an argument"),
        (
            "p: mmap(NULL, 4K, PROT_RED, MAP_PRIVATE, -1, 0)\n",
            1,
            19,
            "unknown constant `PROT_RED`",
        ),
        ("p: munmap($a, 4K)\n", 1, 11, "$a is not bound"),
        (
            "p: munmap($, 4K)\n",
            1,
            11,
            "expected a variable name after `$`",
        ),
        (
            &format!("{MAP}p: mmap(NULL, 8K, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = $a\n"),
            2,
            66,
            "$a is already bound (line 1)",
        ),
        ("p: maps\nq: maps\n", 2, 1, "process `q` does not exist"),
        (
            "p: fork() = q\nq: exit()\nq: maps\n",
            3,
            1,
            "process `q` exited at line 2",
        ),
        (
            "p: fork() = q\np: fork() = q\n",
            2,
            13,
            "process `q` already exists",
        ),
        ("p: fork() = p\n", 1, 13, "process `p` already exists"),
        (
            "p: fork()\n",
            1,
            10,
            "expected `= NAME` naming the child process after fork()",
        ),
        ("p: fork(1) = q\n", 1, 9, "fork() takes no arguments"),
        (
            "p: exit() = 0\n",
            1,
            13,
            "exit() has no result; expected nothing or `= ?`",
        ),
        (
            "p: touch 0 4K sideways\n",
            1,
            15,
            "expected `read` or `write`, found `sideways`",
        ),
        ("p: touch 0\n", 1, 11, "expected the length"),
        (
            "p: touch 0 1 read = -1 EINVAL\n",
            1,
            21,
            "a memory access can only expect a signal: `= SIGSEGV SEGV_MAPERR` or `= SIGBUS BUS_ADRERR`",
        ),
        (
            "p: touch 0 1 read = SIGSEGV SEGV_FOO\n",
            1,
            29,
            "unknown si_code `SEGV_FOO` for SIGSEGV",
        ),
        (
            "p: touch 0 1 read = SIGBUS SEGV_MAPERR\n",
            1,
            28,
            "unknown si_code `SEGV_MAPERR` for SIGBUS",
        ),
        (
            "p: touch 0 1 read = SIGTERM\n",
            1,
            21,
            "unknown signal `SIGTERM`; expected SIGSEGV, SIGBUS or SIGKILL",
        ),
        (
            "p: touch 0 1 read extra\n",
            1,
            19,
            "unexpected text; a memory access may end in `= SIGSEGV CODE` or `= SIGBUS CODE`",
        ),
        (
            "p: store 0 \"abc\n",
            1,
            12,
            "unterminated string literal; expected a closing `\"`",
        ),
        ("p: store 0 \"a\\qb\"\n", 1, 14, "unknown escape `\\q`"),
        (
            "p: store 0 \"\\x4\"\n",
            1,
            13,
            "expected two hex digits after `\\x`",
        ),
        (
            "p: store 0 4K 256\n",
            1,
            15,
            "a byte is 0..=255 (0xff), found 256",
        ),
        ("p: store 0 4K\n", 1, 14, "expected a byte value (0..=255)"),
        (
            "p: load 0 2 == \"abc\"\n",
            1,
            16,
            "the text is 3 bytes but the load reads 2",
        ),
        (
            "p: load 0 2 == 0 = SIGSEGV\n",
            1,
            13,
            "a load that expects a signal reads nothing to compare",
        ),
        (
            "p: munmap(0, 4K) = -1 EBOGUS\n",
            1,
            23,
            "unknown errno `EBOGUS`",
        ),
        (
            "p: munmap(0, 4K) = -1\n",
            1,
            20,
            "expected an errno name after `-1` (`= -1 ENOMEM`)",
        ),
        (
            "p: munmap(0, 4K) == 0\n",
            1,
            18,
            "a syscall's result is written `= RESULT`, not `==`",
        ),
        (
            "p: munmap(0, 4K) = 0 0\n",
            1,
            22,
            "unexpected `0` in expression",
        ),
        (
            "p: munmap(0, 4K\n",
            1,
            16,
            "expected `)` closing the argument list",
        ),
        (
            "p: munmap(0x, 4K)\n",
            1,
            11,
            "expected hex digits after `0x`, found `0x`",
        ),
        (
            "p: munmap(99999999999999999999, 4K)\n",
            1,
            11,
            "number `99999999999999999999` does not fit in 64 bits",
        ),
        (
            "p: munmap(20000000T, 4K)\n",
            1,
            11,
            "number `20000000T` does not fit in 64 bits",
        ),
        (
            "p: munmap(1 +, 4K)\n",
            1,
            14,
            "expected a number, size, `$var`, flag or NULL",
        ),
        (
            &format!("p: munmap({}1{}, 4K)\n", "(".repeat(17), ")".repeat(17)),
            1,
            27,
            "parentheses nest too deeply",
        ),
        ("p: munmap((1 2), 4K)\n", 1, 14, "expected `)`"),
        (
            "p: munmap(é, 4K)\n",
            1,
            11,
            "unexpected `é`; expected a number, size, `$var`, flag or NULL",
        ),
        (
            "p: munmap(\"é\", é)\n",
            1,
            11,
            "unexpected `\"`; expected a number, size, `$var`, flag or NULL",
        ),
        (
            "p: pagemap 0 2 == present\n",
            1,
            19,
            "expected 2 page tokens (one per page), found 1",
        ),
        (
            "p: pagemap 0 1 == presnt\n",
            1,
            19,
            "unknown page word `presnt`",
        ),
        (
            "p: pagemap 0 1 == present++anon\n",
            1,
            27,
            "expected a page word",
        ),
        (
            "p: pagemap 0 1 == none+present\n",
            1,
            19,
            "`none` stands alone (a page that is neither present nor swapped), found `none+present`",
        ),
        (
            "p: pagemap 0 1 == present+@A+@B\n",
            1,
            30,
            "a page has one frame label",
        ),
        (
            "p: pagemap 0 1 == @\n",
            1,
            19,
            "expected a frame label `@NAME`",
        ),
        (
            "p: pagemap 0 1 ==\n",
            1,
            18,
            "expected one token per page after `==`",
        ),
        ("p: pagemap 0\n", 1, 13, "expected the number of pages"),
        (
            "p: maps ==\np: rollup\n",
            1,
            9,
            "expected indented lines `START-END PERMS [NAME]` after `maps ==`",
        ),
        (
            "p: maps ==\n",
            1,
            9,
            "expected indented lines `START-END PERMS [NAME]` after `maps ==`",
        ),
        (
            "p: maps ==\n  0x1000-0x2000 rwxq\n",
            2,
            17,
            "expected permissions like `rw-p`, found `rwxq`",
        ),
        (
            "p: maps ==\n  0x1000 rw-p\n",
            2,
            3,
            "expected `START-END`, found `0x1000`",
        ),
        (
            "p: maps ==\n  0x1000-0x2000\n",
            2,
            16,
            "expected permissions like `rw-p` after the range",
        ),
        (
            "p: maps 0 == 1-2-3 rw-p\n",
            1,
            14,
            "ambiguous range `1-2-3`",
        ),
        ("p: maps 0 == $x-0x2000 rw-p\n", 1, 14, "$x is not bound"),
        (
            "p: maps 0 = none\n",
            1,
            11,
            "expected `==` or the end of the line",
        ),
        (
            "p: smaps 0 == Rss\n",
            1,
            15,
            "expected `Name=VALUE`, found `Rss`",
        ),
        (
            "p: smaps 0 == Rss=\n",
            1,
            19,
            "expected a value after `Rss=`",
        ),
        (
            "p: smaps 0 == =4K\n",
            1,
            15,
            "expected a field name before `=`, found `=4K`",
        ),
        (
            "p: smaps 0 == VmFlags=gu\n",
            1,
            15,
            "expected `VmFlags~xx` or `VmFlags!~xx`, found `VmFlags=gu`",
        ),
        (
            "p: smaps 0 == VmFlags~guu\n",
            1,
            15,
            "a VmFlags code is two letters (`gu`, `wr`), found `guu`",
        ),
        (
            "p: smaps 0 ==\n",
            1,
            14,
            "expected `Name=VALUE` terms after `==`",
        ),
        (
            "p: rollup == VmFlags~ac\n",
            1,
            14,
            "VmFlags expectations belong to `smaps ADDR ==`",
        ),
        (
            "p: buddyinfo == x\n",
            1,
            14,
            "`buddyinfo` takes no expectations",
        ),
        (
            "p: rollup junk\n",
            1,
            11,
            "expected `==` and expectations, or the end of the line",
        ),
        (
            "p: maps\n  p: rollup\n p: maps ==\n  junk\n",
            4,
            3,
            "expected `START-END`, found `junk`",
        ),
    ];
    for (text, line, col, msg) in cases {
        let got = err(text);
        assert_eq!(got, (*line, *col, msg.to_string()), "for {text:?}");
    }
}

/// The GUP lines: pin/unpin/migrate calls, pinload/pinstore, memload/memstore.
#[test]
fn gup_line_errors() {
    let pin = "p: pin($a, 4K, FOLL_GET) = $p\n";
    let cases: Vec<(String, usize, usize, &str)> = vec![
        (
            format!("{MAP}p: pin($a, 4K) = $p\n"),
            2,
            7,
            "pin takes 3 arguments (addr, length, foll_flags), found 2",
        ),
        (
            format!("{MAP}p: unpin()\n"),
            2,
            9,
            "unpin takes 1 arguments (pin), found 0",
        ),
        (
            format!("{MAP}{pin}p: pinload $p 0\n"),
            3,
            16,
            "expected the length",
        ),
        (
            format!("{MAP}{pin}p: pinstore $p 0 \"x\" = 3\n"),
            3,
            22,
            "unexpected text at the end of the line",
        ),
        (
            format!("{MAP}p: memstore $a 4K 0x1 = $x\n"),
            2,
            25,
            "/proc/PID/mem access returns a byte count or an errno: `= N` or `= -1 EIO`",
        ),
        (
            format!("{MAP}p: memload $a 4 == 0x1 = SIGSEGV\n"),
            2,
            26,
            "/proc/PID/mem access returns a byte count or an errno: `= N` or `= -1 EIO`",
        ),
        (
            format!("{MAP}p: memload $a 4 == 0x100\n"),
            2,
            20,
            "a byte is 0..=255 (0xff), found 0x100",
        ),
        (
            format!("{MAP}p: pinload $q 0 4\n"),
            2,
            12,
            "$q is not bound",
        ),
    ];
    for (text, line, col, msg) in &cases {
        let got = err(text);
        assert_eq!(got, (*line, *col, msg.to_string()), "for {text:?}");
    }
}

#[test]
fn errors_render_with_a_caret() {
    let e = parse(
        "dir/t.mms",
        "# header\np: mmap(NULL, 4K, PROT_RED, MAP_PRIVATE, -1, 0)\n",
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "dir/t.mms:2:19: unknown constant `PROT_RED` (flags are the names strace prints: PROT_READ, MAP_PRIVATE, MADV_DONTNEED, MREMAP_MAYMOVE, MLOCK_ONFAULT…)"
    );
    let r = e.render(Color::Plain);
    let expected = "\
error: unknown constant `PROT_RED`
 --> dir/t.mms:2:19
  |
2 | p: mmap(NULL, 4K, PROT_RED, MAP_PRIVATE, -1, 0)
  |                   ^^^^^^^^
  |
  = note: flags are the names strace prints: PROT_READ, MAP_PRIVATE, MADV_DONTNEED, MREMAP_MAYMOVE, MLOCK_ONFAULT…";
    assert_eq!(r.trim_end(), expected, "\n{r}");
    // An empty span (a missing token at the end of the line) still gets a caret.
    let r = parse("t.mms", "p: munmap(0, 4K")
        .unwrap_err()
        .render(Color::Plain);
    assert!(
        r.contains("1 | p: munmap(0, 4K\n  |                ^"),
        "\n{r}"
    );
    // Styled output carries ANSI escapes.
    assert!(
        parse("t.mms", "p: frob")
            .unwrap_err()
            .render(Color::Styled)
            .contains('\u{1b}')
    );
}
