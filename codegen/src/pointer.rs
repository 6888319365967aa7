//! RFC 6901 JSON pointers: the addresses diagnostics and `$ref`s use to name a spot in a document.

/// Escapes one reference token: `~` becomes `~0` and `/` becomes `~1`.
pub fn escape(token: &str) -> String {
    // `~` first, so the `~` introduced by `~1` is not escaped again.
    token.replace('~', "~0").replace('/', "~1")
}

/// Reverses [`escape`]. A `~` not followed by `0` or `1` is kept as it is.
pub fn unescape(token: &str) -> String {
    // `~1` first would turn `~01` into `/`; RFC 6901 requires `~1` then `~0`, which a single
    // left-to-right scan gives for free.
    let mut out = String::with_capacity(token.len());
    let mut chars = token.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '~' {
            match chars.peek() {
                Some('0') => {
                    chars.next();
                    out.push('~');
                }
                Some('1') => {
                    chars.next();
                    out.push('/');
                }
                _ => out.push('~'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Appends one (unescaped) token to a pointer; `base == ""` is the document root.
pub fn join(base: &str, token: &str) -> String {
    let escaped = escape(token);
    let mut out = String::with_capacity(base.len() + 1 + escaped.len());
    out.push_str(base);
    out.push('/');
    out.push_str(&escaped);
    out
}

/// Splits a pointer into its unescaped tokens; `""` (the root) has none.
///
/// A pointer not starting with `/` is not valid RFC 6901; its text is treated as if it did, so
/// callers never have to handle a failure here (they validate pointers where they are read).
pub fn tokens(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    let rest = pointer.strip_prefix('/').unwrap_or(pointer);
    rest.split('/').map(unescape).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_unescapes() {
        assert_eq!(escape("a/b~c"), "a~1b~0c");
        assert_eq!(escape("~1"), "~01");
        assert_eq!(unescape("a~1b~0c"), "a/b~c");
        // `~01` is a literal `~1`, not `/`.
        assert_eq!(unescape("~01"), "~1");
        assert_eq!(unescape("~"), "~");
        assert_eq!(unescape("~2x"), "~2x");
        for s in ["", "plain", "/", "~", "~0~1//~~", "{id}/é/~"] {
            assert_eq!(unescape(&escape(s)), s);
        }
    }

    #[test]
    fn joins() {
        assert_eq!(join("", "paths"), "/paths");
        assert_eq!(join("/paths", "/users/{id}"), "/paths/~1users~1{id}");
        assert_eq!(join("/a", ""), "/a/");
        assert_eq!(join("/a", "~"), "/a/~0");
    }

    #[test]
    fn splits() {
        assert!(tokens("").is_empty());
        assert_eq!(tokens("/"), vec![""]);
        assert_eq!(tokens("/paths/~1users~1{id}/get"), vec!["paths", "/users/{id}", "get"]);
        assert_eq!(tokens("/a//b"), vec!["a", "", "b"]);
        assert_eq!(tokens("/m~0n"), vec!["m~n"]);
        // Not a valid pointer, but it must not fail.
        assert_eq!(tokens("a/b"), vec!["a", "b"]);
        let p = join(&join("", "x/y"), "~z");
        assert_eq!(tokens(&p), vec!["x/y", "~z"]);
    }
}
