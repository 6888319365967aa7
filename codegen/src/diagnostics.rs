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
            write!(f, "{}", file.display())?;
        }
        let pointer = if self.pointer.is_empty() { "/" } else { &self.pointer };
        write!(f, "#{pointer}: {}", self.message)
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
