package forum.api.demo;

import static forum.core.venue.IssueCategory.DISORDER;
import static forum.core.venue.IssueCategory.DRUGS;
import static forum.core.venue.IssueCategory.FAKE_ID;
import static forum.core.venue.IssueCategory.OVERSERVING;
import static forum.core.venue.IssueCategory.SERVING_MINORS;
import static forum.core.venue.IssueCategory.UNDERAGE_ADMISSION;
import static forum.core.venue.IssueCategory.VIOLENCE;

import java.util.List;

import forum.api.demo.DemoMunicipality.DemoAccount;
import forum.api.security.Role;
import forum.core.forum.ForumMethod;
import forum.core.forum.MemberRole;
import forum.core.municipality.Country;
import forum.core.venue.DecisionOutcome;
import forum.core.venue.IssueCategory;
import forum.core.venue.RecommendationKind;

/**
 * What the demo's municipalities did over the past year, in their own languages. Karlstad, Örebro and Växjö are
 * the Swedish network's members; Herning (DK) and Træna (NO) belong to no network yet. Meetings are given in days
 * before the first start, about one a quarter or more each, so that every past quarter of the network has three
 * meetings or more while a municipality's own count in a quarter is 1 or 2, which the dashboard suppresses.
 */
final class DemoPlans {

    private DemoPlans() {
    }

    /**
     * A municipality's year; its coordinator signs it up unless the account exists (Karlstad's does).
     * {@code accounts}: its other sign-ins besides the coordinator, each for a person of the forum's list.
     */
    record Plan(String name, Country country, String officialCode, String coordinatorEmail, String coordinatorName,
                List<DemoAccount> accounts, boolean networkMember, Words words, List<Member> members,
                List<Integer> meetingDaysAgo, List<Venue> venues) {
    }

    /**
     * A licensed venue and the issues observed there before the meeting (an index into the plan's meetings, -1
     * for none) where the forum agreed on its recommendation; the authority's decision, if any, three weeks later.
     */
    record Venue(String name, String address, List<IssueCategory> issues, int meeting,
                 RecommendationKind recommendation, DecisionOutcome decision) {
    }

    /** A forum member; {@code email} ties the member to a sign-in, which then sees its own action items. */
    record Member(String name, String email, String organisation, MemberRole role) {
    }

    /** The forum's name and the language of its meetings and cases. */
    record Words(String forum, ForumMethod method, String location, List<String> agenda,
                 String minutes, String decision, List<String> actions, String issue, String reason,
                 String reference, String company, String resolution) {
    }

    static final Words SWEDISH = new Words("Krogar mot knark %s", ForumMethod.KROGAR_MOT_KNARK,
            "Stadshuset, sal 2", List.of("Läget på krogarna", "Tillsyn sedan förra mötet", "Övriga frågor"),
            "Genomgång av händelser på krogarna sedan förra mötet och planering av nästa tillsynsrunda.",
            "Forumet föreslår tillståndsenheten en varning till de krogar som haft upprepade händelser.",
            List.of("Besök krogarna med flest händelser och rapportera till forumet.",
                    "Bjud in krögarna till utbildning i ansvarsfull alkoholservering.",
                    "Sammanställ polisens rapporter inför nästa möte."),
            "Iakttaget av polisen vid en krogrunda.", "Händelserna sedan förra mötet, genomgångna i forumet.",
            "Dnr", "AB", "Åtgärdat efter tillståndsenhetens beslut och ett uppföljande besök.");

    static final Words DANISH = new Words("Ansvarlig udskænkning %s", ForumMethod.RESPONSIBLE_SERVING,
            "Rådhuset, mødelokale 2", List.of("Status på byens barer og natklubber", "Opfølgning på tilsyn",
                    "Eventuelt"),
            "Gennemgang af hændelser i nattelivet siden sidste møde og plan for næste tilsynsrunde.",
            "Forummet anbefaler bevillingsnævnet en skriftlig advarsel til steder med gentagne hændelser.",
            List.of("Besøg stederne med flest hændelser og giv forummet en status.",
                    "Inviter bevillingshaverne til kursus i ansvarlig udskænkning.",
                    "Saml politiets rapporter til næste møde."),
            "Set af politiet på en runde i nattelivet.", "Hændelserne siden sidste møde, drøftet i forummet.",
            "J.nr.", "ApS", "Afhjulpet efter bevillingsnævnets afgørelse og et opfølgende besøg.");

    static final Words NORWEGIAN = new Words("Ruspolitisk arbeidsgruppe %s",
            ForumMethod.ACTION_PLAN_GROUP, "Kommunehuset, møterom 1",
            List.of("Status for skjenkestedene", "Oppfølging av kontroller", "Eventuelt"),
            "Gjennomgang av hendelser på skjenkestedene siden forrige møte og plan for neste kontrollrunde.",
            "Arbeidsgruppen anbefaler bevillingsmyndigheten en skriftlig advarsel til steder med gjentatte hendelser.",
            List.of("Besøk stedene med flest hendelser og gi arbeidsgruppen en status.",
                    "Inviter bevillingshaverne til kurs i ansvarlig vertskap.",
                    "Samle politiets rapporter til neste møte."),
            "Observert av politiet under en kontrollrunde.", "Hendelsene siden forrige møte, drøftet i gruppen.",
            "Saksnr.", "AS", "Rettet etter bevillingsmyndighetens vedtak og et oppfølgingsbesøk.");

    private static List<Member> swedishForum(String coordinatorEmail, String policeEmail) {
        return List.of(
                new Member("Eva Samordnare", coordinatorEmail, "Kommunen", MemberRole.COORDINATOR),
                new Member("Per Polis", policeEmail, "Polisen", MemberRole.POLICE),
                new Member("Lena Tillstånd", null, "Tillståndsenheten", MemberRole.LICENSING),
                new Member("Omar Fältare", null, "SSP", MemberRole.SSP),
                new Member("Karin Krögare", null, "Visita", MemberRole.RESTAURATEUR),
                new Member("Nils Nattvandrare", null, "Nattvandrarna", MemberRole.NIGHT_WALKERS));
    }

    static final List<Plan> MUNICIPALITIES = List.of(
            new Plan(DemoMunicipality.NAME, Country.SE, "1780", DemoAccounts.COORDINATOR, "Eva Samordnare",
                    DemoMunicipality.OTHERS, true, SWEDISH,
                    swedishForum(DemoAccounts.COORDINATOR, DemoAccounts.POLICE),
                    List.of(340, 270, 200, 130, 60, 16), List.of(
                    new Venue("Torgets Bar", "Stora Torget 1, 652 24 Karlstad",
                            List.of(OVERSERVING, OVERSERVING, DRUGS),
                            1, RecommendationKind.WARNING, DecisionOutcome.WARNING),
                    new Venue("Klarälvens Nattklubb", "Västra Torggatan 9, 652 25 Karlstad",
                            List.of(SERVING_MINORS, FAKE_ID, OVERSERVING),
                            2, RecommendationKind.WARNING, DecisionOutcome.WARNING),
                    new Venue("Hamnkrogen", "Inre hamn 3, 652 21 Karlstad",
                            List.of(SERVING_MINORS, OVERSERVING, VIOLENCE),
                            3, RecommendationKind.WARNING, DecisionOutcome.REMARK),
                    new Venue("Kvarterskrogen Värmland", "Drottninggatan 14, 652 25 Karlstad",
                            List.of(OVERSERVING, DISORDER, VIOLENCE, DRUGS),
                            4, RecommendationKind.SUSPENSION, DecisionOutcome.SUSPENSION),
                    // Awaiting the licensing authority's decision: the coordinator's and licensing officer's pages.
                    new Venue("Sandgrund Pub", "Sandgrundsudden 2, 652 26 Karlstad", List.of(DISORDER, VIOLENCE),
                            5, RecommendationKind.WARNING, null))),
            new Plan("Örebro (demo)", Country.SE, "1880", "coordinator@orebro.demo.forum", "Anna Lindqvist",
                    List.of(), true, SWEDISH, swedishForum("coordinator@orebro.demo.forum", null),
                    List.of(320, 230, 140, 50), List.of(
                    new Venue("Järntorgets Krog", "Järntorget 4, 703 61 Örebro",
                            List.of(OVERSERVING, DISORDER, VIOLENCE),
                            2, RecommendationKind.SUSPENSION, DecisionOutcome.SUSPENSION),
                    new Venue("Svampen Bar", "Dalbygatan 2, 703 64 Örebro",
                            List.of(UNDERAGE_ADMISSION, UNDERAGE_ADMISSION, UNDERAGE_ADMISSION),
                            3, RecommendationKind.WARNING, DecisionOutcome.WARNING),
                    new Venue("Slottsparkens Café", "Slottsparken 1, 702 12 Örebro", List.of(), -1, null, null))),
            new Plan("Växjö (demo)", Country.SE, "0780", "coordinator@vaxjo.demo.forum", "Johan Ek",
                    List.of(), true, SWEDISH, swedishForum("coordinator@vaxjo.demo.forum", null),
                    List.of(300, 215, 150, 80, 25), List.of(
                    new Venue("Linnés Nattklubb", "Storgatan 20, 352 31 Växjö",
                            List.of(SERVING_MINORS, SERVING_MINORS, SERVING_MINORS, FAKE_ID, FAKE_ID),
                            4, RecommendationKind.WARNING, null),
                    new Venue("Sjöparkens Pub", "Linnégatan 5, 352 33 Växjö", List.of(OVERSERVING, DRUGS, DRUGS),
                            1, RecommendationKind.REVOCATION, DecisionOutcome.WARNING),
                    new Venue("Teleborgs Kvarterskrog", "Teleborgsvägen 12, 352 52 Växjö", List.of(DISORDER),
                            -1, null, null))),
            new Plan("Herning (demo)", Country.DK, "657", "coordinator@herning.demo.forum", "Mette Jensen",
                    List.of(new DemoAccount("politi@herning.demo.forum", "Lars Nielsen", Role.FORUM_MEMBER),
                            new DemoAccount("bevilling@herning.demo.forum", "Hanne Sørensen",
                                    Role.LICENSING_OFFICER)),
                    false, DANISH, List.of(
                    new Member("Mette Jensen", "coordinator@herning.demo.forum", "Herning Kommune",
                            MemberRole.COORDINATOR),
                    new Member("Lars Nielsen", "politi@herning.demo.forum", "Midt- og Vestjyllands Politi",
                            MemberRole.POLICE),
                    new Member("Hanne Sørensen", "bevilling@herning.demo.forum", "Bevillingsnævnet",
                            MemberRole.LICENSING),
                    new Member("Jesper Madsen", null, "SSP Herning", MemberRole.SSP),
                    new Member("Camilla Pedersen", null, "Horesta", MemberRole.RESTAURATEUR),
                    new Member("Søren Kristensen", null, "Natteravnene Herning", MemberRole.NIGHT_WALKERS)),
                    List.of(335, 250, 165, 95, 40, 12), List.of(
                    new Venue("Bodega Bredgade", "Bredgade 21, 7400 Herning",
                            List.of(OVERSERVING, VIOLENCE, OVERSERVING),
                            2, RecommendationKind.WARNING, DecisionOutcome.WARNING),
                    new Venue("Natklub Søndergade", "Søndergade 8, 7400 Herning",
                            List.of(SERVING_MINORS, FAKE_ID, SERVING_MINORS, FAKE_ID),
                            4, RecommendationKind.SUSPENSION, DecisionOutcome.SUSPENSION),
                    new Venue("Torvecaféen", "Torvet 3, 7400 Herning", List.of(DRUGS, DISORDER),
                            5, RecommendationKind.WARNING, null),
                    new Venue("Østergade Pub", "Østergade 14, 7400 Herning", List.of(DISORDER), -1, null, null))),
            new Plan("Træna (demo)", Country.NO, "1835", "coordinator@traena.demo.forum", "Ingrid Olsen",
                    List.of(new DemoAccount("politi@traena.demo.forum", "Ola Hansen", Role.FORUM_MEMBER)),
                    false, NORWEGIAN, List.of(
                    new Member("Ingrid Olsen", "coordinator@traena.demo.forum", "Træna kommune",
                            MemberRole.COORDINATOR),
                    new Member("Ola Hansen", "politi@traena.demo.forum", "Nordland politidistrikt", MemberRole.POLICE),
                    new Member("Kari Johansen", null, "Bevillingsmyndigheten", MemberRole.LICENSING),
                    new Member("Sigrid Larsen", null, "Helsestasjonen", MemberRole.HEALTH),
                    new Member("Bjørn Nilsen", null, "Utelivsbransjen", MemberRole.RESTAURATEUR)),
                    List.of(320, 200, 110, 30), List.of(
                    new Venue("Træna Gjestehus", "Husøy, 8770 Træna", List.of(OVERSERVING, DISORDER),
                            1, RecommendationKind.NO_ACTION, DecisionOutcome.NO_ACTION),
                    new Venue("Festivalteltet Selvær", "Selvær, 8770 Træna", List.of(VIOLENCE, OVERSERVING, DRUGS),
                            2, RecommendationKind.WARNING, DecisionOutcome.WARNING),
                    new Venue("Kafé Havblikk", "Husøy havn, 8770 Træna", List.of(SERVING_MINORS),
                            3, RecommendationKind.WARNING, null))));

    /** The network's members, in the order they join. */
    static List<Plan> networkMembers() {
        return MUNICIPALITIES.stream().filter(Plan::networkMember).toList();
    }
}
