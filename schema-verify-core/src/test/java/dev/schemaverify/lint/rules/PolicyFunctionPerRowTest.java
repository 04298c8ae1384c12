package dev.schemaverify.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reading a policy's stored expression tree (the text form of {@code pg_node_tree}, shortened here to the
 * fields the rule reads): which stable calls run per row. {@code PolicyFunctionPerRow}'s ITs run it on
 * the trees PostgreSQL 14 to 18 really store.
 */
class PolicyFunctionPerRowTest {
    private static final Map<Long, String> STABLE = Map.of(16400L, "auth.uid()", 2077L, "current_setting(...)");

    @Test
    void aCallWithoutColumnsOutsideASubselectRunsPerRow() {
        String tree = "{OPEXPR :opno 2972 :args ({VAR :varno 1 :varattno 2} {FUNCEXPR :funcid 16400 :args <>"
                + " :location 40})}";
        assertEquals(List.of("auth.uid()"), PolicyFunctionPerRow.perRowCalls(tree, STABLE));
    }

    @Test
    void aCallInsideASubselectOrTakingAColumnDoesNot() {
        String wrapped = "{OPEXPR :opno 2972 :args ({VAR :varno 1 :varattno 2} {SUBLINK :subLinkType 4 :subselect"
                + " {QUERY :targetList ({TARGETENTRY :expr {FUNCEXPR :funcid 16400 :args <>} :resname uid})}})}";
        String withColumn = "{FUNCEXPR :funcid 2077 :args ({VAR :varno 1 :varattno 3} {CONST :consttype 16"
                + " :constvalue 1 [ 1 0 0 0 0 0 0 0 ]})}";
        assertEquals(List.of(), PolicyFunctionPerRow.perRowCalls(wrapped, STABLE));
        assertEquals(List.of(), PolicyFunctionPerRow.perRowCalls(withColumn, STABLE));
        assertEquals(List.of(), PolicyFunctionPerRow.perRowCalls(null, STABLE));
    }

    @Test
    void anEscapedBraceInANameIsNotANode() {
        String tree = "{BOOLEXPR :args ({SUBLINK :subselect {QUERY :alias \\{ :x 1}} {FUNCEXPR :funcid 2077 :args"
                + " ({CONST :consttype 25})})}";
        assertEquals(List.of("current_setting(...)"), PolicyFunctionPerRow.perRowCalls(tree, STABLE));
    }
}
