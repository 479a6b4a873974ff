package cn.gov.legalprocurement.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Role;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.http.HttpHost;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

/**
 * Contracts search benchmark (not a test): indexes N synthetic Chinese contracts into a real node,
 * then times a full-text + three filters + aggregations query through the portal's search service
 * and the same request sent straight to Elasticsearch. Arguments: N (default 1,000,000),
 * query repetitions (default 300), optional Elasticsearch URL (default: start the embedded node).
 */
final class SearchBenchmark {

    private static final String[] ITEMS = {"村（社区）法律顾问", "政府法律顾问", "法律援助民事案件代理", "法律援助刑事案件辩护",
            "人民调解员驻点调解", "矛盾纠纷调解案件", "12348 热线法律咨询", "法治宣传讲座", "行政规范性文件合法性审查", "企业合规法律体检"};
    private static final String[] CLASSES = {"02", "02", "01", "01", "03", "03", "04", "04", "02", "02"};
    private static final String[] CLASS_NAMES = {"法律顾问", "法律顾问", "法律援助", "法律援助", "人民调解", "人民调解",
            "法治宣传与法律咨询", "法治宣传与法律咨询", "法律顾问", "法律顾问"};
    private static final String[] PHRASES = {"乙方应当按约定派驻执业律师", "提供法律咨询和法律意见", "审查合同与规范性文件",
            "参与重大行政决策合法性论证", "按月报送服务台账", "接受甲方和服务对象监督", "服务对象满意率不低于百分之九十",
            "未达到绩效目标的按比例扣减服务费", "调解成功率不低于百分之八十五", "开展法治宣传进村入户"};
    private static final String[] PROVIDERS = {"浙江东湖律师事务所", "浙江当湖律师事务所", "浙江金平湖律师事务所", "平湖市乍浦法律服务所",
            "平湖市新仓法律服务所", "平湖市和合调解服务中心", "嘉兴南湖律师事务所", "海宁潮城律师事务所"};

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        EmbeddedElasticsearch node = null;
        String url;
        if (args.length > 2) {
            url = args[2];
        } else {
            node = new EmbeddedElasticsearch(Path.of("target/elasticsearch"),
                    Files.createTempDirectory(Path.of("target").toAbsolutePath(), "es-bench-"), "1g");
            node.start();
            url = node.url();
        }
        try (RestClient rest = RestClient.builder(HttpHost.create(url)).build()) {
            JacksonJsonpMapper mapper = new JacksonJsonpMapper();
            ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest, mapper));
            // a fourth argument names an alias to keep: a second run with the same name reuses its index
            String alias = args.length > 3 ? args[3] : "bench-contracts-" + System.currentTimeMillis();
            boolean reuse = args.length > 3 && client.indices().existsAlias(e -> e.name(alias)).value();
            ElasticsearchContractIndex index = new ElasticsearchContractIndex(client, alias);
            index.ensureExists();
            String physical = client.indices().getAlias(g -> g.name(alias)).result().keySet().iterator().next();
            if (!reuse) {
                bulkLoad(client, index, physical, n);
            }
            ContractSearchService search = new ContractSearchService(client, alias);
            ContractSearchService.Query query = new ContractSearchService.Query("法律顾问", null, null, "02", 2027,
                    new BigDecimal("50000"), new BigDecimal("2000000"), null, null, ContractSearchService.Sort.RELEVANCE, 0, 20);
            Actor supervisor = new Actor("supervisor", 1, Set.of(Role.SUPERVISOR));
            SearchRequest request = search.request(query);
            String json = JsonpUtils.toJsonString(request, mapper);
            long hits = search.search(supervisor, query).total();
            long[] portal = new long[repetitions];
            long[] direct = new long[repetitions];
            for (int i = 0; i < 50; i++) {
                search.search(supervisor, query);
                raw(rest, alias, json);
            }
            for (int i = 0; i < repetitions; i++) {
                long t0 = System.nanoTime();
                search.search(supervisor, query);
                portal[i] = System.nanoTime() - t0;
                long t1 = System.nanoTime();
                raw(rest, alias, json);
                direct[i] = System.nanoTime() - t1;
            }
            Arrays.sort(portal);
            Arrays.sort(direct);
            System.out.printf("query hits=%d portal median=%.1fms p95=%.1fms | direct median=%.1fms p95=%.1fms | overhead median x%.2f%n",
                    hits, ms(portal, 0.5), ms(portal, 0.95), ms(direct, 0.5), ms(direct, 0.95), ms(portal, 0.5) / ms(direct, 0.5));
            if (args.length <= 3) {
                client.indices().delete(d -> d.index(physical));
            }
        } finally {
            if (node != null) {
                node.stop();
            }
        }
    }

    /**
     * Writes N synthetic contracts in bulk requests of 5,000, as many in flight as the reindexer sends, with refresh off;
     * then refreshes and force-merges.
     */
    private static void bulkLoad(ElasticsearchClient client, ElasticsearchContractIndex index, String physical, int n)
            throws Exception {
        client.indices().putSettings(s -> s.index(physical).settings(x -> x.refreshInterval(t -> t.time("-1"))));
        Random random = new Random(42);
        long start = System.nanoTime();
        List<ContractSearchDocument> batch = new ArrayList<>();
        try (BulkWriter writer = new BulkWriter(index, physical, SearchReindexer.STREAMS)) {
            for (int i = 1; i <= n; i++) {
                batch.add(synthetic(i, random));
                if (batch.size() == 5000 || i == n) {
                    writer.add(batch);
                    batch.clear();
                }
            }
            writer.finish();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        client.indices().putSettings(s -> s.index(physical).settings(x -> x.refreshInterval(t -> t.time("1s"))));
        client.indices().refresh(r -> r.index(physical));
        client.indices().forcemerge(f -> f.index(physical).maxNumSegments(1L));
        System.out.printf("indexed=%d seconds=%.1f docsPerSecond=%.0f%n", n, seconds, n / seconds);
    }

    private static void raw(RestClient rest, String alias, String json) throws Exception {
        Request request = new Request("POST", "/" + alias + "/_search");
        request.setJsonEntity(json);
        Response response = rest.performRequest(request);
        EntityUtils.consume(response.getEntity());
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1e6;
    }

    private static ContractSearchDocument synthetic(long id, Random random) {
        int item = random.nextInt(ITEMS.length);
        int provider = random.nextInt(PROVIDERS.length);
        int year = 2024 + random.nextInt(4);
        StringBuilder text = new StringBuilder(ITEMS[item]).append("服务合同。");
        for (int p = 0; p < 6; p++) {
            text.append(PHRASES[random.nextInt(PHRASES.length)]).append("；");
        }
        long amountFen = (10_000L + random.nextInt(3_000_000)) * 100;
        return new ContractSearchDocument(id, "HT-" + id, "P-" + id, year + "年度" + ITEMS[item] + "服务", text.toString(),
                "IN_FORCE", "COMPETITIVE_CONSULTATION", "竞争性磋商", 1 + random.nextInt(200), "购买主体" + random.nextInt(200),
                provider, PROVIDERS[provider], CLASSES[item], CLASS_NAMES[item], List.of(ITEMS[item]), "330482", amountFen, 0,
                year, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(random.nextInt(126_000_000)), null,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null, null, true);
    }
}
