package forum.api.audit.reads;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import forum.api.access.Allowed;
import forum.api.access.Tenants;
import forum.api.audit.reads.ReadLog.Read;
import forum.api.query.Page;
import forum.api.query.Paging;
import forum.api.query.QueryController;
import forum.api.security.ForumUser;
import io.swagger.v3.oas.annotations.Operation;

@QueryController
class ReadLogController {

    private final ReadLog log;

    ReadLogController(ReadLog log) {
        this.log = log;
    }

    @Operation(summary = "The auditors' reads of the municipality's records, newest first",
            description = "Who read which route with which ids, and when; for the coordinator. Only added to.")
    @GetMapping("/api/v1/audit/reads")
    @Allowed.Coordinators
    public Page<Read> reads(@AuthenticationPrincipal ForumUser user, @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return Page.of(log.reads(Tenants.of(user), Paging.of(page, size)));
    }
}
