package org.zarrij.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zarrij.array.Json;
import org.zarrij.ngff.Issue;
import org.zarrij.ngff.NgffValidator;
import org.zarrij.ngff.ValidationReport;
import org.zarrij.store.Store;
import org.zarrij.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zarr-ij validate URI | --attributes FILE.json [--json]}: OME-NGFF 0.4/0.5 validation. Exit 0 valid
 * (warnings printed), 1 invalid (one {@code <json-pointer>: <message>} line per finding on stderr), 2 usage or I/O.
 */
@Command(name = "validate", description = {"Validate OME-NGFF 0.4 and 0.5 metadata: a whole hierarchy (URI), "
        + "or a bare attributes document (.zattrs, or the attributes of a zarr.json).",
    "Exit 0 when valid (warnings are printed), 1 when invalid, 2 for usage or I/O errors."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "URI", description = "A local path, file: URI or .zip")
    String uri;

    @Option(names = "--attributes", paramLabel = "FILE.json", description = "Validate a bare attributes document")
    Path attributes;

    @Option(names = "--json", description = "Print the full report as one JSON object")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((uri == null) == (attributes == null)) {
            throw new ParameterException(spec.commandLine(), "expected either URI or --attributes FILE.json");
        }
        ValidationReport report;
        if (attributes != null) {
            report = NgffValidator.validateAttributes(readBounded(attributes));
        } else {
            try (Store store = Stores.open(uri, false)) {
                report = NgffValidator.validateHierarchy(store, "");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json) {
            out.println(new String(Json.write(report.toJson()), StandardCharsets.UTF_8));
        } else {
            for (Issue issue : report.issues()) {
                err.println(issue.line());
            }
            if (report.omitted() > 0) {
                err.println("(" + report.omitted() + " more findings not shown)");
            }
            out.println(summary(report));
        }
        return report.isValid() ? Main.OK : Main.FAILED_CHECK;
    }

    /** Reads at most one byte more than the validator accepts, so a huge file is refused without reading it all. */
    private static byte[] readBounded(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(NgffValidator.MAX_DOCUMENT_BYTES + 1);
        }
    }

    private static String summary(ValidationReport r) {
        String what = r.version() == null ? "OME-NGFF" : "OME-NGFF " + r.version().text();
        String counts = r.errorCount() + (r.errorCount() == 1 ? " error, " : " errors, ") + r.warningCount()
                + (r.warningCount() == 1 ? " warning" : " warnings");
        return (r.isValid() ? "valid " : "invalid ") + what + " (" + counts + ")";
    }
}
