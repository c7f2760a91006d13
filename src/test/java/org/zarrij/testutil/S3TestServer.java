package org.zarrij.testutil;

import java.net.URI;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.TransientApiMetadata;
import org.jclouds.blobstore.domain.ContainerAccess;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * An S3 service on 127.0.0.1 for tests: s3proxy over jclouds' in-memory ("transient") blob store, with
 * signed requests required (AWS v2 or v4) except for reads of public-read buckets.
 */
public final class S3TestServer implements AutoCloseable {
    public static final String ACCESS_KEY = "test-access-key";
    public static final String SECRET_KEY = "test-secret-key-do-not-log";

    private final BlobStoreContext context;
    private final S3Proxy proxy;

    public S3TestServer() throws Exception {
        context = ContextBuilder.newBuilder(new TransientApiMetadata())
                .credentials("unused", "unused")
                .build(BlobStoreContext.class);
        proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .jettyMaxThreads(64)
                .build();
        proxy.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!proxy.getState().equals("STARTED")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
            }
            Thread.sleep(10);
        }
    }

    /** The endpoint, e.g. {@code http://127.0.0.1:40123}. */
    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    /** An {@code s3://} URI for {@code bucket/prefix} at this server, with extra query options. */
    public String uri(String bucketAndPrefix, String extraOptions) {
        return "s3://" + bucketAndPrefix + "?endpoint=" + endpoint() + "&region=us-east-1"
                + (extraOptions == null || extraOptions.isEmpty() ? "" : "&" + extraOptions);
    }

    public StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    public BlobStore blobStore() {
        return context.getBlobStore();
    }

    public void createBucket(String name, boolean publicRead) {
        blobStore().createContainerInLocation(null, name);
        if (publicRead) {
            blobStore().setContainerAccess(name, ContainerAccess.PUBLIC_READ);
        }
    }

    /** Makes every object under {@code prefix} of {@code bucket} publicly readable (an object ACL, as in S3). */
    public void makePublic(String bucket, String prefix) {
        for (var page = blobStore().list(bucket, org.jclouds.blobstore.options.ListContainerOptions.Builder
                .prefix(prefix).recursive()); ; ) {
            for (var meta : page) {
                if (meta.getType() == org.jclouds.blobstore.domain.StorageType.BLOB) {
                    blobStore().setBlobAccess(bucket, meta.getName(), org.jclouds.blobstore.domain.BlobAccess.PUBLIC_READ);
                }
            }
            if (page.getNextMarker() == null) {
                return;
            }
            page = blobStore().list(bucket, org.jclouds.blobstore.options.ListContainerOptions.Builder.prefix(prefix)
                    .recursive().afterMarker(page.getNextMarker()));
        }
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        context.close();
    }
}
