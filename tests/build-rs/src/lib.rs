//! A crate with a client its build script generates: `pets` is the Pets API's client module.

include!(concat!(env!("OUT_DIR"), "/pets.rs"));
