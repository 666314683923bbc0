package nl.zelfhulpwijzer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.junit.jupiter.api.Test;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

/**
 * The boundaries between features that the build enforces. A feature's published API is its root package
 * ({@code nl.zelfhulpwijzer.<feature>}); its subpackages ({@code rest}, {@code demo} …) are its own. {@code common} is
 * shared by all. See each feature's package-info.java.
 */
class FeatureBoundariesTest {

    private static final String ROOT = "nl.zelfhulpwijzer.";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.zelfhulpwijzer");

    /** The feature of a class: the package segment after nl.zelfhulpwijzer. */
    static String feature(JavaClass c) {
        String rest = c.getPackageName().startsWith(ROOT) ? c.getPackageName().substring(ROOT.length()) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** A class in a subpackage of a feature other than common: not part of that feature's published API. */
    static boolean internal(JavaClass c) {
        String feature = feature(c);
        return !feature.isEmpty() && !feature.equals("common") && !c.getPackageName().equals(ROOT + feature);
    }

    static final ArchRule features_use_only_the_published_api_of_others = classes()
            .should(new ArchCondition<JavaClass>("depend only on other features' published API (their root package)") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass();
                        if (!feature(target).equals(feature(origin)) && internal(target)) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            });

    static final ArchRule no_cycles_between_features = slices().matching("nl.zelfhulpwijzer.(*)..").should().beFreeOfCycles();

    static final ArchRule resources_hold_no_sql = noClasses()
            .that().resideInAPackage("..rest..").or().areAnnotatedWith(jakarta.ws.rs.Path.class)
            .should().dependOnClassesThat().belongToAnyOf(EntityManager.class, jakarta.persistence.Query.class,
                    jakarta.persistence.TypedQuery.class)
            .as("resources hold no SQL: they call their feature's services");

    static final ArchRule core_never_imports_rest = noClasses()
            .that().resideOutsideOfPackage("..rest..")
            .should().dependOnClassesThat().resideInAPackage("..rest..")
            .as("a feature's core never depends on its rest package");

    static final ArchRule directory_entities_are_queried_and_built_only_by_the_directory = noClasses()
            .that().resideOutsideOfPackage("nl.zelfhulpwijzer.directory..")
            .should().callConstructorWhere(target(true))
            .orShould().callMethodWhere(target(false))
            .orShould().setFieldWhere(new DescribedPredicate<>("a field of a directory entity") {
                @Override
                public boolean test(JavaFieldAccess access) {
                    return directoryEntity(access.getTargetOwner());
                }
            })
            .as("outside the directory, no SQL on its tables and no construction or change of its entities: "
                    + "use its published DirectoryQueries, DirectoryProfiles and MeetingImports");

    static final ArchRule interop_reads_no_tables = noClasses()
            .that().resideInAPackage("nl.zelfhulpwijzer.interop..")
            .should().dependOnClassesThat().belongToAnyOf(EntityManager.class)
            .as("interop owns no tables and reads the directory through its published API");

    static final ArchRule domain_classes_throw_domain_exceptions = noClasses()
            .that().resideInAnyPackage("nl.zelfhulpwijzer.directory", "nl.zelfhulpwijzer.pathways",
                    "nl.zelfhulpwijzer.implementation")
            .should().dependOnClassesThat().haveFullyQualifiedName("nl.zelfhulpwijzer.common.problem.ProblemException")
            .orShould().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
            .as("domain classes throw common/error exceptions, which common/problem alone maps to HTTP");

    @Test
    void featuresUseOnlyThePublishedApiOfOthers() {
        features_use_only_the_published_api_of_others.check(CLASSES);
    }

    @Test
    void noCyclesBetweenFeatures() {
        no_cycles_between_features.check(CLASSES);
    }

    @Test
    void resourcesHoldNoSql() {
        resources_hold_no_sql.check(CLASSES);
    }

    @Test
    void coreNeverImportsRest() {
        core_never_imports_rest.check(CLASSES);
    }

    @Test
    void directoryEntitiesAreQueriedAndBuiltOnlyByTheDirectory() {
        directory_entities_are_queried_and_built_only_by_the_directory.check(CLASSES);
    }

    @Test
    void interopReadsNoTables() {
        interop_reads_no_tables.check(CLASSES);
    }

    @Test
    void domainClassesThrowDomainExceptions() {
        domain_classes_throw_domain_exceptions.check(CLASSES);
    }

    private static boolean directoryEntity(JavaClass c) {
        return c.getPackageName().startsWith(ROOT + "directory") && c.isAnnotatedWith(Entity.class);
    }

    /** Constructors of directory entities, or their Panache queries and writes (reading fields stays allowed). */
    private static DescribedPredicate<JavaAccess<?>> target(boolean constructor) {
        return new DescribedPredicate<>(constructor ? "a constructor of a directory entity"
                : "a Panache query or write on a directory entity") {
            @Override
            public boolean test(JavaAccess<?> access) {
                return directoryEntity(access.getTargetOwner()) && (constructor || access.getName().matches(PANACHE));
            }
        };
    }

    private static final String PANACHE = "find.*|list.*|stream.*|count|delete.*|persist.*|update|getEntityManager";
}
