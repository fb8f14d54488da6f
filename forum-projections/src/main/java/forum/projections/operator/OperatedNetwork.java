package forum.projections.operator;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A national network with every period of membership, current and past, by municipality name. */
public record OperatedNetwork(UUID networkId, String name, String country, Instant createdAt,
                              List<NetworkMember> memberships) {

    public List<NetworkMember> currentMembers() {
        return memberships.stream().filter(NetworkMember::current).toList();
    }

    public List<NetworkMember> pastMembers() {
        return memberships.stream().filter(member -> !member.current()).toList();
    }
}
