package jp.mamori.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency directions of DESIGN.md, checked on the compiled classes of every module: Maven
 * stops a module from compiling against one it does not declare, this stops anyone from declaring
 * a dependency that the architecture forbids.
 */
class ModuleBoundariesTest {

    private static final String CONNECTOR = "jp.mamori.connector..";
    private static final String ENGINE = "jp.mamori.engine..";
    private static final String WOOCOMMERCE = "jp.mamori.woocommerce..";
    private static final String EC_CUBE = "jp.mamori.eccube..";
    private static final String PSP = "jp.mamori.psp..";
    private static final String GATEWAY = "jp.mamori.gateway..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.mamori");
    }

    @Test
    void connectorCoreDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage(CONNECTOR)
                .should().dependOnClassesThat().resideInAnyPackage(ENGINE, WOOCOMMERCE, EC_CUBE, PSP, GATEWAY)
                .check(classes);
    }

    @Test
    void theEngineKnowsOnlyConnectorCoreAndNoFramework() {
        noClasses().that().resideInAPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage(WOOCOMMERCE, EC_CUBE, PSP, GATEWAY, "org.springframework..")
                .check(classes);
    }

    @Test
    void adaptersKnowOnlyConnectorCore() {
        noClasses().that().resideInAnyPackage(WOOCOMMERCE, EC_CUBE, PSP)
                .should().dependOnClassesThat().resideInAnyPackage(ENGINE, GATEWAY)
                .check(classes);
        noClasses().that().resideInAPackage(WOOCOMMERCE)
                .should().dependOnClassesThat().resideInAnyPackage(EC_CUBE, PSP)
                .check(classes);
        noClasses().that().resideInAPackage(EC_CUBE)
                .should().dependOnClassesThat().resideInAnyPackage(WOOCOMMERCE, PSP)
                .check(classes);
        // The PSP adapter has no classes yet; the rule waits for them.
        noClasses().that().resideInAPackage(PSP)
                .should().dependOnClassesThat().resideInAnyPackage(WOOCOMMERCE, EC_CUBE)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void machineryInInternalPackagesStaysInsideItsModule() {
        noClasses().that().resideOutsideOfPackage(CONNECTOR)
                .should().dependOnClassesThat().resideInAPackage("jp.mamori.connector.internal..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage(ENGINE)
                .should().dependOnClassesThat().resideInAPackage("jp.mamori.engine.internal..")
                .check(classes);
    }
}
