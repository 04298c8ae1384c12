package dev.schemaverify.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemaverify.lint.rules.AccessExclusiveLock;
import dev.schemaverify.lint.rules.NonConcurrentIndex;
import dev.schemaverify.lint.rules.WriteBlockingLock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lock each statement form takes, as observed on the shadow database, against the level PostgreSQL's
 * ALTER TABLE, CREATE INDEX, CREATE TRIGGER and DROP INDEX reference pages document for it; and the lock
 * rules on top: a form documented below ACCESS EXCLUSIVE raises no {@code access-exclusive-lock}, one
 * below SHARE no write-blocking finding.
 */
class LockLevelsIT {
    private static final String SETUP = "CREATE TABLE customers (id integer PRIMARY KEY);\n"
            + "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id integer, note text, qty integer);\n"
            + "CREATE INDEX orders_note ON orders (note);\n"
            + "ALTER TABLE orders ADD CONSTRAINT qty_positive CHECK (qty > 0) NOT VALID;\n"
            + "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n"
            + "CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();\n";

    /** Statement form, and the documented lock on {@code public.orders}. */
    private static final Map<String, String> DOCUMENTED = new LinkedHashMap<>();

    static {
        DOCUMENTED.put("ALTER TABLE orders ADD COLUMN extra integer", "ACCESS EXCLUSIVE");
        DOCUMENTED.put("ALTER TABLE orders ALTER COLUMN qty SET DEFAULT 1", "ACCESS EXCLUSIVE");
        DOCUMENTED.put("ALTER TABLE orders ALTER COLUMN qty TYPE bigint", "ACCESS EXCLUSIVE");
        DOCUMENTED.put("ALTER TABLE orders ALTER COLUMN note SET NOT NULL", "ACCESS EXCLUSIVE");
        DOCUMENTED.put("ALTER TABLE orders ADD CONSTRAINT id_positive CHECK (id > 0)", "ACCESS EXCLUSIVE");
        DOCUMENTED.put("ALTER TABLE orders ADD CONSTRAINT note_unique UNIQUE (note)", "ACCESS EXCLUSIVE");
        DOCUMENTED.put("ALTER TABLE orders ENABLE ROW LEVEL SECURITY", "ACCESS EXCLUSIVE");
        DOCUMENTED.put("ALTER TABLE orders RENAME COLUMN note TO remark", "ACCESS EXCLUSIVE");
        DOCUMENTED.put("ALTER TABLE orders DROP COLUMN extra", "ACCESS EXCLUSIVE");
        DOCUMENTED.put("DROP INDEX orders_note", "ACCESS EXCLUSIVE");
        DOCUMENTED.put("ALTER TABLE orders ALTER COLUMN qty SET STATISTICS 200", "SHARE UPDATE EXCLUSIVE");
        DOCUMENTED.put("ALTER TABLE orders ALTER COLUMN qty SET (n_distinct = 10)", "SHARE UPDATE EXCLUSIVE");
        DOCUMENTED.put("ALTER TABLE orders SET (fillfactor = 70)", "SHARE UPDATE EXCLUSIVE");
        DOCUMENTED.put("ALTER TABLE orders VALIDATE CONSTRAINT qty_positive", "SHARE UPDATE EXCLUSIVE");
        DOCUMENTED.put("ALTER TABLE orders CLUSTER ON orders_pkey", "SHARE UPDATE EXCLUSIVE");
        DOCUMENTED.put("ALTER TABLE orders ADD CONSTRAINT orders_customer FOREIGN KEY (customer_id)"
                + " REFERENCES customers (id) NOT VALID", "SHARE ROW EXCLUSIVE");
        DOCUMENTED.put("ALTER TABLE orders DISABLE TRIGGER orders_touch", "SHARE ROW EXCLUSIVE");
        DOCUMENTED.put("CREATE TRIGGER orders_touch_insert BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION touch()",
                "SHARE ROW EXCLUSIVE");
        DOCUMENTED.put("CREATE INDEX orders_qty ON orders (qty)", "SHARE");
    }

    @Test
    void eachFormTakesItsDocumentedLockAndTheRulesAgree() {
        List<String> migrations = new ArrayList<>(List.of(SETUP));
        DOCUMENTED.keySet().forEach(statement -> migrations.add(statement + ";\n"));
        List<ObservedMigration> observed = LintFixture.observe(migrations.toArray(String[]::new));

        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        int i = 1;
        for (Map.Entry<String, String> form : DOCUMENTED.entrySet()) {
            ObservedStatement statement = observed.get(i++).statements().get(0);
            String mode = statement.locks().stream().filter(l -> l.relation().name().equals("public.orders"))
                    .map(ObservedStatement.Lock::mode).findFirst().orElse("none");
            expected.add(form.getKey() + " -> " + form.getValue() + " / access-exclusive-lock: "
                    + form.getValue().equals("ACCESS EXCLUSIVE") + " / blocks writes: " + blocksWrites(form.getValue()));
            boolean exclusiveHit = !new AccessExclusiveLock().check(statement).isEmpty();
            boolean writeHit = !new WriteBlockingLock().check(statement).isEmpty()
                    || !new NonConcurrentIndex().check(statement).isEmpty() || exclusiveHit;
            actual.add(form.getKey() + " -> " + mode + " / access-exclusive-lock: " + exclusiveHit
                    + " / blocks writes: " + writeHit);
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    @Test
    void aForeignKeyAlsoLocksTheReferencedTable() {
        List<ObservedMigration> observed = LintFixture.observe(SETUP, "ALTER TABLE orders ADD CONSTRAINT orders_customer"
                + " FOREIGN KEY (customer_id) REFERENCES customers (id);\n");
        assertEquals(List.of("public.customers SHARE ROW EXCLUSIVE", "public.orders SHARE ROW EXCLUSIVE"),
                observed.get(1).statements().get(0).locks().stream().filter(l -> l.relation().kind().equals("table"))
                        .map(l -> l.relation().name() + " " + l.mode()).sorted().toList());
    }

    private static boolean blocksWrites(String mode) {
        return List.of("SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE").contains(mode);
    }
}
