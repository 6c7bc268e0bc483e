package io.backbone.progress.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Keyed hashes in place of member ids: HMAC-SHA256 under a key derived per gym from one secret, so
 * the same member has the same pseudonym in every export of their gym, the pseudonyms of two gyms
 * cannot be linked, and nobody without the secret can test a guessed member id.
 */
public final class Pseudonyms {

    private final byte[] gymKey;

    public Pseudonyms(String secret, String gym) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the pseudonym secret must be at least 16 characters");
        }
        this.gymKey = hmac(secret.getBytes(StandardCharsets.UTF_8), "gym:" + gym);
    }

    /** 32 hex digits (128 bits): collisions are negligible for any gym. */
    public String of(String memberId) {
        return HexFormat.of().formatHex(hmac(gymKey, "member:" + memberId), 0, 16);
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
