package org.doorway.resources.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** A QR code drawn as filled squares, so it stays sharp at any print size. */
final class QrSquares {
    private QrSquares() {}

    /** The code's modules for {@code link}, or empty when it is too long for a QR code. */
    static Optional<BitMatrix> encode(String link) {
        try {
            return Optional.of(new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8")));
        } catch (WriterException | IllegalArgumentException tooLong) {
            return Optional.empty();
        }
    }

    /** Draws the modules in a square of side {@code size} whose top left corner is at (x, top). */
    static void draw(PDPageContentStream content, BitMatrix modules, float x, float top, float size)
            throws IOException {
        float module = size / modules.getWidth();
        for (int row = 0; row < modules.getHeight(); row++) {
            for (int column = 0; column < modules.getWidth(); column++) {
                if (modules.get(column, row)) {
                    content.addRect(x + column * module, top - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }
}
