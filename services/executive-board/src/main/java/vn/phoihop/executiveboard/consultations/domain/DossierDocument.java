package vn.phoihop.executiveboard.consultations.domain;

/** A document of a case's dossier, identified by the hash of its bytes. */
public record DossierDocument(String name, String mediaType, String sha256) {
}
