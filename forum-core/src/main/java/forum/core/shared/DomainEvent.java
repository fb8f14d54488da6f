package forum.core.shared;

/** Marker of every event in the contract; each aggregate seals its own sub-interface. */
public interface DomainEvent {
}
