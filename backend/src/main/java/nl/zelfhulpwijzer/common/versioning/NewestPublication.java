package nl.zelfhulpwijzer.common.versioning;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The content of the newest published version of one kind, kept in memory by version number, so that a hot path
 * (the advice reads the criteria catalogue on every request) needs no SQL per request. Published versions never
 * change, so the content of a number is valid for good; only "which number is the newest" can change:
 * <ul>
 * <li>a publication on this instance drops the held version as soon as its transaction commits (the service fires
 * {@link VersionPublished}; the owner passes it to {@link #published});</li>
 * <li>a publication on another instance of the backend is seen within {@code recheck}: the first request after that
 * asks the database for the newest number again, and loads the content only when the number changed.</li>
 * </ul>
 */
public final class NewestPublication<T> {

    private record Held<T>(int number, T content, long checkedAtNanos) {
    }

    private final String kind;
    private final long recheckNanos;
    private final LongSupplier clock;
    private volatile Held<T> held;
    /** Raised by every publication, so that a load that started before it cannot put back the older version. */
    private final AtomicLong generation = new AtomicLong();

    public NewestPublication(String kind, Duration recheck) {
        this(kind, recheck, System::nanoTime);
    }

    NewestPublication(String kind, Duration recheck, LongSupplier clock) {
        this.kind = kind;
        this.recheckNanos = recheck.toNanos();
        this.clock = clock;
    }

    /**
     * The newest published content: the held one while it is fresh, else after asking {@code newestNumber} (empty when
     * nothing is published: then {@code none} is thrown) and loading the content with {@code load} when it is another.
     */
    public T get(Supplier<Optional<Integer>> newestNumber, IntFunction<T> load, Supplier<? extends RuntimeException> none) {
        long now = clock.getAsLong();
        Held<T> current = held;
        if (current != null && now - current.checkedAtNanos() < recheckNanos) {
            return current.content();
        }
        long startedIn = generation.get();
        int number = newestNumber.get().orElseThrow(none);
        T content = current != null && current.number() == number ? current.content() : load.apply(number);
        if (generation.get() == startedIn) {
            held = new Held<>(number, content, now);
        }
        return content;
    }

    /** A version of some kind was published: when it is this kind, the next {@link #get} reads the newest again. */
    public void published(VersionPublished event) {
        if (kind.equals(event.kind())) {
            generation.incrementAndGet();
            held = null;
        }
    }
}
