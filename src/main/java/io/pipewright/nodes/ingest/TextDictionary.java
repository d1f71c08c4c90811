package io.pipewright.nodes.ingest;

import java.util.Arrays;
import java.util.List;

/**
 * The distinct texts of a column, numbered by first appearance (the order Weka's CSVLoader gives
 * nominal values). Looks a text up straight from a character buffer, so a repeated value costs a
 * hash and a comparison, not a new String.
 */
final class TextDictionary {
    private String[] values = new String[16];
    /** The characters of each value, compared with a vectorised range equality on lookup. */
    private char[][] chars = new char[16][];
    private int[] hashes = new int[16];
    private int size;
    /** Open addressing: slot holds index + 1, 0 when empty. */
    private int[] table = new int[32];

    int size() {
        return size;
    }

    String get(int code) {
        return values[code];
    }

    List<String> values() {
        return Arrays.asList(Arrays.copyOf(values, size));
    }

    int intern(char[] buf, int off, int len) {
        int hash = 0;
        for (int i = off, end = off + len; i < end; i++) {
            hash = 31 * hash + buf[i];
        }
        int mask = table.length - 1;
        int slot = mix(hash) & mask;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                return add(new String(buf, off, len), hash, slot);
            }
            int code = entry - 1;
            char[] known = chars[code];
            if (hashes[code] == hash && known.length == len && Arrays.equals(known, 0, len, buf, off, off + len)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
    }

    int intern(String text) {
        int hash = text.hashCode();
        int mask = table.length - 1;
        int slot = mix(hash) & mask;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                return add(text, hash, slot);
            }
            int code = entry - 1;
            if (hashes[code] == hash && values[code].equals(text)) {
                return code;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int add(String text, int hash, int slot) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            chars = Arrays.copyOf(chars, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        int code = size++;
        values[code] = text;
        chars[code] = text.toCharArray();
        hashes[code] = hash;
        table[slot] = code + 1;
        if (size * 2 > table.length) {
            rehash();
        }
        return code;
    }

    private void rehash() {
        int[] bigger = new int[table.length * 2];
        int mask = bigger.length - 1;
        for (int code = 0; code < size; code++) {
            int slot = mix(hashes[code]) & mask;
            while (bigger[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            bigger[slot] = code + 1;
        }
        table = bigger;
    }

    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
