package cn.gov.legalprocurement.search;

import cn.gov.legalprocurement.shared.Fingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A single local Elasticsearch node for the embedded default and the tests, started from the
 * Maven Central distribution that the build unpacks into {@code target/elasticsearch}: loopback
 * only, single-node discovery, security off (on for tests of credentials: {@link #withSecurity}), 512 MB
 * heap. Elasticsearch refuses to run as root, so under root the node runs as {@code nobody} (via {@code setpriv}) from a copy of the
 * distribution and a data folder under {@code /var/tmp/portal-elasticsearch}, which {@code nobody}
 * owns: the user's own folders may not be reachable for it and are left as they are.
 */
public class EmbeddedElasticsearch {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);

    static final Path ROOT_WORKSPACE = Path.of("/var/tmp/portal-elasticsearch");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path home;
    private final Path dataDir;
    private final String heap;
    private final Path source;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int port;
    private volatile CompletableFuture<Void> starting;
    /** With security on: the roles file and the file realm's users, the first of whom the health check logs in as. */
    private String roles;
    private List<User> users = List.of();
    /** Set by {@link #stop}: a launch still waiting for its turn does not start the node after all. */
    private boolean stopped;

    public EmbeddedElasticsearch(Path distribution, Path dataDir, String heap) {
        Path found = findHome(distribution);
        Path data = dataDir.toAbsolutePath().normalize();
        if (runningAsRoot()) {
            found = ROOT_WORKSPACE.resolve(found.getFileName());
            data = ROOT_WORKSPACE.resolve("data-" + Fingerprint.sha256(data.toString()).substring(0, 16));
        }
        this.source = findHome(distribution);
        this.home = found;
        this.dataDir = data;
        this.heap = heap;
    }

    /** A user of the node's file realm, with one role of its roles file. */
    public record User(String name, String password, String role) {
    }

    /**
     * Runs the node with security on, as a production cluster does, but without TLS (it listens on loopback only):
     * {@code rolesYml} is its {@code roles.yml}; {@code users} its file realm, the first of whom (it needs the
     * {@code monitor} cluster privilege) the health check logs in as. For tests of the portal's credentials.
     */
    public synchronized EmbeddedElasticsearch withSecurity(String rolesYml, List<User> fileRealm) {
        if (fileRealm.isEmpty()) {
            throw new IllegalArgumentException("a secured node needs a user for its health check");
        }
        this.roles = rolesYml;
        this.users = List.copyOf(fileRealm);
        return this;
    }

    /**
     * Starts the node in the background, on a loopback port chosen now, so that the portal goes on
     * starting meanwhile; {@link #awaitReady} waits for it (the search client does, before a request).
     */
    public synchronized void launch() {
        if (starting != null && !starting.isDone()) {
            return;
        }
        if (port == 0) {
            try {
                port = freePort();
            } catch (IOException e) {
                throw new UncheckedIOException("No free port for the embedded Elasticsearch node", e);
            }
        }
        stopped = false;
        starting = CompletableFuture.runAsync(this::startUnlessStopped, task -> {
            Thread thread = new Thread(task, "embedded-elasticsearch-start");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private synchronized void startUnlessStopped() {
        if (!stopped) {
            start();
        }
    }

    /**
     * Waits until the node answers: at once when it is up, at most the start-up timeout while it starts
     * (without taking the lock the starting thread holds); a launch that failed is tried again here.
     */
    public void awaitReady() {
        CompletableFuture<Void> launched = starting;
        if (launched == null || launched.isCompletedExceptionally()) {
            start();
            return;
        }
        try {
            launched.get(START_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the embedded Elasticsearch node", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("The embedded Elasticsearch node did not start within " + START_TIMEOUT, e);
        }
    }

    /** Starts the node (on a free loopback port) and waits until the cluster answers. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            Files.createDirectories(dataDir.resolve("data"));
            Files.createDirectories(dataDir.resolve("logs"));
            if (port == 0) {
                port = freePort();
            }
            List<String> command = new ArrayList<>();
            if (runningAsRoot()) {
                copyOnce(source, home);
            }
            AnalysisPlugin.install(home.resolve("plugins"));
            Path config = roles == null ? null : securedConfig();
            if (runningAsRoot()) {
                chown(home);
                chown(dataDir);
                command.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
            }
            command.add(home.resolve("bin/elasticsearch").toString());
            command.addAll(List.of("-Ecluster.name=legal-procurement-portal", "-Enode.name=embedded",
                    "-Epath.data=" + dataDir.resolve("data"), "-Epath.logs=" + dataDir.resolve("logs"),
                    "-Enetwork.host=127.0.0.1", "-Ehttp.port=" + port, "-Etransport.port=" + freePort(),
                    "-Ediscovery.type=single-node"));
            command.addAll(config == null ? List.of("-Expack.security.enabled=false") : List.of("-Expack.security.enabled=true",
                    "-Expack.security.http.ssl.enabled=false", "-Expack.security.transport.ssl.enabled=false"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("logs/console.log").toFile()));
            if (config != null) {
                builder.environment().put("ES_PATH_CONF", config.toString());
            }
            builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
            log.info("Starting the embedded Elasticsearch node from {} on 127.0.0.1:{} (data in {})", home, port, dataDir);
            process = builder.start();
            awaitHealthy(START_TIMEOUT);
            log.info("Embedded Elasticsearch is up at {}", url());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded Elasticsearch node", e);
        }
    }

    /** Stops the node and waits for it (and the server process it launched) to exit. */
    public synchronized void stop() {
        stopped = true;
        if (process == null) {
            return;
        }
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        process.destroy();
        family.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle p : family) {
                p.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            family.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        process = null;
        log.info("Embedded Elasticsearch stopped");
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * The distribution's configuration, copied into the data folder with the roles file and the file realm's users
     * (their passwords hashed with BCrypt, which the file realm reads), for {@code ES_PATH_CONF}.
     */
    private Path securedConfig() throws IOException {
        Path config = dataDir.resolve("config");
        deleteTree(config);
        copyTree(home.resolve("config"), config);
        Files.writeString(config.resolve("roles.yml"), roles);
        var bcrypt = new BCryptPasswordEncoder();
        StringBuilder realm = new StringBuilder();
        Map<String, List<String>> byRole = new TreeMap<>();
        for (User u : users) {
            realm.append(u.name()).append(':').append(bcrypt.encode(u.password())).append('\n');
            byRole.computeIfAbsent(u.role(), r -> new ArrayList<>()).add(u.name());
        }
        Files.writeString(config.resolve("users"), realm);
        StringBuilder roleMap = new StringBuilder();
        byRole.forEach((role, names) -> roleMap.append(role).append(':').append(String.join(",", names)).append('\n'));
        Files.writeString(config.resolve("users_roles"), roleMap);
        return config;
    }

    private void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
                .timeout(Duration.ofSeconds(10));
        if (!users.isEmpty()) {
            request.header("Authorization", "Basic " + HttpHeaders.encodeBasicAuth(users.get(0).name(),
                    users.get(0).password(), StandardCharsets.UTF_8));
        }
        HttpRequest health = request.build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The embedded Elasticsearch node exited (code " + process.exitValue()
                        + "); see " + dataDir.resolve("logs/console.log"));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IllegalStateException("Interrupted while the embedded Elasticsearch node was starting", e);
            }
            sleep();
        }
        stop();
        throw new IllegalStateException("The embedded Elasticsearch node did not become healthy within " + timeout
                + "; see " + dataDir.resolve("logs/console.log"));
    }

    private static Path findHome(Path distribution) {
        if (Files.isRegularFile(distribution.resolve("bin/elasticsearch"))) {
            return distribution.toAbsolutePath();
        }
        try (Stream<Path> children = Files.list(distribution)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("bin/elasticsearch"))).findFirst()
                    .map(Path::toAbsolutePath)
                    .orElseThrow(() -> new IllegalStateException("No Elasticsearch distribution in " + distribution));
        } catch (IOException e) {
            throw new IllegalStateException("No Elasticsearch distribution in " + distribution.toAbsolutePath()
                    + ": build the module first (the build unpacks it), or set spring.elasticsearch.uris", e);
        }
    }

    /** The distribution, copied where {@code nobody} can reach it (once per version). */
    private static void copyOnce(Path from, Path to) throws IOException {
        if (Files.isRegularFile(to.resolve("bin/elasticsearch"))) {
            return;
        }
        Path partial = to.resolveSibling(to.getFileName() + ".partial");
        deleteTree(partial);
        Files.createDirectories(partial.getParent());
        copyTree(from, partial);
        Files.move(partial, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void chown(Path path) throws IOException {
        try {
            Process chown = new ProcessBuilder("chown", "-R", "nobody:nogroup", path.toString()).inheritIO().start();
            if (chown.waitFor() != 0) {
                throw new IOException("chown -R nobody:nogroup " + path + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
