//! The `X-Mode` header, chosen once for the client: [`RetryPolicy2`].

/// Values of the `X-Mode` header this API accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryPolicy2 {
    /// `self`
    Self_,
    /// `Self`
    Self2,
}

impl RetryPolicy2 {
    /// The header value.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Self_ => "self",
            Self::Self2 => "Self",
        }
    }
}

impl std::fmt::Display for RetryPolicy2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl crate::ClientBuilder {
    /// Sends `X-Mode` with every request.
    pub fn timeout_2(self, value: impl Into<RetryPolicy2>) -> Self {
        self.default_header("X-Mode", value.into().as_str())
    }
}
