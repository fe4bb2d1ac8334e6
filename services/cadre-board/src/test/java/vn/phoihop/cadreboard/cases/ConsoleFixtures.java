package vn.phoihop.cadreboard.cases;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willAnswer;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.phoihop.cadreboard.cases.application.Dossiers;
import vn.phoihop.cadreboard.cases.application.StoredDocument;
import vn.phoihop.cadreboard.cases.domain.DossierDocument;
import vn.phoihop.cadreboard.cases.domain.DossierFile;

/** The console's forms as a browser posts them, and the stand-in for the dossiers' files. */
public final class ConsoleFixtures {

    public static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    public static final StoredDocument PDF_DOCUMENT = new StoredDocument("tờ trình.pdf", "application/pdf", PDF);

    /** An appointment as the new-case form posts it, the way WebFixtures.APPOINTMENT is posted to the API. */
    public static final Map<String, String> APPOINTMENT_FORM = Map.of("kind", "APPOINTMENT", "subject.cadreId",
            "CB-0042", "subject.fullName", "Trần Thị Bình", "targetPosition.title", "Vụ trưởng",
            "targetPosition.unitCode", "VU-KH", "targetPosition.unitName", "Vụ Kế hoạch", "targetPosition.tier",
            "DEPARTMENT_HEAD", "proposedEffectiveDate", "2027-01-01", "termYears", "5", "rationale",
            "Kiện toàn lãnh đạo Vụ");

    public static final Map<String, String> MEETING_FORM = Map.of("meetingDate", "2026-11-20", "membersTotal", "9",
            "present", "8", "inFavour", "7", "against", "1", "abstain", "0");

    public static final Map<String, String> DECISION_FORM = Map.of("outcome", "APPROVED", "decisionNumber",
            "123-QĐ/BCSĐ", "effectiveDate", "2027-01-01");

    private ConsoleFixtures() {
    }

    public static Map<String, String> amendmentForm(String reason) {
        Map<String, String> form = new HashMap<>(APPOINTMENT_FORM);
        form.put("termYears", "3");
        form.put("reason", reason);
        return Map.copyOf(form);
    }

    /** The stand-in keeps nothing and hands the command the files' documents, as the real one does. */
    public static void fileDossiersThrough(Dossiers dossiers) {
        willAnswer(invocation -> {
            List<DossierFile> files = invocation.getArgument(0);
            List<DossierDocument> documents = files.stream().map(DossierFile::document).toList();
            return invocation.<Function<List<DossierDocument>, Object>>getArgument(1).apply(documents);
        }).given(dossiers).file(any(), any());
    }

}
