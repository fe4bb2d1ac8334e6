package vn.phoihop.executiveboard.consultations.application;

import vn.phoihop.executiveboard.consultations.domain.RequestedConsultation;

/** Take in the cadre board's request for an opinion: a first request, or an amendment with a higher version. */
public record ReceiveConsultation(RequestedConsultation request) {
}
