//! Parse errors as values: the file, the 1-based line and column, what was expected, and the
//! offending line, rendered with `annotate-snippets` so the user sees the line with a caret.

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use std::fmt;
use std::ops::Range;

/// A malformed or inconsistent scenario line. Nothing runs when parsing fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub file: String,
    /// 1-based.
    pub line: usize,
    /// 1-based, counted in characters.
    pub column: usize,
    /// What was expected or what is wrong ("expected `)`", "$a is not bound").
    pub message: String,
    /// The whole source line the error is on.
    pub source_line: String,
    /// Byte range of the offending text within `source_line` (may be empty: a caret).
    pub span: Range<usize>,
    /// Extra advice, rendered as a note under the snippet.
    pub note: Option<String>,
}

/// Whether to colour a rendered error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Color {
    Plain,
    Styled,
}

impl ParseError {
    pub(crate) fn new(
        file: &str,
        line: usize,
        source_line: &str,
        span: Range<usize>,
        message: String,
    ) -> ParseError {
        // Clamp to char boundaries inside the line so rendering never slices mid-character.
        let clamp = |mut i: usize| {
            i = i.min(source_line.len());
            while !source_line.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let start = clamp(span.start);
        let end = clamp(span.end.max(start));
        ParseError {
            file: file.to_string(),
            line,
            column: source_line[..start].chars().count() + 1,
            message,
            source_line: source_line.to_string(),
            span: start..end,
            note: None,
        }
    }

    pub(crate) fn with_note(mut self, note: impl Into<String>) -> ParseError {
        self.note = Some(note.into());
        self
    }

    /// rustc-style rendering: the message, `file:line:column`, the line and a caret under the
    /// offending text.
    pub fn render(&self, color: Color) -> String {
        // Control characters other than tab would garble a terminal; show them as U+FFFD,
        // keeping byte lengths equal so the span stays valid.
        let shown: String = self
            .source_line
            .chars()
            .map(|c| {
                if c.is_control() && c != '\t' {
                    '\u{fffd}'
                } else {
                    c
                }
            })
            .collect();
        let span = remap_span(&self.source_line, &shown, self.span.clone());
        let mut snippet = Snippet::source(shown.as_str())
            .line_start(self.line)
            .path(self.file.as_str())
            .annotation(AnnotationKind::Primary.span(span));
        snippet = snippet.fold(false);
        let mut group = Level::ERROR
            .primary_title(self.message.as_str())
            .element(snippet);
        if let Some(note) = &self.note {
            group = group.element(Level::NOTE.message(note.as_str()));
        }
        let renderer = match color {
            Color::Plain => Renderer::plain(),
            Color::Styled => Renderer::styled(),
        };
        renderer.render(&[group])
    }
}

/// Maps a byte span of `orig` onto `shown`, which has the same characters except for
/// replacements (which may change byte lengths).
fn remap_span(orig: &str, shown: &str, span: Range<usize>) -> Range<usize> {
    let chars_before = |s: &str, i: usize| s[..i].chars().count();
    let byte_at = |s: &str, n: usize| s.char_indices().nth(n).map(|(i, _)| i).unwrap_or(s.len());
    let a = byte_at(shown, chars_before(orig, span.start));
    let b = byte_at(shown, chars_before(orig, span.end));
    a..b
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )?;
        if let Some(n) = &self.note {
            write!(f, " ({n})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseError {}
