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

    static final String VERSION = "1";

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
                + " HealthcareService. Lezen kan zonder inloggen. Bladeren met _count en _offset (staat in de links).");
        cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        cs.getSoftware().setName("Zelfhulpwijzer");
        cs.getImplementation().setDescription("Zelfhulpwijzer FHIR R4").setUrl(base);
        cs.setFhirVersion(FHIRVersion._4_0_1);
        cs.addFormat(FhirJson.MEDIA_TYPE);
        cs.addFormat("json");
        CapabilityStatementRestComponent rest = cs.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Onbekende zoekparameters worden geweigerd (handling=strict) met een OperationOutcome.");
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
        rest.addResource().setType("CodeSystem").addInteraction().setCode(TypeRestfulInteraction.READ);
        rest.addResource().setType("StructureDefinition").addInteraction().setCode(TypeRestfulInteraction.READ);
        return cs;
    }

    /** The standard SearchParameter each of ours implements. */
    private static String definition(String type, String name) {
        return "http://hl7.org/fhir/SearchParameter/" + (name.startsWith("_") ? "Resource-" + name.substring(1) : type + "-" + name);
    }
}
