package org.csp.platform.text;

import java.util.regex.Pattern;

/**
 * Names that identify something (a committee, a grant's funder and recipient) as people type them: spaces around
 * and doubled spaces inside mean nothing, so they are stored normalized, and two names that differ only in case
 * or spacing are the same name. Each such name's unique key is on {@code lower(column)} of the normalized value.
 */
public final class Names {

    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    private Names() {
    }

    /** The name without surrounding whitespace and with every run of whitespace inside as one space; null stays null. */
    public static String normalized(String name) {
        return name == null ? null : WHITESPACE_RUN.matcher(name.strip()).replaceAll(" ");
    }
}
