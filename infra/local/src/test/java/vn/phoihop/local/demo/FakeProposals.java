package vn.phoihop.local.demo;

import tools.jackson.databind.JsonNode;
import vn.phoihop.local.demo.FakeHttp.Refusal;

/** What the contract's table says each action kind of the term needs, checked as a board would (400). */
final class FakeProposals {

    private FakeProposals() {
    }

    static JsonNode checked(JsonNode proposal) {
        String kind = proposal.path("kind").asString("");
        require(!proposal.path("subject").path("cadreId").asString("").isBlank(), "subject.cadreId");
        require(!proposal.path("subject").path("fullName").asString("").isBlank(), "subject.fullName");
        require(!proposal.path("rationale").asString("").isBlank(), "rationale");
        JsonNode current = proposal.path("currentPosition");
        JsonNode target = proposal.path("targetPosition");
        boolean needsCurrent = switch (kind) {
            case "REAPPOINTMENT", "TENURE_EXTENSION", "TRANSFER_AND_APPOINTMENT" -> true;
            case "APPOINTMENT", "RECEPTION_AND_APPOINTMENT" -> false;
            default -> throw new Refusal(400, "proposal-fields", "the fake knows no kind " + kind);
        };
        require(current.isObject() == needsCurrent, "currentPosition");
        require(target.isObject() || !kind.endsWith("APPOINTMENT") || kind.equals("REAPPOINTMENT"), "targetPosition");
        if (kind.equals("REAPPOINTMENT") || kind.equals("TENURE_EXTENSION")) {
            require(!target.isObject() || target.equals(current), "targetPosition (same post)");
        }
        if (kind.equals("TRANSFER_AND_APPOINTMENT")) {
            require(!target.path("unitCode").equals(current.path("unitCode")), "targetPosition (another unit)");
        }
        for (JsonNode position : new JsonNode[] {current, target}) {
            if (position.isObject()) {
                for (String field : new String[] {"title", "unitCode", "unitName", "tier"}) {
                    require(!position.path(field).asString("").isBlank(), "position." + field);
                }
            }
        }
        require(proposal.path("proposedEffectiveDate").asString("").matches("\\d{4}-\\d{2}-\\d{2}"),
                "proposedEffectiveDate");
        int term = proposal.path("termYears").asInt(0);
        require(term >= 1 && term <= 5, "termYears");
        proposal.path("dossier").forEach(document -> require(document.path("sha256").asString("")
                .matches("[0-9a-f]{64}") && document.path("mediaType").asString("").equals("application/pdf")
                && !document.path("name").asString("").isBlank(), "dossier"));
        return proposal;
    }

    private static void require(boolean holds, String field) {
        if (!holds) {
            throw new Refusal(400, "proposal-fields", field);
        }
    }
}
