package vn.phoihop.executiveboard.consultations.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.executiveboard.consultations.domain.Consultation;

@Service
@Transactional(readOnly = true)
public class ConsultationQueries {

    private static final int PAGE = 200;

    private final Consultations consultations;

    ConsultationQueries(Consultations consultations) {
        this.consultations = consultations;
    }

    public Consultation get(UUID caseId) {
        return consultations.find(caseId).orElseThrow(() -> new ConsultationNotFound(caseId));
    }

    public List<Consultation> inbox() {
        return consultations.inbox(PAGE);
    }

}
