package vn.phoihop.audit.verification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.ActionRules;
import vn.phoihop.regulation.ConsultationRules;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.RegulationKey;
import vn.phoihop.regulation.Regulations;
import vn.phoihop.regulation.SilenceRule;

/** Variants of the shipped regulation's data, under its version, for rules the shipped file does not exercise. */
final class Regulations2013 {

    private Regulations2013() {
    }

    /** The shipped rules, except that appointments need no consultation; the only regulation the audit knows. */
    static Regulations withoutConsultationOnAppointments() {
        Regulation shipped = CaseStory.REGULATION;
        Map<ActionKind, ActionRules> actions = new EnumMap<>(shipped.actions());
        ActionRules appointment = shipped.rulesFor(ActionKind.APPOINTMENT);
        actions.put(ActionKind.APPOINTMENT, new ActionRules(ActionKind.APPOINTMENT,
                new ConsultationRules(false, List.of(), 0, SilenceRule.NOTHING), appointment.meeting(),
                appointment.decidingAuthority()));
        return new Regulations("audit", List.of(new Regulation(new RegulationKey("296-QC/TEST", shipped.version()),
                shipped.title(), shipped.effectiveFrom(), shipped.calendar(), actions)));
    }
}
