-- The files of the dossiers, kept by the hex SHA-256 of their bytes: a proposal's dossier and the events name a
-- document by that hash, and the same file uploaded twice is kept once, under the name it was first given.
CREATE TABLE dossier_document (
    sha256     text        PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    name       text        NOT NULL,
    media_type text        NOT NULL,
    content    bytea       NOT NULL,
    kept_at    timestamptz NOT NULL DEFAULT now()
);
