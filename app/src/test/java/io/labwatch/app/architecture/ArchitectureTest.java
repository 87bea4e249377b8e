package io.labwatch.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module arrows, pinned: domain ← reports ← api and web ← app, and nothing the other way; web uses only the
 * public surface of reports (the brief model, BriefService, BriefSubscriptions and the renderers), and domain.shared, which every feature
 * uses, uses no feature; the registry's generic core (exchange) knows no kind of fact, each of which lives in its own
 * package with its entity, record, store and summary, and the figure rules (figures) know only what every fact is.
 * Plain JUnit over the compiled classes: no Quarkus boot.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void read() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.labwatch");
    }

    @Test
    void theDomainKnowsNoOtherModule() {
        noClasses().that().resideInAPackage("io.labwatch.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.labwatch.reports..", "io.labwatch.api..", "io.labwatch.web..",
                        "io.labwatch.app..")
                .check(classes);
    }

    @Test
    void reportsKnowOnlyTheDomain() {
        noClasses().that().resideInAPackage("io.labwatch.reports..")
                .should().dependOnClassesThat().resideInAnyPackage("io.labwatch.api..", "io.labwatch.web..", "io.labwatch.app..")
                .check(classes);
    }

    @Test
    void theApiAndThePagesKnowNeitherEachOtherNorTheApplication() {
        noClasses().that().resideInAPackage("io.labwatch.api..")
                .should().dependOnClassesThat().resideInAnyPackage("io.labwatch.web..", "io.labwatch.app..").check(classes);
        noClasses().that().resideInAPackage("io.labwatch.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.labwatch.api..", "io.labwatch.app..").check(classes);
    }

    @Test
    void pagesUseOnlyThePublicSurfaceOfReports() {
        noClasses().that().resideInAPackage("io.labwatch.web..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("reports internals", c ->
                        c.getPackageName().startsWith("io.labwatch.reports")
                                && !c.getPackageName().startsWith("io.labwatch.reports.brief")
                                && !c.getPackageName().startsWith("io.labwatch.reports.render")
                                && !c.getName().equals("io.labwatch.reports.build.BriefService")
                                && !c.getName().startsWith("io.labwatch.reports.delivery.BriefSubscriptions")))
                .because("the brief model, BriefService, BriefSubscriptions and the renderers are what pages may use of reports")
                .check(classes);
    }

    @Test
    void theSharedPartOfTheDomainUsesNoFeature() {
        noClasses().that().resideInAPackage("io.labwatch.domain.shared..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("a feature of the domain", c ->
                        c.getPackageName().startsWith("io.labwatch.domain.") && !c.getPackageName().startsWith("io.labwatch.domain.shared")))
                .check(classes);
    }

    @Test
    void theRegistryCoreKnowsNoKindOfFact() {
        noClasses().that().resideInAPackage("io.labwatch.domain.exchange")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("a kind's own package", c ->
                        c.getPackageName().startsWith("io.labwatch.domain.") && !java.util.Set.of("io.labwatch.domain.exchange",
                                "io.labwatch.domain.shared", "io.labwatch.domain.listing", "io.labwatch.domain.lab", "io.labwatch.domain.person",
                                "io.labwatch.domain.source").contains(c.getPackageName())))
                .because("a kind of fact is one package: the core resolves only the labs, people and sources facts name")
                .check(classes);
    }

    @Test
    void figureRulesKnowOnlyWhatEveryFactIs() {
        noClasses().that().resideInAPackage("io.labwatch.domain.figures")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("a feature of the domain", c ->
                        c.getPackageName().startsWith("io.labwatch.domain.") && !c.getPackageName().startsWith("io.labwatch.domain.shared")
                                && !c.getPackageName().equals("io.labwatch.domain.figures")))
                .check(classes);
    }
}
