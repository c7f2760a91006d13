package org.zarrij.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.zarrij.StoreException;

/**
 * Where and how an {@link S3Store} connects, from an {@code s3://bucket/prefix?option=value&...} URI and
 * system properties {@code zarrij.s3.<option>} (the URI wins). Options:
 * <ul>
 *   <li>{@code endpoint}: an S3-compatible service (MinIO, Ceph, s3proxy), e.g. {@code http://127.0.0.1:9000};
 *       default: AWS.</li>
 *   <li>{@code region}: e.g. {@code eu-west-1}; default: the AWS SDK's settings ({@code aws.region},
 *       {@code AWS_REGION}, the profile), else {@code us-east-1}.</li>
 *   <li>{@code anonymous}: {@code true} reads public buckets without credentials (unsigned requests);
 *       default: the AWS default credential chain (environment, system properties, profile, container and
 *       instance roles).</li>
 *   <li>{@code profile}: a named profile of ~/.aws/credentials and ~/.aws/config.</li>
 *   <li>{@code path_style}: {@code true} addresses the bucket in the path ({@code endpoint/bucket/key})
 *       rather than the host name; default: true with a custom endpoint, false for AWS.</li>
 *   <li>{@code max_in_flight}: requests at once at most (default 64).</li>
 * </ul>
 */
public record S3Options(String bucket, String prefix, URI endpoint, String region, boolean anonymous,
                        String profile, boolean pathStyle, int maxInFlight) {

    public static final String PROPERTY_PREFIX = "zarrij.s3.";

    private static final String[] NAMES = {"endpoint", "region", "anonymous", "profile", "path_style", "max_in_flight"};

    /** Reads {@code uri} with system properties as defaults. */
    public static S3Options parse(String uri) {
        return parse(uri, name -> System.getProperty(PROPERTY_PREFIX + propertyName(name)));
    }

    /** The system property suffix of an option: {@code path_style} -> {@code pathStyle}. */
    static String propertyName(String option) {
        return switch (option) {
            case "path_style" -> "pathStyle";
            case "max_in_flight" -> "maxInFlight";
            default -> option;
        };
    }

    static S3Options parse(String uri, Function<String, String> defaults) {
        URI u;
        try {
            u = new URI(uri);
        } catch (URISyntaxException e) {
            throw new StoreException("cannot open '" + redactQuery(uri) + "': not a valid s3:// URI (" + e.getReason()
                    + ")");
        }
        if (!"s3".equalsIgnoreCase(u.getScheme()) || u.getHost() == null && u.getAuthority() == null) {
            throw new StoreException("cannot open '" + redactQuery(uri) + "': expected s3://bucket[/prefix][?options]");
        }
        String bucket = u.getAuthority();
        if (bucket.contains("@")) {
            throw new StoreException("cannot open '" + redactQuery(uri) + "': credentials do not belong in the URI;"
                    + " use the AWS credential chain (environment, profile) instead");
        }
        String prefix = u.getPath() == null ? "" : u.getPath();
        while (prefix.startsWith("/")) {
            prefix = prefix.substring(1);
        }
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (!prefix.isEmpty()) {
            StoreKeys.validate(prefix);
        }
        Map<String, String> query = query(u.getRawQuery(), uri);
        Function<String, String> option = name -> query.containsKey(name) ? query.get(name) : defaults.apply(name);
        String endpointText = blankToNull(option.apply("endpoint"));
        URI endpoint = null;
        if (endpointText != null) {
            try {
                endpoint = new URI(endpointText);
            } catch (URISyntaxException e) {
                throw new StoreException("s3 option endpoint: not a URL: '" + endpointText + "'");
            }
            if (endpoint.getScheme() == null || endpoint.getHost() == null) {
                throw new StoreException("s3 option endpoint: expected http(s)://host[:port], found '"
                        + Urls.redact(endpoint) + "'");
            }
        }
        String pathStyleText = blankToNull(option.apply("path_style"));
        boolean pathStyle = pathStyleText == null ? endpoint != null : bool("path_style", pathStyleText);
        String anonymousText = blankToNull(option.apply("anonymous"));
        String inFlight = blankToNull(option.apply("max_in_flight"));
        int maxInFlight;
        try {
            maxInFlight = inFlight == null ? 64 : Integer.parseInt(inFlight);
        } catch (NumberFormatException e) {
            throw new StoreException("s3 option max_in_flight: expected an integer, found '" + inFlight + "'");
        }
        if (maxInFlight < 1 || maxInFlight > 1024) {
            throw new StoreException("s3 option max_in_flight: expected 1..1024, found " + maxInFlight);
        }
        return new S3Options(bucket, prefix, endpoint, blankToNull(option.apply("region")),
                anonymousText != null && bool("anonymous", anonymousText), blankToNull(option.apply("profile")),
                pathStyle, maxInFlight);
    }

    /** The location for messages: {@code s3://bucket/prefix}, and the endpoint when not AWS. */
    String describe() {
        return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix)
                + (endpoint == null ? "" : " at " + Urls.redact(endpoint));
    }

    private static Map<String, String> query(String raw, String uri) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String part : raw.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8)
                    .toLowerCase(Locale.ROOT).replace('-', '_');
            String value = eq < 0 ? "true" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            boolean known = false;
            for (String n : NAMES) {
                known |= n.equals(name);
            }
            if (!known) {
                throw new StoreException("cannot open '" + redactQuery(uri) + "': unknown s3 option '" + name
                        + "' (known: " + String.join(", ", NAMES) + ")");
            }
            out.put(name, value);
        }
        return out;
    }

    private static boolean bool(String name, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new StoreException("s3 option " + name + ": expected true or false, found '" + value + "'");
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The URI for messages, without user info (a mistaken key:secret@) or options. */
    private static String redactQuery(String uri) {
        int q = uri.indexOf('?');
        String shown = q < 0 ? uri : uri.substring(0, q) + "?...";
        return shown.replaceFirst("//[^/@]*@", "//");
    }
}
