package no.fakturaflyt.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import no.fakturaflyt.support.CraftedPng;
import org.junit.jupiter.api.Test;

/** The logo check refuses what would make an image library allocate without bound, reading only the file. */
class LogoImageTest {

    @Test
    void aTinyPngClaimingOnePointTwoGigabytesOfPixelsIsRefusedWithoutDecoding() {
        byte[] png = CraftedPng.claiming(20_000, 15_000); // 20000 × 15000 × 4 bytes = 1.2 GB decoded

        assertThat(png.length).isLessThanOrEqualTo(100);
        assertThat(LogoImage.headerProblem(png)).hasValueSatisfying(p -> assertThat(p).contains("20000 × 15000"));
        assertThat(LogoImage.problem(png)).isPresent();
    }

    @Test
    void aPngWithinTheSideLimitButAboveThePixelLimitIsRefused() {
        assertThat(LogoImage.headerProblem(CraftedPng.claiming(4000, 4000))).isPresent();
        assertThat(LogoImage.headerProblem(CraftedPng.claiming(4001, 10))).isPresent();
        assertThat(LogoImage.headerProblem(CraftedPng.claiming(2000, 2000))).isEmpty(); // exactly the pixel limit
    }

    @Test
    void aChunkClaimingMoreBytesThanTheFileHoldsIsRefused() {
        byte[] valid = CraftedPng.grey(20, 10);
        // a tEXt chunk whose length field says 1.2 GB, followed by the rest of a valid file
        byte[] text = CraftedPng.chunk("tEXt", "Comment\0x".getBytes(StandardCharsets.ISO_8859_1));
        ByteBuffer.wrap(text).putInt(0, 1_200_000_000);
        byte[] png = insertAfterHeader(valid, text);

        assertThat(LogoImage.headerProblem(png)).hasValueSatisfying(p -> assertThat(p).contains("1200000000"));
        assertThat(LogoImage.problem(png)).isPresent();
    }

    @Test
    void aTruncatedPngIsRefused() {
        byte[] valid = CraftedPng.grey(200, 100);

        for (int length : new int[] {4, 8, 20, 33, valid.length / 2, valid.length - 1}) {
            assertThat(LogoImage.problem(Arrays.copyOf(valid, length))).as("cut at %d", length).isPresent();
        }
    }

    @Test
    void aDamagedChecksumIsRefused() {
        byte[] png = CraftedPng.grey(20, 10);
        png[8 + 8 + 3] ^= 1; // a bit of the IHDR width

        assertThat(LogoImage.headerProblem(png)).hasValueSatisfying(p -> assertThat(p).contains("checksum"));
    }

    @Test
    void imageDataThatDoesNotDecodeIsRefusedByTheFullCheck() {
        byte[] ihdr = Arrays.copyOfRange(CraftedPng.grey(20, 10), 8, 8 + 25);
        byte[] png = CraftedPng.png(ihdr, CraftedPng.chunk("IDAT", "no zlib stream here".getBytes()),
                CraftedPng.chunk("IEND", new byte[0]));

        assertThat(LogoImage.headerProblem(png)).isEmpty(); // the structure is sound
        assertThat(LogoImage.problem(png)).isPresent();
    }

    @Test
    void somethingElseIsNotAPng() throws IOException {
        assertThat(LogoImage.problem("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes())).isPresent();
        BufferedImage image = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        assertThat(LogoImage.problem(jpeg.toByteArray())).hasValue("The logo must be a PNG image");
        assertThat(LogoImage.problem(new byte[LogoImage.MAX_BYTES + 1])).hasValue("The logo may be at most 512 KiB");
    }

    @Test
    void soundPngsAreAccepted() throws IOException {
        assertThat(LogoImage.problem(CraftedPng.grey(200, 100))).isEmpty();
        BufferedImage image = new BufferedImage(800, 200, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        assertThat(LogoImage.problem(png.toByteArray())).isEmpty();
    }

    private static byte[] insertAfterHeader(byte[] png, byte[] chunk) {
        int afterIhdr = 8 + 25;
        byte[] result = new byte[png.length + chunk.length];
        System.arraycopy(png, 0, result, 0, afterIhdr);
        System.arraycopy(chunk, 0, result, afterIhdr, chunk.length);
        System.arraycopy(png, afterIhdr, result, afterIhdr + chunk.length, png.length - afterIhdr);
        return result;
    }
}
