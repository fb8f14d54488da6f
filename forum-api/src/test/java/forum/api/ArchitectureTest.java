package forum.api;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * forum-api is feature packages (accounts, venue, meeting, publishing, rebuild, demo, ...) over a few foundations
 * that every request passes through (FOUNDATIONS). A feature's classes are its own: another feature uses only what
 * FEATURE_APIS names, and a foundation uses no feature. Every package directly under forum.api that is not a
 * foundation is a feature, so a new one is held to the same rules without being listed.
 */
@AnalyzeClasses(packages = "forum.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** What every feature builds on: sign-in, roles, errors, paging, read-your-writes, Idempotency-Keys, Axon, the pages' frame. */
    static final Set<String> FOUNDATIONS = Set.of("access", "consistency", "eventstore", "idempotency", "problem",
            "query", "security", "web");

    /** The classes a feature offers other features; everything else of a feature is its own. */
    static final Set<String> FEATURE_APIS = Set.of("forum.api.municipality.SignUp",
            "forum.api.municipality.SignUpRequest", "forum.api.accounts.AccountDirectory",
            "forum.api.publishing.PublisherLag", "forum.api.accounts.AuditorGrants",
            "forum.api.accounts.AuditorGrants$Issued", "forum.api.accounts.AuditorGrantRequest",
            "forum.api.accounts.Invitations", "forum.api.erasure.Erasures", "forum.api.audit.reads.RecordedRead",
            "forum.api.meeting.MeetingReaders", "forum.api.accounts.InvitationTokens",
            "forum.api.sanction.SanctionViews", "forum.api.sanction.SanctionView",
            "forum.api.mail.MailOutbox", "forum.api.mail.MailOutbox$Letter", "forum.api.mail.MailKind",
            "forum.api.mail.NoticeCalendar", "forum.api.mail.NoticeCalendar$Notice");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("forum.api.(*)..")
            .should().beFreeOfCycles()
            .because("two packages that import each other are one package in two places: neither can be read, "
                    + "changed or tested without the other");

    @ArchTest
    static final ArchRule foundationsKnowNoFeature = classes()
            .that(resideInAFoundation())
            .should(onlyHaveDependenciesWhere(targetIsNoFeature()))
            .because("every request passes through the foundations; one that knew a feature would change with it, "
                    + "and every other feature with that");

    @ArchTest
    static final ArchRule featuresUseEachOtherOnlyThroughTheirApi = classes()
            .that(resideInAFeature())
            .should(onlyHaveDependenciesWhere(targetIsOwnOrOffered()))
            .because("a feature's controllers, request bodies and services change with its own endpoints; only the "
                    + "classes of FEATURE_APIS are offered to others (the demo signs its municipalities up through "
                    + "the same SignUp as the HTTP sign-up and grants its auditor through the same AuditorGrants and "
                    + "Invitations as a coordinator, so the demo's data is made like anyone's; the auditor's "
                    + "pages name the people behind a case's events through the AccountDirectory; the operator's "
                    + "health page reads how far the publisher is behind as its gauge does; the retention job erases "
                    + "through the same Erasures as every erasure; a case's reads outside /audit are marked RecordedRead, "
                    + "so that an auditor's reading them is logged as the auditor's pages are; the calendars hold a "
                    + "person to the meeting pages' MeetingReaders and keep their addresses' tokens as invitations do; "
                    + "the decision form weighs the venue by the same SanctionViews as the sanction rules' page and "
                    + "API; invitations and password links put their mails in the MailOutbox in their own "
                    + "transaction, and the calendar lends the mails its .ics through NoticeCalendar)");

    @ArchTest
    static final ArchRule theApplicationWritesNoReadModel = noClasses()
            .should().dependOnClassesThat().haveNameMatching(
                    "forum\\.projections\\.runtime\\.(Projection|ReadModelWrites|Rows|Conditions|GatheredRows)(\\$.*)?")
            .because("read models are written only by their projections, from the topic, in order and with their "
                    + "positions; a write from a request would be lost or doubled at the next rebuild");

    @ArchTest
    static final ArchRule thePublisherKnowsOnlyTheWireFormat = noClasses()
            .that().resideInAPackage("forum.api.publishing..")
            .should().dependOnClassesThat(resideInAPackage("forum.projections..")
                    .and(not(resideInAPackage("forum.projections.contract.."))))
            .because("the publisher writes the records the consumers read; how they apply them is not its business");

    @ArchTest
    static final ArchRule theRebuildReadsTheStoreAsTheWireFormat = noClasses()
            .that().resideInAPackage("forum.api.rebuild..")
            .should().dependOnClassesThat(resideInAPackage("forum.projections..")
                    .and(not(resideInAnyPackage("forum.projections.contract..", "forum.projections.rebuild.."))))
            .because("the rebuild hands the projections' rebuild the store's events as the records of the wire "
                    + "format, nothing of the consumers' runtime");

    /** The first package level under forum.api ("" for forum.api itself), or null outside it. */
    static String sliceOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (name.equals("forum.api")) {
            return "";
        }
        if (!name.startsWith("forum.api.")) {
            return null;
        }
        String below = name.substring("forum.api.".length());
        int dot = below.indexOf('.');
        return dot < 0 ? below : below.substring(0, dot);
    }

    private static boolean isFeature(String slice) {
        return slice != null && !slice.isEmpty() && !FOUNDATIONS.contains(slice);
    }

    private static DescribedPredicate<JavaClass> resideInAFoundation() {
        return DescribedPredicate.describe("reside in a foundation " + FOUNDATIONS,
                javaClass -> FOUNDATIONS.contains(sliceOf(javaClass)));
    }

    private static DescribedPredicate<JavaClass> resideInAFeature() {
        return DescribedPredicate.describe("reside in a feature package", javaClass -> isFeature(sliceOf(javaClass)));
    }

    private static DescribedPredicate<Dependency> targetIsNoFeature() {
        return DescribedPredicate.describe("the target is in no feature package",
                dependency -> !isFeature(sliceOf(dependency.getTargetClass())));
    }

    private static DescribedPredicate<Dependency> targetIsOwnOrOffered() {
        return DescribedPredicate.describe("the target is in the same feature, in no feature or in " + FEATURE_APIS,
                dependency -> {
                    String to = sliceOf(dependency.getTargetClass());
                    String target = dependency.getTargetClass().getName().replaceFirst("\\$.*", "");
                    return !isFeature(to) || to.equals(sliceOf(dependency.getOriginClass()))
                            || FEATURE_APIS.contains(target);
                });
    }
}
