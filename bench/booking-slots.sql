-- The slots the booking benchmark asks for, one "practitioner start" line each: from tomorrow on,
-- 08:00 to 19:15 every 45 minutes (a 30-minute visit and its 5-minute buffer never meet the next one),
-- practitioner by practitioner within each start, so that consecutive requests go to different
-- practitioners. Run with psql -At -v pattern='book-dr-%' (or 'book-dr-contended').
select p.slug || ' ' || to_char((d::date + time '08:00' + k * interval '45 minutes') at time zone 'America/New_York'
                                 at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
from generate_series((now() at time zone 'America/New_York')::date + 1,
                     (now() at time zone 'America/New_York')::date + 365, interval '1 day') d
cross join generate_series(0, 15) k
cross join practitioner p
where p.slug like :'pattern'
order by d, k, p.display_order;
