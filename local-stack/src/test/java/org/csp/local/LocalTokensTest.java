package org.csp.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalTokensTest {

    // One key pair for the class: making RSA keys is the slow part.
    @TempDir
    static Path keyDirectory;
    private static LocalKeys keys;

    @BeforeAll
    static void createKeys() {
        keys = LocalKeys.loadOrCreate(keyDirectory);
    }

    @Test
    void tokenIsSignedWithTheLocalKeyForTheServicesIssuerAndAudience() throws Exception {
        String token = new LocalTokens(keys.privateKey(), Clock.systemUTC()).issue("partnership-officer", null, null);

        JwtClaims claims = verify(token, keys);

        assertEquals("https://identity.csp.local", claims.getIssuer());
        assertEquals(List.of("csp-platform"), claims.getAudience());
        assertEquals(List.of("partnership-officer"), claims.getStringListClaimValue("groups"));
        assertEquals("officer@csp.local", claims.getSubject());
        assertTrue(!claims.hasClaim("agency"), "no agency claim unless one is asked for");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token);
        assertEquals("RS256", jws.getAlgorithmHeaderValue());
    }

    @Test
    void tokenIsValidForEightHours() throws Exception {
        JwtClaims claims = verify(new LocalTokens(keys.privateKey(), Clock.systemUTC()).issue("councillor", null, null), keys);

        assertEquals(8 * 3600, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
    }

    @Test
    void partnerAgencyTokenCarriesItsAgencyAndTheGivenSubject() throws Exception {
        String token = new LocalTokens(keys.privateKey(), Clock.systemUTC())
                .issue("partner-agency", "kent-police", "analyst@kent.police.uk");

        JwtClaims claims = verify(token, keys);

        assertEquals("kent-police", claims.getStringClaimValue("agency"));
        assertEquals("analyst@kent.police.uk", claims.getSubject());
        assertEquals(List.of("partner-agency"), claims.getStringListClaimValue("groups"));
    }

    @Test
    void unknownRoleIsRefusedNamingTheKnownRoles() {
        LocalTokens tokens = new LocalTokens(keys.privateKey(), Clock.systemUTC());

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> tokens.issue("superuser", null, null));

        assertTrue(refused.getMessage().contains("superuser"), refused.getMessage());
        assertTrue(refused.getMessage().contains("pcc-office"), refused.getMessage());
    }

    @Test
    void partnerAgencyTokenWithoutAgencyIsRefused() {
        LocalTokens tokens = new LocalTokens(keys.privateKey(), Clock.systemUTC());

        assertThrows(IllegalArgumentException.class, () -> tokens.issue("partner-agency", null, null));
    }

    @Test
    void tokenDoesNotVerifyWithAnotherKey() throws Exception {
        String token = new LocalTokens(keys.privateKey(), Clock.systemUTC()).issue("administrator", null, null);
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);

        assertThrows(InvalidJwtException.class, () -> new JwtConsumerBuilder()
                .setVerificationKey(rsa.generateKeyPair().getPublic())
                .setExpectedIssuer(LocalTokens.ISSUER).setExpectedAudience(LocalTokens.AUDIENCE)
                .build().processToClaims(token));
    }

    @Test
    void keyPairIsCreatedOnceAndReused() {
        LocalKeys again = LocalKeys.loadOrCreate(keyDirectory);

        assertEquals(keys.publicKey(), again.publicKey());
        assertTrue(again.publicKeyFile().isAbsolute());
    }

    static JwtClaims verify(String token, LocalKeys signer) throws InvalidJwtException {
        return new JwtConsumerBuilder()
                .setVerificationKey(signer.publicKey())
                .setExpectedIssuer(LocalTokens.ISSUER)
                .setExpectedAudience(LocalTokens.AUDIENCE)
                .setRequireExpirationTime()
                .setRequireSubject()
                .build()
                .processToClaims(token);
    }
}
