-- One row per case the cadre board consults on; its current proposal version and the opinion on it.
CREATE TABLE consultation (
    case_id          uuid        PRIMARY KEY,
    request          jsonb       NOT NULL,
    proposal_version integer     NOT NULL,
    status           text        NOT NULL,
    due_date         date        NOT NULL,
    last_sequence    bigint      NOT NULL,
    opinion          jsonb,
    received_at      timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX consultation_inbox ON consultation (status, due_date);
