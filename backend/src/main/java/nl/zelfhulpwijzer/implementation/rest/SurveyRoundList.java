package nl.zelfhulpwijzer.implementation.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "De rondes van de eigen instelling, oudste eerst.")
public record SurveyRoundList(@Schema(required = true) List<SurveyRoundView> items) {
}
