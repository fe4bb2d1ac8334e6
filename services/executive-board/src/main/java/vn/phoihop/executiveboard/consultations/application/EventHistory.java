package vn.phoihop.executiveboard.consultations.application;

import java.util.List;
import java.util.UUID;

/**
 * The events this board published on a case, in order. The consultation's state keeps what was decided, not who
 * acted; the published events carry the acting user, so a timeline reads them.
 */
public interface EventHistory {

    List<PublishedEvent> of(UUID caseId);

}
