package com.roleready.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;

/** The rules, shared by the check over production code and the proof that they can fail. */
final class ArchitectureRules {

    /**
     * No javax package at all, not even javax.crypto: signing is the delivery adapter's (ADR 0021). Hipparchus is a
     * maths library (distributions for the experiment statistics, ADR 0013), not a framework.
     */
    static final ArchRule DOMAIN_IS_PURE = classes().that().resideInAPackage("com.roleready..domain..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.hipparchus..", "com.roleready..domain..")
            .because("the domain is plain Java SE: no framework, no application or adapter code");

    static final ArchRule APPLICATION_IS_PURE = classes().that().resideInAPackage("com.roleready..application..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.hipparchus..", "com.roleready..domain..", "com.roleready..application..")
            .because("use cases and ports are plain Java; frameworks live in adapters");

    static final ArchRule ADAPTERS_ARE_INDEPENDENT = slices()
            .matching("com.roleready.*.adapter.(*)..").namingSlices("$1 adapter")
            .should().notDependOnEachOther()
            .as("adapters of different kinds (rest, persistence, delivery) do not depend on each other");

    static final ArchRule NOTIFICATION_USES_EXPERIMENTATION_ONLY_THROUGH_PORTS =
            contextUsesOtherOnlyThroughPorts("notification", "experimentation");

    static final ArchRule EXPERIMENTATION_USES_NOTIFICATION_ONLY_THROUGH_PORTS =
            contextUsesOtherOnlyThroughPorts("experimentation", "notification");

    static final ArchRule JPA_ONLY_IN_PERSISTENCE_ADAPTER = noClasses()
            .that().resideOutsideOfPackage("com.roleready..adapter.persistence..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
            .because("JPA entities and mappers belong to adapters-persistence");

    static final ArchRule JAX_RS_ONLY_IN_REST_ADAPTER = noClasses()
            .that().resideOutsideOfPackages("com.roleready..adapter.rest..", "com.roleready.deployment..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
            .because("HTTP resources and DTOs belong to adapters-rest");

    static final ArchRule DEPLOYMENT_IS_THE_OUTERMOST_RING = noClasses()
            .that().resideOutsideOfPackage("com.roleready.deployment..")
            .should().dependOnClassesThat().resideInAPackage("com.roleready.deployment..")
            .because("only the deployment wires; nothing depends on the wiring");

    private ArchitectureRules() {
    }

    private static ArchRule contextUsesOtherOnlyThroughPorts(String from, String to) {
        return noClasses().that().resideInAPackage("com.roleready." + from + "..")
                .should().dependOnClassesThat(resideIn("com.roleready." + to + "..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                resideIn("com.roleready." + to + ".application.port.."))))
                .because(from + " may use " + to + " only through its ports");
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> resideIn(String packagePattern) {
        return JavaClass.Predicates.resideInAPackage(packagePattern);
    }

    static void assertPackagesPresent(JavaClasses classes, String... packages) {
        for (String name : packages) {
            assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(name)))
                    .as("classes imported from " + name).isTrue();
        }
    }
}
