// Counts the documents the reminder job reads (every query and get goes through it), so the benchmark
// can show that the job's cost follows the due items and not the size of the database.
export class ReadCounter {
  total = 0;
  add(n: number): void {
    this.total += n;
  }
}
