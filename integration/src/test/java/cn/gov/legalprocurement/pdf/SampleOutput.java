package cn.gov.legalprocurement.pdf;

import cn.gov.legalprocurement.documents.DocumentTemplate;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes every template's sample PDF to a folder, for reading them by eye: not a test. */
final class SampleOutput {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/sample-documents");
        Files.createDirectories(dir);
        PdfDocumentRenderer renderer = new PdfDocumentRenderer();
        for (DocumentTemplate t : DocumentTemplate.values()) {
            Files.write(dir.resolve(t.file().replace(".tpl", ".pdf")), renderer.render(t, Samples.values(t)).pdf());
        }
    }
}
