// A typo in the contract is reported at its position, with the key that was meant.
def log = new File(basedir, 'build.log').text
assert log.contains("src/main/resources/db/schema-contract.yaml:6:9: unknown key 'colums'")
assert log.contains("did you mean 'columns'?")
assert log.contains('Fix the contract file')
