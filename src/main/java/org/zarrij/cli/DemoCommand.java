package org.zarrij.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zarrij.array.ArrayDefinition;
import org.zarrij.array.Region;
import org.zarrij.array.Zarr;
import org.zarrij.array.ZarrArray;
import org.zarrij.dtype.DataType;
import org.zarrij.store.Store;
import org.zarrij.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zarr-ij demo}: writes a small sample array, reads it back, checks it and prints its info. */
@Command(name = "demo", description = "Write a sample Zarr v3 array (default target/demo.zarr), check it and show its info.")
final class DemoCommand implements Callable<Integer> {
    private static final String MARK = "zarr_ij_demo";

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/demo.zarr")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long[] shape = {16, 256, 256};
        int[] chunks = {8, 128, 128};
        short[] data = new short[16 * 256 * 256];
        for (int z = 0; z < 16; z++) {
            for (int y = 0; y < 256; y++) {
                for (int x = 0; x < 256; x++) {
                    double r = Math.hypot(x - 128, y - 128);
                    data[(z * 256 + y) * 256 + x] = (short) (1000 + 800 * Math.cos(r / (4 + z)) + ((x * 31 + y * 17) % 23));
                }
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        com.fasterxml.jackson.databind.node.ObjectNode attrs = org.zarrij.array.Json.object();
        attrs.put(MARK, true);
        ArrayDefinition def = ArrayDefinition.of(shape, chunks, DataType.UINT16)
                .withCompressors(CodecSpecs.parse("blosc:lz4:5:shuffle", DataType.UINT16)).withAttributes(attrs);
        try (Store store = Stores.open(out.toString(), true)) {
            // The demo replaces only its own earlier output, never a user's data.
            boolean exists = Zarr.exists(store, "");
            if (exists && !Zarr.open(store, "").attributes().path(MARK).asBoolean()) {
                throw new org.zarrij.StoreException(out + ": holds Zarr data not written by the demo; choose another --out");
            }
            ZarrArray array = Zarr.createArray(store, "", def, exists);
            array.write(Region.all(shape), data);
            short[] back = (short[]) Zarr.openArray(store, "").read();
            boolean same = java.util.Arrays.equals(data, back);
            var err = spec.commandLine().getOut();
            err.println("wrote " + out + " (" + data.length * 2 / 1024 + " KiB of uint16, blosc lz4 shuffle), read back: "
                    + (same ? "identical" : "DIFFERENT"));
            if (!same) {
                return Main.FAILED_CHECK;
            }
        }
        return Main.run(new String[]{"info", out.toString()}, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
