/** Every id is a random UUID: records made offline on different machines never collide. */
export function newId(): string {
  return crypto.randomUUID();
}
