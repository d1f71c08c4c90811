package io.pipewright.exec;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Writes and reads one kind of output value for the disk cache, faster than Java serialization
 * (a million-row table takes seconds to serialize object by object). Provided by node families
 * through {@link java.util.ServiceLoader}; values no codec handles fall back to serialization.
 */
public interface ValueCodec {
    /** A stable id written into cache files. */
    String id();

    boolean handles(Object value);

    void write(Object value, DataOutputStream out) throws IOException;

    Object read(DataInputStream in) throws IOException;
}
