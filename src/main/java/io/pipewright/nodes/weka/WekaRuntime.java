package io.pipewright.nodes.weka;

/**
 * Prepares the JVM for Weka. Weka's netlib native bundle is excluded from the build (it breaks
 * class loading), so the pure-Java implementations must be chosen before Weka first asks for them.
 */
public final class WekaRuntime {
    private WekaRuntime() {
    }

    public static void configure() {
        setIfAbsent("com.github.fommil.netlib.BLAS", "com.github.fommil.netlib.F2jBLAS");
        setIfAbsent("com.github.fommil.netlib.LAPACK", "com.github.fommil.netlib.F2jLAPACK");
        setIfAbsent("com.github.fommil.netlib.ARPACK", "com.github.fommil.netlib.F2jARPACK");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
