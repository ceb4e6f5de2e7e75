package org.csp.local;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Signs bearer tokens for the local run only with the JDK alone (RS256 JWS, the issuer and audience the services are started with,
 * the role in {@code groups}, the {@code agency} claim when given, valid for 8 hours). Nothing like it exists
 * in a service: in production tokens come from the council's identity provider.
 */
public final class LocalTokens {

    public static final String ISSUER = "https://identity.csp.local";
    public static final String AUDIENCE = "csp-platform";
    public static final Duration LIFETIME = Duration.ofHours(8);
    public static final String KEY_ID = "csp-local";

    /** Role → the subject a token gets when the caller names none. */
    public static final Map<String, String> ROLES = defaultSubjects();

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,99}");

    private final PrivateKey key;
    private final Clock clock;

    public LocalTokens(PrivateKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    /**
     * @param role one of {@link #ROLES}
     * @param agency the partner agency the token acts for (required for partner-agency), or null
     * @param subject who the token is for, or null for the role's default
     * @throws IllegalArgumentException with a message for the caller when a value is not acceptable
     */
    public String issue(String role, String agency, String subject) {
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("Name a role: role=" + String.join("|", ROLES.keySet()));
        }
        if (!ROLES.containsKey(role)) {
            throw new IllegalArgumentException("Unknown role '" + printable(role) + "'. Known roles: "
                    + String.join(", ", ROLES.keySet()));
        }
        if (agency != null && !NAME.matcher(agency).matches()) {
            throw new IllegalArgumentException("agency must be 1-100 letters, digits or . _ @ + - (for example kent-police)");
        }
        if (subject != null && !NAME.matcher(subject).matches()) {
            throw new IllegalArgumentException("subject must be 1-100 letters, digits or . _ @ + - (for example jo.bloggs@maidstone.gov.uk)");
        }
        if ("partner-agency".equals(role) && agency == null) {
            throw new IllegalArgumentException("A partner-agency token acts for one agency: add agency=<id>, for example agency=kent-police");
        }
        String sub = subject != null ? subject
                : "partner-agency".equals(role) ? "system@" + agency + ".local" : ROLES.get(role);
        long now = clock.instant().getEpochSecond();
        StringBuilder claims = new StringBuilder("{")
                .append(field("iss", ISSUER)).append(',')
                .append(field("aud", AUDIENCE)).append(',')
                .append(field("sub", sub)).append(',')
                .append(field("upn", sub)).append(',')
                .append(json("groups")).append(":[").append(json(role)).append("],");
        if (agency != null) {
            claims.append(field("agency", agency)).append(',');
        }
        claims.append(json("iat")).append(':').append(now).append(',')
                .append(json("exp")).append(':').append(now + LIFETIME.toSeconds()).append(',')
                .append(field("jti", UUID.randomUUID().toString()))
                .append('}');
        String header = "{" + field("alg", "RS256") + "," + field("typ", "JWT") + "," + field("kid", KEY_ID) + "}";
        String signingInput = base64Url(header) + "." + base64Url(claims.toString());
        return signingInput + "." + sign(signingInput);
    }

    private String sign(String signingInput) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the local key", e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String field(String name, String value) {
        return json(name) + ":" + json(value);
    }

    /** A JSON string literal. */
    private static String json(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    private static String printable(String value) {
        String cut = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return cut.replaceAll("[^\\x20-\\x7E]", "?");
    }

    private static Map<String, String> defaultSubjects() {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("partnership-officer", "officer@csp.local");
        roles.put("partner-agency", "system@agency.local");
        roles.put("councillor", "councillor@csp.local");
        roles.put("pcc-office", "pcc-office@csp.local");
        roles.put("administrator", "admin@csp.local");
        return Collections.unmodifiableMap(roles);
    }
}
