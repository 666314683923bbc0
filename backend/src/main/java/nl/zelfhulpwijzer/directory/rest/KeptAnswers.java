package nl.zelfhulpwijzer.directory.rest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import nl.zelfhulpwijzer.common.http.JsonAnswer;
import nl.zelfhulpwijzer.directory.DirectoryConfig;

/** The answers {@link ServerCacheFilter} keeps, bounded by their size ({@code directory.server-cache-bytes}). */
@ApplicationScoped
public class KeptAnswers {

    /**
     * One question: path and query, asked in this minute of this directory version, at this base address (answers
     * may hold links, as FHIR's do) for these media types (the same answer goes out as JSON or FHIR JSON).
     */
    public record Key(String base, String path, Map<String, List<String>> query, String accept, long minute, long version) {
    }

    /** A kept answer: its bytes and ETag, and the media type it was sent with. */
    public record Answer(JsonAnswer json, MediaType type) {
    }

    @Inject
    DirectoryConfig config;

    private Cache<Key, Answer> answers;

    @PostConstruct
    void init() {
        // an answer serves one minute at most; afterwards it only takes room
        answers = config.serverCacheBytes() <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(config.serverCacheBytes())
                // the question counts too: its Accept header and query come from the caller and may be long
                .<Key, Answer>weigher((key, answer) -> answer.json().body().length + key.accept().length()
                        + key.query().toString().length())
                .expireAfterWrite(Duration.ofMinutes(1))
                .build();
    }

    public boolean enabled() {
        return answers != null;
    }

    public Answer get(Key key) {
        return answers.getIfPresent(key);
    }

    public void put(Key key, Answer answer) {
        answers.put(key, answer);
    }
}
