package forum.api.venue;

import forum.api.accounts.Invitations;

/** For TanglesArchitectureTest: a feature using a class another feature does not offer. */
public class VenueLeaningOnAccounts {

    Invitations invitations;
}
