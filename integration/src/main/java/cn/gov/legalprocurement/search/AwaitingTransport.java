package cn.gov.legalprocurement.search;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * The search client's transport, waiting before each request until the node it talks to is up: the
 * embedded node starts in the background while the portal starts, and the first index or search call
 * waits for it instead of failing.
 */
final class AwaitingTransport implements ElasticsearchTransport {

    private final ElasticsearchTransport delegate;
    private final Runnable awaitReady;

    AwaitingTransport(ElasticsearchTransport delegate, Runnable awaitReady) {
        this.delegate = delegate;
        this.awaitReady = awaitReady;
    }

    @Override
    public <RequestT, ResponseT, ErrorT> ResponseT performRequest(RequestT request,
            Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) throws IOException {
        awaitReady.run();
        return delegate.performRequest(request, endpoint, options);
    }

    @Override
    public <RequestT, ResponseT, ErrorT> CompletableFuture<ResponseT> performRequestAsync(RequestT request,
            Endpoint<RequestT, ResponseT, ErrorT> endpoint, TransportOptions options) {
        return CompletableFuture.runAsync(awaitReady).thenCompose(ready -> delegate.performRequestAsync(request, endpoint, options));
    }

    @Override
    public JsonpMapper jsonpMapper() {
        return delegate.jsonpMapper();
    }

    @Override
    public TransportOptions options() {
        return delegate.options();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
