//! Peer networks in the database: networks with their regular meeting,
//! members (with the dates they joined, left and agreed to share contact
//! details), single meetings skipped or moved, and who came. What the form
//! refuses, the store refuses.

mod meetings;

use crate::domain::PersonId;
use crate::domain::networks::recurrence::{Rule, Series};
use crate::domain::networks::{
    Membership, MembershipId, Network, NetworkDraft, NetworkId, NetworkStatus, leave_problems,
};
use crate::store::{
    Refusal, Result, Store, StoreError, Tx, check, date_text, is_unique_refusal, parse_date, read, read_optional,
};
use chrono::{NaiveDate, NaiveTime, Weekday};
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row, params, params_from_iter};

const TIME: &str = "%H:%M";

const NETWORK_COLUMNS: &str = "id, name, audience, convenor_id, status, rule, nth, weekday, interval, from_date,
     until_date, start_time, minutes, online, place, rotating_hosts, row_version";

/// A network from its row (the columns of [`NETWORK_COLUMNS`]).
fn row_to_network(r: &Row<'_>) -> Result<Network> {
    const TABLE: &str = "networks";
    let id: i64 = r.get(0)?;
    let (status, rule): (String, String) = (r.get(4)?, r.get(5)?);
    let (nth, weekday, interval): (i64, i64, i64) = (r.get(6)?, r.get(7)?, r.get(8)?);
    let weekday = read(
        u8::try_from(weekday).ok().and_then(|w| Weekday::try_from(w).ok()),
        TABLE,
        id,
        "weekday",
        &weekday.to_string(),
    )?;
    let interval = read(u32::try_from(interval).ok(), TABLE, id, "interval", &interval.to_string())?;
    let rule = match rule.as_str() {
        "monthly" => Rule::MonthlyWeekday {
            nth: read(i8::try_from(nth).ok(), TABLE, id, "nth", &nth.to_string())?,
            weekday,
            months: interval,
        },
        "weekly" => Rule::Weekly { weeks: interval, weekday },
        other => return Err(StoreError::BadRow { table: TABLE, id, reason: format!("rule = {other:?}") }),
    };
    let (from, until, time): (String, Option<String>, String) = (r.get(9)?, r.get(10)?, r.get(11)?);
    Ok(Network {
        id: NetworkId(id),
        name: r.get(1)?,
        audience: r.get(2)?,
        convenor: r.get::<_, Option<i64>>(3)?.map(PersonId),
        status: read(NetworkStatus::from_code(&status), TABLE, id, "status", &status)?,
        series: Series {
            rule,
            from: read(parse_date(&from), TABLE, id, "from_date", &from)?,
            until: read_optional(until.as_deref(), parse_date, TABLE, id, "until_date")?,
            time: read(NaiveTime::parse_from_str(&time, TIME).ok(), TABLE, id, "start_time", &time)?,
            minutes: r.get(12)?,
        },
        online: r.get(13)?,
        place: r.get(14)?,
        rotating_hosts: r.get(15)?,
        version: r.get(16)?,
    })
}

/// A draft's columns, in the order of the INSERT and UPDATE statements.
fn draft_values(draft: &NetworkDraft) -> Vec<Value> {
    let (rule, nth, weekday, interval) = rule_columns(draft.series.rule);
    let text = |s: &str| Value::Text(s.trim().to_string());
    let flag = |b: bool| Value::Integer(i64::from(b));
    vec![
        text(&draft.name),
        text(&draft.audience),
        draft.convenor.map_or(Value::Null, |p| Value::Integer(p.0)),
        text(draft.status.code()),
        text(rule),
        Value::Integer(nth),
        Value::Integer(weekday),
        Value::Integer(interval),
        Value::Text(date_text(draft.series.from)),
        draft.series.until.map_or(Value::Null, |d| Value::Text(date_text(d))),
        Value::Text(draft.series.time.format(TIME).to_string()),
        Value::Integer(draft.series.minutes),
        flag(draft.online),
        text(&draft.place),
        flag(draft.rotating_hosts),
    ]
}

/// The rule as stored: its kind, nth, weekday (0 = Monday) and interval.
fn rule_columns(rule: Rule) -> (&'static str, i64, i64, i64) {
    match rule {
        Rule::MonthlyWeekday { nth, weekday, months } => {
            ("monthly", i64::from(nth), i64::from(weekday.num_days_from_monday()), i64::from(months))
        }
        Rule::Weekly { weeks, weekday } => ("weekly", 1, i64::from(weekday.num_days_from_monday()), i64::from(weeks)),
    }
}

fn row_to_membership(r: &Row<'_>) -> Result<Membership> {
    const TABLE: &str = "network_members";
    let id: i64 = r.get(0)?;
    let (joined, left, consent): (String, Option<String>, Option<String>) = (r.get(3)?, r.get(4)?, r.get(5)?);
    Ok(Membership {
        id: MembershipId(id),
        network: NetworkId(r.get(1)?),
        person: PersonId(r.get(2)?),
        joined_on: read(parse_date(&joined), TABLE, id, "joined_on", &joined)?,
        left_on: read_optional(left.as_deref(), parse_date, TABLE, id, "left_on")?,
        consent_on: read_optional(consent.as_deref(), parse_date, TABLE, id, "consent_on")?,
    })
}

impl Store {
    /// Every network, by name.
    pub fn networks(&self) -> Result<Vec<Network>> {
        let sql = format!("SELECT {NETWORK_COLUMNS} FROM networks ORDER BY name COLLATE NOCASE, id");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query([])?;
        let mut networks = Vec::new();
        while let Some(r) = rows.next()? {
            networks.push(row_to_network(r)?);
        }
        Ok(networks)
    }

    fn network(tx: &Tx, id: NetworkId) -> Result<Network> {
        let sql = format!("SELECT {NETWORK_COLUMNS} FROM networks WHERE id = ?1");
        let mut stmt = tx.prepare_cached(&sql)?;
        let mut rows = stmt.query([id.0])?;
        match rows.next()? {
            Some(r) => row_to_network(r),
            None => Err(StoreError::NotFound("network")),
        }
    }

    /// Records a new network; its convenor joins it on `today`.
    pub fn create_network(&mut self, draft: &NetworkDraft, today: NaiveDate) -> Result<NetworkId> {
        check(draft.problems())?;
        self.transact(|tx| {
            let mut values = draft_values(draft);
            values.push(Value::Text(tx.stamp().to_string()));
            tx.execute(
                "INSERT INTO networks (name, audience, convenor_id, status, rule, nth, weekday, interval, from_date,
                                       until_date, start_time, minutes, online, place, rotating_hosts,
                                       created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)",
                params_from_iter(values),
            )?;
            let id = NetworkId(tx.last_insert_rowid());
            if let Some(convenor) = draft.convenor {
                insert_member(tx, id, convenor, today)?;
            }
            Ok(id)
        })
    }

    /// Saves a network's details; a new convenor who is not a member joins on `today`.
    pub fn update_network(&mut self, id: NetworkId, draft: &NetworkDraft, today: NaiveDate) -> Result<()> {
        check(draft.problems())?;
        self.transact(|tx| {
            let mut values = draft_values(draft);
            values.push(Value::Text(tx.stamp().to_string()));
            values.push(Value::Integer(id.0));
            values.push(draft.version.map_or(Value::Null, Value::Integer));
            let changed = tx.execute(
                "UPDATE networks SET name = ?1, audience = ?2, convenor_id = ?3, status = ?4, rule = ?5, nth = ?6,
                        weekday = ?7, interval = ?8, from_date = ?9, until_date = ?10, start_time = ?11,
                        minutes = ?12, online = ?13, place = ?14, rotating_hosts = ?15, updated_at = ?16,
                        row_version = row_version + 1
                 WHERE id = ?17 AND (?18 IS NULL OR row_version = ?18)",
                params_from_iter(values),
            )?;
            if changed == 0 {
                return Err(crate::store::not_saved(tx, "networks", id.0, "network")?);
            }
            // Skips and moves of meetings the new rule no longer gives would
            // linger in calendars: they go with the old rule.
            let network = Store::network(tx, id)?;
            for change in Store::changes_of(tx, id)? {
                if !network.series.gives(change.original) {
                    tx.execute(
                        "DELETE FROM network_meeting_changes WHERE network_id = ?1 AND original_date = ?2",
                        params![id.0, date_text(change.original)],
                    )?;
                }
            }
            if let Some(convenor) = draft.convenor {
                let member: Option<i64> = tx
                    .query_row(
                        "SELECT id FROM network_members WHERE network_id = ?1 AND person_id = ?2 AND left_on IS NULL",
                        params![id.0, convenor.0],
                        |r| r.get(0),
                    )
                    .optional()?;
                if member.is_none() {
                    insert_member(tx, id, convenor, today)?;
                }
            }
            Ok(())
        })
    }

    /// Every membership, past and current, oldest first.
    pub fn memberships(&self) -> Result<Vec<Membership>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, network_id, person_id, joined_on, left_on, consent_on FROM network_members
             ORDER BY network_id, joined_on, id",
        )?;
        let mut rows = stmt.query([])?;
        let mut memberships = Vec::new();
        while let Some(r) = rows.next()? {
            memberships.push(row_to_membership(r)?);
        }
        Ok(memberships)
    }

    /// Adds `person` to `network` from `joined_on`; a current member is refused.
    pub fn add_member(&mut self, network: NetworkId, person: PersonId, joined_on: NaiveDate) -> Result<MembershipId> {
        self.transact(|tx| {
            Store::network(tx, network)?;
            insert_member(tx, network, person, joined_on)
        })
    }

    /// The member leaves on `left_on`; the membership and its attendance stay.
    pub fn leave_network(&mut self, membership: MembershipId, left_on: NaiveDate) -> Result<()> {
        let today = self.today();
        self.transact(|tx| {
            let (joined, left): (String, Option<String>) = tx
                .query_row("SELECT joined_on, left_on FROM network_members WHERE id = ?1", [membership.0], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?
                .ok_or(StoreError::NotFound("membership"))?;
            if left.is_some() {
                return Err(StoreError::Refused(Refusal::NotAMember));
            }
            let joined = read(parse_date(&joined), "network_members", membership.0, "joined_on", &joined)?;
            check(leave_problems(joined, left_on, today))?;
            tx.execute(
                "UPDATE network_members SET left_on = ?2 WHERE id = ?1",
                params![membership.0, date_text(left_on)],
            )?;
            Ok(())
        })
    }

    /// Takes back a member's leaving (undo).
    pub fn rejoin_network(&mut self, membership: MembershipId) -> Result<()> {
        self.transact(|tx| {
            let updated = tx.execute("UPDATE network_members SET left_on = NULL WHERE id = ?1", [membership.0]);
            match updated {
                Ok(0) => Err(StoreError::NotFound("membership")),
                Ok(_) => Ok(()),
                Err(e) if is_unique_refusal(&e) => Err(StoreError::Refused(Refusal::AlreadyMember)),
                Err(e) => Err(e.into()),
            }
        })
    }

    /// Records that a current member agreed (on a date) to share their
    /// contact details with the network, or withdrew that (`None`).
    pub fn set_consent(&mut self, membership: MembershipId, consent_on: Option<NaiveDate>) -> Result<()> {
        self.transact(|tx| {
            let changed = tx.execute(
                "UPDATE network_members SET consent_on = ?2 WHERE id = ?1 AND left_on IS NULL",
                params![membership.0, consent_on.map(date_text)],
            )?;
            if changed == 0 { Err(StoreError::Refused(Refusal::NotAMember)) } else { Ok(()) }
        })
    }
}

fn insert_member(tx: &Tx, network: NetworkId, person: PersonId, joined_on: NaiveDate) -> Result<MembershipId> {
    let inserted = tx.execute(
        "INSERT INTO network_members (network_id, person_id, joined_on) VALUES (?1, ?2, ?3)",
        params![network.0, person.0, date_text(joined_on)],
    );
    match inserted {
        Ok(_) => Ok(MembershipId(tx.last_insert_rowid())),
        Err(e) if is_unique_refusal(&e) => Err(StoreError::Refused(Refusal::AlreadyMember)),
        Err(e) => Err(e.into()),
    }
}
