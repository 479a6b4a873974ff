package cn.gov.legalprocurement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.legalprocurement.workflow.ProcessModel;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SIGKILL in the middle of the work, then a restart on the same H2 file database, as the portal runs it:
 * no sealed bid that was acknowledged is lost, none is doubled, and timers that were due when the process
 * died fire once after the restart (see {@link CrashDrill}).
 */
class CrashRecoveryTest {

    @Test
    void killedWhileSealingBidsAndWhileTheOpeningsTimersFireNothingIsLostOrDoubled() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-");

        // sealing: killed right after a bid was acknowledged (the drill waits for the word to go on)
        Process sealing = start("seal", dir);
        BufferedReader out = reader(sealing);
        long project = -1;
        Map<Long, Long> acknowledged = new HashMap<>();
        int wanted = 12 + ThreadLocalRandom.current().nextInt(12);
        List<String> said = new ArrayList<>();
        for (String line; acknowledged.size() < wanted && (line = out.readLine()) != null; ) {
            said.add(line);
            if (line.startsWith("PROJECT ")) {
                project = Long.parseLong(line.substring(8).strip());
            } else if (line.startsWith("SEALED ")) {
                String[] parts = line.split(" ");
                acknowledged.put(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
                if (acknowledged.size() < wanted) {
                    sealing.getOutputStream().write('\n');
                    sealing.getOutputStream().flush();
                }
            }
        }
        assertThat(acknowledged).as("bids acknowledged before the kill; the drill said:\n" + String.join("\n", said))
                .hasSize(wanted);
        sealing.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        List<String[]> bids = lines(run("bids", dir, project), "BID ");
        List<Long> stored = bids.stream().map(b -> Long.parseLong(b[1])).toList();
        assertThat(stored).as("every acknowledged bid is there after the restart").containsAll(acknowledged.keySet());
        Map<String, Long> sealedPerProvider = new HashMap<>();
        bids.stream().filter(b -> b[2].equals("SEALED")).forEach(b -> sealedPerProvider.merge(b[3], 1L, Long::sum));
        assertThat(sealedPerProvider.values()).as("one live bid per provider").allMatch(n -> n == 1);

        // the opening's timers are due: killed while the job executor runs them, then restarted
        Process firing = start("fire", dir, project);
        BufferedReader fired = reader(firing);
        for (String line; (line = fired.readLine()) != null && !line.startsWith("FIRING"); ) {
            // starting
        }
        Thread.sleep(ThreadLocalRandom.current().nextInt(0, 1500));
        firing.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        List<String> check = run("check", dir, project);
        Map<String, Long> counts = new HashMap<>();
        for (String line : check) {
            String[] parts = line.split(" ");
            if (parts[0].equals("RAN") || parts[0].equals("AUDITED")) {
                counts.put(parts[1], Long.parseLong(parts[2]));
            }
        }
        assertThat(counts).as(String.join("\n", check)).containsEntry(ProcessModel.Tendering.SERVICE_START_OPENING, 1L)
                .containsEntry(ProcessModel.Tendering.SERVICE_OPEN_BIDS, 1L).containsEntry("tender.opening-started", 1L)
                .containsEntry("tender.opened", 1L);
    }

    @Test
    void killedWhileReleasingAPaymentItIsPaidOnceAfterTheRestart() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-pay-");
        Process paying = start("pay", dir);
        BufferedReader out = reader(paying);
        String[] releasing = null;
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("RELEASING ")) {
                releasing = line.split(" ");
                break;
            }
        }
        assertThat(releasing).as("the drill reached the release").isNotNull();
        Thread.sleep(ThreadLocalRandom.current().nextInt(0, 300));
        paying.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        List<String> after = run("paycheck", dir, releasing[1], releasing[2]);
        List<String> paid = after.stream().filter(l -> l.startsWith("PAID ")).toList();
        assertThat(paid).as(String.join("\n", after)).hasSize(2);
        assertThat(paid.get(0)).isIn("PAID 0", "PAID 1");
        assertThat(after).contains("REPLAY refused");
        assertThat(paid.get(1)).as("paid once, whether the kill came before or after the release committed").isEqualTo("PAID 1");
        if (paid.get(0).equals("PAID 0")) {
            assertThat(after).contains("RETRIED");
        }
    }

    private static Process start(String phase, Path dir, Object... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath(), CrashDrill.class.getName(), phase, dir.toString()));
        for (Object m : more) {
            command.add(String.valueOf(m));
        }
        return new ProcessBuilder(command).redirectError(dir.resolve(phase + ".err").toFile()).start();
    }

    /** The tests' classpath: Surefire's own list where it runs us from a manifest-only jar, each entry once. */
    private static String classpath() {
        String all = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, new java.util.LinkedHashSet<>(List.of(all.split(File.pathSeparator))));
    }

    private static List<String> run(String phase, Path dir, Object... more) throws Exception {
        Process p = start(phase, dir, more);
        List<String> lines = new ArrayList<>();
        BufferedReader out = reader(p);
        for (String line; (line = out.readLine()) != null; ) {
            lines.add(line);
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(phase + " failed; see " + dir.resolve(phase + ".err")).isZero();
        return lines;
    }

    private static List<String[]> lines(List<String> all, String prefix) {
        return all.stream().filter(l -> l.startsWith(prefix)).map(l -> l.split(" ")).toList();
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
}
