-- pgbench script for bench/booking.sh: the statements of one distinct-slot booking as the service issues
-- them (captured with log_statement = 'all' on PostgreSQL, 2026-12-02, a request with an Idempotency-Key
-- and a patient with a mailable address), in the same one transaction: the Idempotency-Key looked up and
-- claimed, the booking, the NOTIFY to the other instances, the outbox row and the answer stored. The
-- first statement is pgbench's own, not the service's: it picks this booking's values (one of the practitioners of bench/booking-seed.sql, their number given with
-- pgbench -D practitioners=N, and a slot two years ahead, where the service's benchmark never books); the
-- service computes them in Java.
select n, 'book-dr-' || (n % :practitioners + 1) slug, '{' || p.id || '}' pids, p.id pid,
       encode(sha256(('pgbench-key-' || n)::bytea), 'hex') key_hash, encode(sha256(('pgbench-body-' || n)::bytea), 'hex') request_hash,
       encode(sha256(('pgbench-token-' || n)::bytea), 'hex') token_hash, 'P' || n reference, 'msg_' || md5('pgbench-' || n) message_id,
       now() now_at, t starts_at, t + interval '30 minutes' ends_at, t + interval '35 minutes' blocked_until,
       t::date on_day, date_trunc('day', t) range_from, date_trunc('day', t) + interval '1 day 12 hours' range_to, date_trunc('day', t) + interval '1 day' range_until
from (select n, timestamptz '2028-12-01 13:00:00+00' + (n / 40) * interval '45 minutes' t from (select nextval('bench_pgbench_booking') n) s) s
join practitioner p on p.slug = 'book-dr-' || (n % :practitioners + 1) \gset

BEGIN;
select ir1_0.key_hash,ir1_0.created_at,ir1_0.location,ir1_0.request_hash,ir1_0.response_status,ir1_0.sealed_response from idempotency_record ir1_0 where ir1_0.key_hash=:key_hash;
insert into idempotency_record (created_at,location,request_hash,response_status,sealed_response,key_hash) values (:now_at,NULL,:request_hash,NULL,NULL,:key_hash);
select st1_0.id,st1_0.active,st1_0.audience,st1_0.buffer_after_minutes,st1_0.buffer_before_minutes,st1_0.description_en,st1_0.description_es,st1_0.display_order,st1_0.duration_minutes,st1_0.name_en,st1_0.name_es,st1_0.slug from service_type st1_0 where st1_0.slug='bench-visit' fetch first 1 rows only \gset st_
select c1_0.id,c1_0.address,c1_0.booking_horizon_days,c1_0.cancellation_cutoff_hours,c1_0.default_locale,c1_0.email,c1_0.minimum_notice_minutes,c1_0.name,c1_0.phone,c1_0.requires_confirmation,c1_0.slot_step_minutes,c1_0.time_zone,c1_0.website_origins from clinic c1_0 where c1_0.id=1;
select p1_0.id,p1_0.active,p1_0.bio_en,p1_0.bio_es,p1_0.credentials,p1_0.display_name,p1_0.display_order,p1_0.languages,s1_0.practitioner_id,s1_1.id,s1_1.active,s1_1.audience,s1_1.buffer_after_minutes,s1_1.buffer_before_minutes,s1_1.description_en,s1_1.description_es,s1_1.display_order,s1_1.duration_minutes,s1_1.name_en,s1_1.name_es,s1_1.slug,p1_0.slug from practitioner p1_0 left join practitioner_service s1_0 on p1_0.id=s1_0.practitioner_id left join service_type s1_1 on s1_1.id=s1_0.service_type_id where p1_0.slug=:slug;
select 'H', practitioner_id, day_of_week, start_time, end_time, valid_from, valid_until from working_hours where practitioner_id = any(:pids) and (valid_from is null or valid_from <= :on_day) and (valid_until is null or valid_until >= :on_day) union all select 'T', practitioner_id, null, start_time, end_time, first_day, last_day from time_off where practitioner_id = any(:pids) and last_day >= :on_day and first_day <= :on_day union all select 'C', null, null, start_time, end_time, first_day, last_day from clinic_closure where last_day >= :on_day and first_day <= :on_day;
select practitioner_id, cast(extract(epoch from blocked_from) as bigint), cast(extract(epoch from blocked_until) as bigint) from appointment where practitioner_id = any(:pids) and status in ('CONFIRMED', 'REQUESTED') and blocked_until > :range_from and blocked_until < :range_to and blocked_from < :range_until and id <> -1;
select p1_0.id from practitioner p1_0 where p1_0.id=:pid for no key update of p1_0;
select practitioner_id, cast(extract(epoch from blocked_from) as bigint), cast(extract(epoch from blocked_until) as bigint) from appointment where practitioner_id = any(:pids) and status in ('CONFIRMED', 'REQUESTED') and blocked_until > :range_from and blocked_until < :range_to and blocked_from < :range_until and id <> -1;
insert into appointment (blocked_from,blocked_until,consent_to_contact,contact_email,contact_first_name,contact_last_name,contact_phone,contact_relationship,created_at,ends_at,erased_at,locale,manage_token_hash,new_patient,patient_email,patient_first_name,patient_last_name,patient_phone,patient_date_of_birth,practitioner_id,reason,reference,service_type_id,starts_at,status,updated_at,version) values (:starts_at,:blocked_until,true,NULL,NULL,NULL,NULL,NULL,:now_at,:ends_at,NULL,'en',:token_hash,false,'bench@clinicbook-bench.net','Bench','Patient','+1 555 010 0000',NULL,:pid,NULL,:reference,:st_id,:starts_at,'CONFIRMED',:now_at,0) RETURNING * \gset a_
insert into appointment_event (actor,appointment_id,at,from_status,reason,to_status) values ('patient',:a_id,:now_at,NULL,'Requested online; the clinic confirms requests at once','CONFIRMED') RETURNING *;
NOTIFY clinic_held_time;
insert into outbox_message (appointment_id,appointment_reference,attempts,channel,claimed_by,claimed_until,created_at,delivered_at,event_type,last_error,message_id,next_attempt_at,ordering_key,payload,sealed_token,status,subscription_id) values (:a_id,:reference,0,'EMAIL',NULL,NULL,:now_at,NULL,'patient.confirmed',NULL,:message_id,:now_at,'mail-patient:' || :a_id,NULL,NULL,'PENDING',NULL) RETURNING *;
select ws1_0.id,ws1_0.active,ws1_0.consecutive_failures,ws1_0.created_at,ws1_0.description,ws1_0.event_types,ws1_0.failing,ws1_0.include_contact_fields,ws1_0.previous_secret,ws1_0.previous_secret_until,ws1_0.secret,ws1_0.updated_at,ws1_0.url from webhook_subscription ws1_0 where ws1_0.active=true;
update idempotency_record set created_at=:now_at,location='/api/v1/appointments/' || :reference,request_hash=:request_hash,response_status=201,sealed_response=repeat('x', 340) where key_hash=:key_hash;
COMMIT;
