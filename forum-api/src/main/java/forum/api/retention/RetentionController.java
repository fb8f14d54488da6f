package forum.api.retention;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.security.ForumUser;
import jakarta.validation.Valid;

/** The municipality's retention periods and the retention job's latest runs there, for its coordinator. */
@RestController
@RequestMapping("/api/v1/retention")
class RetentionController {

    static final int LATEST_RUNS = 10;

    /** The periods, each kind's default and bounds, and the latest runs, newest first. */
    record Retention(List<RetentionPeriods.Period> periods, List<RetentionRuns.TenantRun> runs) {
    }

    private final RetentionPeriods periods;
    private final RetentionRuns runs;

    RetentionController(RetentionPeriods periods, RetentionRuns runs) {
        this.periods = periods;
        this.runs = runs;
    }

    @GetMapping
    @Allowed.Coordinators
    public Retention retention(@AuthenticationPrincipal ForumUser user) {
        return new Retention(periods.of(Tenants.of(user)), runs.latest(Tenants.of(user), LATEST_RUNS));
    }

    /** Sets one kind's period; answers every kind's. Out of the kind's bounds: 400, code retention.period-out-of-bounds. */
    @PutMapping("/periods")
    @Allowed.Coordinators
    public List<RetentionPeriods.Period> change(@AuthenticationPrincipal ForumUser user,
                                                @Valid @RequestBody RetentionPeriodRequest request) {
        return periods.change(Tenants.of(user), Map.of(request.kind(), request.days()), user.userId());
    }
}
