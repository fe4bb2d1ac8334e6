package vn.phoihop.cadreboard.cases.domain;

/** The regulation a case runs under, fixed when the case is opened so later versions do not change its rules. */
public record RegulationRef(String id, String version, int responseWorkingDays) {

    public RegulationRef {
        Require.text(id, "regulation id");
        Require.text(version, "regulation version");
        if (responseWorkingDays < 1) {
            throw new IllegalArgumentException("responseWorkingDays must be positive");
        }
    }

}
