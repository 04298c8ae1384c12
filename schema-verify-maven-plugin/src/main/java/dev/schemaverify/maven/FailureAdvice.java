package dev.schemaverify.maven;

import dev.schemaverify.model.Docs;
import dev.schemaverify.model.SchemaVerifyException;

/** Turns a core error into a message that says which parameter or file to change. */
final class FailureAdvice {
    private FailureAdvice() {
    }

    static String explain(SchemaVerifyException e) {
        return explain(e, "-Dschema-verify.url, the credentials (user, serverId in settings.xml, or the"
                + " SCHEMA_VERIFY_USER / SCHEMA_VERIFY_PASSWORD environment variables)");
    }

    /** {@code connection}: the parameters of the connection that failed, e.g. diff's referenceUrl and its login. */
    static String explain(SchemaVerifyException e, String connection) {
        String advice = switch (e.code()) {
            case CONTRACT -> "Fix the contract file (every key and value: mvn schema-verify:help -Ddetail"
                    + " -Dgoal=verify, or generate one with mvn schema-verify:inspect), or point"
                    + " -Dschema-verify.contract at another one.";
            case ACCESS_TESTS -> "Fix the access-test file at the line named above (the format: "
                    + Docs.url("access-tests.md") + "),"
                    + " or point -Dschema-verify.accessTests at another one.";
            case CONNECTION -> "Check " + connection + " and that the server accepts connections from this machine.";
            case SQL -> "Fix the migration named above and run again.";
            case SHADOW -> "The shadow database could not be set up. Try another -Dschema-verify.postgresVersion,"
                    + " or use a server you run with -Dschema-verify.shadowUrl=jdbc:postgresql://host/postgres.";
            case CONFIGURATION -> "Check the plugin configuration in pom.xml (mvn schema-verify:help -Ddetail).";
            case IO -> "Check that the path exists and is writable, or point -Dschema-verify.reportDirectory"
                    + " (or -Dschema-verify.output for inspect) elsewhere.";
            case INCOMPATIBLE_SCHEMA -> "Run the migrations the application needs, or deploy the release that"
                    + " matches the database.";
        };
        return "schema-verify: " + e.getMessage() + System.lineSeparator() + advice;
    }
}
