package forum.api.venue.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import forum.core.shared.DomainRuleViolation;
import forum.core.venue.RegisterVenue;
import forum.core.venue.UpdateVenueDetails;
import forum.core.venue.VenueDetail;
import forum.projections.venue.CurrentVenue;
import forum.projections.venue.VenuesByLicence;

/**
 * Imports venues from a file, matched by licence number within the municipality: a new number registers a venue, a
 * known one with other details updates it, the same details change nothing. Sent as the same commands a person
 * sends, so every change is on the venue's timeline. A file with any problem imports nothing.
 */
@Service
public class VenueImport {

    private static final int SENDERS = 4;

    private final VenuesByLicence venues;
    private final CommandGateway commands;

    VenueImport(VenuesByLicence venues, CommandGateway commands) {
        this.venues = venues;
        this.commands = commands;
    }

    /** What importing the file would do; nothing is sent. */
    ImportPlan plan(UUID tenantId, byte[] content) {
        ImportFile file = VenueCsv.read(content);
        Map<String, List<CurrentVenue>> known = venues.of(tenantId);
        List<ImportProblem> problems = new ArrayList<>(file.problems());
        List<ImportStep> steps = new ArrayList<>();
        for (ImportLine line : file.lines()) {
            List<CurrentVenue> matches = known.getOrDefault(line.licenceNumber(), List.of());
            if (matches.isEmpty()) {
                steps.add(new ImportStep(line, ImportStep.Action.REGISTER, importedId(tenantId, line)));
            } else if (matches.size() > 1) {
                problems.add(new ImportProblem(line.line(), "licenceNumber", "ambiguous-licence-number"));
            } else if (same(matches.get(0), line)) {
                steps.add(new ImportStep(line, ImportStep.Action.UNCHANGED, matches.get(0).venueId()));
            } else if (matches.get(0).closed()) {
                problems.add(new ImportProblem(line.line(), "licenceNumber", "venue-closed"));
            } else {
                steps.add(new ImportStep(withPeriodKept(line, matches.get(0)), ImportStep.Action.UPDATE,
                        matches.get(0).venueId()));
            }
        }
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        return new ImportPlan(file.venueLines(), steps, problems);
    }

    ImportOutcome dryRun(UUID tenantId, byte[] content) {
        ImportPlan plan = plan(tenantId, content);
        return new ImportOutcome(true, false, plan.venueLines(), plan.count(ImportStep.Action.REGISTER),
                plan.count(ImportStep.Action.UPDATE), plan.count(ImportStep.Action.UNCHANGED), plan.problems());
    }

    /** Imports a clean file; a file with problems answers them and sends nothing. */
    ImportOutcome run(UUID tenantId, byte[] content) {
        ImportPlan plan = plan(tenantId, content);
        if (!plan.clean()) {
            return new ImportOutcome(false, false, plan.venueLines(), 0, 0, 0, plan.problems());
        }
        List<Sent> sent = sendAll(tenantId, plan.steps());
        long registered = sent.stream().filter(result -> result == Sent.REGISTERED).count();
        long updated = sent.stream().filter(result -> result == Sent.UPDATED).count();
        long unchanged = sent.stream().filter(result -> result == Sent.UNCHANGED).count();
        List<ImportProblem> refused = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i) == Sent.REFUSED) {
                refused.add(new ImportProblem(plan.steps().get(i).line().line(), VenueCsv.FILE, "refused"));
            }
        }
        return new ImportOutcome(false, true, plan.venueLines(), registered, updated, unchanged, refused);
    }

    private enum Sent { REGISTERED, UPDATED, UNCHANGED, REFUSED }

    /**
     * Each line's commands, a few lines at a time: every line is a venue of its own, and each command waits for its
     * commit, so commits of several lines share the disk's flushes. The senders act as the request's user and note
     * their appends for the request, as its own thread would. Inside a transaction of the caller's (a request under
     * an Idempotency-Key commits its effects with its answer) the lines are sent on the caller's thread, one by one.
     */
    private List<Sent> sendAll(UUID tenantId, List<ImportStep> steps) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return steps.stream().map(step -> send(tenantId, step)).toList();
        }
        SecurityContext user = SecurityContextHolder.getContext();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<Sent>> results = steps.stream().map(step -> senders.submit(() -> {
                SecurityContextHolder.setContext(user);
                RequestContextHolder.setRequestAttributes(request);
                try {
                    return send(tenantId, step);
                } finally {
                    RequestContextHolder.resetRequestAttributes();
                    SecurityContextHolder.clearContext();
                }
            })).toList();
            List<Sent> sent = new ArrayList<>();
            for (Future<Sent> result : results) {
                sent.add(outcome(result));
            }
            return sent;
        } finally {
            senders.shutdownNow();
        }
    }

    private static Sent outcome(Future<Sent> result) {
        try {
            return result.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", interrupted);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("A line of the import failed", failed.getCause());
        }
    }

    private Sent send(UUID tenantId, ImportStep step) {
        try {
            return switch (step.action()) {
                case REGISTER -> register(tenantId, step) ? Sent.REGISTERED
                        : update(tenantId, step).isEmpty() ? Sent.UNCHANGED : Sent.UPDATED;
                case UPDATE -> update(tenantId, step).isEmpty() ? Sent.UNCHANGED : Sent.UPDATED;
                case UNCHANGED -> Sent.UNCHANGED;
            };
        } catch (DomainRuleViolation violation) {
            // Changed by someone else since the plan (closed, say): this line is refused, the others go on.
            return Sent.REFUSED;
        }
    }

    /**
     * Registers the line's venue under an id derived from the municipality and the licence number, so that the same
     * file sent again before the register shows the first import's venues registers nothing twice. False when a
     * venue of that id exists already.
     */
    private boolean register(UUID tenantId, ImportStep step) {
        ImportLine line = step.line();
        try {
            commands.sendAndWait(new RegisterVenue(tenantId, step.venueId(), line.name(), line.address(),
                    line.licenceNumber(), line.licenceHolder(), line.licenceKind(), line.servingHours(),
                    line.licenceValidFrom(), line.licenceValidTo()));
        } catch (AggregateStreamCreationException registeredAlready) {
            return false;
        }
        return true;
    }

    private Set<VenueDetail> update(UUID tenantId, ImportStep step) {
        ImportLine line = step.line();
        Set<VenueDetail> changed = commands.sendAndWait(new UpdateVenueDetails(tenantId, step.venueId(), line.name(),
                line.address(), line.licenceHolder(), line.licenceKind(), line.servingHours(),
                line.licenceValidFrom(), line.licenceValidTo()));
        return changed == null ? Set.of() : changed;
    }

    private static ImportLine withPeriodKept(ImportLine line, CurrentVenue venue) {
        return new ImportLine(line.line(), line.licenceNumber(), line.name(), line.address(), line.licenceHolder(),
                line.licenceKind(), line.servingHours(),
                line.licenceValidFrom() == null ? venue.licenceValidFrom() : line.licenceValidFrom(),
                line.licenceValidTo() == null ? venue.licenceValidTo() : line.licenceValidTo());
    }

    private static UUID importedId(UUID tenantId, ImportLine line) {
        return UUID.nameUUIDFromBytes(("venue-import:" + tenantId + ":" + line.licenceNumber())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A blank licence period in the file keeps the venue's. */
    private static boolean same(CurrentVenue venue, ImportLine line) {
        return venue.name().equals(line.name()) && venue.address().equals(line.address())
                && venue.licenceHolder().equals(line.licenceHolder()) && venue.licenceKind() == line.licenceKind()
                && venue.servingHours().equals(line.servingHours())
                && (line.licenceValidFrom() == null || line.licenceValidFrom().equals(venue.licenceValidFrom()))
                && (line.licenceValidTo() == null || Objects.equals(line.licenceValidTo(), venue.licenceValidTo()));
    }
}
