package io.reportlens.engine.read;

/** The bytes are not a report we can read; the message says why in words a user can act on. */
public class UnreadableDocumentException extends Exception {

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
