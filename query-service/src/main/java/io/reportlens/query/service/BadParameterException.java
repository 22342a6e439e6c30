package io.reportlens.query.service;

/** A request parameter that cannot be honoured; answered 400 with the parameter named. */
public class BadParameterException extends RuntimeException {

    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
