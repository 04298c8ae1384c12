-- replica: postgresql://replicator:Repl1cat0rSecret@replica.internal:5432/app
CREATE TABLE t (id int PRIMARY KEY);
