package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.shared.PortalException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The error bundles stay in step with each other and with the codes the services use. */
class BundlesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("errors_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("errors.properties").stringPropertyNames());
    }

    @Test
    void everyCodeUsedInTheSourceHasAMessage() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern code = Pattern.compile("\"(error\\.[a-z.-]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = code.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(load("errors.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void messagesNameTheFieldInTheUsersLanguage() {
        PortalException e = PortalException.invalid("liabilityForBreach", "error.contract.part-missing");
        assertThat(e.getMessage()).isEqualTo("违约责任：合同必备条款缺失");
        assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("Liability for breach: a mandatory part of the contract is missing");
        assertThat(PortalException.forbidden("error.organisation").getMessage(Locale.ENGLISH)).contains("organisation's");
    }
}
