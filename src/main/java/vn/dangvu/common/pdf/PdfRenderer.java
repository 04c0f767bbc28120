package vn.dangvu.common.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Prints a Thymeleaf template as PDF in a font that has every Vietnamese letter (Liberation Sans 2, SIL OFL, shipped
 * in the jar): the templates name it as {@code font-family: 'Liberation Sans'} and set the page size with
 * {@code @page}. Shared by the modules that print (reports, badge certificates).
 */
@Component
public class PdfRenderer {

	public static final String FONT_FAMILY = "Liberation Sans";

	private final TemplateEngine templates;

	public PdfRenderer(TemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * Renders the template; its stylesheet, {@code <template>.css} on the class path, goes into the document here, not
	 * in the template: no template holds an inline style (the pages' CSP).
	 */
	public void render(String template, Context context, OutputStream out) {
		String html = templates.process(template, context)
			.replace("</head>", "<style>" + stylesheet(template + ".css") + "</style></head>");
		try (PDDocument document = new PDDocument();
				TrueTypeFont regular = font("fonts/LiberationSans-Regular.ttf");
				TrueTypeFont bold = font("fonts/LiberationSans-Bold.ttf")) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			builder.useFont(new PDFontSupplier(PDType0Font.load(document, regular, true)), FONT_FAMILY, 400,
					FontStyle.NORMAL, true);
			builder.useFont(new PDFontSupplier(PDType0Font.load(document, bold, true)), FONT_FAMILY, 700,
					FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String stylesheet(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The font, its glyph substitutions (ligatures, composed marks) off: PDFBox 3.0 builds a regular expression of
	 * every substitution of the font for each piece of text it draws — half the time of a report's PDF of a thousand
	 * rows —, and the text needs none (it is NFC-normalized, every Vietnamese letter one precomposed character, and
	 * tables want no ligatures).
	 */
	private static TrueTypeFont font(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
			font.setEnableGsub(false);
			return font;
		}
	}

}
