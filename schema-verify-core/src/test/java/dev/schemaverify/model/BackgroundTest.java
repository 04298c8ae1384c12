package dev.schemaverify.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BackgroundTest {
    @Test
    void givesTheResultOfWorkDoneOnADaemonThreadOfItsOwn() {
        Thread caller = Thread.currentThread();
        Background<String> work = Background.start("test work", () -> {
            Thread self = Thread.currentThread();
            return self != caller && self.isDaemon() ? self.getName() : "ran on the caller's thread";
        });
        assertNull(work.failure());
        assertEquals("test work", work.join());
    }

    @Test
    void throwsWhatTheWorkFailedWith() {
        SchemaVerifyException thrown = new SchemaVerifyException(ErrorCode.CONNECTION, "cannot connect");
        Background<String> failing = Background.start("failing", () -> {
            throw thrown;
        });
        assertSame(thrown, failing.failure());
        assertSame(thrown, assertThrows(SchemaVerifyException.class, failing::join));

        SQLException checked = new SQLException("connection lost");
        Background<String> checkedFailure = Background.start("checked", () -> {
            throw checked;
        });
        assertSame(checked, assertThrows(IllegalStateException.class, checkedFailure::join).getCause());
    }

    /** An interrupt does not cut the wait short (the work's resources come first) and stays for the caller. */
    @Test
    void waitsOutAnInterruptAndKeepsIt() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean interruptKept = new AtomicBoolean();
        String[] got = new String[1];
        Thread caller = new Thread(() -> {
            Background<String> slow = Background.start("slow", () -> {
                release.await();
                return "done";
            });
            waiting.countDown();
            got[0] = slow.join();
            interruptKept.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        assertTrue(waiting.await(5, TimeUnit.SECONDS));
        caller.interrupt();
        Thread.sleep(100);
        assertTrue(caller.isAlive(), "the caller stopped waiting at the interrupt");
        release.countDown();
        caller.join(5000);
        assertEquals("done", got[0]);
        assertTrue(interruptKept.get());
    }
}
