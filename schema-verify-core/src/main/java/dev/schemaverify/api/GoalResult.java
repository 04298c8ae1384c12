package dev.schemaverify.api;

import dev.schemaverify.report.Report;
import dev.schemaverify.report.ReportPolicy;

/**
 * A facade result that renders as a {@link Report}: what every writer prints and what
 * {@link Report#failed()} decides on. The policy carries the configured severities, baseline and
 * {@code failOn}, so a build plugin and an application's start-up guard decide alike.
 */
public interface GoalResult {
    /** The findings as configured by {@code policy}. */
    Report report(ReportPolicy policy);
}
