//! Authentication from the document, when the configuration selects no auth template: the
//! schemes of `components/securitySchemes` (Swagger 2.0's `securityDefinitions` arrive here in
//! 3.0 shape, upgraded by `load`) and the `security` requirements, the document's as the default
//! and each operation's own.
//!
//! Schemes become [`Security`] (what the client honours, in document order) and an
//! `auth/document` extension whose builder methods are claimed like any template's; each
//! operation gets its requirement alternatives as scheme indices. What a client cannot honour
//! (mutual TLS, unknown types, unusable names, requirements naming undefined schemes) is a
//! warning located at the scheme or requirement, and the rest goes on.

use std::collections::HashMap;

use serde_json::{json, Value};

use super::Lowerer;
use crate::model::{Argument, ArgumentValue, Extension, MethodUse, NamedItem, ParamLocation, SchemeKind, Security, SecurityScheme};
use crate::naming::{self, Namespace};
use crate::pointer;

/// The template rendering document-derived auth, and its module.
pub(crate) const TEMPLATE: &str = "auth/document";
const MODULE: &str = "auth";
/// A requirement set is a `u64` bit set in the generated code.
const MAX_SCHEMES: usize = 64;
/// Items of the generated auth module a scheme's constant must not be named like.
const MODULE_ITEMS: &[&str] = &["SCHEMES", "TOKEN_SCHEME", "TOKEN_URL", "SCOPE", "RENEW_MARGIN", "TOKEN_TIMEOUT"];

/// What lowering keeps while it reads the operations.
#[derive(Debug, Default)]
pub(super) struct State {
    pub(super) security: Security,
    /// Every scheme the document defines, by name: its index when honoured.
    by_name: HashMap<String, Option<usize>>,
    /// The document-level requirement (the default of operations without their own).
    default: Option<Vec<Vec<usize>>>,
    /// Whether the document states any `security` requirement at all.
    stated: bool,
}

impl Lowerer<'_, '_> {
    /// Reads the schemes; `None` when the document defines none the client can honour.
    /// Claims the builder methods and registers API key parameters as set by the client.
    pub(super) fn read_security(&mut self) -> Option<(State, Extension)> {
        let at = "/components/securitySchemes";
        let schemes = match self.root.get("components").and_then(|c| c.get("securitySchemes")) {
            Some(Value::Object(schemes)) => schemes,
            Some(_) => {
                self.diags.warn(at, "`securitySchemes` must be an object; no authentication generated");
                return None;
            }
            None => return None,
        };
        let mut state = State { security: Security { module: MODULE.to_owned(), schemes: Vec::new() }, ..State::default() };
        let mut consts = Namespace::with_reserved(MODULE_ITEMS, "the auth module");
        let mut clients = 0;
        for (name, scheme) in schemes {
            let scheme_at = pointer::join(at, name);
            let honoured = match self.resolver.resolve(&scheme_at, scheme) {
                Ok((_, Value::Object(scheme))) => self.scheme_kind(&scheme_at, name, scheme, &mut clients),
                Ok(_) => {
                    self.diags.warn(&scheme_at, "a security scheme must be an object; not honoured");
                    None
                }
                Err(diagnostic) => {
                    self.diags.push(diagnostic.downgraded("the scheme is not honoured"));
                    None
                }
            };
            let honoured = honoured.filter(|_| {
                let room = state.security.schemes.len() < MAX_SCHEMES;
                if !room {
                    self.diags.warn(&scheme_at, format!("more than {MAX_SCHEMES} security schemes; `{name}` is not honoured"));
                }
                room
            });
            let Some((kind, description)) = honoured else {
                state.by_name.insert(name.clone(), None);
                continue;
            };
            if let SchemeKind::ApiKey { location, name } = &kind {
                // A parameter declared for the key as well is the client's to set.
                self.options.client_params.push((*location, name.clone()));
            }
            state.by_name.insert(name.clone(), Some(state.security.schemes.len()));
            let ident = consts.claim(&naming::shouty_ident(name));
            state.security.schemes.push(SecurityScheme { name: name.clone(), ident, pointer: scheme_at, description, kind });
        }
        if state.security.schemes.is_empty() {
            return None;
        }
        let ext = self.claim_security_methods(&state.security);
        let root_requirement = self.root.get("security").map(|value| self.requirements("/security", value, &mut state));
        if root_requirement.is_some() {
            state.stated = true;
        }
        state.default = root_requirement;
        Some((state, ext))
    }

    /// What a scheme object is, or `None` (with a warning) when the client cannot honour it.
    fn scheme_kind(
        &mut self,
        at: &str,
        name: &str,
        scheme: &serde_json::Map<String, Value>,
        clients: &mut usize,
    ) -> Option<(SchemeKind, Option<String>)> {
        let text = |key: &str| scheme.get(key).and_then(Value::as_str);
        let description = text("description").map(str::to_owned);
        let kind = match text("type") {
            Some("http") => match text("scheme").map(str::to_ascii_lowercase).as_deref() {
                Some("bearer") => SchemeKind::Bearer,
                Some("basic") => SchemeKind::Basic,
                Some(other) => {
                    let at = pointer::join(at, "scheme");
                    self.diags.warn(at, format!("HTTP authentication scheme `{other}` is not supported (only `bearer` and `basic`); security scheme `{name}` is not honoured"));
                    return None;
                }
                None => {
                    self.diags.warn(at, format!("an `http` security scheme needs a `scheme`; `{name}` is not honoured"));
                    return None;
                }
            },
            Some("apiKey") => {
                let location = match text("in") {
                    Some("header") => ParamLocation::Header,
                    Some("query") => ParamLocation::Query,
                    Some("cookie") => ParamLocation::Cookie,
                    other => {
                        let found = other.map_or_else(|| "none".to_owned(), |o| format!("`{o}`"));
                        self.diags.warn(pointer::join(at, "in"), format!("an API key goes `in` a header, query or cookie (found {found}); security scheme `{name}` is not honoured"));
                        return None;
                    }
                };
                let Some(key_name) = text("name") else {
                    self.diags.warn(at, format!("an `apiKey` security scheme needs a `name`; `{name}` is not honoured"));
                    return None;
                };
                if location != ParamLocation::Query && !super::operations::is_token(key_name) {
                    let why = super::operations::why_not_token(key_name);
                    let what = if location == ParamLocation::Cookie { "cookie" } else { "header" };
                    self.diags.warn(
                        pointer::join(at, "name"),
                        format!("API key {what} name {key_name:?} is not a valid {what} name ({why}); security scheme `{name}` is not honoured"),
                    );
                    return None;
                }
                if key_name.chars().any(char::is_control) {
                    self.diags.warn(pointer::join(at, "name"), format!("API key query parameter name has control characters; security scheme `{name}` is not honoured"));
                    return None;
                }
                SchemeKind::ApiKey { location, name: key_name.to_owned() }
            }
            Some("openIdConnect") => {
                self.diags.warn(at, format!("note: OpenID Connect is not run by the client; security scheme `{name}` sends a bearer token the user supplies (`Authorization: Bearer`)"));
                SchemeKind::Bearer
            }
            Some("oauth2") => self.oauth2_kind(at, name, scheme, clients),
            Some("mutualTLS") => {
                self.diags.warn(at, format!("mutual TLS cannot be set up from the document; security scheme `{name}` is not honoured (give the client a `reqwest::ClientBuilder` with its identity through `http_client_builder(..)`)"));
                return None;
            }
            Some(other) => {
                self.diags.warn(pointer::join(at, "type"), format!("unknown security scheme type `{other}`; `{name}` is not honoured"));
                return None;
            }
            None => {
                self.diags.warn(at, format!("security scheme `{name}` has no `type`; not honoured"));
                return None;
            }
        };
        Some((kind, description))
    }

    /// OAuth2: the client credentials flow is run by the client (one such scheme per API);
    /// other flows need a user, so the client sends the bearer token the user obtained.
    fn oauth2_kind(&mut self, at: &str, name: &str, scheme: &serde_json::Map<String, Value>, clients: &mut usize) -> SchemeKind {
        let flows = scheme.get("flows").and_then(Value::as_object);
        let credentials = flows.and_then(|flows| flows.get("clientCredentials"));
        let token_url = credentials.and_then(|flow| flow.get("tokenUrl")).and_then(Value::as_str);
        let flows_at = pointer::join(at, "flows");
        match (credentials, token_url) {
            (Some(_), Some(url)) if !usable_token_url(url) => {
                let at = pointer::join(&pointer::join(&flows_at, "clientCredentials"), "tokenUrl");
                self.diags.warn(at, format!("token URL {url:?} is not an http(s) URL or path; security scheme `{name}` sends a bearer token the user supplies"));
            }
            (Some(_), Some(url)) if *clients == 0 => {
                *clients += 1;
                return SchemeKind::ClientCredentials { token_url: url.to_owned(), scopes: Vec::new() };
            }
            (Some(_), Some(_)) => {
                self.diags.warn(&flows_at, format!("only one OAuth2 client credentials scheme per API is run by the client; `{name}` sends a bearer token the user supplies"));
            }
            (Some(_), None) => {
                let at = pointer::join(&flows_at, "clientCredentials");
                self.diags.warn(at, format!("the client credentials flow has no `tokenUrl`; security scheme `{name}` sends a bearer token the user supplies"));
            }
            (None, _) => {
                let mut names: Vec<&str> = flows.map(|f| f.keys().map(String::as_str).collect()).unwrap_or_default();
                names.sort_unstable();
                let which = if names.is_empty() { "no flow".to_owned() } else { format!("flows {}", names.join(", ")) };
                self.diags.warn(&flows_at, format!("OAuth2 {which}: only client credentials is run by the client; security scheme `{name}` sends a bearer token the user obtained (`Authorization: Bearer`)"));
            }
        }
        SchemeKind::Bearer
    }

    /// The builder methods of the schemes: a kind's plain name (`bearer_token`, `basic_auth`,
    /// `api_key`) when the API has one scheme of that kind, else the scheme's name; collisions
    /// are renamed, with a warning at the scheme.
    fn claim_security_methods(&mut self, security: &Security) -> Extension {
        let group = |kind: &SchemeKind| match kind {
            SchemeKind::Bearer => 0,
            SchemeKind::Basic => 1,
            SchemeKind::ApiKey { .. } => 2,
            SchemeKind::ClientCredentials { .. } => 3,
        };
        let mut counts = [0usize; 4];
        for scheme in &security.schemes {
            counts[group(&scheme.kind)] += 1;
        }
        let secret = |example: &str| Argument { example: example.to_owned(), value: ArgumentValue::Secret };
        let mut methods = Vec::new();
        for (i, scheme) in security.schemes.iter().enumerate() {
            let alone = counts[group(&scheme.kind)] == 1;
            let own = naming::snake_ident(&scheme.name);
            let (plain, args) = match &scheme.kind {
                SchemeKind::Bearer => ("bearer_token", vec![secret("\"<token>\"")]),
                SchemeKind::Basic => ("basic_auth", vec![secret("\"<user>\""), secret("\"<password>\"")]),
                SchemeKind::ApiKey { .. } => ("api_key", vec![secret("\"<api key>\"")]),
                SchemeKind::ClientCredentials { .. } => {
                    ("client_credentials", vec![secret("\"<client id>\""), secret("\"<client secret>\"")])
                }
            };
            let wanted = if alone { plain.to_owned() } else { own };
            methods.push((format!("scheme_{i}"), wanted, args, &scheme.pointer, true));
            if matches!(scheme.kind, SchemeKind::ClientCredentials { .. }) {
                let url = Argument { example: "\"https://auth.example.com/token\"".to_owned(), value: ArgumentValue::Secret };
                methods.push((format!("token_url_{i}"), "token_url".to_owned(), vec![url], &scheme.pointer, false));
            }
        }
        let mut ext = Extension {
            template: TEMPLATE.to_owned(),
            module: MODULE.to_owned(),
            params: json!({}),
            builder_methods: Vec::new(),
            client_methods: Vec::new(),
            root_types: Vec::new(),
            builder_setup: None,
            dependencies: Vec::new(),
        };
        for (key, wanted, args, at, in_example) in methods {
            let owner = "the document's security schemes";
            let holder = self.builder_names.owner(&wanted).map(str::to_owned);
            let name = self.builder_names.claim_for(&wanted, owner);
            if let Some(holder) = holder {
                let holder = if holder.is_empty() { "another method".to_owned() } else { holder };
                self.diags.warn(at, format!("the builder method `{wanted}` for this security scheme is taken ({holder}); using `{name}`"));
            }
            ext.builder_methods.push(MethodUse { item: NamedItem { key, name }, args, is_async: false, in_example });
        }
        ext
    }

    /// The alternatives of a `security` list at `at`, as scheme indices; alternatives that name
    /// an undefined or unhonoured scheme are left out (undefined ones with a warning).
    fn requirements(&mut self, at: &str, value: &Value, state: &mut State) -> Vec<Vec<usize>> {
        let Some(list) = value.as_array() else {
            self.diags.warn(at, "`security` must be a list of requirement objects; no credentials are sent");
            return Vec::new();
        };
        let mut alternatives = Vec::new();
        for (i, requirement) in list.iter().enumerate() {
            let requirement_at = pointer::join(at, &i.to_string());
            let Some(requirement) = requirement.as_object() else {
                self.diags.warn(requirement_at, "a security requirement must be an object; left out");
                continue;
            };
            let mut set: Vec<usize> = Vec::new();
            let mut usable = true;
            for (name, scopes) in requirement {
                match state.by_name.get(name) {
                    None => {
                        self.diags.warn(
                            pointer::join(&requirement_at, name),
                            format!("security requirement names `{name}`, which `components/securitySchemes` does not define; this alternative is left out"),
                        );
                        usable = false;
                    }
                    Some(None) => usable = false,
                    Some(Some(index)) => {
                        if !set.contains(index) {
                            set.push(*index);
                        }
                        if let SchemeKind::ClientCredentials { scopes: wanted, .. } = &mut state.security.schemes[*index].kind {
                            for scope in scopes.as_array().into_iter().flatten().filter_map(Value::as_str) {
                                if !wanted.iter().any(|s| s == scope) && !scope.is_empty() {
                                    wanted.push(scope.to_owned());
                                }
                            }
                        }
                    }
                }
            }
            if usable && !alternatives.contains(&set) {
                alternatives.push(set);
            }
        }
        if !list.is_empty() && alternatives.is_empty() {
            self.diags.warn(at, "no alternative of this security requirement can be honoured; no credentials are sent");
        }
        alternatives
    }

    /// An operation's requirement: its own `security`, else the document's.
    pub(super) fn operation_security(&mut self, at: &str, operation: &serde_json::Map<String, Value>) -> Option<Vec<Vec<usize>>> {
        let mut state = self.security.take()?;
        let alternatives = match operation.get("security") {
            Some(value) => {
                state.stated = true;
                self.requirements(&pointer::join(at, "security"), value, &mut state)
            }
            None => state.default.clone().unwrap_or_default(),
        };
        self.security = Some(state);
        Some(alternatives)
    }

    /// After the operations: a document that defines schemes but states no requirement anywhere
    /// accepts any one of them on every operation (with a warning); the builder methods of the
    /// first alternative go into the usage example; the template's parameters are written.
    pub(super) fn finish_security(&mut self, operations: &mut [crate::model::Operation], ext: &mut Extension) -> Option<Security> {
        let state = self.security.take()?;
        let security = state.security;
        if !state.stated {
            self.diags.warn(
                "/components/securitySchemes",
                "the document states no `security` requirement; every operation accepts any one of these schemes, sending the credentials given to the client",
            );
            let any: Vec<Vec<usize>> = (0..security.schemes.len()).map(|i| vec![i]).collect();
            for op in operations.iter_mut() {
                op.security = Some(any.clone());
            }
        }
        // The example shows the credentials of the first alternative that needs some.
        let first = state
            .default
            .iter()
            .chain(operations.iter().filter_map(|op| op.security.as_ref()))
            .flatten()
            .find(|set| !set.is_empty())
            .cloned()
            .unwrap_or_default();
        for method in &mut ext.builder_methods {
            let index = method.item.key.strip_prefix("scheme_").and_then(|i| i.parse::<usize>().ok());
            method.in_example = index.is_some_and(|i| first.contains(&i));
        }
        ext.params = crate::templates::document_auth_params(&security);
        if security.schemes.iter().any(|s| matches!(s.kind, SchemeKind::ClientCredentials { .. })) {
            // One token request at a time (`tokio::sync::Mutex`).
            ext.dependencies.push("tokio-sync".to_owned());
        }
        Some(security)
    }
}

/// Whether a token URL can be requested: absolute http(s), or a path (relative to the base URL).
fn usable_token_url(url: &str) -> bool {
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) || url.is_empty() {
        return false;
    }
    match url.split_once("://") {
        Some((scheme, _)) => scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https"),
        None => !url.contains(':') || url.starts_with('/'),
    }
}

#[cfg(test)]
mod tests {
    use crate::config::{Auth, Config};
    use crate::diagnostics::{Diagnostic, Diagnostics};
    use crate::model::{Api, ParamLocation, SchemeKind};

    fn lower_with(text: &str, config: &Config) -> (Api, Vec<Diagnostic>) {
        let document = crate::load::parse(text, std::path::Path::new("test.yaml")).expect("valid document");
        let mut diags = Diagnostics::default();
        let api = crate::lower::lower(&document.root, config, &mut diags);
        (api, diags.into_vec())
    }

    fn lower_yaml(text: &str) -> (Api, Vec<Diagnostic>) {
        lower_with(text, &Config::new("test"))
    }

    fn messages(diags: &[Diagnostic]) -> Vec<(String, String)> {
        diags.iter().map(|d| (d.pointer.clone(), d.message.clone())).collect()
    }

    fn op<'a>(api: &'a Api, name: &str) -> &'a crate::model::Operation {
        api.operations.iter().find(|op| op.name == name).unwrap_or_else(|| panic!("no operation {name}"))
    }

    fn builder_methods(api: &Api) -> Vec<(String, bool)> {
        let ext = api.extensions.iter().find(|e| e.template == super::TEMPLATE).expect("document auth");
        ext.builder_methods.iter().map(|m| (m.item.name.clone(), m.in_example)).collect()
    }

    const PATHS: &str = "paths:
  /a:
    get:
      operationId: a
      responses: {'204': {description: ok}}
  /open:
    get:
      operationId: open
      security: []
      responses: {'204': {description: ok}}
  /or:
    get:
      operationId: or
      security: [{key: []}, {token: []}]
      responses: {'204': {description: ok}}
  /and:
    get:
      operationId: and
      security: [{key: [], token: []}]
      responses: {'204': {description: ok}}
  /optional:
    get:
      operationId: optional
      security: [{}, {key: []}]
      responses: {'204': {description: ok}}
";

    #[test]
    fn requirements_become_alternatives_of_scheme_sets() {
        let doc = format!(
            "openapi: 3.0.3\ninfo: {{title: T, version: '1'}}\nsecurity: [{{token: []}}]\n{PATHS}components:
  securitySchemes:
    token: {{type: http, scheme: Bearer, description: The token.}}
    key: {{type: apiKey, in: header, name: X-Key}}
"
        );
        let (api, diags) = lower_yaml(&doc);
        assert!(diags.is_empty(), "{diags:?}");
        let security = api.security.as_ref().expect("security from the document");
        let kinds: Vec<&SchemeKind> = security.schemes.iter().map(|s| &s.kind).collect();
        assert_eq!(kinds, [&SchemeKind::Bearer, &SchemeKind::ApiKey { location: ParamLocation::Header, name: "X-Key".into() }]);
        assert_eq!(security.schemes[0].ident, "TOKEN");
        assert_eq!(security.schemes[0].description.as_deref(), Some("The token."));
        assert_eq!(op(&api, "a").security, Some(vec![vec![0]]), "the document's default");
        assert_eq!(op(&api, "open").security, Some(vec![]));
        assert_eq!(op(&api, "or").security, Some(vec![vec![1], vec![0]]));
        assert_eq!(op(&api, "and").security, Some(vec![vec![1, 0]]));
        assert_eq!(op(&api, "optional").security, Some(vec![vec![], vec![1]]));
        // One scheme of each kind: the kinds' plain names; the example shows the default's.
        assert_eq!(builder_methods(&api), [("bearer_token".to_owned(), true), ("api_key".to_owned(), false)]);
    }

    #[test]
    fn a_configured_template_takes_precedence() {
        let doc = format!(
            "openapi: 3.0.3\ninfo: {{title: T, version: '1'}}\nsecurity: [{{nowhere: []}}]\n{PATHS}components:
  securitySchemes:
    token: {{type: mutualTLS}}
"
        );
        let mut config = Config::new("t");
        config.auth = Auth::Bearer;
        let (api, diags) = lower_with(&doc, &config);
        assert!(api.security.is_none());
        assert!(api.operations.iter().all(|op| op.security.is_none()));
        assert!(diags.is_empty(), "the document's schemes are not read: {diags:?}");
        assert_eq!(api.extensions[0].template, "auth/bearer");
    }

    #[test]
    fn what_cannot_be_honoured_is_a_located_warning() {
        let doc = "openapi: 3.0.3
info: {title: T, version: '1'}
security: [{ghost: []}, {key: []}]
paths:
  /a:
    get:
      operationId: a
      security: [{tls: []}, {phantom: [], key: []}]
      responses: {'204': {description: ok}}
  /b:
    get:
      operationId: b
      responses: {'204': {description: ok}}
components:
  securitySchemes:
    key: {type: apiKey, in: query, name: api_key}
    tls: {type: mutualTLS}
    spaced: {type: apiKey, in: header, name: 'X Key'}
    crumb: {type: apiKey, in: cookie, name: 'a;b'}
    body: {type: apiKey, in: body, name: k}
    nameless: {type: apiKey, in: header}
    digest: {type: http, scheme: digest}
    magic: {type: magic}
    typeless: {description: what}
    oidc: {type: openIdConnect, openIdConnectUrl: 'https://x/.well-known/openid-configuration'}
    code: {type: oauth2, flows: {authorizationCode: {authorizationUrl: 'https://x/a', tokenUrl: 'https://x/t', scopes: {}}}}
    app: {type: oauth2, flows: {clientCredentials: {scopes: {}}}}
";
        let (api, diags) = lower_yaml(doc);
        let found = messages(&diags);
        let expect = |pointer: &str, words: &str| {
            assert!(
                found.iter().any(|(p, m)| p == pointer && m.contains(words)),
                "no warning at {pointer} saying {words:?}: {found:#?}"
            );
        };
        let at = |name: &str| format!("/components/securitySchemes/{name}");
        expect(&at("tls"), "mutual TLS");
        expect(&format!("{}/name", at("spaced")), "not a valid header name");
        expect(&format!("{}/name", at("crumb")), "not a valid cookie name");
        expect(&format!("{}/in", at("body")), "found `body`");
        expect(&at("nameless"), "needs a `name`");
        expect(&format!("{}/scheme", at("digest")), "`digest` is not supported");
        expect(&format!("{}/type", at("magic")), "unknown security scheme type `magic`");
        expect(&at("typeless"), "has no `type`");
        expect(&at("oidc"), "OpenID Connect is not run by the client");
        expect(&format!("{}/flows", at("code")), "flows authorizationCode");
        expect(&format!("{}/flows/clientCredentials", at("app")), "no `tokenUrl`");
        expect("/security/0/ghost", "does not define");
        expect("/paths/~1a/get/security/1/phantom", "does not define");
        expect("/paths/~1a/get/security", "no alternative of this security requirement can be honoured");
        assert!(diags.iter().all(|d| d.severity == crate::diagnostics::Severity::Warning));
        // Generation goes on with what can be honoured.
        let security = api.security.as_ref().expect("some schemes are honoured");
        let names: Vec<&str> = security.schemes.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["key", "oidc", "code", "app"]);
        assert_eq!(op(&api, "a").security, Some(vec![]));
        assert_eq!(op(&api, "b").security, Some(vec![vec![0]]), "the default's honoured alternative");
    }

    #[test]
    fn client_credentials_take_the_scopes_of_every_requirement() {
        let doc = "openapi: 3.0.3
info: {title: T, version: '1'}
security: [{cc: [read]}]
paths:
  /a:
    get:
      operationId: a
      security: [{cc: [write, read]}]
      responses: {'204': {description: ok}}
components:
  securitySchemes:
    cc: {type: oauth2, flows: {clientCredentials: {tokenUrl: /oauth/token, scopes: {read: r, write: w}}}}
    other: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://x/t', scopes: {}}}}
    bad: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'javascript:alert(1)', scopes: {}}}}
";
        let (api, diags) = lower_yaml(doc);
        let security = api.security.as_ref().expect("security");
        assert_eq!(
            security.schemes[0].kind,
            SchemeKind::ClientCredentials { token_url: "/oauth/token".into(), scopes: vec!["read".into(), "write".into()] }
        );
        // One client credentials scheme is run by the client; the others take a token.
        assert_eq!(security.schemes[1].kind, SchemeKind::Bearer);
        assert_eq!(security.schemes[2].kind, SchemeKind::Bearer);
        let found = messages(&diags);
        assert!(found.iter().any(|(p, m)| p == "/components/securitySchemes/other/flows" && m.contains("only one")), "{found:?}");
        assert!(found.iter().any(|(p, _)| p == "/components/securitySchemes/bad/flows/clientCredentials/tokenUrl"), "{found:?}");
        let ext = api.extensions.iter().find(|e| e.template == super::TEMPLATE).unwrap();
        assert_eq!(ext.dependencies, ["tokio-sync"]);
        assert_eq!(ext.params["oauth"]["scope"], "read write");
        let names: Vec<&str> = ext.builder_methods.iter().map(|m| m.item.name.as_str()).collect();
        assert_eq!(names, ["client_credentials", "token_url", "other", "bad"]);
    }

    #[test]
    fn schemes_of_one_kind_are_named_from_the_document_and_collisions_renamed() {
        let doc = "openapi: 3.0.3
info: {title: T, version: '1'}
paths:
  /a:
    get:
      operationId: a
      parameters:
        - {name: X-Timeout-Key, in: header, required: true, schema: {type: string}}
        - {name: other, in: query, schema: {type: string}}
      responses: {'204': {description: ok}}
components:
  securitySchemes:
    timeout: {type: apiKey, in: header, name: X-Timeout-Key}
    partnerKey: {type: apiKey, in: query, name: partner}
";
        let (api, diags) = lower_yaml(doc);
        let found = messages(&diags);
        assert!(
            found.iter().any(|(p, m)| p == "/components/securitySchemes/timeout" && m.contains("`timeout`") && m.contains("`timeout_2`")),
            "{found:?}"
        );
        // No requirement anywhere: any one scheme on every operation, with a warning.
        assert!(found.iter().any(|(p, m)| p == "/components/securitySchemes" && m.contains("no `security` requirement")), "{found:?}");
        let names: Vec<String> = builder_methods(&api).into_iter().map(|(name, _)| name).collect();
        assert_eq!(names, ["timeout_2", "partner_key"]);
        let a = op(&api, "a");
        assert_eq!(a.security, Some(vec![vec![0], vec![1]]));
        // The key's header, declared as a parameter too, is the client's to set.
        let params: Vec<&str> = a.params.iter().map(|p| p.wire.as_str()).collect();
        assert_eq!(params, ["other"]);
    }

    #[test]
    fn swagger2_security_definitions_are_located_in_the_original_document() {
        let doc = "swagger: '2.0'
info: {title: T, version: '1'}
securityDefinitions:
  basic: {type: basic}
  app: {type: oauth2, flow: application, tokenUrl: 'https://x/token', scopes: {r: read}}
  code: {type: oauth2, flow: accessCode, authorizationUrl: 'https://x/a', tokenUrl: 'https://x/t', scopes: {}}
security: [{basic: []}, {app: [r]}, {gone: []}]
paths:
  /a:
    get:
      operationId: a
      responses: {'204': {description: ok}}
";
        let generated =
            crate::generate_from_str(doc, std::path::Path::new("s.yaml"), &Config::new("t")).expect("generates");
        let found: Vec<String> = generated.diagnostics.iter().map(ToString::to_string).collect();
        assert!(found.iter().any(|d| d.contains("s.yaml#/security/2/gone")), "{found:?}");
        assert!(found.iter().any(|d| d.contains("s.yaml#/securityDefinitions/code") && d.contains("authorizationCode")), "{found:?}");
        let auth = generated.files.iter().find(|f| f.path.ends_with("auth.rs")).expect("auth module");
        assert!(auth.contents.contains("const SCOPE: &str = \"r\";"), "{}", auth.contents);
        assert!(auth.contents.contains("pub fn basic_auth(") && auth.contents.contains("pub fn client_credentials("));
        let operations = generated.files.iter().find(|f| f.path.ends_with("operations.rs")).unwrap();
        let compact: String = operations.contents.split_whitespace().collect();
        assert!(compact.contains("Some(&[crate::auth::BASIC,crate::auth::APP]"), "{}", operations.contents);
    }
}
