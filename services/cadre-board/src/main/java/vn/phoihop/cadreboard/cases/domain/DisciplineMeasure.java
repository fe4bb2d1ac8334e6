package vn.phoihop.cadreboard.cases.domain;

/** Disciplinary measures a DISCIPLINE case may propose (khiển trách, cảnh cáo, cách chức). */
public enum DisciplineMeasure {
    REPRIMAND, WARNING, REMOVAL_FROM_POST
}
