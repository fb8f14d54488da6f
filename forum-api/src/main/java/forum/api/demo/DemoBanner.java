package forum.api.demo;

import java.util.UUID;

import forum.api.security.Role;

/** What the default run prints once it is ready: where it answers and who may sign in. */
final class DemoBanner {

    private DemoBanner() {
    }

    static String text(String baseUrl, UUID tenantId, UUID networkId) {
        String credentials = ":" + DemoAccounts.PASSWORD + " ";
        StringBuilder banner = new StringBuilder()
                .append("\n\n  Forum is ready at ").append(baseUrl).append('\n')
                .append("  Demo municipality: ").append(DemoMunicipality.NAME).append(", tenant ").append(tenantId)
                .append('\n')
                .append("  Demo network: ").append(DemoNetwork.NAME).append(", network ").append(networkId)
                .append(", members ")
                .append(String.join(", ", DemoPlans.networkMembers().stream().map(DemoPlans.Plan::name).toList()))
                .append('\n')
                .append("  Sign in in a browser at ").append(baseUrl).append("/login, or from scripts with HTTP Basic,")
                .append(" with any of these accounts, password ").append(DemoAccounts.PASSWORD).append(":\n");
        account(banner, DemoAccounts.OPERATOR, "operator: municipalities, networks, the pipeline's health");
        account(banner, DemoAccounts.NETWORK_COORDINATOR, "network coordinator of " + DemoNetwork.NAME);
        for (DemoPlans.Plan plan : DemoPlans.MUNICIPALITIES) {
            account(banner, plan.coordinatorEmail(), "coordinator of " + plan.name());
            plan.accounts().forEach(other -> account(banner, other.username(), label(other.role()) + " of "
                    + plan.name()));
        }
        account(banner, DemoAccounts.AUDITOR, "auditor of " + DemoMunicipality.NAME + " for "
                + DemoMunicipality.AUDIT_GRANT.toDays() + " days from the first start");
        return banner
                .append("  Try: curl -u ").append(DemoAccounts.COORDINATOR).append(credentials)
                .append(baseUrl).append("/api/v1/municipality\n")
                .append("       curl -u ").append(DemoAccounts.NETWORK_COORDINATOR).append(credentials)
                .append(baseUrl).append("/api/v1/networks/").append(networkId).append("/statistics\n")
                .toString();
    }

    private static void account(StringBuilder banner, String username, String what) {
        banner.append("    ").append(username).append("  (").append(what).append(")\n");
    }

    private static String label(Role role) {
        return role.name().toLowerCase().replace('_', ' ');
    }
}
