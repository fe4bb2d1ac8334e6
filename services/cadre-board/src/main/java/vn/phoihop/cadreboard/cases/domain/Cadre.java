package vn.phoihop.cadreboard.cases.domain;

/** The person a case is about. The full name is personal data: it goes into events, never into logs. */
public record Cadre(String cadreId, String fullName) {

    public Cadre {
        Require.text(cadreId, "subject.cadreId");
        Require.text(fullName, "subject.fullName");
    }

    @Override
    public String toString() {
        return "Cadre[" + cadreId + "]";
    }

}
