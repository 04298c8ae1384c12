package dev.schemaverify.model;

import java.util.List;

/** A primary key; its {@code name} may be left undeclared in a contract, then only the columns count. */
public record PrimaryKey(String name, List<String> columns, SourceRef source) implements TablePart {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    @Override
    public String kind() {
        return "primary key";
    }
}
