/** Wall-clock time per pipeline stage, for the demo's report (never for tests: timings decide nothing). */
export interface StageTiming {
  stage: string;
  ms: number;
}

export class StageTimer {
  readonly stages: StageTiming[] = [];

  async time<T>(stage: string, work: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.add(stage, performance.now() - start);
    }
  }

  private add(stage: string, ms: number): void {
    const existing = this.stages.find((s) => s.stage === stage);
    if (existing) existing.ms += ms;
    else this.stages.push({ stage, ms });
  }
}
