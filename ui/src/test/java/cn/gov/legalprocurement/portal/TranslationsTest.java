package cn.gov.legalprocurement.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.calendar.DayKind;
import cn.gov.legalprocurement.catalogue.CatalogueStatus;
import cn.gov.legalprocurement.organisation.Organisation;
import cn.gov.legalprocurement.organisation.ProviderType;
import cn.gov.legalprocurement.organisation.SmeSize;
import cn.gov.legalprocurement.publication.Announcement;
import cn.gov.legalprocurement.rules.Rule;
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

/** The portal's labels exist in Chinese and English alike, and every key the code asks for is there. */
class TranslationsTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Set<String> chinese = new TreeSet<>(bundle("translations.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(bundle("translations_en.properties").stringPropertyNames());
        assertThat(chinese).isNotEmpty().isEqualTo(english);
        assertThat(bundle("translations_en.properties").values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    @Test
    void everyLiteralKeyTheViewsAskForIsTranslated() throws IOException {
        Pattern literal = Pattern.compile("getTranslation\\(\"([a-z0-9.\\-]+[a-z0-9])\"");
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        PortalI18n i18n = new PortalI18n();
        assertThat(asked).hasSizeGreaterThan(100);
        for (Locale locale : i18n.getProvidedLocales()) {
            assertThat(asked).allSatisfy(key -> assertThat(i18n.getTranslation(key, locale)).as(key + " in " + locale)
                    .doesNotStartWith("!"));
        }
    }

    /** Labels built from enum values ("rule." + key, "sme." + size ...) exist for every value. */
    @Test
    void everyEnumValueShownInThePortalHasALabel() {
        Set<String> keys = new TreeSet<>();
        for (Rule rule : Rule.values()) {
            keys.add("rule." + rule.key());
            keys.add("rule-unit." + rule.unit());
        }
        Stream.of(ProviderType.values()).forEach(v -> keys.add("provider-type." + v));
        Stream.of(SmeSize.values()).forEach(v -> keys.add("sme." + v));
        Stream.of(Organisation.QualificationStatus.values()).forEach(v -> keys.add("qualification." + v));
        Stream.of(DayKind.values()).forEach(v -> keys.add("day-kind." + v));
        Stream.of(CatalogueStatus.values()).forEach(v -> keys.add("catalogue.status." + v));
        Stream.of(Announcement.Kind.values()).forEach(v -> keys.add("announcement-kind." + v));
        PortalI18n i18n = new PortalI18n();
        for (Locale locale : i18n.getProvidedLocales()) {
            assertThat(keys).allSatisfy(key -> assertThat(i18n.getTranslation(key, locale)).as(key + " in " + locale)
                    .doesNotStartWith("!"));
        }
    }

    @Test
    void chineseIsTheDefaultAndFieldLabelsComeFromTheServicesBundle() {
        PortalI18n i18n = new PortalI18n();
        assertThat(i18n.getTranslation("menu.tasks", PortalI18n.CHINESE)).isEqualTo("我的待办");
        assertThat(i18n.getTranslation("menu.tasks", Locale.GERMAN)).isEqualTo("我的待办");
        assertThat(i18n.getTranslation("menu.tasks", PortalI18n.ENGLISH)).isEqualTo("My tasks");
        assertThat(i18n.getTranslation("field.voucherNo", PortalI18n.CHINESE)).isEqualTo("支付凭证号");
        assertThat(i18n.getTranslation("task.due", PortalI18n.ENGLISH, "2026-12-01 09:00")).isEqualTo("due 2026-12-01 09:00");
        assertThat(i18n.getTranslation("no.such.key", PortalI18n.CHINESE)).isEqualTo("!no.such.key");
    }
}
