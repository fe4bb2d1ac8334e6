package vn.phoihop.cadreboard.cases.adapter.in.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.phoihop.cadreboard.cases.application.CaseFilter;
import vn.phoihop.cadreboard.cases.application.CaseQueries;
import vn.phoihop.cadreboard.cases.domain.CaseStatus;
import vn.phoihop.regulation.ActionKind;

/** {@code GET /api/cases?status=&kind=&unit=&overdue=&page=&size=}; every criterion optional. */
record CaseListQuery(CaseStatus status, ActionKind kind, @Size(max = 64) String unit, Boolean overdue,
        @PositiveOrZero Integer page, @Positive @Max(CaseQueries.LARGEST_PAGE) Integer size) {

    private static final int DEFAULT_SIZE = 20;

    CaseFilter filter() {
        return new CaseFilter(status, kind, unit, overdue, null);
    }

    int pageOrFirst() {
        return page == null ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null ? DEFAULT_SIZE : size;
    }

}
