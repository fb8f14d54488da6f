package forum.api.agreement;

import java.util.List;

import forum.projections.agreement.AgreementView;
import forum.projections.agreement.TrainingView;
import forum.projections.agreement.VenueStanding;

/** A venue's place in the method: its status with each condition, its agreements and its staff's courses. */
public record Membership(VenueStanding standing, List<AgreementView> agreements, List<TrainingView> trainings) {
}
