package vn.phoihop.cadreboard.cases.application;

import vn.phoihop.cadreboard.cases.domain.CaseId;

public class CaseNotFound extends RuntimeException {

    public CaseNotFound(CaseId id) {
        super("No case " + id + ".");
    }

}
