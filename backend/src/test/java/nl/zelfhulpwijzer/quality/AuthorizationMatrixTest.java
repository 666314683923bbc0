package nl.zelfhulpwijzer.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.zelfhulpwijzer.common.security.Roles;
import nl.zelfhulpwijzer.quality.ContractOperations.Op;
import nl.zelfhulpwijzer.support.TestTokens;

/**
 * Every operation of openapi.yaml × {anonymous, each role, another institution}. The rule comes from one place: the
 * {@code @RolesAllowed} of the resource method, which Quarkus writes into the contract as the scopes of the operation's
 * security requirement. Anonymous on a secured operation → 401; a role not listed → 403; a listed role, or any caller
 * of a public operation → neither 401 nor 403. Another institution's caller with a listed role must not be refused
 * for its role either (its records are invisible: 404, checked per feature in the referral and implementation tests).
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final List<String> ROLES = List.of(Roles.MEDEWERKER, Roles.COORDINATOR, Roles.BEHEERDER, Roles.EPD);

    @Test
    void everyOperationFollowsItsDeclaredRule() {
        ContractOperations contract = ContractOperations.load();
        MalformedRequests requests = new MalformedRequests(7513L, contract, "");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Op op : contract.all()) {
            Map<String, String> callers = new LinkedHashMap<>();
            callers.put("anonymous", null);
            for (String role : ROLES) {
                callers.put(role, TestTokens.token("matrix-" + role, "Matrix", TestTokens.INSTITUTION, role));
            }
            String[] permitted = op.roles().isEmpty() ? ROLES.toArray(String[]::new) : op.roles().toArray(String[]::new);
            callers.put("another institution", TestTokens.token("matrix-ander", "Ander", TestTokens.OTHER_INSTITUTION, permitted));
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                MalformedRequests.Request request = requests.plain(op, caller.getValue());
                int status = RawHttp.send(RestAssured.port, request.bytes()).status();
                String expected = expected(op, caller.getKey());
                boolean ok = switch (expected) {
                    case "401" -> status == 401;
                    case "403" -> status == 403;
                    default -> status != 401 && status != 403 && status < 500;
                };
                checked++;
                if (!ok) {
                    failures.add(op.label() + " as " + caller.getKey() + ": expected " + expected + ", got " + status
                            + " (declared roles " + (op.secured() ? op.roles() : "public") + ")");
                }
            }
        }
        System.out.printf("Authorization matrix: %d operations × 6 callers = %d requests%n", contract.all().size(), checked);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** "401", "403" or "allowed". */
    private static String expected(Op op, String caller) {
        if (!op.secured()) {
            return "allowed";
        }
        if (caller.equals("anonymous")) {
            return "401";
        }
        if (caller.equals("another institution") || op.roles().isEmpty() || op.roles().contains(caller)) {
            return "allowed";
        }
        return "403";
    }
}
