package org.zarrij.ngff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.zarrij.array.ArrayDefinition;
import org.zarrij.array.Json;
import org.zarrij.array.Zarr;
import org.zarrij.dtype.DataType;
import org.zarrij.store.FileSystemStore;
import org.zarrij.store.Store;

/** Copies, edits and validates hierarchies on disk for the hierarchy tests. */
final class HierarchyFixtures {
    private HierarchyFixtures() {
    }

    static ValidationReport validate(Path root) {
        return validate(root, Hierarchy.MAX_NODES);
    }

    static ValidationReport validate(Path root, int maxNodes) {
        try (Store store = new FileSystemStore(root, true)) {
            return new HierarchyValidator(store, "", maxNodes).run();
        }
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void move(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Edits a JSON file (.zattrs, or a zarr.json whose attributes the edit gets for v3). */
    static void edit(Path file, Consumer<ObjectNode> edit) {
        try {
            ObjectNode doc = Json.parseObject(Files.readAllBytes(file), file.toString());
            edit.accept(file.getFileName().toString().equals("zarr.json") ? (ObjectNode) doc.get("attributes") : doc);
            Files.write(file, Json.write(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the array at {@code path} (below {@code root}) by one of our engine's. */
    static void array(Path root, String path, int zarrFormat, DataType type, List<String> dimensionNames, long... shape) {
        int[] chunks = new int[shape.length];
        java.util.Arrays.fill(chunks, 8);
        ArrayDefinition d = ArrayDefinition.of(shape, chunks, type).withZarrFormat(zarrFormat);
        if (dimensionNames != null) {
            d = d.withDimensionNames(dimensionNames);
        }
        if (zarrFormat == 2) {
            d = d.withSeparator('/');
        }
        Path dir = root.resolve(path);
        if (Files.exists(dir)) {
            delete(dir);
        }
        try (Store store = new FileSystemStore(root, false)) {
            Zarr.createArray(store, path, d, true);
        }
    }

    /** Asserts {@code rule} is reported at {@code location}, and that every error is one of {@code allowed}. */
    static void assertFinding(ValidationReport r, Rule rule, String location, Rule... allowed) {
        assertTrue(r.issues().stream().anyMatch(i -> i.rule() == rule && i.location().equals(location)),
                "expected " + rule.id() + " at " + location + ", found " + DocumentRulesTest.lines(r));
        Set<Rule> ok = Stream.concat(Stream.of(rule), Stream.of(allowed)).collect(Collectors.toSet());
        Set<Rule> others = r.errors().stream().map(Issue::rule).filter(x -> !ok.contains(x)).collect(Collectors.toSet());
        assertEquals(Set.of(), others, DocumentRulesTest.lines(r));
        if (rule.severity() == Severity.ERROR) {
            assertFalse(r.isValid());
        }
    }

    static void assertClean(ValidationReport r) {
        assertTrue(r.issues().isEmpty(), DocumentRulesTest.lines(r));
    }
}
