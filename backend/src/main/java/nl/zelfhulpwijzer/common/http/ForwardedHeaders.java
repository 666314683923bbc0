package nl.zelfhulpwijzer.common.http;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.netty.util.NetUtil;

/**
 * The rules for the headers in which the reverse proxy (nginx) tells the backend who the client is. Quarkus takes
 * {@code X-Forwarded-For}, {@code X-Forwarded-Proto} and {@code X-Forwarded-Port} from a trusted proxy
 * ({@code quarkus.http.proxy.*} in application.properties) without checking them: a scheme such as {@code "a b"}
 * ends in a 500 wherever a link is built from the request (HSDS, FHIR), and a host name instead of an address gives
 * every such caller one shared rate-limit count. So a value of these headers must be well-formed, or the request is
 * refused (400) before anything runs. {@code Forwarded}, {@code X-Forwarded-Host} and {@code X-Forwarded-Prefix}
 * are not read by the backend at all and need no rule.
 */
final class ForwardedHeaders {

    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("([0-9.]+):([0-9]{1,5})");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([0-9A-Fa-f:.]+)\\](?::([0-9]{1,5}))?");

    private ForwardedHeaders() {
    }

    /** Null when the headers are acceptable, else a Dutch detail that names the header. */
    static String problem(Function<String, String> header) {
        String detail = check(header.apply("X-Forwarded-For"), "X-Forwarded-For", "een IP-adres", ForwardedHeaders::isAddress);
        if (detail == null) {
            detail = check(header.apply("X-Forwarded-Proto"), "X-Forwarded-Proto", "http of https",
                    value -> value.toLowerCase(Locale.ROOT).equals("http") || value.toLowerCase(Locale.ROOT).equals("https"));
        }
        if (detail == null) {
            detail = check(header.apply("X-Forwarded-Port"), "X-Forwarded-Port", "een poortnummer (1 tot en met 65535)",
                    ForwardedHeaders::isPort);
        }
        return detail;
    }

    /** Each comma-separated element of a present header must pass {@code valid}. */
    private static String check(String value, String name, String expected, Predicate<String> valid) {
        if (value == null) {
            return null;
        }
        for (String element : value.split(",", -1)) {
            if (!valid.test(element.trim())) {
                return "De kopregel " + name + " is ongeldig: elk deel moet " + expected + " zijn.";
            }
        }
        return null;
    }

    /** An IPv4 or IPv6 address, IPv6 optionally in brackets, either optionally with a port; never a host name. */
    static boolean isAddress(String value) {
        if (NetUtil.isValidIpV4Address(value) || NetUtil.isValidIpV6Address(value)) {
            return true;
        }
        var v4 = IPV4_WITH_PORT.matcher(value);
        if (v4.matches()) {
            return NetUtil.isValidIpV4Address(v4.group(1)) && isPort(v4.group(2));
        }
        var v6 = BRACKETED_IPV6.matcher(value);
        return v6.matches() && NetUtil.isValidIpV6Address(v6.group(1)) && (v6.group(2) == null || isPort(v6.group(2)));
    }

    static boolean isPort(String value) {
        if (!PORT.matcher(value).matches()) {
            return false;
        }
        int port = Integer.parseInt(value);
        return port >= 1 && port <= 65_535;
    }
}
