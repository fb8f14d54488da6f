package forum.core.agreement;

/** A venue's place in the method: green (member), orange (joining or lapsing), or none. */
public enum MethodStatus {
    MEMBER, JOINING, LAPSING, NOT_MEMBER;

    public boolean listedInPublic() {
        return this != NOT_MEMBER;
    }
}
