package vn.phoihop.executiveboard.consultations.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.web.paging.Page;
import vn.phoihop.web.paging.PageRequest;

@Service
@Transactional(readOnly = true)
public class ConsultationQueries {

    private final Consultations consultations;

    private final Clock clock;

    ConsultationQueries(Consultations consultations, Clock clock) {
        this.consultations = consultations;
        this.clock = clock;
    }

    public Consultation get(UUID caseId) {
        return consultations.find(caseId).orElseThrow(() -> new ConsultationNotFound(caseId));
    }

    public Page<Consultation> list(ConsultationFilter filter, PageRequest page) {
        return consultations.list(filter, today(), page);
    }

    /** The board's calendar day, by which a consultation is overdue. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

}
