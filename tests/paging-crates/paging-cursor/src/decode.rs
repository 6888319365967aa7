//! How the document's object types are read: each struct implements [`FromMap`] with a short
//! loop over the object's keys, instead of `#[derive(serde::Deserialize)]`, whose expansion
//! (about 180 lines a struct) was most of the crate's compile time. (Their `Serialize` is written
//! out beside them for the same reason.) Behaviour is the derive's:
//! undeclared keys are skipped (or kept in `additional_properties`), a missing required key or a
//! repeated key is an error naming it, and `null` reads as `None` for optional fields.

// Each crate uses the parts its types need (no optional field, no additional properties...).
#![allow(dead_code)]

use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeSeed, Deserializer, Error, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;

/// A struct read from an object, key by key.
pub(crate) trait FromMap: Sized {
    /// The type's name, for "expected struct Pet" errors.
    const NAME: &'static str;
    /// Wire names of the declared properties; a key's position here selects its field.
    const FIELDS: &'static [&'static str];
    /// Whether undeclared keys are kept (`additional_properties`) rather than skipped.
    const KEEPS_OTHERS: bool = false;

    fn from_map<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// `Deserialize::deserialize` of a [`FromMap`] type.
pub(crate) fn deserialize<'de, T: FromMap, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(MapVisitor(PhantomData))
}

struct MapVisitor<T>(PhantomData<T>);

impl<'de, T: FromMap> Visitor<'de> for MapVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_map(map)
    }
}

/// An object's key: the position of a declared property, or another name (kept only when the
/// type keeps undeclared properties).
pub(crate) enum Key {
    Field(usize),
    Other(Option<String>),
}

/// The next key of `map`, read without allocating for declared names.
pub(crate) fn next_key<'de, T: FromMap, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Key>, A::Error> {
    map.next_key_seed(KeySeed { fields: T::FIELDS, keep_others: T::KEEPS_OTHERS })
}

struct KeySeed {
    fields: &'static [&'static str],
    keep_others: bool,
}

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a property name")
    }

    fn visit_str<E: Error>(self, name: &str) -> Result<Key, E> {
        Ok(match self.fields.iter().position(|field| *field == name) {
            Some(index) => Key::Field(index),
            None => Key::Other(self.keep_others.then(|| name.to_owned())),
        })
    }

    fn visit_bytes<E: Error>(self, name: &[u8]) -> Result<Key, E> {
        match std::str::from_utf8(name) {
            Ok(name) => self.visit_str(name),
            Err(_) => Ok(Key::Other(None)),
        }
    }
}

/// Reads the value of a declared property into its slot; a second value for it is an error.
pub(crate) fn value<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(A::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Skips the value of an undeclared property.
pub(crate) fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// An optional property's value: absent and `null` are both `None`.
pub(crate) fn optional<T>(slot: Option<Option<T>>) -> Option<T> {
    slot.flatten()
}

/// A required property's value, or serde's "missing field" error.
pub(crate) fn required<T, E: Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}
