//! Cargo features for large documents: each operation goes in the group of its first tag (or,
//! untagged, of its path's first segment), and each type in the group of the operations that
//! reach it when they are all of one group. A type that several groups reach is built when any
//! of them is on; one that every group reaches, or none, always. Every combination of features
//! compiles: what a built item uses is reached by the same groups, and so built too.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::Value;

use crate::config::FeatureGroups;
use crate::diagnostics::Diagnostics;
use crate::model::{BodyKind, DefaultValue, FeatureGroup, MultipartFieldKind, Operation, PathSegment, ResponseBody, TypeDef, TypeKind};

/// Feature names the generated `Cargo.toml` has already.
const RESERVED_FEATURES: &[&str] = &["default", "rustls", "native-tls", "gzip", "brotli", "tracing"];

/// The most groups a crate gets: crates.io takes at most 300 features, and a choice among more
/// than this many is no help to a reader.
pub const MAX_GROUPS: usize = 200;

/// Groups the operations and the types only they reach, when `when` applies to the document and
/// it has from two to [`MAX_GROUPS`] groups; returns the groups (empty: the crate is not grouped).
pub fn assign(
    root: &Value,
    when: FeatureGroups,
    operations: &mut [Operation],
    types: &mut [TypeDef],
    diags: &mut Diagnostics,
) -> Vec<FeatureGroup> {
    if !when.applies(operations.len()) {
        return Vec::new();
    }
    // The feature of each operation, and the title of each feature (the first spelling seen).
    let prefix = common_prefix(operations);
    let mut titles: BTreeMap<String, String> = BTreeMap::new();
    let features: Vec<String> = operations
        .iter()
        .map(|op| {
            let title = group_title(root, op, prefix);
            let feature = feature_name(&title);
            titles.entry(feature.clone()).or_insert(title);
            feature
        })
        .collect();
    if titles.len() < 2 {
        return Vec::new();
    }
    if titles.len() > MAX_GROUPS {
        diags.warn(
            "/paths",
            format!(
                "{} operation groups (tags, or first path segments where untagged) are more than the {MAX_GROUPS} \
                 cargo features a crate may have for them; the crate is not grouped",
                titles.len()
            ),
        );
        return Vec::new();
    }
    let index: HashMap<&str, usize> = types.iter().enumerate().map(|(i, def)| (def.name.as_str(), i)).collect();
    // Which groups reach each type, walking from each group's operations.
    let mut reached_by: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); types.len()];
    for feature in titles.keys() {
        let mut stack: Vec<usize> = Vec::new();
        for (op, _) in operations.iter().zip(&features).filter(|(_, f)| *f == feature) {
            let mut names = Vec::new();
            operation_refs(op, &mut names);
            stack.extend(names.iter().filter_map(|name| index.get(name.as_str())));
        }
        while let Some(i) = stack.pop() {
            if !reached_by[i].insert(feature.as_str()) {
                continue;
            }
            let mut names = Vec::new();
            type_refs(&types[i], &mut names);
            stack.extend(names.iter().filter_map(|name| index.get(name.as_str())));
        }
    }
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for feature in &features {
        counts.entry(feature).or_default().0 += 1;
    }
    let owners: Vec<Option<String>> = reached_by
        .iter()
        .map(|groups| match groups.iter().collect::<Vec<_>>().as_slice() {
            [only] => Some((**only).to_owned()),
            _ => None,
        })
        .collect();
    for owner in owners.iter().flatten() {
        counts.entry(owner).or_default().1 += 1;
    }
    // Types some groups share are built when any of them is on; types every group (or none)
    // reaches, always.
    let used_by: Vec<Vec<String>> = reached_by
        .iter()
        .map(|groups| match groups.len() {
            n if n >= 2 && n < titles.len() => groups.iter().map(|g| (*g).to_owned()).collect(),
            _ => Vec::new(),
        })
        .collect();
    let groups = titles
        .iter()
        .map(|(feature, title)| {
            let (operations, types) = counts.get(feature.as_str()).copied().unwrap_or_default();
            FeatureGroup { feature: feature.clone(), title: title.clone(), operations, types }
        })
        .collect();
    for ((def, owner), used_by) in types.iter_mut().zip(owners).zip(used_by) {
        def.group = owner;
        def.used_by = used_by;
    }
    for (op, feature) in operations.iter_mut().zip(features) {
        op.group = Some(feature);
    }
    groups
}

/// The path's leading literal segments (`/v1/customers/{id}` -> `v1`, `customers`), up to its
/// first variable.
fn literal_segments(op: &Operation) -> Vec<&str> {
    let mut parts = Vec::new();
    for segment in op.path.segments() {
        match segment {
            PathSegment::Literal(text) => parts.extend(text.split('/').filter(|part| !part.is_empty())),
            PathSegment::Variable(_) => break,
        }
    }
    parts
}

/// How many leading path segments every operation shares (`/v1` in Stripe's document): the
/// group of an untagged operation is the segment after them.
fn common_prefix(operations: &[Operation]) -> usize {
    let mut paths = operations.iter().map(literal_segments);
    let Some(first) = paths.next() else { return 0 };
    paths.fold(first.len(), |shared, path| first.iter().zip(&path).take(shared).take_while(|(a, b)| a == b).count())
}

/// The operation's first tag, or its path's first literal segment after those all paths share,
/// or `other`.
fn group_title(root: &Value, op: &Operation, prefix: usize) -> String {
    let tag = root.pointer(&op.pointer).and_then(|o| o.get("tags")).and_then(|t| t.get(0)).and_then(Value::as_str);
    let tag = tag.map(str::trim).filter(|t| !t.is_empty());
    let segment = || literal_segments(op).get(prefix).map(|part| (*part).to_owned());
    tag.map(str::to_owned).or_else(segment).unwrap_or_else(|| "other".to_owned())
}

/// A cargo feature name: lowercase ASCII letters, digits and `-`, starting with a letter, clear
/// of the crate's other features (`Pull Requests` -> `pull-requests`).
fn feature_name(title: &str) -> String {
    let mut name = String::new();
    let mut previous_lower = false;
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            // camelCase words are split too: `pullRequests` -> `pull-requests`.
            if c.is_ascii_uppercase() && previous_lower && !name.ends_with('-') {
                name.push('-');
            }
            name.push(c.to_ascii_lowercase());
            previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        } else {
            if !name.is_empty() && !name.ends_with('-') {
                name.push('-');
            }
            previous_lower = false;
        }
    }
    let name = name.trim_end_matches('-');
    let mut name = match name.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => name.to_owned(),
        Some(_) => format!("group-{name}"),
        None => "other".to_owned(),
    };
    if RESERVED_FEATURES.contains(&name.as_str()) {
        name.push_str("-api");
    }
    name
}

/// The named types an operation's parameters, body and responses use.
fn operation_refs(op: &Operation, out: &mut Vec<String>) {
    for param in &op.params {
        param.ty.push_named(out);
    }
    match op.body.as_ref().map(|body| &body.kind) {
        Some(BodyKind::Json(ty) | BodyKind::Form(ty)) => ty.push_named(out),
        Some(BodyKind::Multipart(form)) => {
            for field in &form.fields {
                if let MultipartFieldKind::Value(ty) = &field.kind {
                    ty.push_named(out);
                }
            }
        }
        _ => {}
    }
    for response in op.responses.success.iter().chain(&op.responses.errors) {
        if let ResponseBody::Json { ty, .. } = &response.body {
            ty.push_named(out);
        }
    }
    if let Some(paging) = &op.pagination {
        paging.item.push_named(out);
    }
}

/// The named types a type definition uses.
fn type_refs(def: &TypeDef, out: &mut Vec<String>) {
    match &def.kind {
        TypeKind::Struct(s) => {
            for field in &s.fields {
                field.ty.push_named(out);
                if let Some(DefaultValue::EnumVariant { ty, .. }) = &field.default {
                    out.push(ty.clone());
                }
            }
            if let Some(additional) = &s.additional {
                additional.push_named(out);
            }
        }
        TypeKind::OneOf(one_of) => one_of.variants.iter().for_each(|v| v.ty.push_named(out)),
        TypeKind::Alias(target) => target.push_named(out),
        TypeKind::StringEnum(_) | TypeKind::IntEnum(_) => {}
    }
}


#[cfg(test)]
mod tests {
    use super::feature_name;

    #[test]
    fn feature_names_are_cargo_s_and_clear_of_the_crate_s_own() {
        assert_eq!(feature_name("Pull Requests"), "pull-requests");
        assert_eq!(feature_name("pullRequests"), "pull-requests");
        assert_eq!(feature_name("oidc"), "oidc");
        assert_eq!(feature_name("2fa"), "group-2fa");
        assert_eq!(feature_name("tracing"), "tracing-api");
        assert_eq!(feature_name("déjà vu!"), "d-j-vu");
        assert_eq!(feature_name("***"), "other");
    }
}

#[cfg(test)]
mod grouping_tests {
    use crate::config::{Config, FeatureGroups};

    fn document(paths: &[&str]) -> String {
        let mut doc = String::from("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n");
        for (i, path) in paths.iter().enumerate() {
            doc.push_str(&format!("  {path}:\n    get:\n      operationId: op{i}\n      responses: {{'204': {{description: ok}}}}\n"));
        }
        doc
    }

    fn features(doc: &str) -> (Vec<String>, Vec<String>) {
        let config = Config::new("t").feature_groups(FeatureGroups::On);
        let generated = crate::generate_from_str(doc, std::path::Path::new("t.yaml"), &config).expect("generates");
        let manifest = &generated.files.iter().find(|f| f.path.ends_with("Cargo.toml")).expect("manifest").contents;
        let features = manifest.lines().filter_map(|l| l.strip_suffix(" = []")).map(str::to_owned).collect();
        (features, generated.diagnostics.iter().map(ToString::to_string).collect())
    }

    /// Untagged operations are grouped by the first path segment after those every path shares
    /// (Stripe's `/v1`).
    #[test]
    fn untagged_operations_are_grouped_after_the_shared_prefix() {
        let (found, _) = features(&document(&["/v1/customers", "/v1/customers/{id}", "/v1/charges", "/v1/charges/{id}/refund"]));
        assert_eq!(found, ["charges", "customers"]);
    }

    /// More groups than a crate takes: not grouped, with a warning that says why.
    #[test]
    fn too_many_groups_are_not_made() {
        let paths: Vec<String> = (0..=super::MAX_GROUPS).map(|i| format!("/r{i}")).collect();
        let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
        let (found, diagnostics) = features(&document(&paths));
        assert!(found.is_empty(), "{found:?}");
        assert!(diagnostics.iter().any(|d| d.contains("201 operation groups") && d.contains("not grouped")), "{diagnostics:?}");
    }
}
