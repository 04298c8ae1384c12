package dev.schemaverify.api;

import java.nio.file.Path;
import java.util.Objects;

/** One side of a comparison: a contract, the migrations (applied to a shadow database), or a live database. */
public sealed interface SchemaSource {
    /** How the source is named in messages and script headers. */
    String describe();

    /** A YAML contract; only ever the expected side. */
    record ContractFile(Path file, String display) implements SchemaSource {
        public ContractFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(display, "display");
        }

        @Override
        public String describe() {
            return "contract " + display;
        }
    }

    /** A SQL migration folder or Liquibase changelog, applied to a shadow database, read as {@code settings} say. */
    record Migrations(Path location, String display, MigrationSettings settings) implements SchemaSource {
        public Migrations {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(display, "display");
            settings = settings == null ? MigrationSettings.defaults() : settings;
        }

        /** Read with the default settings. */
        public Migrations(Path location, String display) {
            this(location, display, null);
        }

        @Override
        public String describe() {
            return "migrations " + display;
        }
    }

    /** A live database, only ever read. */
    record Database(DatabaseTarget target) implements SchemaSource {
        public Database {
            Objects.requireNonNull(target, "target");
        }

        @Override
        public String describe() {
            return "database " + target.displayUrl();
        }
    }
}
