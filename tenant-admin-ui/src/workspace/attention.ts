/**
 * Getting the agent's attention: a short two-tone chime made with WebAudio (no audio file), and a browser
 * notification while the tab is hidden. Browsers allow both only after a user gesture, so `unlock` is called
 * from one (the first click in the workspace, or the "Enable notifications" button).
 */
let context: AudioContext | null = null;
let lastChime = 0;

export function unlockSound(): void {
  const Ctor = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctor) return;
  context ??= new Ctor();
  if (context.state === 'suspended') void context.resume();
}

/** Two soft sine notes (E5 then A5); at most one chime a second, however many frames arrive. */
export function chime(): void {
  const now = Date.now();
  if (!context || context.state !== 'running' || now - lastChime < 1000) return;
  lastChime = now;
  const t = context.currentTime;
  [659.25, 880].forEach((freq, i) => {
    const osc = context!.createOscillator();
    const gain = context!.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq;
    const start = t + i * 0.14;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.3);
    osc.connect(gain).connect(context!.destination);
    osc.start(start);
    osc.stop(start + 0.32);
  });
}

export function notificationsSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window;
}

export function notificationPermission(): NotificationPermission | 'unsupported' {
  return notificationsSupported() ? Notification.permission : 'unsupported';
}

/** Must be called from a user gesture (a click). */
export async function askNotificationPermission(): Promise<NotificationPermission | 'unsupported'> {
  if (!notificationsSupported()) return 'unsupported';
  return Notification.requestPermission();
}

/** Shows a notification (one per session: a newer one replaces it); clicking it focuses the tab there. */
export function notify(title: string, body: string, tag: string, onClick: () => void): void {
  if (!notificationsSupported() || Notification.permission !== 'granted') return;
  try {
    const n = new Notification(title, { body, tag });
    n.onclick = () => {
      window.focus();
      onClick();
      n.close();
    };
  } catch {
    // some browsers allow notifications only from a service worker; the chime and the title still tell
  }
}
