package nl.zelfhulpwijzer.directory.demo;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * Demo mode: with {@code zhw.demo-data.groups=N} (env {@code ZHW_DEMO_DATA_GROUPS=N}) the backend makes sure N
 * fictional groups exist at startup; unset, it does nothing. {@code zhw.demo-data.seed} picks the seed.
 */
public class DemoDataStartup {

    @Inject
    DemoDataGenerator generator;

    @ConfigProperty(name = "zhw.demo-data.groups")
    Optional<Integer> groups;

    @ConfigProperty(name = "zhw.demo-data.seed", defaultValue = "" + DemoDataGenerator.DEFAULT_SEED)
    long seed;

    void onStart(@Observes StartupEvent event) {
        if (groups.isPresent() && groups.get() > 0 && generator.countDemoGroups() != groups.get()) {
            generator.generate(Math.min(groups.get(), DemoDataGenerator.MAX_GROUPS), seed);
        }
    }
}
