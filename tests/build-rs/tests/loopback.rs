//! The client the build script generated, against a loopback server.

use build_rs_client::pets;
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn the_included_client_calls_the_api() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets/7"))
        .and(header("authorization", "Bearer secret-token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"id": 7, "name": "Rex"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/pets"))
        .and(body_json(serde_json::json!({"name": "Tom"})))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({"id": 8, "name": "Tom"})))
        .expect(1)
        .mount(&server)
        .await;
    let client = pets::Client::builder().base_url(server.uri()).bearer_token("secret-token").build().unwrap();
    let pet = client.get_pet(7).await.unwrap();
    assert_eq!((pet.id, pet.name.as_str()), (Some(7), "Rex"));
    // The required body by value; the whole response (status, headers) through the builder.
    let created = client.create_pet(pets::Pet::new("Tom".to_owned())).send_with_response().await.unwrap();
    assert_eq!(created.status().as_u16(), 201);
    assert_eq!(created.headers()["content-type"], "application/json");
    assert_eq!((created.id, created.name.as_str()), (Some(8), "Tom"));
    // The generated docs' example points into the module, and the token is never shown.
    assert!(!format!("{client:?}").contains("secret-token"));
    assert_eq!(pets::DEFAULT_SERVER, "https://pets.example/v1");
}
