CREATE TABLE events (id integer PRIMARY KEY, kind text NOT NULL);
CREATE VIEW alarm_events AS SELECT id FROM events WHERE kind = 'alarm';
CREATE FUNCTION alarm_count() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM alarm_events;
END;
CREATE FUNCTION has_alarms() RETURNS boolean LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT alarm_count() > 0;
END;
