package org.zarrij.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the benchmark's Python side (bench.py, a resource next to this class) with zarr-python and
 * numcodecs. Every answer of the script is one JSON line on stdout; stderr goes to a temp file that is
 * quoted when the script fails.
 */
final class PythonScript {
    private static final long TIMEOUT_MINUTES = 60;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String executable;

    PythonScript(String executable) {
        this.executable = executable;
    }

    String executable() {
        return executable;
    }

    /** Runs {@code bench.py mode args...} to its end and returns its JSON answer. */
    JsonNode run(String mode, String... args) {
        try (Session s = start(mode, args)) {
            JsonNode answer = s.answer();
            s.finish();
            return answer;
        }
    }

    /** Starts {@code bench.py mode args...} for a conversation of request and answer lines. */
    Session start(String mode, String... args) {
        List<String> cmd = new ArrayList<>(List.of(executable, "-c", loadScript(), mode));
        cmd.addAll(List.of(args));
        try {
            Path err = Files.createTempFile("zarr-ij-bench", ".err");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile());
            pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
            try {
                return new Session(pb.start(), err, mode);
            } catch (IOException e) {
                Files.deleteIfExists(err);
                throw new BenchException("cannot run " + executable + " (zarr-python with numcodecs is needed: "
                        + "apt-get install python3-zarr): " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One running bench.py: send a line, read the JSON answer line. */
    final class Session implements AutoCloseable {
        private final Process process;
        private final Path err;
        private final String mode;
        private final BufferedReader out;
        private final OutputStream in;

        private Session(Process process, Path err, String mode) {
            this.process = process;
            this.err = err;
            this.mode = mode;
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.in = process.getOutputStream();
        }

        /** Sends {@code request} and returns the answer. */
        JsonNode ask(String request) {
            try {
                in.write((request + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
            } catch (IOException e) {
                throw failure("does not take requests (" + e.getMessage() + ")", e);
            }
            return answer();
        }

        /** The next answer line. */
        JsonNode answer() {
            String line;
            try {
                line = out.readLine();
            } catch (IOException e) {
                throw failure("cannot be read (" + e.getMessage() + ")", e);
            }
            if (line == null) {
                throw failure("ended without an answer", null);
            }
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw failure("answered '" + line + "', expected one JSON line", e);
            }
        }

        /** Closes the script's input and waits for it to end well. */
        void finish() {
            try {
                in.close();
                if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    throw failure("did not end within " + TIMEOUT_MINUTES + " minutes", null);
                }
                if (process.exitValue() != 0) {
                    throw failure("failed", null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchException("interrupted while waiting for " + executable, e);
            }
        }

        private BenchException failure(String what, Throwable cause) {
            String stderr = "";
            try {
                if (!process.isAlive() || process.waitFor(5, TimeUnit.SECONDS)) {
                    stderr = ": " + lastLines(Files.readString(err), 8);
                }
            } catch (IOException | InterruptedException e) {
                stderr = "";
            }
            String exit = process.isAlive() ? "" : " (exit " + process.exitValue() + ")";
            return new BenchException(executable + " bench.py " + mode + " " + what + exit + stderr, cause);
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // the process is ended below anyway
            }
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            try {
                Files.deleteIfExists(err);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
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
        return String.join("\n", Arrays.copyOfRange(lines, Math.max(0, lines.length - n), lines.length));
    }
}
