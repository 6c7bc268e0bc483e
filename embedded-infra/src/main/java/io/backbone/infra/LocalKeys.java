package io.backbone.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * The local token issuer's key pair, made on a machine's first local run and kept in its data
 * folder: {@code private.pem} (PKCS#8) signs, {@code public.pem} (X.509) verifies. No key ships in
 * any jar, so no two installations share one.
 */
public final class LocalKeys {

    public static final String PRIVATE = "private.pem";
    public static final String PUBLIC = "public.pem";

    private LocalKeys() {
    }

    /** Creates the pair in {@code dir} unless it is there already; returns {@code dir}. */
    public static Path ensure(Path dir) {
        if (Files.exists(dir.resolve(PRIVATE)) && Files.exists(dir.resolve(PUBLIC))) {
            return dir;
        }
        try {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path privateKey = dir.resolve(PRIVATE);
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions: the data folder's own protection applies
            }
            Files.writeString(dir.resolve(PUBLIC), pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the local key pair to " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
