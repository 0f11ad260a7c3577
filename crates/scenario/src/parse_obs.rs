//! Parsing of observation lines and of the expectations they may carry (`maps ADDR == …`,
//! `maps ==` blocks, `pagemap … == present+anon …`, `smaps ADDR == Rss=8K …`): the extensions
//! described in docs/scenario-language-ext.md.

use crate::ast::*;
use crate::lex::{Bound, Cur, PResult, parse_expr, parse_number, problem, split_range};
use crate::parse::{Parser, SpecForm};
use std::ops::Range;

const OBSERVATIONS: &str =
    "maps, smaps, rollup, pagemap, meminfo, vmstat, buddyinfo, pagetypeinfo, zoneinfo";
const PAGE_WORDS: &str = "present, none, swap, file, excl, guard, zero, ax, anon, @LABEL";

/// An observation line, the cursor after the command word.
pub(crate) fn observation(
    p: &mut Parser<'_>,
    c: &mut Cur<'_>,
    cmd: &str,
    cspan: Range<usize>,
    lineno: usize,
) -> PResult<Op> {
    let what = match cmd {
        "maps" => return maps(p, c, lineno),
        "smaps" => Observe::Smaps {
            addr: p.expr_token(
                c,
                "the address",
                "smaps ADDR [== Field=SIZE … VmFlags~xx …]",
            )?,
        },
        "rollup" => Observe::Rollup,
        "pagemap" => {
            const U: &str = "pagemap ADDR NPAGES [== E1 … EN]";
            let addr = p.expr_token(c, "the address", U)?;
            let npages = p.expr_token(c, "the number of pages", U)?;
            Observe::Pagemap { addr, npages }
        }
        "meminfo" => Observe::Meminfo,
        "vmstat" => Observe::Vmstat,
        "buddyinfo" => Observe::Buddyinfo,
        "pagetypeinfo" => Observe::Pagetypeinfo,
        "zoneinfo" => Observe::Zoneinfo,
        _ => {
            return Err(
                problem(cspan, format!("unknown operation `{cmd}`")).note(format!(
                    "expected a syscall `name(…)`, touch, store, load, or one of {OBSERVATIONS}"
                )),
            );
        }
    };
    c.skip_ws();
    if c.at_end() {
        return Ok(Op::Observe { what, expect: None });
    }
    let eq = c.pos..c.pos + 2;
    if !c.eat_str("==") {
        return Err(problem(
            c.next_token_span(),
            "expected `==` and expectations, or the end of the line",
        ));
    }
    let expect = match &what {
        Observe::Smaps { .. } => ObsExpect::Fields(fields(c, Fields::Smaps)?),
        Observe::Rollup | Observe::Meminfo | Observe::Vmstat => {
            ObsExpect::Fields(fields(c, Fields::Plain)?)
        }
        Observe::Pagemap { npages, .. } => ObsExpect::Pages(pages(c, npages)?),
        _ => return Err(problem(eq, format!("`{cmd}` takes no expectations"))),
    };
    Ok(Op::Observe {
        what,
        expect: Some(expect),
    })
}

/// `maps`, `maps ADDR`, `maps ADDR == none`, `maps ADDR == START-END PERMS [NAME]`, `maps ==`.
fn maps(p: &mut Parser<'_>, c: &mut Cur<'_>, lineno: usize) -> PResult<Op> {
    c.skip_ws();
    if c.at_end() {
        return Ok(Op::Observe {
            what: Observe::Maps { addr: None },
            expect: None,
        });
    }
    if c.eat_str("==") {
        // The block's lines follow; the parser collects them.
        p.expect_end(c)?;
        return Ok(Op::Observe {
            what: Observe::Maps { addr: None },
            expect: Some(ObsExpect::VmaBlock(Vec::new())),
        });
    }
    let addr = p.expr_token(
        c,
        "an address or `==`",
        "maps [ADDR [== START-END PERMS [NAME] | == none]]",
    )?;
    c.skip_ws();
    if c.at_end() {
        return Ok(Op::Observe {
            what: Observe::Maps { addr: Some(addr) },
            expect: None,
        });
    }
    if !c.eat_str("==") {
        return Err(problem(
            c.next_token_span(),
            "expected `==` or the end of the line",
        ));
    }
    c.skip_ws();
    let expect = if c.rest().trim_end() == "none" {
        c.pos = c.s.len();
        ObsExpect::Vma(None)
    } else {
        ObsExpect::Vma(Some(vma_spec_at(c, lineno, &p.vars, SpecForm::Inline)?))
    };
    Ok(Op::Observe {
        what: Observe::Maps { addr: Some(addr) },
        expect: Some(expect),
    })
}

/// A block line (`  START-END PERMS [NAME]`).
pub(crate) fn vma_spec(
    content: &str,
    lineno: usize,
    vars: &Bound,
    form: SpecForm,
) -> PResult<VmaSpec> {
    let mut c = Cur::new(content);
    vma_spec_at(&mut c, lineno, vars, form)
}

/// A whole /proc/PID/maps line (`START-END PERMS OFFSET MAJ:MIN INODE [NAME]`, addresses in
/// hex without `0x`, as maps prints them), recognised by its offset and device columns.
fn full_maps_line(c: &mut Cur<'_>, lineno: usize) -> Option<PResult<VmaSpec>> {
    let words: Vec<&str> = c.rest().split_whitespace().take(4).collect();
    let hexy = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_hexdigit());
    let full = words.len() == 4
        && words[2].len() >= 8
        && hexy(words[2])
        && words[3]
            .split_once(':')
            .is_some_and(|(a, b)| hexy(a) && hexy(b));
    if !full {
        return None;
    }
    let span = c.pos..c.s.len();
    let line = c.rest().trim();
    c.pos = c.s.len();
    Some(
        uapi::MapsEntry::parse(line)
            .map_err(|e| problem(span, e))
            .map(|m| VmaSpec {
                start: Expr::num(m.start),
                end: Expr::num(m.end),
                perms: m.perms(),
                name: Some(m.name.clone()),
                ident: Some(VmaIdent {
                    offset: m.offset,
                    dev_major: m.dev_major,
                    dev_minor: m.dev_minor,
                    inode: m.inode,
                }),
                line: lineno,
            }),
    )
}

fn vma_spec_at(c: &mut Cur<'_>, lineno: usize, vars: &Bound, form: SpecForm) -> PResult<VmaSpec> {
    c.skip_ws();
    if let Some(spec) = full_maps_line(c, lineno) {
        return spec;
    }
    let usage = match form {
        SpecForm::Inline => "maps ADDR == START-END PERMS [NAME]",
        SpecForm::Block => "an indented block line: START-END PERMS [NAME]",
    };
    let Some((_, rspan)) = c.token() else {
        return Err(problem(c.pos..c.pos, "expected `START-END`").note(format!("usage: {usage}")));
    };
    let dash = split_range(c.s, rspan.clone())?;
    let start = parse_expr(c.s, rspan.start..dash, vars)?;
    let end = parse_expr(c.s, dash + 1..rspan.end, vars)?;
    let Some((perms, pspan)) = c.token() else {
        return Err(problem(
            c.pos..c.pos,
            "expected permissions like `rw-p` after the range",
        )
        .note(format!("usage: {usage}")));
    };
    let b = perms.as_bytes();
    let ok = b.len() == 4
        && matches!(b[0], b'r' | b'-')
        && matches!(b[1], b'w' | b'-')
        && matches!(b[2], b'x' | b'-')
        && matches!(b[3], b's' | b'p');
    if !ok {
        return Err(problem(
            pspan,
            format!("expected permissions like `rw-p`, found `{perms}`"),
        ));
    }
    c.skip_ws();
    let name = c.rest().trim_end();
    let name = (!name.is_empty()).then(|| name.to_string());
    c.pos = c.s.len();
    Ok(VmaSpec {
        start,
        end,
        perms: perms.to_string(),
        name,
        ident: None,
        line: lineno,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Fields {
    /// smaps: `VmFlags~xx` allowed too.
    Smaps,
    Plain,
}

/// `Name=VALUE …` (and for smaps `VmFlags~xx`, `VmFlags!~xx`), at least one.
fn fields(c: &mut Cur<'_>, kind: Fields) -> PResult<Vec<FieldSpec>> {
    let mut out = Vec::new();
    while let Some((tok, span)) = c.token() {
        if let Some(rest) = tok.strip_prefix("VmFlags") {
            if kind != Fields::Smaps {
                return Err(problem(
                    span,
                    "VmFlags expectations belong to `smaps ADDR ==`",
                ));
            }
            let (present, code) = match (rest.strip_prefix("!~"), rest.strip_prefix('~')) {
                (Some(code), _) => (false, code),
                (None, Some(code)) => (true, code),
                _ => {
                    return Err(problem(
                        span,
                        format!("expected `VmFlags~xx` or `VmFlags!~xx`, found `{tok}`"),
                    ));
                }
            };
            if code.len() != 2
                || !code
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            {
                return Err(problem(
                    span,
                    format!("a VmFlags code is two letters (`gu`, `wr`), found `{code}`"),
                ));
            }
            out.push(FieldSpec::Flag {
                code: code.to_string(),
                present,
            });
            continue;
        }
        let Some((name, value)) = tok.split_once('=') else {
            return Err(
                problem(span, format!("expected `Name=VALUE`, found `{tok}`"))
                    .note("for example: Rss=8K Private_Dirty=8K"),
            );
        };
        if name.is_empty() || name.contains(['~', '!']) {
            return Err(problem(
                span,
                format!("expected a field name before `=`, found `{tok}`"),
            ));
        }
        let vstart = span.start + name.len() + 1;
        if value.is_empty() {
            return Err(problem(
                vstart..vstart,
                format!("expected a value after `{name}=`"),
            ));
        }
        let value = parse_number(value, vstart..span.end)?;
        out.push(FieldSpec::Eq {
            name: name.to_string(),
            value,
        });
    }
    if out.is_empty() {
        return Err(
            problem(c.pos..c.pos, "expected `Name=VALUE` terms after `==`")
                .note("for example: Rss=8K Anonymous=8K"),
        );
    }
    Ok(out)
}

/// One token per page.
fn pages(c: &mut Cur<'_>, npages: &Expr) -> PResult<Vec<PageSpec>> {
    let mut out = Vec::new();
    c.skip_ws();
    let first = c.pos;
    while let Some((tok, span)) = c.token() {
        out.push(page_spec(tok, span)?);
    }
    if out.is_empty() {
        return Err(
            problem(c.pos..c.pos, "expected one token per page after `==`")
                .note(format!("words: {PAGE_WORDS}, joined with `+`")),
        );
    }
    if let Some(n) = npages.constant()
        && n != out.len() as u64
    {
        return Err(problem(
            first..c.pos,
            format!(
                "expected {n} page tokens (one per page), found {}",
                out.len()
            ),
        ));
    }
    Ok(out)
}

fn page_spec(tok: &str, span: Range<usize>) -> PResult<PageSpec> {
    let mut words = PageWords::default();
    let mut label: Option<String> = None;
    let mut none = false;
    // Words joined by `+`; a label may also follow a word directly (`anon@A`).
    let mut parts = Vec::new();
    let mut off = span.start;
    for w in tok.split('+') {
        match w.find('@') {
            Some(i) if i > 0 => {
                parts.push((&w[..i], off..off + i));
                parts.push((&w[i..], off + i..off + w.len()));
            }
            _ => parts.push((w, off..off + w.len())),
        }
        off += w.len() + 1;
    }
    for (w, wspan) in parts {
        let bit = match w {
            "present" => PageWords::PRESENT,
            "swap" => PageWords::SWAP,
            "file" => PageWords::FILE,
            "excl" => PageWords::EXCL,
            "guard" => PageWords::GUARD,
            "zero" => PageWords::ZERO,
            "ax" => PageWords::AX,
            "anon" => PageWords::ANON,
            "none" => {
                none = true;
                0
            }
            _ => {
                if let Some(l) = w.strip_prefix('@') {
                    let valid = !l.is_empty()
                        && l.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_');
                    if !valid {
                        return Err(problem(wspan, "expected a frame label `@NAME`"));
                    }
                    if label.is_some() {
                        return Err(problem(wspan, "a page has one frame label"));
                    }
                    label = Some(l.to_string());
                    continue;
                }
                let msg = if w.is_empty() {
                    "expected a page word".to_string()
                } else {
                    format!("unknown page word `{w}`")
                };
                return Err(
                    problem(wspan, msg).note(format!("words: {PAGE_WORDS}, joined with `+`"))
                );
            }
        };
        words.0 |= bit;
    }
    if none && (words.0 != 0 || label.is_some()) {
        return Err(problem(
            span,
            format!(
                "`none` stands alone (a page that is neither present nor swapped), found `{tok}`"
            ),
        ));
    }
    Ok(PageSpec {
        words,
        label,
        text: tok.to_string(),
    })
}
