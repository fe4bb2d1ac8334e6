package vn.phoihop.cadreboard.cases.adapter.in.console;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.phoihop.cadreboard.cases.application.Dossiers;
import vn.phoihop.cadreboard.cases.domain.DossierDocument;
import vn.phoihop.web.console.ConsoleController;

/**
 * A dossier's document by the hash the dossier and the events name it by: the link both boards' consoles show
 * (the executive board's users sign in here under the same names).
 */
@ConsoleController
class DocumentController {

    private static final Pattern SHA256 = Pattern.compile(DossierDocument.SHA256);

    /**
     * Shown by the browser's own viewer: nothing of the file may run as this site's content, and the viewer
     * itself is the only plugin allowed.
     */
    private static final String POLICY = "default-src 'none'; object-src 'self'; frame-ancestors 'self'";

    private final Dossiers dossiers;

    DocumentController(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/documents/{sha256}")
    ResponseEntity<byte[]> document(@PathVariable String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            return ResponseEntity.notFound().build();
        }
        return dossiers.read(sha256)
            .map(document -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                            .filename(document.name(), StandardCharsets.UTF_8)
                            .build()
                            .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", POLICY)
                .body(document.content()))
            .orElseGet(() -> ResponseEntity.notFound().build());
    }

}
