package cn.gov.legalprocurement.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Users of the demo data browse their inbox and open task forms, as the browser's Vaadin client does it: log in
 * through the login form, start the UI ({@code ?v-r=init}), then navigate inside it with the router's
 * {@code ui-navigate} event over UIDL ({@code ?v-r=uidl}), keeping the security key, the UI id and the
 * server's sync id and client id from each response. Every user holds one UI in one session, as a browser tab does.
 * A round is the inbox, then one of its tasks' forms (or the dashboard when it lists none), a think time after
 * each. Each response is checked: status 200, no application error, no resynchronisation, the inbox's grid, the
 * form's title. Settings (system properties): {@code portal.url} (http://localhost:8080), {@code users} (100),
 * {@code ramp} seconds (60), {@code pages} inbox-and-form rounds per user (10), {@code think} seconds between pages
 * (5). Run as docs/benchmarks.md gives it.
 */
public class InboxSimulation extends Simulation {

    static final String BASE = System.getProperty("portal.url", "http://localhost:8080");
    static final int USERS = Integer.getInteger("users", 100);
    static final int RAMP = Integer.getInteger("ramp", 60);
    static final int PAGES = Integer.getInteger("pages", 10);
    static final int THINK = Integer.getInteger("think", 5);
    static final String PASSWORD = System.getProperty("password", "Demo-2026!");

    /** Demo accounts with an inbox (a supervisor has none: supervisors search). */
    static final List<String> ACCOUNTS = List.of("purchaser", "head", "finance", "justice", "provider1", "provider2",
            "provider3", "expert1", "expert2", "expert3");

    HttpProtocolBuilder protocol = http.baseUrl(BASE)
            // the login form refuses a post from another site: the browser's Origin header says it is ours
            .header("Origin", BASE)
            .acceptLanguageHeader("zh-CN,zh;q=0.9,en;q=0.5")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Gatling");

    /** A navigation inside the user's UI, as a click on a router link sends it. */
    static HttpRequestActionBuilder navigate(String name, String route) {
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody("{\"csrfToken\":\"#{csrf}\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                        + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                        + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                        + "\"syncId\":#{syncId},\"clientId\":#{clientId}}"))
                .check(status().is(200),
                        substring("appError").notExists(),
                        substring("resynchronize").notExists(),
                        regex("\"syncId\":(\\d+)").saveAs("syncId"),
                        regex("\"clientId\":(\\d+)").saveAs("clientId"));
    }

    ScenarioBuilder browse = scenario("inbox and task forms")
            .feed(listFeeder(ACCOUNTS.stream().map(a -> Map.<String, Object>of("account", a)).toList()).circular())
            .exec(http("login page").get("/login").check(status().is(200)))
            .exec(http("login").post("/login").formParam("username", "#{account}").formParam("password", PASSWORD)
                    // a refused login lands on /login?error, a good one on the dashboard
                    .check(status().is(200), currentLocation().not(BASE + "/login?error")))
            .exec(http("start UI").get("/?v-r=init&location=tasks&query=")
                    .check(status().is(200),
                            jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("csrf"),
                            jsonPath("$.appConfig['v-uiId']").saveAs("uiId"),
                            jsonPath("$.appConfig.uidl.syncId").saveAs("syncId"),
                            jsonPath("$.appConfig.uidl.clientId").saveAs("clientId")))
            .repeat(PAGES).on(
                    exec(session -> session.remove("taskId"))
                            .exec(navigate("inbox", "tasks").check(
                                    substring("inbox-grid"),
                                    regex("tasks/([0-9a-f-]{36})").findRandom().optional().saveAs("taskId")))
                            .pause(Duration.ofMillis(THINK * 500L), Duration.ofMillis(THINK * 1500L))
                            // a task of the inbox if it lists one, else the dashboard: the next round's inbox is
                            // then a navigation from another page, as a user's is
                            .doIfOrElse(session -> session.contains("taskId")).then(
                                    exec(navigate("task form", "tasks/#{taskId}").check(substring("task-title"))))
                            .orElse(exec(navigate("dashboard", "dashboard")))
                            .pause(Duration.ofMillis(THINK * 500L), Duration.ofMillis(THINK * 1500L)));

    {
        setUp(browse.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP)))).protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
