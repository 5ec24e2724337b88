package io.actorgraph.statement;

/** Which program (or person) wrote the statements, so that facts can be traced and re-extracted. */
public record ExtractorInfo(String name, String version) {
}
