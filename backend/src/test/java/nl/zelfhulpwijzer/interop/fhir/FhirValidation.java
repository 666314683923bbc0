package nl.zelfhulpwijzer.interop.fhir;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;

/**
 * The HAPI R4 validator with our CodeSystems and extension loaded, and the Gravity Task profile as
 * {@link GravityTaskRules}; built once, it is slow to build.
 */
final class FhirValidation {

    private static final FhirContext CONTEXT = FhirContext.forR4Cached();
    private static FhirValidator validator;

    private FhirValidation() {
    }

    /** Fails with every error message when the JSON is not a valid R4 resource. */
    static void assertValid(String json) {
        ValidationResult result = validator().validateWithResult(json);
        List<SingleValidationMessage> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()).toList();
        assertTrue(errors.isEmpty(), () -> errors.stream().map(m -> m.getLocationString() + ": " + m.getMessage())
                .collect(Collectors.joining("\n")) + "\nin " + json);
    }

    private static synchronized FhirValidator validator() {
        if (validator == null) {
            PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(CONTEXT);
            FhirCodes.codeSystems().forEach(ours::addCodeSystem);
            FhirCodes.EXTENSIONS.forEach(id -> ours.addStructureDefinition(extension(id)));
            DefaultProfileValidationSupport core = new DefaultProfileValidationSupport(CONTEXT);
            ours.addCodeSystem(physicalTypesWithVirtual(core));
            // ours first, so the newer location-physical-type replaces R4's copy
            ValidationSupportChain chain = new ValidationSupportChain(ours, core,
                    new SnapshotGeneratingValidationSupport(CONTEXT),
                    new InMemoryTerminologyServerValidationSupport(CONTEXT), new CommonCodeSystemsTerminologyService(CONTEXT));
            validator = CONTEXT.newValidator();
            validator.registerValidatorModule(new FhirInstanceValidator(chain));
            validator.registerValidatorModule(new GravityTaskRules());
        }
        return validator;
    }

    /**
     * R4 ships location-physical-type as it was in 2019; terminology.hl7.org has since added {@code vi} (Virtual),
     * which mCSD uses for online places. The validator gets R4's list with that one code added.
     */
    private static CodeSystem physicalTypesWithVirtual(DefaultProfileValidationSupport core) {
        CodeSystem r4 = (CodeSystem) core.fetchCodeSystem("http://terminology.hl7.org/CodeSystem/location-physical-type");
        CodeSystem newer = r4.copy();
        newer.addConcept().setCode("vi").setDisplay("Virtual");
        return newer;
    }

    private static StructureDefinition extension(String id) {
        try (InputStream in = FhirValidation.class.getResourceAsStream("/fhir/StructureDefinition-" + id + ".json")) {
            return CONTEXT.newJsonParser().parseResource(StructureDefinition.class, in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
