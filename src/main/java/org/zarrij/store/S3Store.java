package org.zarrij.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.zarrij.StoreException;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A store in an S3 bucket (AWS or an S3-compatible service), below an optional key prefix, with the AWS SDK
 * v2 over the JDK's URL connections. Reads, byte ranges, suffixes, writes, deletes and listing; see
 * {@link S3Options} for the URI options (endpoint, region, anonymous, profile, path style).
 *
 * <p>A missing object is an empty answer; permission and other service errors raise a {@link StoreException}
 * naming the bucket and key and the service's error code, never credentials. Failed requests are retried by
 * the SDK (standard mode, bounded attempts with backoff). A range answer must carry the exact range asked
 * for, and bodies must have their announced length, so short or misplaced bytes are never returned.
 */
public final class S3Store implements Store {
    private static final int MAX_ATTEMPTS = 6;

    private final S3Options options;
    private final S3Client client;
    private final String root;
    private final String shown;
    private final Semaphore inFlight;
    /** Keys per listing page (S3's own maximum is 1000); tests make pages small to cover pagination. */
    int listPageSize = 1000;

    /** Opens an {@code s3://bucket/prefix?options} URI (see {@link S3Options}). */
    public static S3Store open(String uri) {
        return new S3Store(S3Options.parse(uri));
    }

    public S3Store(S3Options options) {
        this(options, credentials(options));
    }

    /** A store with explicit credentials (for programs that manage their own). */
    public S3Store(S3Options options, AwsCredentialsProvider credentials) {
        this.options = options;
        this.root = options.prefix().isEmpty() ? "" : options.prefix() + "/";
        this.shown = options.describe();
        this.inFlight = new Semaphore(options.maxInFlight(), true);
        S3ClientBuilder b = S3Client.builder()
                .region(region(options))
                .credentialsProvider(credentials)
                .forcePathStyle(options.pathStyle())
                // Values are in memory: sign them whole rather than in aws-chunked streaming encoding, which
                // some S3-compatible services store as the object's Content-Encoding.
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(30)))
                .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(MAX_ATTEMPTS)))
                // Checksums only where S3 requires them: S3-compatible services differ in what they accept.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_SUPPORTED);
        if (options.endpoint() != null) {
            b.endpointOverride(options.endpoint());
        } else {
            b.crossRegionAccessEnabled(true);
        }
        try {
            this.client = b.build();
        } catch (SdkException e) {
            throw new StoreException("cannot open " + shown + ": " + e.getMessage(), e);
        }
    }

    public S3Options options() {
        return options;
    }

    private static AwsCredentialsProvider credentials(S3Options options) {
        if (options.anonymous()) {
            return AnonymousCredentialsProvider.create();
        }
        if (options.profile() != null) {
            return ProfileCredentialsProvider.create(options.profile());
        }
        return DefaultCredentialsProvider.builder().build();
    }

    /** The option, else the SDK's settings without asking instance metadata (no network), else us-east-1. */
    private static Region region(S3Options options) {
        if (options.region() != null) {
            return Region.of(options.region());
        }
        try {
            return new AwsRegionProviderChain(new SystemSettingsRegionProvider(), new AwsProfileRegionProvider())
                    .getRegion();
        } catch (SdkException e) {
            return Region.US_EAST_1;
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        String k = objectKey(key);
        return call("read", key, () -> readObject(GetObjectRequest.builder().bucket(options.bucket()).key(k).build(),
                null, key));
    }

    @Override
    public Optional<byte[]> getRange(String key, long offset, long length) {
        ByteRange.checkRange(key, offset, length);
        if (length == 0) {
            return exists(key) ? Optional.of(new byte[0]) : Optional.empty();
        }
        long last = length >= ByteRange.MAX_ARRAY_LENGTH || offset > Long.MAX_VALUE - length ? -1
                : offset + length - 1;
        String range = "bytes=" + offset + "-" + (last < 0 ? "" : Long.toString(last));
        return ranged(key, range, false, offset, last, length);
    }

    @Override
    public Optional<byte[]> getSuffix(String key, long length) {
        ByteRange.checkSuffix(key, length);
        if (length == 0) {
            return exists(key) ? Optional.of(new byte[0]) : Optional.empty();
        }
        if (length >= ByteRange.MAX_ARRAY_LENGTH) {
            return get(key);
        }
        return ranged(key, "bytes=-" + length, true, 0, -1, length);
    }

    private Optional<byte[]> ranged(String key, String range, boolean suffix, long offset, long last, long length) {
        String k = objectKey(key);
        GetObjectRequest request = GetObjectRequest.builder().bucket(options.bucket()).key(k).range(range).build();
        try {
            return call("read " + range + " of", key, () -> readObject(request, new Wanted(suffix, offset, last,
                    length), key));
        } catch (StoreException e) {
            if (e.getCause() instanceof S3Exception s3 && s3.statusCode() == 416) {
                // The range starts at or after the end (or the object is empty): zero bytes, a cut range.
                return Optional.of(new byte[0]);
            }
            throw e;
        }
    }

    /** The range a request asked for, to check the answer against. */
    private record Wanted(boolean suffix, long offset, long last, long length) {
    }

    private Optional<byte[]> readObject(GetObjectRequest request, Wanted wanted, String key) {
        try {
            ResponseTransformer<GetObjectResponse, byte[]> reader = (response, in) -> body(response, in, wanted, key);
            return Optional.of(client.getObject(request, reader));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404 && !isNoSuchBucket(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Reads the body with the answer checked against the request; memory bounded by what was asked. */
    private byte[] body(GetObjectResponse response, InputStream in, Wanted wanted, String key) {
        try {
            long announced = response.contentLength() == null ? -1 : response.contentLength();
            long start = 0;
            int limit;
            if (wanted == null) {
                if (announced > ByteRange.MAX_ARRAY_LENGTH) {
                    throw new StoreException(where(key) + ": the value is too large to read at once (" + announced
                            + " bytes); read it in ranges");
                }
                limit = ByteRange.MAX_ARRAY_LENGTH;
            } else if (response.contentRange() != null) {
                String problem = HttpContentRange.check(response.contentRange(), wanted.suffix(), wanted.offset(),
                        wanted.last(), wanted.length(), announced);
                if (problem != null) {
                    throw new StoreException(where(key) + ": " + problem);
                }
                limit = (int) HttpContentRange.length(response.contentRange());
                announced = limit;
            } else {
                // The service ignored the range and sent the whole object: keep the part asked for.
                if (announced < 0) {
                    throw new StoreException(where(key) + ": a whole object of unknown length was sent for a range");
                }
                start = wanted.suffix() ? Math.max(0, announced - wanted.length()) : wanted.offset();
                limit = (int) Math.min(wanted.length(), Math.max(0, announced - start));
            }
            return BoundedRead.read(in, start, limit, announced, wanted == null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void set(String key, byte[] value) {
        String k = objectKey(key);
        call("write", key, () -> client.putObject(b -> b.bucket(options.bucket()).key(k)
                .contentLength((long) value.length), RequestBody.fromBytes(value)));
    }

    @Override
    public void delete(String key) {
        String k = objectKey(key);
        call("delete", key, () -> client.deleteObject(b -> b.bucket(options.bucket()).key(k)));
    }

    @Override
    public List<String> list(String prefix) {
        String folder = StoreKeys.validatePrefix(prefix);
        String p = root + (folder.isEmpty() ? "" : folder + "/");
        List<String> keys = new ArrayList<>();
        call("list", folder, () -> {
            ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(options.bucket()).prefix(p)
                    .maxKeys(listPageSize).build();
            for (ListObjectsV2Response page : client.listObjectsV2Paginator(request)) {
                for (S3Object o : page.contents()) {
                    keys.add(o.key().substring(root.length()));
                }
            }
            return null;
        });
        Collections.sort(keys);
        return keys;
    }

    /** One folder level with a delimiter: the service groups deeper keys, so a wide hierarchy is cheap. */
    @Override
    public List<String> listChildren(String prefix) {
        String folder = StoreKeys.validatePrefix(prefix);
        String p = root + (folder.isEmpty() ? "" : folder + "/");
        TreeSet<String> names = new TreeSet<>();
        call("list", folder, () -> {
            ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(options.bucket()).prefix(p)
                    .delimiter("/").maxKeys(listPageSize).build();
            for (ListObjectsV2Response page : client.listObjectsV2Paginator(request)) {
                for (S3Object o : page.contents()) {
                    names.add(o.key().substring(p.length()));
                }
                for (CommonPrefix c : page.commonPrefixes()) {
                    String name = c.prefix().substring(p.length());
                    names.add(name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
                }
            }
            return null;
        });
        names.remove("");
        return List.copyOf(names);
    }

    @Override
    public boolean exists(String key) {
        String k = objectKey(key);
        return call("look up", key, () -> {
            try {
                client.headObject(b -> b.bucket(options.bucket()).key(k));
                return true;
            } catch (NoSuchKeyException e) {
                return false;
            } catch (S3Exception e) {
                if (e.statusCode() == 404) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public StoreCapabilities capabilities() {
        return StoreCapabilities.ALL;
    }

    @Override
    public int preferredConcurrency() {
        return options.maxInFlight();
    }

    @Override
    public String describe() {
        return shown;
    }

    @Override
    public void close() {
        client.close();
    }

    private String objectKey(String key) {
        return root + StoreKeys.validate(key);
    }

    private String where(String key) {
        return shown + " key '" + key + "'";
    }

    /** Runs one SDK call within the in-flight limit, turning SDK failures into messages naming the key. */
    private <T> T call(String action, String key, Supplier<T> body) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted before " + action + " " + where(key), e);
        }
        try {
            return body.get();
        } catch (S3Exception e) {
            throw new StoreException(S3Errors.message(action, where(key), e), e);
        } catch (SdkException e) {
            throw new StoreException("cannot " + action + " " + where(key) + ": " + S3Errors.clientMessage(e), e);
        } catch (UncheckedIOException e) {
            throw new StoreException("cannot " + action + " " + where(key) + ": " + e.getCause(), e.getCause());
        } finally {
            inFlight.release();
        }
    }

    private static boolean isNoSuchBucket(S3Exception e) {
        return e.awsErrorDetails() != null && "NoSuchBucket".equals(e.awsErrorDetails().errorCode());
    }
}
