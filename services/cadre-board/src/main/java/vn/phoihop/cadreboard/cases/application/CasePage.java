package vn.phoihop.cadreboard.cases.application;

import java.util.List;

import vn.phoihop.cadreboard.cases.domain.PersonnelCase;

/** One page of a list of cases, newest first, and how many cases the whole list has. */
public record CasePage(List<PersonnelCase> items, long totalItems) {

    public CasePage {
        items = List.copyOf(items);
    }

}
