package vn.phoihop.testing.history;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import vn.phoihop.events.ActionKind;
import vn.phoihop.events.Cadre;
import vn.phoihop.events.DossierDocument;
import vn.phoihop.events.EventHash;

/**
 * The documents sent with a request: the submission (tờ trình) named after the action and the cadre, often the CV
 * and the minutes of the vote. No file exists; each hash is that of fixed bytes named after the document.
 */
final class Dossiers {

    private static final String PDF = "application/pdf";

    private Dossiers() {
    }

    static List<DossierDocument> submission(RandomGenerator random, ActionKind kind, Cadre subject) {
        List<DossierDocument> dossier = new ArrayList<>(3);
        dossier.add(document(submissionName(kind), subject));
        if (random.nextInt(100) < 70) {
            dossier.add(document("So-yeu-ly-lich", subject));
        }
        if (random.nextInt(100) < 50) {
            dossier.add(document("Bien-ban-kiem-phieu", subject));
        }
        return dossier;
    }

    private static DossierDocument document(String title, Cadre subject) {
        String name = title + "-" + subject.getCadreId() + ".pdf";
        return new DossierDocument(name, PDF,
                EventHash.of(("Phối hợp synthetic dossier: " + name).getBytes(StandardCharsets.UTF_8)));
    }

    private static String submissionName(ActionKind kind) {
        return switch (kind) {
            case APPOINTMENT -> "To-trinh-bo-nhiem";
            case REAPPOINTMENT -> "To-trinh-bo-nhiem-lai";
            case TENURE_EXTENSION -> "To-trinh-keo-dai-thoi-gian-giu-chuc-vu";
            case TRANSFER -> "To-trinh-dieu-dong";
            case TRANSFER_AND_APPOINTMENT -> "To-trinh-dieu-dong-va-bo-nhiem";
            case RECEPTION_AND_APPOINTMENT -> "To-trinh-tiep-nhan-va-bo-nhiem";
            case ROTATION -> "To-trinh-luan-chuyen";
            default -> throw new IllegalArgumentException("the synthetic term has no " + kind + " cases");
        };
    }
}
