package cn.gov.legalprocurement.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Installs the {@code search-analysis} plugin ({@code portal_smartcn}) into the embedded node from
 * the classpath: the same descriptor, component list and jars as the plugin zip that production
 * clusters install with {@code bin/elasticsearch-plugin install}.
 */
final class AnalysisPlugin {

    static final String NAME = "portal-analysis-smartcn";
    private static final String METADATA = "META-INF/portal-plugin/";
    private static final String FACTORY = "cn/gov/legalprocurement/analysis/SmartChineseAnalyzerFactory.class";
    private static final String SMARTCN = "org/apache/lucene/analysis/cn/smart/SmartChineseAnalyzer.class";

    private AnalysisPlugin() {
    }

    static void install(Path plugins) throws IOException {
        Path dir = plugins.resolve(NAME);
        EmbeddedElasticsearch.deleteTree(dir);
        Files.createDirectories(dir);
        for (String file : new String[]{"stable-plugin-descriptor.properties", "named_components.json"}) {
            try (InputStream in = resource(METADATA + file).openStream()) {
                Files.copy(in, dir.resolve(file));
            }
        }
        copyCodeOf(FACTORY, dir.resolve("search-analysis.jar"));
        copyCodeOf(SMARTCN, dir.resolve("lucene-analysis-smartcn.jar"));
    }

    /**
     * Copies the jar holding the class (a jar on the file system, or one nested in the portal's
     * executable jar, which Spring Boot's {@code nested:} URLs open), or packs the classes folder it
     * comes from into one.
     */
    private static void copyCodeOf(String classFile, Path target) throws IOException {
        URL url = resource(classFile);
        try {
            if ("jar".equals(url.getProtocol())) {
                URL jar = new URL(url.getPath().substring(0, url.getPath().lastIndexOf("!/")));
                try (InputStream in = jar.openStream()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } else if ("file".equals(url.getProtocol())) {
                Path root = Path.of(url.toURI());
                for (int i = 0; i < classFile.split("/").length; i++) {
                    root = root.getParent();
                }
                pack(root, target);
            } else {
                throw new IllegalStateException("Cannot install the analysis plugin from " + url
                        + ": run with spring.elasticsearch.uris and install the search-analysis zip into that cluster");
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static void pack(Path classes, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, jar);
                jar.closeEntry();
            }
        }
    }

    private static URL resource(String name) {
        URL url = AnalysisPlugin.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is not on the classpath: the search-analysis module is missing");
        }
        return url;
    }
}
