package org.zarrij.cli;

import java.io.PrintWriter;
import org.zarrij.testutil.RangeHttpServer;

/**
 * Runs {@code bench-remote} against the tests' embedded Jetty server instead of the command line's JDK server:
 * {@code scripts/bench-remote-jetty [bench-remote options]}. Lives in the test sources because Jetty is a
 * test-only dependency.
 */
public final class JettyRemoteBench {
    private JettyRemoteBench() {
    }

    public static void main(String[] args) {
        RemoteBenchCommand.serverFactory = root -> new JettyServer(new RangeHttpServer(root));
        String[] all = new String[args.length + 1];
        all[0] = "bench-remote";
        System.arraycopy(args, 0, all, 1, args.length);
        System.exit(Main.run(all, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** The Jetty range server seen through the benchmark's counters. */
    static final class JettyServer implements BenchServer { // the class name shows in the bench output
        private final RangeHttpServer jetty;
        private volatile long latency;

        JettyServer(RangeHttpServer jetty) {
            this.jetty = jetty;
        }

        @Override
        public String url(String relative) {
            return jetty.url(relative);
        }

        @Override
        public void latencyMillis(long millis) {
            latency = millis;
            jetty.latencyMillis(millis);
        }

        @Override
        public void resetCounters() {
            jetty.reset(); // also clears the latency: set it again
            jetty.latencyMillis(latency);
        }

        @Override
        public long requests() {
            return jetty.seen().size();
        }

        @Override
        public long bodyBytes() {
            return jetty.bodyBytes();
        }

        @Override
        public long metadataBytes() {
            return jetty.metadataBytes();
        }

        @Override
        public void close() throws Exception {
            jetty.close();
        }
    }
}
