package io.reportlens.nlp.service;

/** A report the engine cannot handle; the message becomes the dead-letter reason. */
public class ExtractionFailedException extends RuntimeException {

    public ExtractionFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExtractionFailedException(String message) {
        super(message);
    }
}
