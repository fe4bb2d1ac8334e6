package vn.phoihop.cadreboard.cases.domain;

import java.util.regex.Pattern;

/** One document of a case's dossier, identified by the hash of its bytes so any copy can be checked. */
public record DossierDocument(String name, String mediaType, String sha256) {

    /** Hex SHA-256 as the platform writes it: 64 lower-case hex digits. */
    public static final String SHA256 = "[0-9a-f]{64}";

    private static final Pattern SHA256_PATTERN = Pattern.compile(SHA256);

    public DossierDocument {
        Require.text(name, "name");
        Require.text(mediaType, "mediaType");
        if (sha256 == null || !SHA256_PATTERN.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
    }

}
