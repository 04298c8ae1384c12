package dev.schemaverify.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.schemaverify.model.SchemaVerifyException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A failed connection names its cause (unknown host, refused, timeout) rather than "the attempt failed". */
class ConnectionsTest {
    @Test
    void unknownHostIsNamed() {
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> Connections.open(
                new DatabaseTarget("jdbc:postgresql://no-such-host.invalid:5432/app", "app", "pw")));
        assertEquals("cannot connect to jdbc:postgresql://no-such-host.invalid:5432/app as app: unknown host"
                + " no-such-host.invalid (check the host name in the url, and DNS or VPN)", e.getMessage());
    }

    @Test
    void refusedIsNamed() {
        SchemaVerifyException e = assertThrows(SchemaVerifyException.class, () -> Connections.open(
                new DatabaseTarget("jdbc:postgresql://127.0.0.1:1/app", "app", "pw")));
        assertEquals("cannot connect to jdbc:postgresql://127.0.0.1:1/app as app: connection refused (check the port"
                + " in the url, that the server is running and listens on that address, and that no firewall blocks"
                + " it)", e.getMessage());
    }

    @Test
    void timeoutIsNamed() {
        SQLException wrapped = new SQLException("The connection attempt failed.", new SocketTimeoutException("connect timed out"));
        assertEquals("no answer within 10 s (check the host and port in the url, and that a firewall or VPN lets this"
                + " machine reach it; -Dschema-verify.connectTimeout sets the wait)", Connections.networkCause(wrapped, 10));
    }
}
