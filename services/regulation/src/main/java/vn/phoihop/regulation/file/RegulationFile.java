package vn.phoihop.regulation.file;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.phoihop.regulation.ActionKind;
import vn.phoihop.regulation.ActionRules;
import vn.phoihop.regulation.ConsultationRules;
import vn.phoihop.regulation.ConsultationStep;
import vn.phoihop.regulation.DecidingAuthority;
import vn.phoihop.regulation.Fraction;
import vn.phoihop.regulation.MeetingRules;
import vn.phoihop.regulation.PositionTier;
import vn.phoihop.regulation.Regulation;
import vn.phoihop.regulation.RegulationKey;
import vn.phoihop.regulation.SilenceRule;
import vn.phoihop.regulation.WorkingDayCalendar;

/**
 * Reads one regulation version. Every action kind must be listed; each takes the {@code defaults} and overrides
 * what it names. The format is described in docs/regulation.md.
 */
final class RegulationFile {

    private static final Set<String> CONSULTATION_KEYS = Set.of("required", "steps", "responseWorkingDays", "silence");

    private static final Set<String> MEETING_KEYS = Set.of("quorum", "adoption");

    private static final Set<String> RULE_KEYS = Set.of("consultation", "meeting", "decidingAuthority");

    private RegulationFile() {
    }

    static Regulation read(String source, InputStream in, Map<String, WorkingDayCalendar> calendars) {
        List<String> problems = new ArrayList<>();
        Node root = Node.root(CalendarFile.yaml().load(in), problems);
        root.onlyKeys(Set.of("id", "version", "title", "signedOn", "effectiveFrom", "calendar", "defaults", "actions"));
        Optional<String> id = root.require("id").text();
        Optional<String> version = root.require("version").text();
        String title = root.require("title").text().orElse("");
        root.get("signedOn").date();
        Optional<LocalDate> effectiveFrom = root.require("effectiveFrom").date();
        Node calendarName = root.require("calendar");
        Optional<WorkingDayCalendar> calendar = calendarName.text().flatMap(name -> {
            if (!calendars.containsKey(name)) {
                calendarName.problem(calendarName.path(), "no calendar named '" + name + "' (known: "
                        + calendars.keySet() + ")");
            }
            return Optional.ofNullable(calendars.get(name));
        });
        Node defaults = root.require("defaults");
        defaults.onlyKeys(RULE_KEYS);
        Map<ActionKind, ActionRules> actions = new EnumMap<>(ActionKind.class);
        Node actionsNode = root.require("actions");
        actionsNode.entries().forEach((key, rules) -> actionsNode.keyAs(ActionKind.class, key)
            .ifPresent(kind -> merged(kind, defaults, rules).ifPresent(merged -> actions.put(kind, merged))));
        if (actionsNode.present()) {
            for (ActionKind kind : ActionKind.values()) {
                if (!actionsNode.get(kind.name()).present() && !actionsNode.entries().containsKey(kind.name())) {
                    actionsNode.problem(actionsNode.path() + "." + kind, "is missing; list every action kind ({} takes the defaults)");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRegulationFile(source, problems);
        }
        return new Regulation(new RegulationKey(id.orElseThrow(), version.orElseThrow()), title,
                effectiveFrom.orElseThrow(), calendar.orElseThrow(), actions);
    }

    private static Optional<ActionRules> merged(ActionKind kind, Node defaults, Node own) {
        own.onlyKeys(RULE_KEYS);
        Optional<ConsultationRules> consultation = consultation(defaults.get("consultation"), own.get("consultation"));
        Optional<MeetingRules> meeting = meeting(defaults.get("meeting"), own.get("meeting"));
        Map<PositionTier, DecidingAuthority> authority = authority(defaults.get("decidingAuthority"),
                own.get("decidingAuthority"));
        if (consultation.isEmpty() || meeting.isEmpty() || authority.size() < PositionTier.values().length) {
            return Optional.empty();
        }
        return Optional.of(new ActionRules(kind, consultation.get(), meeting.get(), authority));
    }

    private static Optional<ConsultationRules> consultation(Node defaults, Node own) {
        defaults.onlyKeys(CONSULTATION_KEYS);
        own.onlyKeys(CONSULTATION_KEYS);
        Optional<Boolean> required = pick(defaults, own, "required").bool();
        Node stepsNode = pick(defaults, own, "steps");
        List<ConsultationStep> steps = stepsNode.items().stream()
            .map(step -> step.enumValue(ConsultationStep.class))
            .flatMap(Optional::stream)
            .toList();
        Optional<Integer> days = pick(defaults, own, "responseWorkingDays").positiveInt();
        Optional<SilenceRule> silence = pick(defaults, own, "silence").enumValue(SilenceRule.class);
        if (required.isEmpty()) {
            own.problem(own.path() + ".required", "is required (here or in defaults.consultation)");
            return Optional.empty();
        }
        if (required.get() && (steps.isEmpty() || days.isEmpty() || silence.isEmpty())) {
            own.problem(own.path(), "a required consultation needs steps, responseWorkingDays and silence "
                    + "(here or in defaults.consultation)");
            return Optional.empty();
        }
        return Optional.of(new ConsultationRules(required.get(), steps, days.orElse(0),
                silence.orElse(SilenceRule.NOTHING)));
    }

    private static Optional<MeetingRules> meeting(Node defaults, Node own) {
        defaults.onlyKeys(MEETING_KEYS);
        own.onlyKeys(MEETING_KEYS);
        Node quorum = pick(defaults, own, "quorum");
        Node adoption = pick(defaults, own, "adoption");
        quorum.onlyKeys(Set.of("atLeast", "of"));
        adoption.onlyKeys(Set.of("moreThan", "of"));
        Optional<Fraction> quorumShare = fraction(quorum.require("atLeast"));
        quorum.require("of").enumValue(QuorumBase.class);
        Optional<Fraction> adoptionShare = fraction(adoption.require("moreThan"));
        Optional<MeetingRules.AdoptionBase> base = adoption.require("of").enumValue(MeetingRules.AdoptionBase.class);
        if (quorumShare.isEmpty() || adoptionShare.isEmpty() || base.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MeetingRules(quorumShare.get(), adoptionShare.get(), base.get()));
    }

    /** A quorum is counted against the members summoned to the meeting; the file says so to be read aloud. */
    private enum QuorumBase {
        SUMMONED
    }

    private static Map<PositionTier, DecidingAuthority> authority(Node defaults, Node own) {
        Map<PositionTier, DecidingAuthority> authority = new EnumMap<>(PositionTier.class);
        for (Node level : List.of(defaults, own)) {
            level.entries().forEach((tier, who) -> level.keyAs(PositionTier.class, tier)
                .ifPresent(t -> who.enumValue(DecidingAuthority.class).ifPresent(a -> authority.put(t, a))));
        }
        for (PositionTier tier : PositionTier.values()) {
            if (!authority.containsKey(tier)) {
                own.problem(own.path() + "." + tier, "no deciding authority (here or in defaults.decidingAuthority)");
            }
        }
        return authority;
    }

    private static Optional<Fraction> fraction(Node node) {
        return node.parsed(text -> {
            String[] parts = text.split("/");
            return new Fraction(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        }, "a share such as 2/3");
    }

    private static Node pick(Node defaults, Node own, String key) {
        Node mine = own.get(key);
        return mine.present() ? mine : defaults.get(key);
    }

}
