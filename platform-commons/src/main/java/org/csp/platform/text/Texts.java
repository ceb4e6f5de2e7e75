package org.csp.platform.text;

/** Text another service sent (in an event), fitted to the column this service keeps it in. */
public final class Texts {

    private Texts() {
    }

    /** The text cut to at most {@code max} characters; null stays null. */
    public static String clipped(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
