//! The shape of the code, as the README's section for developers promises
//! it: no file over 400 lines, each layer importing only what it may, and
//! no import circle between files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every `.rs` file under `src/`, with its text up to its tests.
fn sources() -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    crate::common::rust_files(&root, &mut files);
    files
        .into_iter()
        .map(|path| {
            let name = path.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect()
}

/// The code of a file without its tests and comments.
fn code(text: &str) -> String {
    let end = text.find("#[cfg(test)]").unwrap_or(text.len());
    text[..end].lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

#[test]
fn no_file_in_src_is_over_400_lines() {
    let long: Vec<String> = sources()
        .iter()
        .filter(|(_, text)| text.lines().count() > 400)
        .map(|(name, text)| format!("{name}: {} lines", text.lines().count()))
        .collect();
    assert!(long.is_empty(), "{long:?}");
}

#[test]
fn each_layer_imports_only_what_it_may() {
    let mut wrong = Vec::new();
    for (name, text) in sources() {
        let code = code(&text);
        let mut refuse = |word: &str, why: &str| {
            if code.contains(word) {
                wrong.push(format!("{name} uses {word}: {why}"));
            }
        };
        if name.starts_with("domain/") {
            for word in ["egui", "rusqlite", "printpdf", "crate::store", "crate::app", "crate::clock"] {
                refuse(word, "the domain is plain types and rules");
            }
        }
        if name.starts_with("app/") {
            refuse("rusqlite", "only the store knows SQL");
        }
        if !name.starts_with("export/pdf/") {
            refuse("printpdf", "printpdf lives in export/pdf only");
        }
        if !name.starts_with("store/") {
            refuse("rusqlite", "only the store knows SQL");
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The module path of a file: `app/widgets/mod.rs` is `app::widgets`.
fn module_of(file: &str) -> Vec<String> {
    let mut parts: Vec<String> = file.trim_end_matches(".rs").split('/').map(str::to_string).collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// The files a file names through `crate::…` and `super::…` paths,
/// `use` groups (`{a, b::c}`) included.
fn imports(file: &str, code: &str, modules: &BTreeMap<Vec<String>, String>) -> BTreeSet<String> {
    let here = module_of(file);
    let is_mod = file.ends_with("mod.rs") || file == "lib.rs";
    let mut found = BTreeSet::new();
    let bytes: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let rest: String = bytes[i..bytes.len().min(i + 7)].iter().collect();
        let starts_word = i == 0 || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_' || bytes[i - 1] == ':');
        if !(starts_word && (rest.starts_with("crate::") || rest.starts_with("super::"))) {
            i += 1;
            continue;
        }
        // Read the path, and a `{…}` group after it.
        let mut j = i;
        while j < bytes.len() && (bytes[j].is_alphanumeric() || bytes[j] == '_' || bytes[j] == ':') {
            j += 1;
        }
        let path: String = bytes[i..j].iter().collect();
        let mut paths = vec![path.trim_end_matches(':').to_string()];
        if path.ends_with("::") && bytes.get(j) == Some(&'{') {
            let close = (j..bytes.len()).find(|k| bytes[*k] == '}').unwrap_or(bytes.len());
            let group: String = bytes[j + 1..close].iter().collect();
            for item in group.split(',') {
                let item = item.trim().split(" as ").next().unwrap_or("").trim();
                if !item.is_empty() && !item.contains('{') {
                    paths.push(format!("{}{item}", path));
                }
            }
            j = close;
        }
        for path in paths {
            let mut segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
            let mut base: Vec<String> = Vec::new();
            match segments.first() {
                Some(&"crate") => {
                    segments.remove(0);
                }
                Some(&"super") => {
                    base = here.clone();
                    while segments.first() == Some(&"super") {
                        segments.remove(0);
                        base.pop();
                    }
                }
                _ => continue,
            }
            let mut full = base;
            full.extend(segments.iter().map(|s| s.to_string()));
            // The longest prefix that is a file.
            while !full.is_empty() {
                if let Some(target) = modules.get(&full) {
                    // A folder's face handing on its own files is no import.
                    let facade_of_own = is_mod && full.starts_with(&here) && full != here;
                    if target != file && !facade_of_own {
                        found.insert(target.clone());
                    }
                    break;
                }
                full.pop();
            }
        }
        i = j.max(i + 1);
    }
    found
}

/// The circles among `graph`: groups of two or more files that import each
/// other in a loop (Tarjan's strongly connected components).
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Search<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    impl<'a> Search<'a> {
        fn visit(&mut self, v: &'a str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            for w in self.graph.get(v).into_iter().flatten() {
                let w = w.as_str();
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut component = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    component.push(w.to_string());
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    self.found.push(component);
                }
            }
        }
    }
    let mut search = Search {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !search.index.contains_key(v.as_str()) {
            search.visit(v);
        }
    }
    search.found
}

fn import_graph(sources: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let files: BTreeMap<Vec<String>, String> =
        sources.keys().filter(|f| *f != "main.rs").map(|f| (module_of(f), f.clone())).collect();
    sources
        .iter()
        .filter(|(f, _)| *f != "main.rs")
        .map(|(f, text)| (f.clone(), imports(f, &code(text), &files)))
        .collect()
}

#[test]
fn no_two_files_import_each_other_in_a_loop() {
    let graph = import_graph(&sources());
    // The reading of imports works: known arrows are found.
    assert!(graph["app/cases/trajectory.rs"].contains("app/cases/conversations.rs"));
    assert!(graph["store/people.rs"].contains("store/erasure.rs"));
    assert!(graph["app/widgets/choose.rs"].contains("app/widgets/mod.rs"));
    assert!(graph["ops/documents/report.rs"].contains("ops/cases.rs"));
    assert_eq!(circles(&graph), Vec::<Vec<String>>::new());
}

#[test]
fn a_loop_of_imports_is_found() {
    let mut sources = BTreeMap::new();
    sources.insert("a/mod.rs".to_string(), "mod b;\nmod c;\n".to_string());
    sources.insert("a/b.rs".to_string(), "use super::c::{One, two};\n".to_string());
    sources.insert("a/c.rs".to_string(), "fn f() { crate::a::b::g(); }\n".to_string());
    sources.insert("d.rs".to_string(), "use crate::a::b::G;\n".to_string());
    let graph = import_graph(&sources);
    assert_eq!(circles(&graph), vec![vec!["a/b.rs".to_string(), "a/c.rs".to_string()]]);
}
