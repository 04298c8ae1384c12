package dev.schemaverify.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Before a goal changes a target: its schema is written as a contract to
 * {@code directory/before-<goal>-<version>.yaml} (so {@code diff} against it can produce the way back), and
 * with {@code backup} a {@code pg_dump} of the target goes next to it.
 *
 * @param directory where the files go, created when absent
 * @param backup whether to run {@code pg_dump} as well
 * @param pgDump the pg_dump program to use, or {@code null} to look for one on the {@code PATH}
 */
public record SnapshotSettings(Path directory, boolean backup, Path pgDump) {
    public SnapshotSettings {
        Objects.requireNonNull(directory, "directory");
    }
}
