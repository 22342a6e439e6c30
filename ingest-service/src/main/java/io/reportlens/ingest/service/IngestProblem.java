package io.reportlens.ingest.service;

/**
 * A request the service refuses, with the HTTP status and the words the caller needs to fix it.
 * {@code kind} becomes the problem type URI's last segment.
 */
public class IngestProblem extends RuntimeException {

    private final int status;
    private final String kind;
    private final String title;
    private final String parameter;

    public IngestProblem(int status, String kind, String title, String detail, String parameter) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.parameter = parameter;
    }

    public IngestProblem(int status, String kind, String title, String detail) {
        this(status, kind, title, detail, null);
    }

    public static IngestProblem badParameter(String parameter, String detail) {
        return new IngestProblem(400, "invalid-parameter", "Invalid parameter", detail, parameter);
    }

    public static IngestProblem unsupported(String detail) {
        return new IngestProblem(415, "unsupported-content", "Unsupported content", detail);
    }

    public static IngestProblem unreadable(String detail) {
        return new IngestProblem(422, "unreadable-document", "Unreadable document", detail);
    }

    public static IngestProblem tooLarge(String detail) {
        return new IngestProblem(413, "too-large", "Content too large", detail);
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String parameter() {
        return parameter;
    }
}
