//! `src/client.rs` of a generated crate: one async method on `Client` per operation.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, ToTokens};

use super::docs::doc_attrs;
use super::rust::{ident, is_copy, type_tokens, Scope};
use crate::templates::NextPage;
use crate::model::{
    Api, BodyKind, ErrorShape, Operation, ParamLocation, ParamStyle, Parameter, PathSegment, ResponseBody,
    Security, StatusMatch, SuccessShape, TypeRef,
};

/// Methods per `impl` block: the file is formatted a block at a time, which keeps memory low and
/// generation time linear on documents with thousands of operations.
const METHODS_PER_BLOCK: usize = 32;

/// The file's items: the module documentation, then `impl crate::Client` blocks.
pub fn client_file(api: &Api) -> Vec<TokenStream> {
    let mut chunks = vec![quote! {
        //! The API's operations, as methods on [`Client`](crate::Client).
    }];
    for operations in api.operations.chunks(METHODS_PER_BLOCK) {
        let methods = operations.iter().map(|op| operation_method(op, api.security.as_ref()));
        chunks.push(quote! {
            impl crate::Client {
                #(#methods)*
            }
        });
    }
    chunks
}

/// Required parameters in argument order: path parameters as the path has them, then the others
/// in document order.
pub(super) fn required_arguments(op: &Operation) -> Vec<&Parameter> {
    let mut required: Vec<&Parameter> = op.params.iter().filter(|p| p.required).collect();
    let order = op.path.variables();
    required.sort_by_key(|p| match p.location {
        ParamLocation::Path => order.iter().position(|v| *v == p.wire).unwrap_or(0),
        _ => order.len(),
    });
    required
}

/// A required parameter's argument type: strings and structured values by reference, small
/// `Copy` values by value.
pub(super) fn argument_type(ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::String => quote!(&str),
        TypeRef::Vec(item) => {
            let item = type_tokens(item, Scope::Crate);
            quote!(&[#item])
        }
        ty if is_copy(ty) => type_tokens(ty, Scope::Crate),
        ty => {
            let ty = type_tokens(ty, Scope::Crate);
            quote!(&#ty)
        }
    }
}

/// The expression passing a parameter to the runtime's `&T` helpers.
fn param_value(param: &Parameter) -> TokenStream {
    let name = ident(&param.name);
    if !param.required {
        quote!(&params.#name)
    } else if is_copy(&param.ty) {
        quote!(&#name)
    } else {
        quote!(#name)
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

/// `let request = crate::auth::authorize(self, request, &[crate::auth::A | crate::auth::B, ...]).await?;`:
/// the credentials the operation's security requirement asks for.
fn authorize_step(op: &Operation, security: Option<&Security>) -> Option<TokenStream> {
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
    Some(quote!(let request = crate::#module::authorize(self, request, &[#(#sets),*]).await?;))
}

fn operation_method(op: &Operation, security: Option<&Security>) -> TokenStream {
    let name = ident(&op.name);
    let signature_line = format!("`{} {}`", op.method, op.path.as_str().replace('`', "'"));
    let deprecated_note = op.deprecated.then_some("Deprecated.");
    let docs = doc_attrs(&[op.summary.as_deref(), op.description.as_deref(), Some(&signature_line), deprecated_note]);
    let deprecated = op.deprecated.then(|| quote!(#[deprecated]));

    // Arguments: path parameters in path order, other required parameters, body, optional ones.
    let mut arguments: Vec<TokenStream> = required_arguments(op)
        .iter()
        .map(|p| {
            let arg = ident(&p.name);
            let ty = argument_type(&p.ty);
            quote!(#arg: #ty)
        })
        .collect();
    if let Some(body) = &op.body {
        arguments.push(body_argument(&body.kind, body.required));
    }
    if let Some(params_struct) = &op.params_struct {
        let ty = ident(params_struct);
        arguments.push(quote!(params: &crate::types::#ty));
    }

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
    let (success_type, error_type) = result_types(op);
    let dispatch = response_dispatch(op);
    let authorize = authorize_step(op, security);
    // Paged lists: a crate-private method gets a page with what the pagination stream reads of
    // its response; the operation is that method's first page. Styles that follow URLs give it
    // the URL the server named for the next page.
    let paging = op.pagination.as_ref();
    let page_method = paging.and_then(|paging| paging.methods.iter().find(|m| m.key == "page"));
    if let (Some(paging), Some(page_method)) = (paging, page_method) {
        let page = ident(&page_method.name);
        let names = argument_names(op);
        let by_url = paging.next == NextPage::Url;
        let (next_argument, next_value, follow) = if by_url {
            (
                quote!(next: Option<&reqwest::Url>,),
                quote!(None),
                quote!(if let Some(next) = next {
                    request.follow(next);
                }),
            )
        } else {
            (quote!(), quote!(), quote!())
        };
        let page_doc = if by_url {
            format!(
                " [`{name}`](Self::{name}), or the page at `next` (a URL the server gave for the next page), \
                 with what the pagination stream reads of the response.",
                name = op.name
            )
        } else {
            format!(" [`{name}`](Self::{name}), with what the pagination stream reads of the response.", name = op.name)
        };
        return quote! {
            #docs
            #deprecated
            pub async fn #name(&self, #(#arguments),*) -> Result<#success_type, crate::Error<#error_type>> {
                self.#page(#(#names,)* #next_value).await.map(|(body, _)| body)
            }

            #[doc = #page_doc]
            pub(crate) async fn #page(
                &self,
                #(#arguments,)*
                #next_argument
            ) -> Result<(#success_type, crate::runtime::PageInfo), crate::Error<#error_type>> {
                let mut request = self.request(reqwest::Method::#method, #path);
                #(#steps)*
                #follow
                #authorize
                let response = request.send().await?;
                let page = response.page_info();
                let body = #dispatch;
                body.map(|body| (body, page))
            }
        };
    }
    quote! {
        #docs
        #deprecated
        pub async fn #name(&self, #(#arguments),*) -> Result<#success_type, crate::Error<#error_type>> {
            let mut request = self.request(reqwest::Method::#method, #path);
            #(#steps)*
            #authorize
            let response = request.send().await?;
            #dispatch
        }
    }
}

/// The names of an operation method's arguments, in order.
fn argument_names(op: &Operation) -> Vec<TokenStream> {
    let mut names: Vec<TokenStream> = required_arguments(op).iter().map(|p| ident(&p.name).into_token_stream()).collect();
    if op.body.is_some() {
        names.push(quote!(body));
    }
    if op.params_struct.is_some() {
        names.push(quote!(params));
    }
    names
}

fn body_argument(kind: &BodyKind, required: bool) -> TokenStream {
    let ty = match kind {
        BodyKind::Json(ty) | BodyKind::Form(ty) => {
            let reference = argument_type(ty);
            let reference = if is_copy(ty) { quote!(&#reference) } else { reference };
            return if required { quote!(body: #reference) } else { quote!(body: Option<#reference>) };
        }
        BodyKind::Multipart(form) if form.fields.is_empty() => quote!(reqwest::multipart::Form),
        BodyKind::Multipart(form) => {
            let name = ident(&form.name);
            quote!(crate::types::#name)
        }
        BodyKind::Bytes if required => return quote!(body: impl Into<reqwest::Body>),
        BodyKind::Bytes => quote!(reqwest::Body),
        BodyKind::Text if required => return quote!(body: impl Into<String>),
        BodyKind::Text => quote!(String),
    };
    if required {
        quote!(body: #ty)
    } else {
        quote!(body: Option<#ty>)
    }
}

fn body_step(kind: &BodyKind, media_type: &str, required: bool) -> TokenStream {
    let send = match kind {
        BodyKind::Json(_) => quote!(request.json(#media_type, body);),
        BodyKind::Form(_) => quote!(request.form(body);),
        BodyKind::Multipart(form) if form.fields.is_empty() => quote!(request.multipart(body);),
        BodyKind::Multipart(_) => quote!(request.multipart(body.into_form()?);),
        // Required bodies are `impl Into<..>`, optional ones already the target type.
        BodyKind::Bytes if required => quote!(request.bytes(#media_type, body.into());),
        BodyKind::Bytes => quote!(request.bytes(#media_type, body);),
        BodyKind::Text if required => quote!(request.text(#media_type, body.into());),
        BodyKind::Text => quote!(request.text(#media_type, body);),
    };
    if required {
        send
    } else {
        quote! {
            if let Some(body) = body {
                #send
            }
        }
    }
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
