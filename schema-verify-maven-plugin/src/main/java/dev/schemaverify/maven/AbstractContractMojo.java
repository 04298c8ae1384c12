package dev.schemaverify.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that compare a schema with the contract ({@code verify}, {@code diff}, {@code preflight}): the
 * contract file and what the comparison covers are declared here once, so they mean the same in each.
 */
public abstract class AbstractContractMojo extends AbstractShadowMojo {
    /**
     * The YAML contract that declares the expected schema. {@code diff} compares against it when it is the
     * expected side (see {@code against}).
     */
    @Parameter(property = "schema-verify.contract",
            defaultValue = "${project.basedir}/src/main/resources/db/schema-contract.yaml")
    protected File contract;

    /**
     * Also report objects the database has that the contract does not declare, and let {@code diff}'s scripts
     * drop them. A contract written by {@code inspect} says {@code strict: true} itself. (A database or the
     * migrations as {@code diff}'s expected side are always complete.)
     */
    @Parameter(property = "schema-verify.strict", defaultValue = "false")
    protected boolean strict;

    /**
     * Owners of tables, views, materialized views, functions, procedures, sequences and enum types: verify
     * and diff compare them (diff's scripts change them with ALTER ... OWNER TO), inspect writes them into the
     * contract with compareOwners: true, which switches them on as well. Off by default: the owning roles
     * often differ between environments.
     */
    @Parameter(property = "schema-verify.compareOwners", defaultValue = "false")
    protected boolean compareOwners;

    /**
     * Comments (COMMENT ON) of extensions, schemas, tables, columns, views, materialized views, functions,
     * procedures, sequences, enum types, and of constraints (primary keys, unique, check, foreign keys),
     * indexes (of tables and materialized views), policies and triggers: verify and diff compare them (diff's
     * scripts set them), inspect writes them into the contract with compareComments: true, which switches them
     * on as well. Off by default; when off, the comments a database has are listed as not verified.
     */
    @Parameter(property = "schema-verify.compareComments", defaultValue = "false")
    protected boolean compareComments;
}
