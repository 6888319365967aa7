//! Recursive types: box what closes a cycle of directly contained values, and break cycles of
//! type aliases (which Rust cannot express at all).

use std::collections::HashMap;

use crate::diagnostics::Diagnostics;
use crate::model::{TypeDef, TypeKind, TypeRef};

pub fn break_cycles(types: &mut [TypeDef], diags: &mut Diagnostics) {
    let index: HashMap<String, usize> = types.iter().enumerate().map(|(i, t)| (t.name.clone(), i)).collect();
    break_alias_cycles(types, &index, diags);
    box_recursive_fields(types, &index);
}

/// Named types a value of this type holds inline (not behind a `Vec` or map's heap pointer).
fn direct(ty: &TypeRef) -> Option<&str> {
    match ty {
        TypeRef::Named(name) => Some(name),
        TypeRef::Option(inner) => direct(inner),
        _ => None,
    }
}

/// `type A = Vec<B>; type B = A;` cannot compile: the alias that closes such a cycle becomes
/// `serde_json::Value`. Each alias is walked through once (a chain of `n` aliases costs `O(n)`,
/// not a walk of it from each of its members).
fn break_alias_cycles(types: &mut [TypeDef], index: &HashMap<String, usize>, diags: &mut Diagnostics) {
    const NEW: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; types.len()];
    for start in 0..types.len() {
        if state[start] != NEW {
            continue;
        }
        let mut path = vec![start];
        state[start] = ON_PATH;
        let mut current = start;
        while let TypeKind::Alias(target) = &types[current].kind {
            let mut names = Vec::new();
            target.push_named(&mut names);
            // Follow the first alias mentioned; other branches are walked from their own start.
            let Some(next) = names.iter().filter_map(|n| index.get(n).copied()).find(|&i| {
                matches!(types[i].kind, TypeKind::Alias(_))
            }) else {
                break;
            };
            // Walked from an earlier start: whatever cycle lies beyond is already broken.
            if state[next] == DONE {
                break;
            }
            if state[next] == ON_PATH {
                diags.warn(
                    types[current].pointer.clone(),
                    format!("`{}` refers to itself only through aliases; typed as any JSON value", types[current].name),
                );
                types[current].kind = TypeKind::Alias(TypeRef::Json);
                break;
            }
            state[next] = ON_PATH;
            path.push(next);
            current = next;
        }
        for node in path {
            state[node] = DONE;
        }
    }
}

/// Finds strongly connected components of the "holds directly" graph (Tarjan's algorithm,
/// iterative so that deep graphs cannot overflow the stack) and boxes every field or variant
/// that points back into its own component.
fn box_recursive_fields(types: &mut [TypeDef], index: &HashMap<String, usize>) {
    let edges: Vec<Vec<usize>> = types
        .iter()
        .map(|t| {
            let mut out: Vec<usize> = match &t.kind {
                TypeKind::Struct(s) => s.fields.iter().filter_map(|f| direct(&f.ty)).collect::<Vec<_>>(),
                TypeKind::OneOf(o) => o.variants.iter().filter_map(|v| direct(&v.ty)).collect(),
                TypeKind::Alias(target) => direct(target).into_iter().collect(),
                TypeKind::StringEnum(_) | TypeKind::IntEnum(_) => Vec::new(),
            }
            .into_iter()
            .filter_map(|name| index.get(name).copied())
            .collect();
            out.dedup();
            out
        })
        .collect();
    let component = strongly_connected(&edges);
    for i in 0..types.len() {
        let same = |name: &str| index.get(name).is_some_and(|&j| component[j] == component[i]);
        match &mut types[i].kind {
            TypeKind::Struct(s) => {
                for field in &mut s.fields {
                    field.boxed = direct(&field.ty).is_some_and(same);
                }
            }
            TypeKind::OneOf(o) => {
                for variant in &mut o.variants {
                    variant.boxed = direct(&variant.ty).is_some_and(same);
                }
            }
            _ => {}
        }
    }
}

/// Component id of each node; nodes in a cycle share one. A node alone without a self-edge
/// gets an id no other node has, and its fields are only boxed if they point to itself.
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNVISITED: usize = usize::MAX;
    let n = edges.len();
    let mut order = vec![UNVISITED; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![UNVISITED; n];
    let mut next_order = 0;
    let mut next_component = 0;
    for root in 0..n {
        if order[root] != UNVISITED {
            continue;
        }
        // (node, index of the next edge to explore)
        let mut work = vec![(root, 0usize)];
        order[root] = next_order;
        low[root] = next_order;
        next_order += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(top) = work.last_mut() {
            let node = top.0;
            if let Some(&next) = edges[node].get(top.1) {
                top.1 += 1;
                if order[next] == UNVISITED {
                    order[next] = next_order;
                    low[next] = next_order;
                    next_order += 1;
                    stack.push(next);
                    on_stack[next] = true;
                    work.push((next, 0));
                } else if on_stack[next] {
                    low[node] = low[node].min(order[next]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == order[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_group_cycles() {
        // 0 -> 1 -> 2 -> 0, 3 -> 0, 4 -> 4
        let edges = vec![vec![1], vec![2], vec![0], vec![0], vec![4]];
        let c = strongly_connected(&edges);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_ne!(c[3], c[0]);
        assert_ne!(c[4], c[3]);
    }

    fn alias(name: &str, target: TypeRef) -> TypeDef {
        TypeDef { name: name.to_owned(), doc: None, pointer: format!("/components/schemas/{name}"), kind: TypeKind::Alias(target), group: None, used_by: Vec::new() }
    }

    #[test]
    fn alias_cycles_are_broken_once_where_they_close() {
        // A0 -> A1 -> ... -> A9999 -> A0, and B -> A5 leading into it.
        let n = 10_000;
        let mut types: Vec<TypeDef> =
            (0..n).map(|i| alias(&format!("A{i}"), TypeRef::Named(format!("A{}", (i + 1) % n)))).collect();
        types.push(alias("B", TypeRef::Vec(Box::new(TypeRef::Named("A5".to_owned())))));
        let mut diags = Diagnostics::default();
        break_cycles(&mut types, &mut diags);
        let warnings: Vec<_> = diags.into_vec();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].pointer, "/components/schemas/A9999");
        assert!(matches!(types[n - 1].kind, TypeKind::Alias(TypeRef::Json)));
        assert!(matches!(&types[0].kind, TypeKind::Alias(TypeRef::Named(a)) if a == "A1"));
    }
}
