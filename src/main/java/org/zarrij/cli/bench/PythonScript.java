package org.zarrij.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the benchmark's Python side (bench.py, a resource next to this class) with zarr-python and
 * numcodecs. The script prints one JSON object; stderr is kept for the error message.
 */
final class PythonScript {
    private static final long TIMEOUT_MINUTES = 60;
    private final String executable;

    PythonScript(String executable) {
        this.executable = executable;
    }

    String executable() {
        return executable;
    }

    /** Runs {@code bench.py mode args...} and returns its JSON output. */
    JsonNode run(String mode, String... args) {
        String script = loadScript();
        List<String> cmd = new ArrayList<>(List.of(executable, "-c", script, mode));
        cmd.addAll(List.of(args));
        Path err = null;
        try {
            err = Files.createTempFile("zarr-ij-bench", ".err");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile());
            pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                throw new BenchException("cannot run " + executable + " (zarr-python with numcodecs is needed: "
                        + "apt-get install python3-zarr): " + e.getMessage(), e);
            }
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new BenchException(executable + " bench.py " + mode + ": no answer after " + TIMEOUT_MINUTES
                        + " minutes");
            }
            if (p.exitValue() != 0) {
                throw new BenchException(executable + " bench.py " + mode + " failed (exit " + p.exitValue() + "): "
                        + lastLines(Files.readString(err), 8));
            }
            String text = new String(out, StandardCharsets.UTF_8).trim();
            String last = text.substring(text.lastIndexOf('\n') + 1);
            try {
                return new ObjectMapper().readTree(last);
            } catch (IOException e) {
                throw new BenchException(executable + " bench.py " + mode + ": expected one JSON line, found '"
                        + last + "'", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while waiting for " + executable, e);
        } finally {
            if (err != null) {
                try {
                    Files.deleteIfExists(err);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }

    private static String loadScript() {
        try (InputStream in = PythonScript.class.getResourceAsStream("bench.py")) {
            if (in == null) {
                throw new IllegalStateException("bench.py is missing from the classpath (org/zarrij/cli/bench)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lastLines(String s, int n) {
        String[] lines = s.strip().split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - n), lines.length));
    }
}
