package io.pipewright.param;

/** A parameter value that cannot be accepted; the message says why and what would be accepted. */
public class ParamException extends Exception {
    private final String key;

    public ParamException(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
