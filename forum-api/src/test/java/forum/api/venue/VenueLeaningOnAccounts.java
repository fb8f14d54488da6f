package forum.api.venue;

import forum.api.accounts.PasswordResets;

/** For TanglesArchitectureTest: a feature using a class another feature does not offer. */
public class VenueLeaningOnAccounts {

    PasswordResets passwordResets;
}
