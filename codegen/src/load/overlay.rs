//! OpenAPI Overlays (the OpenAPI Initiative's Overlay Specification, 1.0 and 1.1): corrections
//! kept beside a published document instead of edited into it.
//!
//! An overlay is an ordered list of actions. Each selects nodes of the document with an RFC 9535
//! JSONPath `target`, then removes them (`remove: true`), or merges a value into them (`update`,
//! or in 1.1 `copy`: the value of the one node another JSONPath selects). Into an object, an
//! update's properties are merged recursively (objects into objects; any other value replaces
//! what was there); into an array, the update is appended as one more entry.
//!
//! The actions are applied to the document as it is stored, before its dialect is upgraded and
//! its `$ref`s are followed. An action whose target selects nothing is a warning located in the
//! overlay (an error with `--deny-warnings`): when the publisher changes its document, a
//! correction that no longer applies shows at once. A malformed overlay is an error that names
//! the overlay's file and the place in it.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};
use serde_json_path::JsonPath;

use crate::diagnostics::Diagnostic;
use crate::pointer;

/// A parsed overlay, ready to apply.
#[derive(Debug, Clone)]
pub struct Overlay {
    /// The overlay's file, named in its diagnostics.
    pub path: PathBuf,
    /// `info.title`, when given.
    pub title: Option<String>,
    actions: Vec<Action>,
}

#[derive(Debug, Clone)]
struct Action {
    /// `/actions/<i>` in the overlay.
    at: String,
    target_text: String,
    target: JsonPath,
    change: Change,
}

#[derive(Debug, Clone)]
enum Change {
    Remove,
    Update(Value),
    /// 1.1: merge the value of the one node this path selects.
    Copy { text: String, from: JsonPath },
    Nothing,
}

/// Reads and checks the overlay at `path` (JSON or YAML).
pub fn read(path: &Path) -> Result<Overlay, Diagnostic> {
    let tree = super::read_tree(path)?;
    parse(&tree, path)
}

/// Checks an overlay's tree; `path` names it in diagnostics. Returns the overlay, or the first
/// error, located in the overlay.
pub fn parse(tree: &Value, path: &Path) -> Result<Overlay, Diagnostic> {
    let error = |at: &str, message: String| Diagnostic::error(at, message).in_file(path);
    let Some(root) = tree.as_object() else {
        return Err(error("", "an overlay must be an object with `overlay`, `info` and `actions`".to_owned()));
    };
    match root.get("overlay") {
        Some(Value::String(version)) if version.starts_with("1.0.") || version.starts_with("1.1.") => {}
        Some(Value::String(version)) => {
            return Err(error("/overlay", format!("overlay version `{version}` is not supported (1.0.x and 1.1.x are)")))
        }
        Some(_) => return Err(error("/overlay", "`overlay` must be a version string such as \"1.0.0\"".to_owned())),
        None => return Err(error("", "not an overlay: no `overlay` version field".to_owned())),
    }
    let title = root.get("info").and_then(|info| info.get("title")).and_then(Value::as_str).map(str::to_owned);
    let Some(list) = root.get("actions").and_then(Value::as_array) else {
        return Err(error("/actions", "`actions` must be a list of actions".to_owned()));
    };
    let mut actions = Vec::with_capacity(list.len());
    for (index, action) in list.iter().enumerate() {
        let at = pointer::join("/actions", &index.to_string());
        let Some(action) = action.as_object() else {
            return Err(error(&at, "an action must be an object with a `target`".to_owned()));
        };
        let target_text = match action.get("target") {
            Some(Value::String(text)) => text.clone(),
            _ => return Err(error(&at, "an action needs a `target`: a JSONPath such as `$.paths['/pets']`".to_owned())),
        };
        let target = JsonPath::parse(&target_text)
            .map_err(|e| error(&pointer::join(&at, "target"), format!("invalid JSONPath `{target_text}`: {e}")))?;
        let remove = match action.get("remove") {
            None => false,
            Some(Value::Bool(remove)) => *remove,
            Some(_) => return Err(error(&pointer::join(&at, "remove"), "`remove` must be true or false".to_owned())),
        };
        let change = if remove {
            Change::Remove
        } else if let Some(update) = action.get("update") {
            Change::Update(update.clone())
        } else if let Some(copy) = action.get("copy") {
            let Some(text) = copy.as_str() else {
                return Err(error(&pointer::join(&at, "copy"), "`copy` must be a JSONPath string".to_owned()));
            };
            let from = JsonPath::parse(text)
                .map_err(|e| error(&pointer::join(&at, "copy"), format!("invalid JSONPath `{text}`: {e}")))?;
            Change::Copy { text: text.to_owned(), from }
        } else {
            Change::Nothing
        };
        actions.push(Action { at, target_text, target, change });
    }
    Ok(Overlay { path: path.to_path_buf(), title, actions })
}

impl Overlay {
    /// Applies the actions in order to `root`; returns the warnings (located in the overlay):
    /// targets that select nothing, updates that cannot apply to what they select.
    pub fn apply(&self, root: &mut Value) -> Vec<Diagnostic> {
        let mut warnings = Vec::new();
        let mut warn = |at: &str, message: String| warnings.push(Diagnostic::warning(at, message).in_file(&self.path));
        for action in &self.actions {
            let target_at = pointer::join(&action.at, "target");
            let selected: Vec<String> =
                action.target.query_located(root).locations().map(|location| location.to_json_pointer()).collect();
            if selected.is_empty() {
                warn(&target_at, format!("`{}` selects nothing in the document; the action does nothing", action.target_text));
                continue;
            }
            let value = match &action.change {
                Change::Nothing => {
                    warn(&action.at, "the action has no `update`, `remove` or `copy`; it does nothing".to_owned());
                    continue;
                }
                Change::Remove => {
                    // Last first, so that removing an array's entry does not shift the others.
                    for at in selected.iter().rev() {
                        if !remove(root, at) {
                            warn(&target_at, "the document's root cannot be removed".to_owned());
                        }
                    }
                    continue;
                }
                Change::Update(value) => value.clone(),
                Change::Copy { text, from } => {
                    let sources = from.query(root).all();
                    match sources.as_slice() {
                        [one] => (*one).clone(),
                        found => {
                            let copy_at = pointer::join(&action.at, "copy");
                            warn(&copy_at, format!("`{text}` selects {} nodes, not one; the action does nothing", found.len()));
                            continue;
                        }
                    }
                }
            };
            for at in &selected {
                let Some(node) = root.pointer_mut(at) else { continue };
                match (node, &value) {
                    (Value::Object(node), Value::Object(update)) => merge(node, update),
                    (Value::Object(_), _) => warn(
                        &pointer::join(&action.at, "update"),
                        format!("the target `{at}` is an object, so the update must be an object; not applied there"),
                    ),
                    (Value::Array(items), _) => items.push(value.clone()),
                    (other, _) => warn(
                        &target_at,
                        format!(
                            "`{at}` is {}: an update changes objects and arrays only (update its parent instead)",
                            kind(other)
                        ),
                    ),
                }
            }
        }
        warnings
    }

    /// How many actions the overlay has.
    pub fn len(&self) -> usize {
        self.actions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.actions.is_empty()
    }
}

/// Merges `update` into `node`: objects into objects, recursively; anything else replaces.
fn merge(node: &mut Map<String, Value>, update: &Map<String, Value>) {
    for (key, value) in update {
        match (node.get_mut(key), value) {
            (Some(Value::Object(existing)), Value::Object(value)) => merge(existing, value),
            _ => {
                node.insert(key.clone(), value.clone());
            }
        }
    }
}

/// Removes the node at `at` from its parent; false for the root. A place that no longer exists
/// (an earlier removal took its parent) is left alone.
fn remove(root: &mut Value, at: &str) -> bool {
    let Some((parent, last)) = at.rsplit_once('/') else { return false };
    let key = last.replace("~1", "/").replace("~0", "~");
    match root.pointer_mut(parent) {
        Some(Value::Object(map)) => {
            map.shift_remove(&key);
        }
        Some(Value::Array(items)) => {
            if let Ok(index) = key.parse::<usize>() {
                if index < items.len() {
                    items.remove(index);
                }
            }
        }
        _ => {}
    }
    true
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn overlay(actions: Value) -> Overlay {
        let tree = json!({ "overlay": "1.0.0", "info": { "title": "t", "version": "1" }, "actions": actions });
        parse(&tree, Path::new("fix.yaml")).expect("a valid overlay")
    }

    fn document() -> Value {
        json!({
            "openapi": "3.0.0",
            "info": { "title": "Pets", "version": "1" },
            "tags": [{ "name": "pets" }],
            "paths": {
                "/pets": {
                    "get": { "operationId": "list", "summary": "List", "responses": { "200": { "description": "ok" } } },
                    "post": { "operationId": "create", "x-internal": true, "responses": { "201": { "description": "ok" } } }
                },
                "/admin/users": { "get": { "operationId": "users", "x-internal": true } },
                "/admin/logs": { "get": { "operationId": "logs" } }
            }
        })
    }

    #[test]
    fn update_merges_objects_recursively_and_replaces_the_rest() {
        let mut doc = document();
        let warnings = overlay(json!([
            { "target": "$.paths['/pets'].get", "description": "a better name",
              "update": { "operationId": "listPets", "responses": { "200": { "description": "the pets" } } } },
            { "target": "$.info", "update": { "title": "Pet Store", "x-extra": [1, 2] } },
        ]))
        .apply(&mut doc);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(doc["paths"]["/pets"]["get"]["operationId"], "listPets");
        assert_eq!(doc["paths"]["/pets"]["get"]["summary"], "List", "untouched keys stay");
        assert_eq!(doc["paths"]["/pets"]["get"]["responses"]["200"]["description"], "the pets");
        assert_eq!(doc["info"], json!({ "title": "Pet Store", "version": "1", "x-extra": [1, 2] }));
    }

    #[test]
    fn update_of_an_array_appends_an_entry() {
        let mut doc = document();
        let warnings = overlay(json!([{ "target": "$.tags", "update": { "name": "admin" } }])).apply(&mut doc);
        assert!(warnings.is_empty());
        assert_eq!(doc["tags"], json!([{ "name": "pets" }, { "name": "admin" }]));
    }

    #[test]
    fn remove_takes_every_selected_node_wildcards_and_filters_included() {
        let mut doc = document();
        let warnings = overlay(json!([
            { "target": "$.paths[*][?@['x-internal'] == true]", "remove": true },
            { "target": "$.paths['/admin/logs']", "remove": true },
        ]))
        .apply(&mut doc);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert!(doc["paths"]["/pets"].get("post").is_none());
        assert!(doc["paths"]["/pets"].get("get").is_some());
        assert_eq!(doc["paths"]["/admin/users"], json!({}));
        assert!(doc["paths"].get("/admin/logs").is_none());
        // Several entries of one array.
        let mut list = json!({ "a": [1, 2, 3, 4] });
        overlay(json!([{ "target": "$.a[?@ > 1]", "remove": true }])).apply(&mut list);
        assert_eq!(list, json!({ "a": [1] }));
    }

    #[test]
    fn wildcard_updates_reach_every_match() {
        let mut doc = document();
        let warnings =
            overlay(json!([{ "target": "$.paths.*.*", "update": { "x-checked": true } }])).apply(&mut doc);
        assert!(warnings.is_empty());
        for op in ["list", "create", "users", "logs"] {
            let found = doc["paths"]
                .as_object()
                .unwrap()
                .values()
                .flat_map(|item| item.as_object().unwrap().values())
                .find(|o| o["operationId"] == op)
                .unwrap();
            assert_eq!(found["x-checked"], true, "{op}");
        }
    }

    #[test]
    fn a_target_that_selects_nothing_is_a_located_warning() {
        let mut doc = document();
        let before = doc.clone();
        let warnings = overlay(json!([
            { "target": "$.info", "update": { "title": "ok" } },
            { "target": "$.paths['/renamed-upstream'].get", "update": { "summary": "x" } },
        ]))
        .apply(&mut doc);
        assert_eq!(warnings.len(), 1);
        let text = warnings[0].to_string();
        assert_eq!(text, "warning: fix.yaml#/actions/1/target: `$.paths['/renamed-upstream'].get` selects nothing in the document; the action does nothing");
        assert_eq!(doc["paths"], before["paths"]);
    }

    #[test]
    fn updates_that_cannot_apply_are_warnings() {
        let mut doc = document();
        let warnings = overlay(json!([
            { "target": "$.info.title", "update": "New" },
            { "target": "$.info", "update": "not an object" },
            { "target": "$.info" },
            { "target": "$", "remove": true },
        ]))
        .apply(&mut doc);
        let texts: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        assert_eq!(texts.len(), 4, "{texts:#?}");
        assert!(texts[0].contains("#/actions/0/target: `/info/title` is a string"), "{}", texts[0]);
        assert!(texts[1].contains("#/actions/1/update: the target `/info` is an object"), "{}", texts[1]);
        assert!(texts[2].contains("#/actions/2: the action has no `update`"), "{}", texts[2]);
        assert!(texts[3].contains("#/actions/3/target: the document's root cannot be removed"), "{}", texts[3]);
        assert_eq!(doc["info"]["title"], "Pets");
    }

    #[test]
    fn copy_merges_the_one_node_it_selects() {
        let mut doc = document();
        let tree = json!({ "overlay": "1.1.0", "info": { "title": "t", "version": "1" }, "actions": [
            { "target": "$.paths['/admin/logs'].get", "copy": "$.paths['/pets'].get.responses" },
            { "target": "$.info", "copy": "$.paths.*.get" },
        ]});
        let warnings = parse(&tree, Path::new("o.json")).unwrap().apply(&mut doc);
        assert_eq!(doc["paths"]["/admin/logs"]["get"]["200"]["description"], "ok");
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].to_string().contains("#/actions/1/copy: `$.paths.*.get` selects 3 nodes, not one"));
    }

    #[test]
    fn malformed_overlays_are_located_errors() {
        let cases = [
            (json!([]), "o.yaml#/: an overlay must be an object"),
            (json!({ "actions": [] }), "o.yaml#/: not an overlay: no `overlay` version field"),
            (json!({ "overlay": "2.0.0", "actions": [] }), "o.yaml#/overlay: overlay version `2.0.0` is not supported"),
            (json!({ "overlay": 1, "actions": [] }), "o.yaml#/overlay: `overlay` must be a version string"),
            (json!({ "overlay": "1.0.0" }), "o.yaml#/actions: `actions` must be a list"),
            (json!({ "overlay": "1.0.0", "actions": ["x"] }), "o.yaml#/actions/0: an action must be an object"),
            (json!({ "overlay": "1.0.0", "actions": [{ "update": {} }] }), "o.yaml#/actions/0: an action needs a `target`"),
            (json!({ "overlay": "1.0.0", "actions": [{ "target": "$.paths[", "remove": true }] }), "o.yaml#/actions/0/target: invalid JSONPath `$.paths[`"),
            (json!({ "overlay": "1.0.0", "actions": [{ "target": "paths", "remove": true }] }), "o.yaml#/actions/0/target: invalid JSONPath `paths`"),
            (json!({ "overlay": "1.0.0", "actions": [{ "target": "$.a", "remove": "yes" }] }), "o.yaml#/actions/0/remove: `remove` must be true or false"),
            (json!({ "overlay": "1.1.0", "actions": [{ "target": "$.a", "copy": 3 }] }), "o.yaml#/actions/0/copy: `copy` must be a JSONPath string"),
        ];
        for (tree, expected) in cases {
            let error = parse(&tree, Path::new("o.yaml")).expect_err("malformed");
            let text = error.to_string();
            assert!(text.starts_with(&format!("error: {expected}")), "{text}\nexpected: {expected}");
        }
    }
}
