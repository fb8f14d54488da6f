package forum.api.audit.chain;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar forum-api.jar verify-chain [--tenant <uuid>] [other --properties]}: verifies the chain of one
 * municipality, or every chain, in the configured database (the application starts without publishing, chaining,
 * consuming or sealing clear text), prints the outcome and exits 0 when clean, 1 when a link is broken, 2 when it
 * could not verify.
 */
public final class VerifyChainCommand {

    public static final String NAME = "verify-chain";

    private VerifyChainCommand() {
    }

    public static void main(Class<?> application, String[] args) {
        Optional<String> chain;
        try {
            chain = chain(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.err.println("Usage: java -jar forum-api.jar " + NAME + " [--tenant <municipality id>]");
            System.exit(2);
            return;
        }
        String[] properties = Arrays.stream(args).filter(arg -> arg.startsWith("--") && arg.contains("="))
                .toArray(String[]::new);
        int exit;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .properties("forum.run.publisher=false", "forum.run.projections=false", "forum.run.chainer=false",
                        "forum.personal-data.clear-text-history.enabled=false", "forum.demo.enabled=false",
                        "server.port=0")
                .run(properties)) {
            exit = run(context.getBean(ChainVerification.class), chain, System.out);
        } catch (RuntimeException failure) {
            failure.printStackTrace();
            exit = 2;
        }
        System.exit(exit);
    }

    /** Prints the verification; 0 clean, 1 broken. */
    public static int run(ChainVerification verification, Optional<String> chain, PrintStream out) {
        Verification result = verification.verify(chain);
        out.println("Event chain verified up to global index " + result.chainedUpTo() + " at " + result.verifiedAt()
                + "; checkpoints signed now by public key " + result.publicKey());
        for (Verification.ChainOutcome outcome : result.chains()) {
            String checkpoint = outcome.lastCheckpointAt() == null ? "no checkpoint"
                    : "last checkpoint after " + outcome.lastCheckpointEvents() + " events, signed "
                    + outcome.lastCheckpointAt();
            if (outcome.clean()) {
                out.println("chain " + outcome.chain() + ": clean, " + outcome.events() + " events up to index "
                        + outcome.lastGlobalIndex() + ", " + checkpoint);
            } else {
                Verification.Break broken = outcome.firstBreak();
                out.println("chain " + outcome.chain() + ": BROKEN at global index " + broken.globalIndex() + ": "
                        + broken.what() + (broken.eventIdentifier() == null ? "" : ", event "
                        + broken.eventIdentifier() + " of aggregate " + broken.aggregateIdentifier()) + " ("
                        + broken.detail() + ")");
            }
        }
        out.println(result.clean() ? "CLEAN" : "BROKEN");
        return result.clean() ? 0 : 1;
    }

    /** The chain {@code --tenant <uuid>} (or {@code --tenant=<uuid>}) names; every chain without it. */
    static Optional<String> chain(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String tenant = null;
            if (args[i].equals("--tenant")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--tenant needs a municipality id");
                }
                tenant = args[i + 1];
            } else if (args[i].startsWith("--tenant=")) {
                tenant = args[i].substring("--tenant=".length());
            }
            if (tenant != null) {
                if (Chains.NETWORK.equals(tenant)) {
                    return Optional.of(Chains.NETWORK);
                }
                try {
                    return Optional.of(Chains.of(UUID.fromString(tenant)));
                } catch (IllegalArgumentException notAnId) {
                    throw new IllegalArgumentException("Not a municipality id: " + tenant);
                }
            }
        }
        return Optional.empty();
    }
}
