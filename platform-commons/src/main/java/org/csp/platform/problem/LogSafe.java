package org.csp.platform.problem;

/** Makes text from a request safe to put in a log line: no line breaks or control characters, bounded length. */
public final class LogSafe {
    private static final int MAX = 300;

    private LogSafe() {
    }

    public static String clean(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX) + 8);
        for (int i = 0; i < text.length() && out.length() < MAX; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? '_' : c);
        }
        if (text.length() > MAX) {
            out.append("...");
        }
        return out.toString();
    }
}
