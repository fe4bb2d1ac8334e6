package vn.phoihop.regulation;

import java.util.List;
import java.util.Objects;

/** Whether and how the cadre board consults the executive board on one action kind. */
public record ConsultationRules(boolean required, List<ConsultationStep> steps, int responseWorkingDays,
        SilenceRule silence) {

    public ConsultationRules {
        steps = List.copyOf(steps);
        Objects.requireNonNull(silence, "silence");
        if (required && (steps.isEmpty() || responseWorkingDays < 1)) {
            throw new IllegalArgumentException("a required consultation needs steps and a positive deadline");
        }
    }

    public boolean includes(ConsultationStep step) {
        return required && steps.contains(step);
    }

}
