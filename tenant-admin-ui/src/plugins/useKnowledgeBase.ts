import { useEffect, useState } from 'react';
import type { Me } from '../types';
import { KNOWLEDGE_PLUGIN, pluginApi } from './api';
import { pluginAccess } from './plugins';

/** Whether the platform offers the knowledge-base plugin, for a tenant admin's navigation (false for everyone else). */
export function useKnowledgeBase(me: Me): boolean {
  const tenantAdmin = pluginAccess(me).tenant;
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    if (!tenantAdmin) return;
    let live = true;
    pluginApi
      .list()
      .then((list) => live && setAvailable(list.some((p) => p.id === KNOWLEDGE_PLUGIN)))
      .catch(() => live && setAvailable(false)); // the navigation just lacks the link; the pages say what failed
    return () => {
      live = false;
    };
  }, [tenantAdmin, me.user.id]);
  return tenantAdmin && available;
}
