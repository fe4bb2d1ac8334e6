package vn.phoihop.regulation;

/** A regulation's id as signed (e.g. 296-QC/BCSĐ-ĐUBKH) and the version of its data (e.g. 2013.1). */
public record RegulationKey(String id, String version) {

    public RegulationKey {
        if (id == null || id.isBlank() || version == null || version.isBlank()) {
            throw new IllegalArgumentException("a regulation needs an id and a version");
        }
    }

    @Override
    public String toString() {
        return id + " version " + version;
    }

}
