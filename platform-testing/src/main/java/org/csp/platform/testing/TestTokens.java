package org.csp.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

/**
 * Bearer tokens for tests, signed with the test issuer's key (public half at
 * {@link #PUBLIC_KEY_LOCATION}). Also makes the broken tokens a security test needs.
 */
public final class TestTokens {

    public static final String ISSUER = "https://identity.csp.test";
    public static final String AUDIENCE = "csp-platform";
    public static final String PUBLIC_KEY_LOCATION = "csp-test-jwt/public-key.pem";

    public static final String OFFICER = "partnership-officer";
    public static final String AGENCY = "partner-agency";
    public static final String COUNCILLOR = "councillor";
    public static final String PCC = "pcc-office";
    public static final String ADMIN = "administrator";

    private static final PrivateKey KEY = load("csp-test-jwt/private-key.pem");
    private static final PrivateKey FOREIGN_KEY = load("csp-test-jwt/foreign-private-key.pem");

    private TestTokens() {
    }

    public static String officer() {
        return token("officer@maidstone.test", null, OFFICER);
    }

    public static String admin() {
        return token("admin@maidstone.test", null, ADMIN);
    }

    public static String councillor() {
        return token("cllr.mortimer@maidstone.test", null, COUNCILLOR);
    }

    public static String pcc() {
        return token("grants@kent-pcc.test", null, PCC);
    }

    /** A partner agency's token, scoped to {@code agency} (for example {@code kent-police}). */
    public static String agency(String agency) {
        return token("system@" + agency + ".test", agency, AGENCY);
    }

    public static String token(String subject, String agency, String... roles) {
        return claims(subject, agency, roles).expiresAt(Instant.now().plusSeconds(3600)).jws().keyId("test").sign(KEY);
    }

    public static String expired() {
        return claims("officer@maidstone.test", null, OFFICER).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).jws().keyId("test").sign(KEY);
    }

    public static String wrongSignature() {
        return claims("officer@maidstone.test", null, OFFICER).expiresAt(Instant.now().plusSeconds(3600))
                .jws().keyId("test").sign(FOREIGN_KEY);
    }

    public static String wrongAudience() {
        return Jwt.issuer(ISSUER).audience("another-system").subject("officer@maidstone.test")
                .upn("officer@maidstone.test").groups(Set.of(OFFICER)).expiresAt(Instant.now().plusSeconds(3600))
                .jws().keyId("test").sign(KEY);
    }

    private static JwtClaimsBuilder claims(String subject, String agency, String... roles) {
        JwtClaimsBuilder builder = Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject)
                .groups(Set.of(roles));
        if (agency != null) {
            builder.claim("agency", agency);
        }
        return builder;
    }

    /** The test issuer's public key as PEM text. */
    public static String publicKeyPem() {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(PUBLIC_KEY_LOCATION)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PrivateKey load(String resource) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test key " + resource);
            }
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
