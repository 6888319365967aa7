//! Rustdoc from arbitrary document text (summaries, descriptions).
//!
//! The text comes from API documents and is markdown at best. It is emitted as
//! `#[doc = "..."]` attributes, so quoting is never an issue (`*/`, quotes and back-slashes
//! are escaped by the string literal), but rustdoc and clippy still read it as markdown:
//! any code block that is not marked `text` would be compiled as a doctest, and a few
//! default clippy lints (tabs, lazy list/quote continuations, link definitions nested in
//! lists, footnote-like `[^1]`) would fail `cargo clippy -- -D warnings`. [`normalize`]
//! rewrites the text so that neither happens while keeping it readable.
//!
//! It is a line-based approximation of CommonMark's block structure, tuned so that where
//! it is unsure, the result is plain text rather than code: it tracks the list items and
//! quotes a paragraph is in (to give continuation lines their prefix), fenced code blocks,
//! and the HTML blocks that can hide a fence from markdown.

use std::borrow::Cow;

use proc_macro2::TokenStream;
use quote::quote;

/// Joins the non-empty parts (trimmed) with a blank line between them, normalizes the
/// text for rustdoc, and returns one `#[doc = " line"]` attribute per line (empty
/// TokenStream when there is nothing). Each part is normalized on its own, so a code fence
/// left open in a summary cannot swallow the description; a part identical to an earlier
/// one (summary == description is common) is emitted once.
pub fn doc_attrs(parts: &[Option<&str>]) -> TokenStream {
    let mut blocks: Vec<String> = Vec::new();
    for part in parts.iter().flatten() {
        let block = normalize(part.trim());
        if !block.is_empty() && !blocks.contains(&block) {
            blocks.push(block);
        }
    }
    let mut attrs = TokenStream::new();
    if blocks.is_empty() {
        return attrs;
    }
    for line in blocks.join("\n\n").split('\n') {
        // `/// line` gives `" line"`; an empty `///` gives `""`.
        let doc = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        attrs.extend(quote! { #[doc = #doc] });
    }
    attrs
}

/// The normalization alone (for tests and for other callers): returns the text that
/// doc_attrs would emit, lines joined with `\n`, no trailing newline.
///
/// - CRLF/CR (and U+2028, U+2029, NEL) become LF; other control characters are removed,
///   and so are the bidirectional-override characters rustc denies in comments (prettyplease
///   prints doc attributes as `///` comments) and byte-order marks;
/// - tabs become 4 spaces;
/// - fenced code blocks get the info string `text` (an unclosed one is closed, so it
///   cannot swallow what follows); HTML blocks that run to an end marker (`<pre>`, `<!--`
///   ...) are copied as they are (and closed too);
/// - lines indented by 4+ spaces outside fences (indented code blocks) are de-indented;
///   more generally a line in no list item or quote loses its indentation, and after a
///   blank line no list item is continued (multi-paragraph items render flatter);
/// - continuation lines of list items and block quotes get exactly the indentation / `>`
///   clippy's `doc_lazy_continuation` asks for, spaces after list markers are collapsed;
/// - where markdown could disagree with this reading of the text, the result stays safe
///   either way: a fence right after an HTML line like `<div>` gets a blank line before it
///   (ending the HTML block that would hide it); a fence is not nested in list items
///   adding up to 4+ columns; a fence after a marker like `2.` goes on its own line; a
///   marker that is text (`2.` cannot interrupt a paragraph) has a following ```` ``` ````
///   or `<` escaped;
/// - link reference definitions inside lists and quotes are escaped (`doc_nested_refdefs`),
///   and so are footnotes (`[^1]`, `doc_suspicious_footnotes`);
/// - trailing whitespace is stripped, blank-line runs collapsed, outer blank lines removed.
pub fn normalize(text: &str) -> String {
    let mut doc = Normalizer::default();
    for line in clean_chars(text).split('\n') {
        doc.line(line.trim_end());
    }
    doc.finish()
}

/// Line breaks unified to `\n`, tabs expanded, unwanted invisible characters removed.
fn clean_chars(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push('\n'),
            '\t' => out.push_str("    "),
            // rustc's deny-by-default `text_direction_codepoint_in_comment` / `_in_literal`
            // lints reject these, and a BOM mid-text is just noise.
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A markdown container a line can be inside of.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Container {
    /// `> ` block quote.
    Quote,
    /// List item whose content starts this many columns after the marker's start
    /// (`- ` -> 2, `10. ` -> 4).
    List(usize),
}

/// The containers a paragraph is in (none for a top-level paragraph), so a following line
/// can be given the same prefix instead of being a "lazy continuation".
#[derive(Clone, Debug, Default)]
struct Context {
    containers: Vec<Container>,
}

impl Context {
    /// What a line continuing this paragraph starts with: spaces for list items, `> ` for
    /// quotes.
    fn prefix(&self) -> String {
        let mut prefix = String::new();
        for container in &self.containers {
            match container {
                Container::Quote => prefix.push_str("> "),
                Container::List(width) => prefix.push_str(&" ".repeat(*width)),
            }
        }
        prefix
    }

    /// `line` without the prefix these containers give it, as far as it is there: `>`
    /// markers and list-item indentation.
    fn strip_prefix<'a>(&self, line: &'a str) -> &'a str {
        let mut line = line;
        for container in &self.containers {
            match container {
                Container::Quote => {
                    let t = line.trim_start_matches(' ');
                    match t.strip_prefix('>') {
                        Some(after) if line.len() - t.len() <= 3 => {
                            line = after.strip_prefix(' ').unwrap_or(after);
                        }
                        _ => break,
                    }
                }
                Container::List(width) => line = &line[leading_spaces(line).min(*width)..],
            }
        }
        line
    }
}

/// What ends a raw block.
enum RawKind {
    /// A fenced code block: a run of at least `len` of `ch` ('`' or '~') alone on a line.
    Fence { ch: char, len: usize },
    /// An HTML block of CommonMark types 1-5 (`<pre>`, `<!--` ...): a line containing
    /// `end` (ASCII case-insensitive). Markdown inside is not parsed, fences included.
    Html { end: &'static str },
}

/// An open block whose lines are copied, not parsed.
struct Raw {
    kind: RawKind,
    /// The containers the block is in: their prefix is stripped from the original lines
    /// (as far as it is there) and put before each output line.
    context: Context,
    prefix: String,
    /// Column of the opening line's content inside those containers: later lines lose up
    /// to this many leading spaces, as CommonMark does for fences.
    col: usize,
}

/// A line outside raw blocks split into its container markers and content.
struct Parsed<'a> {
    /// Container markers as they will be rendered: (`Quote`, ">") or (`List(w)`, "1.").
    markers: Vec<(Container, &'a str)>,
    /// The content after the markers and the spaces that follow them.
    rest: Cow<'a, str>,
}

fn parse_line(line: &str) -> Parsed<'_> {
    // Leading spaces go: 4+ would be an indented code block, which rustdoc compiles as
    // Rust, and fewer are no use where this is called (see `Normalizer::line_once`).
    let mut rest = line.trim_start_matches(' ');
    let mut markers = Vec::new();
    // `* * *` and `- - -` are thematic breaks, not nested list items.
    if !is_thematic_break(rest) {
        loop {
            if let Some(after) = rest.strip_prefix('>') {
                markers.push((Container::Quote, ">"));
                rest = after;
            } else if let Some(len) = list_marker_len(rest) {
                markers.push((Container::List(len + 1), &rest[..len]));
                rest = &rest[len..];
            } else {
                break;
            }
            // Spaces after a marker are collapsed to one when rendering, so content after a
            // marker can never be an indented code block either.
            rest = rest.trim_start_matches(' ');
            // A task list box (`- [ ] `): rustdoc reads what follows it as the start of the
            // item (`- [ ] ```` ` opens a code block), and clippy has its own idea of how far
            // such items' lines are indented. Escaped, it is plain text.
            let list = matches!(markers.last(), Some((Container::List(_), _)));
            let task = ["[ ]", "[x]", "[X]"]
                .into_iter()
                .any(|b| rest.starts_with(b))
                && matches!(rest.as_bytes().get(3), None | Some(b' '));
            if list && task {
                return Parsed {
                    markers,
                    rest: Cow::Owned(format!("\\{rest}")),
                };
            }
        }
    }
    Parsed {
        markers,
        rest: Cow::Borrowed(rest),
    }
}

/// Length of a list marker (`-`, `*`, `+`, `1.`, `12)`) at the start of `s` when it is
/// followed by a space or ends the line (an empty list item).
fn list_marker_len(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let len = match bytes.first()? {
        b'-' | b'*' | b'+' => 1,
        b'0'..=b'9' => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            if digits > 9 || !matches!(bytes.get(digits), Some(b'.' | b')')) {
                return None;
            }
            digits + 1
        }
        _ => return None,
    };
    matches!(bytes.get(len), None | Some(b' ')).then_some(len)
}

/// Whether a list marker may start a list in the middle of a paragraph: CommonMark only
/// lets bullets and ordered lists starting at 1 do that (`2019. was a good year` on the
/// next line of a paragraph is text).
fn can_interrupt_paragraph(marker: &str) -> bool {
    // (The marker may end with a task box: `2. [ ]`.)
    let marker = marker.split(' ').next().unwrap_or(marker);
    match marker.strip_suffix(['.', ')']) {
        Some(number) => number.parse::<u32>() == Ok(1),
        None => true,
    }
}

/// `# Title` (up to 6 `#`).
fn is_atx_heading(s: &str) -> bool {
    let hashes = s.len() - s.trim_start_matches('#').len();
    (1..=6).contains(&hashes) && matches!(s.as_bytes().get(hashes), None | Some(b' '))
}

/// `|---|:--:|` under a line with cells: the start of a (GitHub style) table, whose rows
/// are not a paragraph. (`- | --- |` is one too: its `-` is a cell, not a list marker.)
fn is_table_delimiter(s: &str) -> bool {
    s.contains('|')
        && table_cells(s).iter().all(|cell| {
            let dashes = cell.trim().trim_start_matches(':').trim_end_matches(':');
            !dashes.is_empty() && dashes.bytes().all(|b| b == b'-')
        })
}

/// The cells of a table row: `|`-separated, outer pipes optional, `\|` escaped (also in
/// code spans, as GitHub and rustdoc split rows).
fn table_cells(row: &str) -> Vec<&str> {
    let row = row.trim();
    let row = row.strip_prefix('|').unwrap_or(row);
    let row = match row.strip_suffix('|') {
        Some(inner) if !inner.ends_with('\\') => inner,
        _ => row,
    };
    let mut cells = Vec::new();
    let mut start = 0;
    let mut escaped = false;
    for (i, c) in row.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == '|' {
            cells.push(&row[start..i]);
            start = i + 1;
        }
    }
    cells.push(&row[start..]);
    cells
}

/// `===` or `---` under a paragraph line: that line becomes a heading.
fn is_setext_underline(s: &str) -> bool {
    !s.is_empty() && (s.bytes().all(|b| b == b'=') || s.bytes().all(|b| b == b'-'))
}

fn is_thematic_break(s: &str) -> bool {
    let mut chars = s.chars().filter(|c| *c != ' ');
    match chars.next() {
        Some(first @ ('-' | '*' | '_')) => {
            let rest: Vec<char> = chars.collect();
            rest.len() >= 2 && rest.iter().all(|c| *c == first)
        }
        _ => false,
    }
}

/// An opening code fence: (char, run length). Back-tick fences whose info string has a
/// back-tick are inline code (```` ```a``` ````), not fences.
fn opening_fence(s: &str) -> Option<(char, usize)> {
    let ch = s.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = s.chars().take_while(|c| *c == ch).count();
    let info = &s[len..];
    (len >= 3 && !(ch == '`' && info.contains('`'))).then_some((ch, len))
}

fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    haystack.to_ascii_lowercase().contains(needle)
}

/// The end marker of an HTML block of CommonMark types 1-5 starting at `s`. These can
/// interrupt a paragraph and run until their end marker, across blank lines. (Types 6
/// and 7, like `<div>`, end at a blank line: see `State::html_risk`.)
fn html_block_end(s: &str) -> Option<&'static str> {
    const TAGS: [(&str, &str); 4] = [
        ("<pre", "</pre>"),
        ("<script", "</script>"),
        ("<style", "</style>"),
        ("<textarea", "</textarea>"),
    ];
    for (open, end) in TAGS {
        if starts_with_ignore_case(s, open)
            && matches!(
                s.as_bytes().get(open.len()),
                None | Some(b' ' | b'\t' | b'>')
            )
        {
            return Some(end);
        }
    }
    if s.starts_with("<!--") {
        Some("-->")
    } else if s.starts_with("<?") {
        Some("?>")
    } else if s.starts_with("<![CDATA[") {
        Some("]]>")
    } else if s.starts_with("<!") && s.as_bytes().get(2).is_some_and(u8::is_ascii_alphabetic) {
        Some(">")
    } else {
        None
    }
}

/// A link reference definition (`[label]: url`), which clippy's `doc_nested_refdefs`
/// rejects inside lists and quotes.
fn is_refdef(s: &str) -> bool {
    s.strip_prefix('[')
        .and_then(|s| s.find(']').map(|end| (end, s)))
        .is_some_and(|(end, s)| end > 0 && s[end + 1..].starts_with(':'))
}

/// How many of `ctx`'s containers a fence or an HTML block can be nested in: as long as
/// list items add up to at most 3 columns of indentation (counted from the line start or
/// the last `>`).
fn safe_depth(ctx: &Context) -> usize {
    let mut width = 0;
    for (i, container) in ctx.containers.iter().enumerate() {
        match container {
            Container::Quote => width = 0,
            Container::List(w) => width += w,
        }
        if width > 3 {
            return i;
        }
    }
    ctx.containers.len()
}

/// Matches `line` against the containers of the paragraph before it, as CommonMark does:
/// a quote needs its `>`, a list item needs its content indentation. Returns how many
/// containers matched and the text after them.
fn match_context<'a>(line: &'a str, ctx: &Context) -> (usize, &'a str) {
    let mut s = line;
    let mut matched = 0;
    for container in &ctx.containers {
        match container {
            Container::Quote => {
                let t = s.trim_start_matches(' ');
                match t.strip_prefix('>') {
                    Some(after) if s.len() - t.len() <= 3 => {
                        s = after.strip_prefix(' ').unwrap_or(after);
                    }
                    _ => break,
                }
            }
            Container::List(width) => {
                if leading_spaces(s) < *width {
                    break;
                }
                s = &s[*width..];
            }
        }
        matched += 1;
    }
    (matched, s)
}

fn leading_spaces(s: &str) -> usize {
    s.len() - s.trim_start_matches(' ').len()
}

#[derive(Default)]
struct Normalizer {
    /// Output lines, each with whether it is raw (code or HTML, left as it is).
    out: Vec<(String, bool)>,
    raw: Option<Raw>,
    state: State,
}

/// What the lines so far mean for the next one.
#[derive(Clone, Default)]
struct State {
    /// The paragraph the previous line belongs to, if any: the next line continues it
    /// unless it starts a new block.
    paragraph: Option<Context>,
    /// A line since the last blank line may have started an HTML block (`<div>` ...,
    /// CommonMark types 6 and 7), which runs to the next blank line.
    html_risk: bool,
    /// `paragraph` is really containers the previous line opened without text (an empty
    /// list item `-`, `12) >`): only lines with their full prefix continue them, and any
    /// list marker may follow.
    empty_item: bool,
    /// The containers of the table (GitHub style) the previous line is a row of.
    table: Option<Context>,
    /// The previous line's text when it was paragraph text, and whether it started the
    /// paragraph: the header row, should the line be a table's delimiter row.
    header: Option<(String, bool)>,
}

impl Normalizer {
    fn push(&mut self, line: String, raw: bool) {
        self.out.push((line.trim_end().to_string(), raw));
    }

    fn last_is_blank(&self) -> bool {
        self.out.last().is_some_and(|(l, _)| l.is_empty())
    }

    /// Adds one input line. A line whose rendering differs from it (de-indented, given a
    /// prefix, spaces collapsed...) is processed again in its rendered form until that is
    /// stable, because the rendered form is what rustdoc will read: e.g. `    >12)` after
    /// a quoted paragraph first looks like a new quote holding a list item, but rendered
    /// as `> 12)` it continues the quoted paragraph.
    fn line(&mut self, line: &str) {
        self.line_at(line, 0);
    }

    /// [`Self::line`], `depth` levels into splits (a split line never splits again; the
    /// limit is only a guard).
    fn line_at(&mut self, line: &str, depth: usize) {
        if self.raw.is_some() || line.trim().is_empty() {
            self.line_once(line, line);
            return;
        }
        let mut current = line.to_string();
        for _ in 0..4 {
            let len = self.out.len();
            let state = self.state.clone();
            if let Some((markers, block)) = self.line_once(&current, line) {
                if depth < 3 {
                    self.line_at(&markers, depth + 1);
                    self.line_at(&block, depth + 1);
                } else {
                    self.push(markers, false);
                    self.push(block, false);
                }
                return;
            }
            // Only a single line is read again: inserting a blank line before it, or joining
            // it to the line before, is final.
            if self.out.len() != len + 1 {
                return;
            }
            match self.out.last() {
                Some((rendered, _)) if *rendered != current => {
                    current = rendered.clone();
                    self.out.truncate(len);
                    self.raw = None;
                    self.state = state;
                }
                _ => return,
            }
        }
        // Not stable after a few rounds (never seen): keep the last rendering.
        if let Some((markers, block)) = self.line_once(&current, line) {
            self.push(markers, false);
            self.push(block, false);
        }
    }

    /// Adds one input line once; asks for a split (a line of markers, then a line with the
    /// fence or HTML block) by returning the two lines instead. `origin` is the line as
    /// it came in (`line` may be its rendering): a fence's content lines are indented
    /// relative to that.
    fn line_once(&mut self, line: &str, origin: &str) -> Option<(String, String)> {
        if self.raw.is_some() {
            self.raw_line(line);
            return None;
        }
        if line.trim().is_empty() {
            // A blank line ends paragraphs, quotes and HTML blocks like `<div>`. List items
            // could go on after it, but lines after a blank line are treated as being in no
            // container (they lose their indentation), which renders a little flatter and
            // is always safe.
            self.state.paragraph = None;
            self.state.html_risk = false;
            self.state.empty_item = false;
            self.state.table = None;
            self.state.header = None;
            if !self.out.is_empty() && !self.last_is_blank() {
                self.out.push((String::new(), false));
            }
            return None;
        }

        // How many of the previous paragraph's (or table's) containers this line continues
        // (`>` present, list indentation deep enough), and the text after them.
        let source = self.state.paragraph.as_ref().or(self.state.table.as_ref());
        let (matched, remainder) = match source {
            Some(ctx) => match_context(line, ctx),
            None => (0, line),
        };
        let (base, parsed) = match source {
            Some(ctx) if matched > 0 => (
                Context {
                    containers: ctx.containers[..matched].to_vec(),
                },
                // Relative indentation inside a container is dropped: after a paragraph line
                // it means nothing, and it could only ever make an indented code block.
                parse_line(remainder.trim_start_matches(' ')),
            ),
            // In no container: the indentation goes (for a list item too: it could only
            // make it look nested in a list that a blank line ended, or overindented).
            _ => (Context::default(), parse_line(line)),
        };
        let mut markers = parsed.markers;
        let mut text = parsed.rest.clone();
        let full_match = source.is_some_and(|ctx| matched == ctx.containers.len());
        let continues_paragraph =
            self.state.paragraph.is_some() && full_match && !self.state.empty_item;
        // GitHub tables need as many cells in the header row (the paragraph's last line) as
        // in the delimiter row. A delimiter row may look like a list item (`- | --- |`).
        // rustdoc only takes a header row that starts its paragraph or starts with `|`.
        let body = remainder.trim_start_matches(' ');
        let table_start = continues_paragraph
            && is_table_delimiter(body)
            && self.state.header.as_ref().is_some_and(|(h, first)| {
                (*first || h.starts_with('|'))
                    && h.contains('|')
                    && table_cells(h).len() == table_cells(body).len()
            });
        if table_start {
            markers.clear();
            text = Cow::Borrowed(body);
        } else if continues_paragraph {
            // A line that fully continues the paragraph's containers can only start a list
            // with a bullet or `1.`, and not an empty item; otherwise the marker is text of
            // the paragraph (or a `-` heading underline). The spaces after it are collapsed
            // all the same, so that a parser that disagrees never sees a list item starting
            // with an indented code block (`2.     code`).
            if let Some((Container::List(_), marker)) = markers.first() {
                let empty = markers.len() == 1 && parsed.rest.is_empty();
                if !can_interrupt_paragraph(marker) || empty {
                    let mut joined = String::new();
                    for (_, marker) in &markers {
                        joined.push_str(marker);
                        joined.push(' ');
                    }
                    // Should a parser take the marker for a list item after all, what follows
                    // must not open a code block or an HTML block.
                    if opening_fence(&parsed.rest).is_some() || parsed.rest.starts_with('<') {
                        joined.push('\\');
                    }
                    joined.push_str(&parsed.rest);
                    joined.truncate(joined.trim_end().len());
                    text = Cow::Owned(joined);
                    markers.clear();
                }
            }
        }
        let rest: &str = &text;
        let underline = continues_paragraph && markers.is_empty() && is_setext_underline(rest);

        // No new marker after a paragraph: this line continues it, whether it has all the
        // containers' prefixes or is "lazy" (clippy's `doc_lazy_continuation`). Either way
        // it gets the full prefix.
        let table_row =
            self.state.paragraph.is_none() && self.state.table.is_some() && markers.is_empty();
        let continued = match (&self.state.paragraph, &self.state.table) {
            (Some(ctx), _)
                if markers.is_empty()
                    && !is_thematic_break(rest)
                    && (full_match || !self.state.empty_item) =>
            {
                Some(ctx.clone())
            }
            // A table row keeps the table's containers.
            (None, Some(ctx)) if markers.is_empty() => Some(ctx.clone()),
            _ => None,
        };
        let own_markers = !markers.is_empty();
        let continues_text = continued.is_some() && !table_row && !self.state.empty_item;
        let (lead, context) = match continued {
            Some(ctx) => (ctx.prefix(), ctx),
            // In the containers matched so far; in none: no indentation at all.
            None if markers.is_empty() => (base.prefix(), base),
            None => {
                let mut lead = base.prefix();
                let mut context = base;
                for (container, marker) in &markers {
                    lead.push_str(marker);
                    lead.push(' ');
                    context.containers.push(*container);
                }
                (lead, context)
            }
        };

        let fence = opening_fence(rest);
        let html_end = html_block_end(rest);
        if fence.is_some() || html_end.is_some() {
            // Which of the containers the block can stay in. Its opening line must be read
            // as such by markdown whatever it makes of the lines before, or the blocks
            // after it pair up differently (and a closing fence becomes an opening one).
            // - An HTML block (`<div>` ...) may be open, in which this line would be HTML:
            //   a blank line first ends it (a truly blank one: the quotes and list items
            //   before may have been HTML too). After it, list items are left (no longer
            //   continued without their indentation, which is not kept here); quotes are
            //   kept (a line with `>` starts a new one).
            // - Inside list items indented by 4+ columns, this line is only a fence if
            //   markdown agrees about those items (not if their marker was text, say
            //   `12)` after what is a paragraph to markdown but a table here): it would be
            //   paragraph text, and its content after a blank line an indented code block.
            //   Such items are left (up to 3 columns is a fence either way).
            let keep = if self.state.html_risk {
                context
                    .containers
                    .iter()
                    .take_while(|c| **c == Container::Quote)
                    .count()
            } else {
                safe_depth(&context)
            };
            let moved = keep < context.containers.len();
            // A marker like `2.` (which could not start a list after a paragraph, should this
            // line follow one after all) also goes on a line of its own.
            let ambiguous = fence.is_some()
                && matches!(
                    markers.first(),
                    Some((Container::List(_), marker)) if !can_interrupt_paragraph(marker)
                );
            let mut context = context;
            context.containers.truncate(keep);
            let prefix = context.prefix();
            if own_markers && (moved || ambiguous) {
                // The markers go on a line of their own and the block on the next, at its
                // column in what is left of the containers. Both are read again as input,
                // so that each gets the meaning markdown will give it.
                let col = if moved {
                    context.strip_prefix(line).len().saturating_sub(rest.len())
                } else {
                    0
                };
                let block = format!("{prefix}{}{rest}", " ".repeat(col));
                return Some((lead.trim_end().to_string(), block));
            }
            if self.state.html_risk {
                if self.out.last().is_some_and(|(l, _)| !l.is_empty()) {
                    self.push(String::new(), false);
                }
                self.state.html_risk = false;
            }
            let lead = if moved { prefix.clone() } else { lead };
            // Where the content of the block's later lines starts: after the containers'
            // prefix, plus the indentation the opening line had there (none after a marker
            // of its own: this output collapses the spaces after it to one).
            let col = if own_markers && !moved {
                0
            } else {
                leading_spaces(context.strip_prefix(origin))
            };
            match (fence, html_end) {
                (Some((ch, len)), _) => {
                    // Whatever the info string was (none, `rust`, `json`, `ignore`...),
                    // `text` is the only one rustdoc never compiles.
                    self.push(format!("{lead}{}text", ch.to_string().repeat(len)), true);
                    self.raw = Some(Raw {
                        kind: RawKind::Fence { ch, len },
                        context,
                        prefix,
                        col,
                    });
                }
                (None, Some(end)) => {
                    // Copied as it is; the block goes on until its end marker (which may be
                    // on this same line, after the opening).
                    self.push(format!("{lead}{rest}"), true);
                    if !contains_ignore_case(&rest[1..], end) {
                        self.raw = Some(Raw {
                            kind: RawKind::Html { end },
                            context,
                            prefix,
                            col,
                        });
                    }
                }
                (None, None) => {}
            }
            self.state.paragraph = None;
            self.state.empty_item = false;
            self.state.table = None;
            self.state.header = None;
            return None;
        }

        let footnote_def = rest.starts_with("[^") && is_refdef(rest);
        // A link definition in a list or quote (`doc_nested_refdefs`), or a footnote
        // definition (a container of its own, with rules of its own): escaped, it is the
        // plain text `[a]: b`, which is also what a definition shows where it is really the
        // continuation of a paragraph.
        let escape = footnote_def || (is_refdef(rest) && !context.containers.is_empty());
        let escape = if escape { "\\" } else { "" };
        let merge = self.state.empty_item && full_match && (own_markers || !rest.is_empty());
        match self.out.last_mut() {
            // The first content of an item whose marker was alone on its line (`-`, then
            // `  text` or `  - text`) joins the marker: clippy's lazy-continuation check
            // miscounts the indentation of the lines after it otherwise.
            Some((last, false)) if merge && !is_thematic_break(&format!("{last} {rest}")) => {
                last.push(' ');
                for (_, marker) in &markers {
                    last.push_str(marker);
                    last.push(' ');
                }
                last.push_str(escape);
                last.push_str(rest);
                last.truncate(last.trim_end().len());
            }
            _ => self.push(format!("{lead}{escape}{rest}"), false),
        }
        // `<div>`, `<table>`, `<p>`... may start an HTML block that runs to the next blank
        // line (CommonMark types 6 and 7).
        if rest.starts_with('<') {
            self.state.html_risk = true;
        }
        // Only a paragraph can be continued by the next line, or containers this line
        // opened without text (`-`, `12) >`): the next line may hold their content.
        let empty_item = rest.is_empty() && own_markers;
        let is_paragraph = !rest.is_empty()
            && !is_thematic_break(rest)
            && !underline
            && !is_atx_heading(rest)
            && !table_start
            && !table_row;
        if table_start {
            self.state.table = Some(context.clone());
        } else if !table_row {
            self.state.table = None;
        }
        self.state.empty_item = empty_item;
        self.state.header = Some((rest.to_string(), !continues_text)).filter(|_| is_paragraph);
        self.state.paragraph = Some(context).filter(|_| is_paragraph || empty_item);
        None
    }

    fn raw_line(&mut self, line: &str) {
        let Some(raw) = &self.raw else { return };
        let content = raw.context.strip_prefix(line);
        let trimmed = content.trim_start_matches(' ');
        match raw.kind {
            RawKind::Fence { ch, len } => {
                let run = trimmed.chars().take_while(|c| *c == ch).count();
                if run >= len && trimmed[run..].trim().is_empty() {
                    self.close_raw();
                    return;
                }
            }
            RawKind::Html { end } => {
                if contains_ignore_case(content, end) {
                    let line = format!("{}{}", raw.prefix, trimmed);
                    self.push(line, true);
                    self.raw = None;
                    return;
                }
            }
        }
        let spaces = content.len() - trimmed.len();
        let content = &content[spaces.min(raw.col)..];
        let line = format!("{}{content}", raw.prefix);
        // Blank-line runs collapse inside code blocks too.
        if line.trim_end().is_empty() && self.last_is_blank() {
            return;
        }
        self.push(line, true);
    }

    /// Closes an open fence or HTML block, so that it cannot swallow what follows (the
    /// next part given to doc_attrs, the item's other docs).
    fn close_raw(&mut self) {
        if let Some(raw) = self.raw.take() {
            let closing = match raw.kind {
                RawKind::Fence { ch, len } => ch.to_string().repeat(len),
                RawKind::Html { end } => end.to_string(),
            };
            self.push(format!("{}{closing}", raw.prefix), true);
        }
    }

    fn finish(mut self) -> String {
        self.close_raw();
        while self.last_is_blank() {
            self.out.pop();
        }
        let lines: Vec<String> = self
            .out
            .into_iter()
            .map(|(line, raw)| {
                if raw {
                    line
                } else {
                    escape_footnote_refs(&line)
                }
            })
            .collect();
        lines.join("\n")
    }
}

/// Escapes `[^1]`-style footnote references (clippy's `doc_suspicious_footnotes`; footnote
/// definitions are escaped too, see above) as `[\^1]`, which renders as `[^1]`. Inline
/// code is not spared: where a code span ends depends on the whole paragraph, and a
/// stray back-slash in code is better than a lint error.
fn escape_footnote_refs(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) = rest.find("[^") {
        let label = &rest[start + 2..];
        let digits = label.len() - label.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        out.push_str(&rest[..start]);
        if digits > 0 && label[digits..].starts_with(']') {
            out.push_str("[\\^");
        } else {
            out.push_str("[^");
        }
        rest = label;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Removes up to `n` `>` markers (each with the spaces before it and one space after).
    fn strip_quotes(mut line: &str, n: usize) -> &str {
        for _ in 0..n {
            match line.trim_start_matches(' ').strip_prefix('>') {
                Some(after) => line = after.strip_prefix(' ').unwrap_or(after),
                None => break,
            }
        }
        line
    }

    /// The strings of the `#[doc]` attributes in `attrs`, checking they parse as attributes
    /// of an item.
    fn doc_strings(attrs: &TokenStream) -> Vec<String> {
        let item: syn::ItemStruct =
            syn::parse2(quote! { #attrs struct X; }).expect("doc attributes parse");
        item.attrs
            .iter()
            .map(|attr| match &attr.meta {
                syn::Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }) => s.value(),
                    other => panic!("not a string: {}", quote!(#other)),
                },
                other => panic!("not a doc attribute: {}", quote!(#other)),
            })
            .collect()
    }

    #[test]
    fn attrs_one_per_line_with_leading_space() {
        let attrs = doc_attrs(&[
            Some("Get a pet."),
            None,
            Some("  Returns the pet.\n\nOr 404.  "),
        ]);
        assert_eq!(
            doc_strings(&attrs),
            [" Get a pet.", "", " Returns the pet.", "", " Or 404."]
        );
    }

    #[test]
    fn attrs_empty_when_nothing() {
        assert!(doc_attrs(&[]).is_empty());
        assert!(doc_attrs(&[None, None]).is_empty());
        assert!(doc_attrs(&[Some(""), Some("  \n\t\n "), Some("\u{0}\u{1}")]).is_empty());
    }

    #[test]
    fn attrs_skip_repeated_parts() {
        let attrs = doc_attrs(&[Some("List pets"), Some("List pets")]);
        assert_eq!(doc_strings(&attrs), [" List pets"]);
    }

    #[test]
    fn attrs_parts_are_fenced_separately() {
        let attrs = doc_attrs(&[Some("```\nunclosed"), Some("Description")]);
        assert_eq!(
            doc_strings(&attrs),
            [" ```text", " unclosed", " ```", "", " Description"]
        );
    }

    #[test]
    fn attrs_survive_hostile_text() {
        let nasty =
            "*/ /* \"quoted\" `tick` \\ <b>html</b> é à ç\r\n\ttab \u{0} end #[doc] r#\"x\"#";
        let attrs = doc_attrs(&[Some(nasty)]);
        let strings = doc_strings(&attrs);
        assert_eq!(
            strings,
            [
                " */ /* \"quoted\" `tick` \\ <b>html</b> é à ç",
                // The tab made 4 spaces of indentation: de-indented like any code block.
                " tab  end #[doc] r#\"x\"#"
            ]
        );
        // The tokens also survive a round trip through source text.
        let reparsed: TokenStream = attrs.to_string().parse().unwrap();
        assert_eq!(doc_strings(&reparsed), strings);
    }

    #[test]
    fn line_endings() {
        assert_eq!(normalize("a\r\nb\rc\nd"), "a\nb\nc\nd");
        assert_eq!(normalize("a\u{2028}b"), "a\nb");
    }

    #[test]
    fn control_characters_removed() {
        assert_eq!(
            normalize("a\u{0}b\u{7}c\u{1b}[0md\u{7f}e\u{9b}f"),
            "abc[0mdef"
        );
        assert_eq!(
            normalize("x\u{202E}evil\u{202C}y\u{2066}z\u{FEFF}"),
            "xevilyz"
        );
        // Tabs and newlines are not removed, they are rewritten.
        assert_eq!(normalize("a\tb\nc"), "a    b\nc");
    }

    #[test]
    fn tabs_become_four_spaces() {
        assert_eq!(normalize("key:\tvalue"), "key:    value");
        assert!(!normalize("\t\ta\tb\t").contains('\t'));
    }

    #[test]
    fn fences_get_text_info_string() {
        assert_eq!(
            normalize("```\nlet x = 1;\n```"),
            "```text\nlet x = 1;\n```"
        );
        assert_eq!(
            normalize("```rust\nfn main() {}\n```"),
            "```text\nfn main() {}\n```"
        );
        assert_eq!(
            normalize("```json\n{\"a\": 1}\n```"),
            "```text\n{\"a\": 1}\n```"
        );
        assert_eq!(normalize("``` rust,ignore\nx\n```"), "```text\nx\n```");
        assert_eq!(normalize("```text\nx\n```"), "```text\nx\n```");
        assert_eq!(normalize("~~~\nx\n~~~"), "~~~text\nx\n~~~");
        assert_eq!(normalize("~~~python\nx\n~~~"), "~~~text\nx\n~~~");
        assert_eq!(
            normalize("````md\n```rust\ninner\n```\n````"),
            "````text\n```rust\ninner\n```\n````"
        );
        // A closing run must be as long as the opening and of the same character.
        assert_eq!(normalize("```\n~~~\n``\n```"), "```text\n~~~\n``\n```");
        // Inline code with three back-ticks is not a fence.
        assert_eq!(normalize("```inline```\nx"), "```inline```\nx");
    }

    #[test]
    fn fence_content_keeps_indentation() {
        let text = "Example:\n\n```\nfn main() {\n    println!(\"hi\");\n\n\n}\n```";
        assert_eq!(
            normalize(text),
            "Example:\n\n```text\nfn main() {\n    println!(\"hi\");\n\n}\n```"
        );
        // An indented fence loses its indentation on every line, as CommonMark reads it.
        assert_eq!(
            normalize("  ```\n  a\n    b\n  ```"),
            "```text\na\n  b\n```"
        );
    }

    #[test]
    fn unclosed_fence_gets_closed() {
        assert_eq!(normalize("```\nlet x = 1;"), "```text\nlet x = 1;\n```");
        assert_eq!(normalize("````sh\nx\n```"), "````text\nx\n```\n````");
        assert_eq!(normalize("text\n~~~"), "text\n~~~text\n~~~");
    }

    #[test]
    fn indented_code_is_deindented() {
        assert_eq!(
            normalize("Example:\n\n    let x = 1;\n        nested"),
            "Example:\n\nlet x = 1;\nnested"
        );
        assert_eq!(
            normalize("     ```rust\n     x\n     ```"),
            "```text\nx\n```"
        );
        // Outside list items and quotes, any indentation goes.
        assert_eq!(normalize("a\n\n   b"), "a\n\nb");
    }

    #[test]
    fn trailing_whitespace_stripped() {
        assert_eq!(
            normalize("a   \nb\t\n```\nc  \n```  "),
            "a\nb\n```text\nc\n```"
        );
    }

    #[test]
    fn blank_lines_collapsed_and_trimmed() {
        assert_eq!(
            normalize("\n\n  \na\n\n\n\nb\n \n\t\nc\n\n\n"),
            "a\n\nb\n\nc"
        );
        assert_eq!(normalize(""), "");
        assert_eq!(normalize(" \n\t\r\n"), "");
    }

    #[test]
    fn list_continuations_are_indented() {
        assert_eq!(normalize("- first\ncontinued"), "- first\n  continued");
        assert_eq!(normalize("* first\ncontinued"), "* first\n  continued");
        assert_eq!(normalize("+ first\ncontinued"), "+ first\n  continued");
        assert_eq!(
            normalize("1. first\ncontinued\nmore"),
            "1. first\n   continued\n   more"
        );
        assert_eq!(
            normalize("10) tenth\ncontinued"),
            "10) tenth\n    continued"
        );
        assert_eq!(normalize("- a\n- b\ncontinued"), "- a\n- b\n  continued");
        // Out of any container, a list item loses its indentation like any line.
        assert_eq!(normalize("  - nested\nlazy"), "- nested\n  lazy");
        assert_eq!(normalize("- a\n  - b\nlazy"), "- a\n  - b\n    lazy");
        assert_eq!(normalize("- a\n continued"), "- a\n  continued");
        assert_eq!(normalize("-   wide\ncontinued"), "- wide\n  continued");
        // A blank line ends the item: nothing to indent.
        assert_eq!(normalize("- a\n\nnot continued"), "- a\n\nnot continued");
        // Not list items.
        assert_eq!(normalize("-1 is negative\nnext"), "-1 is negative\nnext");
        assert_eq!(normalize("1.5 GB\nnext"), "1.5 GB\nnext");
        assert_eq!(normalize("*bold*\nnext"), "*bold*\nnext");
        assert_eq!(normalize("- - -\nnext"), "- - -\nnext");
        assert_eq!(normalize("***\nnext"), "***\nnext");
    }

    #[test]
    fn fence_after_list_item_stays_in_item() {
        assert_eq!(
            normalize("1. Run:\n```\ncurl x\n```\n2. Done"),
            "1. Run:\n   ```text\n   curl x\n   ```\n2. Done"
        );
        assert_eq!(
            normalize("- Run:\n  ```bash\n  curl x\n\n  more\n  ```"),
            "- Run:\n  ```text\n  curl x\n\n  more\n  ```"
        );
        assert_eq!(normalize("- ```rust\n  x\n  ```"), "- ```text\n  x\n  ```");
        // After a marker like `2.`, the fence goes on a line of its own.
        assert_eq!(
            normalize("2. ```rust\n   x\n   ```"),
            "2.\n   ```text\n   x\n   ```"
        );
        // A fence is not nested in list items adding up to 4+ columns: should markdown not
        // take them for list items, it would not be a fence either.
        assert_eq!(
            normalize("> 12) ~~~\n>     x"),
            "> 12)\n> ~~~text\n> x\n> ~~~"
        );
        assert_eq!(
            normalize("- a\n  - b\n    ```\n    x\n    ```"),
            "- a\n  - b\n  ```text\n  x\n  ```"
        );
    }

    #[test]
    fn quotes() {
        assert_eq!(normalize("> quoted\nlazy"), "> quoted\n> lazy");
        assert_eq!(normalize(">quoted\n>more"), "> quoted\n> more");
        assert_eq!(normalize("> > deep\n> lazy"), "> > deep\n> > lazy");
        assert_eq!(normalize("> - item\n> lazy"), "> - item\n>   lazy");
        assert_eq!(normalize(">     code"), "> code");
        assert_eq!(
            normalize("> ```\n> x\n>\n> ```"),
            "> ```text\n> x\n>\n> ```"
        );
        assert_eq!(
            normalize("> ```rust\nx\n\ny"),
            "> ```text\n> x\n>\n> y\n> ```"
        );
        assert_eq!(normalize("> a\n>\nb"), "> a\n>\nb");
    }

    #[test]
    fn nested_refdefs_escaped() {
        assert_eq!(
            normalize("- [link]: https://x.y"),
            "- \\[link]: https://x.y"
        );
        assert_eq!(
            normalize("> [link]: https://x.y"),
            "> \\[link]: https://x.y"
        );
        assert_eq!(normalize("[link]: https://x.y"), "[link]: https://x.y");
        // After a blank line, indentation goes: the definition leaves the list item.
        assert_eq!(
            normalize("- a\n\n  [link]: https://x.y"),
            "- a\n\n[link]: https://x.y"
        );
        // Indentation that puts it in no container is dropped.
        assert_eq!(
            normalize("a\n\n  [link]: https://x.y"),
            "a\n\n[link]: https://x.y"
        );
        assert_eq!(
            normalize("- [link](https://x.y): text"),
            "- [link](https://x.y): text"
        );
    }

    #[test]
    fn ordered_lists_only_interrupt_paragraphs_at_one() {
        // `2019.` after a paragraph line is text: no list, no indentation for what follows,
        // but the spaces after it are collapsed anyway.
        assert_eq!(
            normalize("In\n2019.   it grew\nmore"),
            "In\n2019. it grew\nmore"
        );
        assert_eq!(
            normalize("Intro\n1. first\nmore"),
            "Intro\n1. first\n   more"
        );
        assert_eq!(normalize("Intro\n- first\nmore"), "Intro\n- first\n  more");
        // After a list item it is a new item, not text.
        assert_eq!(normalize("1. a\n2. b\nmore"), "1. a\n2. b\n   more");
        // A fence-looking text after such a marker is escaped: a parser that takes the
        // marker for a list item must not see a fence.
        assert_eq!(normalize("Text\n2. ```rust\nx"), "Text\n2. \\```rust\nx");
        // Not after a paragraph, the fence goes on its own line below the marker.
        assert_eq!(
            normalize("2. ```rust\n   x\n   ```"),
            "2.\n   ```text\n   x\n   ```"
        );
    }

    #[test]
    fn empty_list_items() {
        // The first content of an item whose marker is alone on its line joins it.
        assert_eq!(normalize("-\n  text\n  more"), "- text\n  more");
        assert_eq!(
            normalize("1.\n   - nested\n     more"),
            "1. - nested\n     more"
        );
        // An empty item cannot interrupt a paragraph; `-` under text underlines a heading.
        assert_eq!(normalize("Text\n*\nmore"), "Text\n*\nmore");
        assert_eq!(normalize("Title\n-\n2.     x"), "Title\n-\n2. x");
    }

    #[test]
    fn headings_and_thematic_breaks_end_paragraphs() {
        assert_eq!(
            normalize("# Title\n12) item\nmore"),
            "# Title\n12) item\n    more"
        );
        assert_eq!(normalize("- a\n***\nb"), "- a\n***\nb");
        assert_eq!(
            normalize("Title\n===\n12) item\nmore"),
            "Title\n===\n12) item\n    more"
        );
    }

    #[test]
    fn tables() {
        // A header row in the middle of a paragraph must start with `|`.
        assert_eq!(
            normalize("x\n| a | b |\n|---|---|\n12) y\nlazy"),
            "x\n| a | b |\n|---|---|\n12) y\n    lazy"
        );
        assert_eq!(
            normalize("x\na | b\n---|---\n12) y\nlazy"),
            "x\na | b\n---|---\n12) y\nlazy"
        );
        let table = "| Code | Meaning |\n|------|:-------:|\n| 200 | OK |";
        assert_eq!(normalize(table), table);
        // Table rows are not a paragraph: a list may start right after them.
        assert_eq!(
            normalize("| a | b |\n|---|---|\n| 1 | 2 |\n12) x\nlazy"),
            "| a | b |\n|---|---|\n| 1 | 2 |\n12) x\n    lazy"
        );
        // Without as many header cells as delimiter cells, it is no table.
        assert_eq!(
            normalize("a | b | c\n|---|---|\n12) x\nlazy"),
            "a | b | c\n|---|---|\n12) x\nlazy"
        );
        assert_eq!(table_cells("| a \\| b | c |").len(), 2);
        assert_eq!(table_cells("a | b"), ["a ", " b"]);
        assert_eq!(table_cells("|---|"), ["---"]);
        assert!(is_table_delimiter("- | --- |:-:"));
        assert!(!is_table_delimiter("| - | x |"));
        assert!(!is_table_delimiter("---"));
        // A delimiter row that looks like a list item is not one.
        assert_eq!(
            normalize("a | b\n- | ---\n12) x\nlazy"),
            "a | b\n- | ---\n12) x\n    lazy"
        );
    }

    #[test]
    fn html_blocks_are_copied_and_closed() {
        // Types 1-5 run to their end marker; nothing inside is touched.
        let pre = "<pre>\n```\n    code\n</pre>\n```\nx\n```";
        assert_eq!(
            normalize(pre),
            "<pre>\n```\n    code\n</pre>\n```text\nx\n```"
        );
        let comment = "<!--\n```\n-->\n```\nx\n```";
        assert_eq!(normalize(comment), "<!--\n```\n-->\n```text\nx\n```");
        assert_eq!(
            normalize("<!-- one line -->\n```\nx\n```"),
            "<!-- one line -->\n```text\nx\n```"
        );
        // One left open is closed, so that it cannot swallow what follows.
        assert_eq!(normalize("<!--\nhidden"), "<!--\nhidden\n-->");
        assert_eq!(
            normalize("<PRE class=x>\n  a"),
            "<PRE class=x>\n  a\n</pre>"
        );
        let attrs = doc_attrs(&[Some("<!-- open"), Some("```\nx\n```")]);
        assert_eq!(
            doc_strings(&attrs),
            [" <!-- open", " -->", "", " ```text", " x", " ```"]
        );
    }

    #[test]
    fn blank_line_before_fence_after_html() {
        // `<div>` starts an HTML block that runs to a blank line; without one, markdown
        // would read the fence as HTML and pair the next fences differently.
        assert_eq!(normalize("<div>\n```\nx\n```"), "<div>\n\n```text\nx\n```");
        assert_eq!(
            normalize("<p>\n- a\n  ```\n  x\n  ```"),
            "<p>\n- a\n\n```text\nx\n```"
        );
        assert_eq!(
            normalize("> <div>\n> ```\n> x\n> ```"),
            "> <div>\n\n> ```text\n> x\n> ```"
        );
        // After a blank line there is no HTML block left to end.
        assert_eq!(
            normalize("<div>\n\n```\nx\n```"),
            "<div>\n\n```text\nx\n```"
        );
    }

    #[test]
    fn footnotes_escaped() {
        assert_eq!(normalize("See [^1] and [^12]."), "See [\\^1] and [\\^12].");
        assert_eq!(normalize("[^1]: the note"), "\\[\\^1]: the note");
        // Only numeric labels look like footnotes to clippy; regexes are left alone.
        assert_eq!(
            normalize("Matches [^0-9] and [^a]."),
            "Matches [^0-9] and [^a]."
        );
        // Code blocks are not touched.
        assert_eq!(normalize("```\n[^1]\n```"), "```text\n[^1]\n```");
    }

    #[test]
    fn plain_text_untouched() {
        let text = "Returns the **pet** with `id`.\n\n# Errors\n\n404 if <missing> & \"quoted\".\nÉlève à l'école, ça marche.";
        assert_eq!(normalize(text), text);
    }

    /// A rough markdown reader for the properties below: fences open and close in pairs,
    /// every opening fence is `text`, and no line outside fences is indented 4+ spaces more
    /// than the list item it continues.
    fn check_invariants(input: &str, out: &str) {
        let ctx = || {
            let input: String = input.chars().take(300).collect();
            let out: String = out.chars().take(1000).collect();
            format!("input (start) {input:?}\noutput (start):\n{out}")
        };
        assert!(!out.contains('\t') && !out.contains('\r'), "{}", ctx());
        assert!(
            !out.chars().any(|c| c.is_control() && c != '\n'),
            "{}",
            ctx()
        );
        assert!(!out.contains("\n\n\n"), "{}", ctx());
        assert!(!out.starts_with('\n') && !out.ends_with('\n'), "{}", ctx());
        let mut open: Option<(String, char, usize)> = None;
        let mut html_end: Option<&str> = None;
        let mut prev_text = false;
        let mut prev_depth = 0;
        let mut list_width = 0;
        for (i, line) in out.lines().enumerate() {
            let ctx = || {
                let window: Vec<&str> = out.lines().skip(i.saturating_sub(12)).take(14).collect();
                format!(
                    "line {i}: {line:?}\nnear:\n{}\n{}",
                    window.join("\n"),
                    ctx()
                )
            };
            assert_eq!(line, line.trim_end(), "{}", ctx());
            let body = strip_quotes(line, usize::MAX);
            let trimmed = body.trim_start();
            if let Some(end) = html_end {
                if contains_ignore_case(line, end) {
                    html_end = None;
                }
                continue;
            }
            if open.is_some() {
                prev_text = false;
            }
            match &open {
                Some((prefix, ch, len)) => {
                    assert!(line.starts_with(prefix.trim_end()), "{}", ctx());
                    let run = trimmed.chars().take_while(|c| c == ch).count();
                    if run >= *len && trimmed[run..].trim().is_empty() {
                        open = None;
                    }
                }
                None => {
                    let mut parsed = parse_line(body);
                    let mut joined = String::new();
                    let depth = line.len() - body.len();
                    // The paragraph only goes on (and `12)` cannot start a list) in the same
                    // quote and list item.
                    let same_container = depth == prev_depth && leading_spaces(body) >= list_width;
                    prev_depth = depth;
                    if prev_text && same_container {
                        if let Some((Container::List(_), marker)) = parsed.markers.first() {
                            let empty = parsed.markers.len() == 1 && parsed.rest.is_empty();
                            if !can_interrupt_paragraph(marker) || empty {
                                for (_, marker) in &parsed.markers {
                                    joined.push_str(marker);
                                    joined.push(' ');
                                }
                                joined.push_str(&parsed.rest);
                                joined.truncate(joined.trim_end().len());
                                parsed.markers.clear();
                                parsed.rest = Cow::Owned(joined);
                            }
                        }
                    }
                    prev_text = !parsed.rest.is_empty();
                    let mut rest: &str = &parsed.rest;
                    if parsed.markers.iter().any(|(c, _)| *c != Container::Quote) {
                        // Continuation lines may be indented up to the item's content.
                        list_width = body.len() - parsed.rest.len();
                        if parsed.rest.is_empty() {
                            // An empty item: its content starts after the marker's space.
                            list_width += 1;
                        }
                    }
                    if parsed.markers.is_empty() {
                        rest = body;
                        let spaces = body.len() - body.trim_start().len();
                        assert!(
                            spaces < 4 || spaces <= list_width,
                            "indented code\n{}",
                            ctx()
                        );
                    }
                    if parsed.markers.is_empty() && !body.starts_with(' ') && !body.is_empty() {
                        // Text at column 0 ends every list.
                        list_width = 0;
                    }
                    if let Some(end) = html_block_end(rest.trim_start()) {
                        if !contains_ignore_case(&rest.trim_start()[1..], end) {
                            html_end = Some(end);
                        }
                        continue;
                    }
                    if let Some((ch, len)) = opening_fence(rest.trim_start()) {
                        let info = &rest.trim_start()[len..];
                        assert_eq!(info, "text", "{}", ctx());
                        let prefix_len = line.len() - rest.trim_start().len();
                        let prefix: String = line[..prefix_len]
                            .chars()
                            .map(|c| if c == '>' { '>' } else { ' ' })
                            .collect();
                        open = Some((prefix, ch, len));
                    }
                }
            }
        }
        assert!(open.is_none(), "unclosed fence\n{}", ctx());
    }


    fn weird_doc(rng: &mut crate::TestRng) -> String {
        const PIECES: &[&str] = &[
            "word",
            " ",
            "  ",
            "    ",
            "\t",
            "\n",
            "\n\n",
            "\r\n",
            "\r",
            "```",
            "```rust",
            "~~~",
            "````",
            "- ",
            "* ",
            "+ ",
            "1. ",
            "12) ",
            "> ",
            ">",
            "[a]: b",
            "#",
            "`",
            "\u{0}",
            "\u{1b}",
            "\u{202E}",
            "é",
            "*/",
            "\"",
            "\\",
            "<p>",
            "---",
            "fn main() {}",
            "🚀",
            "\u{2028}",
        ];
        let len = rng.below(24);
        (0..len).map(|_| PIECES[rng.below(PIECES.len())]).collect()
    }

    #[test]
    fn property_weird_docs() {
        let mut rng = crate::TestRng(0xDEAD_BEEF_CAFE_F00D);
        for _ in 0..800 {
            let input = weird_doc(&mut rng);
            let out = normalize(&input);
            check_invariants(&input, &out);
            // Normalizing twice changes nothing.
            assert_eq!(normalize(&out), out, "input {input:?}");
            let attrs = doc_attrs(&[Some(&input), Some("second part")]);
            let strings = doc_strings(&attrs);
            assert!(strings.iter().all(|s| s.is_empty() || s.starts_with(' ')));
        }
    }

    #[test]
    fn property_long_text() {
        let mut rng = crate::TestRng(7);
        let mut input = String::new();
        while input.len() < 20_000 {
            input.push_str(&weird_doc(&mut rng));
        }
        let out = normalize(&input);
        check_invariants(&input, &out);
        doc_strings(&doc_attrs(&[Some(&input)]));
    }
}
