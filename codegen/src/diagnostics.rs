//! Warnings and errors about the input document, each located by file and JSON pointer.

use std::fmt;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

/// One finding about the input document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The document file the pointer refers to, when known.
    pub file: Option<PathBuf>,
    /// RFC 6901 JSON pointer into the document (`""` is the whole document).
    pub pointer: String,
    pub message: String,
}

impl Diagnostic {
    pub fn warning(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self { severity: Severity::Warning, file: None, pointer: pointer.into(), message: message.into() }
    }

    pub fn error(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self { severity: Severity::Error, file: None, pointer: pointer.into(), message: message.into() }
    }

    /// The same finding as a warning, saying what was done instead.
    pub fn downgraded(mut self, instead: &str) -> Self {
        self.severity = Severity::Warning;
        self.message = format!("{}; {instead}", self.message);
        self
    }

    pub fn in_file(mut self, file: impl Into<PathBuf>) -> Self {
        self.file = Some(file.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{level}: ")?;
        if let Some(file) = &self.file {
            write_escaped(f, &file.display().to_string())?;
        }
        let pointer = if self.pointer.is_empty() { "/" } else { &self.pointer };
        f.write_str("#")?;
        write_escaped(f, pointer)?;
        f.write_str(": ")?;
        write_escaped(f, &self.message)
    }
}

/// Writes `text` with control characters escaped (`\r`, `\u{1b}`): names from the document
/// end up in pointers and messages, and a line break or a terminal escape sequence there would
/// forge or hide lines of the output.
fn write_escaped(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    for c in text.chars() {
        if c.is_control() {
            write!(f, "{}", c.escape_debug())?;
        } else {
            write!(f, "{c}")?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_escapes_control_characters() {
        let d = Diagnostic::warning("/paths/~1a\r\nb/get", "name \u{1b}[31mred\u{1b}[0m\ttab").in_file("api\n.yaml");
        assert_eq!(d.to_string(), "warning: api\\n.yaml#/paths/~1a\\r\\nb/get: name \\u{1b}[31mred\\u{1b}[0m\\ttab");
        let d = Diagnostic::error("", "naïve ✓ text");
        assert_eq!(d.to_string(), "error: #/: naïve ✓ text");
    }
}

/// Collects diagnostics while a stage runs; order of insertion is kept (it follows the document).
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn warn(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.items.push(Diagnostic::warning(pointer, message));
    }

    pub fn error(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.items.push(Diagnostic::error(pointer, message));
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.items
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }
}
