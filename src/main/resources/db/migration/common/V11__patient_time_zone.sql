-- The patient's IANA time zone, as their browser gave it with the booking (optional): emails to the patient
-- show the time in it beside the clinic's. Not personal data on its own, but only the patient's own views use it.
alter table appointment add column patient_time_zone varchar(64);
