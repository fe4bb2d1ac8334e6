package vn.phoihop.cadreboard.cases.adapter.in.console;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import vn.phoihop.cadreboard.cases.domain.FieldProblem;
import vn.phoihop.cadreboard.cases.domain.RuleViolation;

/**
 * A posted form's step: run only on a valid form; a refusal of the domain comes back as the form's field errors
 * when it names fields, as the page's alert otherwise. Either way nothing changed.
 */
final class FormAttempt {

    private FormAttempt() {
    }

    /**
     * @param step runs the use case and returns the path to show its result; it may note problems in the form
     *     instead, and then must not have run the use case
     * @return the path to redirect to, or empty when the form goes back with why
     */
    static Optional<String> run(BindingResult form, Model model, Supplier<String> step) {
        if (form.hasErrors()) {
            return Optional.empty();
        }
        try {
            String result = step.get();
            return form.hasErrors() ? Optional.empty() : Optional.of(result);
        }
        catch (RuleViolation refused) {
            show(refused, form, model);
            return Optional.empty();
        }
    }

    private static void show(RuleViolation refused, BindingResult form, Model model) {
        if (refused instanceof RuleViolation.InvalidFields invalid) {
            List<FieldProblem> files = invalid.problems()
                .stream()
                .filter(problem -> UploadedFiles.FIELD.equals(problem.field()))
                .toList();
            if (!files.isEmpty()) {
                model.addAttribute("documentProblems", new DocumentProblems(form.getObjectName(), files));
            }
            invalid.problems().stream().filter(problem -> !files.contains(problem)).forEach(p -> reject(form, p));
        }
        model.addAttribute("refusal", new Refusal(refused.rule(), refused.getMessage()));
    }

    /** Next to the field when the form has it, at the top of the form otherwise. */
    private static void reject(BindingResult form, FieldProblem problem) {
        String code = "problem." + problem.rule();
        Object[] arguments = { problem.message() };
        if (form.getFieldType(problem.field()) != null) {
            form.rejectValue(problem.field(), code, arguments, problem.message());
        }
        else {
            form.reject(code, arguments, problem.message());
        }
    }

    /** The rule a step broke and the domain's account of it (numbers and ids, never names of people). */
    public record Refusal(String rule, String reason) {
    }

    /** What was wrong with the files of a form's {@code documents} part, which the form object does not hold. */
    public record DocumentProblems(String form, List<FieldProblem> problems) {
    }

}
