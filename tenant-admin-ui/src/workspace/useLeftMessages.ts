import { useCallback, useEffect, useState } from 'react';
import { leftMessagesApi, type LeftMessage } from './leftMessages';

const EVERY_MS = 30_000;

/** The messages still to handle, looked at again every 30 s and after a change; null until first read. */
export function useLeftMessages(): { messages: LeftMessage[] | null; reload: () => void } {
  const [messages, setMessages] = useState<LeftMessage[] | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    let live = true;
    const read = () =>
      leftMessagesApi.open().then(
        (list) => live && setMessages(list),
        () => live && setMessages((m) => m ?? []), // the next look tries again; the inbox matters more
      );
    void read();
    const t = setInterval(read, EVERY_MS);
    return () => {
      live = false;
      clearInterval(t);
    };
  }, [version]);
  return { messages, reload };
}
