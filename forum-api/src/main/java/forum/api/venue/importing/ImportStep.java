package forum.api.venue.importing;

import java.util.UUID;

/** What importing one good line does to the venue its licence number names. */
record ImportStep(ImportLine line, Action action, UUID venueId) {

    enum Action { REGISTER, UPDATE, UNCHANGED }
}
