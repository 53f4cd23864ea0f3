package com.roleready.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each rule rejects a deliberate violation (test fixtures in *.fixture packages), so none passes vacuously. */
class ArchitectureRulesCanFailTest {

    private static JavaClasses violations;

    @BeforeAll
    static void importFixtures() {
        violations = new ClassFileImporter().importPackages(
                "com.roleready.notification.domain.fixture",
                "com.roleready.notification.application.fixture",
                "com.roleready.notification.adapter.rest.fixture",
                "com.roleready.experimentation.domain.fixture",
                "com.roleready.notification.adapter.persistence");
    }

    @Test
    void aDomainClassUsingJpaBreaksDomainPurity() {
        assertFails(ArchitectureRules.DOMAIN_IS_PURE, "DomainObjectUsingJpa");
    }

    @Test
    void aDomainClassSigningWithJavaxCryptoBreaksDomainPurity() {
        assertFails(ArchitectureRules.DOMAIN_IS_PURE, "DomainObjectSigning");
    }

    @Test
    void aServiceUsingAnAdapterBreaksApplicationPurity() {
        assertFails(ArchitectureRules.APPLICATION_IS_PURE, "ServiceUsingAnAdapter");
    }

    @Test
    void aRestResourceUsingThePersistenceAdapterBreaksAdapterIndependence() {
        assertFails(ArchitectureRules.ADAPTERS_ARE_INDEPENDENT, "ResourceUsingPersistence");
    }

    @Test
    void experimentationUsingTheNotificationDomainBreaksContextIsolation() {
        assertFails(ArchitectureRules.EXPERIMENTATION_USES_NOTIFICATION_ONLY_THROUGH_PORTS,
                "ExperimentReachingIntoNotification");
    }

    @Test
    void jpaOutsideThePersistenceAdapterIsCaught() {
        assertFails(ArchitectureRules.JPA_ONLY_IN_PERSISTENCE_ADAPTER, "DomainObjectUsingJpa");
    }

    private static void assertFails(ArchRule rule, String offender) {
        assertThatThrownBy(() -> rule.check(violations)).isInstanceOf(AssertionError.class).hasMessageContaining(offender);
    }
}
