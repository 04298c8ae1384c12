package dev.schemaverify.model;

import java.util.List;

/** A table with one part of every kind and a materialized view with an index, each commented (or not). */
public final class PartCommentSnapshots {
    public static final QualifiedName ORDERS = new QualifiedName("public", "orders");

    private PartCommentSnapshots() {
    }

    /** Every kind of part, each declared at its own line, with {@code comment} (suffixed by the part's kind). */
    public static Snapshot snapshot(String comment, boolean located) {
        String c = comment;
        Table orders = new Table(ORDERS,
                List.of(new Column("id", "integer", false, null, null, null, at(located, 3)),
                        new Column("customer_id", "integer", true, null, null, null, at(located, 4))),
                new PrimaryKey("orders_pkey", List.of("id"), at(located, 5), false, false, text(c, "key")),
                List.of(new UniqueConstraint("orders_customer_key", List.of("customer_id"), at(located, 6), false, false,
                        text(c, "unique"))),
                List.of(new ForeignKey("orders_customer_fk", List.of("customer_id"), ORDERS, List.of("id"), "NO ACTION",
                        "NO ACTION", false, false, at(located, 7), true, List.of(), text(c, "fk"))),
                List.of(new CheckConstraint("orders_id_check", "(id > 0)", at(located, 8), true, false, text(c, "check"))),
                List.of(new Index("orders_customer_idx", false, "btree", List.of("customer_id"), List.of(), null,
                        at(located, 9), text(c, "index"))),
                true, false,
                List.of(new Policy("orders_read", true, "SELECT", List.of("public"), "true", null, at(located, 10),
                        text(c, "policy"))),
                List.of(new Trigger("orders_touch", "BEFORE", List.of("UPDATE"), "ROW", "public.touch", null,
                        at(located, 11), List.of(), List.of(), false, false, false, text(c, "trigger"))),
                List.of(), at(located, 2));
        View totals = new View(new QualifiedName("public", "totals"), true, "SELECT 1 AS day", at(located, 12), null,
                List.of(new Index("totals_day_idx", false, "btree", List.of("day"), List.of(), null, at(located, 13),
                        text(c, "view index"))), List.of());
        return new Snapshot(null, List.of(), List.of(), List.of(), List.of(orders), List.of(totals), List.of(), null);
    }

    private static String text(String comment, String kind) {
        return comment == null ? null : comment + " " + kind;
    }

    private static SourceRef at(boolean located, int line) {
        return located ? new SourceRef("contract.yaml", line, 9) : null;
    }

}
