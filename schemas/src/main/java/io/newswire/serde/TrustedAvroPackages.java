package io.newswire.serde;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses to instantiate generated classes outside a trusted list when reading;
 * our generated records live under io.newswire, so that package is added once per JVM.
 */
public final class TrustedAvroPackages {

    private static final String PACKAGE = "io.newswire.";
    private static volatile boolean registered;

    private TrustedAvroPackages() {
    }

    public static void register() {
        if (registered) {
            return;
        }
        synchronized (TrustedAvroPackages.class) {
            if (!registered) {
                ClassSecurityValidator.ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
                ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(previous,
                        type -> type.getName().startsWith(PACKAGE)));
                registered = true;
            }
        }
    }
}
