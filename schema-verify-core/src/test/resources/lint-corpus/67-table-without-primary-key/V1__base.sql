CREATE TABLE events (at timestamptz, kind text);
