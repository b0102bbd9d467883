-- bench/run.sh on H2: :past more completed appointments of the demo clinic's practitioners, continuing
-- back in time from the oldest one this file added: half an hour apart per practitioner, the newest
-- at 00:00 UTC yesterday. Run with org.h2.tools.RunScript after replacing :past.
insert into appointment (reference, practitioner_id, service_type_id, status, starts_at, ends_at, blocked_from, blocked_until, created_at)
select 'H' || h.k, p.id, s.id, 'COMPLETED',
       h.starts_at, dateadd(minute, 30, h.starts_at), h.starts_at, dateadd(minute, 35, h.starts_at), h.starts_at
from (select n.k, dateadd(minute, -30 * (n.k / 3), cast(dateadd(day, -1, current_date) as timestamp with time zone)) starts_at
      from (select x + (select count(*) from appointment where reference like 'H%') k from system_range(0, :past - 1)) n) h
join (select id, row_number() over (order by id) - 1 rn from practitioner) p on p.rn = mod(h.k, 3)
cross join (select min(id) id from service_type where slug = 'follow-up-adjustment') s;
analyze;
