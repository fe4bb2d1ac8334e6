package vn.phoihop.cadreboard.cases.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.cadreboard.cases.domain.DossierDocument;
import vn.phoihop.cadreboard.cases.domain.DossierFile;

/** The dossiers' files: kept with the command that puts them in a dossier, read back by their hash. */
@Service
public class Dossiers {

    private final DossierStore store;

    Dossiers(DossierStore store) {
        this.store = store;
    }

    /**
     * Keeps the files and runs the command that puts their documents in a dossier, in one transaction: a command
     * the case refuses leaves no file behind.
     */
    @Transactional
    public <T> T file(List<DossierFile> files, Function<List<DossierDocument>, T> command) {
        files.forEach(store::keep);
        return command.apply(files.stream().map(DossierFile::document).toList());
    }

    @Transactional(readOnly = true)
    public Optional<StoredDocument> read(String sha256) {
        return store.find(sha256);
    }

}
