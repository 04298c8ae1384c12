package dev.schemaverify.reconcile;

import dev.schemaverify.model.Grant;
import dev.schemaverify.model.Routine;
import java.util.List;

/** What the planner assumes of a routine it re-creates. */
final class Routines {
    private Routines() {
    }

    /**
     * {@code want} with every attribute it leaves undeclared taken from {@code have}, the routine the database
     * has now: CREATE OR REPLACE resets what it does not say, so a contract silent on STRICT or on an argument
     * default must not take them away (and a default cannot be removed by CREATE OR REPLACE at all).
     */
    static Routine fill(Routine want, Routine have) {
        if (want == null || have == null) {
            return want == null ? have : want;
        }
        return new Routine(want.name(), want.arguments(), want.procedure() != null ? want.procedure() : have.procedure(),
                or(want.returns(), have.returns()), or(want.language(), have.language()),
                or(want.volatility(), have.volatility()), or(want.securityDefiner(), have.securityDefiner()),
                or(want.settings(), have.settings()), or(want.body(), have.body()), want.source(),
                or(want.argumentList(), have.argumentList()), or(want.strict(), have.strict()),
                or(want.leakproof(), have.leakproof()), or(want.parallel(), have.parallel()), or(want.cost(), have.cost()),
                or(want.rows(), have.rows()), want.grants(), or(want.calls(), have.calls()), or(want.owner(), have.owner()),
                or(want.comment(), have.comment()));
    }

    /** What PostgreSQL grants on a routine it creates: EXECUTE to PUBLIC. */
    static List<Grant> defaultGrants() {
        return List.of(new Grant("PUBLIC", List.of("EXECUTE"), null, List.of()));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
