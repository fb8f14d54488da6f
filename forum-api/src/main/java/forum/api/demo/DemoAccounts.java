package forum.api.demo;

/** The demo's sign-ins, printed once the application is ready; one password for all of them. */
final class DemoAccounts {

    static final String PASSWORD = "forum-demo-2026";
    static final String COORDINATOR = "coordinator@demo.forum";
    static final String LICENSING = "licensing@demo.forum";
    static final String POLICE = "police@demo.forum";
    static final String AUDITOR = "auditor@demo.forum";
    static final String OPERATOR = "operator@demo.forum";
    static final String NETWORK_COORDINATOR = "network-coordinator@demo.forum";

    private DemoAccounts() {
    }
}
