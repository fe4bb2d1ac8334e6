package vn.phoihop.audit.chain;

import java.util.Arrays;

/**
 * The hashes of a stream's linked events by position, and back. Kept compact (32 bytes and a slot per event) because
 * a national history holds millions of events and the audit holds every link to detect forks and replays.
 */
final class ChainPositions {

    private static final int HASH_BYTES = 32;

    private byte[] hashes = new byte[HASH_BYTES * 1024];

    private int size;

    // open addressing over the hash's first eight bytes; slots hold position + 1, zero means empty
    private long[] keys = new long[2048];

    private int[] slots = new int[2048];

    int size() {
        return this.size;
    }

    /** Appends {@code hash} as the next position (1-based) and returns it. */
    int append(byte[] hash) {
        if ((this.size + 1) * HASH_BYTES > this.hashes.length) {
            this.hashes = Arrays.copyOf(this.hashes, this.hashes.length * 2);
        }
        System.arraycopy(hash, 0, this.hashes, this.size * HASH_BYTES, HASH_BYTES);
        this.size++;
        if (this.size * 2 > this.keys.length) {
            rehash();
        }
        index(prefix(hash), this.size);
        return this.size;
    }

    /** The position of the event with this hash, or 0 when none has it. */
    int positionOf(byte[] hash) {
        long key = prefix(hash);
        int mask = this.keys.length - 1;
        for (int slot = spread(key) & mask;; slot = (slot + 1) & mask) {
            int position = this.slots[slot];
            if (position == 0) {
                return 0;
            }
            if (this.keys[slot] == key && Arrays.equals(this.hashes, (position - 1) * HASH_BYTES,
                    position * HASH_BYTES, hash, 0, HASH_BYTES)) {
                return position;
            }
        }
    }

    boolean hashAtEquals(int position, byte[] hash) {
        return Arrays.equals(this.hashes, (position - 1) * HASH_BYTES, position * HASH_BYTES, hash, 0, HASH_BYTES);
    }

    private void index(long key, int position) {
        int mask = this.keys.length - 1;
        int slot = spread(key) & mask;
        while (this.slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        this.keys[slot] = key;
        this.slots[slot] = position;
    }

    private void rehash() {
        long[] oldKeys = this.keys;
        int[] oldSlots = this.slots;
        this.keys = new long[oldKeys.length * 2];
        this.slots = new int[oldSlots.length * 2];
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != 0) {
                index(oldKeys[i], oldSlots[i]);
            }
        }
    }

    private static long prefix(byte[] hash) {
        long key = 0;
        for (int i = 0; i < 8; i++) {
            key = key << 8 | (hash[i] & 0xFF);
        }
        return key;
    }

    private static int spread(long key) {
        return (int) (key ^ (key >>> 32));
    }
}
