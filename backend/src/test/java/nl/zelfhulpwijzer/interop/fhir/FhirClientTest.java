package nl.zelfhulpwijzer.interop.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.zelfhulpwijzer.directory.FixturesOnWednesdayNoon;

/** An EPD's view: HAPI's generic client against the running server, using only the CapabilityStatement's promises. */
@QuarkusTest
class FhirClientTest extends FixturesOnWednesdayNoon {

    @TestHTTPResource("/fhir")
    URL base;

    private IGenericClient client() {
        FhirContext context = FhirContext.forR4Cached();
        context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        return context.newRestfulGenericClient(base.toString());
    }

    @Test
    void epdReadsCapabilitiesSearchesNearWithIncludesAndHarvestsHistory() {
        IGenericClient client = client();
        CapabilityStatement cs = client.capabilities().ofType(CapabilityStatement.class).execute();
        assertTrue(cs.getRestFirstRep().getResource().stream().anyMatch(r -> r.getType().equals("HealthcareService")));

        Bundle near = client.search().byUrl("Location?near=52.09|5.12|30|km&_revinclude=HealthcareService:location")
                .returnBundle(Bundle.class).execute();
        Location closest = (Location) near.getEntryFirstRep().getResource();
        assertEquals("Utrecht", closest.getAddress().getCity());

        Bundle services = client.search().forResource(HealthcareService.class).where(HealthcareService.NAME.matches().value("AA Utr"))
                .include(HealthcareService.INCLUDE_ORGANIZATION).include(HealthcareService.INCLUDE_LOCATION)
                .returnBundle(Bundle.class).execute();
        List<String> types = services.getEntry().stream().map(e -> e.getResource().fhirType()).toList();
        assertEquals(List.of("HealthcareService", "Organization", "Location"), types);
        assertEquals("aa-nederland", ((Organization) services.getEntry().get(1).getResource()).getIdElement().getIdPart());

        Bundle history = client.history().onType(HealthcareService.class).returnBundle(Bundle.class)
                .since(new Date(0)).count(100).execute();
        assertTrue(history.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).map(Resource::getIdElement)
                .anyMatch(id -> id.getIdPart().equals("test-sos-antwerpen")));
        Bundle nothingNew = client.history().onType(HealthcareService.class).returnBundle(Bundle.class)
                .since(new Date(System.currentTimeMillis() + 3_600_000)).execute();
        assertEquals(0, nothingNew.getEntry().size());
    }

    @Test
    void epdGetsOperationOutcomesForWrongRequests() {
        IGenericClient client = client();
        ResourceNotFoundException notFound = assertThrows(ResourceNotFoundException.class,
                () -> client.read().resource(HealthcareService.class).withId("bestaat-niet").execute());
        assertTrue(((OperationOutcome) notFound.getOperationOutcome()).getIssueFirstRep().getDiagnostics().contains("bestaat-niet"));
        assertThrows(InvalidRequestException.class,
                () -> client.search().byUrl("HealthcareService?onbekend=1").returnBundle(Bundle.class).execute());
    }
}
