package io.newswire.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * CPU time spent by the stream threads, by this JVM and by its child processes (the local broker). Wall-clock
 * rates on this shared 2-core box scatter by ±15 % between identical runs; CPU per article moves far less,
 * so it is what compares two versions of the code.
 */
record CpuTime(long streamThreadNanos, long processNanos, long childrenNanos) {

    static CpuTime now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long stream = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().contains("StreamThread")) {
                stream += Math.max(0, threads.getThreadCpuTime(thread.getId()));
            }
        }
        long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        long children = ProcessHandle.current().descendants()
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        return new CpuTime(stream, process, children);
    }

    /** Milliseconds per article between an earlier snapshot and this one, stream threads counted whole (they start after it). */
    double[] millisPerArticle(CpuTime earlier, long articles) {
        return new double[] {streamThreadNanos / 1e6 / articles, (processNanos - earlier.processNanos) / 1e6 / articles,
                (childrenNanos - earlier.childrenNanos) / 1e6 / articles};
    }
}
