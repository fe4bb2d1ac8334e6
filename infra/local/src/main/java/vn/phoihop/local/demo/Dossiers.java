package vn.phoihop.local.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import vn.phoihop.local.demo.Proposal.Document;
import vn.phoihop.regulation.ActionKind;

/**
 * The documents of a dossier: a submission (tờ trình) named after the action and the cadre, sometimes the CV or
 * the vote count. The files themselves are not uploaded; their SHA-256 is that of fixed bytes named after them.
 */
final class Dossiers {

    static final String PDF = "application/pdf";

    private Dossiers() {
    }

    static List<Document> submission(Random random, ActionKind kind, String cadreId) {
        List<Document> dossier = new ArrayList<>();
        dossier.add(document(submissionName(kind), cadreId));
        if (random.nextBoolean()) {
            dossier.add(document(random.nextBoolean() ? "So-yeu-ly-lich" : "Bien-ban-kiem-phieu", cadreId));
        }
        return dossier;
    }

    /** What the secretariat adds to meet the Standing Committee's conditions. */
    static List<Document> withAssetDeclaration(List<Document> dossier, String cadreId) {
        List<Document> more = new ArrayList<>(dossier);
        more.add(document("Ban-ke-khai-tai-san-thu-nhap", cadreId));
        return more;
    }

    /** The written answer to the Standing Committee's questions. */
    static Document explanation(String cadreId) {
        return document("Bao-cao-giai-trinh", cadreId);
    }

    static Document document(String title, String cadreId) {
        String name = title + "-" + cadreId + ".pdf";
        return new Document(name, PDF, sha256(("Phối hợp demo dossier: " + name).getBytes(StandardCharsets.UTF_8)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String submissionName(ActionKind kind) {
        return switch (kind) {
            case APPOINTMENT -> "To-trinh-bo-nhiem";
            case REAPPOINTMENT -> "To-trinh-bo-nhiem-lai";
            case TENURE_EXTENSION -> "To-trinh-keo-dai-thoi-gian-giu-chuc-vu";
            case TRANSFER_AND_APPOINTMENT -> "To-trinh-dieu-dong-va-bo-nhiem";
            case RECEPTION_AND_APPOINTMENT -> "To-trinh-tiep-nhan-va-bo-nhiem";
            default -> throw new IllegalArgumentException("the term has no " + kind + " cases");
        };
    }
}
