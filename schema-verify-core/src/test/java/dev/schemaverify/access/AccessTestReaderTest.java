package dev.schemaverify.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The access-test reader: what a valid file becomes, and every error it reports, at its file:line:col. */
class AccessTestReaderTest {
    private static final String FILE = "src/test/resources/db/access-tests.yaml";

    private static AccessTests read(String yaml) {
        return new AccessTestReader().read(yaml, FILE);
    }

    private static String error(String yaml) {
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> read(yaml));
        assertEquals(ErrorCode.ACCESS_TESTS, e.code());
        return e.getMessage();
    }

    private static final String ANON = """
            actors:
              anon:
                role: anon
                checks:
            """;

    @Test
    void readsFixturesActorsChecksAndTheMatrix() {
        AccessTests tests = read("""
                fixtures:
                  alice:
                    table: public.profiles
                    values: {id: 1, email: alice@example.com, bio: null}
                  note:
                    table: public.notes
                    actor: alice
                    values: {owner_id: {ref: alice.id}}
                actors:
                  alice:
                    as: {role: authenticated, claims: {sub: {ref: alice.id}}}
                    settings: {app.current_tenant: acme}
                    checks:
                      - name: alice sees her note
                        select: public.notes
                        where: owner_id = 1
                        expect: {rows: [note]}
                      - name: alice edits
                        update: public.notes
                        row: note
                        set: {body: hi}
                        expect: {allowed: 1}
                      - name: alice cannot delete
                        delete: public.notes
                        expect: {denied: rls}
                      - name: alice calls
                        call: public.f
                        args: [1, {ref: alice.id}]
                        expect: {returns: true}
                      - name: a count
                        assert: select count(*) from public.notes
                        expect: {atLeast: 1}
                matrix: {roles: [anon]}
                """);
        assertEquals(List.of("alice", "note"), tests.fixtures().stream().map(AccessTests.Fixture::name).toList());
        assertEquals("alice", tests.fixtures().get(1).actor());
        assertEquals(null, tests.fixtures().get(0).values().get("bio").text());
        AccessTests.Actor alice = tests.actors().get(0);
        assertEquals("alice (role authenticated, claims sub)", alice.describe());
        assertEquals("{ref: alice.id}", alice.claims().get("sub").toString());
        assertEquals(List.of("rows [note]", "allowed, 1 row", "denied (rls)", "allowed, returning true", ">= 1"),
                tests.checks().stream().map(c -> c.expect().describe()).toList());
        assertEquals(List.of("select", "update", "delete", "call", "assert"),
                tests.checks().stream().map(Check::kind).toList());
        assertEquals(FILE + ":14:15", tests.checks().get(0).source().toString());
        assertEquals(List.of("anon"), tests.matrix().roles());
        assertEquals(false, tests.matrix().isPinned());
    }

    @Test
    void matrixTrueTriesAnonAndAuthenticated() {
        AccessTests tests = read("matrix: true\n");
        assertEquals(List.of("anon", "authenticated"), tests.matrix().roles());
        assertEquals(List.of(), tests.checks());
    }

    @Test
    void aMissingFileNamesTheSetting(@TempDir Path folder) {
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class,
                () -> new AccessTestReader().read(folder.resolve("nope.yaml"), "nope.yaml"));
        assertEquals("nope.yaml: the access-test file does not exist; create it (the format:"
                + " https://github.com/schema-verify/schema-verify/blob/main/docs/access-tests.md) or"
                + " point the accessTests setting at it", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty file | '' | src/test/resources/db/access-tests.yaml: error [invalid-access-test] the file is empty; declare fixtures, actors with checks, or matrix: true
            not yaml | 'actors: [' | src/test/resources/db/access-tests.yaml:1:10: error [invalid-access-test] not valid YAML: expected the node content, but found '<stream end>'
            a list at the top | '- a' | src/test/resources/db/access-tests.yaml:1:1: error [invalid-access-test] an access-test file is a map with fixtures, actors and matrix, found a list
            unknown top key | 'actor: {}' | src/test/resources/db/access-tests.yaml:1:1: error [invalid-access-test] unknown key 'actor' in the access-test file; did you mean 'actors'?
            no checks | 'actors: {anon: {role: anon}}' | src/test/resources/db/access-tests.yaml:1:1: error [invalid-access-test] the file declares no checks: give an actor a checks: list, or add matrix: true
            matrix not a boolean | 'matrix: maybe' | src/test/resources/db/access-tests.yaml:1:9: error [invalid-access-test] matrix must be true or false, found 'maybe'
            """)
    void fileLevelErrors(String name, String yaml, String message) {
        assertEquals(message, error(yaml));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fixture without table | 'fixtures: {a: {values: {x: 1}}}' | :1:12: error [invalid-access-test] fixture 'a' has no table; add table: schema.name
            fixture empty | 'fixtures: {a: }' | :1:12: error [invalid-access-test] fixture 'a' needs table: and values:
            fixture unknown key | 'fixtures: {a: {table: t, valeus: {}}}' | :1:26: error [invalid-access-test] unknown key 'valeus' in fixture 'a'; did you mean 'values'?
            fixture ref to a later fixture | 'fixtures: {a: {table: t, values: {x: {ref: b.id}}}, b: {table: t}}' | :1:44: error [invalid-access-test] 'x' of fixture 'a' refers to fixture 'b', which is not declared before it (fixtures are inserted in file order)
            fixture ref to nothing | 'fixtures: {a: {table: t, values: {x: {ref: zz.id}}}}' | :1:44: error [invalid-access-test] 'x' of fixture 'a' refers to fixture 'zz', which is not declared under fixtures
            ref without column | 'fixtures: {a: {table: t, values: {x: {ref: a}}}}' | :1:44: error [invalid-access-test] the ref of 'x' of fixture 'a' must be fixture.column, found 'a'
            map value without ref | 'fixtures: {a: {table: t, values: {x: {id: 1}}}}' | :1:39: error [invalid-access-test] unknown key 'id' in 'x' of fixture 'a'; valid keys are ref
            fixture of an unknown actor | 'fixtures: {a: {table: t, actor: bob}}' | :1:33: error [invalid-access-test] fixture 'a' is inserted by actor 'bob', which is not declared under actors
            fixture with role and actor | 'fixtures: {a: {table: t, as: x, actor: y}}' | :1:33: error [invalid-access-test] fixture 'a' names both a role (as) and an actor; keep one
            duplicate fixture | 'fixtures: {a: {table: t}, a: {table: u}}' | :1:27: error [invalid-access-test] duplicate key 'a' in fixtures (first at line 1); remove one of them
            """)
    void fixtureErrors(String name, String yaml, String message) {
        assertEquals(FILE + message, error(yaml + "\nmatrix: true"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            role and as | 'actors: {a: {role: x, as: {role: y}, checks: []}}' | :1:23: error [invalid-access-test] actor 'a' sets both role and as; keep one (as: {role: ..., claims: {...}} sets the role too)
            as without role | 'actors: {a: {as: {claims: {sub: x}}}}' | :1:14: error [invalid-access-test] 'as' of actor 'a' needs a role: as: {role: authenticated, claims: {sub: ...}}
            unknown key in as | 'actors: {a: {as: {role: x, claim: {}}}}' | :1:28: error [invalid-access-test] unknown key 'claim' in 'as' of actor 'a'; did you mean 'claims'?
            setting without a dot | 'actors: {a: {role: x, settings: {search_path: evil}}}' | :1:47: error [invalid-access-test] setting 'search_path' of actor 'a' must be a custom setting with a dot (app.current_tenant); SET LOCAL ROLE and statement_timeout are the runner's
            checks not a list | 'actors: {a: {role: x, checks: {}}}' | :1:31: error [invalid-access-test] 'checks' of actor 'a' must be a list, found a map
            empty role | 'actors: {a: {role: }}' | :1:14: error [invalid-access-test] 'role' of actor 'a' needs a value
            """)
    void actorErrors(String name, String yaml, String message) {
        assertEquals(FILE + message, error(yaml + "\nmatrix: true"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no name | '    - {select: t, expect: none}' | :5:7: error [invalid-access-test] a check of actor 'anon' has no name; add name: (it is the test case's name in the reports)
            no statement | '    - {name: c, expect: none}' | :5:8: error [invalid-access-test] check 'c' must have exactly one of select, insert, update, delete, call, assert
            two statements | '    - {name: c, select: t, delete: t, expect: none}' | :5:8: error [invalid-access-test] check 'c' must have exactly one of select, insert, update, delete, call, assert; found select and delete
            unknown key | '    - {name: c, select: t, expct: none}' | :5:28: error [invalid-access-test] unknown key 'expct' in a check of actor 'anon'; did you mean 'expect'?
            key of another kind | '    - {name: c, select: t, values: {a: 1}, expect: none}' | :5:28: error [invalid-access-test] 'values' does not apply to a select check (check 'c'); it takes where
            no expect on select | '    - {name: c, select: t}' | :5:8: error [invalid-access-test] check 'c' has no expect; add expect: none, {rows: [fixture, ...]}, {count: N} or denied
            no expect on insert | '    - {name: c, insert: t, values: {a: 1}}' | :5:8: error [invalid-access-test] check 'c' has no expect; add expect: allowed, {allowed: N} (rows affected) or denied ({denied: 42501}, {denied: rls})
            no expect on call | '    - {name: c, call: f}' | :5:8: error [invalid-access-test] check 'c' has no expect; add expect: allowed, {returns: value} or denied
            empty select | '    - {name: c, select: , expect: none}' | :5:17: error [invalid-access-test] 'select' of check 'c' needs a value
            invalid expect word | '    - {name: c, select: t, expect: nothing}' | :5:36: error [invalid-access-test] invalid expect 'nothing' for check 'c'; use one of none, rows, count, denied
            allowed on a select | '    - {name: c, select: t, expect: allowed}' | :5:36: error [invalid-access-test] invalid expect 'allowed' for check 'c'; use one of none, rows, count, denied
            two expectations | '    - {name: c, select: t, expect: {rows: [], count: 1}}' | :5:28: error [invalid-access-test] 'expect' of check 'c' needs exactly one of none, rows, count, denied
            negative count | '    - {name: c, select: t, expect: {count: -1}}' | :5:44: error [invalid-access-test] 'count' of check 'c' must be a whole number of at least 0, found '-1'
            unknown fixture row | '    - {name: c, select: t, expect: {rows: [ghost]}}' | :5:44: error [invalid-access-test] 'rows' of check 'c' names fixture 'ghost', which is not declared under fixtures
            bad denial | '    - {name: c, delete: t, expect: {denied: nope}}' | :5:45: error [invalid-access-test] 'denied' of check 'c' must be a SQLSTATE (42501), rls (a row-level security policy refuses the row) or privilege (a missing grant), found 'nope'
            denial as a list | '    - {name: c, delete: t, expect: {denied: [1]}}' | :5:45: error [invalid-access-test] 'denied' of check 'c' must be a SQLSTATE, rls or privilege, found a list
            insert without values | '    - {name: c, insert: t, expect: allowed}' | :5:17: error [invalid-access-test] check 'c' inserts nothing; add values: {column: value}
            update without set | '    - {name: c, update: t, expect: allowed}' | :5:17: error [invalid-access-test] check 'c' sets nothing; add set: {column: value}
            allowed not a count | '    - {name: c, delete: t, expect: {allowed: many}}' | :5:46: error [invalid-access-test] 'allowed' of check 'c' (the rows affected) must be a whole number of at least 0, found 'many'
            row of an unknown fixture | '    - {name: c, delete: t, row: ghost, expect: allowed}' | :5:33: error [invalid-access-test] 'row' of check 'c' names fixture 'ghost', which is not declared under fixtures
            assertion expectation text | '    - {name: c, assert: select 1, expect: one}' | :5:43: error [invalid-access-test] 'expect' of check 'c' must be true, false, {equals: N}, {atLeast: N} or {atMost: N}, found 'one'
            assertion number not a number | '    - {name: c, assert: select 1, expect: {equals: x}}' | :5:52: error [invalid-access-test] 'equals' of check 'c' must be a whole number, found 'x'
            args not a list | '    - {name: c, call: f, args: 1, expect: allowed}' | :5:32: error [invalid-access-test] 'args' of check 'c' must be a list, found '1'
            """)
    void checkErrors(String name, String yaml, String message) {
        assertEquals(FILE + message, error(ANON + yaml));
    }

    @Test
    void checkNamesAreUnique() {
        assertEquals(FILE + ":6:14: error [invalid-access-test] two checks are named 'c' (first at line 5); names must be"
                + " unique, they are the test cases", error(ANON + """
                    - {name: c, select: t, expect: none}
                    - {name: c, select: u, expect: none}
                """));
    }

    @Test
    void aRowWithAWhereIsOneFilterTooMany() {
        assertEquals(FILE + ":3:3: error [invalid-access-test] check 'c' has both row and where; keep one",
                new AccessTestReaderError("""
                        fixtures: {a: {table: t}}
                        actors: {x: {role: r, checks: [{name: c, delete: t, where: 'true',
                          row: a, expect: allowed}]}}
                        """).message());
    }

    private record AccessTestReaderError(String yaml) {
        String message() {
            return error(yaml);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown matrix key | 'matrix: {role: [anon]}' | :1:10: error [invalid-access-test] unknown key 'role' in matrix; did you mean 'roles'?
            empty roles | 'matrix: {roles: []}' | :1:17: error [invalid-access-test] 'roles' of matrix is empty; name the API roles to try
            pin of an unlisted role | 'matrix: {roles: [anon], expect: {t: {admin: {}}}}' | :1:38: error [invalid-access-test] unknown key 'admin' in matrix entry 't'; valid keys are anon
            pin missing a role | 'matrix: {expect: {t: {anon: {select: 0, insert: denied, update: 0, delete: 0}}}}' | :1:19: error [invalid-access-test] matrix entry 't' does not pin role authenticated; pin every role of matrix roles
            pin missing a command | 'matrix: {roles: [anon], expect: {t: {anon: {select: 0}}}}' | :1:38: error [invalid-access-test] role anon of matrix entry 't' does not pin insert; pin all of select, insert, update, delete
            bad cell | 'matrix: {roles: [anon], expect: {t: {anon: {select: some, insert: denied, update: 0, delete: 0}}}}' | :1:53: error [invalid-access-test] select of role anon of matrix entry 't' must be denied or the number of rows (0, 1, ...), found 'some'
            insert as a count | 'matrix: {roles: [anon], expect: {t: {anon: {select: 0, insert: 1, update: 0, delete: 0}}}}' | :1:64: error [invalid-access-test] insert of role anon of matrix entry 't' must be denied or allowed, found '1'
            """)
    void matrixErrors(String name, String yaml, String message) {
        assertEquals(FILE + message, error(yaml));
    }
}
