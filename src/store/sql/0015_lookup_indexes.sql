-- A person's cases and attendance are found through an index instead of by
-- reading every row: deleting or erasing a person (whose references are
-- checked in each of these tables) and the retention purge stay quick as
-- the years of incidents grow.
CREATE INDEX trajectories_employee ON trajectories (employee_id);
CREATE INDEX trajectory_supporters_supporter ON trajectory_supporters (supporter_id);
CREATE INDEX attendance_person ON attendance (person_id);
CREATE INDEX network_attendance_person ON network_attendance (person_id);
CREATE INDEX circle_attendance_person ON circle_attendance (person_id);

-- The highest reference of a year ('I-2026-1234') is read from the end of
-- this index: by the year's digits, then the longest number, then the
-- highest, instead of reading every reference of the year.
CREATE INDEX incidents_reference_number ON incidents (substr(reference, 3, 4), length(reference), reference);
