package nl.zelfhulpwijzer.support;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;

/** Real RS256-signed access tokens shaped like Keycloak's, signed with the test key the backend trusts in tests. */
public final class TestTokens {

    public static final String ISSUER = "https://test.zelfhulpwijzer.local/realms/zelfhulpwijzer";
    public static final String INSTITUTION = "demo-instelling";
    public static final String OTHER_INSTITUTION = "andere-instelling";
    /** The audience the backend requires ({@code quarkus.oidc.token.audience}). */
    public static final String AUDIENCE = "zelfhulpwijzer-api";
    private static final String KEY = "test-jwt-private.pem";

    private TestTokens() {
    }

    public static String medewerker() {
        return token("medewerker", "Mila Medewerker", INSTITUTION, "medewerker");
    }

    public static String coordinator() {
        return token("coordinator", "Cor Coördinator", INSTITUTION, "coordinator");
    }

    public static String beheerder() {
        return token("beheerder", "Bea Beheerder", INSTITUTION, "beheerder");
    }

    public static String epd() {
        return token("service-account-zelfhulpwijzer-epd", "service-account-zelfhulpwijzer-epd", INSTITUTION, "epd");
    }

    public static String token(String username, String name, String institution, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE)
                .subject("sub-" + username)
                .preferredUserName(username)
                .claim("name", name)
                .claim("instelling", institution)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(300)
                .jws().keyId("test")
                .sign(KEY);
    }

    /** A token that is well formed but signed by the wrong issuer: must be refused. */
    public static String fromWrongIssuer() {
        return Jwt.issuer("https://attacker.example/realms/zelfhulpwijzer").audience(AUDIENCE)
                .preferredUserName("medewerker")
                .claim("realm_access", Map.of("roles", List.of("medewerker")))
                .expiresIn(300)
                .jws().keyId("test")
                .sign(KEY);
    }

    public static String expired() {
        long past = System.currentTimeMillis() / 1000 - 3600;
        return Jwt.issuer(ISSUER).audience(AUDIENCE)
                .preferredUserName("medewerker")
                .claim("realm_access", Map.of("roles", List.of("medewerker")))
                .issuedAt(past - 300)
                .expiresAt(past)
                .jws().keyId("test")
                .sign(KEY);
    }

    /** A valid token of this staff member, but for another service: must be refused. */
    public static String forOtherAudience(String institution, String role) {
        return Jwt.issuer(ISSUER).audience("account").subject("sub-other-aud").claim("instelling", institution)
                .claim("realm_access", Map.of("roles", List.of(role))).expiresIn(300)
                .jws().keyId("test").sign(KEY);
    }

    /** A token that claims everything right but is signed with a key the backend does not trust. */
    public static String wronglySigned(String institution, String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("sub-forged").claim("instelling", institution)
                    .claim("realm_access", Map.of("roles", List.of(role))).expiresIn(300)
                    .jws().keyId("test").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
