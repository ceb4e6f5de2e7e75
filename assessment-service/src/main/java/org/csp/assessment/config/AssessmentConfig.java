package org.csp.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Thresholds of the assessment service ({@code csp.assessment.*}). */
@ConfigMapping(prefix = "csp.assessment")
public interface AssessmentConfig {

    Trends trends();

    Candidates candidates();

    Imports imports();

    interface Trends {
        /** A figure whose base count in either period is below this is flagged as small numbers. */
        @WithDefault("30")
        int smallNumberThreshold();
    }

    interface Candidates {
        /** The least rise, in percent, for a category to be proposed as a candidate priority. */
        @WithDefault("20")
        double minRisePercent();

        /** The least count in the later period for a rise to count as significant. */
        @WithDefault("50")
        long minCurrentCount();

        /** At most this many candidates are proposed, largest rises first. */
        @WithDefault("5")
        int maxCandidates();
    }

    interface Imports {
        /** About how many rows of a street-level CSV are buffered before they are streamed to PostgreSQL (COPY). */
        @WithDefault("1000")
        int batchSize();

        /**
         * Seconds a street-level import (one all-or-nothing transaction) may take before it is rolled back; read by
         * {@code @TransactionConfiguration} on the import. The default 60 s would cut off files of a few million rows.
         */
        @WithDefault("3600")
        int transactionTimeout();

        /** Rejected rows listed in an import report (the count is always exact). */
        @WithDefault("500")
        int maxReportedRejections();
    }
}
