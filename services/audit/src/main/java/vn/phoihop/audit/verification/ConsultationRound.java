package vn.phoihop.audit.verification;

import java.time.LocalDate;

import vn.phoihop.events.ConsultationRequested;
import vn.phoihop.events.InformationSupplied;

/**
 * A stretch of the consultation under one deadline: opened by a request, or by supplied information, which starts
 * the deadline again. A request without its document's date (ConsultationRequested v1) counts from the day it was
 * published.
 */
record ConsultationRound(Recorded<?> opening, int proposalVersion, LocalDate startedOn, LocalDate dueDate) {

    static ConsultationRound requested(Recorded<ConsultationRequested> request) {
        ConsultationRequested event = request.event();
        LocalDate requestDate = event.getRequestDate() != null ? event.getRequestDate() : request.producedOn();
        return new ConsultationRound(request, event.getProposalVersion(), requestDate, event.getResponseDueDate());
    }

    static ConsultationRound supplied(Recorded<InformationSupplied> supplied) {
        InformationSupplied event = supplied.event();
        return new ConsultationRound(supplied, event.getProposalVersion(), event.getSuppliedOn(),
                event.getResponseDueDate());
    }
}
