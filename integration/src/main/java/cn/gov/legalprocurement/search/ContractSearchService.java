package cn.gov.legalprocurement.search;

import cn.gov.legalprocurement.shared.Actor;
import cn.gov.legalprocurement.shared.Money;
import cn.gov.legalprocurement.shared.PortalClock;
import cn.gov.legalprocurement.shared.Role;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Supervisors' (and the public's) contract search: one text box in Chinese, filters, facet counts
 * with spend sums per catalogue class, provider and year, highlighted snippets, sorting, paging and
 * CSV export. Who may see what is decided here, not in the UI.
 */
public class ContractSearchService {

    public enum Sort { RELEVANCE, AMOUNT_DESC, SIGNED_DESC }

    /** How many of the best matches the exact phrase re-ranks. */
    static final int RESCORE_WINDOW = 100;

    public record Query(String text, Long purchaserId, Long providerId, String catalogueClass, Integer fiscalYear,
                        BigDecimal minAmount, BigDecimal maxAmount, String status, String method, Sort sort, int page,
                        int size) {

        public static Query text(String text) {
            return new Query(text, null, null, null, null, null, null, null, null, Sort.RELEVANCE, 0, 20);
        }
    }

    public record Row(long id, String code, String title, String purchaserName, String providerName, String catalogueClassName,
                      int fiscalYear, long amountFen, String status, String methodLabel, Instant signedAt,
                      List<String> highlights) {
    }

    public record Facet(String key, long count, long sumFen) {
    }

    public record Result(long total, long sumFen, List<Row> rows, List<Facet> byClass, List<Facet> byProvider,
                         List<Facet> byYear) {
    }

    static final int MAX_EXPORT = 10_000;

    private final ElasticsearchClient client;
    private final String alias;

    /** Time of each search sent to Elasticsearch, exported as {@code portal_search_seconds}. */
    private static final Timer SEARCH_LATENCY = Timer.builder("portal.search")
            .description("contract searches sent to Elasticsearch").publishPercentileHistogram()
            .register(Metrics.globalRegistry);

    public ContractSearchService(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** Supervisors, finance, justice and administrators see every contract; units and providers their own. */
    public Result search(Actor actor, Query q) {
        return run(q, scope(actor), false);
    }

    /** The public pages: published contracts only. */
    public Result searchPublished(Query q) {
        return run(q, null, true);
    }

    /** What an export's reader sees in their language: the ten column headings and each status's name. */
    public record CsvLabels(List<String> header, java.util.function.Function<String, String> status) {
    }

    /**
     * The whole result as CSV, at most the export limit: UTF-8 with BOM (so that spreadsheet programs
     * read the Chinese), signing times in Beijing time to the minute.
     */
    public String exportCsv(Actor actor, Query q, CsvLabels labels) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(",", labels.header().stream()
                .map(ContractSearchService::cell).toList())).append('\n');
        int size = 500;
        for (int page = 0; page * size < MAX_EXPORT; page++) {
            Result r = run(new Query(q.text(), q.purchaserId(), q.providerId(), q.catalogueClass(), q.fiscalYear(),
                    q.minAmount(), q.maxAmount(), q.status(), q.method(), q.sort(), page, size), scope(actor), false);
            for (Row row : r.rows()) {
                csv.append(String.join(",", cell(row.code()), cell(row.title()), cell(row.purchaserName()),
                        cell(row.providerName()), cell(row.catalogueClassName()), String.valueOf(row.fiscalYear()),
                        Money.ofFen(row.amountFen()).toPlainString(),
                        cell(row.status() == null ? null : labels.status().apply(row.status())), cell(row.methodLabel()),
                        cell(row.signedAt() == null ? null : PortalClock.minutes(row.signedAt())))).append('\n');
            }
            if ((long) (page + 1) * size >= r.total()) {
                break;
            }
        }
        return csv.toString();
    }

    /**
     * One CSV cell: quoted where it holds a separator, and a text that a spreadsheet would take for a
     * formula (starting with =, +, -, @, a tab or a carriage return) prefixed with an apostrophe, so that
     * an exported contract title cannot run as a formula (CSV injection).
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** The organisation the actor is limited to, or null for all. */
    private static Scope scope(Actor actor) {
        if (actor.has(Role.SUPERVISOR) || actor.has(Role.FINANCE) || actor.has(Role.JUSTICE) || actor.has(Role.ADMIN)) {
            return null;
        }
        if (actor.has(Role.PROVIDER)) {
            return new Scope("providerId", actor.organisationId());
        }
        actor.require(Role.PURCHASER, Role.PURCHASER_HEAD);
        return new Scope("purchaserId", actor.organisationId());
    }

    private record Scope(String field, long organisationId) {
    }

    private Result run(Query q, Scope scope, boolean publishedOnly) {
        try {
            @SuppressWarnings("rawtypes")
            SearchResponse<Map> response;
            long started = System.nanoTime();
            try {
                response = client.search(request(q, scope, publishedOnly), Map.class);
            } finally {
                SEARCH_LATENCY.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
            List<Row> rows = new ArrayList<>();
            for (@SuppressWarnings("rawtypes") Hit<Map> hit : response.hits().hits()) {
                rows.add(row(hit));
            }
            Map<String, Aggregate> aggs = response.aggregations();
            return new Result(response.hits().total() == null ? rows.size() : response.hits().total().value(),
                    (long) aggs.get("sum").sum().value(), rows, stringFacets(aggs.get("byClass")),
                    stringFacets(aggs.get("byProvider")), yearFacets(aggs.get("byYear")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request the portal sends for a supervisor's query (the benchmark sends it raw too). */
    SearchRequest request(Query q) {
        return request(q, null, false);
    }

    private SearchRequest request(Query q, Scope scope, boolean publishedOnly) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        String text = q.text() == null || q.text().isBlank() ? null : q.text().strip();
        if (text != null) {
            // every word of the query (smartcn) in the title or the searchable text, which holds the parties' names and
            // the catalogue items too; the exact phrase ranks first (the rescore below)
            bool.must(m -> m.multiMatch(mm -> mm.query(text).fields("title^2", "fullText").operator(Operator.And)));
        }
        if (scope != null) {
            bool.filter(f -> f.term(t -> t.field(scope.field()).value(scope.organisationId())));
        }
        if (publishedOnly) {
            bool.filter(f -> f.term(t -> t.field("published").value(true)));
        }
        term(bool, "purchaserId", q.purchaserId());
        term(bool, "providerId", q.providerId());
        term(bool, "catalogueClass", q.catalogueClass());
        term(bool, "fiscalYear", q.fiscalYear());
        term(bool, "status", q.status());
        term(bool, "method", q.method());
        if (q.minAmount() != null || q.maxAmount() != null) {
            bool.filter(f -> f.range(r -> r.untyped(u -> {
                u.field("amountFen");
                if (q.minAmount() != null) {
                    u.gte(JsonData.of(Money.toFen(q.minAmount())));
                }
                if (q.maxAmount() != null) {
                    u.lte(JsonData.of(Money.toFen(q.maxAmount())));
                }
                return u;
            })));
        }
        SearchRequest.Builder request = new SearchRequest.Builder().index(alias).query(bool.build()._toQuery())
                .trackTotalHits(t -> t.enabled(true)).from(Math.max(0, q.page()) * q.size()).size(q.size())
                .source(s -> s.filter(f -> f.excludes("fullText")))
                .highlight(h -> h.preTags("<em>").postTags("</em>")
                        .fields("fullText.chars", f -> f.fragmentSize(60).numberOfFragments(3))
                        .fields("fullText", f -> f.fragmentSize(60).numberOfFragments(3))
                        .fields("title.chars", f -> f.numberOfFragments(0)))
                .aggregations("sum", a -> a.sum(s -> s.field("amountFen")))
                .aggregations("byClass", a -> a.terms(t -> t.field("catalogueClassName").size(50))
                        .aggregations("sum", s -> s.sum(m -> m.field("amountFen"))))
                .aggregations("byProvider", a -> a.terms(t -> t.field("providerName").size(50))
                        .aggregations("sum", s -> s.sum(m -> m.field("amountFen"))))
                .aggregations("byYear", a -> a.terms(t -> t.field("fiscalYear").size(50))
                        .aggregations("sum", s -> s.sum(m -> m.field("amountFen"))));
        Sort sort = q.sort() == null ? Sort.RELEVANCE : q.sort();
        if (sort == Sort.RELEVANCE && text != null) {
            // the exact phrase, on character tokens, ranks the best matches: checked for the top RESCORE_WINDOW (or the
            // page's end) only, not for every match, which cost three quarters of the search's time. Elasticsearch
            // sorts a rescored search by score, ties in the index's order, so paging stays stable.
            int window = Math.max(RESCORE_WINDOW, Math.max(0, q.page()) * q.size() + q.size());
            return request.rescore(r -> r.windowSize(window).query(rq -> rq.queryWeight(0.3).rescoreQueryWeight(1.0)
                    .query(phrase -> phrase.multiMatch(mm -> mm.query(text).type(TextQueryType.Phrase)
                            .fields("title.chars^4", "fullText.chars"))))).build();
        }
        switch (sort) {
            case AMOUNT_DESC -> request.sort(s -> s.field(f -> f.field("amountFen").order(SortOrder.Desc)));
            case SIGNED_DESC -> request.sort(s -> s.field(f -> f.field("signedAt").order(SortOrder.Desc)));
            case RELEVANCE -> request.sort(s -> s.score(sc -> sc.order(SortOrder.Desc)));
        }
        // a total order, so that paging (and the CSV export) neither repeats nor skips a contract
        return request.sort(s -> s.field(f -> f.field("id").order(SortOrder.Desc))).build();
    }

    private static void term(BoolQuery.Builder bool, String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return;
        }
        FieldValue v = value instanceof Number n ? FieldValue.of(n.longValue()) : FieldValue.of(value.toString());
        bool.filter(f -> f.term(t -> t.field(field).value(v)));
    }

    @SuppressWarnings("rawtypes")
    private static Row row(Hit<Map> hit) {
        Map source = hit.source();
        java.util.Set<String> highlights = new java.util.LinkedHashSet<>();
        for (String field : List.of("title.chars", "fullText.chars", "fullText")) {
            highlights.addAll(hit.highlight().getOrDefault(field, List.of()));
        }
        return new Row(((Number) source.get("id")).longValue(), (String) source.get("code"), (String) source.get("title"),
                (String) source.get("purchaserName"), (String) source.get("providerName"),
                (String) source.get("catalogueClassName"), ((Number) source.get("fiscalYear")).intValue(),
                ((Number) source.get("amountFen")).longValue(), (String) source.get("status"),
                (String) source.get("methodLabel"), source.get("signedAt") == null ? null : Instant.parse((String) source.get("signedAt")),
                List.copyOf(highlights));
    }

    private static List<Facet> stringFacets(Aggregate aggregate) {
        List<Facet> facets = new ArrayList<>();
        for (StringTermsBucket b : aggregate.sterms().buckets().array()) {
            facets.add(new Facet(b.key().stringValue(), b.docCount(), (long) b.aggregations().get("sum").sum().value()));
        }
        return facets;
    }

    private static List<Facet> yearFacets(Aggregate aggregate) {
        List<Facet> facets = new ArrayList<>();
        for (LongTermsBucket b : aggregate.lterms().buckets().array()) {
            facets.add(new Facet(String.valueOf(b.key()), b.docCount(), (long) b.aggregations().get("sum").sum().value()));
        }
        return facets;
    }
}
