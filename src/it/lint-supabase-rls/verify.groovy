// A Supabase-style schema with insecure forms: lint fails naming each, with the access key masked.
// assembled from parts, so no tracked file holds a whole key shape (prebuild.groovy writes it)
def key = 'AKIA' + 'Z7QW3RT5YU8IOP2A'
def log = new File(basedir, 'build.log').text
[
    "error [view-bypasses-rls] view public.profile_emails is granted SELECT to anon and reads public.profiles (row-level security) with its owner's rights, bypassing the policies; set security_invoker = true on it (PostgreSQL 15+) or revoke the grant",
    "error [always-true-write-policy] policy profiles_insert on public.profiles lets authenticated INSERT any row: WITH CHECK (true); compare a column with the caller, e.g. owner = (select auth.uid())",
    "error [tenant-table-without-rls] tenant table public.invoices (column account_id) has no row-level security, so nothing in the database separates one tenant's rows from another's",
    "error [rls-not-forced] table public.profiles is owned by application role app_owner, which its policies do not filter unless row-level security is forced; ALTER TABLE public.profiles FORCE ROW LEVEL SECURITY",
    "src/main/resources/db/migration/V2__profiles.sql:11:45: error [token-in-source] AWS access key id 'AK…' (20 characters, masked) is written in the file; revoke it and read it from the environment",
].each { line -> assert log.contains(line) : "build.log lacks: " + line }
assert log.contains('BUILD FAILURE')
assert !log.contains(key) : 'the build log shows the key'
def json = new File(basedir, 'target/schema-verify/lint.json').text
assert !json.contains(key) : 'lint.json shows the key'
def codes = new groovy.json.JsonSlurper().parseText(json).findings*.code as Set
assert codes.containsAll(['view-bypasses-rls', 'always-true-write-policy', 'tenant-table-without-rls', 'rls-not-forced', 'token-in-source'])
def sarif = new File(basedir, 'target/schema-verify/lint.sarif').text
assert !sarif.contains(key) : 'lint.sarif shows the key'
true // a hook script must return true or null
