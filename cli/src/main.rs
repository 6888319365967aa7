//! `openapi-client-gen`: see [`openapi_client_gen::run`].

fn main() -> std::process::ExitCode {
    openapi_client_gen::run(std::env::args_os())
}
