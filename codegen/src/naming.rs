//! Rust identifiers from document names: case conversion, sanitizing, uniqueness.
//!
//! Names in real-world API documents are anything: `userName`, `user-name`, `2fa enabled`,
//! `Récupérer un contact`, `<=`, md5 hashes used as operationIds, emoji, 10 KB strings.
//! Everything here is total (never panics) and every identifier it returns is a valid,
//! non-keyword Rust identifier made of ASCII letters, digits and `_`.

use std::collections::HashMap;

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

/// Rust 2015-2024 strict and reserved keywords, plus `_`. `gen` is reserved since 2024;
/// `union`, `raw`, `safe`, `auto`, `default` and `macro_rules` are weak keywords that are fine
/// as identifiers, so they are not listed.
const KEYWORDS: &[&str] = &[
    "_", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Whether `name` is a Rust keyword (or `_`), so not usable as a plain identifier.
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// Words for enum values made of symbols only (`"<="` -> `Le`). Multi-character operators
/// are looked up first; any other run of known symbols is spelled symbol by symbol
/// (`"**"` -> `StarStar`).
const SYMBOL_OPERATORS: &[(&str, &str)] = &[("<=", "Le"), (">=", "Ge"), ("!=", "Ne")];

/// Spelled-out symbols, in Pascal case.
fn symbol_word(c: char) -> Option<&'static str> {
    Some(match c {
        '+' => "Plus",
        '-' => "Minus",
        '*' => "Star",
        '/' => "Slash",
        '\\' => "Backslash",
        '%' => "Percent",
        '<' => "Lt",
        '>' => "Gt",
        '=' => "Eq",
        '!' => "Not",
        '&' => "And",
        '|' => "Or",
        '^' => "Caret",
        '~' => "Tilde",
        '?' => "Question",
        '#' => "Hash",
        '@' => "At",
        '$' => "Dollar",
        '.' => "Dot",
        ',' => "Comma",
        ':' => "Colon",
        ';' => "Semicolon",
        '_' => "Underscore",
        '\'' => "Quote",
        '"' => "DoubleQuote",
        '`' => "Backtick",
        '(' => "LParen",
        ')' => "RParen",
        '[' => "LBracket",
        ']' => "RBracket",
        '{' => "LBrace",
        '}' => "RBrace",
        _ => return None,
    })
}

/// At most this many symbols are spelled out; longer symbol soup becomes `Value`.
const MAX_SPELLED_SYMBOLS: usize = 6;

/// ASCII spelling of common accented Latin letters and ligatures (Latin-1 Supplement,
/// Latin Extended-A and a few others). Upper-case ligatures are returned in capitals
/// (`Æ` -> `AE`); [`ascii_words`] turns them into title case before a lower-case letter.
fn transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' | 'Ǎ' => "A",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' | 'ª' => "a",
        'Æ' => "AE",
        'æ' => "ae",
        'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => "C",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'Ď' | 'Đ' | 'Ð' => "D",
        'ď' | 'đ' | 'ð' => "d",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => "E",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => "G",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'Ĥ' | 'Ħ' => "H",
        'ĥ' | 'ħ' => "h",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' | 'Ǐ' => "I",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' => "i",
        'Ĳ' => "IJ",
        'ĳ' => "ij",
        'Ĵ' => "J",
        'ĵ' => "j",
        'Ķ' => "K",
        'ķ' | 'ĸ' => "k",
        'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' => "L",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'Ñ' | 'Ń' | 'Ņ' | 'Ň' | 'Ŋ' => "N",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ŋ' => "n",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' | 'Ơ' | 'Ǒ' => "O",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ơ' | 'ǒ' | 'º' => "o",
        'Œ' => "OE",
        'œ' => "oe",
        'Ŕ' | 'Ŗ' | 'Ř' => "R",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'Ś' | 'Ŝ' | 'Ş' | 'Š' | 'Ș' => "S",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ſ' => "s",
        'ß' => "ss",
        'ẞ' => "SS",
        'Ţ' | 'Ť' | 'Ŧ' | 'Ț' => "T",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'Þ' => "TH",
        'þ' => "th",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' | 'Ư' | 'Ǔ' => "U",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ư' | 'ǔ' => "u",
        'Ŵ' => "W",
        'ŵ' => "w",
        'Ý' | 'Ÿ' | 'Ŷ' => "Y",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'Ź' | 'Ż' | 'Ž' => "Z",
        'ź' | 'ż' | 'ž' => "z",
        'ƒ' => "f",
        _ => return None,
    })
}

/// Rewrites `raw` into ASCII letters and digits separated by spaces, ready for `heck`:
/// accents are transliterated, combining marks (decomposed accents) are dropped, full-width
/// ASCII is folded, and every other character (punctuation, whitespace, control, emoji,
/// non-Latin scripts) becomes a word separator, so `user名id` gives `user id`, not `userid`.
fn ascii_words(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if let Some(ascii) = transliterate(c) {
            // A capital ligature before a lower-case letter is title case (`Œuvre` ->
            // `Oeuvre`), so heck does not split it as an acronym (`OEuvre` -> `o_euvre`).
            let before_lower = chars.peek().is_some_and(|n| n.is_lowercase());
            if ascii.len() > 1 && c.is_uppercase() && before_lower {
                let mut it = ascii.chars();
                out.extend(it.next());
                out.extend(it.map(|c| c.to_ascii_lowercase()));
            } else {
                out.push_str(ascii);
            }
        } else if ('\u{0300}'..='\u{036F}').contains(&c) {
            // Combining diacritical mark: `e\u{301}` is an accented `e`; drop the accent.
        } else if ('\u{FF10}'..='\u{FF5A}').contains(&c) {
            // Full-width digits and letters (`ＡＰＩ`) map to ASCII by a fixed offset.
            match char::from_u32(c as u32 - 0xFEE0) {
                Some(a) if a.is_ascii_alphanumeric() => out.push(a),
                _ => out.push(' '),
            }
        } else {
            out.push(' ');
        }
    }
    out
}

#[derive(Clone, Copy, PartialEq)]
enum Case {
    Snake,
    Pascal,
    Shouty,
}

fn heck_case(words: &str, case: Case) -> String {
    match case {
        Case::Snake => words.to_snake_case(),
        Case::Shouty => words.to_shouty_snake_case(),
        Case::Pascal => {
            // heck's word splitting and capitalization, but two words that would glue digits
            // together keep a `_` between them: "1.5" -> `1_5`, not `15` (which "15" gives).
            // rustc's non_camel_case_types lint accepts `_` between two digits.
            let mut out = String::new();
            for word in words.to_snake_case().split('_').filter(|w| !w.is_empty()) {
                let glued = out.ends_with(|c: char| c.is_ascii_digit())
                    && word.starts_with(|c: char| c.is_ascii_digit());
                if glued {
                    out.push('_');
                }
                out.push_str(&word.to_upper_camel_case());
            }
            out
        }
    }
}

/// The name for an input that has no letter or digit at all.
fn fallback_words(raw: &str) -> String {
    if raw.is_empty() {
        return "Empty".to_string();
    }
    let trimmed = raw.trim();
    if let Some((_, word)) = SYMBOL_OPERATORS.iter().find(|(op, _)| *op == trimmed) {
        return (*word).to_string();
    }
    let symbols: Vec<char> = trimmed.chars().filter(|c| !c.is_whitespace()).collect();
    if !symbols.is_empty() && symbols.len() <= MAX_SPELLED_SYMBOLS {
        let words: Option<Vec<&str>> = symbols.iter().map(|&c| symbol_word(c)).collect();
        if let Some(words) = words {
            // Space-separated so heck sees the word boundaries in every case.
            return words.join(" ");
        }
    }
    "Value".to_string()
}

/// Makes a converted name a legal identifier: a leading digit gets a prefix, a keyword
/// gets a trailing `_` (`self`, `Self`, `crate` and `super` cannot be raw identifiers, so
/// `r#` is not an option, and a trailing `_` reads the same everywhere).
fn finish(mut name: String, case: Case) -> String {
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        let prefix = if case == Case::Pascal { "V" } else { "_" };
        name.insert_str(0, prefix);
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

fn ident(raw: &str, case: Case) -> String {
    let mut name = heck_case(&ascii_words(raw), case);
    if name.is_empty() {
        name = heck_case(&fallback_words(raw), case);
    }
    finish(name, case)
}

/// snake_case identifier: never empty, never a Rust keyword (keywords get a trailing `_`:
/// `type_`, `self_`, `crate_`, `super_`, `async_`, `gen_` ...), never starts with a digit
/// (prefix `_`: "2fa enabled" -> "_2fa_enabled").
pub fn snake_ident(raw: &str) -> String {
    ident(raw, Case::Snake)
}

/// PascalCase identifier: same rules; a leading digit gets prefix `V` ("200" -> "V200",
/// "2fa_config" -> "V2faConfig"); `Self` -> `Self_`.
pub fn pascal_ident(raw: &str) -> String {
    ident(raw, Case::Pascal)
}

/// SCREAMING_SNAKE_CASE (for consts), same rules; a leading digit gets prefix `_`.
pub fn shouty_ident(raw: &str) -> String {
    ident(raw, Case::Shouty)
}

/// The chainable setter of a field named `field` (a snake_case name from [`snake_ident`]):
/// `with_` and the field's name, less the `_` that only kept a keyword or a leading digit legal
/// on its own (`type_` -> `with_type`, `_2fa` -> `with_2fa`, `r#type` -> `with_type`). Distinct
/// field names give distinct setters: no other field can be named `type` or `2fa`.
pub fn setter_ident(field: &str) -> String {
    let name = field.strip_prefix("r#").unwrap_or(field).trim_start_matches('_');
    let name = match name.strip_suffix('_') {
        Some(keyword) if KEYWORDS.contains(&keyword) => keyword,
        _ => name,
    };
    format!("with_{name}")
}

/// true when an operationId cannot be used as a method name as it is: empty/blank; a hash
/// (all hex digits, length >= 16, like CLIENTXCMS's md5 ids "9f1c1d2e..."; UUIDs count
/// too); contains whitespace or control characters; contains non-ASCII; starts with a
/// digit; has no ASCII letter; or longer than 100 chars. Ids like "contacts.list",
/// "get-users", "listUsers", "Users_Get" are fine.
pub fn is_junk_operation_id(id: &str) -> bool {
    id.trim().is_empty()
        || id.chars().count() > 100
        || !id.is_ascii()
        || id.chars().any(|c| c.is_whitespace() || c.is_control())
        || id.starts_with(|c: char| c.is_ascii_digit())
        || !id.chars().any(|c| c.is_ascii_alphabetic())
        || looks_like_hash(id)
}

/// md5/sha hex digests and UUIDs: only hex digits (and `-` between them), at least 16 of them.
fn looks_like_hash(id: &str) -> bool {
    let hex = id.chars().filter(|c| c.is_ascii_hexdigit()).count();
    hex >= 16 && id.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
}

/// Method names made from summaries keep at most this many words.
const MAX_SUMMARY_WORDS: usize = 6;

/// A snake_case method name from an operation summary, e.g. "Get all customers" ->
/// Some("get_all_customers"), "Récupérer un contact (v2)." -> Some("recuperer_un_contact"):
/// cut at the first '.', '(', ',', ':', ';' or newline; transliterate accents; keep at most
/// 6 words; None when no ASCII letter survives or the summary is empty.
pub fn name_from_summary(summary: &str) -> Option<String> {
    let cut = summary
        .split(['.', '(', ',', ':', ';', '\n', '\r'])
        .next()
        .unwrap_or("");
    let cut = join_possessives(cut);
    let snake = ascii_words(&cut).to_snake_case();
    let words: Vec<&str> = snake
        .split('_')
        .filter(|w| !w.is_empty())
        .take(MAX_SUMMARY_WORDS)
        .collect();
    let name = words.join("_");
    if !name.chars().any(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    Some(finish(name, Case::Snake))
}

/// An English possessive stays one word ("customer's invoices" -> `customers_invoices`); other
/// apostrophes, such as French elisions ("l'hôtel"), still separate words.
fn join_possessives(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let apostrophe = c == '\'' || c == '\u{2019}';
        let possessive = apostrophe
            && matches!(chars.get(i + 1), Some('s' | 'S'))
            && !chars.get(i + 2).is_some_and(|next| next.is_alphanumeric());
        if !possessive {
            out.push(c);
        }
    }
    out
}

/// File extensions dropped from path segments (`/users.json` -> `users`): they name a
/// response format, not a resource.
const PATH_EXTENSIONS: &[&str] = &[
    "json", "xml", "yaml", "yml", "csv", "txt", "html", "htm", "php", "asp", "aspx", "jsp", "cgi",
];

fn strip_extension(literal: &str) -> &str {
    if let Some((stem, ext)) = literal.rsplit_once('.') {
        if PATH_EXTENSIONS.iter().any(|e| e.eq_ignore_ascii_case(ext)) {
            return stem;
        }
    }
    literal
}

/// Pushes the snake_case words of one path segment: literal text as is (minus a known
/// extension), each `{param}` as `by_param`, and an Express-style `:param` segment too.
fn push_segment_words(segment: &str, parts: &mut Vec<String>) {
    fn push_param(name: &str, parts: &mut Vec<String>) {
        let words = ascii_words(name).to_snake_case();
        parts.push(if words.is_empty() {
            "by_param".to_string()
        } else {
            format!("by_{words}")
        });
    }
    if let Some(name) = segment.strip_prefix(':') {
        if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            push_param(name, parts);
            return;
        }
    }
    let mut rest = segment;
    while !rest.is_empty() {
        // Literal text up to the next `{`, then the parameter up to its `}`. An unclosed
        // `{` leaves the rest as literal text.
        let (literal, after) = match rest.find('{') {
            Some(open) => match rest[open..].find('}') {
                Some(close) => (
                    &rest[..open],
                    Some((&rest[open + 1..open + close], &rest[open + close + 1..])),
                ),
                None => (rest, None),
            },
            None => (rest, None),
        };
        let words = ascii_words(strip_extension(literal)).to_snake_case();
        if !words.is_empty() {
            parts.push(words);
        }
        match after {
            Some((param, tail)) => {
                push_param(param, parts);
                rest = tail;
            }
            None => break,
        }
    }
}

/// From method + path: ("GET", "/customers/{id}/services") -> "get_customers_by_id_services";
/// ("post", "/") -> "post_root"; literal segments snake_cased, `{param}` -> `by_param`,
/// segments like "v1" kept, extensions (".json") dropped as punctuation.
pub fn name_from_method_path(method: &str, path: &str) -> String {
    let mut parts = Vec::new();
    let method = ascii_words(method).to_snake_case();
    if !method.is_empty() {
        parts.push(method);
    }
    // A query string or fragment is not part of the resource name.
    let path = path.split(['?', '#']).next().unwrap_or("");
    let before = parts.len();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        push_segment_words(segment, &mut parts);
    }
    if parts.len() == before {
        parts.push("root".to_string());
    }
    finish(parts.join("_"), Case::Snake)
}

/// Hands out unique names within one scope (a struct's fields, an enum's variants, the
/// crate's types, the Client's methods), remembering who holds each name so that a collision
/// can be explained.
#[derive(Debug, Default, Clone)]
pub struct Namespace {
    /// Each name taken, with a short description of its holder (empty when none was given).
    taken: HashMap<String, String>,
}

impl Namespace {
    pub fn new() -> Self {
        Self::default()
    }

    /// A scope with names already taken by `owner` (e.g. "Client", "Error", "Result", "Option").
    pub fn with_reserved<'a, 'b: 'a>(names: impl IntoIterator<Item = &'a &'b str>, owner: &str) -> Self {
        let mut namespace = Self::new();
        for name in names {
            namespace.taken.insert((*name).to_owned(), owner.to_owned());
        }
        namespace
    }

    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains_key(name)
    }

    /// Who holds `name`, if it is taken (an empty string when no holder was given).
    pub fn owner(&self, name: &str) -> Option<&str> {
        self.taken.get(name).map(String::as_str)
    }

    /// Returns `candidate` if free, else candidate+"2", candidate+"3", ... (for snake_case
    /// candidates "_2", "_3": detected by the candidate having no uppercase letter). A
    /// candidate ending in a digit also gets "_" (`V1` -> `V1_2`, not the misleading `V12`;
    /// `_` between digits is still camel case for rustc's lint), and a PascalCase one ending in
    /// `_` (a keyword kept legal, `Self_`) loses it (`Self2`: `Self_2` is not camel case).
    /// Records the result as taken.
    pub fn claim(&mut self, candidate: &str) -> String {
        self.claim_for(candidate, "")
    }

    /// [`claim`](Self::claim), recording `owner` as the name's holder.
    pub fn claim_for(&mut self, candidate: &str, owner: &str) -> String {
        if !self.taken.contains_key(candidate) {
            self.taken.insert(candidate.to_string(), owner.to_owned());
            return candidate.to_string();
        }
        let snake = !candidate.chars().any(|c| c.is_ascii_uppercase());
        let ends_in_digit = candidate.ends_with(|c: char| c.is_ascii_digit());
        // `self_` + `_2` would be `self__2`, which is not snake case.
        let ends_in_underscore = candidate.ends_with('_');
        let (stem, sep) = match (snake, ends_in_digit, ends_in_underscore) {
            (true, _, true) => (candidate, ""),
            (false, _, true) => (candidate.trim_end_matches('_'), ""),
            (true, _, false) | (false, true, false) => (candidate, "_"),
            (false, false, false) => (candidate, ""),
        };
        let mut n: u64 = 2;
        loop {
            let name = format!("{stem}{sep}{n}");
            if !self.taken.contains_key(&name) {
                self.taken.insert(name.clone(), owner.to_owned());
                return name;
            }
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The property every returned identifier must have.
    fn assert_ident(name: &str, input: &str) {
        assert!(
            syn::parse_str::<syn::Ident>(name).is_ok(),
            "{name:?} (from {input:?}) is not a valid identifier"
        );
        assert!(
            name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
            "{name:?} (from {input:?}) is not plain ASCII"
        );
    }

    #[test]
    fn snake_basics() {
        assert_eq!(snake_ident("userName"), "user_name");
        assert_eq!(snake_ident("user_name"), "user_name");
        assert_eq!(snake_ident("UserName"), "user_name");
        assert_eq!(snake_ident("user-name"), "user_name");
        assert_eq!(snake_ident("user.name"), "user_name");
        assert_eq!(snake_ident("HTTPServer"), "http_server");
        assert_eq!(snake_ident("userID"), "user_id");
        assert_eq!(snake_ident("v1"), "v1");
        assert_eq!(snake_ident("v2Api"), "v2_api");
        assert_eq!(snake_ident("filter[name]"), "filter_name");
        assert_eq!(snake_ident("$ref"), "ref_");
        assert_eq!(snake_ident("@id"), "id");
        assert_eq!(snake_ident("_id"), "id");
        assert_eq!(snake_ident("a+b/c:d e"), "a_b_c_d_e");
        assert_eq!(snake_ident("  spaced  out  "), "spaced_out");
    }

    #[test]
    fn pascal_basics() {
        assert_eq!(pascal_ident("userName"), "UserName");
        assert_eq!(pascal_ident("user_name"), "UserName");
        assert_eq!(pascal_ident("HTTPServer"), "HttpServer");
        assert_eq!(pascal_ident("userID"), "UserId");
        assert_eq!(pascal_ident("my-schema.v2"), "MySchemaV2");
        assert_eq!(pascal_ident("Pet"), "Pet");
        assert_eq!(pascal_ident("order_status[]"), "OrderStatus");
    }

    #[test]
    fn shouty_basics() {
        assert_eq!(shouty_ident("userName"), "USER_NAME");
        assert_eq!(shouty_ident("max-page size"), "MAX_PAGE_SIZE");
        assert_eq!(shouty_ident("HTTPServer"), "HTTP_SERVER");
    }

    #[test]
    fn keywords_get_trailing_underscore() {
        for (raw, want) in [
            ("type", "type_"),
            ("self", "self_"),
            ("crate", "crate_"),
            ("super", "super_"),
            ("async", "async_"),
            ("await", "await_"),
            ("gen", "gen_"),
            ("try", "try_"),
            ("dyn", "dyn_"),
            ("abstract", "abstract_"),
            ("yield", "yield_"),
            ("Type", "type_"),
            ("SELF", "self_"),
            ("match", "match_"),
        ] {
            assert_eq!(snake_ident(raw), want, "{raw}");
        }
        for kw in KEYWORDS {
            assert_ident(&snake_ident(kw), kw);
            assert_ident(&pascal_ident(kw), kw);
            assert_ident(&shouty_ident(kw), kw);
        }
        // Weak keywords are fine as they are.
        assert_eq!(snake_ident("union"), "union");
        assert_eq!(snake_ident("default"), "default");
    }

    #[test]
    fn setters() {
        for (field, want) in [
            ("name", "with_name"),
            ("type_", "with_type"),
            ("self_", "with_self"),
            ("type_2", "with_type_2"),
            ("r#type", "with_type"),
            ("_2fa_enabled", "with_2fa_enabled"),
            ("foo_", "with_foo_"),
            ("additional_properties", "with_additional_properties"),
        ] {
            assert_eq!(setter_ident(field), want, "{field}");
            assert_ident(&setter_ident(field), field);
        }
        for kw in KEYWORDS {
            let field = snake_ident(kw);
            assert_ident(&setter_ident(&field), kw);
        }
    }

    #[test]
    fn raw_ident_impossible_names() {
        // `r#self`, `r#Self`, `r#crate`, `r#super` are not valid raw identifiers.
        assert_eq!(pascal_ident("Self"), "Self_");
        assert_eq!(pascal_ident("self"), "Self_");
        assert_eq!(snake_ident("Self"), "self_");
        assert_eq!(snake_ident("crate"), "crate_");
        assert_eq!(snake_ident("super"), "super_");
        assert_eq!(pascal_ident("crate"), "Crate");
        assert_eq!(shouty_ident("self"), "SELF");
        for name in ["self_", "Self_", "crate_", "super_"] {
            assert_ident(name, name);
        }
    }

    #[test]
    fn leading_digits() {
        assert_eq!(snake_ident("2fa enabled"), "_2fa_enabled");
        assert_eq!(pascal_ident("2fa_config"), "V2faConfig");
        assert_eq!(pascal_ident("200"), "V200");
        assert_eq!(pascal_ident("404 Not Found"), "V404NotFound");
        assert_eq!(snake_ident("200"), "_200");
        assert_eq!(shouty_ident("3d secure"), "_3D_SECURE");
        assert_eq!(pascal_ident("-1"), "V1");
    }

    #[test]
    fn digit_runs_stay_apart_in_pascal_case() {
        assert_eq!(pascal_ident("1.5"), "V1_5");
        assert_eq!(pascal_ident("15"), "V15");
        assert_eq!(pascal_ident("v1.2"), "V1_2");
        assert_eq!(pascal_ident("2024-01-01"), "V2024_01_01");
        assert_eq!(pascal_ident("tls1.2"), "Tls1_2");
        assert_eq!(pascal_ident("v1 beta"), "V1Beta");
        assert_eq!(snake_ident("1.5"), "_1_5");
    }

    #[test]
    fn accents_and_ligatures() {
        assert_eq!(snake_ident("Récupérer un contact"), "recuperer_un_contact");
        assert_eq!(snake_ident("élève"), "eleve");
        assert_eq!(snake_ident("à la carte"), "a_la_carte");
        assert_eq!(snake_ident("façade"), "facade");
        assert_eq!(snake_ident("año"), "ano");
        assert_eq!(snake_ident("über"), "uber");
        assert_eq!(snake_ident("Straße"), "strasse");
        assert_eq!(snake_ident("cœur"), "coeur");
        assert_eq!(snake_ident("Œuvre"), "oeuvre");
        assert_eq!(snake_ident("ŒUVRE"), "oeuvre");
        assert_eq!(snake_ident("æther"), "aether");
        assert_eq!(snake_ident("Æther"), "aether");
        assert_eq!(snake_ident("søster"), "soster");
        assert_eq!(snake_ident("Århus"), "arhus");
        assert_eq!(snake_ident("Łódź"), "lodz");
        assert_eq!(pascal_ident("ÉTAT civil"), "EtatCivil");
        assert_eq!(pascal_ident("numéroFacture"), "NumeroFacture");
        assert_eq!(shouty_ident("Größe"), "GROSSE");
        // Decomposed accents (combining marks) and full-width letters.
        assert_eq!(snake_ident("cafe\u{301}"), "cafe");
        assert_eq!(snake_ident("ＡＰＩ key"), "api_key");
    }

    #[test]
    fn other_non_ascii_separates_or_disappears() {
        assert_eq!(snake_ident("user名前id"), "user_id");
        assert_eq!(snake_ident("🚀 launch"), "launch");
        assert_eq!(snake_ident("名前"), "value");
        assert_eq!(pascal_ident("名前"), "Value");
        assert_eq!(pascal_ident("مرحبا"), "Value");
        assert_eq!(snake_ident("\u{202E}evil\u{202C}"), "evil");
    }

    #[test]
    fn symbols_and_empty() {
        for (raw, pascal, snake) in [
            ("+", "Plus", "plus"),
            ("-", "Minus", "minus"),
            ("*", "Star", "star"),
            ("<", "Lt", "lt"),
            ("<=", "Le", "le"),
            (">", "Gt", "gt"),
            (">=", "Ge", "ge"),
            ("=", "Eq", "eq"),
            ("!=", "Ne", "ne"),
            ("/", "Slash", "slash"),
            ("%", "Percent", "percent"),
            ("_", "Underscore", "underscore"),
            ("**", "StarStar", "star_star"),
            ("==", "EqEq", "eq_eq"),
            (" <= ", "Le", "le"),
            ("", "Empty", "empty"),
            (" ", "Value", "value"),
            ("🚀", "Value", "value"),
            ("+++++++", "Value", "value"),
        ] {
            assert_eq!(pascal_ident(raw), pascal, "{raw:?}");
            assert_eq!(snake_ident(raw), snake, "{raw:?}");
        }
        assert_eq!(shouty_ident("<="), "LE");
        assert_eq!(shouty_ident(""), "EMPTY");
        assert_eq!(shouty_ident("**"), "STAR_STAR");
    }

    #[test]
    fn never_empty_and_always_parses_on_edge_inputs() {
        let long = "a".repeat(10_000);
        let long_weird = "é🚀-".repeat(3_000);
        let inputs = [
            "",
            " ",
            "\t\n\r",
            "\0",
            "\u{7f}",
            "\u{200B}",
            "\u{FEFF}",
            "🎉🎉",
            "שלום עולם",
            "مرحبا بالعالم",
            "___",
            "9",
            "_9",
            "9_",
            "r#type",
            "r#",
            long.as_str(),
            long_weird.as_str(),
        ];
        for input in inputs {
            for name in [snake_ident(input), pascal_ident(input), shouty_ident(input)] {
                assert!(!name.is_empty());
                assert_ident(&name, input);
            }
        }
        assert_eq!(snake_ident("r#type"), "r_type");
    }

    #[test]
    fn namespace_collisions_after_case_conversion() {
        let mut ns = Namespace::new();
        assert_eq!(ns.claim(&snake_ident("userName")), "user_name");
        assert_eq!(ns.claim(&snake_ident("user_name")), "user_name_2");
        assert_eq!(ns.claim(&snake_ident("user-name")), "user_name_3");
        assert!(ns.contains("user_name_2"));
        assert!(!ns.contains("user_name_4"));

        let mut types = Namespace::new();
        assert_eq!(types.claim(&pascal_ident("pet")), "Pet");
        assert_eq!(types.claim(&pascal_ident("Pet")), "Pet2");
        assert_eq!(types.claim(&pascal_ident("PET")), "Pet3");

        let mut consts = Namespace::new();
        assert_eq!(consts.claim("MAX"), "MAX");
        assert_eq!(consts.claim("MAX"), "MAX2");
    }

    #[test]
    fn namespace_reserved_and_digit_endings() {
        let mut ns = Namespace::with_reserved(&[
            "Client", "Error", "Result", "Option", "Some", "None", "Ok", "Err", "String", "Vec",
            "Box", "Self_",
        ], "the runtime");
        assert!(ns.contains("Client"));
        assert_eq!(ns.owner("Client"), Some("the runtime"));
        assert_eq!(ns.owner("Pet"), None);
        // A keyword kept legal by its `_` loses it before the number: rustc's
        // non_camel_case_types lint refuses `Self_2`.
        assert_eq!(ns.claim("Self_"), "Self2");
        assert!(!ns.contains("client"));
        assert_eq!(ns.claim("Error"), "Error2");
        assert_eq!(ns.claim("Error"), "Error3");
        assert_eq!(ns.claim("Pet"), "Pet");
        // A candidate that ends in a digit keeps its number readable.
        assert_eq!(ns.claim("V1"), "V1");
        assert_eq!(ns.claim("V1"), "V1_2");
        // A suffixed name that was claimed directly is skipped over.
        let mut fields = Namespace::new();
        assert_eq!(fields.claim("id_2"), "id_2");
        assert_eq!(fields.claim("id"), "id");
        assert_eq!(fields.claim("id"), "id_3");
        assert_eq!(fields.claim("_2fa"), "_2fa");
        assert_eq!(fields.claim("_2fa"), "_2fa_2");
        // Enum variants from symbol values stay distinct.
        let mut variants = Namespace::new();
        let names: Vec<String> = ["=", "==", "eq"]
            .iter()
            .map(|v| variants.claim(&pascal_ident(v)))
            .collect();
        assert_eq!(names, ["Eq", "EqEq", "Eq2"]);
    }

    #[test]
    fn junk_operation_ids() {
        for junk in [
            "",
            "   ",
            "9f1c1d2e3a4b5c6d7e8f9a0b1c2d3e4f",
            "d41d8cd98f00b204e9800998ecf8427e",
            "abcdefabcdefabcd",
            "DEADBEEFDEADBEEF",
            "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "afa85f64-5717-4562-b3fc-2c963f66afa6",
            "get users",
            "getUsers ",
            "get\tusers",
            "get\u{0}users",
            "récupérerContact",
            "2faEnable",
            "123",
            "___",
            "--",
        ] {
            assert!(is_junk_operation_id(junk), "{junk:?} should be junk");
        }
        assert!(is_junk_operation_id(&"x".repeat(101)));
        for fine in [
            "contacts.list",
            "get-users",
            "listUsers",
            "Users_Get",
            "getUserById",
            "abcdef",
            "deadbeef",
            "v2_get",
            "a",
        ] {
            assert!(!is_junk_operation_id(fine), "{fine:?} should be fine");
        }
        assert!(!is_junk_operation_id(&"x".repeat(100)));
    }

    #[test]
    fn summaries() {
        assert_eq!(
            name_from_summary("Get all customers").as_deref(),
            Some("get_all_customers")
        );
        assert_eq!(
            name_from_summary("Récupérer un contact (v2).").as_deref(),
            Some("recuperer_un_contact")
        );
        assert_eq!(
            name_from_summary("List pets. Returns a page.").as_deref(),
            Some("list_pets")
        );
        assert_eq!(
            name_from_summary("Create a user, then notify").as_deref(),
            Some("create_a_user")
        );
        assert_eq!(
            name_from_summary("Update: partial").as_deref(),
            Some("update")
        );
        assert_eq!(
            name_from_summary("Delete; forever").as_deref(),
            Some("delete")
        );
        assert_eq!(
            name_from_summary("Upload file\nMore text").as_deref(),
            Some("upload_file")
        );
        assert_eq!(
            name_from_summary("Upload file\r\nMore text").as_deref(),
            Some("upload_file")
        );
        assert_eq!(
            name_from_summary("Get the list of all the active users in the account").as_deref(),
            Some("get_the_list_of_all_the")
        );
        assert_eq!(
            name_from_summary("  **Get** user's `profile`  ").as_deref(),
            Some("get_users_profile")
        );
        assert_eq!(
            name_from_summary("getUserProfile").as_deref(),
            Some("get_user_profile")
        );
        assert_eq!(name_from_summary("Type").as_deref(), Some("type_"));
        assert_eq!(
            name_from_summary("2FA setup").as_deref(),
            Some("_2fa_setup")
        );
        assert_eq!(
            name_from_summary("Créer une réservation à l'hôtel").as_deref(),
            Some("creer_une_reservation_a_l_hotel")
        );
        assert_eq!(name_from_summary(""), None);
        assert_eq!(name_from_summary("   "), None);
        assert_eq!(name_from_summary("123 456"), None);
        assert_eq!(name_from_summary("(deprecated) Get users"), None);
        assert_eq!(name_from_summary("获取用户"), None);
        assert_eq!(name_from_summary("🚀🚀"), None);
        assert_eq!(name_from_summary("..."), None);
    }

    #[test]
    fn method_and_path() {
        assert_eq!(
            name_from_method_path("GET", "/customers/{id}/services"),
            "get_customers_by_id_services"
        );
        assert_eq!(name_from_method_path("post", "/"), "post_root");
        assert_eq!(name_from_method_path("post", ""), "post_root");
        assert_eq!(name_from_method_path("GET", "/v1/users"), "get_v1_users");
        assert_eq!(name_from_method_path("get", "/users.json"), "get_users");
        assert_eq!(
            name_from_method_path("get", "/users/{userId}.json"),
            "get_users_by_user_id"
        );
        assert_eq!(
            name_from_method_path("get", "/files/{name}.{ext}"),
            "get_files_by_name_by_ext"
        );
        assert_eq!(
            name_from_method_path("delete", "/api/user-groups/{group_id}/"),
            "delete_api_user_groups_by_group_id"
        );
        assert_eq!(
            name_from_method_path("PATCH", "/v1/{name}:cancel"),
            "patch_v1_by_name_cancel"
        );
        assert_eq!(
            name_from_method_path("get", "/users/:id"),
            "get_users_by_id"
        );
        assert_eq!(name_from_method_path("get", "/search?q={q}"), "get_search");
        assert_eq!(name_from_method_path("get", "/{+path}"), "get_by_path");
        assert_eq!(name_from_method_path("get", "/{}"), "get_by_param");
        assert_eq!(name_from_method_path("get", "/users/{id"), "get_users_id");
        assert_eq!(name_from_method_path("get", "/$batch"), "get_batch");
        assert_eq!(name_from_method_path("get", "/.json"), "get_root");
        assert_eq!(
            name_from_method_path("get", "/.well-known/openid"),
            "get_well_known_openid"
        );
        assert_eq!(
            name_from_method_path("get", "/report.pdf"),
            "get_report_pdf"
        );
        assert_eq!(name_from_method_path("", "/type"), "type_");
        assert_eq!(name_from_method_path("", ""), "root");
        assert_eq!(name_from_method_path("get", "/2fa"), "get_2fa");
        assert_eq!(
            name_from_method_path("get", "/élèves/{numéro}"),
            "get_eleves_by_numero"
        );
    }


    /// Weird strings built from fragments that have caused trouble in real documents.
    fn weird_string(rng: &mut crate::TestRng) -> String {
        const PIECES: &[&str] = &[
            "a", "Z", "user", "ID", "HTTP", "Name", "0", "7", "2fa", " ", "  ", "\t", "\n", "\r",
            "\0", "\u{1}", "\u{7f}", "-", "_", ".", "/", "[", "]", "$", "@", "+", ":", "<=", "!",
            "*", "%", "é", "É", "ß", "œ", "Æ", "ł", "ñ", "🚀", "👍🏽", "מ", "ب", "\u{202E}",
            "\u{200B}", "\u{301}", "中", "Ａ", "self", "Self", "type", "crate", "super", "gen",
            "r#", "'", "\"", "`", "{", "}", "\\",
        ];
        let len = rng.below(8);
        (0..len).map(|_| PIECES[rng.below(PIECES.len())]).collect()
    }

    #[test]
    fn property_weird_strings() {
        let mut rng = crate::TestRng(0x9E37_79B9_7F4A_7C15);
        let mut ns = Namespace::new();
        let mut types = Namespace::new();
        for _ in 0..600 {
            let s = weird_string(&mut rng);
            let snake = snake_ident(&s);
            let pascal = pascal_ident(&s);
            let shouty = shouty_ident(&s);
            for name in [&snake, &pascal, &shouty] {
                assert!(!name.is_empty(), "{s:?}");
                assert_ident(name, &s);
            }
            assert!(!snake.chars().any(|c| c.is_ascii_uppercase()), "{snake:?}");
            assert!(
                !shouty.chars().any(|c| c.is_ascii_lowercase()),
                "{shouty:?}"
            );
            // Idempotent: a converted name converts to itself (keyword suffixes aside).
            if !snake.ends_with('_') && !snake.starts_with('_') {
                assert_eq!(snake_ident(&snake), snake, "{s:?}");
            }
            if let Some(name) = name_from_summary(&s) {
                assert_ident(&name, &s);
                assert!(name.split('_').filter(|w| !w.is_empty()).count() <= MAX_SUMMARY_WORDS);
            }
            let path_name = name_from_method_path(&s, &format!("/{s}/{{{s}}}"));
            assert_ident(&path_name, &s);
            let _ = is_junk_operation_id(&s);
            let claimed = ns.claim(&snake);
            assert_ident(&claimed, &s);
            let claimed = types.claim(&pascal);
            assert_ident(&claimed, &s);
        }
    }

    #[test]
    fn property_long_strings() {
        let mut rng = crate::TestRng(42);
        for _ in 0..5 {
            let mut s = String::new();
            while s.len() < 10_000 {
                s.push_str(&weird_string(&mut rng));
            }
            assert_ident(&snake_ident(&s), "long");
            assert_ident(&pascal_ident(&s), "long");
            assert_ident(&shouty_ident(&s), "long");
            assert_ident(&name_from_method_path("get", &s), "long");
            if let Some(name) = name_from_summary(&s) {
                assert_ident(&name, "long");
            }
            assert!(is_junk_operation_id(&s));
        }
    }

    #[test]
    fn collisions_after_a_keyword_suffix_stay_snake_case() {
        let mut names = Namespace::new();
        assert_eq!(names.claim("self_"), "self_");
        assert_eq!(names.claim("self_"), "self_2");
    }

    #[test]
    fn possessives_stay_one_word() {
        assert_eq!(name_from_summary("List customer's invoices").as_deref(), Some("list_customers_invoices"));
        assert_eq!(name_from_summary("List customer\u{2019}s services").as_deref(), Some("list_customers_services"));
    }

}
