package jp.mamori.gateway.providers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes tiny MaxMind DB ({@code .mmdb}) files for tests, from the public format specification (version 2.0): a
 * binary search tree over the address bits (IPv6, with IPv4 under {@code ::/96}, 24-bit records), sixteen zero bytes,
 * the data section, then the metadata after the {@code \xAB\xCD\xEFMaxMind.com} marker. Values are maps, strings,
 * booleans and lists; {@link Uint16}, {@link Uint32} and {@link Uint64} say which unsigned type a number is, since
 * readers decode each type into its own Java type. Networks must not overlap.
 */
public final class MaxMindDbWriter {

    private static final byte[] METADATA_MARKER = {(byte) 0xAB, (byte) 0xCD, (byte) 0xEF,
            'M', 'a', 'x', 'M', 'i', 'n', 'd', '.', 'c', 'o', 'm'};
    private static final int RECORD_BYTES = 3;

    public record Uint16(int value) {
    }

    public record Uint32(long value) {
    }

    public record Uint64(long value) {
    }

    /** A tree node: each side is another node, a data offset ({@link Integer}), or null for "no data". */
    private static final class Node {
        final Object[] sides = new Object[2];
    }

    private final String databaseType;
    private final Node root = new Node();
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    /** A database whose metadata says {@code databaseType}, e.g. {@code GeoLite2-Country}. */
    public MaxMindDbWriter(String databaseType) {
        this.databaseType = databaseType;
    }

    /** Maps every address of {@code cidr} ({@code 203.0.113.0/24}, {@code 2001:db8::/32}) to {@code record}. */
    public MaxMindDbWriter network(String cidr, Map<String, ?> record) {
        int slash = cidr.indexOf('/');
        byte[] address = literal(cidr.substring(0, slash));
        int prefix = Integer.parseInt(cidr.substring(slash + 1));
        if (address.length == 4) {
            address = ipv4InIpv6(address);
            prefix += 96;
        }
        int offset = data.size();
        encode(record, data);
        Node node = root;
        for (int bit = 0; bit < prefix - 1; bit++) {
            int side = bit(address, bit);
            if (node.sides[side] == null) {
                node.sides[side] = new Node();
            } else if (!(node.sides[side] instanceof Node)) {
                throw new IllegalArgumentException(cidr + " lies inside a network already written");
            }
            node = (Node) node.sides[side];
        }
        int last = bit(address, prefix - 1);
        if (node.sides[last] != null) {
            throw new IllegalArgumentException(cidr + " overlaps a network already written");
        }
        node.sides[last] = offset;
        return this;
    }

    public void writeTo(Path file) {
        try {
            Files.write(file, bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes() {
        List<Node> nodes = new ArrayList<>();
        Map<Node, Integer> numbers = new IdentityHashMap<>();
        Deque<Node> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            Node node = queue.removeFirst();
            numbers.put(node, nodes.size());
            nodes.add(node);
            for (Object side : node.sides) {
                if (side instanceof Node child) {
                    queue.addLast(child);
                }
            }
        }
        int nodeCount = nodes.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Node node : nodes) {
            for (Object side : node.sides) {
                long record;
                if (side instanceof Node child) {
                    record = numbers.get(child);
                } else if (side instanceof Integer offset) {
                    // The spec's pointer: node count, plus the 16 separator bytes, plus the offset in the data section.
                    record = nodeCount + 16L + offset;
                } else {
                    record = nodeCount;
                }
                for (int i = RECORD_BYTES - 1; i >= 0; i--) {
                    out.write((int) (record >>> (8 * i)) & 0xff);
                }
            }
        }
        out.writeBytes(new byte[16]);
        out.writeBytes(data.toByteArray());
        out.writeBytes(METADATA_MARKER);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("binary_format_major_version", new Uint16(2));
        metadata.put("binary_format_minor_version", new Uint16(0));
        metadata.put("build_epoch", new Uint64(1_764_028_800L));
        metadata.put("database_type", databaseType);
        metadata.put("description", Map.of("en", "Mamori test database"));
        metadata.put("ip_version", new Uint16(6));
        metadata.put("languages", List.of("en"));
        metadata.put("node_count", new Uint32(nodeCount));
        metadata.put("record_size", new Uint16(RECORD_BYTES * 8));
        encode(metadata, out);
        return out.toByteArray();
    }

    private static void encode(Object value, ByteArrayOutputStream out) {
        if (value instanceof String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            control(2, utf8.length, out);
            out.writeBytes(utf8);
        } else if (value instanceof Map<?, ?> map) {
            control(7, map.size(), out);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                encode((String) entry.getKey(), out);
                encode(entry.getValue(), out);
            }
        } else if (value instanceof List<?> list) {
            control(11, list.size(), out);
            list.forEach(element -> encode(element, out));
        } else if (value instanceof Boolean flag) {
            // A boolean's value is its size; it has no payload.
            control(14, flag ? 1 : 0, out);
        } else if (value instanceof Uint16 number) {
            unsigned(5, BigInteger.valueOf(number.value()), out);
        } else if (value instanceof Uint32 number) {
            unsigned(6, BigInteger.valueOf(number.value()), out);
        } else if (value instanceof Uint64 number) {
            unsigned(9, BigInteger.valueOf(number.value()), out);
        } else {
            throw new IllegalArgumentException("no MaxMind DB type for " + value);
        }
    }

    /** An unsigned integer in as few big-endian bytes as it needs (none for zero). */
    private static void unsigned(int type, BigInteger value, ByteArrayOutputStream out) {
        byte[] bytes = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        control(type, bytes.length - skip, out);
        out.write(bytes, skip, bytes.length - skip);
    }

    /** The control byte: type in the top three bits (0 and a second byte for types above 7), then the size. */
    private static void control(int type, int size, ByteArrayOutputStream out) {
        int first = (type <= 7 ? type : 0) << 5;
        byte[] extra;
        if (size < 29) {
            first |= size;
            extra = new byte[0];
        } else if (size < 29 + 256) {
            first |= 29;
            extra = new byte[] {(byte) (size - 29)};
        } else if (size < 285 + 65_536) {
            first |= 30;
            extra = new byte[] {(byte) ((size - 285) >>> 8), (byte) (size - 285)};
        } else {
            first |= 31;
            int rest = size - 65_821;
            extra = new byte[] {(byte) (rest >>> 16), (byte) (rest >>> 8), (byte) rest};
        }
        out.write(first);
        if (type > 7) {
            out.write(type - 7);
        }
        out.writeBytes(extra);
    }

    private static int bit(byte[] address, int index) {
        return (address[index / 8] >>> (7 - index % 8)) & 1;
    }

    private static byte[] ipv4InIpv6(byte[] ipv4) {
        byte[] address = new byte[16];
        System.arraycopy(ipv4, 0, address, 12, 4);
        return address;
    }

    private static byte[] literal(String text) {
        try {
            // Tests pass literals only, so nothing is looked up in DNS.
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
