package dev.schemaverify.contract;

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
}
