package forum.api.accounts;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The link with which an invited person accepts and sets a password. Until Forum sends mail, the page that issued
 * the invitation shows it once to the coordinator (a flash attribute: it is gone at the next page).
 */
@Component
class AcceptanceLinks {

    /** The acceptance page's path: anyone holding the token may open it. */
    static final String PATH = "/invitations/{token}";

    void show(RedirectAttributes next, String token, String name, Instant validUntil) {
        next.addFlashAttribute("issuedLink", ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH)
                .buildAndExpand(token).toUriString());
        next.addFlashAttribute("issuedName", name);
        next.addFlashAttribute("issuedUntil", validUntil);
    }
}
