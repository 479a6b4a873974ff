package cn.gov.legalprocurement.pdf;

import cn.gov.legalprocurement.documents.DocumentModels;
import cn.gov.legalprocurement.documents.DocumentTemplate;
import cn.gov.legalprocurement.documents.PdfInspector;
import java.util.Arrays;

/**
 * Checking and text extraction of uploaded PDFs (a benchmark, not a test: figures go to docs/benchmarks.md): what
 * {@link PdfBoxInspector#inspect} costs per upload — the bounded decoding of every stream, then the text of every
 * page — on contracts the portal rendered (Chinese text in an embedded Noto Sans SC subset, like a typical
 * technical proposal). Arguments: inspections per size (default 200) and the contract length factors to render
 * (default 3, 12, 48).
 */
final class ExtractBenchmark {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int[] lengths = args.length > 1 ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray() : new int[] {3, 12, 48};
        PdfDocumentRenderer renderer = new PdfDocumentRenderer();
        PdfBoxInspector inspector = new PdfBoxInspector();
        for (int length : lengths) {
            byte[] pdf = renderer.render(DocumentTemplate.CONTRACT_LEGAL_AID, DocumentModels.contract(Samples.contract(length))).pdf();
            PdfInspector.Inspection first = inspector.inspect("file", pdf, 1000);
            for (int i = 0; i < 20; i++) {
                inspector.inspect("file", pdf, 1000);
            }
            long[] nanos = new long[n];
            long total = 0;
            for (int i = 0; i < n; i++) {
                long start = System.nanoTime();
                inspector.inspect("file", pdf, 1000);
                nanos[i] = System.nanoTime() - start;
                total += nanos[i];
            }
            Arrays.sort(nanos);
            double seconds = total / 1e9;
            System.out.printf("pages=%d size=%dKiB chars=%d median=%.1fms p95=%.1fms pages/s=%.0f MiB/s=%.1f%n", first.pages(),
                    pdf.length / 1024, first.text().length(), nanos[n / 2] / 1e6, nanos[(int) (n * 0.95)] / 1e6,
                    first.pages() * n / seconds, pdf.length * (double) n / seconds / (1 << 20));
        }
    }
}
