package org.csp.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers bearer tokens that passed full verification (signature, issuer, audience, expiry), so a client that
 * sends the same token on every request is not re-verified each time: parsing the claims and the RSA check
 * were a quarter of the CPU of a read (benchmarks, read API).
 *
 * <p>Only the exact token string that verified is remembered, so any change to it (claims or signature) misses
 * the cache and is verified in full. An entry is used only while the token has not expired and for at most
 * {@code csp.security.token-cache.max-age} (default 60 s) after it was verified, so a change of the verification
 * key applies within that time. Failures are never remembered. The cache holds at most
 * {@code csp.security.token-cache.size} tokens (default 1024; 0 turns it off) and is emptied when full.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    private record Verified(JsonWebToken token, long usableUntilMillis) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    DefaultJWTParser delegate;

    @ConfigProperty(name = "csp.security.token-cache.size", defaultValue = "1024")
    int size;

    @ConfigProperty(name = "csp.security.token-cache.max-age", defaultValue = "PT60S")
    Duration maxAge;

    Clock clock = Clock.systemUTC();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (size <= 0 || token == null) {
            return delegate.parse(token);
        }
        long now = clock.millis();
        Verified hit = verified.get(token);
        if (hit != null) {
            if (now < hit.usableUntilMillis) {
                return hit.token;
            }
            verified.remove(token, hit);
        }
        JsonWebToken parsed = delegate.parse(token);
        long until = now + maxAge.toMillis();
        long expiresAt = parsed.getExpirationTime();
        if (expiresAt > 0) {
            until = Math.min(until, expiresAt * 1000);
        }
        if (until > now) {
            if (verified.size() >= size) {
                verified.clear();
            }
            verified.put(token, new Verified(parsed, until));
        }
        return parsed;
    }

    /** Forgets every remembered token (tests, or after a key change). */
    public void clear() {
        verified.clear();
    }

    int cachedTokens() {
        return verified.size();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
