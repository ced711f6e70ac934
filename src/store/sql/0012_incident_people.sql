-- People added to the directory on the spot because they were involved in
-- an incident (they were not in it before): when the last of their cases
-- has passed its retention period, they are erased with it.
CREATE TABLE incident_people (
    person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE
) STRICT;
