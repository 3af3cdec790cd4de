package org.rbe.governance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Frameworks stay where they belong: the engine's delegate API in process adapters, Shiro in security, iText in minutes. */
@AnalyzeClasses(packages = "org.rbe.governance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule engineDelegateApiOnlyInProcessAdapters = noClasses()
            .that().resideOutsideOfPackages("..process..", "..internal..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.delegate..")
            .because("BPMN delegates and listeners are thin adapters in a module's process package");

    @ArchTest
    static final ArchRule shiroOnlyInSecurity = noClasses()
            .that().resideOutsideOfPackage("..security..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.shiro..")
            .because("modules ask security.CurrentUser instead of Shiro");

    @ArchTest
    static final ArchRule iTextOnlyInMinutes = noClasses()
            .that().resideOutsideOfPackage("..minutes..")
            .should().dependOnClassesThat().resideInAPackage("com.itextpdf..")
            .because("only the minutes module renders and signs PDF");

    @ArchTest
    static final ArchRule noVagueClassNames = noClasses()
            .should().haveSimpleNameEndingWith("Manager")
            .orShould().haveSimpleNameEndingWith("Util")
            .orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Impl")
            .because("services are named by their role in the domain");
}
