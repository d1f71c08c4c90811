package io.pipewright;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class allowed to break one of the layer rules in ARCHITECTURE.md, and says why. The
 * architecture test lets annotated classes through; everything else must follow the rules.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface LayerException {
    String because();
}
