//! `src/requests.rs` and `src/operations.rs` of a generated crate: one request builder per
//! operation. The builder is one generic type, `requests::Call<'a, O>`, written once per crate:
//! per-call options and the ways to send live there, so each operation adds only what is its
//! own. `operations.rs` holds each operation's parameters and body and implements
//! `requests::Operation` (how its request is built and its response read); `requests.rs` names
//! each builder (`pub type ListPets<'a> = Call<'a, operations::ListPets>`) and gives it its
//! optional parameters' setters. The operation's method on `Client` takes what is required and
//! returns the builder; awaiting it (or `send`) gives the typed body, `send_with_response` the
//! whole response, `send_raw` the undecoded one.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, ToTokens};

use super::docs::doc_attrs;
use super::rust::{ident, type_tokens, Scope};
use crate::model::{
    Api, BodyKind, ErrorShape, Operation, ParamLocation, ParamStyle, Parameter, PathSegment, ResponseBody,
    Security, StatusMatch, SuccessShape,
};
use crate::templates::NextPage;

/// Operations per chunk: the files are formatted a chunk at a time, which keeps memory low and
/// generation time linear on documents with thousands of operations.
const OPERATIONS_PER_CHUNK: usize = 16;

/// `requests.rs`: the module documentation and the generic builder, then each operation's
/// builder name and setters, built when the formatter asks for them.
/// With `group`, the file of that feature group's builders (`requests/group_<name>.rs`).
pub fn requests_file<'a>(api: &'a Api, group: Option<&str>) -> impl Iterator<Item = TokenStream> + 'a {
    let head = match group {
        None => {
            let modules = super::group_module_decls(api, true, |_| true);
            let call = generic_call(api);
            quote!(#call #modules)
        }
        Some(feature) => {
            let doc = format!(" The request builders of the `{feature}` feature group.");
            quote! {
                #![doc = #doc]
                use super::Call;
            }
        }
    };
    let chunks = super::chunked(super::operations_of(api, group), OPERATIONS_PER_CHUNK).map(|operations| {
        let builders = operations.into_iter().map(builder_items);
        quote!(#(#builders)*)
    });
    std::iter::once(head).chain(chunks)
}

/// `operations.rs`: each operation's parameters and its `Operation` implementation (with
/// `group`, that feature group's, in `operations/group_<name>.rs`).
pub fn operations_file<'a>(api: &'a Api, group: Option<&str>) -> impl Iterator<Item = TokenStream> + 'a {
    let head = match group {
        None => {
            let modules = super::group_module_decls(api, true, |_| true);
            quote! {
                //! Each operation's parameters and body, and how its request is built and its response
                //! read ([`Operation`](crate::requests::Operation)): what a request builder
                //! ([`Call`](crate::requests::Call)) holds besides the client and the per-call options.
                #modules
            }
        }
        Some(feature) => {
            let doc = format!(" The operations of the `{feature}` feature group.");
            quote!(#![doc = #doc])
        }
    };
    let chunks = super::chunked(super::operations_of(api, group), OPERATIONS_PER_CHUNK).map(move |operations| {
        let items = operations.into_iter().map(|op| operation_items(op, api.security.as_ref()));
        quote!(#(#items)*)
    });
    std::iter::once(head).chain(chunks)
}

/// The module documentation, `Call` and `Operation`: what every request builder has (nothing
/// without operations, where they would be dead code).
fn generic_call(api: &Api) -> TokenStream {
    let docs = quote! {
        //! Request builders, one per operation, returned by the operation's method on `Client`:
        //! set optional parameters and per-call options, then `.await` the builder for the
        //! response body, or call `send_with_response` for the status and headers too, or
        //! `send_raw` for the body as the server sent it. Each builder is a [`Call`] of its
        //! operation, under the operation's name.
    };
    if api.operations.is_empty() {
        return docs;
    }
    let paging = api.operations.iter().find_map(|op| op.pagination.as_ref());
    let fetch_page = paging.map(|paging| {
        let (next_param, next) = if paging.next == NextPage::Url {
            (quote!(, next: Option<&reqwest::Url>), quote!(next))
        } else {
            (quote!(), quote!(None))
        };
        quote! {
            /// One page, with what the pagination stream reads of its response.
            pub(crate) async fn fetch_page(self #next_param) -> Result<(crate::Response<O::Output>, crate::runtime::PageInfo), crate::Error<O::Error>> {
                let response = self.execute(#next).await?;
                let page = response.page_info();
                response.typed(O::decode).map(|body| (body, page))
            }
        }
    });
    let (security_const, authorize) = match &api.security {
        Some(security) => {
            let module = ident(&security.module);
            (
                Some(quote! {
                    /// The credentials the operation's security requirement accepts, alternatives
                    /// of schemes (`None`: the document names none).
                    const SECURITY: Option<&'static [u64]> = None;
                }),
                Some(quote! {
                    if let Some(alternatives) = O::SECURITY {
                        request = crate::#module::authorize(self.client, request, alternatives).await?;
                    }
                }),
            )
        }
        None => (None, None),
    };
    quote! {
        #docs

        /// A request being built: the client, the operation's parameters and this call's options.
        /// Set optional parameters and options, then `.await` it for the response body, or call
        /// [`send_with_response`](Self::send_with_response) or [`send_raw`](Self::send_raw).
        /// Each operation's builder is this type under the operation's name.
        #[must_use = "a request does nothing until it is awaited or sent"]
        #[derive(Clone)]
        pub struct Call<'a, O> {
            pub(crate) client: &'a crate::Client,
            pub(crate) operation: O,
            pub(crate) options: crate::runtime::CallOptions,
        }

        /// What an operation gives its [`Call`]: how its request is built and its response read.
        #[doc(hidden)]
        pub trait Operation: Send + Sized + 'static {
            /// The body of a documented success.
            type Output: Send + 'static;
            /// The body of a documented error.
            type Error: Send + 'static;
            #security_const
            /// The request: method, path, parameters and body.
            fn request(self, client: &crate::Client) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>>;
            /// The response, by status.
            fn decode(response: crate::runtime::RawResponse) -> Result<Self::Output, crate::Error<Self::Error>>;
        }

        impl<'a, O> Call<'a, O> {
            pub(crate) fn new(client: &'a crate::Client, operation: O) -> Self {
                Self { client, operation, options: crate::runtime::CallOptions::default() }
            }
        }

        impl<'a, O: Operation> Call<'a, O> {
            /// This call's timeout (each attempt, from sending to the whole response read), instead
            /// of the client's.
            pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
                self.options.timeout(timeout);
                self
            }

            /// A header sent with this call only, over the client's default headers and the
            /// operation's parameters. Its value is kept out of `Debug` and errors; an invalid name
            /// or value is an [`Error::InvalidRequest`](crate::Error::InvalidRequest) when sent.
            pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
                self.options.header(name.into(), value.into());
                self
            }

            /// This call's retry policy, instead of the client's.
            pub fn retry(mut self, policy: crate::RetryPolicy) -> Self {
                self.options.retry(policy);
                self
            }

            /// Sends the request: the body of a documented success, or the error (what awaiting
            /// the request does).
            pub async fn send(self) -> Result<O::Output, crate::Error<O::Error>> {
                O::decode(self.execute(None).await?)
            }

            /// Sends the request: the whole response (status, headers, typed body) of a documented
            /// success, or the error.
            pub async fn send_with_response(self) -> Result<crate::Response<O::Output>, crate::Error<O::Error>> {
                self.execute(None).await?.typed(O::decode)
            }

            /// Sends the request: the response as the server sent it, whatever its status and
            /// whether or not its body matches the document (errors are those of transport and
            /// limits only), for a caller to read its own way.
            pub async fn send_raw(self) -> Result<crate::Response<bytes::Bytes>, crate::Error<O::Error>> {
                self.execute(None).await?.into_raw().await
            }

            #fetch_page

            /// Sends the request, at the URL the server named for the next page if `next` is given.
            async fn execute(self, next: Option<&reqwest::Url>) -> Result<crate::runtime::RawResponse, crate::Error<O::Error>> {
                let mut request = self.operation.request(self.client)?;
                request.options(&self.options);
                if let Some(next) = next {
                    request.follow(next);
                }
                #authorize
                Ok(request.send().await?)
            }
        }

        impl<'a, O: Operation> std::future::IntoFuture for Call<'a, O> {
            type Output = Result<O::Output, crate::Error<O::Error>>;
            type IntoFuture = futures::future::BoxFuture<'a, Self::Output>;

            fn into_future(self) -> Self::IntoFuture {
                Box::pin(self.send())
            }
        }
    }
}

/// The type of a builder field holding a parameter.
fn param_type(param: &Parameter) -> TokenStream {
    let ty = type_tokens(&param.ty, Scope::Crate);
    if param.required {
        ty
    } else {
        quote!(Option<#ty>)
    }
}

/// The type of the value a body is held as (required or not).
pub(super) fn body_value_type(kind: &BodyKind) -> TokenStream {
    match kind {
        BodyKind::Json(ty) | BodyKind::Form(ty) => type_tokens(ty, Scope::Crate),
        BodyKind::Multipart(form) if form.fields.is_empty() => quote!(reqwest::multipart::Form),
        BodyKind::Multipart(form) => {
            let name = ident(&form.name);
            quote!(crate::types::#name)
        }
        BodyKind::Bytes => quote!(reqwest::Body),
        BodyKind::Text => quote!(String),
    }
}

/// The expression passing a parameter's value to the runtime's `&T` helpers.
fn param_value(param: &Parameter) -> TokenStream {
    let name = ident(&param.name);
    quote!(&self.#name)
}

/// A setter's documentation: the parameter's description, its example, where it goes.
fn param_doc(param: &Parameter) -> TokenStream {
    let wire = format!("`{}` ({} parameter).", param.wire.replace('`', "'"), format!("{:?}", param.location).to_lowercase());
    let example = param.example.as_ref().map(|example| format!("Example: `{}`.", example.replace('`', "'")));
    let deprecated = param.deprecated.then_some("Deprecated.");
    doc_attrs(&[param.doc.as_deref(), example.as_deref(), Some(&wire), deprecated])
}

/// The builder's name for the operation, and its setters.
fn builder_items(op: &Operation) -> TokenStream {
    let name = ident(&op.builder);
    let method_name = &op.name;
    let line = format!("`{} {}`", op.method, op.path.as_str().replace('`', "'"));
    let alias_doc = format!(
        " The request of [`Client::{method_name}`](crate::Client::{method_name}) ({line}): set optional parameters \
         and per-call options, then `.await` it for the response body, or call \
         [`send_with_response`](Call::send_with_response) or [`send_raw`](Call::send_raw)."
    );

    let optional: Vec<&Parameter> = op.params.iter().filter(|p| !p.required).collect();
    let setters = optional.iter().map(|p| {
        let (setter, ty) = (ident(&p.name), type_tokens(&p.ty, Scope::Crate));
        let docs = param_doc(p);
        let deprecated = p.deprecated.then(|| quote!(#[deprecated]));
        quote! {
            #docs
            #deprecated
            pub fn #setter(mut self, value: impl Into<#ty>) -> Self {
                self.operation.#setter = Some(value.into());
                self
            }
        }
    });
    let body_setter = op.body.as_ref().filter(|body| !body.required).map(|body| {
        let ty = body_value_type(&body.kind);
        let docs = doc_attrs(&[body.doc.as_deref(), Some(&format!("The request body (`{}`).", body.media_type))]);
        quote! {
            #docs
            pub fn body(mut self, value: impl Into<#ty>) -> Self {
                self.operation.body = Some(value.into());
                self
            }
        }
    });

    let setters: Vec<TokenStream> = setters.chain(body_setter).collect();
    let impl_block = (!setters.is_empty()).then(|| {
        quote! {
            impl #name<'_> {
                #(#setters)*
            }
        }
    });
    quote! {
        #[doc = #alias_doc]
        pub type #name<'a> = Call<'a, crate::operations::#name>;
        #impl_block
    }
}

/// The operation's parameters and body, and how its request is built and its response read.
fn operation_items(op: &Operation, security: Option<&Security>) -> TokenStream {
    let name = ident(&op.builder);
    let (success_type, error_type) = result_types(op);
    // Its builder can be cloned when its body, if any, is held in memory.
    let derive_clone = op.body.as_ref().is_none_or(|body| body.kind.is_resendable()).then(|| quote!(#[derive(Clone)]));
    let struct_doc = format!(" The parameters of [`Client::{0}`](crate::Client::{0}).", op.name);

    // Fields: required parameters, then optional ones, then the body.
    let required: Vec<&Parameter> = super::client::required_arguments(op);
    let optional = op.params.iter().filter(|p| !p.required);
    let fields = required.iter().copied().chain(optional).map(|p| {
        let (field, ty) = (ident(&p.name), param_type(p));
        quote!(pub(crate) #field: #ty,)
    });
    let body_field = op.body.as_ref().map(|body| {
        let ty = body_value_type(&body.kind);
        if body.required {
            quote!(pub(crate) body: #ty,)
        } else {
            quote!(pub(crate) body: Option<#ty>,)
        }
    });

    // Building the request.
    let mut steps: Vec<TokenStream> = Vec::new();
    for param in &op.params {
        let wire = &param.wire;
        let value = param_value(param);
        match param.location {
            ParamLocation::Path => {}
            ParamLocation::Query => {
                let style = style_tokens(param.style);
                let explode = param.explode;
                steps.push(quote!(request.query(#wire, #value, #style, #explode);));
            }
            ParamLocation::Header => steps.push(quote!(request.header(#wire, #value);)),
            ParamLocation::Cookie => steps.push(quote!(request.cookie(#wire, #value);)),
        }
    }
    if let Some(accept) = &op.responses.accept {
        steps.push(quote!(request.accept(#accept);));
    }
    if op.responses.success.iter().any(|r| r.body == ResponseBody::Redirect) {
        steps.push(quote!(request.keep_redirects();));
    }
    if op.responses.success_shape == SuccessShape::Single(ResponseBody::Bytes) {
        steps.push(quote!(request.stream_success();));
    }
    let template = op.path.as_str();
    steps.push(quote!(request.path_template(#template);));
    if let Some(body) = &op.body {
        steps.push(body_step(&body.kind, &body.media_type, body.required));
    }
    let path = path_expression(op);
    let method = ident(op.method.as_str());
    let dispatch = response_dispatch(op);
    let security = security_const(op, security);

    quote! {
        #[doc = #struct_doc]
        #derive_clone
        pub struct #name {
            #(#fields)*
            #body_field
        }

        impl crate::requests::Operation for #name {
            type Output = #success_type;
            type Error = #error_type;
            #security

            fn request(self, client: &crate::Client) -> Result<crate::runtime::Request<'_>, crate::Error<Self::Error>> {
                let mut request = client.request(reqwest::Method::#method, #path);
                #(#steps)*
                Ok(request)
            }

            fn decode(response: crate::runtime::RawResponse) -> Result<Self::Output, crate::Error<Self::Error>> {
                #dispatch
            }
        }
    }
}

fn body_step(kind: &BodyKind, media_type: &str, required: bool) -> TokenStream {
    let send = |body: TokenStream| match kind {
        BodyKind::Json(_) => quote!(request.json(#media_type, &#body);),
        BodyKind::Form(_) => quote!(request.form(&#body);),
        BodyKind::Multipart(form) if form.fields.is_empty() => quote!(request.multipart(#body);),
        BodyKind::Multipart(_) => quote!(request.multipart(#body.into_form()?);),
        BodyKind::Bytes => quote!(request.bytes(#media_type, #body);),
        BodyKind::Text => quote!(request.text(#media_type, #body);),
    };
    if required {
        send(quote!(self.body))
    } else {
        let send = send(quote!(body));
        quote! {
            if let Some(body) = self.body {
                #send
            }
        }
    }
}

fn style_tokens(style: ParamStyle) -> TokenStream {
    match style {
        ParamStyle::Simple => quote!(crate::runtime::ParamStyle::Simple),
        ParamStyle::Label => quote!(crate::runtime::ParamStyle::Label),
        ParamStyle::Matrix => quote!(crate::runtime::ParamStyle::Matrix),
        ParamStyle::Form => quote!(crate::runtime::ParamStyle::Form),
        ParamStyle::SpaceDelimited => quote!(crate::runtime::ParamStyle::SpaceDelimited),
        ParamStyle::PipeDelimited => quote!(crate::runtime::ParamStyle::PipeDelimited),
        ParamStyle::DeepObject => quote!(crate::runtime::ParamStyle::DeepObject),
    }
}

/// `const SECURITY: Option<&'static [u64]> = Some(&[crate::auth::A | crate::auth::B, ...]);`: the
/// credentials the operation's security requirement asks for, for `Call` to authorize it with.
fn security_const(op: &Operation, security: Option<&Security>) -> Option<TokenStream> {
    let (security, alternatives) = (security?, op.security.as_ref()?);
    let module = ident(&security.module);
    let sets = alternatives.iter().map(|set| {
        if set.is_empty() {
            return quote!(0);
        }
        let bits = set.iter().filter_map(|&i| security.schemes.get(i)).map(|scheme| {
            let name = ident(&scheme.ident);
            quote!(crate::#module::#name)
        });
        quote!(#(#bits)|*)
    });
    Some(quote!(const SECURITY: Option<&'static [u64]> = Some(&[#(#sets),*]);))
}

/// `["/contacts/", &crate::runtime::path_param("id", id)?].concat()`, or a plain string without path
/// parameters.
fn path_expression(op: &Operation) -> TokenStream {
    // Literal pieces; a parameter's value follows each piece but the last.
    let mut template = vec![String::new()];
    let mut values = Vec::new();
    for segment in op.path.segments() {
        let variable = match segment {
            PathSegment::Literal(text) => {
                push_literal(template.last_mut().expect("one piece"), text);
                continue;
            }
            PathSegment::Variable(variable) => variable,
        };
        match op.params.iter().find(|p| p.location == ParamLocation::Path && p.wire == *variable) {
            Some(param) => {
                template.push(String::new());
                let (value, wire) = (param_value(param), &param.wire);
                values.push(if param.style == ParamStyle::Simple && !param.explode {
                    quote!(crate::runtime::path_param(#wire, #value)?)
                } else {
                    let (style, explode) = (style_tokens(param.style), param.explode);
                    quote!(crate::runtime::path_param_styled(#wire, #value, #style, #explode)?)
                });
            }
            None => push_literal(template.last_mut().expect("one piece"), &format!("{{{variable}}}")),
        }
    }
    if values.is_empty() {
        let literal = template.concat();
        quote!(String::from(#literal))
    } else {
        // `[..].concat()` rather than `format!`: prettyplease lays out plain expressions well.
        let pieces = template.iter().zip(values.iter().map(Some).chain(std::iter::repeat(None))).filter_map(
            |(literal, value)| match value {
                Some(value) if literal.is_empty() => Some(quote!(&#value)),
                Some(value) => Some(quote!(#literal, &#value)),
                None if literal.is_empty() => None,
                None => Some(quote!(#literal)),
            },
        );
        quote!([#(#pieces),*].concat())
    }
}

/// Appends literal path text, percent-encoding what may not stand in a URL path.
fn push_literal(template: &mut String, text: &str) {
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' | b':' | b'@' | b'!' | b'$'
            | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'=' => template.push(byte as char),
            other => template.push_str(&format!("%{other:02X}")),
        }
    }
}

fn body_type(body: &ResponseBody) -> TokenStream {
    match body {
        ResponseBody::Empty => quote!(()),
        ResponseBody::Json { ty, .. } => type_tokens(ty, Scope::Crate),
        ResponseBody::Text => quote!(String),
        ResponseBody::Bytes => quote!(bytes::Bytes),
        ResponseBody::Redirect => quote!(crate::Redirect),
    }
}

fn result_types(op: &Operation) -> (TokenStream, TokenStream) {
    let success = match &op.responses.success_shape {
        // A binary answer is streamed, not held whole.
        SuccessShape::Single(ResponseBody::Bytes) => quote!(crate::Download),
        SuccessShape::Single(body) => body_type(body),
        SuccessShape::Enum { name, .. } => {
            let name = ident(name);
            quote!(crate::types::#name)
        }
    };
    let error = match &op.responses.error_shape {
        ErrorShape::None => quote!(()),
        ErrorShape::Single(ty) => type_tokens(ty, Scope::Crate),
        ErrorShape::Enum { name, .. } => {
            let name = ident(name);
            quote!(crate::types::#name)
        }
    };
    (success, error)
}

fn status_pattern(status: StatusMatch) -> TokenStream {
    match status {
        StatusMatch::Code(code) => {
            let code = Literal::u16_unsuffixed(code);
            quote!(#code)
        }
        StatusMatch::Range(digit) => {
            let low = Literal::u16_unsuffixed(u16::from(digit) * 100);
            let high = Literal::u16_unsuffixed(u16::from(digit) * 100 + 99);
            quote!(#low..=#high)
        }
        StatusMatch::Default => quote!(_),
    }
}

/// Patterns for statuses sharing an arm. Touching statuses and ranges are one interval: three
/// codes or more in a row become a range (`500..=502`, not `500 | 501 | 502`, which clippy's
/// `manual_range_patterns` refuses), and so do neighbouring `4XX`/`5XX` ranges; the arm matches
/// the same statuses either way.
fn merged_patterns(statuses: &[StatusMatch]) -> Vec<TokenStream> {
    let mut intervals: Vec<(u16, u16)> = Vec::new();
    let mut patterns = Vec::new();
    for status in statuses {
        match *status {
            StatusMatch::Code(code) => intervals.push((code, code)),
            StatusMatch::Range(digit) => intervals.push((u16::from(digit) * 100, u16::from(digit) * 100 + 99)),
            StatusMatch::Default => patterns.push(status_pattern(*status)),
        }
    }
    intervals.sort_unstable();
    let mut merged: Vec<(u16, u16)> = Vec::new();
    for (low, high) in intervals {
        match merged.last_mut() {
            Some((_, last)) if low <= last.saturating_add(1) => *last = (*last).max(high),
            _ => merged.push((low, high)),
        }
    }
    let mut out = Vec::new();
    for (low, high) in merged {
        let literal = Literal::u16_unsuffixed;
        match high - low {
            0 => out.push(literal(low).into_token_stream()),
            1 => {
                let (low, high) = (literal(low), literal(high));
                out.push(quote!(#low | #high));
            }
            _ => {
                let (low, high) = (literal(low), literal(high));
                out.push(quote!(#low..=#high));
            }
        }
    }
    out.extend(patterns);
    out
}

fn decode(body: &ResponseBody) -> TokenStream {
    match body {
        ResponseBody::Empty => quote!(()),
        ResponseBody::Json { .. } => quote!(response.json()?),
        ResponseBody::Text => quote!(response.text()?),
        ResponseBody::Bytes => quote!(response.bytes()),
        ResponseBody::Redirect => quote!(response.redirect()),
    }
}

/// `match response.status() { ... }`: successes, then documented errors, then the rest.
fn response_dispatch(op: &Operation) -> TokenStream {
    let responses = &op.responses;
    let mut arms: Vec<(StatusMatch, TokenStream)> = Vec::new();
    match &responses.success_shape {
        SuccessShape::Single(body) => {
            let value = match body {
                ResponseBody::Bytes => quote!(response.download()),
                body => decode(body),
            };
            // Nothing to decode: any 2xx is success, the ones the document does not list (201
            // or 204 for 200) too, in one arm.
            if *body == ResponseBody::Empty {
                arms.push((StatusMatch::Range(2), quote!(Ok(()))));
            }
            for response in &responses.success {
                if *body != ResponseBody::Empty || !matches!(response.status, StatusMatch::Code(200..=299) | StatusMatch::Range(2)) {
                    arms.push((response.status, quote!(Ok(#value))));
                }
            }
        }
        SuccessShape::Enum { name, variants } => {
            let name = ident(name);
            for (response, variant) in responses.success.iter().zip(variants) {
                let variant = ident(variant);
                let outcome = match &response.body {
                    ResponseBody::Empty => quote!(Ok(crate::types::#name::#variant)),
                    body => {
                        let value = decode(body);
                        quote!(Ok(crate::types::#name::#variant(#value)))
                    }
                };
                arms.push((response.status, outcome));
            }
        }
    }
    let typed_default = responses.errors.iter().any(|r| r.status == StatusMatch::Default);
    let mut last: Option<TokenStream> = None;
    for (i, response) in responses.errors.iter().enumerate() {
        let wrap = match &responses.error_shape {
            ErrorShape::Enum { name, variants } => {
                let (name, variant) = (ident(name), ident(&variants[i.min(variants.len().saturating_sub(1))]));
                quote!(crate::types::#name::#variant)
            }
            _ => quote!(std::convert::identity),
        };
        let outcome = quote!(Err(response.api_error(#wrap)));
        if response.status == StatusMatch::Default {
            last = Some(outcome);
        } else {
            arms.push((response.status, outcome));
        }
    }
    if typed_default {
        // Documented statuses without a typed body must not be decoded as the default error.
        for status in &responses.untyped_errors {
            if *status != StatusMatch::Default {
                arms.push((*status, quote!(Err(response.unexpected()))));
            }
        }
    }
    let last = last.unwrap_or_else(|| quote!(Err(response.unexpected())));
    if arms.is_empty() {
        return last;
    }
    // Neighbouring arms with the same outcome share one arm (`200 | 201 => ...`), codes before
    // ranges so that a specific status is never shadowed.
    arms.sort_by_key(|(status, _)| matches!(status, StatusMatch::Range(_)));
    let mut grouped: Vec<(Vec<StatusMatch>, TokenStream)> = Vec::new();
    for (status, outcome) in arms {
        match grouped.last_mut() {
            Some((statuses, previous)) if previous.to_string() == outcome.to_string() => statuses.push(status),
            _ => grouped.push((vec![status], outcome)),
        }
    }
    let arms = grouped.into_iter().map(|(statuses, outcome)| {
        let patterns = merged_patterns(&statuses);
        quote!(#(#patterns)|* => #outcome,)
    });
    quote! {
        match response.status() {
            #(#arms)*
            _ => #last,
        }
    }
}
