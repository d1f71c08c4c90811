package io.pipewright.store;

import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * AES-GCM encryption of the artifact files of an encrypted workspace. The key comes from the
 * workspace password through PBKDF2 (HMAC-SHA256) with a salt stored in the (encrypted) database.
 * A file is: the magic "PWAES1", a 12-byte random IV, then the ciphertext with its 16-byte tag, so a
 * changed byte makes reading fail instead of returning altered content.
 */
final class ArtifactCipher {
    static final int ITERATIONS = 120_000;
    private static final byte[] MAGIC = "PWAES1".getBytes(StandardCharsets.US_ASCII);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    ArtifactCipher(char[] password, byte[] salt, int iterations) {
        try {
            SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] bytes = factory.generateSecret(new PBEKeySpec(password, salt, iterations, 256)).getEncoded();
            this.key = new SecretKeySpec(bytes, "AES");
            Arrays.fill(bytes, (byte) 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        }
    }

    static byte[] newSalt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    /** A stream that encrypts what is written to it into {@code out}; closing it writes the tag. */
    OutputStream encrypting(OutputStream out) throws IOException {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        out.write(MAGIC);
        out.write(iv);
        return new CipherOutputStream(out, cipher(Cipher.ENCRYPT_MODE, iv));
    }

    /** A stream of the decrypted content; reading fails with an IOException if the file was changed. */
    InputStream decrypting(InputStream in) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not an encrypted Pipewright artifact");
        }
        byte[] iv = in.readNBytes(IV_BYTES);
        if (iv.length != IV_BYTES) {
            throw new IOException("the encrypted artifact is truncated");
        }
        return new CipherInputStream(in, cipher(Cipher.DECRYPT_MODE, iv));
    }

    private Cipher cipher(int mode, byte[] iv) throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }
}
