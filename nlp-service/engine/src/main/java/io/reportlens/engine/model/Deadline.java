package io.reportlens.engine.model;

/** A time limit as written ({@code raw}) and the last day it allows ({@code date}, ISO). */
public record Deadline(String raw, String date) {
}
