// Quiz topics that have questions; empty until the question bank exists.
export async function quizTopics(): Promise<ReadonlySet<string>> {
  return new Set();
}
