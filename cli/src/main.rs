//! `openapi-client-gen`: see [`openapi_client_gen::run`].

/// A large document's generation allocates and frees millions of small tokens: mimalloc keeps
/// that linear in the document's size, where glibc's allocator does not.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    openapi_client_gen::run(std::env::args_os())
}
