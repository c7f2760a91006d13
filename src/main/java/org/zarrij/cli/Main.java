package org.zarrij.cli;

import java.io.PrintWriter;
import org.zarrij.ZarrException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code zarr-ij} command line. Exit codes: 0 ok, 1 a failed check, 2 usage or I/O error; errors are
 * one line on stderr.
 */
@Command(name = "zarr-ij", mixinStandardHelpOptions = true, version = "zarr-ij 0.1.0",
        description = "Zarr v2/v3 and OME-NGFF: inspect, validate, export, import.",
        subcommands = {InfoCommand.class, ValidateCommand.class, ExportCommand.class, ImportCommand.class,
            DemoCommand.class, BenchCommand.class, ShardBenchCommand.class, RemoteBenchCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILED_CHECK = 1;
    public static final int ERROR = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams (tests call this in-process). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> ERROR);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("zarr-ij: " + ex.getMessage());
            err.println("Try 'zarr-ij " + subcommandName(ex.getCommandLine()) + "--help' for usage.");
            return ERROR;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("zarr-ij: " + message(ex));
            if (System.getenv("ZARR_IJ_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return ERROR;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String subcommandName(CommandLine cl) {
        return cl.getParent() == null ? "" : cl.getCommandName() + " ";
    }

    static String message(Throwable e) {
        if (e instanceof ZarrException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": no such file";
        }
        if (e instanceof java.io.IOException) {
            return "I/O error: " + e.getMessage();
        }
        return e.toString();
    }
}
