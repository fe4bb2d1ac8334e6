package vn.phoihop.executiveboard.consultations.adapter.in.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.phoihop.executiveboard.consultations.domain.BallotTally;
import vn.phoihop.executiveboard.consultations.domain.MeetingMinutes;
import vn.phoihop.executiveboard.consultations.domain.OpinionDraft;
import vn.phoihop.executiveboard.consultations.domain.OpinionOutcome;
import vn.phoihop.executiveboard.consultations.domain.Recusal;
import vn.phoihop.executiveboard.consultations.domain.RecusalReason;

/**
 * A Standing Committee meeting as its secretary enters it: members ticked as summoned and present, a recusal
 * reason chosen per member, the secret ballot's counts, the outcome, and conditions or questions one per line.
 */
class MeetingForm {

    private Integer proposalVersion;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    private List<String> summoned = new ArrayList<>();

    private List<String> present = new ArrayList<>();

    private Map<String, RecusalReason> recusals = new LinkedHashMap<>();

    @NotNull
    @PositiveOrZero
    @Max(100)
    private Integer agree = 0;

    @NotNull
    @PositiveOrZero
    @Max(100)
    private Integer disagree = 0;

    @NotNull
    @PositiveOrZero
    @Max(100)
    private Integer abstain = 0;

    @NotNull
    @PositiveOrZero
    @Max(100)
    private Integer invalid = 0;

    @NotNull
    private OpinionOutcome outcome = OpinionOutcome.AGREE;

    @Size(max = 4000)
    private String conditions;

    @Size(max = 20000)
    private String questions;

    /** A meeting held today on the current version, to which every active member is summoned. */
    static MeetingForm today(int proposalVersion, LocalDate today, List<String> activeMemberIds) {
        MeetingForm form = new MeetingForm();
        form.proposalVersion = proposalVersion;
        form.date = today;
        form.summoned = new ArrayList<>(activeMemberIds);
        return form;
    }

    /**
     * The draft the rules judge. While the form is being filled, a missing date or count must not hide the quorum
     * and adoption of the rest: the date enters neither, and a blank count counts nothing.
     */
    OpinionDraft draft(LocalDate dateIfMissing) {
        List<Recusal> recused = recusals.entrySet()
            .stream()
            .filter(entry -> entry.getValue() != null)
            .map(entry -> new Recusal(entry.getKey(), entry.getValue()))
            .toList();
        MeetingMinutes minutes = new MeetingMinutes(date != null ? date : dateIfMissing, summoned, present, recused,
                new BallotTally(count(agree), count(disagree), count(abstain), count(invalid)));
        List<String> asked = questions == null ? List.of()
                : questions.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return new OpinionDraft(proposalVersion, outcome == null ? OpinionOutcome.AGREE : outcome, conditions, asked,
                minutes);
    }

    private static int count(Integer value) {
        return Objects.requireNonNullElse(value, 0);
    }

    public Integer getProposalVersion() {
        return proposalVersion;
    }

    public void setProposalVersion(Integer proposalVersion) {
        this.proposalVersion = proposalVersion;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public List<String> getSummoned() {
        return summoned;
    }

    public void setSummoned(List<String> summoned) {
        this.summoned = summoned == null ? new ArrayList<>() : summoned;
    }

    public List<String> getPresent() {
        return present;
    }

    public void setPresent(List<String> present) {
        this.present = present == null ? new ArrayList<>() : present;
    }

    public Map<String, RecusalReason> getRecusals() {
        return recusals;
    }

    public void setRecusals(Map<String, RecusalReason> recusals) {
        this.recusals = recusals == null ? new LinkedHashMap<>() : recusals;
    }

    public Integer getAgree() {
        return agree;
    }

    public void setAgree(Integer agree) {
        this.agree = agree;
    }

    public Integer getDisagree() {
        return disagree;
    }

    public void setDisagree(Integer disagree) {
        this.disagree = disagree;
    }

    public Integer getAbstain() {
        return abstain;
    }

    public void setAbstain(Integer abstain) {
        this.abstain = abstain;
    }

    public Integer getInvalid() {
        return invalid;
    }

    public void setInvalid(Integer invalid) {
        this.invalid = invalid;
    }

    public OpinionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(OpinionOutcome outcome) {
        this.outcome = outcome;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public String getQuestions() {
        return questions;
    }

    public void setQuestions(String questions) {
        this.questions = questions;
    }

}
