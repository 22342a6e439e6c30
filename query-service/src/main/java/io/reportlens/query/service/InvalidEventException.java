package io.reportlens.query.service;

/** An event that can never be stored as it is (malformed envelope or data): retrying will not help. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
