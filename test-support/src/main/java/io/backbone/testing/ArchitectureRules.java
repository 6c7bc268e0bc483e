package io.backbone.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The one shape of every Backbone service, as rules that fail the build when broken. A service's
 * {@code ArchitectureTest} applies them to its own classes:
 * <pre>
 * &#64;AnalyzeClasses(packages = "io.backbone.catalog", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     &#64;ArchTest
 *     static final ArchTests shape = ArchTests.in(ArchitectureRules.class);
 * }
 * </pre>
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Business rules are plain Java, tested directly: no framework, no database, no HTTP (validation annotations are fine). */
    @ArchTest
    public static final ArchRule rulesAreFrameworkFree = noClasses().that().resideInAnyPackage("..domain..", "..rules..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.smallrye..", "io.vertx..",
                    "com.mongodb..", "org.bson..", "jakarta.ws.rs..", "jakarta.enterprise..", "jakarta.inject..",
                    "org.eclipse.microprofile..", "org.apache.kafka..")
            .because("rules and domain classes are plain Java, testable without a running service")
            .allowEmptyShould(true); // the gateway has no rules of its own

    /** Resources and consumers stay thin: they call use cases, never storage. */
    @ArchTest
    public static final ArchRule entryPointsNeverTouchStorage = noClasses().that().resideInAnyPackage("..rest..", "..messaging..")
            .should().dependOnClassesThat(ownLayer("..repository.."))
            .because("resources and consumers call services; only services use repositories")
            .allowEmptyShould(true);

    /** Storage knows nothing of the use cases or the API above it. */
    @ArchTest
    public static final ArchRule repositoriesOnlyStore = noClasses().that().resideInAPackage("..repository..")
            .should().dependOnClassesThat(ownLayer("..rest..", "..service..", "..messaging..", "..mapping.."))
            .because("repositories only store")
            .allowEmptyShould(true); // the gateway stores nothing

    /** A layer of the service itself: the shared helpers of service-support (paging, problems) belong to none. */
    private static DescribedPredicate<JavaClass> ownLayer(String... packages) {
        return JavaClass.Predicates.resideInAnyPackage(packages)
                .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("io.backbone.support..")))
                .as("classes in the service's own " + String.join(", ", packages));
    }

    @ArchTest
    public static final ArchRule noPackageCycles = slices().matching("io.backbone.(*).(*)..").should().beFreeOfCycles();
}
