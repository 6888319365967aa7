//! How generated structs read and write JSON (through a generated crate): the behaviour the serde
//! derives had, which the written-out impls (the runtime's `decode` module and the emitter) replace.

use cocoapp_sms::types::{Message, MessageAttributes, MessageType};

fn message(json: &str) -> Result<Message, String> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|e| format!("{}: {}", e.path(), e.inner()))
}

#[test]
fn required_optional_renamed_and_nested_fields_are_read() {
    let read = message(r#"{"id":"m1","type":"messages","attributes":{"to":"33600000000","content":"hi"}}"#).unwrap();
    assert_eq!(read.id, "m1");
    assert_eq!(read.type_, MessageType::Messages);
    let attributes = read.attributes.unwrap();
    assert_eq!(attributes.to.as_deref(), Some("33600000000"));
    assert_eq!(attributes.content.as_deref(), Some("hi"));
    assert!(attributes.additional_properties.is_empty());
    assert_eq!(read.links, None);
}

#[test]
fn absent_and_null_optional_fields_are_none() {
    let absent = message(r#"{"id":"m1","type":"messages"}"#).unwrap();
    let null = message(r#"{"id":"m1","type":"messages","attributes":null,"links":null}"#).unwrap();
    assert_eq!(absent, null);
    assert_eq!(absent.attributes, None);
}

#[test]
fn a_missing_required_field_is_named() {
    let error = message(r#"{"type":"messages"}"#).unwrap_err();
    assert!(error.starts_with(".: missing field `id`"), "{error}");
}

#[test]
fn a_repeated_field_is_an_error() {
    let error = message(r#"{"id":"m1","id":"m2","type":"messages"}"#).unwrap_err();
    assert!(error.contains("duplicate field `id`"), "{error}");
}

#[test]
fn a_wrong_type_is_reported_with_its_path() {
    let error = message(r#"{"id":"m1","type":"messages","attributes":{"to":42}}"#).unwrap_err();
    assert!(error.starts_with("attributes.to: invalid type: integer `42`, expected a string"), "{error}");
}

#[test]
fn something_else_than_an_object_says_which_struct_was_expected() {
    let error = message("[1, 2]").unwrap_err();
    assert!(error.contains("expected struct Message"), "{error}");
}

#[test]
fn undeclared_properties_are_skipped_or_kept() {
    // `Message` declares no additional properties: unknown keys are skipped, whatever their shape.
    let read = message(r#"{"id":"m1","extra":{"deep":[1,{"x":null}]},"type":"messages"}"#).unwrap();
    assert_eq!(read.id, "m1");
    // `MessageAttributes` keeps them.
    let attributes: MessageAttributes =
        serde_json::from_str(r#"{"to":"33600000000","segments":2,"status":{"code":"sent"}}"#).unwrap();
    assert_eq!(attributes.to.as_deref(), Some("33600000000"));
    assert_eq!(attributes.additional_properties.len(), 2);
    assert_eq!(attributes.additional_properties["segments"], serde_json::json!(2));
    assert_eq!(attributes.additional_properties["status"], serde_json::json!({"code": "sent"}));
}

#[test]
fn what_is_written_reads_back_the_same() {
    let mut attributes = MessageAttributes::new().with_content("hello".to_owned());
    attributes.additional_properties.insert("segments".to_owned(), serde_json::json!(1));
    let original = Message::new(MessageType::Messages, "m1".to_owned()).with_attributes(attributes);
    let json = serde_json::to_string(&original).unwrap();
    let back: Message = serde_json::from_str(&json).unwrap();
    assert_eq!(back, original);
    // From a `serde_json::Value` too (another deserializer, owned keys).
    let value = serde_json::to_value(&original).unwrap();
    assert_eq!(serde_json::from_value::<Message>(value).unwrap(), original);
}

#[test]
fn unset_optional_fields_are_left_out_and_additional_properties_written_beside_the_others() {
    let bare = Message::new(MessageType::Messages, "m1".to_owned());
    assert_eq!(serde_json::to_value(&bare).unwrap(), serde_json::json!({"type": "messages", "id": "m1"}));
    let mut attributes = MessageAttributes::new().with_to("33600000000".to_owned());
    attributes.additional_properties.insert("segments".to_owned(), serde_json::json!(2));
    assert_eq!(
        serde_json::to_value(&attributes).unwrap(),
        serde_json::json!({"to": "33600000000", "segments": 2})
    );
}
