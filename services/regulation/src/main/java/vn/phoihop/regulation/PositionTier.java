package vn.phoihop.regulation;

/** Levels of leadership positions; the tier decides which authority may decide on a case. */
public enum PositionTier {
    DEPUTY_MINISTER, DEPARTMENT_HEAD, DEPARTMENT_DEPUTY_HEAD, DIVISION_HEAD, DIVISION_DEPUTY_HEAD
}
