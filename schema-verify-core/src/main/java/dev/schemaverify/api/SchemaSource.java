package dev.schemaverify.api;

import dev.schemaverify.model.ErrorCode;
import dev.schemaverify.model.SchemaVerifyException;
import java.nio.file.Path;
import java.util.Objects;

/** One side of a comparison: a contract, the migrations (applied to a shadow database), or a live database. */
public sealed interface SchemaSource {
    /** How the source is named in messages and script headers. */
    String describe();

    /**
     * The expected side of a diff: the one {@code against} names ({@code contract}, {@code migrations},
     * {@code reference}), or without it the reference database when there is one, else the contract when
     * its file exists, else the migrations.
     *
     * @param reference the reference database, or {@code null}
     * @param contract the contract, or {@code null} when its file does not exist
     */
    static SchemaSource expected(String against, SchemaSource reference, SchemaSource contract,
            SchemaSource migrations) {
        String side = against != null && !against.isBlank() ? against.trim()
                : reference != null ? "reference" : contract != null ? "contract" : "migrations";
        return switch (side) {
            case "reference" -> {
                if (reference == null) {
                    throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "against=reference needs a reference"
                            + " database: set referenceUrl=jdbc:postgresql://host/db");
                }
                yield reference;
            }
            case "contract" -> {
                if (contract == null) {
                    throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "against=contract, but the contract"
                            + " file does not exist; write one with the inspect goal, or name it with contract");
                }
                yield contract;
            }
            case "migrations" -> migrations;
            default -> throw new SchemaVerifyException(ErrorCode.CONFIGURATION, "against=" + side
                    + " is not one of contract, migrations, reference");
        };
    }

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
