package org.zarrij.store;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Messages for S3 failures that say what went wrong and what to do, without credentials or request noise. */
final class S3Errors {
    private S3Errors() {
    }

    static String message(String action, String where, S3Exception e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String detail = "HTTP " + e.statusCode() + (code == null ? "" : ", " + code);
        String prefix = "cannot " + action + " " + where + ": ";
        if (e.statusCode() == 401 || e.statusCode() == 403) {
            return prefix + "access denied (" + detail + "); check the credentials (AWS environment variables or"
                    + " profile), or add ?anonymous=true for a public bucket";
        }
        if ("NoSuchBucket".equals(code)) {
            return prefix + "no such bucket (" + detail + ")";
        }
        String text = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
        return prefix + detail + (text == null || text.isBlank() ? "" : ": " + text);
    }

    /** The SDK's message for a client-side failure (no connection, no credentials), first line only. */
    static String clientMessage(SdkException e) {
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
