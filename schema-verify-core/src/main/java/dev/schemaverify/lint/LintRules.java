package dev.schemaverify.lint;

import dev.schemaverify.lint.rules.AccessExclusiveLock;
import dev.schemaverify.lint.rules.AlwaysTrueWritePolicy;
import dev.schemaverify.lint.rules.ApiRoleWithoutRls;
import dev.schemaverify.lint.rules.ColumnTypeChanged;
import dev.schemaverify.lint.rules.ConcurrentlyInTransaction;
import dev.schemaverify.lint.rules.DeleteAllRows;
import dev.schemaverify.lint.rules.DropColumn;
import dev.schemaverify.lint.rules.DropEnumValue;
import dev.schemaverify.lint.rules.DropSequence;
import dev.schemaverify.lint.rules.DropTable;
import dev.schemaverify.lint.rules.DuplicateIndex;
import dev.schemaverify.lint.rules.ExtensionInPublic;
import dev.schemaverify.lint.rules.FkWithoutIndex;
import dev.schemaverify.lint.rules.GrantWithoutPolicy;
import dev.schemaverify.lint.rules.HighEntropySecret;
import dev.schemaverify.lint.rules.MissingLockTimeout;
import dev.schemaverify.lint.rules.MultiplePermissivePolicies;
import dev.schemaverify.lint.rules.NonConcurrentIndex;
import dev.schemaverify.lint.rules.NotNullWithoutDefault;
import dev.schemaverify.lint.rules.PolicyFunctionPerRow;
import dev.schemaverify.lint.rules.PolicyWithoutGrant;
import dev.schemaverify.lint.rules.RedundantIndex;
import dev.schemaverify.lint.rules.RenameColumn;
import dev.schemaverify.lint.rules.RenameTable;
import dev.schemaverify.lint.rules.RlsEnabledNoPolicy;
import dev.schemaverify.lint.rules.RlsNotForced;
import dev.schemaverify.lint.rules.RlsPoliciesButDisabled;
import dev.schemaverify.lint.rules.SecretInSource;
import dev.schemaverify.lint.rules.SecurityDefinerExecutable;
import dev.schemaverify.lint.rules.SecurityDefinerSearchPath;
import dev.schemaverify.lint.rules.TableRewrite;
import dev.schemaverify.lint.rules.TableWithoutPrimaryKey;
import dev.schemaverify.lint.rules.TenantPolicyWithoutColumn;
import dev.schemaverify.lint.rules.TenantTableWithoutRls;
import dev.schemaverify.lint.rules.TokenInSource;
import dev.schemaverify.lint.rules.ValidationScan;
import dev.schemaverify.lint.rules.ViewBypassesRls;
import dev.schemaverify.lint.rules.WriteBlockingLock;
import java.util.List;

/** Every lint rule, in the order docs/lint-rules.md lists them: hazards, data loss, security, slow schemas, secrets. */
public final class LintRules {
    private static final List<LintRule> ALL = List.of(
            new AccessExclusiveLock(), new WriteBlockingLock(), new TableRewrite(), new ValidationScan(),
            new NonConcurrentIndex(), new ConcurrentlyInTransaction(), new MissingLockTimeout(),
            new DropTable(), new DropColumn(), new DropSequence(), new DropEnumValue(), new ColumnTypeChanged(),
            new RenameTable(), new RenameColumn(), new NotNullWithoutDefault(), new DeleteAllRows(),
            new RlsPoliciesButDisabled(), new RlsEnabledNoPolicy(), new ApiRoleWithoutRls(),
            new TenantTableWithoutRls(), new TenantPolicyWithoutColumn(), new AlwaysTrueWritePolicy(),
            new GrantWithoutPolicy(), new PolicyWithoutGrant(), new SecurityDefinerSearchPath(),
            new SecurityDefinerExecutable(), new ViewBypassesRls(), new RlsNotForced(),
            new FkWithoutIndex(), new DuplicateIndex(), new RedundantIndex(), new TableWithoutPrimaryKey(),
            new MultiplePermissivePolicies(), new PolicyFunctionPerRow(), new ExtensionInPublic(),
            new SecretInSource(), new TokenInSource(), new HighEntropySecret());

    private LintRules() {
    }

    public static List<LintRule> all() {
        return ALL;
    }

    /** Whether {@code id} names a rule. */
    public static boolean exists(String id) {
        return ALL.stream().anyMatch(rule -> rule.id().equals(id));
    }
}
