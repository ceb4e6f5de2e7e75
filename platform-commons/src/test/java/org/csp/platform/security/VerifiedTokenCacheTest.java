package org.csp.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    /** Stands in for smallrye-jwt: tokens named "valid-<exp epoch second>" verify, anything else fails. */
    static final class FakeVerifier extends DefaultJWTParser {
        final List<String> verified = new ArrayList<>();
        Instant now = NOW;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verified.add(token);
            if (!token.matches("valid-[0-9]+")) {
                throw new ParseException("bad signature");
            }
            long exp = Long.parseLong(token.substring("valid-".length()));
            if (now.getEpochSecond() >= exp) {
                throw new ParseException("expired");
            }
            return new Token(token, exp);
        }
    }

    record Token(String raw, long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return "officer@csp.test";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
        }

        @Override
        public long getExpirationTime() {
            return exp;
        }
    }

    private FakeVerifier verifier;
    private VerifiedTokenCache cache;

    @BeforeEach
    void setUp() {
        verifier = new FakeVerifier();
        cache = new VerifiedTokenCache();
        cache.delegate = verifier;
        cache.size = 3;
        cache.maxAge = Duration.ofSeconds(60);
        at(NOW);
    }

    private void at(Instant now) {
        verifier.now = now;
        cache.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    private static String validUntil(Instant exp) {
        return "valid-" + exp.getEpochSecond();
    }

    @Test
    void theSameTokenIsVerifiedOnceAndAnswersTheSamePrincipal() throws Exception {
        String token = validUntil(NOW.plusSeconds(3600));
        JsonWebToken first = cache.parse(token);
        assertSame(first, cache.parse(token));
        assertEquals(List.of(token), verifier.verified);
    }

    @Test
    void anyOtherTokenStringIsVerifiedInFull() throws Exception {
        String token = validUntil(NOW.plusSeconds(3600));
        cache.parse(token);
        assertThrows(ParseException.class, () -> cache.parse(token + "x"));
        assertThrows(ParseException.class, () -> cache.parse("forged-" + token));
        assertEquals(List.of(token, token + "x", "forged-" + token), verifier.verified);
    }

    @Test
    void failuresAreNeverRemembered() {
        assertThrows(ParseException.class, () -> cache.parse("forged"));
        assertThrows(ParseException.class, () -> cache.parse("forged"));
        assertEquals(List.of("forged", "forged"), verifier.verified);
        assertEquals(0, cache.cachedTokens());
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndRefused() throws Exception {
        String token = validUntil(NOW.plusSeconds(30));
        cache.parse(token);
        at(NOW.plusSeconds(30));
        assertThrows(ParseException.class, () -> cache.parse(token));
        assertEquals(List.of(token, token), verifier.verified);
        assertThrows(ParseException.class, () -> cache.parse(token));
        assertEquals(3, verifier.verified.size());
    }

    @Test
    void aTokenIsReverifiedAfterTheMaximumAge() throws Exception {
        String token = validUntil(NOW.plusSeconds(3600));
        cache.parse(token);
        at(NOW.plusSeconds(59));
        cache.parse(token);
        assertEquals(1, verifier.verified.size());
        at(NOW.plusSeconds(60));
        cache.parse(token);
        assertEquals(2, verifier.verified.size());
    }

    @Test
    void theCacheStaysWithinItsSize() throws Exception {
        for (int i = 0; i < 10; i++) {
            cache.parse(validUntil(NOW.plusSeconds(3600 + i)));
            assertEquals(true, cache.cachedTokens() <= 3);
        }
    }

    @Test
    void sizeZeroTurnsTheCacheOff() throws Exception {
        cache.size = 0;
        String token = validUntil(NOW.plusSeconds(3600));
        cache.parse(token);
        cache.parse(token);
        assertEquals(2, verifier.verified.size());
    }
}
