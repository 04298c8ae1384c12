package dev.schemaverify.model;

/**
 * Where the user documentation lives. Messages, contract headers and report rules link here rather than
 * naming a {@code docs/} path: the user's project has no such folder.
 */
public final class Docs {
    /** The documentation folder of the project's repository, as the published pom's {@code <url>} names it. */
    public static final String BASE = "https://github.com/schema-verify/schema-verify/blob/main/docs/";

    private Docs() {
    }

    /** The address of one documentation page, e.g. {@code url("access-tests.md")}. */
    public static String url(String page) {
        return BASE + page;
    }
}
