//! Paths to operations: method names, parameters, request bodies and responses.

use serde_json::{Map, Value};

use crate::naming::{self, Namespace};
use super::types::schema_doc;
use super::Lowerer;
use crate::load::refs::Resolver;
use crate::model::{
    BodyKind, ErrorShape, HttpMethod, MultipartField, MultipartFieldKind, MultipartForm, Operation, Paging,
    ParamLocation, ParamStyle, Parameter, PathTemplate, Presence, RequestBody, Response, ResponseBody, Responses,
    StatusMatch, SuccessShape, TypeRef,
};
use crate::pointer;
use crate::templates::{self, NextPage};

/// The operations of a path item, with their HTTP methods, in the item's key order.
fn item_operations(item: &Map<String, Value>) -> impl Iterator<Item = (&String, HttpMethod, &Value)> {
    // OpenAPI's method keys are lower case; other spellings are extensions or mistakes.
    item.iter()
        .filter(|(key, _)| key.bytes().all(|b| b.is_ascii_lowercase()))
        .filter_map(|(key, value)| Some((key, HttpMethod::from_key(key)?, value)))
}

/// A parameter as declared, before naming.
struct RawParam<'a> {
    at: String,
    wire: String,
    location: ParamLocation,
    required: bool,
    node: &'a Map<String, Value>,
}

impl<'a> Lowerer<'a, '_> {
    pub(super) fn lower_operations(&mut self) -> Vec<Operation> {
        let paths = match self.root.get("paths") {
            Some(Value::Object(paths)) => paths,
            Some(_) => {
                self.diags.warn("/paths", "`paths` must be an object; no operations generated");
                return Vec::new();
            }
            None => return Vec::new(),
        };
        let mut operations = Vec::new();
        for (path, item) in paths {
            let item_at = pointer::join("/paths", path);
            let item = match self.resolver.resolve(&item_at, item) {
                Ok((_, Value::Object(item))) => item,
                Ok(_) => {
                    self.diags.warn(item_at, "a path item must be an object; skipped");
                    continue;
                }
                Err(diagnostic) => {
                    self.diags.push(diagnostic.downgraded("path skipped"));
                    continue;
                }
            };
            let path = if path.starts_with('/') {
                path.clone()
            } else {
                self.diags.warn(&item_at, format!("path `{path}` does not start with `/`; using `/{path}`"));
                format!("/{path}")
            };
            let template = PathTemplate::parse(&path);
            let mut found = false;
            for (key, method, operation) in item_operations(item) {
                found = true;
                if self.options.skip_operations.iter().any(|(m, p)| *m == method && *p == path) {
                    continue;
                }
                let at = pointer::join(&item_at, key);
                let Some(operation) = operation.as_object() else {
                    self.diags.warn(at, "an operation must be an object; skipped");
                    continue;
                };
                let name = self.method_name(&at, method, &path, operation);
                operations.push(self.lower_operation(&at, method, &template, name, item, operation));
            }
            if !found {
                self.diags.warn(item_at, "path item without operations");
            }
        }
        operations
    }

    /// Webhooks (OpenAPI 3.1) are requests the API sends, not operations a client calls: only
    /// the types of their payloads are generated (`<Name>Payload`), for receivers to decode.
    pub(super) fn lower_webhooks(&mut self) {
        let Some(webhooks) = self.root.get("webhooks").and_then(Value::as_object) else { return };
        for (name, item) in webhooks {
            let item_at = pointer::join("/webhooks", name);
            let Ok((item_at, Value::Object(item))) = self.resolver.resolve(&item_at, item) else { continue };
            for (key, _, operation) in item_operations(item) {
                let Some(body) = operation.get("requestBody") else { continue };
                let body_at = pointer::join(&pointer::join(&item_at, key), "requestBody");
                let Ok((body_at, body)) = self.resolver.resolve(&body_at, body) else { continue };
                let Some(content) = body.get("content").and_then(Value::as_object) else { continue };
                for (media, entry) in content.iter().filter(|(media, _)| is_json(&essence(media))) {
                    let Some(schema) = entry.get("schema") else { continue };
                    let schema_at = pointer::join(&pointer::join(&pointer::join(&body_at, "content"), media), "schema");
                    let hint = format!("{}Payload", naming::pascal_ident(name));
                    let ty = self.schema_type(&schema_at, schema, &hint);
                    // A payload that is a bare reference names its type already; others get an alias.
                    if !matches!(ty, TypeRef::Named(_)) && !self.slots.contains_key(&schema_at) {
                        let slot = self.declare(&schema_at, &hint, false);
                        let def = crate::model::TypeDef {
                            name: slot.name.clone(),
                            doc: body.get("description").and_then(Value::as_str).map(str::to_owned),
                            pointer: schema_at.clone(),
                            kind: crate::model::TypeKind::Alias(ty),
                            group: None,
                            used_by: Vec::new(),
                        };
                        self.define(&slot, def);
                    }
                }
            }
        }
    }

    /// `snake_case(operationId)` when usable; otherwise a name from the summary or from method and
    /// path, with a warning. Always unique among the client's methods, which the runtime and the
    /// templates have claimed first.
    fn method_name(&mut self, at: &str, method: HttpMethod, path: &str, operation: &Map<String, Value>) -> String {
        let owner = format!("the method of `{method} {path}`");
        let id = operation.get("operationId").and_then(Value::as_str);
        let configured = id
            .and_then(|id| self.options.method_names.get(id))
            .or_else(|| self.options.method_names.get(&format!("{method} {path}")));
        if let Some(name) = configured {
            let name = naming::snake_ident(name);
            let claimed = self.method_names.claim_for(&name, &owner);
            if claimed != name {
                self.diags.warn(at, format!("configured method name `{name}` is already taken; using `{claimed}`"));
            }
            return claimed;
        }
        let derived = || {
            operation
                .get("summary")
                .and_then(Value::as_str)
                .and_then(naming::name_from_summary)
                .unwrap_or_else(|| naming::name_from_method_path(method.as_str(), path))
        };
        let candidate = match id {
            Some(id) if !naming::is_junk_operation_id(id) => naming::snake_ident(id),
            Some(id) => {
                let name = derived();
                self.diags.warn(
                    pointer::join(at, "operationId"),
                    format!("operationId `{id}` is not usable as a method name; using `{name}`"),
                );
                name
            }
            None => {
                let name = derived();
                self.diags.warn(at, format!("operation without operationId; using `{name}`"));
                name
            }
        };
        if let Some(holder) = self.method_names.owner(&candidate).map(str::to_owned) {
            let fallback = naming::name_from_method_path(method.as_str(), path);
            let name = self.method_names.claim_for(&fallback, &owner);
            let holder = if holder.is_empty() { "another method".to_owned() } else { holder };
            let at = if id.is_some() { pointer::join(at, "operationId") } else { at.to_owned() };
            self.diags.warn(at, format!("method name `{candidate}` is already taken ({holder}); using `{name}`"));
            return name;
        }
        self.method_names.claim_for(&candidate, &owner)
    }

    fn lower_operation(
        &mut self,
        at: &str,
        method: HttpMethod,
        path: &PathTemplate,
        name: String,
        item: &'a Map<String, Value>,
        operation: &'a Map<String, Value>,
    ) -> Operation {
        let type_prefix = naming::pascal_ident(&name);
        let raw_params = self.collect_params(at, path, item, operation);
        // Parameters are arguments of the method and fields and setters of its request builder:
        // one namespace, clear of the builder's own fields and methods.
        let mut param_names = Namespace::with_reserved(
            templates::REQUEST_BUILDER_MEMBERS.iter().chain(templates::TRAIT_METHODS),
            "a member every request builder has",
        );
        let mut params = Vec::with_capacity(raw_params.len());
        for raw in raw_params {
            params.push(self.lower_param(raw, &type_prefix, &mut param_names));
        }
        let builder = self.request_names.claim(&type_prefix);
        let body = match operation.get("requestBody") {
            Some(body) => self.lower_body(&pointer::join(at, "requestBody"), body, &type_prefix),
            None => None,
        };
        let responses = self.lower_responses(&pointer::join(at, "responses"), operation.get("responses"), &type_prefix);
        // A stream sends the request again for each page: its body must be one it can copy.
        let resendable = body.as_ref().is_none_or(|b| b.kind.is_resendable());
        let pagination = if resendable { self.paging(&params, &responses) } else { None };
        let text = |key: &str| operation.get(key).and_then(Value::as_str).map(str::to_owned);
        Operation {
            name,
            method,
            path: path.clone(),
            summary: text("summary"),
            description: text("description"),
            deprecated: operation.get("deprecated").and_then(Value::as_bool).unwrap_or(false),
            pointer: at.to_owned(),
            params,
            builder,
            body,
            responses,
            pagination,
            security: self.operation_security(at, operation),
            group: None,
        }
    }

    /// Whether an operation is a paged list in the API's pagination style, and how.
    fn paging(&self, params: &[Parameter], responses: &Responses) -> Option<Paging> {
        let rule = self.options.pagination.as_ref()?;
        let optional_query = |wire: &str| {
            params.iter().find(|p| !p.required && p.location == ParamLocation::Query && p.wire == wire)
        };
        if !rule.markers.iter().any(|marker| optional_query(marker).is_some()) {
            return None;
        }
        let page_field = match &rule.page_param {
            Some(page) => {
                let page = optional_query(page)?;
                let integer = matches!(page.ty, TypeRef::I64 | TypeRef::I32 | TypeRef::U32 | TypeRef::U64);
                // The stream sets page numbers and offsets as integers, cursors as text.
                let settable = integer || (rule.next == NextPage::Cursor && page.ty == TypeRef::String);
                if !settable {
                    return None;
                }
                Some(page.name.clone())
            }
            None => None,
        };
        let SuccessShape::Single(ResponseBody::Json { ty, .. }) = &responses.success_shape else {
            return None;
        };
        let (items_field, items_optional, item) = match ty {
            TypeRef::Vec(item) if rule.whole_body && rule.items_field.is_none() => (None, false, item),
            TypeRef::Named(name) => {
                let fields = self.struct_fields(name)?;
                let items = fields.iter().find(|f| match &rule.items_field {
                    Some(wire) => f.wire == *wire,
                    None => matches!(f.ty, TypeRef::Vec(_)) && !["meta", "links"].contains(&f.wire.as_str()),
                })?;
                let TypeRef::Vec(item) = &items.ty else { return None };
                let optional = items.presence != Presence::Required && items.presence != Presence::Defaulted;
                (Some(items.name.clone()), optional, item)
            }
            _ => return None,
        };
        Some(Paging {
            page_field,
            next: rule.next,
            size_field: optional_query(&rule.size_param).map(|p| p.name.clone()),
            items_field,
            items_optional,
            item: (**item).clone(),
        })
    }

    /// The fields of a named struct, looking through aliases.
    fn struct_fields(&self, name: &str) -> Option<&[crate::model::Field]> {
        let mut name = name.to_owned();
        for _ in 0..8 {
            let def = self.defs.iter().flatten().find(|d| d.name == name)?;
            match &def.kind {
                crate::model::TypeKind::Struct(s) => return Some(&s.fields),
                crate::model::TypeKind::Alias(TypeRef::Named(target)) => name = target.clone(),
                _ => return None,
            }
        }
        None
    }

    /// Path-level and operation-level parameters (the latter win), checked against the path
    /// template.
    fn collect_params(
        &mut self,
        at: &str,
        path: &PathTemplate,
        item: &'a Map<String, Value>,
        operation: &'a Map<String, Value>,
    ) -> Vec<RawParam<'a>> {
        let item_at = at.rsplit_once('/').map_or("", |(base, _)| base).to_owned();
        let mut params: Vec<RawParam<'a>> = Vec::new();
        for (list, base) in [(item.get("parameters"), item_at.as_str()), (operation.get("parameters"), at)] {
            let Some(list) = list.and_then(Value::as_array) else { continue };
            let base = pointer::join(base, "parameters");
            for (i, node) in list.iter().enumerate() {
                let param_at = pointer::join(&base, &i.to_string());
                if let Some(raw) = self.raw_param(param_at, node) {
                    match params.iter_mut().find(|p| p.wire == raw.wire && p.location == raw.location) {
                        Some(existing) if existing.at.starts_with(at) => {
                            self.diags.warn(&raw.at, format!("duplicate parameter `{}`; the first is kept", raw.wire));
                        }
                        Some(existing) => *existing = raw,
                        None => params.push(raw),
                    }
                }
            }
        }
        // Parameters the client sets itself (credentials, settings) are not arguments.
        params.retain(|p| {
            !self.options.client_params.iter().any(|(location, name)| {
                *location == p.location
                    && (name == &p.wire || (p.location == ParamLocation::Header && name.eq_ignore_ascii_case(&p.wire)))
            })
        });
        // Path template variables and declared path parameters must match.
        let variables = path.variables();
        params.retain(|p| {
            if p.location == ParamLocation::Path && !variables.contains(&p.wire.as_str()) {
                self.diags.warn(&p.at, format!("path parameter `{}` does not appear in the path; ignored", p.wire));
                return false;
            }
            true
        });
        for variable in variables {
            if !params.iter().any(|p| p.location == ParamLocation::Path && p.wire == variable) {
                self.diags.warn(at, format!("path variable `{{{variable}}}` has no declared parameter; typed as a string"));
                params.push(RawParam {
                    at: at.to_owned(),
                    wire: variable.to_owned(),
                    location: ParamLocation::Path,
                    required: true,
                    node: empty_object(),
                });
            }
        }
        params
    }

    fn raw_param(&mut self, at: String, node: &'a Value) -> Option<RawParam<'a>> {
        let is_reference = Resolver::ref_of(node).is_some();
        let (at, node) = match self.resolver.resolve(&at, node) {
            // A shared parameter is typed once, at the place it is defined.
            Ok((resolved_at, Value::Object(node))) => (if is_reference { resolved_at } else { at }, node),
            Ok(_) => {
                self.diags.warn(at, "a parameter must be an object; ignored");
                return None;
            }
            Err(diagnostic) => {
                self.diags.push(diagnostic.downgraded("parameter ignored"));
                return None;
            }
        };
        let Some(wire) = node.get("name").and_then(Value::as_str) else {
            self.diags.warn(at, "parameter without a `name`; ignored");
            return None;
        };
        let location = match node.get("in").and_then(Value::as_str) {
            Some("path") => ParamLocation::Path,
            Some("query") => ParamLocation::Query,
            Some("header") => ParamLocation::Header,
            Some("cookie") => ParamLocation::Cookie,
            other => {
                self.diags.warn(
                    pointer::join(&at, "in"),
                    format!("parameter `{wire}` has unsupported location {other:?}; ignored"),
                );
                return None;
            }
        };
        if matches!(location, ParamLocation::Header | ParamLocation::Cookie) && !is_token(wire) {
            // The client could never send it: every call setting it would fail.
            self.diags.warn(
                pointer::join(&at, "name"),
                format!("{} name {wire:?} is not a valid HTTP token ({}); parameter ignored", location_word(location), why_not_token(wire)),
            );
            return None;
        }
        if location == ParamLocation::Header
            && ["accept", "content-type", "authorization"].contains(&wire.to_ascii_lowercase().as_str())
        {
            self.diags.warn(
                at,
                format!("header parameter `{wire}` is ignored (set by the client from the media types and auth)"),
            );
            return None;
        }
        let required = node.get("required").and_then(Value::as_bool).unwrap_or(false);
        if location == ParamLocation::Path && !required {
            self.diags.warn(pointer::join(&at, "required"), format!("path parameter `{wire}` must be required; treated as required"));
        }
        Some(RawParam { at, wire: wire.to_owned(), location, required: required || location == ParamLocation::Path, node })
    }

    fn lower_param(
        &mut self,
        raw: RawParam<'a>,
        type_prefix: &str,
        names: &mut Namespace,
    ) -> Parameter {
        // A shared parameter's types are named after the parameter, not after its first user.
        let hint = match pointer::tokens(&raw.at).as_slice() {
            [components, parameters, name, ..] if components == "components" && parameters == "parameters" => {
                naming::pascal_ident(name)
            }
            _ => format!("{type_prefix}{}", naming::pascal_ident(&raw.wire)),
        };
        let schema = raw.node.get("schema").map(|s| (pointer::join(&raw.at, "schema"), s)).or_else(|| {
            // `content` parameters: the schema of their one media type.
            let content = raw.node.get("content")?.as_object()?;
            let (media, entry) = content.iter().next()?;
            let at = pointer::join(&pointer::join(&raw.at, "content"), media);
            entry.get("schema").map(|s| (pointer::join(&at, "schema"), s))
        });
        let ty = match schema {
            Some((schema_at, schema)) => self.schema_type(&schema_at, schema, &hint),
            None => TypeRef::String,
        };
        // A nullable parameter is just an absent one.
        let ty = match ty {
            TypeRef::Option(inner) => *inner,
            other => other,
        };
        let default_style = match raw.location {
            ParamLocation::Query | ParamLocation::Cookie => ParamStyle::Form,
            ParamLocation::Path | ParamLocation::Header => ParamStyle::Simple,
        };
        let style = match raw.node.get("style").and_then(Value::as_str) {
            None => default_style,
            Some("form") => ParamStyle::Form,
            Some("simple") => ParamStyle::Simple,
            Some("spaceDelimited") => ParamStyle::SpaceDelimited,
            Some("pipeDelimited") => ParamStyle::PipeDelimited,
            Some("deepObject") => ParamStyle::DeepObject,
            Some("label") => ParamStyle::Label,
            Some("matrix") => ParamStyle::Matrix,
            Some(other) => {
                self.diags.warn(pointer::join(&raw.at, "style"), format!("unknown style `{other}`; using the default"));
                default_style
            }
        };
        let allowed: &[ParamStyle] = match raw.location {
            ParamLocation::Path => &[ParamStyle::Simple, ParamStyle::Label, ParamStyle::Matrix],
            ParamLocation::Query => {
                &[ParamStyle::Form, ParamStyle::SpaceDelimited, ParamStyle::PipeDelimited, ParamStyle::DeepObject]
            }
            ParamLocation::Header => &[ParamStyle::Simple],
            ParamLocation::Cookie => &[ParamStyle::Form],
        };
        let style = if allowed.contains(&style) {
            style
        } else {
            self.diags.warn(
                pointer::join(&raw.at, "style"),
                format!("style `{style:?}` does not apply to this location; using the default"),
            );
            default_style
        };
        let explode = raw.node.get("explode").and_then(Value::as_bool).unwrap_or(style == ParamStyle::Form);
        let snake = naming::snake_ident(&raw.wire);
        let name = names.claim(&snake);
        let doc = raw.node.get("description").and_then(Value::as_str).map(str::to_owned);
        let deprecated = raw.node.get("deprecated").and_then(Value::as_bool).unwrap_or(false);
        let example = raw
            .node
            .get("example")
            .or_else(|| raw.node.get("schema")?.get("example"))
            .or_else(|| raw.node.get("examples")?.as_object()?.values().next()?.get("value"))
            .map(Value::to_string)
            .filter(|text| text.len() <= 200);
        Parameter {
            name,
            wire: raw.wire,
            location: raw.location,
            ty,
            required: raw.required,
            style,
            explode,
            doc,
            example,
            deprecated,
        }
    }

    fn lower_body(&mut self, at: &str, node: &'a Value, type_prefix: &str) -> Option<RequestBody> {
        let (body_at, body) = match self.resolver.resolve(at, node) {
            Ok((resolved_at, Value::Object(body))) => (resolved_at, body),
            Ok(_) => {
                self.diags.warn(at, "a request body must be an object; ignored");
                return None;
            }
            Err(diagnostic) => {
                self.diags.push(diagnostic.downgraded("request body ignored"));
                return None;
            }
        };
        let Some(content) = body.get("content").and_then(Value::as_object).filter(|c| !c.is_empty()) else {
            self.diags.warn(body_at, "request body without `content`; ignored");
            return None;
        };
        let content = self.sendable_content(&pointer::join(&body_at, "content"), content);
        let Some((media_type, entry)) = pick_request_media_type(&content) else {
            self.diags.warn(body_at, "request body without a media type that can be sent; ignored");
            return None;
        };
        let entry_at = pointer::join(&pointer::join(&body_at, "content"), media_type);
        let schema = entry.get("schema").map(|s| (pointer::join(&entry_at, "schema"), s));
        let hint = format!("{type_prefix}Body");
        let essence = essence(media_type);
        let kind = if is_json(&essence) {
            BodyKind::Json(match schema {
                Some((schema_at, schema)) => self.schema_type(&schema_at, schema, &hint),
                None => TypeRef::Json,
            })
        } else if essence == "application/x-www-form-urlencoded" {
            BodyKind::Form(match schema {
                Some((schema_at, schema)) => self.schema_type(&schema_at, schema, &hint),
                None => TypeRef::Map(Box::new(TypeRef::String)),
            })
        } else if essence.starts_with("multipart/") {
            BodyKind::Multipart(self.multipart_form(schema, type_prefix))
        } else if essence.starts_with("text/") {
            BodyKind::Text
        } else {
            BodyKind::Bytes
        };
        let media_type = if media_type.contains('*') { "application/octet-stream" } else { media_type };
        if content.len() > 1 {
            self.diags.warn(
                pointer::join(&body_at, "content"),
                format!("several request media types; the client sends `{media_type}`"),
            );
        }
        Some(RequestBody {
            media_type: media_type.to_owned(),
            kind,
            required: body.get("required").and_then(Value::as_bool).unwrap_or(false),
            doc: body.get("description").and_then(Value::as_str).map(str::to_owned),
        })
    }

    fn multipart_form(&mut self, schema: Option<(String, &'a Value)>, type_prefix: &str) -> MultipartForm {
        let name = self.type_names.claim(&format!("{type_prefix}Form"));
        let Some((schema_at, schema)) = schema else { return MultipartForm { name, doc: None, fields: Vec::new() } };
        let (schema_at, schema) = self.resolver.resolve(&schema_at, schema).unwrap_or((schema_at, schema));
        let doc = schema_doc(schema);
        let required: Vec<&str> =
            schema.get("required").and_then(Value::as_array).map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
        let mut field_names = Namespace::new();
        let mut fields = Vec::new();
        let properties = schema.get("properties").and_then(Value::as_object);
        for (wire, property) in properties.into_iter().flatten() {
            let property_at = pointer::join(&pointer::join(&schema_at, "properties"), wire);
            let resolved = self.resolver.resolve(&property_at, property).map(|(_, p)| p).unwrap_or(property);
            let kind = if is_binary(resolved) {
                MultipartFieldKind::File
            } else if resolved.get("type").and_then(Value::as_str) == Some("array")
                && resolved.get("items").is_some_and(|items| {
                    is_binary(self.resolver.resolve(&property_at, items).map(|(_, i)| i).unwrap_or(items))
                })
            {
                MultipartFieldKind::Files
            } else {
                let hint = format!("{name}{}", naming::pascal_ident(wire));
                let ty = self.schema_type(&property_at, property, &hint);
                MultipartFieldKind::Value(match ty {
                    TypeRef::Option(inner) => *inner,
                    other => other,
                })
            };
            fields.push(MultipartField {
                name: field_names.claim(&naming::snake_ident(wire)),
                wire: wire.clone(),
                doc: schema_doc(property),
                required: required.contains(&wire.as_str()),
                kind,
            });
        }
        MultipartForm { name, doc, fields }
    }

    fn lower_responses(&mut self, at: &str, node: Option<&'a Value>, type_prefix: &str) -> Responses {
        let mut documented: Vec<(StatusMatch, String, &'a Value)> = Vec::new();
        if let Some(map) = node.and_then(Value::as_object) {
            for (status, response) in map {
                let response_at = pointer::join(at, status);
                if status.starts_with("x-") {
                    continue;
                }
                match parse_status(status) {
                    Some(parsed) if documented.iter().any(|(s, _, _)| *s == parsed) => {
                        self.diags.warn(response_at, format!("duplicate response status `{status}`; ignored"));
                    }
                    Some(parsed) => documented.push((parsed, response_at, response)),
                    None => self.diags.warn(response_at, format!("`{status}` is not a response status; ignored")),
                }
            }
        } else {
            self.diags.warn(at, "operation without responses");
        }
        let has_success = documented.iter().any(|(s, _, _)| is_success(*s));
        let successes = documented.iter().filter(|(s, _, _)| is_success(*s) || (!has_success && *s == StatusMatch::Default)).count();
        let mut success = Vec::new();
        let mut errors = Vec::new();
        let mut untyped_errors = Vec::new();
        let mut media_types: Vec<String> = Vec::new();
        for (status, response_at, response) in documented {
            let is_ok = is_success(status) || (!has_success && status == StatusMatch::Default);
            let hint = match (is_ok, successes) {
                (true, 1) => format!("{type_prefix}Response"),
                (true, _) => format!("{type_prefix}Response{}", status_suffix(status)),
                (false, _) => format!("{type_prefix}Error{}", status_suffix(status)),
            };
            // A documented 3xx is what the operation gives (a redirect endpoint, a download link):
            // returned with its `Location`, whatever body it describes.
            let (body, doc) = if is_redirect(status) {
                let doc = response.get("description").and_then(Value::as_str).map(str::to_owned);
                (ResponseBody::Redirect, doc)
            } else {
                self.response_body(&response_at, response, &hint, &mut media_types)
            };
            let status = if is_ok && status == StatusMatch::Default { StatusMatch::Range(2) } else { status };
            let entry = Response { status, body, doc };
            if is_ok {
                success.push(entry);
            } else if matches!(entry.body, ResponseBody::Json { .. }) {
                errors.push(entry);
            } else {
                untyped_errors.push(entry.status);
            }
        }
        sort_by_specificity(&mut success);
        sort_by_specificity(&mut errors);
        // JSON first: servers such as Laravel pick the error format from the first type listed,
        // and a binary endpoint answers its own type whatever the order.
        media_types.sort_by_key(|media| !is_json(&essence(media)));
        let success_shape = self.success_shape(&success, type_prefix);
        let error_shape = self.error_shape(&errors, type_prefix);
        Responses {
            success,
            success_shape,
            errors,
            error_shape,
            untyped_errors,
            accept: (!media_types.is_empty()).then(|| media_types.join(", ")),
        }
    }

    fn response_body(
        &mut self,
        at: &str,
        node: &'a Value,
        hint: &str,
        media_types: &mut Vec<String>,
    ) -> (ResponseBody, Option<String>) {
        let (response_at, response) = match self.resolver.resolve(at, node) {
            Ok(found) => found,
            Err(diagnostic) => {
                self.diags.push(diagnostic.downgraded("response body untyped"));
                return (ResponseBody::Bytes, None);
            }
        };
        let doc = response.get("description").and_then(Value::as_str).map(str::to_owned);
        let Some(content) = response.get("content").and_then(Value::as_object).filter(|c| !c.is_empty()) else {
            return (ResponseBody::Empty, doc);
        };
        let content = self.sendable_content(&pointer::join(&response_at, "content"), content);
        if content.is_empty() {
            return (ResponseBody::Bytes, doc);
        }
        for (media, _) in &content {
            if !media_types.contains(media) {
                media_types.push((*media).clone());
            }
        }
        let json = content.iter().copied().find(|(media, _)| is_json(&essence(media)) || media.as_str() == "*/*");
        let body = match json {
            Some((media, entry)) => {
                let entry_at = pointer::join(&pointer::join(&response_at, "content"), media);
                let ty = match entry.get("schema") {
                    Some(schema) => self.schema_type(&pointer::join(&entry_at, "schema"), schema, hint),
                    None => TypeRef::Json,
                };
                if media == "*/*" && matches!(ty, TypeRef::String) {
                    ResponseBody::Bytes
                } else {
                    ResponseBody::Json { ty, media_type: media.clone() }
                }
            }
            None if content.iter().all(|(m, _)| essence(m).starts_with("text/")) => ResponseBody::Text,
            None => ResponseBody::Bytes,
        };
        (body, doc)
    }

    /// The entries of a `content` map whose media type can go in a `Content-Type` or `Accept`
    /// header; each other one is reported and left out (a line break in one would make every
    /// request fail).
    fn sendable_content(&mut self, at: &str, content: &'a Map<String, Value>) -> Vec<(&'a String, &'a Value)> {
        let mut sendable = Vec::with_capacity(content.len());
        for (media, entry) in content {
            if media.bytes().all(|b| b == b'\t' || (b' '..=b'~').contains(&b)) {
                sendable.push((media, entry));
                continue;
            }
            let what = if media.chars().any(char::is_control) { "control characters" } else { "characters other than visible ASCII" };
            self.diags.warn(
                pointer::join(at, media),
                format!("media type {media:?} has {what}, so it cannot be sent in a header; ignored"),
            );
        }
        sendable
    }

    fn success_shape(&mut self, success: &[Response], type_prefix: &str) -> SuccessShape {
        let first = success.first().map_or(ResponseBody::Empty, |r| r.body.clone());
        if success.iter().all(|r| same_body(&r.body, &first)) {
            return SuccessShape::Single(first);
        }
        let name = self.type_names.claim(&format!("{type_prefix}Response"));
        let mut variant_names = Namespace::new();
        let variants = success.iter().map(|r| variant_names.claim(&status_name(r.status))).collect();
        SuccessShape::Enum { name, variants }
    }

    fn error_shape(&mut self, errors: &[Response], type_prefix: &str) -> ErrorShape {
        let types: Vec<&TypeRef> = errors
            .iter()
            .filter_map(|r| match &r.body {
                ResponseBody::Json { ty, .. } => Some(ty),
                _ => None,
            })
            .collect();
        match types.first() {
            None => ErrorShape::None,
            Some(first) if types.iter().all(|t| t == first) => ErrorShape::Single((*first).clone()),
            Some(_) => {
                let name = self.type_names.claim(&format!("{type_prefix}Error"));
                let mut variant_names = Namespace::new();
                let variants = errors.iter().map(|r| variant_names.claim(&status_name(r.status))).collect();
                ErrorShape::Enum { name, variants }
            }
        }
    }
}

fn empty_object() -> &'static Map<String, Value> {
    static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
    EMPTY.get_or_init(Map::new)
}

/// The media type without parameters, lower case (`application/json; charset=utf-8` ->
/// `application/json`).
fn essence(media_type: &str) -> String {
    media_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase()
}

fn is_json(essence: &str) -> bool {
    essence == "application/json" || essence.ends_with("+json") || essence.ends_with("/json")
}

fn is_binary(schema: &Value) -> bool {
    let format = schema.get("format").and_then(Value::as_str);
    schema.get("type").and_then(Value::as_str) == Some("file")
        || matches!(format, Some("binary"))
        || schema.get("contentMediaType").is_some() && schema.get("type").and_then(Value::as_str) == Some("string")
}

/// The media type the client sends: JSON first, then forms, then raw bytes or text.
fn pick_request_media_type<'v>(content: &[(&'v String, &'v Value)]) -> Option<(&'v str, &'v Value)> {
    let rank = |media: &str| {
        let e = essence(media);
        if is_json(&e) {
            0
        } else if e == "application/x-www-form-urlencoded" {
            1
        } else if e.starts_with("multipart/") {
            2
        } else if e == "application/octet-stream" {
            3
        } else if e.starts_with("text/") {
            4
        } else {
            5
        }
    };
    content.iter().min_by_key(|(media, _)| rank(media)).map(|(m, v)| (m.as_str(), *v))
}

/// An RFC 9110 token: what a header or cookie name must be.
pub(super) fn is_token(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

pub(super) fn why_not_token(name: &str) -> &'static str {
    if name.is_empty() {
        "it is empty"
    } else if name.chars().any(char::is_control) {
        "it has control characters"
    } else {
        "it has spaces, separators or non-ASCII characters"
    }
}

fn location_word(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Cookie => "cookie",
        _ => "header",
    }
}

fn parse_status(status: &str) -> Option<StatusMatch> {
    if status.eq_ignore_ascii_case("default") {
        return Some(StatusMatch::Default);
    }
    let bytes = status.as_bytes();
    if bytes.len() == 3 && (b'1'..=b'5').contains(&bytes[0]) {
        if bytes[1..].eq_ignore_ascii_case(b"xx") {
            return Some(StatusMatch::Range(bytes[0] - b'0'));
        }
        if let Ok(code) = status.parse::<u16>() {
            return Some(StatusMatch::Code(code));
        }
    }
    None
}

fn is_success(status: StatusMatch) -> bool {
    matches!(status, StatusMatch::Code(200..=299) | StatusMatch::Range(2)) || is_redirect(status)
}

fn is_redirect(status: StatusMatch) -> bool {
    matches!(status, StatusMatch::Code(300..=399) | StatusMatch::Range(3))
}

fn sort_by_specificity(responses: &mut [Response]) {
    responses.sort_by_key(|r| r.status);
}

fn same_body(a: &ResponseBody, b: &ResponseBody) -> bool {
    match (a, b) {
        (ResponseBody::Json { ty: x, .. }, ResponseBody::Json { ty: y, .. }) => x == y,
        _ => a == b,
    }
}

fn status_suffix(status: StatusMatch) -> String {
    match status {
        StatusMatch::Code(code) => code.to_string(),
        StatusMatch::Range(digit) => format!("{digit}xx"),
        StatusMatch::Default => "Default".to_owned(),
    }
}

/// A readable enum variant name for a status.
fn status_name(status: StatusMatch) -> String {
    let code = match status {
        StatusMatch::Default => return "Default".to_owned(),
        StatusMatch::Range(2) => return "Success".to_owned(),
        StatusMatch::Range(3) => return "Redirection".to_owned(),
        StatusMatch::Range(4) => return "ClientError".to_owned(),
        StatusMatch::Range(5) => return "ServerError".to_owned(),
        StatusMatch::Range(digit) => return format!("Status{digit}xx"),
        StatusMatch::Code(code) => code,
    };
    let name = match code {
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "NonAuthoritativeInformation",
        204 => "NoContent",
        205 => "ResetContent",
        206 => "PartialContent",
        207 => "MultiStatus",
        300 => "MultipleChoices",
        301 => "MovedPermanently",
        302 => "Found",
        303 => "SeeOther",
        304 => "NotModified",
        307 => "TemporaryRedirect",
        308 => "PermanentRedirect",
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        408 => "RequestTimeout",
        409 => "Conflict",
        410 => "Gone",
        412 => "PreconditionFailed",
        413 => "PayloadTooLarge",
        415 => "UnsupportedMediaType",
        422 => "UnprocessableEntity",
        423 => "Locked",
        424 => "FailedDependency",
        428 => "PreconditionRequired",
        429 => "TooManyRequests",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        _ => return format!("Status{code}"),
    };
    name.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_parse() {
        assert_eq!(parse_status("200"), Some(StatusMatch::Code(200)));
        assert_eq!(parse_status("4XX"), Some(StatusMatch::Range(4)));
        assert_eq!(parse_status("5xx"), Some(StatusMatch::Range(5)));
        assert_eq!(parse_status("default"), Some(StatusMatch::Default));
        assert_eq!(parse_status("20"), None);
        assert_eq!(parse_status("ok"), None);
        assert_eq!(parse_status("999"), None);
    }

    #[test]
    fn media_types() {
        assert!(is_json(&essence("application/vnd.api+json")));
        assert!(is_json(&essence("application/json; charset=utf-8")));
        assert!(!is_json(&essence("text/plain")));
    }
}
