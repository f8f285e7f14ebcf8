// Memory: the heap after many mount/unmount cycles of the typical map, GC forced between cycles.

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return { heapBytes: usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners, documents: counters.documents };
}

export async function measureCycles(handle, { cycles, warmup, onProgress }) {
  const { page, cdp } = handle;
  const run = async (count) => {
    for (let i = 0; i < count; i++) {
      const drawn = await page.evaluate(async () => {
        const result = await window.cycleBench.cycle();
        window.gc();
        return result;
      });
      if (drawn !== true) throw new Error(`mount/unmount cycle ${i + 1}: ${drawn}`);
      if ((i + 1) % 100 === 0) onProgress?.(i + 1, count);
    }
  };
  const initial = await heap(cdp);
  await run(warmup);
  const baseline = await heap(cdp);
  const started = Date.now();
  await run(cycles);
  const seconds = (Date.now() - started) / 1000;
  const after = await heap(cdp);
  const growth = ((after.heapBytes - baseline.heapBytes) / baseline.heapBytes) * 100;
  return { cycles, warmup, seconds: Math.round(seconds), initial, baseline, after, growthPercent: Math.round(growth * 100) / 100 };
}
