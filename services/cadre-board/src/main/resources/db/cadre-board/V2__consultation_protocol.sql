-- The full consultation protocol. A case keeps its regulation (id and version, resolved through the board's
-- regulations when loaded) and everything recorded on it as one jsonb document, `state`. The columns beside it
-- are copies kept for the lists, the deadline check and the term report, written in the same statement.
ALTER TABLE personnel_case
    ADD COLUMN state                   jsonb,
    ADD COLUMN current_unit_code       text,
    ADD COLUMN target_unit_code        text,
    ADD COLUMN due_date                date,
    ADD COLUMN overdue                 boolean NOT NULL DEFAULT false,
    ADD COLUMN decision_outcome        text,
    ADD COLUMN decision_authority      text,
    ADD COLUMN decision_effective_date date;

-- Cases of V1 move into `state`. V1 counted the deadline from the submission in Monday-to-Friday days and
-- published that due date; it is recomputed the same way so the case keeps the date the executive board was sent.
-- V1 kept a request for information as a received opinion; it is now a status of its own.
WITH migrated AS (
    SELECT id,
           CASE WHEN status = 'OPINION_RECEIVED' AND opinion ->> 'outcome' = 'REQUEST_INFORMATION'
                THEN 'INFORMATION_REQUESTED' ELSE status END AS status,
           CASE WHEN status = 'AWAITING_OPINION'
                THEN (updated_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END AS request_date,
           response_working_days AS days
    FROM personnel_case
), deadline AS (
    SELECT migrated.*,
           (SELECT day::date
            FROM generate_series(request_date + 1, request_date + 2 * days + 7, interval '1 day') AS day
            WHERE extract(isodow FROM day) < 6
            ORDER BY day OFFSET days - 1 LIMIT 1) AS due_date
    FROM migrated
)
UPDATE personnel_case c SET
    status = d.status,
    due_date = d.due_date,
    current_unit_code = c.proposal #>> '{currentPosition,unitCode}',
    target_unit_code = c.proposal #>> '{targetPosition,unitCode}',
    decision_outcome = c.decision ->> 'outcome',
    decision_authority = CASE WHEN c.decision IS NOT NULL THEN 'CADRE_BOARD' END,
    decision_effective_date = (c.decision ->> 'effectiveDate')::date,
    state = jsonb_strip_nulls(jsonb_build_object(
        'proposal', c.proposal,
        'proposalVersion', c.proposal_version,
        'status', d.status,
        'lastSequence', c.last_sequence,
        'consultation', jsonb_build_object(
            'deadline', CASE WHEN d.request_date IS NOT NULL THEN jsonb_build_object(
                'requestDate', d.request_date, 'dueDate', d.due_date, 'overdue', false) END,
            'opinions', CASE WHEN c.opinion IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(c.opinion) END),
        'decision', CASE WHEN c.decision IS NOT NULL THEN (c.decision - 'opinionEventId')
            || jsonb_build_object('authority', 'CADRE_BOARD',
                                  'basis', jsonb_build_object('opinionEventId', c.decision -> 'opinionEventId'))
            END))
FROM deadline d
WHERE d.id = c.id;

ALTER TABLE personnel_case
    ALTER COLUMN state SET NOT NULL,
    DROP COLUMN proposal,
    DROP COLUMN opinion,
    DROP COLUMN decision,
    DROP COLUMN response_working_days;

-- GET /api/cases filters
CREATE INDEX personnel_case_status_kind ON personnel_case (status, kind);
CREATE INDEX personnel_case_current_unit ON personnel_case (current_unit_code);
CREATE INDEX personnel_case_target_unit ON personnel_case (target_unit_code);
CREATE INDEX personnel_case_overdue ON personnel_case (opened_at DESC) WHERE overdue;
-- the deadline check: only the cases still waiting within their deadline
CREATE INDEX personnel_case_past_due ON personnel_case (due_date, id) WHERE status = 'AWAITING_OPINION' AND NOT overdue;
-- the term report
CREATE INDEX personnel_case_approved ON personnel_case (decision_effective_date, decision_authority, kind)
    WHERE decision_outcome = 'APPROVED';
