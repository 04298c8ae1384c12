-- The reporting job connects with jdbc:postgresql://db.internal:5432/app?user=report&password=Sup3rSecretPass
CREATE TABLE reports (id bigint PRIMARY KEY, body text);
