-- The full consultation protocol: routing to the member who follows the unit, the member's review, requests for
-- information, the cadre board's ending of a case, refusals; and the Standing Committee's roster as data.

-- What the list filters and sorts on is in columns; what is only shown is in JSON.
ALTER TABLE consultation
    ADD COLUMN action_kind        text,
    ADD COLUMN unit_code          text,
    ADD COLUMN assigned_member_id text,
    ADD COLUMN overdue_flagged    boolean NOT NULL DEFAULT false,
    ADD COLUMN deemed_consent     boolean NOT NULL DEFAULT false,
    ADD COLUMN review             jsonb,
    ADD COLUMN information        jsonb   NOT NULL DEFAULT '[]',
    ADD COLUMN closure            jsonb,
    ADD COLUMN refusal            jsonb;

-- Requests stored by V1 were flat, with the position the case concerns (target, else current) spread over
-- fields; they become the request with its proposal. V1 opinions have the shape of V2's but for lateness,
-- which was not recorded: their meeting has the counts, and no member lists because none were recorded then.
UPDATE consultation SET request = jsonb_build_object(
        'caseId', request->'caseId',
        'requestEventId', request->'requestEventId',
        'proposalVersion', request->'proposalVersion',
        'proposal', jsonb_build_object(
            'kind', request->'actionKind',
            'subject', jsonb_build_object('cadreId', request->'subjectCadreId',
                                          'fullName', request->'subjectFullName'),
            'targetPosition', CASE WHEN request->>'unitCode' IS NULL THEN NULL ELSE jsonb_build_object(
                'title', request->'positionTitle', 'unitCode', request->'unitCode',
                'unitName', request->'unitName', 'tier', request->'positionTier') END,
            'rationale', request->'rationale',
            'dossier', '[]'::jsonb),
        'regulation', jsonb_build_object('id', request->'regulationId', 'version', request->'regulationVersion'),
        'dueDate', request->'dueDate')
WHERE request ? 'subjectCadreId';

UPDATE consultation SET opinion = opinion || '{"late": false}'::jsonb
WHERE opinion IS NOT NULL AND NOT opinion ? 'late';

UPDATE consultation SET action_kind = request->'proposal'->>'kind',
                        unit_code = request->'proposal'->'targetPosition'->>'unitCode';

-- The inbox order (pending first, soonest due first) and each filter of GET /api/consultations.
CREATE INDEX consultation_open_due ON consultation ((status <> 'PENDING'), due_date, case_id);
CREATE INDEX consultation_unit ON consultation (unit_code, due_date);
CREATE INDEX consultation_kind ON consultation (action_kind, due_date);
CREATE INDEX consultation_assigned_member ON consultation (assigned_member_id, due_date);

-- The Standing Committee: its members and the login that acts as each, and who follows which unit.
CREATE TABLE committee_member (
    member_id  text        PRIMARY KEY,
    full_name  text        NOT NULL,
    cadre_id   text        UNIQUE,
    username   text        UNIQUE,
    title      text,
    active     boolean     NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE unit_assignment (
    unit_code  text        PRIMARY KEY,
    member_id  text        NOT NULL REFERENCES committee_member (member_id),
    unit_name  text,
    updated_at timestamptz NOT NULL DEFAULT now()
);
