/** Accounts by invitation: a coordinator invites members and grants auditors time-limited access to the own
 *  municipality, the operator grants a network's coordinator; the invitee accepts with the token of the e-mail. */
package forum.api.accounts;
