package nl.zelfhulpwijzer.advice;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Country;

/** Dutch words for codes, for the texts of directory findings. */
final class Labels {

    private Labels() {
    }

    static String audience(Audience a) {
        return switch (a) {
            case PERSON -> "mensen met een verslaving";
            case PARTNER -> "partners";
            case PARENT -> "ouders";
            case CHILD -> "kinderen";
            case RELATIVE -> "familieleden";
            case COLLEAGUE -> "collega’s";
            case PROFESSIONAL -> "hulpverleners";
        };
    }

    static String behaviour(Behaviour b) {
        return switch (b) {
            case ALCOHOL -> "alcohol";
            case DRUGS -> "drugs";
            case GAMBLING -> "gokken";
            case MEDICATION -> "medicijnen";
            case EATING -> "eten";
            case OTHER -> "ander gedrag";
        };
    }

    static String behaviours(Collection<Behaviour> behaviours) {
        List<String> words = behaviours.stream().sorted().map(Labels::behaviour).toList();
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.get(0);
        }
        return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", ")) + " of " + words.get(words.size() - 1);
    }

    static String approach(Approach a) {
        return switch (a) {
            case TWELVE_STEP -> "met de 12 stappen";
            case SECULAR -> "zonder 12 stappen, niet religieus";
            case THEME_BASED -> "rond een thema";
            case NOT_APPLICABLE -> "geen groep";
        };
    }

    static String country(Country c) {
        return c == Country.BE ? "België" : "Nederland";
    }
}
