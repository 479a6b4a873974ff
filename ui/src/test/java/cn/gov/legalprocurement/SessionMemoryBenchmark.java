package cn.gov.legalprocurement;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Server memory per active Vaadin session: against a running portal (the jar, demo data loaded), N headless Chromium
 * browsers each log in as a demo user, open the inbox and the first task's form (claiming a group task first), and
 * stay on it, so that every session keeps its UI on the server. The portal's heap after a full GC
 * ({@code jcmd <pid> GC.run}), before and after, divided by N.
 * Arguments: the portal's address, its process id, N. Command in docs/benchmarks.md.
 */
public final class SessionMemoryBenchmark {

    private static final List<String> USERS = List.of("purchaser", "head", "finance", "purchaser-office", "head-office",
            "provider1", "expert1", "justice", "supervisor");

    /** How many of the sessions found a task in the inbox and opened its form. */
    private static int forms;

    private SessionMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        long pid = Long.parseLong(args[1]);
        int n = Integer.parseInt(args[2]);
        List<WebDriver> browsers = new ArrayList<>();
        try {
            // one session first, so that classes and caches loaded by the first page do not count
            session(browser(browsers), base, USERS.get(0));
            forms = 0;
            long before = heapAfterGc(pid);
            long sessionsBefore = activeSessions(base);
            List<Long> renders = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                renders.add(session(browser(browsers), base, USERS.get(i % USERS.size())));
            }
            long after = heapAfterGc(pid);
            long sessionsAfter = activeSessions(base);
            renders.sort(Long::compare);
            System.out.printf("sessions=%d (server: %d -> %d) heap after full GC %,d KB -> %,d KB: %.0f KB per session;"
                            + " %d of them opened a task form; login+inbox+task form median %d ms%n", n, sessionsBefore,
                    sessionsAfter, before, after, (after - before) / (double) n, forms, renders.get(renders.size() / 2));
        } finally {
            browsers.forEach(WebDriver::quit);
        }
    }

    /**
     * A browser of its own for each session, left open on its last page until the measurement: its UI stays alive on
     * the server (a page that is left tells the server to close its UI).
     */
    private static WebDriver browser(List<WebDriver> browsers) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN");
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))).build(), options);
        browsers.add(browser);
        return browser;
    }

    /** A new session: log in, open the inbox and the first task's form; the milliseconds it took. */
    private static long session(WebDriver browser, String base, String user) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        long started = System.nanoTime();
        open(browser, wait, base + "/login");
        WebElement form = wait.until(d -> d.findElement(By.tagName("vaadin-login-form")));
        form.findElement(By.cssSelector("input[name='username']")).sendKeys(user);
        form.findElement(By.cssSelector("input[name='password']")).sendKeys("Demo-2026!");
        form.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        open(browser, wait, base + "/tasks");
        List<WebElement> links = browser.findElements(By.cssSelector("a[href^='tasks/']"));
        if (!links.isEmpty()) {
            open(browser, wait, base + "/" + links.get(0).getAttribute("href").replaceAll("^.*?(tasks/)", "$1"));
            wait.until(d -> !d.findElements(By.id("task-title")).isEmpty());
            // a group task shows its form once claimed (the benchmark's portal is a throwaway demo instance)
            browser.findElements(By.id("claim-task")).forEach(WebElement::click);
            if (!wait.until(d -> d.findElements(By.id("complete-task")).size() + d.findElements(By.tagName("p")).size() > 0
                    ? d.findElements(By.id("complete-task")) : null).isEmpty()) {
                forms++;
            }
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void open(WebDriver browser, WebDriverWait wait, String url) {
        browser.get(url);
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())")));
    }

    /** The heap in use after two full collections, in KB, from {@code jcmd}. */
    private static long heapAfterGc(long pid) throws Exception {
        for (int i = 0; i < 2; i++) {
            run("jcmd", String.valueOf(pid), "GC.run");
        }
        Matcher used = Pattern.compile("used (\\d+)K").matcher(run("jcmd", String.valueOf(pid), "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("no heap figure from jcmd");
        }
        return Long.parseLong(used.group(1));
    }

    private static long activeSessions(String base) throws Exception {
        String auth = Base64.getEncoder().encodeToString("admin:Demo-2026!".getBytes(StandardCharsets.UTF_8));
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/tomcat.sessions.active.current"))
                .header("Authorization", "Basic " + auth).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher value = Pattern.compile("\"value\":([0-9.]+)").matcher(body);
        return value.find() ? (long) Double.parseDouble(value.group(1)) : -1;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
