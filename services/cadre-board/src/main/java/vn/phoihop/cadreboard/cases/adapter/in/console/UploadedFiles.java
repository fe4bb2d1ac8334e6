package vn.phoihop.cadreboard.cases.adapter.in.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

import vn.phoihop.cadreboard.cases.domain.DossierFile;

/** The files of a form's {@code documents} part, each a PDF or refused as a problem of that field. */
final class UploadedFiles {

    static final String FIELD = "documents";

    private UploadedFiles() {
    }

    /** A browser sends an empty part when no file was chosen; that is no file. */
    static List<DossierFile> pdfs(List<MultipartFile> parts) {
        if (parts == null) {
            return List.of();
        }
        return parts.stream().filter(part -> !part.isEmpty()).map(UploadedFiles::pdf).toList();
    }

    private static DossierFile pdf(MultipartFile part) {
        try {
            return DossierFile.pdf(FIELD, part.getOriginalFilename(), part.getContentType(), part.getBytes());
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException("upload of " + part.getOriginalFilename() + " could not be read",
                    unreadable);
        }
    }

}
