package forum.api.municipality;

import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import forum.projections.municipality.MunicipalityProfile;
import forum.projections.municipality.MunicipalityProfiles;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/v1")
class MunicipalityController {

    private final SignUp signUp;
    private final MunicipalityProfiles profiles;

    MunicipalityController(SignUp signUp, MunicipalityProfiles profiles) {
        this.signUp = signUp;
        this.profiles = profiles;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/municipalities")
    ResponseEntity<SignUp.SignedUp> signUp(@Valid @RequestBody SignUpRequest request) {
        SignUp.SignedUp signedUp = signUp.signUp(request);
        return ResponseEntity.created(URI.create("/api/v1/municipality")).body(signedUp);
    }

    /**
     * The signed-in user's own municipality. The read model is fed through Kafka; the new coordinator's reads
     * right after the sign-up wait for it (forum.api.consistency).
     */
    @GetMapping("/municipality")
    ResponseEntity<MunicipalityProfile> own(@AuthenticationPrincipal ForumUser user) {
        return ResponseEntity.of(profiles.of(Tenants.of(user)));
    }
}
