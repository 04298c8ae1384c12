package dev.schemaverify.contract;

import dev.schemaverify.model.CheckConstraint;
import dev.schemaverify.model.Column;
import dev.schemaverify.model.EnumType;
import dev.schemaverify.model.Extension;
import dev.schemaverify.model.ForeignKey;
import dev.schemaverify.model.Grant;
import dev.schemaverify.model.Index;
import dev.schemaverify.model.Policy;
import dev.schemaverify.model.PrimaryKey;
import dev.schemaverify.model.Routine;
import dev.schemaverify.model.Schema;
import dev.schemaverify.model.Sequence;
import dev.schemaverify.model.Snapshot;
import dev.schemaverify.model.Table;
import dev.schemaverify.model.Trigger;
import dev.schemaverify.model.UniqueConstraint;
import dev.schemaverify.model.View;
import java.util.List;
import java.util.function.Function;

/** Test helpers for comparing snapshots whatever file they came from. */
final class Snapshots {
    private Snapshots() {
    }

    /** {@code snapshot} with every {@code SourceRef} removed. */
    static Snapshot withoutSources(Snapshot s) {
        return new Snapshot(
                map(s.extensions(), e -> new Extension(e.name(), e.schema(), e.version(), null)),
                map(s.schemas(), e -> new Schema(e.name(), e.owner(), null)),
                map(s.enums(), e -> new EnumType(e.name(), e.labels(), null)),
                map(s.sequences(), e -> new Sequence(e.name(), e.dataType(), e.start(), e.increment(), e.minValue(),
                        e.maxValue(), e.cache(), e.cycle(), null)),
                map(s.tables(), Snapshots::table),
                map(s.views(), e -> new View(e.name(), e.materialized(), e.definition(), null)),
                map(s.routines(), e -> new Routine(e.name(), e.arguments(), e.procedure(), e.returns(), e.language(),
                        e.volatility(), e.securityDefiner(), e.settings(), e.body(), null)),
                s.notVerified());
    }

    private static Table table(Table t) {
        PrimaryKey pk = t.primaryKey() == null ? null : new PrimaryKey(t.primaryKey().name(), t.primaryKey().columns(), null);
        return new Table(t.name(),
                map(t.columns(), c -> new Column(c.name(), c.type(), c.nullable(), c.defaultValue(), c.identity(),
                        c.generated(), null)),
                pk,
                map(t.uniqueConstraints(), u -> new UniqueConstraint(u.name(), u.columns(), null)),
                map(t.foreignKeys(), f -> new ForeignKey(f.name(), f.columns(), f.referencedTable(),
                        f.referencedColumns(), f.onDelete(), f.onUpdate(), f.deferrable(), f.initiallyDeferred(), null)),
                map(t.checks(), c -> new CheckConstraint(c.name(), c.expression(), null)),
                map(t.indexes(), i -> new Index(i.name(), i.unique(), i.method(), i.keys(), i.include(), i.predicate(),
                        null)),
                t.rlsEnabled(), t.rlsForced(),
                map(t.policies(), p -> new Policy(p.name(), p.permissive(), p.command(), p.roles(), p.using(),
                        p.withCheck(), null)),
                map(t.triggers(), g -> new Trigger(g.name(), g.timing(), g.events(), g.level(), g.function(), g.when(),
                        null)),
                map(t.grants(), g -> new Grant(g.grantee(), g.privileges(), null)),
                null, t.partitionBy(), t.partitionOf(), t.partitionBound(), t.inherits());
    }

    private static <T> List<T> map(List<T> list, Function<T, T> f) {
        return list.stream().map(f).toList();
    }
}
