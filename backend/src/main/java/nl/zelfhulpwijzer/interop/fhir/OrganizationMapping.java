package nl.zelfhulpwijzer.interop.fhir;

import org.hl7.fhir.r4.model.Address.AddressType;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;

import nl.zelfhulpwijzer.directory.ContactKind;
import nl.zelfhulpwijzer.directory.ContactPoint;
import nl.zelfhulpwijzer.directory.DirectoryHarvest;
import nl.zelfhulpwijzer.directory.Organisation;
import nl.zelfhulpwijzer.interop.hsds.HsdsTaxonomy.Dimension;

/** An organisation of the directory as an mCSD Organization. */
final class OrganizationMapping {

    private OrganizationMapping() {
    }

    static Organization of(Organisation o) {
        Organization org = new Organization();
        org.setId(FhirIds.of(o.id));
        org.setMeta(FhirMeta.of(o.version, o.updatedAt, false));
        org.addIdentifier().setSystem(FhirCodes.ORGANISATION_ID).setValue(o.id);
        org.setActive(DirectoryHarvest.active(o));
        org.setName(o.name);
        if (o.shortName != null && !o.shortName.isBlank() && !o.shortName.equals(o.name)) {
            org.addAlias(o.shortName);
        }
        org.addType(FhirCodes.concept(Dimension.KIND, o.kind.name()));
        if (o.umbrella != null) {
            org.setPartOf(new Reference("Organization/" + FhirIds.of(o.umbrella.id)));
        }
        for (ContactPoint cp : o.contactPoints) {
            switch (cp.kind) {
                case PHONE, HELPLINE -> org.addTelecom().setSystem(ContactPointSystem.PHONE).setValue(cp.value);
                case EMAIL -> org.addTelecom().setSystem(ContactPointSystem.EMAIL).setValue(cp.value);
                case WEBSITE -> org.addTelecom().setSystem(ContactPointSystem.URL).setValue(cp.value);
                case VISIT_ADDRESS, POSTAL_ADDRESS -> org.addAddress().setText(cp.value)
                        .setType(cp.kind == ContactKind.POSTAL_ADDRESS ? AddressType.POSTAL : AddressType.PHYSICAL);
            }
        }
        if (o.verifiedAt != null) {
            org.addExtension(FhirCodes.LAST_VERIFIED, new DateTimeType(o.verifiedAt.toString()));
        }
        return org;
    }
}
