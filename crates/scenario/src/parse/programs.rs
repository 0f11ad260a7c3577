//! The lines about programs and files: `file` declarations, `exec` of a recorded program,
//! `openat`/`open` arguments and strace -y's `N<PATH>` descriptors.

use super::{Parser, ProcInfo};
use crate::ast::*;
use crate::lex::{Cur, PResult, parse_expr, parse_number, parse_string, problem};
use std::ops::Range;

impl Parser<'_> {
    /// The process an `exec` line names: an existing live one (its program is replaced), or
    /// a new one (a program the recording saw start, such as a vfork child's exec).
    pub(super) fn exec_actor(&mut self, name: &str, span: Range<usize>) -> PResult<ProcIdx> {
        match self.procs.iter().position(|p| p.name == name) {
            Some(_) => self.actor(name, span),
            None => {
                self.procs.push(ProcInfo {
                    name: name.to_string(),
                    exited: None,
                });
                Ok(self.procs.len() - 1)
            }
        }
    }

    /// `exec "PATH" start_brk=ADDR mmap_base=ADDR mmap_min_addr=N`; the VMAs follow as a block.
    pub(super) fn exec_line(&mut self, c: &mut Cur<'_>) -> PResult<Op> {
        c.skip_ws();
        let pstart = c.pos;
        let path = parse_string(c)?;
        let path = String::from_utf8(path)
            .map_err(|_| problem(pstart..c.pos, "a program path must be UTF-8 text"))?;
        let mut layout = uapi::Layout {
            vmas: Vec::new(),
            mmap_base: 0,
            start_brk: 0,
            brk: 0,
            mmap_min_addr: 65536,
            pte_tables: Vec::new(),
        };
        let (mut base, mut brk) = (false, false);
        while let Some((tok, span)) = c.token() {
            let Some((key, value)) = tok.split_once('=') else {
                return Err(problem(
                    span,
                    format!("expected `key=value`, found `{tok}`"),
                ));
            };
            let vspan = span.start + key.len() + 1..span.end;
            let v = parse_number(value, vspan)?;
            match key {
                "start_brk" => {
                    layout.start_brk = v;
                    layout.brk = v;
                    brk = true;
                }
                "brk" => layout.brk = v,
                "mmap_base" => {
                    layout.mmap_base = v;
                    base = true;
                }
                "mmap_min_addr" => layout.mmap_min_addr = v,
                _ => {
                    return Err(problem(span, format!("unknown exec setting `{key}`"))
                        .note("known settings: start_brk, brk, mmap_base, mmap_min_addr"));
                }
            }
        }
        if !(base && brk) {
            return Err(
                problem(c.pos..c.pos, "exec needs start_brk= and mmap_base=")
                    .note("mmlab trace writes them from /proc/PID/stat and the stack limit"),
            );
        }
        Ok(Op::Exec { path, layout })
    }

    /// `file "PATH" dev=MAJ:MIN ino=N size=N`, before any process line.
    pub(super) fn file_line(
        &mut self,
        c: &mut Cur<'_>,
        kw: Range<usize>,
        lineno: usize,
    ) -> PResult<()> {
        if !self.procs.is_empty() {
            return Err(problem(
                kw,
                "`file` lines must come before any process line",
            ));
        }
        c.skip_ws();
        let pstart = c.pos;
        let path = parse_string(c)?;
        let pspan = pstart..c.pos;
        let path = String::from_utf8(path)
            .map_err(|_| problem(pspan.clone(), "a file path must be UTF-8 text"))?;
        if !path.starts_with('/') {
            return Err(problem(pspan, "a `file` line names an absolute path"));
        }
        if let Some(d) = self.files.iter().find(|d| d.path == path) {
            return Err(problem(
                pspan,
                format!("file {path:?} was already declared at line {}", d.line),
            ));
        }
        let (mut dev, mut ino, mut size, mut open_flags) = (None, None, None, None);
        while let Some((tok, span)) = c.token() {
            let Some((key, value)) = tok.split_once('=') else {
                return Err(
                    problem(span, format!("expected `key=value`, found `{tok}`"))
                        .note("a file line is: file \"PATH\" dev=MAJ:MIN ino=N size=N"),
                );
            };
            let vspan = span.start + key.len() + 1..span.end;
            match key {
                "dev" => {
                    let parsed = value.split_once(':').and_then(|(a, b)| {
                        Some((
                            u32::from_str_radix(a, 16).ok()?,
                            u32::from_str_radix(b, 16).ok()?,
                        ))
                    });
                    dev = Some(parsed.ok_or_else(|| {
                        problem(vspan, "expected MAJ:MIN in hex, as maps prints it (fe:01)")
                    })?);
                }
                "ino" => ino = Some(parse_number(value, vspan)?),
                "size" => size = Some(parse_number(value, vspan)?),
                "flags" => {
                    open_flags = Some(
                        parse_expr(c.s, vspan, &self.vars)?
                            .constant()
                            .ok_or_else(|| problem(span.clone(), "file flags must be constant"))?,
                    )
                }
                _ => {
                    return Err(problem(span, format!("unknown file setting `{key}`"))
                        .note("known settings: dev, ino, size, flags"));
                }
            }
        }
        let (Some((dev_major, dev_minor)), Some(ino), Some(size_bytes)) = (dev, ino, size) else {
            return Err(problem(c.pos..c.pos, "a file line needs dev=, ino= and size=")
                .note("for example: file \"/usr/lib/x86_64-linux-gnu/libc.so.6\" dev=fe:01 ino=1835143 size=1922136"));
        };
        self.files.push(FileDecl {
            line: lineno,
            path,
            dev_major,
            dev_minor,
            ino,
            size_bytes,
            open_flags,
        });
        Ok(())
    }

    /// `openat(AT_FDCWD, "PATH", FLAGS[, MODE])` or `open("PATH", FLAGS[, MODE])`: the path
    /// and the flags expression.
    pub(super) fn open_args(
        &self,
        c: &Cur<'_>,
        cmd: &str,
        args: &[Range<usize>],
        paren: Range<usize>,
    ) -> PResult<(String, Expr)> {
        let at = usize::from(cmd == "openat");
        if args.len() < at + 2 || args.len() > at + 3 {
            let usage = if at == 1 {
                "openat(AT_FDCWD, \"PATH\", FLAGS[, MODE])"
            } else {
                "open(\"PATH\", FLAGS[, MODE])"
            };
            return Err(problem(paren, format!("expected {usage}")));
        }
        if at == 1 && c.s[args[0].clone()].trim() != "AT_FDCWD" {
            return Err(problem(
                args[0].clone(),
                "only AT_FDCWD is supported as openat's directory",
            ));
        }
        let mut pc = Cur {
            s: &c.s[..args[at].end],
            pos: args[at].start,
        };
        pc.skip_ws();
        let pstart = pc.pos;
        let path = parse_string(&mut pc)?;
        pc.skip_ws();
        if !pc.at_end() {
            return Err(problem(pc.here(), "expected `,` after the path"));
        }
        let path = String::from_utf8(path)
            .map_err(|_| problem(pstart..pc.pos, "a file path must be UTF-8 text"))?;
        let flags = parse_expr(c.s, args[at + 1].clone(), &self.vars)?;
        if let Some(mode) = args.get(at + 2) {
            parse_expr(c.s, mode.clone(), &self.vars)?;
        }
        Ok((path, flags))
    }
}

/// `3</usr/lib/libc.so.6>`, strace -y's descriptor with its path: the number and the path.
pub(super) fn fd_with_path(arg: &str) -> Option<(&str, &str)> {
    let arg = arg.trim();
    let lt = arg.find('<')?;
    let (num, rest) = arg.split_at(lt);
    let path = rest.strip_prefix('<')?.strip_suffix('>')?;
    (!num.is_empty() && num.bytes().all(|b| b.is_ascii_digit()) && !path.is_empty())
        .then_some((num, path))
}
