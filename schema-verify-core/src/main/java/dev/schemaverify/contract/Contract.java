package dev.schemaverify.contract;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Snapshot;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A contract read from YAML: the expected schema, plus the contract's own settings.
 *
 * @param file the path the contract was read from, as shown in messages
 * @param strict whether the contract asks for strict mode (report what the database has beyond it)
 * @param schemas the schemas the contract covers, in the order declared
 * @param severities the contract's {@code severities:} section, finding code or {@code prefix-*} to
 *     {@code error}, {@code warning}, {@code info} or {@code off}, in the order written
 * @param compareOwners the contract's {@code compareOwners: true}: declared owners are compared
 * @param compareComments the contract's {@code compareComments: true}: comments are compared
 */
public record Contract(String file, Snapshot expected, boolean strict, List<String> schemas,
        Map<String, String> severities, boolean compareOwners, boolean compareComments) {
    public Contract {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(expected, "expected");
        schemas = List.copyOf(schemas);
        severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities == null ? Map.of() : severities));
    }

    /** A contract that compares neither owners nor comments. */
    public Contract(String file, Snapshot expected, boolean strict, List<String> schemas,
            Map<String, String> severities) {
        this(file, expected, strict, schemas, severities, false, false);
    }

    /** A contract without a {@code severities:} section. */
    public Contract(String file, Snapshot expected, boolean strict, List<String> schemas) {
        this(file, expected, strict, schemas, Map.of());
    }

    /**
     * Refuses a comparison that would check nothing and pass: {@code strict} (the contract's or the caller's
     * override) off, and no object declared. A strict empty contract still compares: it requires an empty
     * database. {@code check} names who would compare ({@code "verify"}, {@code "the schema guard"}).
     */
    public void requireSomethingToCheck(boolean strict, String check) {
        if (!strict && expected.objects().isEmpty()) {
            throw new SchemaVerifyException(ErrorCode.CONTRACT, file + ": the contract declares nothing and is partial,"
                    + " so " + check + " would check nothing; declare the schemas and objects to check, set strict: true"
                    + " to require that the database holds exactly what it declares, or generate the contract with"
                    + " mvn schema-verify:inspect");
        }
    }
}
