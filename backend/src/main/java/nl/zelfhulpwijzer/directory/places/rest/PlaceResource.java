package nl.zelfhulpwijzer.directory.places.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.zelfhulpwijzer.common.http.PublicCache;
import nl.zelfhulpwijzer.directory.places.PlaceLookup;

@Path("/api/v1/places")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plaatsen", description = "Nederlandse en Belgische plaatsen en postcodes (GeoNames, CC BY 4.0).")
public class PlaceResource {

    @Inject
    PlaceLookup lookup;

    @GET
    @PublicCache
    @Operation(operationId = "searchPlaces", summary = "Zoek een plaats of postcode",
            description = "Openbaar, voor het aanvullen van een plaatsveld. Eerst precies dezelfde naam, dan namen die zo "
                    + "beginnen, dan namen die erop lijken; bij gelijke stand de grotere plaats eerst. Een postcode geeft "
                    + "het postcodegebied. Bron: GeoNames (www.geonames.org), CC BY 4.0.")
    @APIResponse(responseCode = "200", description = "De plaatsen, de beste eerst; een lege lijst als niets lijkt op de tekst.")
    @APIResponse(responseCode = "400", description = "Geen of een te korte zoektekst, onbekend land of ongeldige limit.")
    public List<PlaceDto> search(@BeanParam PlaceSearchParams params) {
        PlaceSearchParams.Request request = params.toRequest();
        return lookup.resolve(request.text(), request.country(), request.limit()).stream().map(PlaceDto::of).toList();
    }
}
