package no.fakturaflyt.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The checks a company logo (a PNG printed on every invoice) has to pass, with memory bounded by the file itself.
 *
 * <p>{@link #headerProblem} walks the PNG's chunks without decoding anything: the signature, every chunk's length
 * within the file and its CRC-32, IHDR first with sane dimensions, at least one IDAT, IEND last. A chunk that claims
 * more bytes than the file holds, or an IHDR that claims a picture of more than {@value #MAX_SIDE} pixels a side or
 * {@value #MAX_PIXELS} pixels in all, is refused before any image library allocates a buffer for it.
 * {@link #problem} adds a full decode (then bounded by those dimensions), so that a truncated or corrupt picture is
 * refused at upload rather than at the first invoice.
 */
public final class LogoImage {

    /** The largest logo file accepted. */
    public static final int MAX_BYTES = 512 * 1024;
    /** The longest side in pixels (40 mm at 600 dpi is about 950 pixels). */
    public static final int MAX_SIDE = 4000;
    /** The most pixels in all: decoded as 16-bit RGBA that is at most 32 MB. */
    public static final int MAX_PIXELS = 4_000_000;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private LogoImage() {
    }

    /** What is wrong with {@code png} as a logo after a full decode, or empty when it is a sound PNG within limits. */
    public static Optional<String> problem(byte[] png) {
        Optional<String> header = headerProblem(png);
        if (header.isPresent()) {
            return header;
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
        if (!readers.hasNext()) {
            return Optional.of("No PNG reader available to check the logo");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            reader.setInput(in, true, true);
            reader.read(0);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("The logo is not a readable PNG image (" + e.getMessage() + ")");
        } finally {
            reader.dispose();
        }
    }

    /** What is wrong with {@code png}'s structure and stated size, reading no pixel data; empty when nothing. */
    public static Optional<String> headerProblem(byte[] png) {
        if (png == null || png.length == 0) {
            return Optional.of("The logo is empty");
        }
        if (png.length > MAX_BYTES) {
            return Optional.of("The logo may be at most 512 KiB");
        }
        if (png.length < SIGNATURE.length || !ByteBuffer.wrap(png, 0, SIGNATURE.length).equals(ByteBuffer.wrap(SIGNATURE))) {
            return Optional.of("The logo must be a PNG image");
        }
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.position(SIGNATURE.length);
        boolean first = true;
        boolean imageData = false;
        while (true) {
            if (buffer.remaining() < 12) {
                return Optional.of("The logo is not a complete PNG image (it ends before IEND)");
            }
            long length = Integer.toUnsignedLong(buffer.getInt());
            int typeStart = buffer.position();
            if (length > buffer.remaining() - 8L) {
                return Optional.of("The logo is not a complete PNG image (a chunk claims " + length
                        + " bytes; the file holds " + (buffer.remaining() - 8) + ")");
            }
            String type = new String(png, typeStart, 4, StandardCharsets.ISO_8859_1);
            CRC32 crc = new CRC32();
            crc.update(png, typeStart, 4 + (int) length);
            buffer.position(typeStart + 4 + (int) length);
            if ((int) crc.getValue() != buffer.getInt()) {
                return Optional.of("The logo is a damaged PNG image (wrong checksum in chunk " + type + ")");
            }
            if (first) {
                if (!"IHDR".equals(type) || length != 13) {
                    return Optional.of("The logo is a damaged PNG image (it does not start with IHDR)");
                }
                Optional<String> size = sizeProblem(Integer.toUnsignedLong(ByteBuffer.wrap(png, typeStart + 4, 4).getInt()),
                        Integer.toUnsignedLong(ByteBuffer.wrap(png, typeStart + 8, 4).getInt()));
                if (size.isPresent()) {
                    return size;
                }
                first = false;
            } else if ("IDAT".equals(type)) {
                imageData = true;
            } else if ("IEND".equals(type)) {
                return imageData ? Optional.empty()
                        : Optional.of("The logo is a damaged PNG image (it has no image data)");
            }
        }
    }

    private static Optional<String> sizeProblem(long width, long height) {
        if (width == 0 || height == 0) {
            return Optional.of("The logo has no pixels");
        }
        if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
            return Optional.of("The logo is " + width + " × " + height + " pixels; at most " + MAX_SIDE
                    + " pixels a side and " + MAX_PIXELS + " pixels in all");
        }
        return Optional.empty();
    }
}
