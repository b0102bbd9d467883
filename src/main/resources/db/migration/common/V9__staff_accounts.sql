-- Staff accounts are deactivated, never deleted: appointment_event names its actors by username.
alter table staff_user add column active boolean default true not null;
