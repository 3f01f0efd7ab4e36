package org.commissioningexplorer.core.search;

import java.util.Arrays;

/** The best keys offered, kept in a min-heap of at most {@code limit}. */
final class TopK {
    private final int limit;
    private long[] heap = new long[16];
    private int size;
    private int offered;

    TopK(int limit) {
        this.limit = limit;
    }

    int offered() {
        return offered;
    }

    void offer(long key) {
        offered++;
        if (size < limit) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, (int) Math.min((long) heap.length * 2, Math.max(limit, 16)));
            }
            heap[size] = key;
            siftUp(size++);
        } else if (key > heap[0]) {
            heap[0] = key;
            siftDown(0);
        }
    }

    private void siftUp(int i) {
        long k = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= k) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = k;
    }

    private void siftDown(int i) {
        long k = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= k) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = k;
    }

    long[] sortedDescending() {
        long[] out = Arrays.copyOf(heap, size);
        Arrays.sort(out);
        for (int i = 0, j = out.length - 1; i < j; i++, j--) {
            long t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }
}
