package no.fakturaflyt.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * PNG files written byte by byte after the PNG specification (ISO/IEC 15948, W3C PNG 2nd edition, sections 5.2-5.3
 * and 11.2): the 8-byte signature, then chunks of length (4 bytes, big-endian), type (4 ASCII letters), data and a
 * CRC-32 over type and data. Used to build files an image library would trust: they claim what they like.
 */
public final class CraftedPng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private CraftedPng() {
    }

    /**
     * A well-formed PNG of {@code width} × {@code height} 8-bit RGBA pixels whose IDAT holds only one row's worth of
     * compressed zeros: tiny on disk, but decoding it needs width × height × 4 bytes.
     */
    public static byte[] claiming(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(width).putInt(height);
        ihdr.put((byte) 8);   // bit depth
        ihdr.put((byte) 6);   // colour type: truecolour with alpha
        ihdr.put((byte) 0);   // compression: deflate
        ihdr.put((byte) 0);   // filter method 0
        ihdr.put((byte) 0);   // no interlace
        return png(chunk("IHDR", ihdr.array()), chunk("IDAT", deflate(new byte[1 + 4])), chunk("IEND", new byte[0]));
    }

    /** A complete, decodable PNG of {@code width} × {@code height} grey pixels (colour type 0, bit depth 8). */
    public static byte[] grey(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        byte[] raw = new byte[(1 + width) * height]; // each row: filter type 0, then the grey values
        for (int y = 0; y < height; y++) {
            Arrays.fill(raw, y * (1 + width) + 1, (y + 1) * (1 + width), (byte) (y * 255 / Math.max(1, height - 1)));
        }
        return png(chunk("IHDR", ihdr.array()), chunk("IDAT", deflate(raw)), chunk("IEND", new byte[0]));
    }

    public static byte[] png(byte[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SIGNATURE);
        for (byte[] chunk : chunks) {
            out.writeBytes(chunk);
        }
        return out.toByteArray();
    }

    public static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(9);
        deflater.setInput(raw);
        deflater.finish();
        byte[] buffer = new byte[raw.length + 64];
        int length = deflater.deflate(buffer);
        deflater.end();
        return Arrays.copyOf(buffer, length);
    }
}
