package no.fakturaflyt.security;

/** The Camunda groups that are the application's roles; Spring Security sees them as ROLE_&lt;GROUP&gt;. */
public final class Roles {

    public static final String CLERKS = "clerks";
    public static final String PROCESS_OWNERS = "process-owners";
    public static final String AUDITORS = "auditors";
    public static final String ADMINS = "admins";
    /**
     * Internal: added by our own request filter to the user's groups while our API calls the engine, never a group
     * anyone is a member of. It holds the engine grants the API needs; the API's own rules decide who may call what.
     */
    static final String API = "fakturaflyt-api";

    private Roles() {
    }

    /** The Spring Security authority of a Camunda group: ROLE_ and the id in capitals, - as _. */
    public static String authority(String groupId) {
        return "ROLE_" + groupId.toUpperCase().replace('-', '_');
    }
}
