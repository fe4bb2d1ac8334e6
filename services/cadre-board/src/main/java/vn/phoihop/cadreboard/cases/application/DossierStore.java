package vn.phoihop.cadreboard.cases.application;

import java.util.Optional;

import vn.phoihop.cadreboard.cases.domain.DossierFile;

/** Where the dossiers' files are kept, once per content, by the hex SHA-256 of their bytes. */
public interface DossierStore {

    /** Keeps the file unless a file with the same bytes is kept already, whose name then stays. */
    void keep(DossierFile file);

    Optional<StoredDocument> find(String sha256);

}
