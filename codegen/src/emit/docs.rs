//! Rustdoc from arbitrary document text (summaries, descriptions).
//!
//! The text comes from API documents and is markdown at best. It is emitted as
//! `#[doc = "..."]` attributes, so quoting is never an issue (`*/`, quotes and back-slashes
//! are escaped by the string literal), but rustdoc and clippy still read it as markdown:
//! any code block that is not marked `text` would be compiled as a doctest, and a few
//! default clippy lints (tabs, lazy list/quote continuations, link definitions nested in
//! lists) would fail `cargo clippy -- -D warnings`. [`normalize`] rewrites the text so that
//! neither happens while keeping it readable.

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
/// - fenced code blocks get the info string `text` (an unclosed one is closed);
/// - lines outside fences indented by 4+ spaces (indented code blocks) are de-indented;
/// - continuation lines of list items and block quotes get the indentation / `>` that
///   clippy's `doc_lazy_continuation` asks for;
/// - link reference definitions inside lists and quotes are escaped (`doc_nested_refdefs`);
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

/// The containers the previous line's paragraph is in, so a following line can be given
/// the same prefix instead of being a "lazy continuation".
#[derive(Clone, Debug)]
struct Context {
    indent: usize,
    containers: Vec<Container>,
}

impl Context {
    /// What a line continuing this paragraph starts with: spaces for list items, `> ` for
    /// quotes.
    fn prefix(&self) -> String {
        let mut prefix = " ".repeat(self.indent);
        for container in &self.containers {
            match container {
                Container::Quote => prefix.push_str("> "),
                Container::List(width) => prefix.push_str(&" ".repeat(*width)),
            }
        }
        prefix
    }
}

/// An open fenced code block.
struct Fence {
    /// '`' or '~'.
    ch: char,
    /// Length of the opening run; the closing run must be at least as long.
    len: usize,
    /// Put before each content line and the closing fence (container continuation).
    prefix: String,
    /// Number of `>` markers on the opening line, stripped from content lines.
    quotes: usize,
    /// Column of the opening fence after those markers: content lines lose up to this many
    /// leading spaces, as CommonMark does.
    col: usize,
}

impl Fence {
    fn closing(&self) -> String {
        format!("{}{}", self.prefix, self.ch.to_string().repeat(self.len))
    }
}

/// A line outside fences split into its container markers and content.
struct Parsed<'a> {
    /// Leading spaces kept (0 when the line was indented by 4+ and got de-indented).
    indent: usize,
    /// Container markers as they will be rendered: (`Quote`, ">") or (`List(w)`, "1.").
    markers: Vec<(Container, &'a str)>,
    /// The content after the markers and the spaces that follow them.
    rest: &'a str,
}

fn parse_line(line: &str) -> Parsed<'_> {
    let spaces = line.len() - line.trim_start_matches(' ').len();
    // 4+ spaces would be an indented code block, which rustdoc compiles as Rust.
    let indent = if spaces >= 4 { 0 } else { spaces };
    let mut rest = &line[spaces..];
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
        }
    }
    Parsed {
        indent,
        markers,
        rest,
    }
}

/// Length of a list marker (`-`, `*`, `+`, `1.`, `12)`) at the start of `s` when it is
/// followed by a space.
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
    (bytes.get(len) == Some(&b' ')).then_some(len)
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

/// A link reference definition (`[label]: url`), which clippy's `doc_nested_refdefs`
/// rejects inside lists and quotes.
fn is_refdef(s: &str) -> bool {
    s.strip_prefix('[')
        .and_then(|s| s.find(']').map(|end| (end, s)))
        .is_some_and(|(end, s)| end > 0 && s[end + 1..].starts_with(':'))
}

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

#[derive(Default)]
struct Normalizer {
    out: Vec<String>,
    fence: Option<Fence>,
    context: Option<Context>,
}

impl Normalizer {
    fn push(&mut self, line: String) {
        self.out.push(line.trim_end().to_string());
    }

    fn line(&mut self, line: &str) {
        if self.fence.is_some() {
            self.fence_line(line);
            return;
        }
        if line.trim().is_empty() {
            // A blank line ends every paragraph; runs of blank lines collapse to one and
            // leading ones disappear.
            self.context = None;
            if self.out.last().is_some_and(|l| !l.is_empty()) {
                self.out.push(String::new());
            }
            return;
        }
        let parsed = parse_line(line);
        let only_quotes = parsed.markers.iter().all(|(c, _)| *c == Container::Quote);
        // A line that carries fewer containers than the paragraph it follows (no list
        // indentation, fewer `>`) is a lazy continuation: give it the full prefix.
        let lazy = match &self.context {
            Some(ctx) => {
                let n = parsed.markers.len();
                only_quotes
                    && n < ctx.containers.len()
                    && ctx.containers[..n].iter().all(|c| *c == Container::Quote)
                    && !parsed.rest.is_empty()
                    && !is_thematic_break(parsed.rest)
            }
            None => false,
        };
        let context = if lazy {
            self.context.clone()
        } else if parsed.markers.is_empty() || parsed.rest.is_empty() {
            None
        } else {
            Some(Context {
                indent: parsed.indent,
                containers: parsed.markers.iter().map(|(c, _)| *c).collect(),
            })
        };
        let lead = match (&context, lazy) {
            (Some(ctx), true) => ctx.prefix(),
            _ => {
                let mut lead = " ".repeat(parsed.indent);
                for (_, marker) in &parsed.markers {
                    lead.push_str(marker);
                    lead.push(' ');
                }
                lead
            }
        };

        if let Some((ch, len)) = opening_fence(parsed.rest) {
            let quotes = parsed
                .markers
                .iter()
                .filter(|(c, _)| *c == Container::Quote)
                .count();
            let after_quotes = strip_quotes(line, quotes);
            self.fence = Some(Fence {
                ch,
                len,
                prefix: context.as_ref().map(Context::prefix).unwrap_or_default(),
                quotes,
                col: after_quotes.len().saturating_sub(parsed.rest.len()),
            });
            // A fence in no container starts at column 0, like its content lines will.
            let lead = if context.is_none() { "" } else { lead.as_str() };
            // Whatever the info string was (none, `rust`, `json`, `ignore`...), `text`
            // is the only one rustdoc never compiles.
            self.push(format!("{lead}{}text", ch.to_string().repeat(len)));
            self.context = None;
            return;
        }

        if is_refdef(parsed.rest) && !lazy {
            if parsed.markers.is_empty() {
                // An indented definition may sit in a list item whose paragraph a blank line
                // ended: move it to the top level, where definitions are fine.
                self.push(parsed.rest.to_string());
            } else {
                // On a list item or quote line: escape it so it is plain text.
                self.push(format!("{lead}\\{}", parsed.rest));
            }
        } else {
            self.push(format!("{lead}{}", parsed.rest));
        }
        self.context = context;
    }

    fn fence_line(&mut self, line: &str) {
        let Some(fence) = &self.fence else { return };
        let content = strip_quotes(line, fence.quotes);
        let trimmed = content.trim_start_matches(' ');
        let run = trimmed.chars().take_while(|c| *c == fence.ch).count();
        if run >= fence.len && trimmed[run..].trim().is_empty() {
            let closing = fence.closing();
            self.fence = None;
            self.push(closing);
            return;
        }
        let spaces = content.len() - trimmed.len();
        let content = &content[spaces.min(fence.col)..];
        let line = format!("{}{content}", fence.prefix);
        // Blank-line runs collapse inside code blocks too.
        if line.trim_end().is_empty() && self.out.last().is_some_and(|l| l.is_empty()) {
            return;
        }
        self.push(line);
    }

    fn finish(mut self) -> String {
        if let Some(fence) = self.fence.take() {
            self.push(fence.closing());
        }
        while self.out.last().is_some_and(|l| l.is_empty()) {
            self.out.pop();
        }
        self.out.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let attrs = doc_attrs(&[Some("Get a pet."), None, Some("  Returns the pet.\n\nOr 404.  ")]);
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
        let nasty = "*/ /* \"quoted\" `tick` \\ <b>html</b> é à ç\r\n\ttab \u{0} end #[doc] r#\"x\"#";
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
        assert_eq!(normalize("a\u{0}b\u{7}c\u{1b}[0md\u{7f}e\u{9b}f"), "abc[0mdef");
        assert_eq!(normalize("x\u{202E}evil\u{202C}y\u{2066}z\u{FEFF}"), "xevilyz");
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
        assert_eq!(normalize("```\nlet x = 1;\n```"), "```text\nlet x = 1;\n```");
        assert_eq!(normalize("```rust\nfn main() {}\n```"), "```text\nfn main() {}\n```");
        assert_eq!(normalize("```json\n{\"a\": 1}\n```"), "```text\n{\"a\": 1}\n```");
        assert_eq!(normalize("``` rust,ignore\nx\n```"), "```text\nx\n```");
        assert_eq!(normalize("```text\nx\n```"), "```text\nx\n```");
        assert_eq!(normalize("~~~\nx\n~~~"), "~~~text\nx\n~~~");
        assert_eq!(normalize("~~~python\nx\n~~~"), "~~~text\nx\n~~~");
        assert_eq!(normalize("````md\n```rust\ninner\n```\n````"), "````text\n```rust\ninner\n```\n````");
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
        assert_eq!(normalize("  ```\n  a\n    b\n  ```"), "```text\na\n  b\n```");
    }

    #[test]
    fn unclosed_fence_gets_closed() {
        assert_eq!(normalize("```\nlet x = 1;"), "```text\nlet x = 1;\n```");
        assert_eq!(normalize("````sh\nx\n```"), "````text\nx\n```\n````");
        assert_eq!(normalize("text\n~~~"), "text\n~~~text\n~~~");
    }

    #[test]
    fn indented_code_is_deindented() {
        assert_eq!(normalize("Example:\n\n    let x = 1;\n        nested"), "Example:\n\nlet x = 1;\nnested");
        assert_eq!(normalize("     ```rust\n     x\n     ```"), "```text\nx\n```");
        // 1-3 spaces is not code and is left alone.
        assert_eq!(normalize("a\n\n   b"), "a\n\n   b");
    }

    #[test]
    fn trailing_whitespace_stripped() {
        assert_eq!(normalize("a   \nb\t\n```\nc  \n```  "), "a\nb\n```text\nc\n```");
    }

    #[test]
    fn blank_lines_collapsed_and_trimmed() {
        assert_eq!(normalize("\n\n  \na\n\n\n\nb\n \n\t\nc\n\n\n"), "a\n\nb\n\nc");
        assert_eq!(normalize(""), "");
        assert_eq!(normalize(" \n\t\r\n"), "");
    }

    #[test]
    fn list_continuations_are_indented() {
        assert_eq!(normalize("- first\ncontinued"), "- first\n  continued");
        assert_eq!(normalize("* first\ncontinued"), "* first\n  continued");
        assert_eq!(normalize("+ first\ncontinued"), "+ first\n  continued");
        assert_eq!(normalize("1. first\ncontinued\nmore"), "1. first\n   continued\n   more");
        assert_eq!(normalize("10) tenth\ncontinued"), "10) tenth\n    continued");
        assert_eq!(normalize("- a\n- b\ncontinued"), "- a\n- b\n  continued");
        assert_eq!(normalize("  - nested\nlazy"), "  - nested\n    lazy");
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
    }

    #[test]
    fn quotes() {
        assert_eq!(normalize("> quoted\nlazy"), "> quoted\n> lazy");
        assert_eq!(normalize(">quoted\n>more"), "> quoted\n> more");
        assert_eq!(normalize("> > deep\n> lazy"), "> > deep\n> > lazy");
        assert_eq!(normalize("> - item\n> lazy"), "> - item\n>   lazy");
        assert_eq!(normalize(">     code"), "> code");
        assert_eq!(normalize("> ```\n> x\n>\n> ```"), "> ```text\n> x\n>\n> ```");
        assert_eq!(normalize("> ```rust\nx\n\ny"), "> ```text\n> x\n>\n> y\n> ```");
        assert_eq!(normalize("> a\n>\nb"), "> a\n>\nb");
    }

    #[test]
    fn nested_refdefs_escaped() {
        assert_eq!(normalize("- [link]: https://x.y"), "- \\[link]: https://x.y");
        assert_eq!(normalize("> [link]: https://x.y"), "> \\[link]: https://x.y");
        assert_eq!(normalize("[link]: https://x.y"), "[link]: https://x.y");
        assert_eq!(normalize("- a\n\n  [link]: https://x.y"), "- a\n\n[link]: https://x.y");
        assert_eq!(normalize("- [link](https://x.y): text"), "- [link](https://x.y): text");
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
        let mut list_width = 0;
        for (i, line) in out.lines().enumerate() {
            let ctx = || format!("line {i}: {line:?}\n{}", ctx());
            assert_eq!(line, line.trim_end(), "{}", ctx());
            let body = strip_quotes(line, usize::MAX);
            let trimmed = body.trim_start();
            match &open {
                Some((prefix, ch, len)) => {
                    assert!(line.starts_with(prefix.trim_end()), "{}", ctx());
                    let run = trimmed.chars().take_while(|c| c == ch).count();
                    if run >= *len && trimmed[run..].trim().is_empty() {
                        open = None;
                    }
                }
                None => {
                    let parsed = parse_line(body);
                    let mut rest = parsed.rest;
                    if parsed.markers.iter().any(|(c, _)| *c != Container::Quote) {
                        // Continuation lines may be indented up to the item's content.
                        list_width = body.len() - parsed.rest.len();
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
                    if body.trim().is_empty() {
                        list_width = 0;
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

    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    fn weird_doc(rng: &mut Rng) -> String {
        const PIECES: &[&str] = &[
            "word", " ", "  ", "    ", "\t", "\n", "\n\n", "\r\n", "\r", "```", "```rust",
            "~~~", "````", "- ", "* ", "+ ", "1. ", "12) ", "> ", ">", "[a]: b", "#", "`",
            "\u{0}", "\u{1b}", "\u{202E}", "é", "*/", "\"", "\\", "<p>", "---", "fn main() {}",
            "🚀", "\u{2028}",
        ];
        let len = rng.below(24);
        (0..len).map(|_| PIECES[rng.below(PIECES.len())]).collect()
    }

    #[test]
    fn property_weird_docs() {
        let mut rng = Rng(0xDEAD_BEEF_CAFE_F00D);
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
        let mut rng = Rng(7);
        let mut input = String::new();
        while input.len() < 20_000 {
            input.push_str(&weird_doc(&mut rng));
        }
        let out = normalize(&input);
        check_invariants(&input, &out);
        doc_strings(&doc_attrs(&[Some(&input)]));
    }
}
