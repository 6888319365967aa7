//! The `Accept-Language` header, chosen once for the client: [`Language`].

/// Values of the `Accept-Language` header this API accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Language {
    /// `fr-FR`
    FrFr,
    /// `en-US`
    EnUs,
    /// `es-ES`
    EsEs,
}

impl Language {
    /// The header value.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::FrFr => "fr-FR",
            Self::EnUs => "en-US",
            Self::EsEs => "es-ES",
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl crate::ClientBuilder {
    /// Sends `Accept-Language` with every request.
    pub fn language(self, value: impl Into<Language>) -> Self {
        self.default_header("Accept-Language", value.into().as_str())
    }
}
