-- Rate-limit token buckets shared by every instance (bucket4j's PostgreSQL layout): the state is
-- bucket4j's serialised bucket, expires_at the epoch millisecond after which the bucket is full again.
create table rate_limit_bucket (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);
