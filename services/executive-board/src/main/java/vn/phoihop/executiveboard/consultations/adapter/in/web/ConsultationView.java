package vn.phoihop.executiveboard.consultations.adapter.in.web;

import vn.phoihop.executiveboard.consultations.domain.Consultation;
import vn.phoihop.executiveboard.consultations.domain.ConsultationStatus;
import vn.phoihop.executiveboard.consultations.domain.IssuedOpinion;
import vn.phoihop.executiveboard.consultations.domain.RequestedConsultation;

record ConsultationView(String caseId, ConsultationStatus status, int proposalVersion, RequestedConsultation request,
        IssuedOpinion opinion) {

    static ConsultationView of(Consultation c) {
        return new ConsultationView(c.request().caseId().toString(), c.status(), c.request().proposalVersion(),
                c.request(), c.opinion().orElse(null));
    }

}
