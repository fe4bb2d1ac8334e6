-- The case is stored as its current state; its history is the event stream in Kafka (and the outbox).
CREATE TABLE personnel_case (
    id                    uuid        PRIMARY KEY,
    kind                  text        NOT NULL,
    proposal              jsonb       NOT NULL,
    proposal_version      integer     NOT NULL,
    regulation_id         text        NOT NULL,
    regulation_version    text        NOT NULL,
    response_working_days integer     NOT NULL,
    status                text        NOT NULL,
    last_sequence         bigint      NOT NULL,
    opinion               jsonb,
    decision              jsonb,
    opened_at             timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX personnel_case_recent ON personnel_case (opened_at DESC);
