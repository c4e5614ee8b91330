package org.synmap.engine.core;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap use as the JVM's memory pools report it. The peak is the sum of the heap pools' peak
 * usages since {@link #resetPeak()}: pools may peak at different moments, so it is an upper
 * bound of the heap in use at any one time (including garbage not yet collected).
 */
final class HeapMeter {

    private HeapMeter() {
    }

    /** Collects garbage (so the next peak starts from live data), then resets every heap pool's peak. */
    static void resetPeak() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    static long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Heap in use after a full collection: what live objects hold. */
    static long retainedBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
