package nl.zelfhulpwijzer.interop.fhir;

import java.util.Date;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.ResourceVersionPolicy;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/** The CapabilityStatement, made from {@link FhirSearchSupport}: it lists exactly what the door checks and serves. */
final class CapabilityStatements {

    static final String VERSION = "3";
    static final String GRAVITY_TASK = "http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/SDOHCC-TaskForReferralManagement";

    private CapabilityStatements() {
    }

    static CapabilityStatement of(String base) {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setId("zelfhulpwijzer");
        cs.setUrl(FhirCodes.BASE + "/CapabilityStatement/zelfhulpwijzer");
        cs.setVersion(VERSION);
        cs.setName("Zelfhulpwijzer");
        cs.setTitle("Zelfhulpwijzer FHIR-ingang");
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setDate(new Date());
        cs.setPublisher("Zelfhulpwijzer");
        cs.setDescription("De sociale kaart van zelfhulpgroepen bij verslaving als IHE mCSD: Organization, Location en"
                + " HealthcareService; lezen kan zonder inloggen. Verwijzingen als ServiceRequest en Task (Gravity), alleen met"
                + " inloggen en alleen van de eigen instelling. Bladeren met _count en _offset (staat in de links).");
        cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        cs.getSoftware().setName("Zelfhulpwijzer");
        cs.getImplementation().setDescription("Zelfhulpwijzer FHIR R4").setUrl(base);
        cs.setFhirVersion(FHIRVersion._4_0_1);
        cs.addFormat(FhirJson.MEDIA_TYPE);
        cs.addFormat("json");
        CapabilityStatementRestComponent rest = cs.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Onbekende zoekparameters worden geweigerd (handling=strict) met een OperationOutcome.");
        rest.getSecurity().setDescription("Directory: openbaar. Task en ServiceRequest: OAuth2-token (Bearer) met rol medewerker,"
                + " coordinator, beheerder of epd en de claim instelling; schrijven alleen medewerker en epd.");
        for (FhirSearchSupport support : FhirSearchSupport.DIRECTORY) {
            CapabilityStatementRestResourceComponent resource = rest.addResource().setType(support.type());
            resource.addInteraction().setCode(TypeRestfulInteraction.READ);
            resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            resource.addInteraction().setCode(TypeRestfulInteraction.HISTORYTYPE);
            resource.setVersioning(ResourceVersionPolicy.VERSIONED);
            resource.setReadHistory(false).setUpdateCreate(false);
            support.includes().forEach(resource::addSearchInclude);
            support.revIncludes().forEach(resource::addSearchRevInclude);
            support.params().forEach(p -> resource.addSearchParam().setName(p.name()).setType(p.type())
                    .setDefinition(definition(support.type(), p.name())).setDocumentation(p.documentation()));
        }
        rest.addInteraction().setCode(CapabilityStatement.SystemRestfulInteraction.TRANSACTION)
                .setDocumentation("Een verwijzing maken: één ServiceRequest en één Task (focus = de ServiceRequest), beide POST."
                        + " Met de header Idempotency-Key geeft een herhaling het eerste antwoord.");
        CapabilityStatementRestResourceComponent task = rest.addResource().setType("Task")
                .addSupportedProfile(GRAVITY_TASK).setVersioning(ResourceVersionPolicy.VERSIONEDUPDATE).setConditionalUpdate(false)
                .setDocumentation("De verwijzing (Gravity TaskForReferralManagement). Wijzigen met PUT en If-Match W/\"versie\":"
                        + " een nieuwe status (met statusReason bij rejected, cancelled, on-hold, failed) of de uitkomst in output.");
        task.addInteraction().setCode(TypeRestfulInteraction.READ);
        task.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        task.addInteraction().setCode(TypeRestfulInteraction.UPDATE);
        task.setUpdateCreate(false);
        FhirSearchSupport.TASK.params().forEach(p -> task.addSearchParam().setName(p.name()).setType(p.type())
                .setDefinition(definition("Task", p.name())).setDocumentation(p.documentation()));
        rest.addResource().setType("ServiceRequest").setVersioning(ResourceVersionPolicy.VERSIONED)
                .setDocumentation("Wat er gevraagd is; gemaakt in dezelfde transaction als de Task.")
                .addInteraction().setCode(TypeRestfulInteraction.READ);
        CapabilityStatementRestResourceComponent audit = rest.addResource().setType("AuditEvent")
                .setDocumentation("Het toegangslog (NEN 7513) van de eigen instelling, alleen voor de beheerder; elke keer lezen"
                        + " wordt zelf ook gelogd.");
        audit.addInteraction().setCode(TypeRestfulInteraction.READ);
        audit.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        FhirSearchSupport.AUDIT_EVENT.params().forEach(p -> audit.addSearchParam().setName(p.name()).setType(p.type())
                .setDefinition(definition("AuditEvent", p.name())).setDocumentation(p.documentation()));
        CapabilityStatementRestResourceComponent subscription = rest.addResource().setType("Subscription")
                .setDocumentation("Meldingen over de verwijzingen van de eigen instelling (epd of beheerder): criteria Task,"
                        + " rest-hook. Een melding bevat alleen id en versie (" + FhirSubscriptions.PAYLOAD + ", zoals Koppeltaal 2.0),"
                        + " ondertekend met het geheim uit de extensie webhook-geheim (alleen in het antwoord op create); lees daarna"
                        + " de Task. Dezelfde abonnementen, pogingen en dode meldingen als /api/v1/webhooks.");
        subscription.addInteraction().setCode(TypeRestfulInteraction.CREATE);
        subscription.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        subscription.addInteraction().setCode(TypeRestfulInteraction.READ);
        subscription.addInteraction().setCode(TypeRestfulInteraction.DELETE);
        FhirSearchSupport.SUBSCRIPTION.params().forEach(p -> subscription.addSearchParam().setName(p.name()).setType(p.type())
                .setDefinition(definition("Subscription", p.name())).setDocumentation(p.documentation()));
        rest.addResource().setType("CodeSystem").addInteraction().setCode(TypeRestfulInteraction.READ);
        rest.addResource().setType("StructureDefinition").addInteraction().setCode(TypeRestfulInteraction.READ);
        return cs;
    }

    /** The standard SearchParameter each of ours implements. */
    private static String definition(String type, String name) {
        return "http://hl7.org/fhir/SearchParameter/" + (name.startsWith("_") ? "Resource-" + name.substring(1) : type + "-" + name);
    }
}
