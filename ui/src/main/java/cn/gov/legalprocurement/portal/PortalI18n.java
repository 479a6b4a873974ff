package cn.gov.legalprocurement.portal;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The portal's labels: {@code vaadin-i18n/translations.properties} is Chinese (the default),
 * {@code translations_en.properties} English; {@code error.*} and {@code field.*} keys come from the
 * services' message bundle so a refusal and its field read the same everywhere. A test keeps the
 * bundles in sync.
 */
@Component
public class PortalI18n implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "vaadin-i18n/translations";
    private static final String SERVICE_BUNDLE = "i18n/errors";
    /** What a key without text reads as: the key behind this mark, so that a missing label shows. */
    private static final String MISSING = "!";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String text = lookup(BUNDLE, key, locale);
        if (text == null) {
            text = lookup(SERVICE_BUNDLE, key, locale);
        }
        if (text == null) {
            return MISSING + key;
        }
        return params == null || params.length == 0 ? text : new MessageFormat(text, locale).format(params);
    }

    /** The key's text in the component's language, where the bundles have one. */
    public static Optional<String> find(com.vaadin.flow.component.Component where, String key) {
        String text = where.getTranslation(key);
        return text.startsWith(MISSING) ? Optional.empty() : Optional.of(text);
    }

    /** The key's text in the component's language, or the fallback where the bundles have none. */
    public static String orElse(com.vaadin.flow.component.Component where, String key, String fallback) {
        return find(where, key).orElse(fallback);
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    private static String lookup(String bundle, String key, Locale locale) {
        Locale wanted = isEnglish(locale) ? ENGLISH : Locale.ROOT;
        try {
            return ResourceBundle.getBundle(bundle, wanted,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
