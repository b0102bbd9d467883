-- The second wall against double booking (the first is the practitioner row lock taken by every
-- booking transaction): no two time-holding appointments of one practitioner may overlap, buffers
-- included. Half-open ranges, so back-to-back visits are allowed.
create extension if not exists btree_gist;

alter table appointment add constraint appointment_no_overlap exclude using gist (
    practitioner_id with =,
    tstzrange(blocked_from, blocked_until, '[)') with &&
) where (status in ('REQUESTED', 'CONFIRMED'));
