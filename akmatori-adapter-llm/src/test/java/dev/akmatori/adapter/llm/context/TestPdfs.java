package dev.akmatori.adapter.llm.context;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Real PDFs written with PDFBox itself: pages of text (one line each) or of a single image. */
final class TestPdfs {
  /** A page whose only content is a picture. */
  static final String IMAGE = "\u0000image";

  private TestPdfs() {}

  /** One page per entry: a line of text, or {@link #IMAGE}. */
  static byte[] pages(String... pages) {
    return write(null, pages);
  }

  /** Like {@link #pages} but encrypted: opening it needs {@code userPassword}. */
  static byte[] protectedBy(String userPassword, String... pages) {
    return write(userPassword, pages);
  }

  private static byte[] write(String userPassword, String... pages) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String content : pages) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
          if (IMAGE.equals(content)) {
            stream.drawImage(picture(document), 72, 400, 200, 200);
          } else {
            stream.beginText();
            stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            stream.newLineAtOffset(72, 700);
            stream.showText(content);
            stream.endText();
          }
        }
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDImageXObject picture(PDDocument document) throws IOException {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, 64, 64);
    g.setColor(Color.BLUE);
    g.fillOval(8, 8, 48, 48);
    g.dispose();
    return LosslessFactory.createFromImage(document, image);
  }
}
