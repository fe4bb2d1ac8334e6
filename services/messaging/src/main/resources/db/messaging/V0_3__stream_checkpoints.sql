-- How far the stream has been signed. Read and moved under the same row lock as the appends, so a checkpoint
-- covers exactly the events before it and replicas never sign one position twice.
alter table event_stream add column checkpointed_position bigint not null default 0;
