-- records that repeat an event byte for byte: the relay's at-least-once delivery, counted and not judged twice
alter table audit_stream add column redelivered bigint not null default 0;
