package vn.phoihop.events;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * What a board signs in a {@link Checkpoint}, and how auditors check it. The statement is a fixed text form of every
 * field but the signature, so that a verifier in any language can rebuild it byte for byte. Keys are Ed25519, written
 * as PEM (PKCS#8 private, X.509 SubjectPublicKeyInfo public).
 */
public final class CheckpointStatement {

    public static final String ALGORITHM = "Ed25519";

    private CheckpointStatement() {
    }

    public static byte[] of(Checkpoint checkpoint) {
        return ("phoihop-checkpoint/1\n"
                + "checkpoint=" + checkpoint.getCheckpointId() + "\n"
                + "producer=" + checkpoint.getProducer() + "\n"
                + "position=" + checkpoint.getStreamPosition() + "\n"
                + "last-event-hash=" + checkpoint.getLastEventHash() + "\n"
                + "signed-at=" + checkpoint.getSignedAt() + "\n"
                + "key=" + checkpoint.getKeyId() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The checkpoint of a stream at {@code position}, signed with the board's {@code key} named {@code keyId}. */
    public static Checkpoint sign(String checkpointId, String producer, long position, String lastEventHash,
            Instant signedAt, String keyId, PrivateKey key) {
        Checkpoint checkpoint = Checkpoint.newBuilder()
            .setCheckpointId(checkpointId)
            .setProducer(producer)
            .setStreamPosition(position)
            .setLastEventHash(lastEventHash)
            .setSignedAt(signedAt)
            .setKeyId(keyId)
            .setSignature(ByteBuffer.allocate(0))
            .build();
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(of(checkpoint));
            checkpoint.setSignature(ByteBuffer.wrap(signer.sign()));
            return checkpoint;
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalArgumentException("cannot sign with key " + keyId + ": " + ex.getMessage(), ex);
        }
    }

    /** Whether {@code key} signed exactly this checkpoint. */
    public static boolean verify(Checkpoint checkpoint, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(of(checkpoint));
            ByteBuffer signature = checkpoint.getSignature().duplicate();
            byte[] bytes = new byte[signature.remaining()];
            signature.get(bytes);
            return verifier.verify(bytes);
        }
        catch (GeneralSecurityException ex) {
            return false;
        }
    }

    /** A fresh Ed25519 key pair for a board to sign with. */
    public static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("every Java platform since 15 has " + ALGORITHM, ex);
        }
    }

    public static PrivateKey privateKeyFromPem(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pemBody(pem, "PRIVATE KEY")));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalArgumentException("not an Ed25519 private key in PKCS#8 PEM: " + ex.getMessage(), ex);
        }
    }

    public static PublicKey publicKeyFromPem(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(pemBody(pem, "PUBLIC KEY")));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalArgumentException("not an Ed25519 public key in PEM: " + ex.getMessage(), ex);
        }
    }

    public static String toPem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    public static String toPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] pemBody(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no " + begin + " ... " + end + " block");
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }
}
