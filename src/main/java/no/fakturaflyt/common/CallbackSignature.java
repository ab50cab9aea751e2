package no.fakturaflyt.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How an outside party signs a callback to this application (the collection agency's): HMAC-SHA256 with the secret
 * the two share, over {@code <id>.<timestamp>.<body>}, where the id is unique per callback (a retry of the same news
 * may repeat it; the receiver takes each id once) and the timestamp is the sending time in seconds since the epoch
 * (the receiver refuses one too far from its own time). Sent as headers {@value #ID_HEADER},
 * {@value #TIMESTAMP_HEADER} and {@value #SIGNATURE_HEADER} ({@code sha256=<lower-case hex>}).
 */
public final class CallbackSignature {

    public static final String ID_HEADER = "X-Callback-Id";
    public static final String TIMESTAMP_HEADER = "X-Callback-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Callback-Signature";
    private static final String PREFIX = "sha256=";

    private CallbackSignature() {
    }

    /** The value of {@value #SIGNATURE_HEADER} for this callback. */
    public static String sign(String secret, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether {@code signature} is this callback's, compared in constant time. */
    public static boolean matches(String secret, String id, long timestamp, byte[] body, String signature) {
        if (signature == null) {
            return false;
        }
        byte[] expected = sign(secret, id, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.trim().toLowerCase(java.util.Locale.ROOT)
                .getBytes(StandardCharsets.US_ASCII));
    }
}
