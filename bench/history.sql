-- :past more completed appointments, continuing back in time from the newest past one: half an hour
-- apart per practitioner, the newest at 00:00 UTC yesterday.
insert into appointment (reference, practitioner_id, service_type_id, status, starts_at, ends_at, blocked_from, blocked_until, created_at)
select 'H' || h.k, p.id, s.id, 'COMPLETED',
       h.starts_at, h.starts_at + interval '30 minutes', h.starts_at, h.starts_at + interval '35 minutes', h.starts_at
from (select k, date_trunc('day', now()) - interval '1 day' - (k / 5) * interval '30 minutes' starts_at
      from (select done.c + n k
            from generate_series(0, :past - 1) n
            cross join (select count(*) c from appointment where reference like 'H%') done) numbered) h
join practitioner p on p.slug = 'bench-dr-' || (1 + h.k % 5)
cross join service_type s
where s.slug = 'bench-visit';
-- Sets the visibility map, so that the index answers alone (autovacuum would, later).
vacuum analyze appointment;
