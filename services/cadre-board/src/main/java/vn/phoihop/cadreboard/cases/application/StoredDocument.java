package vn.phoihop.cadreboard.cases.application;

/** A dossier's file as kept: the name it was first kept under, its media type and its bytes. */
public record StoredDocument(String name, String mediaType, byte[] content) {
}
