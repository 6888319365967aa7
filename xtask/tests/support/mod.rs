//! What the command tests share.

pub mod loopback;
