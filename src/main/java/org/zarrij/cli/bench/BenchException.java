package org.zarrij.cli.bench;

import org.zarrij.ZarrException;

/** The benchmark could not run (no Python, generation failed, results disagree). */
public final class BenchException extends ZarrException {
    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
