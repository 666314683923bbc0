package nl.zelfhulpwijzer.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a public read: a 200 answer gets an ETag (hash of the body) and Cache-Control, and a request whose
 * If-None-Match carries that ETag gets 304 Not Modified without a body.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface PublicCache {
}
