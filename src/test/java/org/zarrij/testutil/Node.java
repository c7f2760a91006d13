package org.zarrij.testutil;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the node scripts of src/test/zarrita (zarrita, a JavaScript Zarr implementation, as the peer of
 * interoperability tests; .ci/run installs it with {@code npm ci}). A missing node or missing node_modules is
 * a test failure, not a skip.
 */
public final class Node {
    /** The folder of package.json and the scripts, relative to the project (Surefire runs in it). */
    public static final Path SCRIPTS = Path.of("src", "test", "zarrita");

    private Node() {
    }

    /** Runs {@code SCRIPTS/script} with {@code args}; returns stdout, or throws with stderr when it fails. */
    public static String run(String script, String... args) {
        Path node = executable();
        Path dir = SCRIPTS.toAbsolutePath();
        ensureInstalled(node, dir);
        try {
            List<String> cmd = new ArrayList<>(List.of(node.toString(), dir.resolve(script).toString()));
            cmd.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
            Path err = Files.createTempFile("zarrij-node", ".err");
            try {
                pb.redirectError(err.toFile());
                Process p = pb.start();
                p.getOutputStream().close();
                byte[] out = p.getInputStream().readAllBytes();
                if (!p.waitFor(5, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new AssertionError("node " + script + " timed out");
                }
                if (p.exitValue() != 0) {
                    throw new AssertionError("node " + script + " failed (exit " + p.exitValue() + "):\n"
                            + Files.readString(err));
                }
                return new String(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + node + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Installs the pinned zarrita with {@code npm ci} when it is missing, so the README's test command works on
     * its own; .ci/run does the same up front.
     */
    private static synchronized void ensureInstalled(Path node, Path dir) {
        if (Files.isDirectory(dir.resolve("node_modules").resolve("zarrita"))) {
            return;
        }
        Path npm = node.resolveSibling("npm");
        try {
            Process p = new ProcessBuilder(npm.toString(), "ci", "--no-audit", "--no-fund").directory(dir.toFile())
                    .redirectErrorStream(true).start();
            p.getOutputStream().close();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new AssertionError("`npm ci` in " + dir + " failed:\n" + log);
            }
        } catch (IOException e) {
            throw new AssertionError("zarrita is not installed in " + dir + " and `npm ci` could not run: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** {@code node} from PATH. */
    static Path executable() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String d : path.split(File.pathSeparator)) {
                if (d.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(d, "node");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new AssertionError("node is not on PATH (" + path + "); install Node.js 20 (Debian: apt-get install nodejs npm)");
    }
}
