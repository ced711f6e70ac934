//! Incident support in the store: offers and their repeat, and the
//! retention purge that leaves only anonymous figures.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use peerdesk::domain::PersonDraft;
use peerdesk::domain::incidents::cases::{CaseListKind, ConversationStep, IncidentDraft, IncidentId, Outcome};
use peerdesk::domain::incidents::protocol::Answer;
use peerdesk::store::{Refusal, Store, StoreError};
use tempfile::TempDir;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn incident(store: &mut Store, on: NaiveDate) -> IncidentId {
    let lists = store.case_list_items().unwrap();
    let first_of = |kind| lists.iter().find(|i| i.kind == kind).unwrap().id;
    store
        .record_incident(&IncidentDraft {
            version: None,
            occurred_on: on,
            occurred_time: None,
            reported_at: on.and_hms_opt(16, 0, 0).unwrap(),
            incident_type: first_of(CaseListKind::IncidentType),
            reporter: first_of(CaseListKind::Reporter),
            departments: vec!["Kanariepietenafdeling".into()],
        })
        .unwrap()
}

#[test]
fn a_declined_offer_is_repeated_and_a_second_refusal_ends_the_trajectory() {
    let mut store = Store::open_in_memory().unwrap();
    store.set_clock(|| day(2026, 11, 22).and_hms_opt(9, 0, 0).unwrap());
    let employee = store.save_person(&PersonDraft { name: "Sanne Visser".into(), ..PersonDraft::default() }).unwrap();
    let reported = incident(&mut store, day(2026, 11, 2));
    let trajectory = store.add_involved(reported, employee, false).unwrap();
    store.record_offer(trajectory, day(2026, 11, 3), None).unwrap();
    store.record_offer(trajectory, day(2026, 11, 3), Some(Answer::Declined)).unwrap();
    assert_eq!(
        store.offers(trajectory).unwrap(),
        [(day(2026, 11, 3), Some(Answer::Declined))],
        "answered, not offered twice"
    );
    store.record_offer(trajectory, day(2026, 11, 17), Some(Answer::NoAnswer)).unwrap();
    let ended = store.trajectories().unwrap().remove(0);
    assert_eq!((ended.outcome, ended.ended_on), (Some(Outcome::Declined), Some(day(2026, 11, 17))));
    let again = store.record_offer(trajectory, day(2026, 11, 20), None);
    assert!(matches!(again, Err(StoreError::Refused(Refusal::TrajectoryEnded))));
}

#[test]
fn the_purge_keeps_anonymous_figures_and_nothing_that_identifies_the_case() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("cases.sqlite3");
    let mut store = Store::create(&path).unwrap();
    store.set_clock(|| day(2026, 11, 22).and_hms_opt(9, 0, 0).unwrap());
    let employee = store.save_person(&PersonDraft { name: "Sanne Visser".into(), ..PersonDraft::default() }).unwrap();
    // An old case, ended 14 months ago, and a recent one.
    let old = incident(&mut store, day(2025, 8, 4));
    let recent = incident(&mut store, day(2026, 10, 1));
    let old_trajectory = store.add_involved(old, employee, false).unwrap();
    store.add_involved(recent, employee, false).unwrap();
    let first = store
        .plan_conversation(old_trajectory, ConversationStep::First, day(2025, 8, 6).and_hms_opt(10, 0, 0).unwrap())
        .unwrap();
    store.record_conversation(first, Some(day(2025, 8, 6))).unwrap();
    let third = store
        .plan_conversation(old_trajectory, ConversationStep::Third, day(2025, 9, 20).and_hms_opt(10, 0, 0).unwrap())
        .unwrap();
    store.record_conversation(third, Some(day(2025, 9, 20))).unwrap();
    store.end_trajectory(old_trajectory, Outcome::Closed, None, day(2025, 9, 20)).unwrap();
    let old_reference = store.incidents().unwrap().into_iter().find(|i| i.id == old).unwrap().reference;
    let report_2025 = |store: &Store| {
        let data = peerdesk::ops::documents::LoadedData::load(store).unwrap();
        peerdesk::ops::documents::report_of(&data.library(), 2025)
    };
    let before = report_2025(&store);

    let dry = store.purge(day(2026, 11, 22), true).unwrap();
    assert_eq!((dry.trajectories, dry.incidents), (1, 1));
    assert_eq!(store.trajectories().unwrap().len(), 2, "a dry run changes nothing");

    let done = store.purge(day(2026, 11, 22), false).unwrap();
    assert_eq!(done, dry);
    assert_eq!(store.trajectories().unwrap().len(), 1);
    assert_eq!(store.incidents().unwrap().len(), 1);
    let conn = store.connection_for_tests();
    let (year, quarter, hours, held, outcome): (i64, i64, Option<i64>, i64, String) = conn
        .query_row(
            "SELECT year, quarter, hours_to_first, conversations_held, outcome FROM incident_statistics",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap();
    assert_eq!((year, quarter, hours, held, outcome.as_str()), (2025, 3, Some(42), 2, "closed"));
    // The yearly report still counts the purged case, the same as before.
    assert_eq!(report_2025(&store), before);
    assert_eq!(before.totals[4], peerdesk::domain::incidents::report::Cell::Hidden, "one incident: a small count");
    drop(store);
    let bytes = std::fs::read(&path).unwrap();
    assert!(
        !bytes.windows(old_reference.len()).any(|w| w == old_reference.as_bytes()),
        "the reference is gone from the file"
    );
    let wal = std::fs::read(dir.path().join("cases.sqlite3-wal")).unwrap_or_default();
    assert!(!wal.windows(old_reference.len()).any(|w| w == old_reference.as_bytes()));
}

#[test]
fn purge_dry_run_on_the_command_line_changes_nothing() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("cases.sqlite3");
    {
        let mut store = Store::create(&path).unwrap();
        let employee = store.save_person(&PersonDraft { name: "Sanne".into(), ..PersonDraft::default() }).unwrap();
        let old = incident(&mut store, day(2024, 5, 6));
        let trajectory = store.add_involved(old, employee, false).unwrap();
        store.record_offer(trajectory, day(2024, 5, 7), Some(Answer::Declined)).unwrap();
        store.record_offer(trajectory, day(2024, 5, 21), Some(Answer::Declined)).unwrap();
        let conn = store.connection_for_tests();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_peerdesk"))
        .args(["purge", "--dry-run", "--lang", "en", "--db"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("Would remove 1 support trajectory and 1 incident"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(peerdesk::store::all_backups(&path, None).is_empty(), "a dry run backs nothing up");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_peerdesk"))
        .args(["purge", "--lang", "nl", "--db"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&output.stdout).contains("1 steuntraject en 1 incident verwijderd"));
    assert!(Store::open(&path).unwrap().incidents().unwrap().is_empty());
    let backups = peerdesk::store::all_backups(&path, None);
    assert_eq!(backups.len(), 1);
    assert!(backups[0].path.to_string_lossy().ends_with("-before-purge.sqlite3"));
    assert_eq!(Store::open_read_only(&backups[0].path).unwrap().incidents().unwrap().len(), 1);
}

#[test]
fn the_demo_has_incidents_in_every_state_and_old_ones_only_as_figures() {
    use peerdesk::domain::incidents::protocol::{Urgency, urgency};
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("demo.sqlite3");
    crate::common::demo_database(&path);
    let store = Store::open(&path).unwrap();
    let incidents = store.incidents().unwrap();
    let trajectories = store.trajectories().unwrap();
    assert!(incidents.len() >= 20, "incidents: {}", incidents.len());
    for outcome in [Some(Outcome::Closed), Some(Outcome::Referred), None] {
        assert!(trajectories.iter().any(|t| t.outcome == outcome), "no trajectory with outcome {outcome:?}");
    }
    let statistics: i64 =
        store.connection_for_tests().query_row("SELECT count(*) FROM incident_statistics", [], |r| r.get(0)).unwrap();
    assert!(statistics >= 1, "old cases are reduced to figures");
    // The newest incident's first conversation is due today; some conversation is overdue.
    let numbers = store.settings().unwrap().incidents;
    let now = crate::common::today().and_hms_opt(8, 0, 0).unwrap();
    let newest = &incidents[0];
    assert_eq!(urgency(newest.plan(&numbers).first_due, now), Urgency::DueToday);
    let overdue =
        store.conversations().unwrap().iter().any(|c| c.held_on.is_none() && !c.not_held && c.planned_at < now);
    assert!(overdue, "an overdue conversation to show");
    let repeat_due = trajectories
        .iter()
        .any(|t| store.offers(t.id).unwrap().first().is_some_and(|(_, a)| *a == Some(Answer::Declined)) && t.is_open());
    assert!(repeat_due, "a declined offer with its repeat due");
}

#[test]
fn the_command_line_lists_incidents_without_names_and_a_supporters_neutral_calendar() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("demo.sqlite3");
    crate::common::demo_database(&path);
    let store = Store::open_read_only(&path).unwrap();
    let people = store.list_people().unwrap();
    let trajectories = store.trajectories().unwrap();
    let planned = store.conversations().unwrap().into_iter().find(|c| {
        c.held_on.is_none()
            && !c.not_held
            && trajectories.iter().any(|t| t.id == c.trajectory && t.is_open() && t.supporter().is_some())
    });
    let planned = planned.expect("the demo plans conversations");
    let trajectory = trajectories.iter().find(|t| t.id == planned.trajectory).unwrap();
    let supporter = trajectory.supporter().unwrap();
    let employee: &str = &people.iter().find(|p| p.id == trajectory.employee).unwrap().name;
    let reference = &store.incidents().unwrap().into_iter().find(|i| i.id == trajectory.incident).unwrap().reference;
    drop(store);

    let run = |args: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_peerdesk"))
            .args(args)
            .arg("--db")
            .arg(&path)
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let incidents = run(&["list", "incidents", "--lang", "en"]);
    assert!(incidents.starts_with("Reference\tOccurred\tType"), "{incidents}");
    assert!(incidents.contains(reference.as_str()));
    assert!(!incidents.contains(employee), "the list of incidents names nobody");
    let supporters = run(&["list", "supporters", "--lang", "nl"]);
    assert!(supporters.lines().any(|l| l.starts_with(&format!("{}\t", supporter.0))), "{supporters}");

    let ics = dir.path().join("calendar.ics");
    run(&["export", "ics", "--supporter", &supporter.0.to_string(), "--lang", "en", "--out", ics.to_str().unwrap()]);
    let text = std::fs::read_to_string(&ics).unwrap();
    assert!(text.contains("SUMMARY:Peer-support conversation"));
    assert!(text.contains(&planned.planned_at.format("%Y%m%dT%H%M%S").to_string()));
    assert!(!text.contains(employee) && !text.contains(reference.as_str()), "no incident details");
}

#[test]
fn an_incidents_facts_are_corrected_keeping_its_reference_and_its_conversations() {
    let mut store = Store::open_in_memory().unwrap();
    store.set_clock(|| day(2026, 11, 22).and_hms_opt(9, 0, 0).unwrap());
    let employee = store.save_person(&PersonDraft { name: "Sanne Visser".into(), ..PersonDraft::default() }).unwrap();
    let id = incident(&mut store, day(2026, 11, 2));
    let trajectory = store.add_involved(id, employee, false).unwrap();
    let before = store.incidents().unwrap().remove(0);
    let lists = store.case_list_items().unwrap();
    let last_type = lists.iter().rfind(|i| i.kind == CaseListKind::IncidentType).unwrap().id;
    let corrected = IncidentDraft {
        version: None,
        occurred_on: day(2026, 11, 1),
        occurred_time: Some(chrono::NaiveTime::from_hms_opt(22, 30, 0).unwrap()),
        reported_at: day(2026, 11, 2).and_hms_opt(7, 45, 0).unwrap(),
        incident_type: last_type,
        reporter: before.reporter,
        departments: vec!["Spoedeisende Hulp".into(), "Intensive Care".into()],
    };
    store.update_incident(id, &corrected).unwrap();
    let after = store.incidents().unwrap().remove(0);
    assert_eq!(after.reference, before.reference, "the reference stays");
    assert_eq!(
        (after.occurred_on, after.occurred_time, after.reported_at, after.incident_type),
        (corrected.occurred_on, corrected.occurred_time, corrected.reported_at, last_type)
    );
    assert_eq!(after.departments, corrected.departments);
    assert_eq!(store.trajectories().unwrap().len(), 1, "the trajectory is kept");

    // What the form refuses, the store refuses: nothing changes.
    let future = IncidentDraft { reported_at: day(2026, 12, 1).and_hms_opt(9, 0, 0).unwrap(), ..corrected.clone() };
    assert!(matches!(store.update_incident(id, &future), Err(StoreError::Invalid(_))));
    // A report after a conversation that was held is refused too.
    let conversation = store
        .plan_conversation(trajectory, ConversationStep::First, day(2026, 11, 4).and_hms_opt(10, 0, 0).unwrap())
        .unwrap();
    store.record_conversation(conversation, Some(day(2026, 11, 4))).unwrap();
    let late = IncidentDraft { reported_at: day(2026, 11, 10).and_hms_opt(9, 0, 0).unwrap(), ..corrected.clone() };
    match store.update_incident(id, &late) {
        Err(StoreError::Invalid(problems)) => assert!(problems.fields().contains(&"reported_at"), "{problems:?}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(store.incidents().unwrap().remove(0), after);
}

#[test]
fn the_incident_lists_are_edited_and_an_item_in_use_stays() {
    let mut store = Store::open_in_memory().unwrap();
    let threat = store.add_case_list_item(CaseListKind::IncidentType, "  Bedreiging ").unwrap();
    let items = store.case_list_items().unwrap();
    let added = items.iter().find(|i| i.id == threat).unwrap();
    assert_eq!(added.name.as_deref(), Some("Bedreiging"));
    assert!(items.iter().rfind(|i| i.kind == CaseListKind::IncidentType).is_some_and(|i| i.id == threat));
    // What the form refuses, the store refuses.
    for twice in ["bedreiging", "Bedréiging "] {
        let twice = store.add_case_list_item(CaseListKind::IncidentType, twice);
        assert!(matches!(twice, Err(StoreError::Refused(Refusal::ListItemExists))), "{twice:?}");
    }
    assert!(matches!(store.add_case_list_item(CaseListKind::Reporter, " "), Err(StoreError::Invalid(_))));
    assert!(matches!(store.add_case_list_item(CaseListKind::Referral, &"x".repeat(81)), Err(StoreError::Invalid(_))));
    // The same name in another list is another item.
    store.add_case_list_item(CaseListKind::Reporter, "Bedreiging").unwrap();
    let other = store.add_case_list_item(CaseListKind::IncidentType, "Intimidatie").unwrap();
    let clash = store.rename_case_list_item(other, "BEDREIGING");
    assert!(matches!(clash, Err(StoreError::Refused(Refusal::ListItemExists))));
    store.rename_case_list_item(threat, "Bedreiging of intimidatie").unwrap();
    store.remove_case_list_item(other).unwrap();
    // An item an incident names stays; one nothing names goes.
    let used = incident(&mut store, day(2026, 11, 2));
    let kind = store.incidents().unwrap().into_iter().find(|i| i.id == used).unwrap().incident_type;
    assert!(matches!(store.remove_case_list_item(kind), Err(StoreError::Refused(Refusal::ListItemInUse))));
    store.remove_case_list_item(threat).unwrap();
    assert!(store.case_list_items().unwrap().iter().all(|i| i.id != threat));
}

#[test]
fn someone_added_only_for_an_incident_is_erased_with_the_last_of_their_cases() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("cases.sqlite3");
    let mut store = Store::create(&path).unwrap();
    store.set_clock(|| day(2026, 11, 22).and_hms_opt(9, 0, 0).unwrap());
    let colleague = store.save_person(&PersonDraft { name: "Sanne Visser".into(), ..PersonDraft::default() }).unwrap();
    const NAME: &str = "Wendela Kanarievogel";
    let old = incident(&mut store, day(2025, 8, 4));
    let newcomer =
        PersonDraft { name: NAME.into(), email: "w.kanarievogel@umc.example".into(), ..PersonDraft::default() };
    let theirs = store.add_new_involved(old, &newcomer, false).unwrap();
    let mine = store.add_involved(old, colleague, false).unwrap();
    for trajectory in [theirs, mine] {
        let third = store.plan_conversation(
            trajectory,
            ConversationStep::Third,
            day(2025, 9, 20).and_hms_opt(10, 0, 0).unwrap(),
        );
        store.record_conversation(third.unwrap(), Some(day(2025, 9, 20))).unwrap();
        store.end_trajectory(trajectory, Outcome::Closed, None, day(2025, 9, 20)).unwrap();
    }
    assert_eq!(store.count_people().unwrap(), 2);
    let dry = store.purge(day(2026, 11, 22), true).unwrap();
    assert_eq!((dry.trajectories, dry.incidents, dry.people), (2, 1, 1));
    assert_eq!(store.count_people().unwrap(), 2, "a dry run erases nobody");
    let done = store.purge(day(2026, 11, 22), false).unwrap();
    assert_eq!(done, dry);
    // The colleague from the directory stays; the newcomer is gone, from the
    // directory and from the file's bytes, and a restore would erase them again.
    let people = store.list_people().unwrap();
    assert_eq!(people.iter().map(|p| &*p.name).collect::<Vec<_>>(), vec!["Sanne Visser"]);
    drop(store);
    for file in ["cases.sqlite3", "cases.sqlite3-wal"] {
        let bytes = std::fs::read(dir.path().join(file)).unwrap_or_default();
        assert!(!bytes.windows(NAME.len()).any(|w| w == NAME.as_bytes()), "{NAME} is still in {file}");
    }
}

#[test]
fn a_restore_purges_again_what_a_shorter_retention_period_purged_since() {
    use peerdesk::domain::backups::BackupPolicy;
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("kept.sqlite3");
    let mut store = Store::create(&path).unwrap();
    store.set_clock(|| day(2026, 11, 22).and_hms_opt(9, 0, 0).unwrap());
    let employee = store.save_person(&PersonDraft { name: "Sanne Visser".into(), ..PersonDraft::default() }).unwrap();
    let old = incident(&mut store, day(2025, 8, 4));
    let trajectory = store.add_involved(old, employee, false).unwrap();
    store.record_offer(trajectory, day(2025, 8, 5), Some(Answer::Declined)).unwrap();
    store.record_offer(trajectory, day(2025, 8, 19), Some(Answer::NoAnswer)).unwrap();
    // Ended 15 months ago: kept under 24 months, backed up, then purged under 12.
    let mut settings = store.settings().unwrap();
    settings.organisation.name = "UMC Noord".into();
    settings.incidents.retention_months = 24;
    store.save_settings(&settings).unwrap();
    assert_eq!(store.purge(day(2026, 11, 22), false).unwrap().trajectories, 0);
    let backup = dir.path().join("with-the-case.sqlite3");
    store.back_up_to(&backup).unwrap();
    let mut settings = store.settings().unwrap();
    settings.incidents.retention_months = 12;
    store.save_settings(&settings).unwrap();
    assert_eq!(store.purge(day(2026, 11, 22), false).unwrap().trajectories, 1);
    // Restoring the backup does not bring the case back.
    store.restore_from(&backup, BackupPolicy::default()).unwrap();
    assert!(store.trajectories().unwrap().is_empty());
    assert_eq!(store.settings().unwrap().incidents.retention_months, 12);
}
