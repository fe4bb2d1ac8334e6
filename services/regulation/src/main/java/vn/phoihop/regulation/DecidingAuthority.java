package vn.phoihop.regulation;

/** Who decides on a position: the cadre board itself, or a higher authority the cadre board submits to. */
public enum DecidingAuthority {
    CADRE_BOARD, HIGHER_AUTHORITY
}
