package vn.phoihop.executiveboard.consultations.domain;

/** The cadre a case concerns. The name is shown to the committee and never logged. */
public record Cadre(String cadreId, String fullName) {

    @Override
    public String toString() {
        return "Cadre[" + cadreId + "]";
    }

}
