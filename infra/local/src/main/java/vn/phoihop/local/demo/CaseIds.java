package vn.phoihop.local.demo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The id the cadre board gave each planned case, and the paths of its API that name it. */
final class CaseIds {

    private final Map<Integer, String> ids = new ConcurrentHashMap<>();

    void put(PlannedCase planned, String caseId) {
        ids.put(planned.number(), caseId);
    }

    String of(PlannedCase planned) {
        return ids.get(planned.number());
    }

    /** /api/cases/{id}/{step} at the cadre board. */
    String caseStep(PlannedCase planned, String step) {
        return "/api/cases/" + of(planned) + "/" + step;
    }

    /** /api/consultations/{caseId}/{step} at the executive board. */
    String consultationStep(PlannedCase planned, String step) {
        return "/api/consultations/" + of(planned) + "/" + step;
    }
}
