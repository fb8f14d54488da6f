package forum.api.audit.export;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.stereotype.Service;


import forum.api.access.Tenants;
import forum.api.audit.asof.AsOfViews;
import forum.api.audit.asof.VenueAsOf;
import forum.api.audit.chain.ChainProofs;
import forum.api.audit.chain.Chains;
import forum.api.audit.chain.StoredEvent;
import forum.api.audit.history.HistoryEntry;
import forum.api.audit.history.MunicipalityHistory;
import forum.api.problem.Problems;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.core.venue.LicenceRecommendationIssued;
import forum.core.venue.LicensingDecisionRecorded;
import forum.projections.municipality.MunicipalityProfile;
import forum.projections.municipality.MunicipalityProfiles;

/**
 * A venue case as one signed bundle ({@link Bundle}): its events as stored (sealed personal values stay ciphertext)
 * and as the exporting reader may read them (opened, erased ones shown as erased, actors named with their roles then),
 * the chain's proof to a signed checkpoint, the case file as of each recommendation issued and each licensing
 * decision, a printable PDF in the reader's language, and the manifest signed with the operator's key.
 */
@Service
public class CaseExport {

    /** The decisions whose moment the bundle keeps the case file of. */
    private static final Set<String> DECISIONS = Set.of(LicenceRecommendationIssued.class.getName(),
            LicensingDecisionRecorded.class.getName());

    /** The case file as of one decision. */
    record AtDecision(String file, String kind, Instant at, VenueAsOf view) {
    }

    private final CaseEvents events;
    private final MunicipalityHistory history;
    private final AsOfViews asOf;
    private final ChainProofs proofs;
    private final BundleWriter writer;
    private final MunicipalityProfiles municipalities;
    private final CaseFilePdf pdf;
    private final Clock clock;

    CaseExport(CaseEvents events, MunicipalityHistory history, AsOfViews asOf, ChainProofs proofs, BundleWriter writer,
               MunicipalityProfiles municipalities, CaseFilePdf pdf, Clock clock) {
        this.events = events;
        this.history = history;
        this.asOf = asOf;
        this.proofs = proofs;
        this.writer = writer;
        this.municipalities = municipalities;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The venue's case; another municipality's venue, or none, is not found. */
    public Exported venueCase(ForumUser user, UUID venueId) {
        UUID tenantId = Tenants.of(user);
        List<StoredEvent> stored = events.of(tenantId, venueId);
        if (stored.isEmpty() || !"Venue".equals(stored.get(0).type())) {
            throw QueryProblems.notFound();
        }
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Locale locale = LocaleContextHolder.getLocale();
        String chain = Chains.of(tenantId);
        ChainProofs.Proof proof = proven(proofs, chain, stored);
        List<HistoryEntry> readable = history.ofAggregate(user, venueId.toString());
        List<AtDecision> decisions = atDecisions(user, venueId, stored);
        Instant lastChange = Instant.parse(stored.get(stored.size() - 1).timeStamp());
        VenueAsOf caseFile = asOf.venue(user, venueId, lastChange);
        MunicipalityProfile municipality = municipalities.of(tenantId).orElse(null);
        String municipalityName = municipality == null ? null : municipality.name();

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(Bundle.STORED_EVENTS, writer.json(stored));
        files.put(Bundle.READABLE_EVENTS, writer.json(readable));
        files.put(Bundle.CHAIN_PROOF, writer.proof(proof));
        for (AtDecision decision : decisions) {
            files.put(decision.file(), writer.json(decision.view()));
        }
        files.put(Bundle.CASE_FILE_PDF, pdf.caseFile(new CaseFilePdf.Content(municipalityName, caseFile, readable,
                decisions, user.displayName(), createdAt, proof.checkpoint().eventCount(),
                proof.checkpoint().signedAt(), writer.publicKey()), locale));

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", Bundle.FORMAT);
        manifest.put("what", Bundle.VENUE_CASE);
        manifest.put("municipality", Map.of("id", tenantId.toString(), "name", String.valueOf(municipalityName)));
        manifest.put("venue", Map.of("id", venueId.toString(), "name", caseFile.name(), "events", stored.size()));
        manifest.put("createdAt", createdAt.toString());
        manifest.put("createdBy", BundleWriter.exporter(user));
        manifest.put("language", locale.toLanguageTag());
        manifest.put("chain", Map.of("chain", chain, "checkpointEvents", proof.checkpoint().eventCount(),
                "checkpointGlobalIndex", proof.checkpoint().globalIndex(),
                "checkpointSignedAt", proof.checkpoint().signedAt().toString()));
        return new Exported("venue-case-" + venueId + "-" + createdAt.toString().replace(":", "") + ".zip",
                writer.zip(manifest, files));
    }

    private List<AtDecision> atDecisions(ForumUser user, UUID venueId, List<StoredEvent> stored) {
        List<AtDecision> decisions = new ArrayList<>();
        for (StoredEvent event : stored) {
            if (DECISIONS.contains(event.payloadType())) {
                String kind = event.payloadType().substring(event.payloadType().lastIndexOf('.') + 1);
                Instant at = Instant.parse(event.timeStamp());
                decisions.add(new AtDecision(String.format("%s%03d-%s.json", Bundle.AS_OF_FOLDER,
                        event.sequenceNumber(), kind), kind, at, asOf.venue(user, venueId, at)));
            }
        }
        return decisions;
    }

    /** The chain's proof of these events, first to last; a 503 problem while the chainer has not reached the last. */
    static ChainProofs.Proof proven(ChainProofs proofs, String chain, List<StoredEvent> events) {
        try {
            return proofs.proof(chain, events.get(0).globalIndex(), events.get(events.size() - 1).globalIndex());
        } catch (ChainProofs.ChainBehind behind) {
            HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
            throw new ErrorResponseException(status, Problems.of(status, "chain-behind", "Not chained yet",
                    "The newest events are not in the hash chain yet: try again in a moment"), behind);
        }
    }
}
