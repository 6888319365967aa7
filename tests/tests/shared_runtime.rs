//! The six crates depend on the runtime crate: the types users handle across clients are one type,
//! so errors of several clients combine and one retry policy configures them all.

use openapi_client_runtime::{Error, RetryPolicy};

#[test]
fn the_six_crates_share_the_runtime_types() {
    let policy = RetryPolicy { max_attempts: 5, ..RetryPolicy::default() };
    let policies: [RetryPolicy; 6] = [
        policy.clone() as clientxcms::RetryPolicy,
        policy.clone() as cocoapp_core::RetryPolicy,
        policy.clone() as cocoapp_sms::RetryPolicy,
        policy.clone() as dolist::RetryPolicy,
        policy.clone() as faire_simple::RetryPolicy,
        policy.clone() as rdv_solidarites::RetryPolicy,
    ];
    assert!(policies.iter().all(|p| p.max_attempts == 5));
    // Errors without a typed body from any two clients go in one collection.
    let errors: Vec<Error> = vec![
        dolist::Error::InvalidRequest("from dolist".into()),
        clientxcms::Error::InvalidResponse("from clientxcms".into()),
    ];
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(shown, ["invalid request: from dolist", "invalid response: from clientxcms"]);
    // Each client builds with the same policy value.
    let client = dolist::Client::builder().retry(policies[0].clone()).build().unwrap();
    assert!(format!("{client:?}").contains("max_attempts: 5"));
}
