package dev.schemaverify.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.diff.DiffOptions;
import dev.schemaverify.diff.Finding;
import dev.schemaverify.diff.SchemaDiff;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.QualifiedName;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.SourceRef;
import dev.schemaverify.model.View;
import dev.schemaverify.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A materialized view's index keys and predicates are compared after PostgreSQL deparses them, as a
 * table's are: the contract's {@code lower(name)} on a {@code varchar} column is the database's
 * {@code lower((name)::text)}, and a key that really differs is still a finding.
 */
class MaterializedViewIndexNormalizerIT {
    private static final SourceRef AT = new SourceRef("contract.yaml", 9, 9);

    @Test
    void keysAndPredicatesAreDeparsedBeforeTheyAreCompared() throws Exception {
        String url = TestDatabases.createDatabase("mvindex");
        try (Connection connection = TestDatabases.connect(url)) {
            TestDatabases.execute(connection, """
                    CREATE TABLE people (id integer PRIMARY KEY, name varchar(40), age integer);
                    CREATE MATERIALIZED VIEW adults AS SELECT id, name, age FROM people WHERE age >= 18;
                    CREATE UNIQUE INDEX adults_id_idx ON adults (id);
                    CREATE INDEX adults_name_idx ON adults (lower(name)) WHERE age > 30;
                    CREATE INDEX adults_age_idx ON adults (age DESC);
                    """);
            Snapshot actual = new Inspector(InspectOptions.allSchemas()).inspect(connection);
            View declared = new View(new QualifiedName("public", "adults"), true,
                    "select id, name, age from people where age >= 18", AT, null, List.of(
                            new Index("adults_id_idx", true, null, List.of("id"), null, null, AT),
                            new Index("adults_name_idx", false, "BTREE", List.of("lower(name)"), null, "age>30", AT),
                            new Index("adults_age_idx", false, null, List.of("age"), null, null, AT)), null);
            Snapshot contract = new Snapshot(null, null, null, null, null, List.of(declared), null, null);
            Snapshot normalized = new ContractNormalizer().normalize(connection, contract);
            assertEquals(actual.views().get(0).indexes().stream().filter(i -> i.name().equals("adults_name_idx"))
                    .findFirst().orElseThrow().keys(), normalized.views().get(0).indexes().get(1).keys());
            assertEquals(List.of("lower(name::text)"), normalized.views().get(0).indexes().get(1).keys());
            List<Finding> findings = SchemaDiff.diff(normalized, actual, DiffOptions.partial());
            assertEquals("contract.yaml:9:9: error [changed-index] index public.adults.adults_age_idx: columns expected"
                    + " '[age]', found '[age DESC]'", findings.stream().map(f -> f.source() + ": " + f.severity().label()
                            + " [" + f.code() + "] " + f.message()).collect(Collectors.joining("\n")));
        }
    }
}
