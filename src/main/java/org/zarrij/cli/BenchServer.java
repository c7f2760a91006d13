package org.zarrij.cli;

/**
 * A loopback file server that {@code bench-remote} reads from: adds latency per request and counts requests
 * and body bytes. The command line brings its own ({@link LocalRangeServer}); the test sources run the same
 * benchmark against Jetty.
 */
interface BenchServer extends AutoCloseable {

    /** The URL of {@code relative} below the served folder. */
    String url(String relative);

    void latencyMillis(long millis);

    void resetCounters();

    long requests();

    long bodyBytes();

    /** Body bytes of metadata documents, part of {@link #bodyBytes()}. */
    long metadataBytes();

    @Override
    void close() throws Exception;
}
