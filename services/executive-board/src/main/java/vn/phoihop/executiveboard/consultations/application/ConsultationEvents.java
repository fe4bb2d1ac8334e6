package vn.phoihop.executiveboard.consultations.application;

import vn.phoihop.executiveboard.consultations.domain.OpinionIssued;

public interface ConsultationEvents {

    void publish(OpinionIssued event);

}
