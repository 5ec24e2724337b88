package io.actorgraph.model;

/** How much of a date the text gave: "on Saturday" is a day, "in May" a month, "last year" a year. */
public enum DatePrecision {
    day, month, year, unknown;

    /** The precision a date written as YYYY, YYYY-MM or YYYY-MM-DD carries. */
    public static DatePrecision of(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return unknown;
        }
        return switch (isoDate.length()) {
            case 4 -> year;
            case 7 -> month;
            case 10 -> day;
            default -> unknown;
        };
    }
}
