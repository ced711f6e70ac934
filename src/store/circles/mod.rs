//! Intervisie circles and mentoring in the database: sign-ups, mentor
//! profiles and pairs here; circles, their meetings and the methods in
//! `groups`. What the form refuses, the store refuses.

mod groups;
mod methods;

use crate::domain::circles::mentoring::{EndReason, MentorProfile, Pair, PairId, PairStatus, date_problems};
use crate::domain::circles::signups::{SignUp, SignUpDraft, SignUpId, SignUpStatus, Wish};
use crate::domain::lists::ListItemId;
use crate::domain::person::PersonId;
use crate::domain::slots::TimeSlot;
use crate::store::{
    Refusal, Result, Store, StoreError, Tx, check, date_text, is_unique_refusal, not_saved_by, parse_date, read,
    read_optional,
};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use std::collections::HashMap;

fn row_to_signup(r: &rusqlite::Row<'_>) -> Result<SignUp> {
    const TABLE: &str = "circle_signups";
    let id: i64 = r.get(0)?;
    let (signed, wish, languages, preferred, rules, status): (String, String, String, String, String, String) =
        (r.get(2)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?);
    Ok(SignUp {
        id: SignUpId(id),
        person: PersonId(r.get(1)?),
        signed_on: read(parse_date(&signed), TABLE, id, "signed_on", &signed)?,
        phase: r.get::<_, Option<i64>>(3)?.map(ListItemId),
        wish: read(Wish::from_code(&wish), TABLE, id, "wish", &wish)?,
        languages: languages.split(',').map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect(),
        preferred: TimeSlot::decode_all(&preferred),
        rules_accepted_on: read(parse_date(&rules), TABLE, id, "rules_accepted_on", &rules)?,
        status: read(SignUpStatus::from_code(&status), TABLE, id, "status", &status)?,
    })
}

impl Store {
    /// Every sign-up, oldest first.
    pub fn signups(&self) -> Result<Vec<SignUp>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, person_id, signed_on, phase_id, wish, languages, preferred, rules_accepted_on, status
             FROM circle_signups ORDER BY signed_on, id",
        )?;
        let mut rows = stmt.query([])?;
        let mut signups = Vec::new();
        while let Some(r) = rows.next()? {
            signups.push(row_to_signup(r)?);
        }
        Ok(signups)
    }

    /// Records a sign-up: one row per wish (a circle and a mentor are two).
    /// Someone who offers to mentor gets the mentor role and a profile with
    /// `capacity`. Someone already waiting for the same thing is refused.
    pub fn record_signup(&mut self, draft: &SignUpDraft, capacity: i64) -> Result<Vec<SignUpId>> {
        check(draft.problems(self.today()))?;
        let (Some(person), Some(signed_on), Some(rules)) = (draft.person, draft.signed_on, draft.rules_accepted_on)
        else {
            return Err(StoreError::Invalid(draft.problems(self.today())));
        };
        let wishes: Vec<Wish> = match draft.wish {
            Wish::Both => vec![Wish::Circle, Wish::Mentor],
            other => vec![other],
        };
        self.transact(|tx| {
            let mut ids = Vec::new();
            for wish in wishes {
                if wish == Wish::Circle && in_active_circle(tx, person)? {
                    return Err(StoreError::Refused(Refusal::AlreadyInCircle));
                }
                let status = if wish == Wish::OffersMentoring { SignUpStatus::Placed } else { SignUpStatus::Waiting };
                let inserted = tx.execute(
                    "INSERT INTO circle_signups (person_id, signed_on, phase_id, wish, languages, preferred,
                                                 rules_accepted_on, status, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                    params![
                        person.0,
                        date_text(signed_on),
                        draft.phase.map(|p| p.0),
                        wish.code(),
                        draft.languages.join(","),
                        TimeSlot::encode_all(&draft.preferred),
                        date_text(rules),
                        status.code(),
                        tx.stamp(),
                    ],
                );
                match inserted {
                    Ok(_) => ids.push(SignUpId(tx.last_insert_rowid())),
                    Err(e) if is_unique_refusal(&e) => return Err(StoreError::Refused(Refusal::PersonElsewhere)),
                    Err(e) => return Err(e.into()),
                }
                if wish == Wish::OffersMentoring {
                    tx.execute(
                        "INSERT OR IGNORE INTO person_roles (person_id, role) VALUES (?1, 'mentor')",
                        [person.0],
                    )?;
                    tx.execute(
                        "INSERT OR IGNORE INTO mentor_profiles (person_id, capacity, phases) VALUES (?1, ?2, '')",
                        params![person.0, capacity],
                    )?;
                }
            }
            Ok(ids)
        })
    }

    /// Withdraws a waiting sign-up, or (`waiting`) puts a withdrawn one back.
    pub fn set_signup_waiting(&mut self, signup: SignUpId, waiting: bool) -> Result<()> {
        self.transact(|tx| {
            if waiting {
                let person: Option<(i64, String)> = tx
                    .query_row("SELECT person_id, wish FROM circle_signups WHERE id = ?1", [signup.0], |r| {
                        Ok((r.get(0)?, r.get(1)?))
                    })
                    .optional()?;
                if let Some((person, wish)) = person
                    && wish == Wish::Circle.code()
                    && in_active_circle(tx, PersonId(person))?
                {
                    return Err(StoreError::Refused(Refusal::AlreadyInCircle));
                }
            }
            let (from, to) = if waiting { ("withdrawn", "waiting") } else { ("waiting", "withdrawn") };
            let changed = tx.execute(
                "UPDATE circle_signups SET status = ?2, updated_at = ?3 WHERE id = ?1 AND status = ?4",
                params![signup.0, to, tx.stamp(), from],
            );
            match changed {
                Ok(0) => Err(StoreError::Refused(Refusal::RegistrationPlaced)),
                Ok(_) => Ok(()),
                Err(e) if is_unique_refusal(&e) => Err(StoreError::Refused(Refusal::PersonElsewhere)),
                Err(e) => Err(e.into()),
            }
        })
    }

    /// Every mentor profile.
    pub fn mentor_profiles(&self) -> Result<Vec<MentorProfile>> {
        let mut stmt =
            self.conn.prepare_cached("SELECT person_id, capacity, phases, row_version FROM mentor_profiles")?;
        let mut rows = stmt.query([])?;
        let mut profiles = Vec::new();
        while let Some(r) = rows.next()? {
            let (person, phases): (i64, String) = (r.get(0)?, r.get(2)?);
            let phases = phases
                .split(',')
                .filter(|p| !p.trim().is_empty())
                .map(|p| p.trim().parse::<i64>().ok().map(ListItemId))
                .collect::<Option<Vec<_>>>();
            profiles.push(MentorProfile {
                person: PersonId(person),
                capacity: r.get(1)?,
                phases: read(phases, "mentor_profiles", person, "phases", "")?,
                version: Some(r.get(3)?),
            });
        }
        Ok(profiles)
    }

    /// Saves a mentor's capacity and phases. A profile changed since it was
    /// read (`profile.version`) is refused.
    pub fn save_mentor_profile(&mut self, profile: &MentorProfile) -> Result<()> {
        check(profile.problems())?;
        self.transact(|tx| {
            let phases: Vec<String> = profile.phases.iter().map(|p| p.0.to_string()).collect();
            let changed = tx.execute(
                "INSERT INTO mentor_profiles (person_id, capacity, phases) VALUES (?1, ?2, ?3)
                 ON CONFLICT (person_id) DO UPDATE SET capacity = ?2, phases = ?3, row_version = row_version + 1
                 WHERE ?4 IS NULL OR row_version = ?4",
                params![profile.person.0, profile.capacity, phases.join(","), profile.version],
            )?;
            if changed == 0 {
                return Err(not_saved_by(tx, "mentor_profiles", "person_id", profile.person.0, "mentor profile")?);
            }
            Ok(())
        })
    }

    /// Every mentor–mentee pair with its meeting dates.
    pub fn pairs(&self) -> Result<Vec<Pair>> {
        const TABLE: &str = "mentor_pairs";
        let mut meetings: HashMap<i64, Vec<NaiveDate>> = HashMap::new();
        let mut stmt = self.conn.prepare_cached("SELECT pair_id, met_on FROM pair_meetings ORDER BY met_on")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
            let (pair, met) = row?;
            meetings.entry(pair).or_default().push(read(parse_date(&met), "pair_meetings", pair, "met_on", &met)?);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, mentor_id, mentee_id, signup_id, status, proposed_on, started_on, ended_on, end_reason
             FROM mentor_pairs ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        let mut pairs = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let (status, proposed): (String, String) = (r.get(4)?, r.get(5)?);
            let (started, ended, reason): (Option<String>, Option<String>, Option<String>) =
                (r.get(6)?, r.get(7)?, r.get(8)?);
            pairs.push(Pair {
                id: PairId(id),
                mentor: PersonId(r.get(1)?),
                mentee: PersonId(r.get(2)?),
                signup: SignUpId(r.get(3)?),
                status: read(PairStatus::from_code(&status), TABLE, id, "status", &status)?,
                proposed_on: read(parse_date(&proposed), TABLE, id, "proposed_on", &proposed)?,
                started_on: read_optional(started.as_deref(), parse_date, TABLE, id, "started_on")?,
                ended_on: read_optional(ended.as_deref(), parse_date, TABLE, id, "ended_on")?,
                end_reason: read_optional(reason.as_deref(), EndReason::from_code, TABLE, id, "end_reason")?,
                meetings: meetings.remove(&id).unwrap_or_default(),
            });
        }
        Ok(pairs)
    }

    /// Proposes `mentor` for the mentee of `signup`: refused when the mentor
    /// has no capacity left or the sign-up does not wait for a mentor.
    pub fn propose_pair(&mut self, signup: SignUpId, mentor: PersonId, on: NaiveDate) -> Result<PairId> {
        self.transact(|tx| {
            let mentee: Option<i64> = tx
                .query_row(
                    "SELECT person_id FROM circle_signups WHERE id = ?1 AND wish = 'mentor' AND status = 'waiting'",
                    [signup.0],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(mentee) = mentee else { return Err(StoreError::Refused(Refusal::RegistrationPlaced)) };
            if mentee == mentor.0 {
                return Err(StoreError::Refused(Refusal::NotAllowedToSupport));
            }
            let capacity: Option<i64> = tx
                .query_row("SELECT capacity FROM mentor_profiles WHERE person_id = ?1", [mentor.0], |r| r.get(0))
                .optional()?;
            let open: i64 = tx.query_row(
                "SELECT count(*) FROM mentor_pairs WHERE mentor_id = ?1 AND status <> 'ended'",
                [mentor.0],
                |r| r.get(0),
            )?;
            if capacity.is_none_or(|c| open >= c) {
                return Err(StoreError::Refused(Refusal::MentorFull));
            }
            let inserted = tx.execute(
                "INSERT INTO mentor_pairs (mentor_id, mentee_id, signup_id, status, proposed_on)
                 VALUES (?1, ?2, ?3, 'proposed', ?4)",
                params![mentor.0, mentee, signup.0, date_text(on)],
            );
            match inserted {
                Ok(_) => Ok(PairId(tx.last_insert_rowid())),
                Err(e) if is_unique_refusal(&e) => Err(StoreError::Refused(Refusal::RegistrationPlaced)),
                Err(e) => Err(e.into()),
            }
        })
    }

    /// The coordinator confirms a proposed pair: it starts on `on` and the
    /// mentee no longer waits.
    pub fn start_pair(&mut self, pair: PairId, on: NaiveDate) -> Result<()> {
        let today = self.today();
        self.transact(|tx| {
            let (proposed, signup) = open_pair(tx, pair, "proposed")?;
            check(date_problems(proposed, on, today))?;
            tx.execute(
                "UPDATE mentor_pairs SET status = 'active', started_on = ?2 WHERE id = ?1",
                params![pair.0, date_text(on)],
            )?;
            tx.execute(
                "UPDATE circle_signups SET status = 'placed', updated_at = ?2 WHERE id = ?1",
                params![signup, tx.stamp()],
            )?;
            Ok(())
        })
    }

    /// Ends a proposed or active pair on `on` for `reason`. A proposal that
    /// is declined leaves the mentee waiting.
    pub fn end_pair(&mut self, pair: PairId, on: NaiveDate, reason: EndReason) -> Result<()> {
        let today = self.today();
        self.transact(|tx| {
            let (proposed, signup) = match open_pair(tx, pair, "active") {
                Ok(found) => found,
                Err(_) => open_pair(tx, pair, "proposed")?,
            };
            check(date_problems(proposed, on, today))?;
            tx.execute(
                "UPDATE mentor_pairs SET status = 'ended', ended_on = ?2, end_reason = ?3 WHERE id = ?1",
                params![pair.0, date_text(on), reason.code()],
            )?;
            // The mentee waits again unless the pair ran its course.
            if reason != EndReason::Completed {
                tx.execute(
                    "UPDATE circle_signups SET status = 'waiting', updated_at = ?2 WHERE id = ?1 AND status = 'placed'",
                    params![signup, tx.stamp()],
                )?;
            }
            Ok(())
        })
    }

    /// Notes that an active pair met on `on` (a date, nothing else).
    pub fn add_pair_meeting(&mut self, pair: PairId, on: NaiveDate) -> Result<()> {
        let today = self.today();
        self.transact(|tx| {
            let (proposed, _) = open_pair(tx, pair, "active")?;
            check(date_problems(proposed, on, today))?;
            tx.execute(
                "INSERT OR IGNORE INTO pair_meetings (pair_id, met_on) VALUES (?1, ?2)",
                params![pair.0, date_text(on)],
            )?;
            Ok(())
        })
    }
}

/// The proposal date and sign-up of a pair in `status`, or the refusal.
fn open_pair(tx: &Tx, pair: PairId, status: &str) -> Result<(NaiveDate, i64)> {
    let found: Option<(String, i64)> = tx
        .query_row(
            "SELECT proposed_on, signup_id FROM mentor_pairs WHERE id = ?1 AND status = ?2",
            params![pair.0, status],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((proposed, signup)) = found else { return Err(StoreError::Refused(Refusal::PairNotOpen)) };
    Ok((read(parse_date(&proposed), "mentor_pairs", pair.0, "proposed_on", &proposed)?, signup))
}

/// True when `person` is a member of a circle that has not ended.
fn in_active_circle(tx: &Tx, person: PersonId) -> Result<bool> {
    let found: Option<i64> = tx
        .query_row(
            "SELECT 1 FROM circle_members m JOIN circles c ON c.id = m.circle_id
             WHERE m.person_id = ?1 AND c.status <> 'ended' LIMIT 1",
            [person.0],
            |r| r.get(0),
        )
        .optional()?;
    Ok(found.is_some())
}
