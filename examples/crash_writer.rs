//! Saves numbered people into the database given as the first argument,
//! one transaction each, and prints each id after its commit: the crash test
//! kills this process at random moments and checks that every printed id is
//! in the file.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use peerdesk::domain::PersonDraft;
use peerdesk::store::Store;
use std::io::Write;

fn main() {
    let path = std::path::PathBuf::from(std::env::args().nth(1).expect("a database path"));
    let mut store = if path.exists() { Store::open(&path) } else { Store::create(&path) }.unwrap();
    let stdout = std::io::stdout();
    for n in 0.. {
        let draft = PersonDraft {
            name: format!("Crash test {n}"),
            email: format!("crash{n}@example.org"),
            ..PersonDraft::default()
        };
        let id = store.save_person(&draft).unwrap();
        let mut out = stdout.lock();
        writeln!(out, "{}", id.0).unwrap();
        out.flush().unwrap();
    }
}
