package nl.zelfhulpwijzer.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import nl.zelfhulpwijzer.support.Contract;

/** The committed openapi.yaml must be exactly the contract the backend serves. */
@QuarkusTest
class OpenApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void committedContractIsTheServedContract() throws Exception {
        assertTrue(Files.exists(Contract.OPENAPI_FILE), "openapi.yaml is missing; run scripts/update-openapi.sh");
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode committed = YAML.readTree(Files.readString(Contract.OPENAPI_FILE));
        assertEquals(YAML.readTree(served), committed,
                "openapi.yaml differs from what the backend serves; run scripts/update-openapi.sh and review the diff");
    }
}
