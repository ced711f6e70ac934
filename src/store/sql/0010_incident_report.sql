-- The yearly report counts each incident once: the anonymous figures of a
-- purged trajectory keep the number of the incident it belonged to (a
-- number only; the incident itself is gone).
ALTER TABLE incident_statistics ADD COLUMN incident_number INTEGER;
