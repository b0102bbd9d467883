-- Idempotency-Keys are now claimed inside the booking transaction: a committed record always holds its
-- answer, so neither its state nor the attempt holding it is needed. Records of requests that were still
-- in flight belong to requests that can no longer complete.
delete from idempotency_record where state <> 'COMPLETE';
alter table idempotency_record drop constraint idempotency_record_state;
alter table idempotency_record drop column state;
alter table idempotency_record drop column attempt;
