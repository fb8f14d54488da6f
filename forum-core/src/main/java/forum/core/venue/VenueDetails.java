package forum.core.venue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;

import forum.core.shared.DomainRuleViolation;
import forum.core.shared.Require;

/**
 * A venue's changeable details as the aggregate keeps them, to tell what a requested update changes. A class, not a
 * record: it is the aggregate's state, not a message, and the message contract's tests look at every record.
 */
final class VenueDetails {

    private String name;
    private String address;
    /**
     * The licence holder is personal data: the aggregate's snapshot (its fields, serialised) keeps only a digest, to
     * tell an update that changes the holder; the name itself stays in memory (transient) for the update's event.
     */
    private transient String licenceHolder;
    private String licenceHolderDigest;
    private LicenceKind licenceKind;
    private String servingHours;
    private LocalDate licenceValidFrom;
    private LocalDate licenceValidTo;

    /** For a snapshot's deserialisation, which sets the fields. */
    private VenueDetails() {
    }

    private VenueDetails(String name, String address, String licenceHolder, LicenceKind licenceKind,
                         String servingHours, LocalDate licenceValidFrom, LocalDate licenceValidTo) {
        this.name = name;
        this.address = address;
        this.licenceHolder = licenceHolder;
        this.licenceHolderDigest = digest(licenceHolder);
        this.licenceKind = licenceKind;
        this.servingHours = servingHours;
        this.licenceValidFrom = licenceValidFrom;
        this.licenceValidTo = licenceValidTo;
    }

    VenueDetailsUpdated updated(java.util.UUID tenantId, java.util.UUID venueId, Set<VenueDetail> changed) {
        return new VenueDetailsUpdated(tenantId, venueId, changed, name, address, licenceHolder, licenceKind,
                servingHours, licenceValidFrom, licenceValidTo);
    }

    static VenueDetails of(UpdateVenueDetails command) {
        Require.text(command.name(), "name", Require.NAME);
        Require.text(command.address(), "address", Require.LINE);
        Require.text(command.licenceHolder(), "licenceHolder", Require.NAME);
        Require.present(command.licenceKind(), "licenceKind");
        Require.text(command.servingHours(), "servingHours", Require.LINE);
        requirePeriod(command.licenceValidFrom(), command.licenceValidTo());
        return new VenueDetails(command.name(), command.address(), command.licenceHolder(), command.licenceKind(),
                command.servingHours(), command.licenceValidFrom(), command.licenceValidTo());
    }

    static VenueDetails of(VenueRegistered event) {
        return new VenueDetails(event.name(), event.address(), event.licenceHolder(), event.licenceKind(),
                event.servingHours(), event.licenceValidFrom(), event.licenceValidTo());
    }

    static void requirePeriod(LocalDate validFrom, LocalDate validTo) {
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new DomainRuleViolation("venue.licence-ends-before-it-starts", "licenceValidTo",
                    "A licence cannot end before it starts");
        }
    }

    static VenueDetails of(VenueDetailsUpdated event) {
        return new VenueDetails(event.name(), event.address(), event.licenceHolder(), event.licenceKind(),
                event.servingHours(), event.licenceValidFrom(), event.licenceValidTo());
    }

    /** The details that {@code requested} holds otherwise than these. */
    Set<VenueDetail> changedIn(VenueDetails requested) {
        Set<VenueDetail> changed = EnumSet.noneOf(VenueDetail.class);
        if (!name.equals(requested.name)) {
            changed.add(VenueDetail.NAME);
        }
        if (!address.equals(requested.address)) {
            changed.add(VenueDetail.ADDRESS);
        }
        if (!Objects.equals(licenceHolderDigest, requested.licenceHolderDigest)) {
            changed.add(VenueDetail.LICENCE_HOLDER);
        }
        if (licenceKind != requested.licenceKind) {
            changed.add(VenueDetail.LICENCE_KIND);
        }
        if (!servingHours.equals(requested.servingHours)) {
            changed.add(VenueDetail.SERVING_HOURS);
        }
        if (!Objects.equals(licenceValidFrom, requested.licenceValidFrom)
                || !Objects.equals(licenceValidTo, requested.licenceValidTo)) {
            changed.add(VenueDetail.LICENCE_PERIOD);
        }
        return changed;
    }

    private static String digest(String licenceHolder) {
        if (licenceHolder == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("licence-holder/" + licenceHolder).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
