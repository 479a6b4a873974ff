package cn.gov.legalprocurement.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A search highlight is the one text the portal puts into a page as HTML: every markup of the repository's corpus
 * ({@code hostile-input/texts.json}) around and inside the search engine's {@code <em>} marks comes out as text,
 * with no element but the marks.
 */
class SafeHighlightTest {

    @Test
    void theCorpusMarkupInAHighlightStaysText() throws Exception {
        JsonNode cases = JsonMapper.builder().build().readTree(Path.of(System.getProperty("hostile.input"), "texts.json").toFile())
                .get("cases");
        int tried = 0;
        for (JsonNode c : cases) {
            if (!"markup".equals(c.get("kind").asText())) {
                continue;
            }
            String text = c.get("text").asText();
            String snippet = text + " 前<em>法律</em>后 " + text;
            Element body = Jsoup.parseBodyFragment("<div>" + ContractSearchPanel.safeHighlight(snippet) + "</div>").body();
            assertThat(body.select("div *")).as(c.get("name").asText()).allSatisfy(e -> {
                assertThat(e.tagName()).isEqualTo("em");
                assertThat(e.attributes().size()).isZero();
            });
            // the reader sees the very characters (jsoup's text() folds white space as a browser does)
            assertThat(body.text()).as(c.get("name").asText())
                    .isEqualTo(new Element("p").text(snippet.replace("<em>", "").replace("</em>", "")).text());
            tried++;
        }
        assertThat(tried).isGreaterThan(10);
    }
}
