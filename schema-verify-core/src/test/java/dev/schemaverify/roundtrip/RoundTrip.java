package dev.schemaverify.roundtrip;

import dev.schemaverify.api.DatabaseTarget;
import dev.schemaverify.api.InspectRequest;
import dev.schemaverify.api.SchemaVerifier;
import dev.schemaverify.api.VerifyRequest;
import dev.schemaverify.api.VerifyResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a user does to bootstrap a contract, through the facade: {@code inspect} a live database, write the
 * contract file, then {@code verify} the same database against it, strictly. Anything this reports is
 * false drift.
 */
public final class RoundTrip {
    private RoundTrip() {
    }

    public static VerifyResult inspectThenVerify(String url, Path folder) {
        inspect(url, folder);
        return verify(url, folder);
    }

    /** Writes {@code folder/schema-contract.yaml} from the database. */
    public static void inspect(String url, Path folder) {
        DatabaseTarget target = new DatabaseTarget(url, "postgres", null);
        // owners and comments too: what inspect writes with them switched on must verify clean as well
        String yaml = new SchemaVerifier().inspect(new InspectRequest(null, null, target, null, List.of(), List.of(),
                null, true, true)).contractYaml();
        Path contract = folder.resolve("schema-contract.yaml");
        try {
            Files.writeString(contract, yaml);
            if (System.getProperty("roundtrip.keep") != null) {
                Files.writeString(Path.of(System.getProperty("roundtrip.keep")), yaml);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Strict verify of the database against {@code folder/schema-contract.yaml}. */
    public static VerifyResult verify(String url, Path folder) {
        DatabaseTarget target = new DatabaseTarget(url, "postgres", null);
        Path contract = folder.resolve("schema-contract.yaml");
        return new SchemaVerifier().verify(new VerifyRequest(contract, "schema-contract.yaml", null, null, target,
                null, List.of(), false)); // strict comes from the contract inspect wrote
    }
}
