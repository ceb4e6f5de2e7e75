package org.csp.assessment.rest;

/**
 * One spelling for the codes assessment keeps as given, the way {@code AreaCodes} holds the area code's: a crime
 * category's code (and the {@code mapsTo} filter of the categories) and a statistics source's code. Lower-case
 * letters, digits and hyphens, starting with a letter or digit, at most 60 characters.
 */
public final class Codes {
    public static final String PATTERN = "[a-z0-9][a-z0-9-]{0,59}";
    public static final String MESSAGE = "must be lower-case letters, digits and hyphens";

    private Codes() {
    }
}
