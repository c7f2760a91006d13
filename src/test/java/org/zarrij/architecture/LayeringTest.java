package org.zarrij.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers of docs/architecture.md honest: a package imports only its own layer and the layers
 * below it (errors, store, dtype, codec, array, ngff, cli), and nothing below the front ends imports
 * ImageJ, SciJava or imglib2.
 */
class LayeringTest {
    private static final List<String> LAYERS = List.of("org.zarrij", "org.zarrij.store", "org.zarrij.dtype",
            "org.zarrij.codec", "org.zarrij.array", "org.zarrij.ngff", "org.zarrij.cli");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\b(org\\.zarrij(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    private static int layer(String pkg) {
        int best = -1;
        for (int i = 0; i < LAYERS.size(); i++) {
            String l = LAYERS.get(i);
            if (pkg.equals(l) || pkg.startsWith(l + ".") && i > 0) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void packagesDependOnlyOnLowerLayers() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String src = Files.readString(f);
                Matcher pm = PACKAGE.matcher(src);
                if (!pm.find()) {
                    continue;
                }
                int own = layer(pm.group(1));
                java.util.Set<String> used = new java.util.TreeSet<>();
                Matcher im = IMPORT.matcher(src);
                while (im.find()) {
                    used.add(im.group(1));
                }
                Matcher qm = QUALIFIED.matcher(src);
                while (qm.find()) {
                    used.add(qm.group(1));
                }
                for (String u : used) {
                    if (u.startsWith("org.zarrij") && layer(u) > own) {
                        violations.add(f + " (" + LAYERS.get(own) + ") uses " + u);
                    }
                    if (own < LAYERS.indexOf("org.zarrij.cli") && (u.startsWith("ij") || u.startsWith("net.imagej")
                            || u.startsWith("org.scijava") || u.startsWith("net.imglib2"))) {
                        violations.add(f + " uses " + u + " below the front ends");
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), "layering violations:\n" + String.join("\n", violations));
    }
}
