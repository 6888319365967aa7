//! Lowering on small documents: what each schema and operation shape becomes.

use super::*;
use crate::diagnostics::Diagnostic;
use crate::model::*;

fn lower_yaml(text: &str) -> (Api, Vec<Diagnostic>) {
    let document = crate::load::parse(text, std::path::Path::new("test.yaml")).expect("valid document");
    let mut diags = Diagnostics::default();
    let api = lower(&document.root, &crate::Config::new("test"), &mut diags);
    (api, diags.into_vec())
}

fn doc_with(schemas: &str, paths: &str) -> String {
    let indent = |text: &str, n: usize| {
        text.lines().map(|l| format!("{}{l}\n", " ".repeat(n))).collect::<String>()
    };
    format!(
        "openapi: 3.0.3\ninfo: {{title: T, version: '1'}}\npaths:\n{}components:\n  schemas:\n{}",
        indent(paths, 2),
        indent(schemas, 4)
    )
}

fn type_named<'a>(api: &'a Api, name: &str) -> &'a TypeDef {
    api.types.iter().find(|t| t.name == name).unwrap_or_else(|| {
        panic!("no type {name}; have {:?}", api.types.iter().map(|t| &t.name).collect::<Vec<_>>())
    })
}

fn fields(def: &TypeDef) -> &[Field] {
    match &def.kind {
        TypeKind::Struct(s) => &s.fields,
        other => panic!("{} is not a struct: {other:?}", def.name),
    }
}

#[test]
fn server_variables_take_their_defaults() {
    let vars = serde_json::json!({"region": {"default": "eu"}});
    assert_eq!(substitute_server_variables("https://{region}.x.io/{v}", Some(&vars)), "https://eu.x.io/{v}");
    assert_eq!(substitute_server_variables("https://x.io/{", None), "https://x.io/{");
}

#[test]
fn hints_come_from_the_pointer() {
    assert_eq!(hint_from_pointer("/components/schemas/Contact/properties/address"), "ContactAddress");
    assert_eq!(hint_from_pointer("/components/schemas/List/items"), "ListItem");
    assert_eq!(hint_from_pointer(""), "Schema");
}

#[test]
fn field_presence_follows_required_nullable_and_defaults() {
    let (api, _) = lower_yaml(&doc_with(
        "Thing:
  type: object
  required: [a, b, ro]
  properties:
    a: {type: string}
    b: {type: string, nullable: true}
    c: {type: integer, default: 5}
    d: {type: boolean}
    ro: {type: string, readOnly: true}",
        "{}",
    ));
    let f = fields(type_named(&api, "Thing"));
    let presence: Vec<(&str, Presence)> = f.iter().map(|f| (f.name.as_str(), f.presence)).collect();
    assert_eq!(
        presence,
        vec![
            ("a", Presence::Required),
            ("b", Presence::RequiredNullable),
            ("c", Presence::Defaulted),
            ("d", Presence::Optional),
            ("ro", Presence::Optional),
        ]
    );
    assert_eq!(f[2].default, Some(DefaultValue::Int(5)));
    assert!(f[4].read_only);
}

#[test]
fn all_of_merges_properties_and_required() {
    let (api, _) = lower_yaml(&doc_with(
        "Base:
  type: object
  required: [id]
  properties:
    id: {type: string}
Derived:
  allOf:
    - $ref: '#/components/schemas/Base'
    - type: object
      required: [extra]
      properties:
        extra: {type: integer, format: int32}",
        "{}",
    ));
    let f = fields(type_named(&api, "Derived"));
    assert_eq!(f.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(), ["id", "extra"]);
    assert!(f.iter().all(|f| f.presence == Presence::Required));
    assert_eq!(f[1].ty, TypeRef::I32);
}

#[test]
fn discriminated_one_of_takes_tags_from_mapping_or_schema_name() {
    let (api, _) = lower_yaml(&doc_with(
        "Pet:
  oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
  discriminator:
    propertyName: kind
    mapping: {kitty: '#/components/schemas/Cat'}
Cat: {type: object, properties: {kind: {type: string}}}
Dog: {type: object, properties: {kind: {type: string}}}",
        "{}",
    ));
    let TypeKind::OneOf(one_of) = &type_named(&api, "Pet").kind else { panic!("not a oneOf") };
    assert_eq!(one_of.discriminator.as_deref(), Some("kind"));
    let tags: Vec<(&str, Vec<String>)> = one_of.variants.iter().map(|v| (v.name.as_str(), v.tags.clone())).collect();
    assert_eq!(tags, vec![("Cat", vec!["kitty".to_owned()]), ("Dog", vec!["Dog".to_owned()])]);
}

#[test]
fn nullable_one_of_member_makes_an_option() {
    let (api, _) = lower_yaml(&doc_with(
        "Holder:
  type: object
  properties:
    maybe:
      oneOf: [{type: string}, {type: 'null'}]",
        "{}",
    ));
    let f = fields(type_named(&api, "Holder"));
    assert_eq!(f[0].ty, TypeRef::String);
}

#[test]
fn recursion_is_boxed_only_where_direct() {
    let (api, _) = lower_yaml(&doc_with(
        "Node:
  type: object
  properties:
    next: {$ref: '#/components/schemas/Node'}
    children: {type: array, items: {$ref: '#/components/schemas/Node'}}
    leaf: {$ref: '#/components/schemas/Leaf'}
Leaf: {type: object, properties: {v: {type: string}}}",
        "{}",
    ));
    let boxed: Vec<(&str, bool)> = fields(type_named(&api, "Node")).iter().map(|f| (f.name.as_str(), f.boxed)).collect();
    assert_eq!(boxed, vec![("next", true), ("children", false), ("leaf", false)]);
}

#[test]
fn inline_schemas_are_named_from_where_they_stand_and_refs_into_them_share_the_type() {
    let (api, _) = lower_yaml(&doc_with(
        "Contact:
  type: object
  properties:
    address:
      type: object
      properties: {city: {type: string}}
Other:
  type: object
  properties:
    where: {$ref: '#/components/schemas/Contact/properties/address'}",
        "{}",
    ));
    assert!(api.types.iter().any(|t| t.name == "ContactAddress"));
    let f = fields(type_named(&api, "Other"));
    assert_eq!(f[0].ty, TypeRef::Named("ContactAddress".into()));
    assert_eq!(api.types.iter().filter(|t| t.name.starts_with("ContactAddress")).count(), 1);
}

#[test]
fn names_that_collide_with_generated_items_are_renamed() {
    let (api, _) = lower_yaml(&doc_with("Client: {type: string}\nError: {type: string}\nclient: {type: integer}", "{}"));
    let names: Vec<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Client2", "Error2", "Client3"]);
}

#[test]
fn operations_split_parameters_and_pick_bodies_and_responses() {
    let (api, diags) = lower_yaml(&doc_with(
        "Problem: {type: object, properties: {title: {type: string}}}",
        "/contacts/{id}:
  patch:
    operationId: updateContact
    parameters:
      - {name: id, in: path, required: true, schema: {type: integer}}
      - {name: 'page[number]', in: query, schema: {type: integer}}
      - {name: include, in: query, required: true, schema: {type: string}}
      - {name: Authorization, in: header, schema: {type: string}}
    requestBody:
      required: true
      content:
        application/vnd.api+json:
          schema: {type: object, properties: {data: {type: object}}}
    responses:
      '200':
        description: ok
        content:
          application/vnd.api+json:
            schema: {type: object, properties: {id: {type: string}}}
      '204': {description: nothing}
      '404':
        description: missing
        content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}
      default: {description: other}",
    ));
    let op = &api.operations[0];
    assert_eq!(op.name, "update_contact");
    let params: Vec<(&str, &str, bool)> = op.params.iter().map(|p| (p.name.as_str(), p.wire.as_str(), p.required)).collect();
    assert_eq!(params, vec![("id", "id", true), ("page_number", "page[number]", false), ("include", "include", true)]);
    assert_eq!(op.builder, "UpdateContact");
    let body = op.body.as_ref().expect("body");
    assert_eq!(body.media_type, "application/vnd.api+json");
    assert!(matches!(&body.kind, BodyKind::Json(TypeRef::Named(n)) if n == "UpdateContactBody"));
    assert!(matches!(&op.responses.success_shape, SuccessShape::Enum { variants, .. } if variants == &["Ok", "NoContent"]));
    assert_eq!(op.responses.error_shape, ErrorShape::Single(TypeRef::Named("Problem".into())));
    assert!(diags.iter().any(|d| d.message.contains("Authorization")), "{diags:?}");
}

#[test]
fn junk_and_duplicate_operation_ids_get_readable_names_with_warnings() {
    let (api, diags) = lower_yaml(&doc_with(
        "{}",
        "/customers:
  get:
    operationId: 0c4f8a1e9b2d3c4f5a6b7c8d9e0f1a2b
    summary: Get all customers
    responses: {'200': {description: ok}}
  post:
    operationId: get all customers
    responses: {'200': {description: ok}}
/customers/{id}:
  get:
    responses: {'200': {description: ok}}",
    ));
    let names: Vec<&str> = api.operations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["get_all_customers", "post_customers", "get_customers_by_id"]);
    let pointers: Vec<&str> = diags.iter().map(|d| d.pointer.as_str()).collect();
    assert!(pointers.contains(&"/paths/~1customers/get/operationId"), "{pointers:?}");
    assert!(pointers.contains(&"/paths/~1customers~1{id}/get"), "{pointers:?}");
}

#[test]
fn path_parameters_are_reconciled_with_the_template() {
    let (api, diags) = lower_yaml(&doc_with(
        "{}",
        "users/{uid}/statut:
  post:
    operationId: setStatus
    parameters:
      - {name: other, in: path, required: true, schema: {type: string}}
    responses: {'200': {description: ok}}",
    ));
    let op = &api.operations[0];
    assert_eq!(op.path.as_str(), "/users/{uid}/statut");
    assert_eq!(op.params.len(), 1);
    assert_eq!(op.params[0].wire, "uid");
    assert_eq!(op.params[0].ty, TypeRef::String);
    assert_eq!(diags.len(), 3, "{diags:?}");
}

#[test]
fn broken_references_become_json_values_with_located_warnings() {
    let (api, diags) = lower_yaml(&doc_with(
        "Holder:
  type: object
  properties:
    gone: {$ref: '#/components/schemas/Missing'}
    loop: {$ref: '#/components/schemas/Holder/properties/loop'}",
        "{}",
    ));
    let f = fields(type_named(&api, "Holder"));
    assert!(f.iter().all(|f| f.ty == TypeRef::Json));
    let pointers: Vec<&str> = diags.iter().map(|d| d.pointer.as_str()).collect();
    assert_eq!(
        pointers,
        ["/components/schemas/Holder/properties/gone", "/components/schemas/Holder/properties/loop"]
    );
}

#[test]
fn signed_enum_values_keep_their_sign_in_variant_names() {
    let (api, _) = lower_yaml(&doc_with("Sort: {type: string, enum: [created-at, -created-at, '-', '+1']}", "{}"));
    let TypeKind::StringEnum(variants) = &type_named(&api, "Sort").kind else { panic!("not an enum") };
    let names: Vec<&str> = variants.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["CreatedAt", "MinusCreatedAt", "Minus", "Plus1"]);
}

fn lower_json(document: &serde_json::Value) -> (Api, Vec<Diagnostic>) {
    let text = document.to_string();
    let document = crate::load::parse(&text, std::path::Path::new("test.json")).expect("valid document");
    let mut diags = Diagnostics::default();
    let api = lower(&document.root, &crate::Config::new("test"), &mut diags);
    (api, diags.into_vec())
}

fn warning_at<'d>(diags: &'d [Diagnostic], at: &str) -> &'d Diagnostic {
    diags.iter().find(|d| d.pointer == at).unwrap_or_else(|| panic!("no warning at {at}: {diags:#?}"))
}

#[test]
fn header_and_cookie_names_that_cannot_be_sent_are_left_out() {
    let (api, diags) = lower_json(&serde_json::json!({
        "openapi": "3.0.3", "info": {"title": "T", "version": "1"},
        "paths": {"/a": {"get": {
            "operationId": "getA",
            "parameters": [
                {"name": "X-Fine", "in": "header", "schema": {"type": "string"}},
                {"name": "X-Evil\r\nInjected: 1", "in": "header", "schema": {"type": "string"}},
                {"name": "X Spaced", "in": "header", "required": true, "schema": {"type": "string"}},
                {"name": "", "in": "header", "schema": {"type": "string"}},
                {"name": "session\nid", "in": "cookie", "schema": {"type": "string"}},
                {"name": "q\r\n", "in": "query", "schema": {"type": "string"}}
            ],
            "responses": {"200": {"description": "ok"}}
        }}}
    }));
    let params: Vec<&str> = api.operations[0].params.iter().map(|p| p.wire.as_str()).collect();
    // A query parameter name is percent-encoded in the URL: it can be sent.
    assert_eq!(params, ["X-Fine", "q\r\n"]);
    let d = warning_at(&diags, "/paths/~1a/get/parameters/1/name");
    assert_eq!(d.message, "header name \"X-Evil\\r\\nInjected: 1\" is not a valid HTTP token (it has control characters); parameter ignored");
    assert!(warning_at(&diags, "/paths/~1a/get/parameters/2/name").message.contains("spaces, separators"));
    assert!(warning_at(&diags, "/paths/~1a/get/parameters/3/name").message.contains("it is empty"));
    assert!(warning_at(&diags, "/paths/~1a/get/parameters/4/name").message.starts_with("cookie name"));
}

#[test]
fn media_types_that_cannot_be_sent_are_left_out() {
    let (api, diags) = lower_json(&serde_json::json!({
        "openapi": "3.0.3", "info": {"title": "T", "version": "1"},
        "paths": {
            "/a": {"post": {
                "operationId": "postA",
                "requestBody": {"content": {
                    "application/json\r\nX-Injected: 1": {"schema": {"type": "object"}},
                    "text/plain": {"schema": {"type": "string"}}
                }},
                "responses": {
                    "200": {"description": "ok", "content": {
                        "application/json\n": {"schema": {"type": "string"}},
                        "application/xml": {}
                    }},
                    "201": {"description": "ok", "content": {"application/jsön": {}}}
                }
            }},
            "/b": {"post": {
                "operationId": "postB",
                "requestBody": {"content": {"application/json\u{0}": {"schema": {"type": "object"}}}},
                "responses": {"204": {"description": "none"}}
            }}
        }
    }));
    let a = &api.operations[0];
    let body = a.body.as_ref().expect("the body that can be sent");
    assert_eq!(body.media_type, "text/plain");
    assert_eq!(a.responses.accept.as_deref(), Some("application/xml"));
    assert!(api.operations[1].body.is_none());
    let d = warning_at(&diags, "/paths/~1a/post/requestBody/content/application~1json\r\nX-Injected: 1");
    assert!(d.message.contains("has control characters, so it cannot be sent in a header; ignored"), "{d}");
    warning_at(&diags, "/paths/~1a/post/responses/200/content/application~1json\n");
    assert!(warning_at(&diags, "/paths/~1a/post/responses/201/content/application~1jsön").message.contains("other than visible ASCII"));
    assert!(warning_at(&diags, "/paths/~1b/post/requestBody").message.contains("without a media type that can be sent"));
}

#[test]
fn servers_a_client_cannot_call_are_left_out() {
    let (api, diags) = lower_json(&serde_json::json!({
        "openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {},
        "servers": [
            {"url": "javascript:alert(document.cookie)"},
            {"url": "JavaScript:alert(1)//"},
            {"url": "file:///etc/passwd"},
            {"url": "localhost:8080/v1"},
            {"url": "https://api.example.com/v1\r\n[link](javascript:x)"},
            {"url": "{scheme}://api.example.com", "variables": {"scheme": {"default": "data"}}},
            {"url": "HTTPS://api.example.com/v2"},
            {"url": "http://localhost:8080"},
            {"url": "/relative/v1"}
        ]
    }));
    let urls: Vec<&str> = api.servers.iter().map(|s| s.url.as_str()).collect();
    assert_eq!(urls, ["HTTPS://api.example.com/v2", "http://localhost:8080", "/relative/v1"]);
    for i in [0, 1, 2, 3, 5] {
        let d = warning_at(&diags, &format!("/servers/{i}/url"));
        assert!(d.message.ends_with("is not an http or https URL; ignored"), "{d}");
    }
    assert!(warning_at(&diags, "/servers/4/url").message.contains("has control characters"));
}

#[test]
fn integer_enums_beyond_64_bits_are_said_and_typed_soundly() {
    let (api, diags) = lower_json(&serde_json::json!({
        "openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {},
        "components": {"schemas": {
            "Fits": {"type": "integer", "enum": [1, -9_223_372_036_854_775_808_i64, 9_223_372_036_854_775_807_i64]},
            "Unsigned": {"type": "integer", "enum": [1, 18_446_744_073_709_551_615_u64, null]},
            "Huge": {"type": "integer", "enum": [1, 18_446_744_073_709_551_616.0_f64, -1e30]},
            "Fraction": {"type": "integer", "enum": [1, 2.5]},
            "Untyped": {"enum": [1, 1e20]},
            "Strings": {"type": "string", "enum": ["1e99"]}
        }}
    }));
    assert!(matches!(type_named(&api, "Fits").kind, TypeKind::IntEnum(_)));
    assert_eq!(type_named(&api, "Unsigned").kind, TypeKind::Alias(TypeRef::U64));
    assert_eq!(type_named(&api, "Huge").kind, TypeKind::Alias(TypeRef::Json));
    assert_eq!(type_named(&api, "Fraction").kind, TypeKind::Alias(TypeRef::Json));
    assert_eq!(type_named(&api, "Untyped").kind, TypeKind::Alias(TypeRef::Json));
    let d = warning_at(&diags, "/components/schemas/Unsigned/enum/1");
    assert_eq!(
        d.message,
        "enum value 18446744073709551615 is not a 64-bit signed integer (what an integer enum holds); \
         typed as a plain `u64`, not an enum"
    );
    let d = warning_at(&diags, "/components/schemas/Huge/enum/1");
    assert!(d.message.contains("(and 1 more)") && d.message.contains("typed as any JSON value"), "{d}");
    warning_at(&diags, "/components/schemas/Fraction/enum/1");
    warning_at(&diags, "/components/schemas/Untyped/enum/1");
    assert!(!diags.iter().any(|d| d.pointer.contains("Fits") || d.pointer.contains("Strings")), "{diags:#?}");
}

#[test]
fn security_schemes_without_operations_add_no_auth() {
    // A webhooks-only document: no request is sent, so no credentials are taken.
    let (api, _) = lower_yaml(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\ncomponents:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}\nwebhooks: {}\n",
    );
    assert!(api.security.is_none(), "{:?}", api.security);
    assert!(api.extensions.is_empty(), "{:?}", api.extensions.iter().map(|e| &e.template).collect::<Vec<_>>());
}
