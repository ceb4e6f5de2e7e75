package org.csp.platform.validation;

/**
 * One spelling for an area's code in every service: assessment's areas, plan's plans and grant's awards are matched
 * on it exactly, so "Maidstone" and "maidstone" must not become two areas. Lower-case letters, digits and hyphens,
 * starting with a letter or digit, at most 50 characters. Use as
 * {@code @Pattern(regexp = AreaCodes.PATTERN, message = AreaCodes.MESSAGE)} on every area code a request gives.
 */
public final class AreaCodes {
    public static final String PATTERN = "[a-z0-9][a-z0-9-]{0,49}";
    public static final String MESSAGE = "must be lower-case letters, digits and hyphens (at most 50), like maidstone";

    private AreaCodes() {
    }
}
