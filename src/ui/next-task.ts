/**
 * Resolves in a new task, so the browser can paint and handle input before the code that
 * awaited it goes on. A message, not a timer: timers in background tabs wait up to a second.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
