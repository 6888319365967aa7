//! Generates the Pets client into `OUT_DIR/pets.rs`, one file the crate `include!`s.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=pets.yaml");
    let config = codegen::Config::new("pets").auth(codegen::config::Auth::Bearer);
    let generated = codegen::generate(Path::new("pets.yaml"), &config).unwrap_or_else(|failure| panic!("{failure}"));
    for warning in &generated.diagnostics {
        println!("cargo:warning={warning}");
    }
    let file = generated.single_file("pets").unwrap_or_else(|e| panic!("{e}"));
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("pets.rs"), file).expect("write the client");
}
