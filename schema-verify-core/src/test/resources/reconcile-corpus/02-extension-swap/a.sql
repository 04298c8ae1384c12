CREATE EXTENSION "uuid-ossp";

CREATE TABLE api_keys (
    id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
    label text NOT NULL
);
