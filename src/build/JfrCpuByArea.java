import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Breaks a JFR recording's CPU samples ({@code jdk.ExecutionSample}) down by area: the library or part of the
 * application whose code was running (issue 17, docs/benchmarks.md "Where one invoice's CPU goes").
 *
 * <pre>java src/build/JfrCpuByArea.java &lt;recording.jfr&gt; [from..to epoch ms] [thread name] [units]</pre>
 *
 * A sample counts for the first frame from the top of its stack that is not the JDK's own code (java., javax.,
 * jdk., sun., com.sun.): a HashMap lookup made by Hibernate counts for Hibernate, the JDK's XML parser called by
 * FOP for FOP ({@code die.verwandlung} is the JDK's XSLT compiler's package for the FO templates' compiled
 * stylesheets). A stack of JDK frames only counts as "JDK only". The window (as {@code b1.cpu.window} in
 * target/bench/b1-billing-run.json) keeps the samples taken in it; the thread name (exact, or a prefix ending in
 * {@code *}) keeps one thread's; units divides the counts (e.g. the invoices measured). The second table counts a
 * sample for every area anywhere on its stack (inclusive: FOP's render with the JDK's XML parser and Java2D below
 * it). Samples are taken of threads running Java code only: the JIT's compiler threads, the garbage collector and
 * native code are not among them (read those from /proc, see BenchReport.ProcCpu).
 */
public class JfrCpuByArea {

    private static final String[][] AREAS = {
        {"no.fakturaflyt.bench.", "benchmark driver (test code)"},
        {"no.fakturaflyt.", "Fakturaflyt's own code"},
        {"org.camunda.bpm.", "Camunda engine (with MyBatis, FEEL, DMN)"},
        {"org.apache.ibatis.", "Camunda engine (with MyBatis, FEEL, DMN)"},
        {"org.camunda.", "Camunda engine (with MyBatis, FEEL, DMN)"},
        {"camundajar.", "Camunda engine (with MyBatis, FEEL, DMN)"},
        {"org.hibernate.", "Hibernate / JPA"},
        {"jakarta.persistence.", "Hibernate / JPA"},
        {"net.bytebuddy.", "Hibernate / JPA"},
        {"org.postgresql.", "JDBC driver and pool (PgJDBC, Hikari)"},
        {"com.zaxxer.hikari.", "JDBC driver and pool (PgJDBC, Hikari)"},
        {"org.h2.", "H2 database"},
        {"org.apache.fop.", "FOP / PDF (FOP, XML Graphics, PDFBox, FO XSLT)"},
        {"org.apache.xmlgraphics.", "FOP / PDF (FOP, XML Graphics, PDFBox, FO XSLT)"},
        {"org.apache.batik.", "FOP / PDF (FOP, XML Graphics, PDFBox, FO XSLT)"},
        {"org.apache.pdfbox.", "FOP / PDF (FOP, XML Graphics, PDFBox, FO XSLT)"},
        {"org.apache.fontbox.", "FOP / PDF (FOP, XML Graphics, PDFBox, FO XSLT)"},
        {"org.apache.xalan.", "FOP / PDF (FOP, XML Graphics, PDFBox, FO XSLT)"},
        {"die.verwandlung.", "FOP / PDF (FOP, XML Graphics, PDFBox, FO XSLT)"},
        {"org.glassfish.jaxb.", "phive / UBL / Schematron (ph-*, Saxon, JAXB)"},
        {"org.xmlresolver.", "phive / UBL / Schematron (ph-*, Saxon, JAXB)"},
        {"com.helger.", "phive / UBL / Schematron (ph-*, Saxon, JAXB)"},
        {"net.sf.saxon.", "phive / UBL / Schematron (ph-*, Saxon, JAXB)"},
        {"oasis.names.", "phive / UBL / Schematron (ph-*, Saxon, JAXB)"},
        {"com.icegreen.greenmail.", "GreenMail (the benchmark's SMTP server)"},
        {"jakarta.mail.", "SMTP client (Jakarta Mail, Angus)"},
        {"org.eclipse.angus.", "SMTP client (Jakarta Mail, Angus)"},
        {"com.sun.mail.", "SMTP client (Jakarta Mail, Angus)"},
        {"org.springframework.boot.loader.", "class loading (the executable jar's nested jars)"},
        {"org.springframework.", "Spring (proxies, transactions, DI, MVC, Data)"},
        {"org.aopalliance.", "Spring (proxies, transactions, DI, MVC, Data)"},
        {"org.thymeleaf.", "Thymeleaf"},
        {"com.fasterxml.jackson.", "Jackson (JSON)"},
        {"ch.qos.logback.", "logging"},
        {"org.slf4j.", "logging"},
        {"org.apache.catalina.", "Tomcat"},
        {"org.apache.coyote.", "Tomcat"},
        {"org.apache.tomcat.", "Tomcat"},
        {"org.flywaydb.", "Flyway"},
        {"org.apache.groovy.", "Groovy"},
        {"groovy.", "Groovy"},
        {"org.codehaus.groovy.", "Groovy"},
        {"org.junit.", "JUnit / AssertJ (test code)"},
        {"org.assertj.", "JUnit / AssertJ (test code)"},
        {"io.micrometer.", "Micrometer"},
    };

    private static final String[] JDK = {"java.", "javax.", "jdk.", "sun.", "com.sun."};

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long from = Long.MIN_VALUE;
        long to = Long.MAX_VALUE;
        if (args.length > 1 && args[1].contains("..")) {
            String[] window = args[1].split("\\.\\.");
            from = Long.parseLong(window[0]);
            to = Long.parseLong(window[1]);
        }
        String thread = args.length > 2 && !args[2].isEmpty() ? args[2] : null;
        double units = args.length > 3 ? Double.parseDouble(args[3]) : 1;

        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> otherLibraries = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Map<String, Integer>> methods = new HashMap<>();
        int total = 0;
        Instant first = null;
        Instant last = null;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                long at = event.getStartTime().toEpochMilli();
                if (at < from || at > to) {
                    continue;
                }
                String threadName = event.getThread("sampledThread") == null ? "?"
                        : String.valueOf(event.getThread("sampledThread").getJavaName());
                if (thread != null && !(thread.endsWith("*") ? threadName.startsWith(thread.substring(0,
                        thread.length() - 1)) : threadName.equals(thread))) {
                    continue;
                }
                if (first == null || event.getStartTime().isBefore(first)) {
                    first = event.getStartTime();
                }
                if (last == null || event.getStartTime().isAfter(last)) {
                    last = event.getStartTime();
                }
                total++;
                threads.merge(threadName.replaceAll("[0-9]+", "#"), 1, Integer::sum);
                List<RecordedFrame> frames = event.getStackTrace() == null ? List.of()
                        : event.getStackTrace().getFrames();
                String area = null;
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (RecordedFrame frame : frames) {
                    String type = frame.getMethod().getType().getName();
                    if (isJdk(type)) {
                        if (area == null && isClassLoading(type, frame.getMethod().getName())) {
                            area = "class loading (JDK: define, verify, link, read)";
                        }
                        continue;
                    }
                    String a = area(type);
                    if (area == null || (area.startsWith("class loading (JDK") && !seen.contains("first"))) {
                        seen.add("first");
                        methods.computeIfAbsent(area == null ? a : area, k -> new HashMap<>()).merge(
                                type.replaceAll("\\$\\$.*", "") + "." + frame.getMethod().getName(), 1,
                                Integer::sum);
                    }
                    if (area == null) {
                        area = a;
                        if (a.equals("other libraries")) {
                            otherLibraries.merge(packageOf(type), 1, Integer::sum);
                        }
                    }
                    seen.add(a);
                }
                self.merge(area == null ? "JDK only" : area, 1, Integer::sum);
                seen.remove("first");
                for (String a : seen) {
                    inclusive.merge(a, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%s: %d samples%s%s, %s .. %s%n", file, total, thread == null ? "" : " of " + thread,
                units == 1 ? "" : String.format(", %.0f units", units), first, last);
        print("by the code running (self)", self, total, units);
        print("by any frame on the stack (inclusive)", inclusive, total, units);
        print("other libraries (self), by package", otherLibraries, total, units, 15);
        print("threads", threads, total, units, 15);
        List<Map.Entry<String, Integer>> biggest = new ArrayList<>(self.entrySet());
        biggest.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        int areas = Integer.getInteger("areas", 6);
        for (Map.Entry<String, Integer> area : biggest.subList(0, Math.min(areas, biggest.size()))) {
            if (methods.containsKey(area.getKey())) {
                print(area.getKey() + ": its first frame on the stack", methods.get(area.getKey()), total, units,
                        Integer.getInteger("methods", 8));
            }
        }
    }

    private static boolean isJdk(String type) {
        for (String prefix : JDK) {
            if (type.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClassLoading(String type, String method) {
        return type.equals("java.lang.ClassLoader") || type.startsWith("jdk.internal.loader.")
                || type.equals("java.net.URLClassLoader") || type.equals("java.security.SecureClassLoader")
                || (type.equals("java.lang.Class") && method.startsWith("forName"));
    }

    private static String area(String type) {
        for (String[] area : AREAS) {
            if (type.startsWith(area[0])) {
                return area[1];
            }
        }
        return "other libraries";
    }

    private static String packageOf(String type) {
        String[] parts = type.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(3, parts.length - 1)));
    }

    private static void print(String title, Map<String, Integer> counts, int total, double units) {
        print(title, counts, total, units, Integer.MAX_VALUE);
    }

    private static void print(String title, Map<String, Integer> counts, int total, double units, int limit) {
        System.out.println("\n" + title);
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        Map<String, Integer> shown = new LinkedHashMap<>();
        rows.stream().limit(limit).forEach(e -> shown.put(e.getKey(), e.getValue()));
        shown.forEach((area, count) -> System.out.printf("  %-50s %7d  %5.1f %%%s%n", area, count,
                100.0 * count / total, units == 1 ? "" : String.format("  %7.2f per unit", count / units)));
    }
}
