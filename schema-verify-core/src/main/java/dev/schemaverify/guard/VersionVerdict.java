package dev.schemaverify.guard;

/**
 * How the database's schema version relates to the version the application needs. Same version, or a
 * database newer in its minor or patch part, is compatible (migrations are additive within a major
 * version); an application newer than its database needs the migrations run first; a different major
 * version is a conflict either way.
 */
public enum VersionVerdict {
    /** The database holds exactly the version the application needs. */
    SAME(true),
    /** The database is newer in minor or patch: additive changes the application can live with. */
    DATABASE_NEWER_COMPATIBLE(true),
    /** The application needs a newer schema than the database holds: run the migrations. */
    APPLICATION_NEWER(false),
    /** The major versions differ: the application and the database do not belong together. */
    MAJOR_CONFLICT(false);

    private final boolean compatible;

    VersionVerdict(boolean compatible) {
        this.compatible = compatible;
    }

    public boolean compatible() {
        return compatible;
    }

    /** The rule applied to the version the application needs and the one the database holds. */
    public static VersionVerdict of(SchemaVersion required, SchemaVersion database) {
        if (required.major() != database.major()) {
            return MAJOR_CONFLICT;
        }
        int compared = database.compareTo(required);
        if (compared == 0) {
            return SAME;
        }
        return compared > 0 ? DATABASE_NEWER_COMPATIBLE : APPLICATION_NEWER;
    }

    /** One sentence for the person reading the start-up log: what was found and what to do. */
    public String explain(SchemaVersion required, SchemaVersion database, String source) {
        return switch (this) {
            case SAME -> "schema version " + database + " (" + source + ") is the version the application needs";
            case DATABASE_NEWER_COMPATIBLE -> "schema version " + database + " (" + source + ") is newer than the "
                    + required + " the application needs, within the same major version: compatible";
            case APPLICATION_NEWER -> "the application needs schema version " + required + " but the database holds "
                    + database + " (" + source + "): run the migrations up to " + required + " before starting it";
            case MAJOR_CONFLICT -> "version conflict: the application needs schema version " + required
                    + " but the database holds " + database + " (" + source + "), another major version: deploy the"
                    + " application release that matches the database, or migrate the database to " + required.major()
                    + ".x";
        };
    }
}
