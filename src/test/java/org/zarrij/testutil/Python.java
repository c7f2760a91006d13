package org.zarrij.testutil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's /usr/bin/python3 (with python3-zarr, python3-numcodecs, python3-numpy, installed by
 * .ci/run) as the real peer of interoperability tests. A missing interpreter is a test failure, not a skip.
 */
public final class Python {
    public static final String EXECUTABLE = "/usr/bin/python3";

    private Python() {
    }

    /** Runs {@code script} with {@code args}; returns stdout, or throws with stderr when it fails. */
    public static String run(String script, String... args) {
        try {
            Path file = Files.createTempFile("zarrij-test", ".py");
            try {
                Files.writeString(file, script);
                List<String> cmd = new ArrayList<>(List.of(EXECUTABLE, file.toString()));
                cmd.addAll(List.of(args));
                ProcessBuilder pb = new ProcessBuilder(cmd);
                pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
                Path err = Files.createTempFile("zarrij-test", ".err");
                pb.redirectError(err.toFile());
                Process p = pb.start();
                byte[] out = p.getInputStream().readAllBytes();
                if (!p.waitFor(10, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new AssertionError("python timed out");
                }
                String stderr = Files.readString(err);
                Files.deleteIfExists(err);
                if (p.exitValue() != 0) {
                    throw new AssertionError("python failed (exit " + p.exitValue() + "):\n" + stderr);
                }
                return new String(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + EXECUTABLE + " (install python3-zarr): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
