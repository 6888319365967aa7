//! A linear pre-scan of how deeply a YAML text nests flow collections (`[`, `{`), so that a
//! hostile document is refused before the YAML parser sees it.
//!
//! libyaml (under serde_yaml_ng) checks each token against every open flow level, and the
//! deserializer applies its depth limit only after the whole text is scanned: 100,000 nested `[`
//! took 53 s to refuse. Block nesting (indentation) costs the parser nothing per level, so only
//! flow levels are counted here.
//!
//! The scan follows libyaml's rules for what starts a flow collection: `[` and `{` in flow
//! context, and at the start of a node in block context, but never inside quoted, plain or block
//! scalars or comments. It errs towards counting less on text it does not model (a document it
//! lets through is still refused by the parser, only more slowly), so that it refuses nothing the
//! parser would accept: a document nested deeper than the parser's own limit fails there anyway.

/// Where the text goes deeper than the limit: byte offset of the `[` or `{` that does.
pub(super) struct TooDeep {
    pub(super) offset: usize,
}

/// Checks that flow collections nest at most `limit` levels deep.
pub(super) fn check(text: &str, limit: usize) -> Result<(), TooDeep> {
    let mut scan = Scan { text: text.as_bytes(), pos: 0, line_start: 0, flow: 0, limit, block_indent: -1, key_col: 0 };
    scan.document()
}

/// Line and column (1-based, in characters, lines ended by YAML's line breaks) of a byte
/// offset, for messages.
pub(super) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut scan = Scan { text: text.as_bytes(), pos: 0, line_start: 0, flow: 0, limit: 0, block_indent: -1, key_col: 0 };
    let mut line = 1;
    while scan.pos < offset.min(text.len()) {
        let breaks = scan.break_len(scan.pos);
        if breaks > 0 {
            scan.pos += breaks;
            scan.line_start = scan.pos;
            line += 1;
        } else {
            scan.pos += 1;
        }
    }
    let column = text.get(scan.line_start..offset).map_or(0, |s| s.chars().count());
    (line, column + 1)
}

struct Scan<'t> {
    text: &'t [u8],
    pos: usize,
    /// Offset of the current line's first byte.
    line_start: usize,
    flow: usize,
    limit: usize,
    /// The indentation of the innermost block collection (libyaml's `parser->indent`): a plain
    /// scalar continues on lines indented more, a block scalar's lines must be too.
    block_indent: isize,
    /// Column of the node that started last on this line: a key when `:` follows it.
    key_col: usize,
}

impl Scan<'_> {
    fn at(&self, pos: usize) -> u8 {
        self.text.get(pos).copied().unwrap_or(0)
    }

    fn col(&self) -> usize {
        self.pos - self.line_start
    }

    /// Length of the line break at `pos` (YAML's: LF, CR LF, CR, NEL, LS, PS), 0 if none.
    fn break_len(&self, pos: usize) -> usize {
        match (self.at(pos), self.at(pos + 1), self.at(pos + 2)) {
            (b'\r', b'\n', _) => 2,
            (b'\n' | b'\r', _, _) => 1,
            (0xC2, 0x85, _) => 2,
            (0xE2, 0x80, 0xA8 | 0xA9) => 3,
            _ => 0,
        }
    }

    fn at_end_of_line(&self, pos: usize) -> bool {
        pos >= self.text.len() || self.break_len(pos) > 0
    }

    /// Blank (space, tab), line break or end: what may follow an indicator.
    fn blankz(&self, pos: usize) -> bool {
        matches!(self.at(pos), b' ' | b'\t') || self.at_end_of_line(pos)
    }

    fn next_line(&mut self) {
        while !self.at_end_of_line(self.pos) {
            self.pos += 1;
        }
        self.pos += self.break_len(self.pos);
        self.line_start = self.pos;
    }

    /// Columns of leading spaces on the line at `self.pos` (a line start), and whether the line
    /// holds nothing else.
    fn leading_spaces(&self) -> (usize, bool) {
        let mut end = self.pos;
        while self.at(end) == b' ' {
            end += 1;
        }
        let mut rest = end;
        while self.at(rest) == b'\t' {
            rest += 1;
        }
        (end - self.pos, self.at_end_of_line(rest))
    }

    fn document(&mut self) -> Result<(), TooDeep> {
        // After a plain scalar that reached the end of its line: lines indented more than this
        // continue it.
        let mut open_plain: Option<isize> = None;
        // After a block scalar header: (indentation of its collection, explicit indentation).
        let mut block_scalar: Option<(isize, Option<usize>)> = None;
        while self.pos < self.text.len() {
            if let Some((parent, explicit)) = block_scalar.take() {
                self.skip_block_scalar(parent, explicit);
                continue;
            }
            let (indent, blank) = self.leading_spaces();
            if blank {
                self.next_line();
                continue;
            }
            self.pos += indent;
            while matches!(self.at(self.pos), b' ' | b'\t') {
                self.pos += 1;
            }
            let col = self.col();
            let rest = &self.text[self.pos..];
            if col == 0 && (rest.starts_with(b"---") || rest.starts_with(b"...")) && self.blankz(self.pos + 3) {
                open_plain = None;
                self.block_indent = -1;
                if rest.starts_with(b"...") {
                    self.next_line();
                    continue;
                }
                self.pos += 3;
            } else if col == 0 && rest.starts_with(b"%") {
                self.next_line();
                continue;
            } else if rest.starts_with(b"#") {
                // A comment line also ends a plain scalar.
                open_plain = None;
                self.next_line();
                continue;
            } else if open_plain.is_some_and(|parent| col as isize > parent) {
                // More text of a multi-line plain scalar: `[` and `-` here are just characters.
                match self.plain_block() {
                    Ended::Value => {
                        open_plain = None;
                        self.value_indicator();
                    }
                    Ended::Line => {}
                    Ended::Comment => open_plain = None,
                }
                if open_plain.is_some() {
                    self.next_line();
                    continue;
                }
            }
            open_plain = None;
            let ended = self.block_tokens(&mut block_scalar)?;
            if ended {
                open_plain = Some(self.block_indent);
            }
            self.next_line();
        }
        Ok(())
    }

    /// The tokens of the rest of a block-context line, each node start looked at; true when the
    /// line ended inside a plain scalar (which may continue on the next lines).
    fn block_tokens(&mut self, block_scalar: &mut Option<(isize, Option<usize>)>) -> Result<bool, TooDeep> {
        let mut node_start = true;
        let mut properties = false;
        loop {
            while matches!(self.at(self.pos), b' ' | b'\t') {
                self.pos += 1;
            }
            if self.at_end_of_line(self.pos) {
                return Ok(false);
            }
            let c = self.at(self.pos);
            if c == b'#' {
                return Ok(false);
            }
            if !node_start {
                if c == b':' && self.blankz(self.pos + 1) {
                    self.value_indicator();
                    node_start = true;
                    properties = false;
                    continue;
                }
                // Not valid YAML here: the parser stops at it.
                return Ok(false);
            }
            if !properties {
                self.key_col = self.col();
            }
            match c {
                b'-' | b'?' if self.blankz(self.pos + 1) => {
                    self.block_indent = self.col() as isize;
                    self.pos += 1;
                }
                b':' if self.blankz(self.pos + 1) => {
                    self.pos += 1;
                }
                b'[' | b'{' => {
                    self.flow_collection()?;
                    node_start = false;
                }
                b'\'' | b'"' => {
                    self.quoted();
                    node_start = false;
                }
                b'|' | b'>' => {
                    *block_scalar = Some((self.block_indent, self.block_header()));
                    return Ok(false);
                }
                b'&' | b'!' => {
                    self.property();
                    properties = true;
                }
                b'*' => {
                    self.property();
                    node_start = false;
                }
                _ => match self.plain_block() {
                    Ended::Value => {
                        self.value_indicator();
                        properties = false;
                    }
                    Ended::Line => return Ok(true),
                    Ended::Comment => return Ok(false),
                },
            }
        }
    }

    /// At `:` after a key: the key's collection is the innermost one now.
    fn value_indicator(&mut self) {
        self.block_indent = self.key_col as isize;
        self.pos += 1;
    }

    /// A plain scalar in block context, up to `: `, ` #` or the end of the line.
    fn plain_block(&mut self) -> Ended {
        loop {
            if self.at_end_of_line(self.pos) {
                return Ended::Line;
            }
            match self.at(self.pos) {
                b':' if self.blankz(self.pos + 1) => return Ended::Value,
                b' ' | b'\t' if self.at(self.pos + 1) == b'#' => {
                    return Ended::Comment;
                }
                _ => self.pos += 1,
            }
        }
    }

    /// An anchor, tag or alias: up to a blank or a flow indicator (`!<...>` up to its `>`).
    fn property(&mut self) {
        let verbatim = self.text[self.pos..].starts_with(b"!<");
        self.pos += 1;
        while !self.blankz(self.pos) {
            let c = self.at(self.pos);
            if verbatim && c == b'>' {
                self.pos += 1;
                return;
            }
            if !verbatim && matches!(c, b',' | b'[' | b']' | b'{' | b'}') {
                return;
            }
            self.pos += 1;
        }
    }

    /// A quoted scalar, over as many lines as it takes.
    fn quoted(&mut self) {
        let quote = self.at(self.pos);
        self.pos += 1;
        while self.pos < self.text.len() {
            let c = self.at(self.pos);
            if c == b'\\' && quote == b'"' {
                self.pos += 2;
                continue;
            }
            if c == quote {
                // `''` is a quote inside single quotes.
                if quote == b'\'' && self.at(self.pos + 1) == b'\'' {
                    self.pos += 2;
                    continue;
                }
                self.pos += 1;
                return;
            }
            let breaks = self.break_len(self.pos);
            if breaks > 0 {
                self.pos += breaks;
                self.line_start = self.pos;
            } else {
                self.pos += 1;
            }
        }
    }

    /// `|` or `>` with its indicators; the explicit indentation, if any. Leaves the position on
    /// the header's line.
    fn block_header(&mut self) -> Option<usize> {
        let mut explicit = None;
        for offset in 1..=2 {
            match self.at(self.pos + offset) {
                digit @ b'1'..=b'9' => explicit = Some(usize::from(digit - b'0')),
                b'+' | b'-' => {}
                _ => break,
            }
        }
        explicit
    }

    /// The lines of a block scalar, as libyaml tells them: blank lines and lines indented at
    /// least as much as its content (the first non-blank line's indentation, or the explicit
    /// one), which must be more than its collection's.
    fn skip_block_scalar(&mut self, parent: isize, explicit: Option<usize>) {
        let floor = (parent + 1).max(1) as usize;
        let indent = match explicit {
            Some(step) => (parent.max(0) as usize) + step,
            None => {
                // Look ahead without moving: leading blank lines, then the first other one.
                let (mut pos, mut widest) = (self.pos, 0);
                let indent = loop {
                    let mut end = pos;
                    while self.at(end) == b' ' {
                        end += 1;
                    }
                    widest = widest.max(end - pos);
                    if end >= self.text.len() || !self.at_end_of_line(end) {
                        break widest;
                    }
                    pos = end + self.break_len(end);
                };
                indent.max(floor)
            }
        };
        while self.pos < self.text.len() {
            let (spaces, blank) = self.leading_spaces();
            if !blank && spaces < indent {
                return;
            }
            self.next_line();
        }
    }

    /// A flow collection, from its `[` or `{` to the matching `]` or `}`, over any lines.
    fn flow_collection(&mut self) -> Result<(), TooDeep> {
        while self.pos < self.text.len() {
            let c = self.at(self.pos);
            let breaks = self.break_len(self.pos);
            if breaks > 0 {
                self.pos += breaks;
                self.line_start = self.pos;
                continue;
            }
            match c {
                b'[' | b'{' => {
                    self.flow += 1;
                    if self.flow > self.limit {
                        return Err(TooDeep { offset: self.pos });
                    }
                    self.pos += 1;
                }
                b']' | b'}' => {
                    self.pos += 1;
                    self.flow = self.flow.saturating_sub(1);
                    if self.flow == 0 {
                        return Ok(());
                    }
                }
                b' ' | b'\t' => self.pos += 1,
                // Between tokens, `#` starts a comment even right after one.
                b'#' => {
                    while !self.at_end_of_line(self.pos) {
                        self.pos += 1;
                    }
                }
                b',' | b':' => self.pos += 1,
                b'?' if self.blankz(self.pos + 1) => self.pos += 1,
                b'\'' | b'"' => self.quoted(),
                b'&' | b'!' | b'*' => self.property(),
                _ => self.plain_flow(),
            }
        }
        Ok(())
    }

    /// A plain scalar in flow context: up to a flow indicator, `: `, or ` #`, over any lines.
    fn plain_flow(&mut self) {
        let mut blank_before = false;
        while self.pos < self.text.len() {
            let c = self.at(self.pos);
            let breaks = self.break_len(self.pos);
            if breaks > 0 {
                self.pos += breaks;
                self.line_start = self.pos;
                blank_before = true;
                continue;
            }
            match c {
                b',' | b'[' | b']' | b'{' | b'}' => return,
                b':' if self.blankz(self.pos + 1) || matches!(self.at(self.pos + 1), b',' | b'[' | b']' | b'{' | b'}') => {
                    return
                }
                b'#' if blank_before => return,
                b' ' | b'\t' => blank_before = true,
                _ => blank_before = false,
            }
            self.pos += 1;
        }
    }
}

/// How a plain scalar in block context ended.
enum Ended {
    /// At `: `: it was a key.
    Value,
    /// At the end of the line: the next lines may continue it.
    Line,
    /// At ` #`.
    Comment,
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: usize = 128;

    fn refused_at(text: &str) -> Option<(usize, usize)> {
        check(text, LIMIT).err().map(|deep| line_column(text, deep.offset))
    }

    fn open(n: usize) -> String {
        "[".repeat(n)
    }

    /// Text that holds many `[` and `{` where none starts a flow collection.
    fn not_flow() -> Vec<String> {
        let b = "[{".repeat(150);
        vec![
            format!("a: '{b}'\n"),
            format!("a: 'it''s {b}'\n"),
            format!("a: \"\\\" {b}\"\n"),
            format!("a: \"line one\n  {b}\n  end\"\n"),
            format!("a: '{b}\n  {b}'\n"),
            format!("a: plain {b}\n"),
            format!("a: plain text\n  {b}\n  more {b}\n"),
            format!("- plain\n  {b}\n"),
            format!("# {b}\na: 1 # {b}\n"),
            format!("a: |\n  {b}\n\n  {b}\nb: 1\n"),
            format!("a: >-\n    {b}\n    {b}\n"),
            format!("a: |2\n   {b}\n"),
            format!("- k: |\n    {b}\n  j: 1\n"),
            format!("a: ['{b}', \"{b}\", x # {b}\n  ]\n"),
            format!("a: {{k: '{b}'}}\n"),
            format!("a: !tag x{b}\n"),
            format!("a: b:{b}\n"),
            format!("a:\n  |\n  {b}\n"),
            format!("--- |\n  {b}\n"),
            format!("a: \"{b}\"\r\nb: |\r\n  {b}\r\n"),
        ]
    }

    /// Documents where flow collections do nest more than the limit.
    fn deep() -> Vec<(String, (usize, usize))> {
        let n = LIMIT + 1;
        let deep = open(n);
        vec![
            (format!("a: {deep}"), (1, 4 + LIMIT)),
            (deep.clone(), (1, 1 + LIMIT)),
            (format!("a:\n  - x\n  - {deep}"), (3, 5 + LIMIT)),
            (format!("a: |\n  text\nb: {deep}"), (3, 4 + LIMIT)),
            (format!("- k: |\n    text\n  j: {deep}"), (3, 6 + LIMIT)),
            (format!("a: 'multi\n  line'\nb: {deep}"), (3, 4 + LIMIT)),
            (format!("a: x # comment\n{deep}: key"), (2, 1 + LIMIT)),
            (format!("--- {deep}"), (1, 5 + LIMIT)),
            (format!("? {deep}"), (1, 3 + LIMIT)),
            (format!("a: &anchor !!seq {deep}"), (1, 18 + LIMIT)),
            (format!("- - - {deep}"), (1, 7 + LIMIT)),
            (format!("a: 1\r\nb: {deep}"), (2, 4 + LIMIT)),
            (format!("a: 1\u{85}b: {deep}"), (2, 4 + LIMIT)),
            (format!("a: [it's, {}", open(LIMIT)), (1, 11 + LIMIT - 1)),
            (format!("a: {{b: [c, \"]]]\", {{d: {}", open(LIMIT - 2)), (1, 22 + LIMIT - 2)),
            (format!("a: [x,\n  # ]]]\n  {}", open(LIMIT)), (3, 3 + LIMIT - 1)),
            (format!("a: plain\nb: {deep}"), (2, 4 + LIMIT)),
            (format!("{{\"openapi\": \"3.0.0\", \"x\": {}", open(LIMIT)), (1, 27 + LIMIT - 1)),
        ]
    }

    #[test]
    fn brackets_that_open_nothing_are_not_counted() {
        for text in not_flow() {
            assert_eq!(refused_at(&text), None, "{text}");
            // Any of them is a YAML document the parser accepts.
            assert!(serde_yaml_ng::from_str::<serde_yaml_ng::Value>(&text).is_ok(), "{text}");
        }
        let at_limit = format!("a: {}{}", open(LIMIT - 1), "]".repeat(LIMIT - 1));
        assert_eq!(refused_at(&at_limit), None);
    }

    #[test]
    fn deep_flow_collections_are_refused_where_they_go_too_deep() {
        for (text, at) in deep() {
            assert_eq!(refused_at(&text), Some(at), "{text}");
        }
    }

    #[test]
    fn deep_and_long_texts() {
        // 100,000 levels took the parser 53 s; the scan stops at the first level too many, and a
        // long document without nesting is read once.
        let n = 100_000;
        assert!(refused_at(&format!("a: {}", open(n))).is_some());
        let flat = "a: [x, 'y', {b: c}] # [[\n".repeat(n);
        assert_eq!(refused_at(&flat), None);
    }

    /// What the scan refuses, the parser refuses too (a different message at worst): random
    /// documents made of the pieces above, cut and altered at random.
    #[test]
    fn refuses_only_what_the_parser_refuses() {
        let mut pieces = not_flow();
        pieces.extend(deep().into_iter().map(|(text, _)| format!("{text}\n")));
        pieces.extend(["a: [1, [2, [3]]]\n", "- {a: [b, c]}\n", "k: v\n", "  indented: x\n", "? [a]\n: b\n"].map(String::from));
        let mut rng = crate::TestRng(0x5eed);
        let (mut refused, mut accepted) = (0, 0);
        for _ in 0..600 {
            let mut text = String::new();
            for _ in 0..1 + rng.below(4) {
                text.push_str(&pieces[rng.below(pieces.len())]);
            }
            let mut bytes = text.into_bytes();
            for _ in 0..rng.below(3) {
                let i = rng.below(bytes.len());
                bytes[i] = b"[]{}'\"#:-|> \n,\\"[rng.below(15)];
            }
            let Ok(text) = String::from_utf8(bytes) else { continue };
            if check(&text, LIMIT).is_err() {
                refused += 1;
                assert!(serde_yaml_ng::from_str::<serde_yaml_ng::Value>(&text).is_err(), "{text:?}");
            } else {
                accepted += 1;
            }
        }
        assert!(refused > 50 && accepted > 50, "{refused} refused, {accepted} accepted");
    }

    /// Real documents: the project's specs and, when `../shared` is beside the checkout, the
    /// corpus. The scan must let every one of them through.
    #[test]
    fn real_documents_pass() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut folders = vec![root.join("tests/specs"), root.join("tests/specs/parts")];
        folders.extend(std::fs::read_dir(root.join("specs")).into_iter().flatten().flatten().map(|e| e.path()));
        for sub in ["realworld", "upstream"] {
            folders.push(root.join("../shared/corpus").join(sub));
        }
        let mut checked = 0;
        for folder in folders {
            for path in std::fs::read_dir(&folder).into_iter().flatten().flatten().map(|e| e.path()) {
                if !path.extension().is_some_and(|e| e == "yaml" || e == "yml" || e == "json") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                assert!(check(&text, LIMIT).is_ok(), "{}", path.display());
                checked += 1;
            }
        }
        assert!(checked >= 6, "{checked}");
    }
}
