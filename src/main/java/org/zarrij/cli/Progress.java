package org.zarrij.cli;

import java.io.PrintWriter;

/** A one-line progress display on stderr for long commands ("export: 42% (420/1000 slabs)"). */
final class Progress {
    private final PrintWriter err;
    private final String label;
    private final long total;
    private int lastPercent = -1;

    Progress(PrintWriter err, String label, long total) {
        this.err = err;
        this.label = label;
        this.total = Math.max(1, total);
    }

    void update(long done) {
        int percent = (int) (100 * done / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            err.print("\r" + label + ": " + percent + "%");
            err.flush();
        }
    }

    void done() {
        if (lastPercent >= 0) {
            err.print("\r" + label + ": done      \n");
            err.flush();
        }
    }
}
