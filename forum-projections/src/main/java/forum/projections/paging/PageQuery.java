package forum.projections.paging;

/** Which page of a list to read: {@code number} from 0, {@code size} from 1 to {@value #MAX_SIZE}. */
public record PageQuery(int number, int size) {

    public static final int MAX_SIZE = 200;

    public PageQuery {
        if (number < 0) {
            throw new IllegalArgumentException("The page number starts at 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_SIZE + " items");
        }
    }

    public static PageQuery first(int size) {
        return new PageQuery(0, size);
    }

    public long offset() {
        return (long) number * size;
    }
}
