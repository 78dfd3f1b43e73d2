package jp.mamori.engine;

/**
 * A policy that cannot be used, and where its mistake is: the line of its text (0 when the text was not at
 * hand) and the field, written as a path such as {@code velocity[2].window} (empty when the text itself cannot
 * be parsed). The message never repeats a value of the policy beyond the names of its fields.
 */
public final class InvalidPolicy extends IllegalArgumentException {

    private final String field;
    private final String problem;
    private final int line;

    public InvalidPolicy(String field, String problem, int line, Throwable cause) {
        super(message(field, problem, line), cause);
        this.field = field;
        this.problem = problem;
        this.line = line;
    }

    /** A mistake in {@code field}, its line not known yet. */
    public static InvalidPolicy at(String field, String problem) {
        return new InvalidPolicy(field, problem, 0, null);
    }

    /**
     * A mistake a settings constructor found; their messages start with the setting's name, which sits under
     * {@code section} (e.g. {@code checks.}).
     */
    public static InvalidPolicy inSettings(String section, IllegalArgumentException e) {
        String message = e.getMessage();
        int space = message.indexOf(' ');
        return space < 0 ? new InvalidPolicy(section, message, 0, e)
                : new InvalidPolicy(section + message.substring(0, space), message.substring(space + 1), 0, e);
    }

    /** The same mistake, found on {@code line}. */
    public InvalidPolicy onLine(int line) {
        return new InvalidPolicy(field, problem, line, getCause());
    }

    public String field() {
        return field;
    }

    /** What is wrong with the field, e.g. "must be a whole number". */
    public String problem() {
        return problem;
    }

    /** The line of the policy's text, from 1; 0 when not known. */
    public int line() {
        return line;
    }

    private static String message(String field, String problem, int line) {
        String where = line > 0 ? "line " + line + ": " : "";
        return "policy: " + where + (field.isEmpty() ? problem : field + " " + problem);
    }
}
