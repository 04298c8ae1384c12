// After V1 was applied, someone widens a column in V1 instead of writing V3.
def v1 = new File(basedir, 'src/main/resources/db/migration/V1__profiles.sql')
v1.text = v1.text.replace('email text NOT NULL UNIQUE', 'email text NOT NULL UNIQUE,\n    name text')
new File(basedir, 'src/main/resources/db/migration/V3__later.sql').text = 'CREATE TABLE later (id int);\n'
