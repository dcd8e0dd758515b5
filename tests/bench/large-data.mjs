// Figures with 1,000 assessments: import time, list rendering, JS heap.
export async function largeDataFigures() {
  return {};
}
