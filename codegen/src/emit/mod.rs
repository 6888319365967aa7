//! Emission: the model to the files of one crate.
//!
//! The emitters read the model only. Rust sources are built with `quote`, checked by parsing
//! them with `syn` and formatted with `prettyplease`; the HTTP runtime is copied from the runtime
//! crate (`runtime/src/lib.rs`) unless the crate depends on it; the API's quirks, `Cargo.toml`
//! and `README.md` are rendered from `minijinja` templates.

mod client;
pub mod docs;
mod example;
mod quirks;
mod requests;
mod rust;
mod types;

use std::path::PathBuf;

use minijinja::{context, Environment};
use quote::quote;

use crate::model::{Api, BodyKind, ParamLocation, ResponseBody, SchemeKind, TypeKind, TypeRef};
use crate::config::Runtime;
use crate::templates::{BUILDER, CARGO_TOML, README, RUNTIME, RUST_VERSION};
use crate::GeneratedFile;

/// Lints the crate allows because a faithful translation of a document triggers them.
const ALLOWED_LINTS: &str = "clippy::too_many_arguments, clippy::large_enum_variant, \
clippy::result_large_err, clippy::enum_variant_names";

pub fn emit(api: &Api) -> Result<Vec<GeneratedFile>, String> {
    let modules = quirks::render(api)?;
    let module_names: Vec<&str> = modules.iter().map(|m| m.name.as_str()).collect();
    let lib = rust::format_file(lib_file(api, &module_names), "lib.rs")?;
    let types = rust::format_chunks(types::types_file(api, None), "types.rs")?;
    let client = rust::format_chunks(client::client_file(api, None), "client.rs")?;
    let requests = rust::format_chunks(requests::requests_file(api, None), "requests.rs")?;
    let operations = rust::format_chunks(requests::operations_file(api, None), "operations.rs")?;
    let (cargo_toml, readme) = render_templates(api)?;
    let file = |path: &str, contents: String| GeneratedFile { path: PathBuf::from(path), contents };
    let mut files = vec![
        file("Cargo.toml", cargo_toml),
        file("README.md", readme),
        file("src/lib.rs", lib),
        file("src/client.rs", client),
        file("src/requests.rs", requests),
        file("src/operations.rs", operations),
        file("src/types.rs", types),
    ];
    if api.krate.runtime == Runtime::Embedded {
        files.push(file("src/runtime.rs", RUNTIME.to_owned()));
    }
    if api.security.is_none() {
        files.push(file("src/builder.rs", BUILDER.to_owned()));
    }
    for module in modules {
        files.push(file(&format!("src/{}.rs", module.name), module.source));
    }
    // Each feature group's items in files of their own, which the compiler does not even read
    // when the group is off.
    for group in &api.groups {
        let (feature, module) = (Some(group.feature.as_str()), group_module(&group.feature));
        let path = |kind: &str| format!("src/{kind}/{module}.rs");
        if types::group_has_types(api, &group.feature) {
            files.push(file(&path("types"), rust::format_chunks(types::types_file(api, feature), &path("types"))?));
        }
        files.push(file(&path("client"), rust::format_chunks(client::client_file(api, feature), &path("client"))?));
        files.push(file(&path("requests"), rust::format_chunks(requests::requests_file(api, feature), &path("requests"))?));
        files.push(file(&path("operations"), rust::format_chunks(requests::operations_file(api, feature), &path("operations"))?));
    }
    Ok(files)
}

/// The module of a feature group's items, in each of `types`, `client`, `requests` and
/// `operations` (`store-front` -> `group_store_front`; private, its items re-exported).
pub(crate) fn group_module(feature: &str) -> String {
    format!("group_{}", feature.replace('-', "_"))
}

/// The operations of one feature group (`None`: those outside groups, all of them in a crate
/// without groups).
pub(crate) fn operations_of<'a>(api: &'a Api, group: Option<&str>) -> Vec<&'a crate::model::Operation> {
    api.operations.iter().filter(|op| op.group.as_deref() == group).collect()
}

/// The operations in chunks of `size`, each formatted as one piece of its file.
pub(crate) fn chunked(
    operations: Vec<&crate::model::Operation>,
    size: usize,
) -> impl Iterator<Item = Vec<&crate::model::Operation>> {
    let chunks: Vec<Vec<&crate::model::Operation>> = operations.chunks(size).map(<[_]>::to_vec).collect();
    chunks.into_iter()
}

/// The group modules a file declares, for the groups `has_file` keeps:
/// `#[cfg(feature = "g")] mod group_g;`, and with `reexport` `pub use group_g::*;` so that their
/// items have the file's paths (`crate::types::Pet`).
pub(crate) fn group_module_decls(
    api: &Api,
    reexport: bool,
    has_file: impl Fn(&crate::model::FeatureGroup) -> bool,
) -> proc_macro2::TokenStream {
    let decls = api.groups.iter().filter(|group| has_file(group)).map(|group| {
        let feature = &group.feature;
        let module = rust::ident(&group_module(feature));
        let reexport = reexport.then(|| quote!(#[cfg(feature = #feature)] pub use #module::*;));
        quote! {
            #[cfg(feature = #feature)]
            mod #module;
            #reexport
        }
    });
    quote!(#(#decls)*)
}

fn default_server(api: &Api) -> &str {
    api.servers.first().map_or("", |s| s.url.as_str())
}

/// A group's title on one line (it is the document's tag, written by others).
fn one_line_title(title: &str) -> String {
    title.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The crate docs' section on feature groups, when the crate has them.
fn features_docs(api: &Api) -> Vec<String> {
    if api.groups.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![
        String::new(),
        "# Features".to_owned(),
        String::new(),
        "Operations are grouped behind cargo features, one per tag of the document, all on by default. \
         To compile only what you call, turn the defaults off and name the groups (and a TLS \
         feature, `rustls` or `native-tls`): \
         `default-features = false, features = [\"rustls\", \"<group>\"]`. A type several \
         groups use is built when any of them is on."
            .to_owned(),
        String::new(),
    ];
    for group in &api.groups {
        lines.push(format!(
            "- `{}`: {} ({} operations, {} types of its own)",
            group.feature,
            one_line_title(&group.title).replace('`', "'"),
            group.operations,
            group.types
        ));
    }
    lines
}

fn lib_file(api: &Api, modules: &[&str]) -> proc_macro2::TokenStream {
    let mut text = format!("# {}\n\nAsync Rust client for {}", api.title, api.title);
    if !api.version.is_empty() {
        text.push_str(&format!(" (API version {})", api.version));
    }
    text.push_str(", generated from its OpenAPI document.");
    if let Some(description) = &api.description {
        text.push_str("\n\n");
        text.push_str(description);
    }
    let mut crate_docs: Vec<String> = docs::normalize(&text).lines().map(str::to_owned).collect();
    crate_docs.extend(features_docs(api));
    // After normalizing: the example is Rust that `cargo test` compiles, with every feature
    // group it may call (all of them: the default).
    let mut example = vec!["".to_owned(), "# Example".to_owned(), String::new(), "```no_run".to_owned()];
    example.extend(example::usage(api));
    example.push("```".to_owned());
    let all_groups = (!api.groups.is_empty()).then(|| {
        let features = api.groups.iter().map(|group| &group.feature);
        quote!(all(#(feature = #features),*))
    });
    let doc_line = |line: &String| if line.is_empty() { String::new() } else { format!(" {line}") };
    let crate_docs = crate_docs.iter().map(|line| {
        let line = doc_line(line);
        quote!(#![doc = #line])
    });
    let example = example.iter().map(|line| {
        let line = doc_line(line);
        match &all_groups {
            Some(all) => quote!(#![cfg_attr(#all, doc = #line)]),
            None => quote!(#![doc = #line]),
        }
    });
    // Without some groups, what only they use (helpers, defaults, imports) is left unused.
    let partial_build = all_groups.as_ref().map(|all| quote!(#![cfg_attr(not(#all), allow(dead_code, unused_imports))]));
    let allowed: proc_macro2::TokenStream = ALLOWED_LINTS.parse().unwrap_or_default();
    let server = default_server(api);
    let module_decls = modules.iter().map(|name| {
        let name = rust::ident(name);
        quote!(mod #name;)
    });
    // The types templates add, at the crate root beside the document's.
    let template_types = api.extensions.iter().flat_map(|ext| {
        let module = rust::ident(&ext.module);
        ext.root_types.iter().map(move |item| {
            let name = rust::ident(&item.name);
            quote!(pub use #module::#name;)
        })
    });
    // What a template needs on every client (a sign-in session).
    let setup = api.extensions.iter().filter_map(|ext| ext.builder_setup.as_deref()).map(|call| {
        let call: proc_macro2::TokenStream = call.parse().unwrap_or_default();
        quote!(.#call)
    });
    // Without types (of schemas, or of operations: parameters, errors), a glob import of the
    // empty module would be an unused import.
    let has_types = !api.types.is_empty() || api.operations.iter().any(|op| !types::operation_types(op).is_empty());
    let types_glob = has_types.then(|| quote!(pub use types::*;));
    // Auth from the document's schemes has its own `ClientBuilder`, holding the credentials
    // over the runtime's; otherwise `builder.rs` is the runtime's under the crate's name.
    let (builder_module, builder_use, builder) = match &api.security {
        Some(security) => {
            let module = rust::ident(&security.module);
            (
                quote!(),
                quote!(pub use #module::ClientBuilder;),
                quote!(#module::builder(runtime::ClientBuilder::with_defaults(DEFAULT_SERVER, USER_AGENT))),
            )
        }
        None => (
            quote!(mod builder;),
            quote!(pub use builder::ClientBuilder;),
            quote!(ClientBuilder::with_defaults(DEFAULT_SERVER, USER_AGENT)),
        ),
    };
    // The runtime: the crate's own copy, or the runtime crate under the same name.
    let runtime = match api.krate.runtime {
        Runtime::Embedded => quote!(mod runtime;),
        Runtime::Crate { .. } => quote!(use openapi_client_runtime as runtime;),
    };
    quote! {
        #(#crate_docs)*
        #(#example)*
        #![forbid(unsafe_code)]
        #![allow(#allowed)]
        #partial_build
        // Descriptions are the document's Markdown and HTML, written by others.
        #![allow(rustdoc::bare_urls, rustdoc::invalid_html_tags, rustdoc::broken_intra_doc_links)]

        mod client;
        #runtime
        #builder_module
        pub mod requests;
        #[doc(hidden)]
        pub mod operations;
        pub mod types;
        #(#module_decls)*

        pub use runtime::{Attempt, Download, Error, FilePart, Hook, Paged, Redirect, Response, RetryPolicy};
        /// The HTTP library the client runs on (its `ClientBuilder` for
        /// `ClientBuilder::http_client_builder`, header types), at the version the client uses.
        pub use reqwest;
        /// The `Stream` traits and adapters of paged lists ([`Paged`]), at the version the client
        /// uses.
        pub use futures;
        #builder_use
        #types_glob
        #(#template_types)*

        /// The document's first server URL (may be relative; then a base URL must be given).
        pub const DEFAULT_SERVER: &str = #server;

        /// `User-Agent` sent by default: the crate's name and version (from its manifest, so the
        /// sources do not change when only the version does).
        pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

        /// A client of the API: one method per operation. Cheap to clone: clones share the
        /// connection pool, the settings and the credentials.
        #[derive(Clone)]
        pub struct Client {
            inner: runtime::Client,
        }

        impl Client {
            /// A builder starting from the document's first server and default settings.
            pub fn builder() -> ClientBuilder {
                #builder #(#setup)*
            }

            /// A client for the default server with default settings.
            pub fn new() -> Result<Self, Error> {
                Self::builder().build()
            }

            /// The URL every operation path is appended to (without trailing slash).
            pub fn base_url(&self) -> &str {
                self.inner.base_url()
            }

            fn from_runtime(inner: runtime::Client) -> Self {
                Client { inner }
            }

            /// Starts an operation's request.
            #[allow(dead_code)] // A document may have no operation.
            fn request(&self, method: reqwest::Method, path: String) -> runtime::Request<'_> {
                self.inner.request(method, path)
            }

            /// The session the auth module installed, if any.
            #[allow(dead_code)] // Only auth with credentials that change has one.
            fn session(&self) -> Option<&std::sync::Arc<dyn runtime::Session>> {
                self.inner.session()
            }
        }

        impl std::fmt::Debug for Client {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.inner.fmt(f)
            }
        }
    }
}

/// Which optional dependencies the generated code uses.
struct Uses {
    chrono: bool,
    uuid: bool,
}

fn uses(api: &Api) -> Uses {
    let mut all: Vec<&TypeRef> = Vec::new();
    for def in &api.types {
        match &def.kind {
            TypeKind::Struct(s) => {
                all.extend(s.fields.iter().map(|f| &f.ty));
                all.extend(s.additional.iter());
            }
            TypeKind::OneOf(o) => all.extend(o.variants.iter().map(|v| &v.ty)),
            TypeKind::Alias(t) => all.push(t),
            TypeKind::StringEnum(_) | TypeKind::IntEnum(_) => {}
        }
    }
    for op in &api.operations {
        all.extend(op.params.iter().map(|p| &p.ty));
        match op.body.as_ref().map(|b| &b.kind) {
            Some(BodyKind::Json(t) | BodyKind::Form(t)) => all.push(t),
            Some(BodyKind::Multipart(form)) => all.extend(form.fields.iter().filter_map(|f| match &f.kind {
                crate::model::MultipartFieldKind::Value(t) => Some(t),
                _ => None,
            })),
            _ => {}
        }
        for response in op.responses.success.iter().chain(&op.responses.errors) {
            if let ResponseBody::Json { ty, .. } = &response.body {
                all.push(ty);
            }
        }
    }
    let any = |wanted: &dyn Fn(&TypeRef) -> bool| all.iter().any(|t| rust::mentions(t, wanted));
    Uses {
        chrono: any(&|t| matches!(t, TypeRef::DateTime | TypeRef::Date)),
        uuid: any(&|t| matches!(t, TypeRef::Uuid)),
    }
}

/// For the README: each scheme of the document's auth, with its builder method and what it sends.
fn auth_summary(api: &Api) -> Vec<minijinja::Value> {
    let Some(security) = &api.security else { return Vec::new() };
    let Some(ext) = api.extensions.iter().find(|ext| ext.module == security.module) else { return Vec::new() };
    let mut out = Vec::new();
    for (i, scheme) in security.schemes.iter().enumerate() {
        let key = format!("scheme_{i}");
        let Some(method) = ext.builder_methods.iter().find(|m| m.item.key == key) else { continue };
        let sends = match &scheme.kind {
            SchemeKind::Bearer => "`Authorization: Bearer <token>`".to_owned(),
            SchemeKind::Basic => "HTTP Basic credentials".to_owned(),
            SchemeKind::ApiKey { location, name } => {
                let place = match location {
                    ParamLocation::Query => "query parameter",
                    ParamLocation::Cookie => "cookie",
                    _ => "header",
                };
                format!("an API key in the `{}` {place}", markdown_code(name))
            }
            SchemeKind::ClientCredentials { .. } => {
                "OAuth2 client credentials (tokens requested, cached and renewed by the client)".to_owned()
            }
        };
        let args: Vec<&str> = method.args.iter().map(|arg| arg.example.as_str()).collect();
        out.push(context! {
            call => format!("{}({})", method.item.name, args.join(", ")),
            scheme => markdown_code(&scheme.name),
            sends,
        });
    }
    out
}

/// Document text for a Markdown code span: no backquotes, no control characters.
fn markdown_code(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).map(|c| if c == '`' { '\'' } else { c }).collect()
}

fn render_templates(api: &Api) -> Result<(String, String), String> {
    let mut env = Environment::new();
    env.add_template("Cargo.toml", CARGO_TOML).map_err(|e| format!("template Cargo.toml: {e}"))?;
    env.add_template("README.md", README).map_err(|e| format!("template README.md: {e}"))?;
    let uses = uses(api);
    let crate_ident = api.krate.ident();
    let needs = |dependency: &str| api.extensions.iter().any(|ext| ext.dependencies.iter().any(|d| d == dependency));
    let first_operation = api.operations.first().map(|op| op.name.clone());
    let description = format!("Async Rust client for {} (generated from its OpenAPI document)", api.title);
    let ctx = context! {
        crate_name => &api.krate.name,
        crate_ident => crate_ident,
        crate_version => &api.krate.version,
        rust_version => RUST_VERSION,
        description => description,
        title => &api.title,
        api_version => &api.version,
        server => default_server(api),
        operations => api.operations.len(),
        types => api.types.len(),
        first_operation => first_operation,
        chrono => uses.chrono,
        uuid => uses.uuid,
        futures => true,
        http_link => needs("http-link"),
        runtime => match &api.krate.runtime {
            Runtime::Crate { path, version } => Some(context! { path, version }),
            Runtime::Embedded => None,
        },
        tokio_sync => needs("tokio-sync"),
        auth => auth_summary(api),
        groups => api
            .groups
            .iter()
            .map(|group| context! {
                feature => &group.feature,
                title => one_line_title(&group.title),
                operations => group.operations,
                types => group.types,
            })
            .collect::<Vec<_>>(),
        example => example::usage(api)
            .iter()
            .map(|line| line.strip_prefix("# ").map_or_else(|| format!("    {line}"), str::to_owned))
            .collect::<Vec<_>>()
            .join("\n"),
    };
    let render = |name: &str| {
        env.get_template(name)
            .and_then(|t| t.render(&ctx))
            .map(|text| text.trim_end().to_owned() + "\n")
            .map_err(|e| format!("template {name}: {e}"))
    };
    Ok((render("Cargo.toml")?, render("README.md")?))
}
