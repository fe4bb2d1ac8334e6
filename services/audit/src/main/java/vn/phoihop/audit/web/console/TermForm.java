package vn.phoihop.audit.web.console;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;

/** The term report's period, both days included, as the report page's form sends it. */
public record TermForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    boolean isEmpty() {
        return this.from == null && this.to == null;
    }

    /** Adds to the binding's own errors (a date that is no date) what makes the period unusable. */
    void check(BindingResult errors) {
        required("from", this.from, errors);
        required("to", this.to, errors);
        if (this.from != null && this.to != null && this.to.isBefore(this.from)) {
            errors.rejectValue("to", "audit.term.toBeforeFrom");
        }
    }

    /** {@code path} with the period as its query, the values as the user typed them. */
    static String link(String path, Object from, Object to) {
        return UriComponentsBuilder.fromPath(path)
            .queryParam("from", from)
            .queryParam("to", to)
            .encode()
            .toUriString();
    }

    private static void required(String field, LocalDate value, BindingResult errors) {
        if (value == null && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "audit.term.required");
        }
    }
}
