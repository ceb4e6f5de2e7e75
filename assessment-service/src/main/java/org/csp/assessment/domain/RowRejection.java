package org.csp.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A row an import refused: its line (CSV, 1 = header) or index (JSON, from 0), the field and the reason. */
@Schema(name = "RowRejection", description = "A malformed row: where it is, which field, and why", requiredProperties = {"line", "field", "reason"})
public record RowRejection(
        @Schema(description = "CSV line number (the header is line 1) or JSON rows index (from 0)", example = "7") long line,
        @Schema(description = "The field at fault", example = "month") String field,
        @Schema(description = "Why the row was refused", example = "'2019-13' is not a month like 2019-03") String reason) {
}
