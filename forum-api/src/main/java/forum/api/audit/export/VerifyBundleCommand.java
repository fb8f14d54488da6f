package forum.api.audit.export;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * {@code java -jar forum-api.jar verify-bundle <bundle.zip> [--public-key <base64>]}: checks an exported bundle
 * offline, before and without Spring or a database, prints each check and exits 0 when the bundle is valid, 1 when a
 * check fails (named), 2 when it could not be run (no such file, wrong arguments).
 */
public final class VerifyBundleCommand {

    public static final String NAME = "verify-bundle";

    private VerifyBundleCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The command's work; its exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path bundle = null;
        Optional<byte[]> trustedKey = Optional.empty();
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--public-key") && i + 1 < args.length) {
                    trustedKey = Optional.of(Base64.getDecoder().decode(args[++i].trim()));
                } else if (args[i].startsWith("--public-key=")) {
                    trustedKey = Optional.of(Base64.getDecoder().decode(args[i].substring(13).trim()));
                } else if (bundle == null && !args[i].startsWith("--")) {
                    bundle = Path.of(args[i]);
                } else {
                    throw new IllegalArgumentException("Unexpected argument: " + args[i]);
                }
            }
            if (bundle == null) {
                throw new IllegalArgumentException("Which bundle?");
            }
        } catch (IllegalArgumentException wrong) {
            err.println(wrong.getMessage());
            err.println("Usage: java -jar forum-api.jar " + NAME + " <bundle.zip> [--public-key <base64>]");
            return 2;
        }
        byte[] zip;
        try {
            zip = Files.readAllBytes(bundle);
        } catch (IOException unreadable) {
            err.println("Could not read " + bundle + ": " + unreadable);
            return 2;
        }
        BundleVerifier.Report report = BundleVerifier.verify(zip, trustedKey);
        out.println("Bundle " + bundle);
        report.checks().forEach(check -> out.println((check.passed() ? "ok      " : "FAILED  ") + check.what()));
        if (trustedKey.isEmpty()) {
            out.println("note    the public key checked is the bundle's own: give the operator's with --public-key"
                    + " to know who signed it");
        }
        out.println(report.valid() ? "VALID" : "INVALID: " + report.failures().size() + " check(s) failed, the first: "
                + report.failures().get(0).what());
        return report.valid() ? 0 : 1;
    }
}
