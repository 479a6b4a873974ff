package cn.gov.legalprocurement.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.pdf.HostileMarkupTest;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Role;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real Elasticsearch node started from the Maven Central distribution (no mocks). */
class ContractSearchTest {

    static EmbeddedElasticsearch node;
    static RestClient rest;
    static ElasticsearchContractIndex index;
    static ContractSearchService search;
    static ElasticsearchClient client;

    static final Actor SUPERVISOR = new Actor("supervisor", 90, Set.of(Role.SUPERVISOR));

    @BeforeAll
    static void start() throws Exception {
        node = new EmbeddedElasticsearch(Path.of("target/elasticsearch"),
                Files.createTempDirectory(Path.of("target").toAbsolutePath(), "es-test-"), "512m");
        node.start();
        rest = RestClient.builder(HttpHost.create(node.url())).build();
        client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
        index = new ElasticsearchContractIndex(client, "contracts-test");
        search = new ContractSearchService(client, "contracts-test");
        index.index(doc(1, "2027年度政府法律顾问服务", "为市政府提供常年法律顾问服务，审查规范性文件。", 10, "浙江东湖律师事务所", "02", "法律顾问", 2027, "80000", true));
        index.index(doc(2, "村（社区）法律顾问服务", "每村每月驻点，担任村法律顾问，开展法律咨询。", 10, "浙江当湖律师事务所", "02", "法律顾问", 2027, "480000", true));
        index.index(doc(3, "法律援助民事案件代理", "代理经济困难公民的民事案件，提供法律援助。", 10, "浙江东湖律师事务所", "01", "法律援助", 2026, "1800000", true));
        index.index(doc(4, "人民调解员驻点服务", "调解矛盾纠纷；如需要，可以转介法律顾问。", 20, "平湖市和合调解服务中心", "03", "人民调解", 2027, "75000", true));
        index.index(doc(5, "12348 热线法律咨询", "接听热线，解答群众法律问题。", 20, "平湖市乍浦法律服务所", "04", "法治宣传与法律咨询", 2026, "168000", false));
        index.refresh();
    }

    @AfterAll
    static void stop() throws Exception {
        if (rest != null) {
            rest.close();
        }
        if (node != null) {
            node.stop();
        }
    }

    static ContractSearchDocument doc(long id, String title, String text, long purchaserId, String provider, String cls,
                                      String className, int year, String amount, boolean published) {
        return new ContractSearchDocument(id, "HT-" + id, "P-" + id, title, title + "\n" + text, published ? "IN_FORCE" : "SIGNED",
                "COMPETITIVE_CONSULTATION", "竞争性磋商", purchaserId, "单位" + purchaserId, 100 + provider.length(), provider, cls,
                className, List.of(title), "330482", new BigDecimal(amount).movePointRight(2).longValueExact(), 0L, year,
                Instant.parse("2026-12-20T02:00:00Z").plusSeconds(id), published ? Instant.parse("2026-12-21T02:00:00Z") : null,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null, null, published);
    }

    @Test
    void aChineseWordFindsEveryContractContainingItTitlesFirst() {
        ContractSearchService.Result r = search.search(SUPERVISOR, ContractSearchService.Query.text("法律顾问"));
        assertThat(r.rows()).extracting(ContractSearchService.Row::id).containsExactlyInAnyOrder(1L, 2L, 4L);
        assertThat(r.rows().get(r.rows().size() - 1).id()).as("only in the text: ranked last").isEqualTo(4L);
        assertThat(r.rows().get(0).highlights()).anyMatch(h -> h.contains("<em>"));
        assertThat(search.search(SUPERVISOR, ContractSearchService.Query.text("法律援助")).rows())
                .extracting(ContractSearchService.Row::id).containsExactly(3L);
    }

    @Test
    void chineseIsSegmentedIntoWordsByTheRepositorysPlugin() throws Exception {
        var tokens = client.indices().analyze(a -> a.index("contracts-test").field("fullText").text("村居法律顾问服务合同"))
                .tokens().stream().map(t -> t.token()).toList();
        assertThat(tokens).containsExactly("村", "居", "法律", "顾问", "服务", "合同");
        // the same words in another order are still found (word fields), the exact phrase ranks first
        assertThat(search.search(SUPERVISOR, ContractSearchService.Query.text("顾问法律")).rows())
                .extracting(ContractSearchService.Row::id).contains(1L, 2L, 4L);
    }

    @Test
    void elasticsearchSyntaxInTheSearchBoxIsSearchedForAsText() throws Exception {
        long all = search.search(SUPERVISOR, ContractSearchService.Query.text(null)).total();
        for (String hostile : new String[]{"title:* OR fullText:*", ") AND (\"", "*", "{\"match_all\":{}}", "\\", "*:*"}) {
            ContractSearchService.Result r = search.search(SUPERVISOR, ContractSearchService.Query.text(hostile));
            assertThat(r.total()).as(hostile).isLessThan(all);
        }
        // every markup of the repository's corpus is a search like any other: no error, and search syntax matches nothing more
        for (Map.Entry<String, String> c : HostileMarkupTest.markup().entrySet()) {
            ContractSearchService.Result r = search.search(SUPERVISOR, ContractSearchService.Query.text(c.getValue()));
            if (c.getKey().startsWith("es-")) {
                assertThat(r.total()).as(c.getKey()).isLessThan(all);
            }
        }
    }

    @Test
    void filtersAndFacetsWithSpendSums() {
        ContractSearchService.Query q = new ContractSearchService.Query(null, null, null, null, 2027, new BigDecimal("70000"),
                new BigDecimal("500000"), null, null, ContractSearchService.Sort.AMOUNT_DESC, 0, 20);
        ContractSearchService.Result r = search.search(SUPERVISOR, q);
        assertThat(r.rows()).extracting(ContractSearchService.Row::id).containsExactly(2L, 1L, 4L);
        assertThat(r.sumFen()).isEqualTo((480000L + 80000L + 75000L) * 100);
        assertThat(r.byClass()).anySatisfy(f -> {
            assertThat(f.key()).isEqualTo("法律顾问");
            assertThat(f.count()).isEqualTo(2);
            assertThat(f.sumFen()).isEqualTo(560000L * 100);
        });
        assertThat(search.search(SUPERVISOR, ContractSearchService.Query.text(null)).byYear())
                .extracting(ContractSearchService.Facet::key).containsExactlyInAnyOrder("2026", "2027");
    }

    @Test
    void aContractIsFoundByThePartiesNamesAndItsCatalogueItems() {
        // the providers' and purchasers' names and the catalogue items are in the searchable text, by their words
        assertThat(search.search(SUPERVISOR, ContractSearchService.Query.text("和合调解服务中心")).rows())
                .extracting(ContractSearchService.Row::id).containsExactly(4L);
        assertThat(search.search(SUPERVISOR, ContractSearchService.Query.text("乍浦 法律服务所")).rows())
                .extracting(ContractSearchService.Row::id).containsExactly(5L);
        assertThat(search.search(SUPERVISOR, ContractSearchService.Query.text("单位20")).rows())
                .extracting(ContractSearchService.Row::id).containsExactlyInAnyOrder(4L, 5L);
    }

    @Test
    void anIndexOfAnEarlierMappingVersionIsOutdated() throws Exception {
        assertThat(index.outdated()).isFalse();
        ElasticsearchContractIndex old = new ElasticsearchContractIndex(client, "contracts-old");
        client.indices().create(c -> c.index("contracts-old-v1-20260101000000000"));
        client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index("contracts-old-v1-20260101000000000")
                .alias("contracts-old"))));
        assertThat(old.outdated()).isTrue();
        client.indices().delete(d -> d.index("contracts-old-v1-20260101000000000"));
        assertThat(new ElasticsearchContractIndex(client, "contracts-none").outdated()).as("no index yet").isFalse();
    }

    @Test
    void unitsSeeTheirOwnAndThePublicOnlyWhatIsPublished() {
        Actor unit = new Actor("purchaser", 20, Set.of(Role.PURCHASER));
        assertThat(search.search(unit, ContractSearchService.Query.text(null)).rows())
                .extracting(ContractSearchService.Row::id).containsExactlyInAnyOrder(4L, 5L);
        assertThat(search.searchPublished(ContractSearchService.Query.text("法律")).rows())
                .extracting(ContractSearchService.Row::id).doesNotContain(5L).contains(1L, 2L, 3L);
    }

    @Test
    void exportsTheResultAsCsv() {
        var labels = new ContractSearchService.CsvLabels(List.of("合同编号", "合同名称", "购买主体", "承接主体", "目录类别",
                "年度", "合同金额（元）", "状态", "采购方式", "签订时间"), status -> "状态名称:" + status);
        String csv = search.exportCsv(SUPERVISOR, ContractSearchService.Query.text("法律顾问"), labels);
        assertThat(csv).startsWith("\uFEFF合同编号,合同名称");
        // statuses by their names, never the code alone; signing times in Beijing time to the minute
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).contains(",状态名称:"))
                .noneMatch(line -> line.matches(".*\\d{4}-\\d{2}-\\d{2}T.*"));
        assertThat(csv.lines()).hasSize(4);
        assertThat(csv).contains("HT-2,村（社区）法律顾问服务,单位10,浙江当湖律师事务所,法律顾问,2027,480000.00");
    }
}
