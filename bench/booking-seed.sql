-- Practitioners for the booking benchmark, on top of seed.sql's clinic: :practitioners of them named
-- book-dr-N and one more, book-dr-contended, all offering bench-visit and working every day
-- 08:00-20:00 in New York; bookings may be made up to a year ahead. Run with psql -v practitioners=N.
update clinic set booking_horizon_days = 366;

insert into practitioner (slug, display_name, bio_en, languages, display_order)
select 'book-dr-' || i, 'Dr. Booked ' || i, 'Takes part in booking benchmarks.', 'en', 100 + i
from generate_series(1, :practitioners) i
union all
select 'book-dr-contended', 'Dr. Contended', 'Every request wants the same slot of this practitioner.', 'en', 99;

insert into practitioner_service (practitioner_id, service_type_id)
select p.id, s.id from practitioner p cross join service_type s where p.slug like 'book-dr-%' and s.slug = 'bench-visit';

insert into working_hours (practitioner_id, day_of_week, start_time, end_time)
select p.id, d.day, time '08:00', time '20:00'
from practitioner p
cross join (values ('MONDAY'), ('TUESDAY'), ('WEDNESDAY'), ('THURSDAY'), ('FRIDAY'), ('SATURDAY'), ('SUNDAY')) d(day)
where p.slug like 'book-dr-%';
