package com.roleready.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon and the bounded contexts, checked over every production class of every module. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importAllModules() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.roleready");
    }

    @Test
    void everyModuleIsImported() {
        // Guards against rules passing vacuously because a module's classes are missing.
        ArchitectureRules.assertPackagesPresent(production, "com.roleready.notification.domain",
                "com.roleready.notification.application", "com.roleready.notification.adapter.persistence",
                "com.roleready.notification.adapter.rest", "com.roleready.experimentation.domain",
                "com.roleready.experimentation.application", "com.roleready.experimentation.adapter.rest",
                "com.roleready.shared.adapter.rest", "com.roleready.deployment");
    }

    @Test
    void theDomainUsesNoFrameworkAndNoOuterLayer() {
        ArchitectureRules.DOMAIN_IS_PURE.check(production);
    }

    @Test
    void theApplicationUsesNoFrameworkAndNoAdapter() {
        ArchitectureRules.APPLICATION_IS_PURE.check(production);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        ArchitectureRules.ADAPTERS_ARE_INDEPENDENT.check(production);
    }

    @Test
    void theBoundedContextsTalkOnlyThroughPorts() {
        ArchitectureRules.NOTIFICATION_USES_EXPERIMENTATION_ONLY_THROUGH_PORTS.check(production);
        ArchitectureRules.EXPERIMENTATION_USES_NOTIFICATION_ONLY_THROUGH_PORTS.check(production);
    }

    @Test
    void jpaStaysInsideThePersistenceAdapter() {
        ArchitectureRules.JPA_ONLY_IN_PERSISTENCE_ADAPTER.check(production);
    }

    @Test
    void jaxRsStaysInsideTheRestAdapterAndTheDeployment() {
        ArchitectureRules.JAX_RS_ONLY_IN_REST_ADAPTER.check(production);
    }

    @Test
    void nothingButTheDeploymentDependsOnTheDeployment() {
        ArchitectureRules.DEPLOYMENT_IS_THE_OUTERMOST_RING.check(production);
    }
}
