package vn.phoihop.regulation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** What the regulation says about one action kind. */
public record ActionRules(ActionKind kind, ConsultationRules consultation, MeetingRules meeting,
        Map<PositionTier, DecidingAuthority> decidingAuthority) {

    public ActionRules {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(consultation, "consultation");
        Objects.requireNonNull(meeting, "meeting");
        decidingAuthority = Map.copyOf(new EnumMap<>(decidingAuthority));
        for (PositionTier tier : PositionTier.values()) {
            if (!decidingAuthority.containsKey(tier)) {
                throw new IllegalArgumentException(kind + " names no deciding authority for " + tier);
            }
        }
    }

    public DecidingAuthority authorityFor(PositionTier tier) {
        return decidingAuthority.get(Objects.requireNonNull(tier, "tier"));
    }

}
