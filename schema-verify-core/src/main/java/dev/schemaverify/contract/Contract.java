package dev.schemaverify.contract;

import dev.schemaverify.model.Snapshot;
import java.util.List;
import java.util.Objects;

/**
 * A contract read from YAML: the expected schema, plus the contract's own settings.
 *
 * @param file the path the contract was read from, as shown in messages
 * @param strict whether the contract asks for strict mode (report what the database has beyond it)
 * @param schemas the schemas the contract covers, in the order declared
 */
public record Contract(String file, Snapshot expected, boolean strict, List<String> schemas) {
    public Contract {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(expected, "expected");
        schemas = List.copyOf(schemas);
    }
}
