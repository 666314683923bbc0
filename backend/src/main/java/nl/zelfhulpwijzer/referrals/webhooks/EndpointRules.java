package nl.zelfhulpwijzer.referrals.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;

/**
 * Which endpoint addresses a subscription may have: https always; plain http only when allowed (development and
 * tests) and only to this machine, so a notification never crosses a network unencrypted.
 */
public final class EndpointRules {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final int MAX_LENGTH = 2000;

    private EndpointRules() {
    }

    /** The Dutch reason why {@code url} is refused, or empty when it is fine. */
    public static Optional<String> problemWith(String url, boolean allowLocalHttp) {
        if (url == null || url.isBlank()) {
            return Optional.of("Vul het adres in waarop uw systeem meldingen ontvangt.");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("Het adres is te lang (hoogstens " + MAX_LENGTH + " tekens).");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("Dit is geen geldig webadres.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
            return Optional.of("Dit is geen geldig webadres (zonder gebruikersnaam of #-deel).");
        }
        if (scheme.equals("https")) {
            return Optional.empty();
        }
        if (scheme.equals("http") && allowLocalHttp && LOCAL_HOSTS.contains(uri.getHost().toLowerCase())) {
            return Optional.empty();
        }
        return Optional.of("Gebruik een adres dat met https:// begint.");
    }
}
