package vn.phoihop.executiveboard.regulations.adapter.in.web;

import java.time.LocalDate;

import vn.phoihop.regulation.Regulation;

record RegulationView(String id, String version, String title, LocalDate effectiveFrom) {

    static RegulationView of(Regulation regulation) {
        return new RegulationView(regulation.id(), regulation.version(), regulation.title(),
                regulation.effectiveFrom());
    }

}
