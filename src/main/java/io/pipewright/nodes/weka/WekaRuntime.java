package io.pipewright.nodes.weka;

/**
 * Prepares the JVM for Weka. Weka's netlib native bundle is excluded from the build (it breaks
 * class loading), so the pure-Java implementations must be chosen before Weka first asks for them;
 * and Weka's class discovery must not depend on what java.class.path lists.
 */
public final class WekaRuntime {
    private WekaRuntime() {
    }

    public static void configure() {
        setIfAbsent("com.github.fommil.netlib.BLAS", "com.github.fommil.netlib.F2jBLAS");
        setIfAbsent("com.github.fommil.netlib.LAPACK", "com.github.fommil.netlib.F2jLAPACK");
        setIfAbsent("com.github.fommil.netlib.ARPACK", "com.github.fommil.netlib.F2jARPACK");
        // Weka finds the classes a learner names inside its options (RandomForest's RandomTree, a
        // meta-learner's base learner) by scanning java.class.path, which under `java -jar` holds only
        // our jar, not the libraries its manifest lists. This switch (the only one Weka offers, named
        // for its own Maven tests) makes it load fully qualified names directly, as on any class path.
        setIfAbsent("weka.test.maventest", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
