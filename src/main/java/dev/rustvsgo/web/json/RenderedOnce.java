package dev.rustvsgo.web.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type whose instances the in-memory model creates once, when it loads, and never
 * changes: each instance's JSON is rendered by Jackson the first time it is written and
 * copied from then on ({@link RenderedOnceModule}). Put it only on immutable types whose
 * instances are shared between answers; an instance made per request would be rendered
 * twice for nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RenderedOnce {

}
