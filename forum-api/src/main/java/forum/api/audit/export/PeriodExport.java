package forum.api.audit.export;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import forum.api.access.Tenants;
import forum.api.audit.chain.ChainProofs;
import forum.api.audit.chain.Chains;
import forum.api.audit.chain.StoredEvent;
import forum.api.audit.history.HistoryEntry;
import forum.api.audit.history.MunicipalityHistory;
import forum.api.query.QueryProblems;
import forum.api.security.ForumUser;
import forum.projections.municipality.MunicipalityProfile;
import forum.projections.municipality.MunicipalityProfiles;

/**
 * Every event of the municipality's chain in a period as one signed bundle: the events as stored and as read, the
 * chain's proof (the period's events are consecutive links of it: the verifier finds one left out) and a PDF of the
 * history. The national networks' events have a chain of their own and are not in it. A period with no event is not
 * found; one with more than {@link #MOST_EVENTS} events is refused: export shorter periods.
 */
@Service
public class PeriodExport {

    static final int MOST_EVENTS = 20_000;

    private final CaseEvents events;
    private final MunicipalityHistory history;
    private final ChainProofs proofs;
    private final BundleWriter writer;
    private final MunicipalityProfiles municipalities;
    private final CaseFilePdf pdf;
    private final Clock clock;

    PeriodExport(CaseEvents events, MunicipalityHistory history, ChainProofs proofs, BundleWriter writer,
                 MunicipalityProfiles municipalities, CaseFilePdf pdf, Clock clock) {
        this.events = events;
        this.history = history;
        this.proofs = proofs;
        this.writer = writer;
        this.municipalities = municipalities;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** {@code from} included, {@code to} excluded; either null for the start of the history, or now. */
    public Exported period(ForumUser user, Instant from, Instant to) {
        UUID tenantId = Tenants.of(user);
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant start = from == null ? Instant.EPOCH : from;
        Instant end = to == null ? createdAt.plusMillis(1) : to;
        if (!end.isAfter(start)) {
            throw QueryProblems.invalid("to", "must be after from");
        }
        String chain = Chains.of(tenantId);
        List<StoredEvent> stored = events.inPeriod(tenantId, start, end, MOST_EVENTS + 1).stream()
                .filter(event -> chain.equals(Chains.of(event))).toList();
        if (stored.isEmpty()) {
            throw QueryProblems.notFound();
        }
        if (stored.size() > MOST_EVENTS) {
            throw QueryProblems.invalid("to", "the period holds more than " + MOST_EVENTS
                    + " events: export shorter periods");
        }
        Locale locale = LocaleContextHolder.getLocale();
        ChainProofs.Proof proof = CaseExport.proven(proofs, chain, stored);
        Set<String> ids = stored.stream().map(StoredEvent::eventIdentifier).collect(Collectors.toSet());
        List<HistoryEntry> readable = history.ofPeriod(user, start, end).stream()
                .filter(entry -> ids.contains(entry.eventId())).toList();
        String municipalityName = municipalities.of(tenantId).map(MunicipalityProfile::name).orElse(null);

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(Bundle.STORED_EVENTS, writer.json(stored));
        files.put(Bundle.READABLE_EVENTS, writer.json(readable));
        files.put(Bundle.CHAIN_PROOF, writer.proof(proof));
        files.put(Bundle.HISTORY_PDF, pdf.history(new CaseFilePdf.HistoryContent(municipalityName, start, end,
                readable, user.displayName(), createdAt, proof.checkpoint().eventCount(),
                proof.checkpoint().signedAt(), writer.publicKey()), locale));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", Bundle.FORMAT);
        manifest.put("what", Bundle.HISTORY_PERIOD);
        manifest.put("municipality", Map.of("id", tenantId.toString(), "name", String.valueOf(municipalityName)));
        manifest.put("period", Map.of("from", start.toString(), "to", end.toString(), "events", stored.size()));
        manifest.put("createdAt", createdAt.toString());
        manifest.put("createdBy", BundleWriter.exporter(user));
        manifest.put("language", locale.toLanguageTag());
        manifest.put("chain", Map.of("chain", chain, "checkpointEvents", proof.checkpoint().eventCount(),
                "checkpointGlobalIndex", proof.checkpoint().globalIndex(),
                "checkpointSignedAt", proof.checkpoint().signedAt().toString()));
        return new Exported("history-" + tenantId + "-" + createdAt.toString().replace(":", "") + ".zip",
                writer.zip(manifest, files));
    }
}
