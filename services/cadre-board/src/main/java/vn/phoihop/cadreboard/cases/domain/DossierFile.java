package vn.phoihop.cadreboard.cases.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A file the secretariat adds to a dossier. Dossiers hold PDFs only: the declared media type and the bytes must
 * both say so, since a browser's declared type is only the file name's guess. Its document is named by the hex
 * SHA-256 of the bytes, so the same file is stored once and any copy can be checked against the events.
 */
public final class DossierFile {

    public static final String RULE = "dossier-pdf";

    public static final String PDF = "application/pdf";

    /** 20 MiB: a scanned decision of a few dozen pages. */
    public static final long LARGEST = 20L * 1024 * 1024;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final String name;

    private final byte[] content;

    private final String sha256;

    private DossierFile(String name, byte[] content) {
        this.name = name;
        this.content = content;
        this.sha256 = sha256Of(content);
    }

    /**
     * Refuses, as a problem of {@code field}, anything but a PDF within the size limit. The file takes {@code content}
     * over rather than copying it (uploads are up to 20 MiB each): the caller must not change it afterwards.
     */
    public static DossierFile pdf(String field, String name, String mediaType, byte[] content) {
        Require.text(name, "name");
        if (content.length > LARGEST) {
            throw refused(field, "too-large", name + " has " + content.length + " bytes; at most " + LARGEST);
        }
        if (!PDF.equals(mediaType) || !startsWithPdfMagic(content)) {
            throw refused(field, "pdf-only", name + " is not a PDF (" + mediaType + ")");
        }
        return new DossierFile(name, content);
    }

    public DossierDocument document() {
        return new DossierDocument(name, PDF, sha256);
    }

    public String name() {
        return name;
    }

    public byte[] content() {
        return content.clone();
    }

    public String sha256() {
        return sha256;
    }

    private static String sha256Of(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    private static boolean startsWithPdfMagic(byte[] content) {
        return content.length >= PDF_MAGIC.length
                && Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
    }

    private static RuleViolation.InvalidFields refused(String field, String rule, String message) {
        return new RuleViolation.InvalidFields(RULE, List.of(new FieldProblem(field, rule, message)));
    }

}
