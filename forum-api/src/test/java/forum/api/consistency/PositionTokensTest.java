package forum.api.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PositionTokensTest {

    private final PositionTokens tokens = PositionTokens.withSecret("the instances' shared secret");

    @Test
    void canReadTheTokensItGaveOut() {
        Position position = new Position(Map.of("SE-0114", 0L, "2f1c8c1e-52a1-4d0e-9a43-0b1f4c2e7d10", 41L));

        assertThat(tokens.decode(tokens.encode(position))).contains(position);
        assertThat(PositionTokens.withSecret("the instances' shared secret").decode(tokens.encode(position)))
                .contains(position);
    }

    @Test
    void cannotReadATokenSignedWithAnotherSecret() {
        String forged = PositionTokens.withSecret("another secret").encode(Position.of("SE-0114", 900));

        assertThat(tokens.decode(forged)).isEmpty();
    }

    @Test
    void cannotReadATokenWhosePositionWasChanged() {
        String[] parts = tokens.encode(Position.of("SE-0114", 1)).split("\\.");
        String otherPayload = tokens.encode(Position.of("SE-0114", 900)).split("\\.")[1];

        assertThat(tokens.decode(parts[0] + "." + otherPayload + "." + parts[2])).isEmpty();
    }

    @Test
    void cannotReadGarbage() {
        assertThat(tokens.decode("not a position")).isEmpty();
        assertThat(tokens.decode("p1.%%%.###")).isEmpty();
        assertThat(tokens.decode("")).isEmpty();
    }
}
