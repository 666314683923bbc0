package nl.zelfhulpwijzer.directory.rest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import nl.zelfhulpwijzer.common.http.JsonAnswer;
import nl.zelfhulpwijzer.directory.DirectoryConfig;

/** The answers {@link ServerCacheFilter} keeps, bounded by their size ({@code directory.server-cache-bytes}). */
@ApplicationScoped
public class KeptAnswers {

    /** One question: path and query, asked in this minute of this directory version. */
    public record Key(String path, Map<String, List<String>> query, long minute, long version) {
    }

    @Inject
    DirectoryConfig config;

    private Cache<Key, JsonAnswer> answers;

    @PostConstruct
    void init() {
        // an answer serves one minute at most; afterwards it only takes room
        answers = config.serverCacheBytes() <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(config.serverCacheBytes())
                .<Key, JsonAnswer>weigher((key, answer) -> answer.body().length)
                .expireAfterWrite(Duration.ofMinutes(1))
                .build();
    }

    public boolean enabled() {
        return answers != null;
    }

    public JsonAnswer get(Key key) {
        return answers.getIfPresent(key);
    }

    public void put(Key key, JsonAnswer answer) {
        answers.put(key, answer);
    }
}
