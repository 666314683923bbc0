package nl.zelfhulpwijzer.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a public read of the directory whose answer the server keeps (the directory's {@code ServerCacheFilter}, per
 * directory version): the same question in the same minute, while the directory is unchanged, is answered from
 * memory. Here, not in the directory, because every door to the directory's public data uses it (the JSON search,
 * FHIR). The answer is a JSON entity or an already encoded String; a kept answer's ETag is the hash of its body.
 * Never for reads that depend on the caller or on data outside the directory.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface ServerCache {
}
