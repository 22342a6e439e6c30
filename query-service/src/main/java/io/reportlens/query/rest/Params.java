package io.reportlens.query.rest;

import io.reportlens.query.service.BadParameterException;
import io.reportlens.query.service.Paging;
import io.reportlens.query.service.RegionCodes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** Parses query parameters, naming the parameter in every refusal. Blank means absent. */
final class Params {

    static final int MAX_SIZE = 500;
    static final int DEFAULT_SIZE = 50;

    private Params() {
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Integer integer(String name, String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, name + " must be an integer, got '" + v + "'");
        }
    }

    static Integer year(String name, String value) {
        Integer year = integer(name, value);
        if (year != null && (year < 1900 || year > 2200)) {
            throw new BadParameterException(name, name + " must be a year between 1900 and 2200, got " + year);
        }
        return year;
    }

    static Double number(String name, String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, name + " must be a number, got '" + v + "'");
        }
    }

    /** An ISO date (yyyy-MM-dd), returned in ISO form for string comparison in the store. */
    static String date(String name, String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, name + " must be an ISO date (yyyy-MM-dd), got '" + v + "'");
        }
    }

    static Boolean bool(String name, String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadParameterException(name, name + " must be true or false, got '" + v + "'");
        };
    }

    static String oneOf(String name, String value, Set<String> allowed) {
        String v = text(value);
        if (v != null && !allowed.contains(v)) {
            throw new BadParameterException(name, "unknown " + name + " '" + v + "'; allowed: "
                    + String.join(", ", allowed.stream().sorted().toList()));
        }
        return v;
    }

    static String regionCode(String name, String value) {
        String v = text(value);
        if (v != null && !RegionCodes.isValid(v)) {
            throw new BadParameterException(name, name + " must be a six-digit GB/T 2260 code, got '" + v + "'");
        }
        return v;
    }

    static Paging paging(String page, String size) {
        Integer p = integer("page", page);
        Integer s = integer("size", size);
        if (p != null && p < 1) {
            throw new BadParameterException("page", "page starts at 1, got " + p);
        }
        if (s != null && (s < 1 || s > MAX_SIZE)) {
            throw new BadParameterException("size", "size must be between 1 and " + MAX_SIZE + ", got " + s);
        }
        return new Paging(p == null ? 1 : p, s == null ? DEFAULT_SIZE : s);
    }
}
