package no.fakturaflyt.security;

/** The Camunda groups that are the application's roles; Spring Security sees them as ROLE_&lt;GROUP&gt;. */
public final class Roles {

    public static final String CLERKS = "clerks";
    public static final String PROCESS_OWNERS = "process-owners";
    public static final String AUDITORS = "auditors";
    public static final String ADMINS = "admins";

    private Roles() {
    }

    static String authority(String groupId) {
        return "ROLE_" + groupId.toUpperCase().replace('-', '_');
    }
}
