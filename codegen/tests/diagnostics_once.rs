//! A finding reached from several places (a shared parameter used by two operations) is reported
//! once, not once per use.

#[test]
fn a_shared_parameters_warning_is_reported_once() {
    let doc = r##"
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /a:
    get:
      operationId: a
      parameters: [{$ref: "#/components/parameters/Filter"}]
      responses: {"204": {description: ok}}
  /b:
    get:
      operationId: b
      parameters: [{$ref: "#/components/parameters/Filter"}]
      responses: {"204": {description: ok}}
components:
  parameters:
    Filter: {name: filter, in: query, style: matrix, schema: {type: string}}
"##;
    let generated = codegen::generate_from_str(doc, std::path::Path::new("api.yaml"), &codegen::Config::new("t"))
        .expect("generates");
    let texts: Vec<String> = generated.diagnostics.iter().map(ToString::to_string).collect();
    let style: Vec<&String> = texts.iter().filter(|t| t.contains("/components/parameters/Filter/style")).collect();
    assert_eq!(style.len(), 1, "{texts:#?}");
}
