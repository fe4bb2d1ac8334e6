package vn.phoihop.web;

import java.util.List;

/** The platform's roles (docs/security.md); an identity provider's other roles grant nothing here. */
public final class Roles {

    public static final String SECRETARIAT = "SECRETARIAT";

    public static final String ASSIGNED_MEMBER = "ASSIGNED_MEMBER";

    public static final String STANDING_COMMITTEE = "STANDING_COMMITTEE";

    public static final String AUDITOR = "AUDITOR";

    public static final String ADMIN = "ADMIN";

    public static final List<String> ALL = List.of(SECRETARIAT, ASSIGNED_MEMBER, STANDING_COMMITTEE, AUDITOR, ADMIN);

    private Roles() {
    }

}
