package nl.zelfhulpwijzer.advice;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import nl.zelfhulpwijzer.directory.Approach;
import nl.zelfhulpwijzer.directory.Audience;
import nl.zelfhulpwijzer.directory.Behaviour;
import nl.zelfhulpwijzer.directory.Country;

/**
 * An anonymous description of the situation the advice is for; never stored. {@code relation} says who asks help
 * (PERSON = the person with the addiction, or someone around them); the other fields describe the person with the
 * addiction, except the preferences of whoever asks help: {@code ageBand} (a young relative looks for Alateen),
 * {@code language} of the meetings (ISO 639-1), {@code womenOnly} meetings, {@code online}, {@code approach} (secular
 * or 12 steps) and the place. A null field means "unknown / not asked". {@code behaviours} always include the
 * behaviour of every substance; {@code groupsInInstitution} says whether groups meet inside the institution where the
 * client stays.
 */
public record ClientProfile(
        Audience relation,
        Set<Behaviour> behaviours,
        Set<Substance> substances,
        TreatmentGoal treatmentGoal,
        Boolean abstinenceWish,
        StageOfChange stageOfChange,
        TreatmentPhase treatmentPhase,
        TreatmentSetting treatmentSetting,
        Boolean alcoholPrivileges,
        Set<PsychiatricSymptom> psychiatricSymptoms,
        Set<Medication> medication,
        Boolean mildIntellectualDisability,
        NetworkQuality network,
        AgeBand ageBand,
        String language,
        Country country,
        String place,
        Boolean online,
        Boolean womenOnly,
        Approach approach,
        Boolean groupsInInstitution,
        Profession profession,
        Boolean makelaarAvailable,
        Set<Characteristic> characteristics,
        Set<RiskSignal> riskSignals) {

    public ClientProfile {
        substances = copy(substances, Substance.class);
        EnumSet<Behaviour> all = EnumSet.noneOf(Behaviour.class);
        all.addAll(behaviours == null ? Set.of() : behaviours);
        substances.forEach(s -> all.add(s.behaviour()));
        behaviours = java.util.Collections.unmodifiableSet(all);
        psychiatricSymptoms = copy(psychiatricSymptoms, PsychiatricSymptom.class);
        medication = copy(medication, Medication.class);
        characteristics = copy(characteristics, Characteristic.class);
        riskSignals = copy(riskSignals, RiskSignal.class);
    }

    private static <E extends Enum<E>> Set<E> copy(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(values);
        }
        return java.util.Collections.unmodifiableSet(set);
    }

    public boolean isPerson() {
        return relation == Audience.PERSON;
    }

    public boolean has(Characteristic c) {
        return characteristics.contains(c);
    }

    /** Whether the person wants to stop or is already working on it: then withdrawal is at hand. */
    public boolean aboutToStop() {
        return Boolean.TRUE.equals(abstinenceWish) || treatmentGoal == TreatmentGoal.ABSTINENCE
                || stageOfChange == StageOfChange.PREPARATION || stageOfChange == StageOfChange.ACTION;
    }

    public boolean isDoctor() {
        return profession != null && profession.isDoctor();
    }

    public static Builder builder(Audience relation, Behaviour... behaviours) {
        return new Builder(relation, Set.of(behaviours));
    }

    /** Fluent construction, mainly for tests and the REST mapper. */
    public static final class Builder {
        private final Audience relation;
        private final Set<Behaviour> behaviours;
        private Set<Substance> substances = Set.of();
        private TreatmentGoal treatmentGoal;
        private Boolean abstinenceWish;
        private StageOfChange stageOfChange;
        private TreatmentPhase treatmentPhase;
        private TreatmentSetting treatmentSetting;
        private Boolean alcoholPrivileges;
        private Set<PsychiatricSymptom> psychiatricSymptoms = Set.of();
        private Set<Medication> medication = Set.of();
        private Boolean mildIntellectualDisability;
        private NetworkQuality network;
        private AgeBand ageBand;
        private String language;
        private Country country;
        private String place;
        private Boolean online;
        private Boolean womenOnly;
        private Approach approach;
        private Boolean groupsInInstitution;
        private Profession profession;
        private Boolean makelaarAvailable;
        private Set<Characteristic> characteristics = Set.of();
        private Set<RiskSignal> riskSignals = Set.of();

        private Builder(Audience relation, Set<Behaviour> behaviours) {
            this.relation = relation;
            this.behaviours = behaviours;
        }

        public Builder substances(Substance... v) { substances = Set.of(v); return this; }
        public Builder goal(TreatmentGoal v) { treatmentGoal = v; return this; }
        public Builder abstinenceWish(Boolean v) { abstinenceWish = v; return this; }
        public Builder stage(StageOfChange v) { stageOfChange = v; return this; }
        public Builder phase(TreatmentPhase v) { treatmentPhase = v; return this; }
        public Builder setting(TreatmentSetting v) { treatmentSetting = v; return this; }
        public Builder alcoholPrivileges(Boolean v) { alcoholPrivileges = v; return this; }
        public Builder symptoms(PsychiatricSymptom... v) { psychiatricSymptoms = Set.of(v); return this; }
        public Builder medication(Medication... v) { medication = Set.of(v); return this; }
        public Builder mildIntellectualDisability(Boolean v) { mildIntellectualDisability = v; return this; }
        public Builder network(NetworkQuality v) { network = v; return this; }
        public Builder ageBand(AgeBand v) { ageBand = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder country(Country v) { country = v; return this; }
        public Builder place(String v) { place = v; return this; }
        public Builder online(Boolean v) { online = v; return this; }
        public Builder womenOnly(Boolean v) { womenOnly = v; return this; }
        public Builder approach(Approach v) { approach = v; return this; }
        public Builder groupsInInstitution(Boolean v) { groupsInInstitution = v; return this; }
        public Builder profession(Profession v) { profession = v; return this; }
        public Builder makelaarAvailable(Boolean v) { makelaarAvailable = v; return this; }
        public Builder characteristics(Characteristic... v) { characteristics = Set.of(v); return this; }
        public Builder riskSignals(RiskSignal... v) { riskSignals = Set.of(v); return this; }

        public ClientProfile build() {
            return new ClientProfile(relation, behaviours, substances, treatmentGoal, abstinenceWish, stageOfChange, treatmentPhase,
                    treatmentSetting, alcoholPrivileges, psychiatricSymptoms, medication, mildIntellectualDisability,
                    network, ageBand, language, country, place, online, womenOnly, approach, groupsInInstitution, profession,
                    makelaarAvailable, characteristics,
                    riskSignals);
        }
    }
}
