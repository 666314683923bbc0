package nl.zelfhulpwijzer.interop.fhir;

import java.math.BigDecimal;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Location;

import nl.zelfhulpwijzer.directory.DirectoryHarvest;

/**
 * A meeting place as an mCSD Location: a building when the address is known, an area when only the town is known
 * (Meeting Guide {@code approximate}).
 */
final class LocationMapping {

    static final String PHYSICAL_TYPE = "http://terminology.hl7.org/CodeSystem/location-physical-type";

    private LocationMapping() {
    }

    static Location of(DirectoryHarvest.Place place) {
        nl.zelfhulpwijzer.directory.Location l = place.location();
        Location loc = new Location();
        loc.setId(l.id.toString());
        loc.setMeta(FhirMeta.of(null, l.updatedAt, l.demo));
        loc.setStatus(Location.LocationStatus.ACTIVE);
        loc.setMode(Location.LocationMode.INSTANCE);
        loc.setName(l.name != null && !l.name.isBlank() ? l.name : l.city);
        loc.setPhysicalType(l.isSpecific()
                ? new CodeableConcept(new Coding(PHYSICAL_TYPE, "bu", "Building"))
                : new CodeableConcept(new Coding(PHYSICAL_TYPE, "area", "Area")));
        loc.getAddress().setUse(Address.AddressUse.WORK)
                .setType(Address.AddressType.PHYSICAL)
                .setCity(l.city).setPostalCode(l.postcode).setState(l.region).setCountry(l.country.name());
        if (l.address != null && !l.address.isBlank()) {
            loc.getAddress().addLine(l.address);
        }
        if (l.latitude != null) {
            loc.getPosition().setLatitude(BigDecimal.valueOf(l.latitude)).setLongitude(BigDecimal.valueOf(l.longitude));
        }
        return loc;
    }
}
