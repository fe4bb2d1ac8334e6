-- Who did what to each case and when, for the consoles: the cadre board's steps (its events leave through the
-- outbox, but drafts, amendments of drafts and the opening publish none) and the executive board's answers,
-- written in the transaction of the change. `position` orders a case's lines as the board recorded them.
CREATE TABLE case_timeline (
    position         bigserial   PRIMARY KEY,
    case_id          uuid        NOT NULL REFERENCES personnel_case (id),
    step             text        NOT NULL,
    proposal_version integer     NOT NULL,
    detail           text,
    actor            text,       -- the signed-in user of the board concerned; null when it acted on its own
    occurred_at      timestamptz NOT NULL
);

CREATE INDEX case_timeline_case ON case_timeline (case_id, position);
