package forum.api.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import forum.api.support.ForumIntegrationTest;
import forum.api.support.SignUps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Production sign-in: bearer tokens of a trusted issuer, tenant and roles from their claims; the operator of none. */
@ForumIntegrationTest
class JwtSignInIT {

    private static final KeyPair TRUSTED = rsaKeys();
    private static final KeyPair UNTRUSTED = rsaKeys();

    @DynamicPropertySource
    static void trustedIssuerKey(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> "file:" + publicKeyFile(TRUSTED));
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void aTokenOfTheTrustedIssuerSignsInToTheTenantOfItsClaim() {
        SignUps.Tenant tenant = SignUps.signUp(http);
        String token = token(TRUSTED, tenant.tenantId().toString(), List.of("coordinator"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ResponseEntity<JsonNode> profile = get(token);
            assertThat(profile.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(profile.getBody().get("tenantId").asText()).isEqualTo(tenant.tenantId().toString());
        });
    }

    @Test
    void aForgedExpiredOrGarbledTokenIsRefusedWithAProblemAndTheBearerChallenge() {
        String forged = token(UNTRUSTED, UUID.randomUUID().toString(), List.of("COORDINATOR"));
        String expired = token(TRUSTED, UUID.randomUUID().toString(), List.of("COORDINATOR"),
                Instant.now().minus(Duration.ofHours(1)));

        for (String token : List.of(forged, expired, "not-a-token", "eyJhbGciOiJub25lIn0.e30.")) {
            ResponseEntity<JsonNode> refused = get(token);
            assertThat(refused.getStatusCode()).as(token).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.getBody().get("code").asText()).isEqualTo("unauthenticated");
            assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        }
    }

    @Test
    void aTokenWithoutAForumRoleOrTenantIsRefused() {
        assertThat(get(token(TRUSTED, UUID.randomUUID().toString(), List.of("admin"))).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(token(TRUSTED, "not-a-tenant", List.of("COORDINATOR"))).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTokenWhoseOnlyRoleIsOperatorAndThatNamesNoTenantSignsInTheOperator() {
        String operator = token(TRUSTED, null, List.of("OPERATOR"));

        ResponseEntity<JsonNode> created = createNetwork(operator);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(get(operator).getStatusCode()).as("the operator reads no municipality")
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anOperatorTokenThatAlsoNamesATenantOrAnotherRoleIsRefused() {
        String tenant = SignUps.signUp(http).tenantId().toString();

        assertThat(createNetwork(token(TRUSTED, tenant, List.of("OPERATOR"))).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(token(TRUSTED, tenant, List.of("OPERATOR", "COORDINATOR"))).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(createNetwork(token(TRUSTED, null, List.of("OPERATOR", "COORDINATOR"))).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<JsonNode> createNetwork(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/v1/networks", HttpMethod.POST,
                new HttpEntity<>(Map.of("name", "Nätverk " + UUID.randomUUID(), "country", "SE"), headers),
                JsonNode.class);
    }

    /** The operator of an identity provider reads the metrics; no other role does (ActuatorAccessIT: every role). */
    @Test
    void anOperatorsTokenReadsTheMetricsAndACoordinatorsDoesNot() {
        String operator = token(TRUSTED, null, List.of("OPERATOR"));
        String coordinator = token(TRUSTED, UUID.randomUUID().toString(), List.of("COORDINATOR"));

        assertThat(get(operator, "/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(coordinator, "/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<String> get(String token, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<JsonNode> get(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange("/api/v1/municipality", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static String token(KeyPair keys, String tenant, List<String> roles) {
        return token(keys, tenant, roles, Instant.now().plusSeconds(600));
    }

    private static String token(KeyPair keys, String tenant, List<String> roles, Instant expires) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                    claims(tenant).claim("forum_roles", roles).claim("name", "Olle Officer")
                            .issueTime(Date.from(expires.minusSeconds(600))).expirationTime(Date.from(expires))
                            .build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Without a tenant, the token has no tenant claim at all, as the operator's. */
    private static JWTClaimsSet.Builder claims(String tenant) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("https://idp.kommun.example")
                .subject("officer-17");
        return tenant == null ? claims : claims.claim("forum_tenant", tenant);
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path publicKeyFile(KeyPair keys) {
        try {
            Path file = Files.createTempFile("issuer", ".pem");
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
