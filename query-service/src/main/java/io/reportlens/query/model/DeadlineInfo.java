package io.reportlens.query.model;

/** A time limit as written and the last day it allows (ISO date, or null when unresolved). */
public record DeadlineInfo(String raw, String date) {
}
