package dev.schemaverify.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemaverify.model.Grant;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.SchemaVerifyException;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract keys of routine attributes, trigger properties and privileges: read, written, read back. */
class RoutineTriggerPrivilegeContractTest {
    private static final String YAML = """
            contract: 1
            schemas:
              app:
                grants:
                  reader: [USAGE]
                  admin: [USAGE WITH GRANT OPTION, create]
                defaultPrivileges:
                  owner:
                    tables:
                      reader: [SELECT, INSERT WITH GRANT OPTION]
                    functions:
                      PUBLIC: [EXECUTE]
                sequences:
                  ids:
                    grants:
                      writer: [USAGE, SELECT]
                tables:
                  accounts:
                    columns:
                      id: integer
                      email: text
                    triggers:
                      audit:
                        timing: AFTER
                        events: [UPDATE]
                        level: ROW
                        function: audit_change
                        arguments: [email, "it's"]
                        columns: [email]
                        constraint: true
                        deferrable: true
                        initiallyDeferred: false
                    grants:
                      writer: ["UPDATE (email, \\"Full Name\\") WITH GRANT OPTION", SELECT]
                functions:
                  page(size integer):
                    returns: SETOF integer
                    language: sql
                    arguments: size integer DEFAULT 20
                    strict: true
                    leakproof: false
                    parallel: safe
                    cost: 100.0
                    rows: 25
                    grants:
                      authenticated: [EXECUTE]
            """;

    private final ContractReader reader = new ContractReader();
    private final ContractWriter writer = new ContractWriter();

    @Test
    void readsEveryNewKey() {
        Snapshot snapshot = reader.read(YAML, "contract.yaml").expected();
        Schema app = snapshot.schemas().get(0);
        assertEquals(List.of("admin: [CREATE, USAGE] option [USAGE]", "reader: [USAGE] option []"),
                app.grants().stream().map(RoutineTriggerPrivilegeContractTest::show).sorted().toList());
        assertEquals(List.of("owner functions PUBLIC [EXECUTE] option []",
                "owner tables reader [INSERT, SELECT] option [INSERT]"),
                app.defaultPrivileges().stream().map(d -> d.role() + " " + d.objects() + " " + d.grantee() + " "
                        + d.privileges() + " option " + d.grantable()).sorted().toList());
        assertEquals(List.of("writer: [SELECT, USAGE] option []"),
                snapshot.sequences().get(0).grants().stream().map(RoutineTriggerPrivilegeContractTest::show).toList());
        Table accounts = snapshot.tables().get(0);
        assertEquals(List.of("writer: [SELECT, UPDATE (\"Full Name\"), UPDATE (email)] option"
                + " [UPDATE (\"Full Name\"), UPDATE (email)]"),
                accounts.grants().stream().map(RoutineTriggerPrivilegeContractTest::show).toList());
        Trigger audit = accounts.triggers().get(0);
        assertEquals(List.of("email", "it's"), audit.arguments());
        assertEquals(List.of("email"), audit.updateColumns());
        assertEquals(List.of(true, true, false), List.of(audit.constraint(), audit.deferrable(), audit.initiallyDeferred()));
        Routine page = snapshot.routines().get(0);
        assertEquals("size integer DEFAULT 20", page.argumentList());
        assertEquals(List.of("true", "false", "SAFE", "100", "25"), List.of(String.valueOf(page.strict()),
                String.valueOf(page.leakproof()), page.parallel(), page.cost(), page.rows()));
        assertEquals(List.of("authenticated: [EXECUTE] option []"),
                page.grants().stream().map(RoutineTriggerPrivilegeContractTest::show).toList());
    }

    @Test
    void writtenContractReadsBackToTheSameModel() {
        Snapshot read = reader.read(YAML, "contract.yaml").expected();
        String written = writer.write(read);
        Snapshot again = reader.read(written, "written.yaml").expected();
        // the writer sorts roles and kinds: the same model, written the same way
        assertEquals(written, writer.write(again));
        assertEquals(read.routines().get(0).argumentList(), again.routines().get(0).argumentList());
        assertEquals(read.tables().get(0).triggers().get(0).arguments(), again.tables().get(0).triggers().get(0).arguments());
        assertEquals(read.tables().get(0).grants().get(0).grantable(), again.tables().get(0).grants().get(0).grantable());
    }

    @Test
    void invalidPrivilegesNameTheLocationAndTheValidOnes() {
        SchemaVerifyException routine = assertThrows(SchemaVerifyException.class, () -> reader.read("""
                contract: 1
                schemas:
                  app:
                    functions:
                      f():
                        grants:
                          anon: [SELECT]
                """, "c.yaml"));
        assertEquals("c.yaml:7:18: invalid privilege 'SELECT' in grants of anon on function app.f(); valid privileges"
                + " are EXECUTE, a column privilege such as 'UPDATE (email)', each optionally followed by WITH GRANT OPTION",
                routine.getMessage());
        SchemaVerifyException defaults = assertThrows(SchemaVerifyException.class, () -> reader.read("""
                contract: 1
                schemas:
                  app:
                    defaultPrivileges:
                      owner:
                        views: {}
                """, "c.yaml"));
        assertEquals("c.yaml:6:9: unknown key 'views' in default privileges of owner in schema app; valid keys are"
                + " tables, sequences, functions, types", defaults.getMessage().replaceAll(" \\(did you mean.*\\)", ""));
    }

    private static String show(Grant grant) {
        return grant.grantee() + ": " + grant.privileges() + " option " + grant.grantable();
    }


}
