package forum.api.security;

import forum.api.accounts.Invitations;

/** For TanglesArchitectureTest: a foundation using a feature that uses it back. */
public class SecurityLeaningOnAccounts {

    Invitations invitations;
}
