//! Types of the API's schemas, parameters, responses and errors.

#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CreateReportBody {
    pub title: Option<String>,
}

impl CreateReportBody {
    /// A new `CreateReportBody` with every field unset or at its default.
    pub fn new() -> Self {
        Self { title: None }
    }

    /// Sets `title`.
    #[must_use]
    pub fn with_title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}

impl serde::Serialize for CreateReportBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.title {
            map.serialize_entry("title", value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateReportBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::decode::deserialize(deserializer)
    }
}

impl crate::runtime::decode::FromMap for CreateReportBody {
    const NAME: &'static str = "CreateReportBody";
    const FIELDS: &'static [&'static str] = &["title"];
    fn from_map<'de, A: serde::de::MapAccess<'de>>(
        mut map: A,
    ) -> Result<Self, A::Error> {
        let mut v0 = None;
        while let Some(key) = crate::runtime::decode::next_key::<Self, A>(&mut map)? {
            match key {
                crate::runtime::decode::Key::Field(0) => {
                    crate::runtime::decode::value(&mut map, &mut v0, "title")?
                }
                _ => crate::runtime::decode::skip(&mut map)?,
            }
        }
        Ok(Self {
            title: crate::runtime::decode::optional(v0),
        })
    }
}
