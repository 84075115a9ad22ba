/** A plain assertion for journeys: throws with the message when the condition is false. */
export function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(`expectation failed: ${message}`);
}
