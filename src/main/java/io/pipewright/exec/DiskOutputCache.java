package io.pipewright.exec;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The output cache on disk, so it survives restarts, with the values of this process's recent
 * entries also kept in memory while memory allows. One file per entry: the report sections first
 * (read on every hit), then the values (read only when a node downstream needs them). Files are
 * written to a temporary name and moved into place, so a crash never leaves half an entry. When the
 * folder grows past its limit, the entries used longest ago are removed.
 */
public final class DiskOutputCache implements OutputCache {
    private static final Logger LOG = Logger.getLogger(DiskOutputCache.class.getName());
    private static final int MAGIC = 0x50574331; // "PWC1"
    private static final String JAVA_SERIALIZATION = "java";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final long maxBytes;
    private final List<ValueCodec> codecs;
    private final Map<String, SoftReference<Map<String, Object>>> inMemory = new ConcurrentHashMap<>();

    public DiskOutputCache(Path dir, long maxBytes) {
        this(dir, maxBytes, ServiceLoader.load(ValueCodec.class, DiskOutputCache.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    public DiskOutputCache(Path dir, long maxBytes, List<ValueCodec> codecs) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.codecs = List.copyOf(codecs);
    }

    public Path directory() {
        return dir;
    }

    @Override
    public Optional<Entry> find(String key) {
        Path file = fileOf(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = open(file)) {
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            Map<String, Object> reports = readReports(in);
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(new DiskEntry(key, file, reports));
        } catch (IOException e) {
            LOG.log(Level.FINE, "unreadable cache entry " + file + "; ignoring it", e);
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, Map<String, Object> reports, Map<String, Object> outputs) {
        Path file = fileOf(key);
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, key.substring(0, 8), ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                out.writeInt(MAGIC);
                byte[] json = JSON.writeValueAsBytes(reports);
                out.writeInt(json.length);
                out.write(json);
                out.writeInt(outputs.size());
                for (Map.Entry<String, Object> e : outputs.entrySet()) {
                    out.writeUTF(e.getKey());
                    writeValue(e.getValue(), out);
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            inMemory.put(key, new SoftReference<>(outputs));
            evictBeyondLimit();
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not cache outputs under " + key, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // A leftover temp file is harmless: it is never read as an entry.
                }
            }
        }
    }

    private void writeValue(Object value, DataOutputStream out) throws IOException {
        for (ValueCodec codec : codecs) {
            if (codec.handles(value)) {
                out.writeUTF(codec.id());
                codec.write(value, out);
                return;
            }
        }
        if (!(value instanceof Serializable)) {
            throw new NotSerializableException(value == null ? "null" : value.getClass().getName());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(bytes)) {
            oos.writeObject(value);
        }
        out.writeUTF(JAVA_SERIALIZATION);
        out.writeInt(bytes.size());
        bytes.writeTo(out);
    }

    private Object readValue(DataInputStream in) throws IOException {
        String codecId = in.readUTF();
        if (codecId.equals(JAVA_SERIALIZATION)) {
            byte[] bytes = in.readNBytes(in.readInt());
            try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                return ois.readObject();
            } catch (ClassNotFoundException e) {
                throw new IOException("cached value of a class this build lacks: " + e.getMessage(), e);
            }
        }
        for (ValueCodec codec : codecs) {
            if (codec.id().equals(codecId)) {
                return codec.read(in);
            }
        }
        throw new IOException("no codec '" + codecId + "' in this build");
    }

    private static Map<String, Object> readReports(DataInputStream in) throws IOException {
        byte[] json = in.readNBytes(in.readInt());
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    private final class DiskEntry implements Entry {
        private final String key;
        private final Path file;
        private final Map<String, Object> reports;

        DiskEntry(String key, Path file, Map<String, Object> reports) {
            this.key = key;
            this.file = file;
            this.reports = reports;
        }

        @Override
        public Map<String, Object> reports() {
            return reports;
        }

        @Override
        public Map<String, Object> loadOutputs() throws IOException {
            SoftReference<Map<String, Object>> ref = inMemory.get(key);
            Map<String, Object> remembered = ref == null ? null : ref.get();
            if (remembered != null) {
                return remembered;
            }
            try (DataInputStream in = open(file)) {
                if (in.readInt() != MAGIC) {
                    throw new IOException("not a cache entry: " + file);
                }
                readReports(in);
                int count = in.readInt();
                Map<String, Object> outputs = new LinkedHashMap<>();
                for (int i = 0; i < count; i++) {
                    outputs.put(in.readUTF(), readValue(in));
                }
                inMemory.put(key, new SoftReference<>(outputs));
                return outputs;
            }
        }
    }

    private void evictBeyondLimit() throws IOException {
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().endsWith(".entry")).forEach(entries::add);
        }
        long total = 0;
        for (Path p : entries) {
            total += Files.size(p);
        }
        if (total <= maxBytes) {
            return;
        }
        entries.sort(Comparator.comparing(p -> {
            try {
                return Files.getLastModifiedTime(p).toMillis();
            } catch (IOException e) {
                return 0L;
            }
        }));
        for (Path p : entries) {
            if (total <= maxBytes) {
                break;
            }
            total -= Files.size(p);
            Files.deleteIfExists(p);
            inMemory.remove(p.getFileName().toString().replace(".entry", ""));
        }
    }

    private Path fileOf(String key) {
        return dir.resolve(key + ".entry");
    }

    private static DataInputStream open(Path file) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }
}
