package nl.zelfhulpwijzer.directory.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a public directory read whose answer the server keeps ({@link ServerCacheFilter}): the same query in the same
 * minute, while the directory is unchanged, is answered from memory. For answers without an ETag of their own: a kept
 * answer's ETag is the hash of its body.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface ServerCache {
}
