// verify, inspect and rollback-check build their shadow database with the placeholders migrate uses:
// the table is shop_items with a default of 30, never ${prefix}_items.
def log = new File(basedir, 'build.log').text
[
    'No drift (strict): shadow database (PostgreSQL 17, 2 migrations) matches src/main/resources/db/schema-contract.yaml',
    '[INFO] Rollback check passed: 2 migrations: 2 passed, 0 failed, 0 skipped, 0 applied only, 0 never reached, in ',
].each { assert log.contains(it) : "build.log lacks: " + it }
assert !log.contains('BUILD FAILURE')
def contract = new File(basedir, 'target/schema-verify/schema-contract.yaml').text
assert contract.contains('shop_items:')
assert contract.contains('kept_days: {type: integer, nullable: false, default: \'30\'}') || contract.contains('default: "30"') || contract.contains("default: '30'") : contract
assert !contract.contains('${')
