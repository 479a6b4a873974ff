package cn.gov.legalprocurement.pdf;

import cn.gov.legalprocurement.documents.DocumentModels;
import cn.gov.legalprocurement.documents.DocumentTemplate;
import java.util.Arrays;
import java.util.Map;

/**
 * Contract rendering time per document (a benchmark, not a test: figures go to docs/benchmarks.md).
 * Arguments: number of documents (default 300) and contract length factor (default 3).
 */
final class RenderBenchmark {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int length = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        PdfDocumentRenderer renderer = new PdfDocumentRenderer();
        Map<String, String> values = DocumentModels.contract(Samples.contract(length));
        for (int i = 0; i < 30; i++) {
            renderer.render(DocumentTemplate.CONTRACT_LEGAL_AID, values);
        }
        long[] nanos = new long[n];
        int pages = 0;
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            var doc = renderer.render(DocumentTemplate.CONTRACT_LEGAL_AID, values);
            nanos[i] = System.nanoTime() - start;
            pages = doc.pages();
            bytes += doc.pdf().length;
        }
        Arrays.sort(nanos);
        System.out.printf("contracts=%d pages=%d avgKiB=%d median=%.1fms p95=%.1fms max=%.1fms%n", n, pages,
                bytes / n / 1024, nanos[n / 2] / 1e6, nanos[(int) (n * 0.95)] / 1e6, nanos[n - 1] / 1e6);
    }
}
