-- The benchmark clinic: 5 practitioners who offer one 30-minute visit (5-minute buffer after), working
-- Monday to Saturday 09:00-12:30 and 13:30-17:30 in New York, with :past completed appointments in the
-- past and :future confirmed ones spread over the next 31 days. Run with psql -v past=N -v future=N.
update clinic set time_zone = 'America/New_York', minimum_notice_minutes = 120, booking_horizon_days = 60, slot_step_minutes = 15;

insert into service_type (slug, name_en, description_en, duration_minutes, buffer_before_minutes, buffer_after_minutes, audience)
values ('bench-visit', 'Benchmark visit', 'A visit the benchmark books.', 30, 0, 5, 'ANYONE');

insert into practitioner (slug, display_name, bio_en, languages, display_order)
select 'bench-dr-' || i, 'Dr. Bench ' || i, 'Takes part in benchmarks.', 'en', i from generate_series(1, 5) i;

insert into practitioner_service (practitioner_id, service_type_id)
select p.id, s.id from practitioner p cross join service_type s where p.slug like 'bench-dr-%' and s.slug = 'bench-visit';

insert into working_hours (practitioner_id, day_of_week, start_time, end_time)
select p.id, d.day, h.starts, h.ends
from practitioner p
cross join (values ('MONDAY'), ('TUESDAY'), ('WEDNESDAY'), ('THURSDAY'), ('FRIDAY'), ('SATURDAY')) d(day)
cross join (values (time '09:00', time '12:30'), (time '13:30', time '17:30')) h(starts, ends)
where p.slug like 'bench-dr-%';

-- Future appointments on an hourly grid, so that none overlap; which ones is a fixed pseudo-random pick.
insert into appointment (reference, practitioner_id, service_type_id, status, starts_at, ends_at, blocked_from, blocked_until, created_at)
select 'F' || row_number() over (), practitioner_id, service_id, 'CONFIRMED',
       starts_at, starts_at + interval '30 minutes', starts_at, starts_at + interval '35 minutes', now()
from (select p.id practitioner_id, s.id service_id, (d::date + t.at) at time zone 'America/New_York' starts_at
      from generate_series((now() at time zone 'America/New_York')::date + 1,
                           (now() at time zone 'America/New_York')::date + 31, interval '1 day') d
      cross join (values (time '09:00'), (time '10:00'), (time '11:00'), (time '13:30'), (time '14:30'), (time '15:30'), (time '16:30')) t(at)
      cross join practitioner p
      cross join service_type s
      where p.slug like 'bench-dr-%' and s.slug = 'bench-visit' and extract(isodow from d) <= 6
      order by md5(p.id || ' ' || d || ' ' || t.at)
      limit :future) picked;

\ir history.sql
