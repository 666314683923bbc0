package nl.zelfhulpwijzer.interop.fhir;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.Location;

import nl.zelfhulpwijzer.directory.DirectoryHarvest;
import nl.zelfhulpwijzer.directory.Meeting;
import nl.zelfhulpwijzer.directory.SelfHelpGroup;

/**
 * A meeting place as an mCSD Location: a building when the address is known, an area when only the town is known
 * (Meeting Guide {@code approximate}). Online meetings meet in a virtual place (mCSD: physicalType {@code vi}), which
 * has no existence of its own: it is contained in the group's HealthcareService.
 */
final class LocationMapping {

    static final String PHYSICAL_TYPE = "http://terminology.hl7.org/CodeSystem/location-physical-type";
    static final String ONLINE_ID = "online";

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

    /** Where the group's online meetings take place: their links and dial-in numbers; empty without online meetings. */
    static Optional<Location> online(SelfHelpGroup g) {
        List<Meeting> online = g.meetings.stream().filter(m -> m.attendance().online()).toList();
        if (online.isEmpty()) {
            return Optional.empty();
        }
        Location loc = new Location();
        loc.setId(ONLINE_ID);
        loc.setStatus(Location.LocationStatus.ACTIVE);
        loc.setMode(Location.LocationMode.INSTANCE);
        loc.setName("Online: " + g.name);
        loc.setPhysicalType(new CodeableConcept(new Coding(PHYSICAL_TYPE, "vi", "Virtual")).setText("Online bijeenkomst"));
        Set<String> seen = new HashSet<>();
        for (Meeting m : online) {
            if (m.conferenceUrl != null && !m.conferenceUrl.isBlank() && seen.add(m.conferenceUrl)) {
                loc.addTelecom().setSystem(ContactPointSystem.URL).setValue(m.conferenceUrl);
            }
            if (m.conferencePhone != null && !m.conferencePhone.isBlank() && seen.add(m.conferencePhone)) {
                loc.addTelecom().setSystem(ContactPointSystem.PHONE).setValue(m.conferencePhone);
            }
        }
        return Optional.of(loc);
    }
}
