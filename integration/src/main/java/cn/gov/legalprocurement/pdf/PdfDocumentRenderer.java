package cn.gov.legalprocurement.pdf;

import cn.gov.legalprocurement.documents.DocumentRenderer;
import cn.gov.legalprocurement.documents.DocumentTemplate;
import cn.gov.legalprocurement.documents.TemplateText;
import cn.gov.legalprocurement.shared.Fingerprint;
import cn.gov.legalprocurement.shared.PortalClock;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Renders the templates into A4 PDF/A-2b documents with Apache PDFBox: Noto Sans SC embedded as a
 * subset, title, headings, wrapped paragraphs, ruled tables, the parties' signature block and
 * "第 N 页 共 M 页" on every page; sRGB output intent and XMP metadata for archiving.
 */
@Component
public class PdfDocumentRenderer implements DocumentRenderer {

    static final String PRODUCER = "政府购买法律服务平台";
    private static final float MARGIN = 56;
    private static final float BODY = 10.5f;
    private static final float LEADING = 17;

    private final byte[] font;
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** The portal's clock (the training clock in training mode): a document is dated when the portal says it is. */
    private final PortalClock clock;

    /** A renderer on the engine's clock, outside the application (tests, benchmarks). */
    public PdfDocumentRenderer() {
        this(new PortalClock());
    }

    @Autowired
    public PdfDocumentRenderer(PortalClock clock) {
        this.clock = clock;
        try (InputStream in = PdfDocumentRenderer.class.getResourceAsStream("/fonts/NotoSansSC-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("fonts/NotoSansSC-Regular.ttf is missing from the templates module");
            }
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public RenderedDocument render(DocumentTemplate template, Map<String, String> values) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font cjk = PDType0Font.load(doc, new ByteArrayInputStream(font), true);
            Layout layout = new Layout(doc, cjk);
            String title = template.documentType();
            List<String[]> table = new ArrayList<>();
            for (TemplateText.Line line : TemplateText.lines(template, values)) {
                if (line.kind() == TemplateText.Kind.ROW) {
                    table.add(line.cells().toArray(String[]::new));
                    continue;
                }
                if (!table.isEmpty()) {
                    layout.table(table);
                    table.clear();
                }
                String text = line.text().strip();
                switch (line.kind()) {
                    case TITLE -> {
                        title = text;
                        layout.title(title);
                    }
                    case HEADING -> layout.heading(text);
                    case SIGNATURES -> layout.signatures(line.cells().get(0), line.cells().get(1), line.cells().get(2),
                            line.cells().get(3));
                    default -> {
                        if (text.isEmpty()) {
                            layout.gap(LEADING / 2);
                        } else {
                            layout.paragraph(text);
                        }
                    }
                }
            }
            if (!table.isEmpty()) {
                layout.table(table);
            }
            layout.close();
            int pages = doc.getNumberOfPages();
            numberPages(doc, cjk);
            archival(doc, title);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            byte[] pdf = out.toByteArray();
            return new RenderedDocument(pdf, pages, Fingerprint.sha256(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + template.file(), e);
        }
    }

    private void numberPages(PDDocument doc, PDType0Font cjk) throws IOException {
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            String label = "第 " + (i + 1) + " 页 共 " + total + " 页";
            float size = 9;
            float width = cjk.getStringWidth(label) / 1000 * size;
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                s.beginText();
                s.setFont(cjk, size);
                s.newLineAtOffset((page.getMediaBox().getWidth() - width) / 2, MARGIN / 2);
                s.showText(label);
                s.endText();
            }
        }
    }

    /** PDF/A-2b: XMP metadata matching the document information, sRGB output intent, a file identifier. */
    private void archival(PDDocument doc, String title) throws IOException {
        Calendar now = Calendar.getInstance(TimeZone.getTimeZone(PortalClock.ZONE));
        now.setTime(Date.from(clock.now()));
        now.set(Calendar.MILLISECOND, 0);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(now);
        info.setModificationDate(now);
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
            pdfa.setPart(2);
            pdfa.setConformance("B");
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            dc.addCreator(PRODUCER);
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool(PRODUCER);
            basic.setCreateDate(now);
            basic.setModifyDate(now);
            AdobePDFSchema adobe = xmp.createAndAddAdobePDFSchema();
            adobe.setProducer(PRODUCER);
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, xml, true);
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xml.toByteArray());
            doc.getDocumentCatalog().setMetadata(metadata);
        } catch (BadFieldValueException | TransformerException e) {
            throw new IllegalStateException("Cannot write the XMP metadata", e);
        }
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(srgb));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
        byte[] id = HexFormat.of().parseHex(Fingerprint.sha256(title + now.getTimeInMillis()).substring(0, 32));
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** Flows text down A4 pages. */
    private static final class Layout {

        private final PDDocument doc;
        private final PDType0Font font;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        void title(String text) throws IOException {
            float size = 17;
            for (String line : wrap(text, size, width)) {
                ensure(size * 1.8f);
                write(line, MARGIN + (width - textWidth(line, size)) / 2, size);
                y -= size * 1.8f;
            }
            y -= 4;
        }

        void heading(String text) throws IOException {
            gap(6);
            float size = 12.5f;
            ensure(size * 1.8f + LEADING);
            write(text, MARGIN, size);
            y -= size * 1.7f;
        }

        void paragraph(String text) throws IOException {
            for (String line : wrap(text, BODY, width)) {
                ensure(LEADING);
                write(line, MARGIN, BODY);
                y -= LEADING;
            }
        }

        void gap(float h) {
            y -= h;
        }

        void table(List<String[]> rows) throws IOException {
            int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
            float column = width / columns;
            float size = 9.5f;
            float lineHeight = 14;
            gap(2);
            for (int r = 0; r < rows.size(); r++) {
                String[] row = rows.get(r);
                List<List<String>> wrapped = new ArrayList<>();
                int lines = 1;
                for (int c = 0; c < columns; c++) {
                    List<String> cell = wrap(c < row.length ? row[c] : "", size, column - 8);
                    wrapped.add(cell);
                    lines = Math.max(lines, cell.size());
                }
                float height = lines * lineHeight + 8;
                ensure(height);
                if (r == 0) {
                    stream.setNonStrokingColor(0.92f, 0.92f, 0.92f);
                    stream.addRect(MARGIN, y - height, width, height);
                    stream.fill();
                    stream.setNonStrokingColor(0f, 0f, 0f);
                }
                stream.setStrokingColor(0.35f, 0.35f, 0.35f);
                stream.setLineWidth(0.5f);
                for (int c = 0; c < columns; c++) {
                    stream.addRect(MARGIN + c * column, y - height, column, height);
                }
                stream.stroke();
                for (int c = 0; c < columns; c++) {
                    float lineY = y - 4 - size;
                    for (String line : wrapped.get(c)) {
                        write(line, MARGIN + c * column + 4, size, lineY);
                        lineY -= lineHeight;
                    }
                }
                y -= height;
            }
            gap(6);
        }

        void signatures(String purchaser, String purchaserSignature, String provider, String providerSignature)
                throws IOException {
            gap(LEADING);
            ensure(LEADING * 6);
            float half = width / 2;
            String[][] columns = {
                    {"甲方（盖章）：" + purchaser, "代表签字：" + blankIfNone(purchaserSignature), "日期："},
                    {"乙方（盖章）：" + provider, "代表签字：" + blankIfNone(providerSignature), "日期："}};
            float top = y;
            float lowest = y;
            for (int c = 0; c < 2; c++) {
                float lineY = top;
                for (String text : columns[c]) {
                    for (String line : wrap(text, BODY, half - 12)) {
                        write(line, MARGIN + c * half, BODY, lineY);
                        lineY -= LEADING * 1.4f;
                    }
                }
                lowest = Math.min(lowest, lineY);
            }
            y = lowest;
        }

        private static String blankIfNone(String s) {
            return s == null || s.isBlank() ? "＿＿＿＿＿＿＿＿" : s;
        }

        private void write(String text, float x, float size) throws IOException {
            write(text, x, size, y - size);
        }

        private void write(String text, float x, float size, float baseline) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(text);
            stream.endText();
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            stream.close();
        }

        private float textWidth(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /**
         * Breaks anywhere for Chinese, at spaces where possible for Latin text; replaces glyphs the font lacks. A
         * break never puts closing punctuation at the start of a line or an opening bracket at its end (GB/T 15834
         * line-breaking rules): the characters before the break are carried over to the next line with it.
         */
        private List<String> wrap(String text, float size, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                String ch = printable(cp);
                float w = textWidth(ch, size);
                if (lineWidth + w > max && line.length() > 0) {
                    int space = line.lastIndexOf(" ");
                    if (space > 0 && Character.isLetterOrDigit(cp) && cp < 0x3000) {
                        lines.add(line.substring(0, space));
                        String rest = line.substring(space + 1);
                        line = new StringBuilder(rest);
                        lineWidth = textWidth(rest, size);
                    } else {
                        int cut = breakBefore(line, ch);
                        lines.add(line.substring(0, cut));
                        String rest = line.substring(cut);
                        line = new StringBuilder(rest);
                        lineWidth = textWidth(rest, size);
                    }
                }
                line.append(ch);
                lineWidth += w;
            }
            lines.add(line.toString());
            return lines;
        }

        /** Closing punctuation that may not start a line. */
        private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉’”…—·%,.;:?!)]}";
        /** Opening brackets that may not end a line. */
        private static final String NO_LINE_END = "（《「『【〔〈‘“([{";
        /** How many characters a break carries over at most; beyond that the line breaks where it overflowed. */
        private static final int MAX_CARRIED = 4;

        /**
         * Where to break {@code line} before the character {@code next} would overflow it: at its end, unless that
         * leaves closing punctuation starting the next line or an opening bracket ending this one.
         */
        static int breakBefore(CharSequence line, String next) {
            int cut = line.length();
            while (cut > 0 && line.length() - cut < MAX_CARRIED) {
                char starting = cut == line.length() ? next.charAt(0) : line.charAt(cut);
                char ending = line.charAt(cut - 1);
                if (NO_LINE_START.indexOf(starting) < 0 && NO_LINE_END.indexOf(ending) < 0
                        && !Character.isLowSurrogate(starting)) {
                    return cut;
                }
                cut--;
            }
            return line.length();
        }

        private String printable(int cp) {
            String ch = new String(Character.toChars(cp));
            if (cp == '\t') {
                return " ";
            }
            try {
                font.encode(ch);
                return ch;
            } catch (IllegalArgumentException | IOException missing) {
                return "?";
            }
        }
    }
}
