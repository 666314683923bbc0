package nl.zelfhulpwijzer.implementation.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "De vragenlijst.")
public record SurveyQuestionList(@Schema(required = true) List<SurveyQuestionView> items) {
}
