package cn.gov.legalprocurement.pdf;

import cn.gov.legalprocurement.documents.PdfInspector;
import cn.gov.legalprocurement.shared.PortalException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Component;

/**
 * Checks uploads with PDFBox and extracts their text (for search), refusing what cannot be archived. The
 * work one upload may cost is bounded: at most {@link #MAX_OPERATORS} content operators and
 * {@link #MAX_TIME} of extraction, checked at every page and every operator, so a small file whose pages
 * all draw one huge stream (a "PDF bomb") is refused quickly instead of holding a server thread; and
 * before extraction every stream but images is decoded into a counter, at most {@link #MAX_DECODED}
 * bytes for the whole file, because PDFBox decodes a stream whole in memory when it reads it (a
 * compressed megabyte of blanks would become a gigabyte), and the pages' contents are counted against the
 * same bound a stream once for every page that draws it, so that pages sharing one huge stream are refused
 * before any is parsed.
 */
@Component
public class PdfBoxInspector implements PdfInspector {

    /** Text beyond this is not kept for search (a very long upload is still stored whole). */
    static final int MAX_TEXT = 1_000_000;
    static final long MAX_OPERATORS = 5_000_000;
    static final Duration MAX_TIME = Duration.ofSeconds(3);
    static final long MAX_DECODED = 64L << 20;
    /** Image codecs: text extraction never decodes these, so they cost nothing and are not counted. */
    private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION, COSName.JBIG2_DECODE);
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Override
    public Inspection inspect(String field, byte[] content, int maxPages) {
        if (content.length < MAGIC.length || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw PortalException.invalid(field, "error.upload.not-pdf");
        }
        try (PDDocument doc = Loader.loadPDF(content)) {
            if (doc.isEncrypted()) {
                throw PortalException.invalid(field, "error.upload.encrypted");
            }
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw PortalException.invalid(field, "error.upload.malformed");
            }
            if (pages > maxPages) {
                throw PortalException.invalid(field, "error.upload.too-many-pages", pages, maxPages);
            }
            Budget budget = new Budget();
            budget.decodeStreams(doc.getDocument());
            budget.pageContents(doc);
            String text = new BoundedTextStripper(budget).getText(doc);
            return new Inspection(pages, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        } catch (TooComplex e) {
            throw PortalException.invalid(field, "error.upload.too-complex");
        } catch (InvalidPasswordException e) {
            throw PortalException.invalid(field, "error.upload.encrypted");
        } catch (IOException | RuntimeException e) {
            if (e instanceof PortalException portal) {
                throw portal;
            }
            throw PortalException.invalid(field, "error.upload.malformed");
        }
    }

    /** Thrown when an upload costs more than its bound. */
    private static final class TooComplex extends IOException {
        TooComplex() {
            super("upload exceeds its processing bound");
        }
    }

    /** What one upload may still cost: time, content operators and decoded bytes. */
    private static final class Budget {
        private final long deadline = System.nanoTime() + MAX_TIME.toNanos();
        private final Map<COSStream, Long> decodedSizes = new IdentityHashMap<>();
        private long operators;
        private long decoded;

        void check() throws TooComplex {
            if (operators > MAX_OPERATORS || decoded > MAX_DECODED || System.nanoTime() > deadline) {
                throw new TooComplex();
            }
        }

        void operator() throws TooComplex {
            operators++;
            check();
        }

        /** Decodes every stream of the file but images into a counter, filter by filter. */
        void decodeStreams(COSDocument document) throws IOException {
            for (COSObjectKey key : List.copyOf(document.getXrefTable().keySet())) {
                check();
                COSObject object = document.getObjectFromPool(key);
                if (object.getObject() instanceof COSStream stream && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                    long before = decoded;
                    decode(stream);
                    decodedSizes.put(stream, decoded - before);
                }
            }
        }

        /**
         * The pages' content streams as extraction would decode them, a stream once for every page that draws it,
         * against the same bound: pages that share one huge stream are refused before any of them is parsed.
         */
        void pageContents(PDDocument doc) throws TooComplex {
            long contents = 0;
            for (PDPage page : doc.getPages()) {
                COSBase base = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
                for (COSBase part : base instanceof COSArray array ? array.toList() : List.of(base == null ? COSNull.NULL : base)) {
                    COSBase resolved = part instanceof COSObject object ? object.getObject() : part;
                    if (resolved instanceof COSStream stream) {
                        contents += decodedSizes.getOrDefault(stream, 0L);
                    }
                }
                if (contents > MAX_DECODED) {
                    throw new TooComplex();
                }
                check();
            }
        }

        private void decode(COSStream stream) throws IOException {
            List<COSName> filters = filters(stream.getFilters());
            if (filters.stream().anyMatch(IMAGE_FILTERS::contains)) {
                return;
            }
            byte[] data = null;
            for (int i = 0; i < filters.size(); i++) {
                boolean last = i == filters.size() - 1;
                CountingSink sink = new CountingSink(this, !last);
                try (InputStream in = data == null ? stream.createRawInputStream() : new ByteArrayInputStream(data)) {
                    FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, sink, stream, i);
                } catch (TooComplex e) {
                    throw e;
                } catch (IOException | RuntimeException e) {
                    return; // a damaged stream: extraction copes with it or refuses the file
                }
                data = sink.bytes();
            }
        }

        private static List<COSName> filters(COSBase filters) {
            if (filters instanceof COSName name) {
                return List.of(name);
            }
            List<COSName> names = new ArrayList<>();
            if (filters instanceof COSArray array) {
                for (COSBase entry : array) {
                    if (entry instanceof COSName name) {
                        names.add(name);
                    }
                }
            }
            return names;
        }
    }

    /** Counts decoded bytes against the budget; keeps them only for the next filter of a chain. */
    private static final class CountingSink extends OutputStream {
        private final Budget budget;
        private final ByteArrayOutputStream kept;

        CountingSink(Budget budget, boolean keep) {
            this.budget = budget;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            budget.decoded += len;
            budget.check();
            if (kept != null) {
                kept.write(b, off, len);
            }
        }

        byte[] bytes() {
            return kept == null ? null : kept.toByteArray();
        }
    }

    /** Text extraction that stops once the operators or the time of one upload exceed their bound. */
    private static final class BoundedTextStripper extends PDFTextStripper {
        private final Budget budget;

        BoundedTextStripper(Budget budget) {
            this.budget = budget;
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            budget.check();
            super.processPage(page);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            budget.operator();
            super.processOperator(operator, operands);
        }
    }
}
