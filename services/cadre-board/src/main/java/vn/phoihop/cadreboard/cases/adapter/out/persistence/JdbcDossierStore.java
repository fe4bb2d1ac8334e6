package vn.phoihop.cadreboard.cases.adapter.out.persistence;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.phoihop.cadreboard.cases.application.DossierStore;
import vn.phoihop.cadreboard.cases.application.StoredDocument;
import vn.phoihop.cadreboard.cases.domain.DossierFile;

@Repository
class JdbcDossierStore implements DossierStore {

    private final JdbcClient jdbc;

    JdbcDossierStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void keep(DossierFile file) {
        jdbc.sql("""
                INSERT INTO dossier_document (sha256, name, media_type, content)
                VALUES (:sha256, :name, :mediaType, :content)
                ON CONFLICT (sha256) DO NOTHING""")
            .param("sha256", file.sha256())
            .param("name", file.name())
            .param("mediaType", DossierFile.PDF)
            .param("content", file.content())
            .update();
    }

    @Override
    public Optional<StoredDocument> find(String sha256) {
        return jdbc.sql("SELECT name, media_type, content FROM dossier_document WHERE sha256 = :sha256")
            .param("sha256", sha256)
            .query((row, number) -> new StoredDocument(row.getString("name"), row.getString("media_type"),
                    row.getBytes("content")))
            .optional();
    }

}
