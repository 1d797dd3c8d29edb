// The widget's two languages. Keys are short because the loader ships a few of them too.

export type Locale = 'en' | 'zh-CN';

const en = {
  open: 'Open chat',
  close: 'Close chat',
  chat: 'Chat',
  refused: 'Chat is not available on this site: its address is not on the list of sites allowed to open it.',
  noEntry: 'This chat link is not valid.',
  offline: 'Cannot reach the chat right now. Please try again later.',
  unread: '{n} unread',
  online: 'Online',
  away: 'Away',
  offHours: 'We are away now. Leave a message and we will reply when we are back.',
  queue: 'You are number {n} in the queue.',
  typing: 'Typing…',
  read: 'Read',
  sending: 'Sending…',
  failed: 'Not sent',
  retry: 'Retry',
  placeholder: 'Write a message…',
  send: 'Send',
  emoji: 'Emoji',
  image: 'Send an image',
  file: 'Send a file',
  uploading: 'Uploading {name}: {p}%',
  tooBig: '{name} is too large: {kind} may be at most {max}.',
  badType: '{name} cannot be sent as {kind}: use {formats}.',
  empty: '{name} is empty.',
  recalled: 'This message was recalled.',
  unsupported: 'This message cannot be shown here.',
  location: 'Location',
  map: 'Open map',
  download: 'Download',
  earlier: 'Earlier conversation',
  closed: 'This conversation has ended. Write again any time.',
  reconnecting: 'Reconnecting…',
  messages: 'Messages',
  preview: 'Preview: this is what visitors see first. Messages cannot be sent from here.',
  leaveTitle: 'Leave us a message',
  leaveIntro: 'We cannot start a chat right now. Leave a message and we will get back to you.',
  leaveName: 'Your name',
  leaveContact: 'Email or phone number',
  leaveText: 'Your message',
  leaveSend: 'Send message',
  leaveSending: 'Sending…',
  leaveSent: 'Thank you! We received your message and will get back to you soon.',
  needName: 'Please enter your name.',
  needContact: 'Please enter an email address or a phone number.',
  badContact: 'This is not an email address or a phone number.',
  needText: 'Please write your message.',
  k_image: 'images', k_video: 'videos', k_voice: 'voice messages', k_file: 'files', k_sticker: 'stickers',
};

export type Strings = typeof en;

const zh: Strings = {
  open: '打开聊天',
  close: '关闭聊天',
  chat: '聊天',
  refused: '此网站无法使用在线客服：该网站不在允许的网站列表中。',
  noEntry: '此聊天链接无效。',
  offline: '暂时无法连接客服，请稍后再试。',
  unread: '{n} 条未读',
  online: '在线',
  away: '离开',
  offHours: '现在是非工作时间。请留言，我们回来后会尽快回复。',
  queue: '您正在排队，当前排在第 {n} 位。',
  typing: '对方正在输入…',
  read: '已读',
  sending: '发送中…',
  failed: '发送失败',
  retry: '重试',
  placeholder: '输入消息…',
  send: '发送',
  emoji: '表情',
  image: '发送图片',
  file: '发送文件',
  uploading: '正在上传 {name}：{p}%',
  tooBig: '{name} 太大：{kind}最大 {max}。',
  badType: '{name} 不能作为{kind}发送：请使用 {formats}。',
  empty: '{name} 是空文件。',
  recalled: '此消息已撤回。',
  unsupported: '此消息无法在这里显示。',
  location: '位置',
  map: '打开地图',
  download: '下载',
  earlier: '之前的对话',
  closed: '本次会话已结束，随时可以再次留言。',
  reconnecting: '正在重新连接…',
  messages: '消息',
  preview: '预览：这是访客首先看到的内容。此处无法发送消息。',
  leaveTitle: '给我们留言',
  leaveIntro: '暂时无法开始在线聊天。请留言，我们会尽快与您联系。',
  leaveName: '您的姓名',
  leaveContact: '邮箱或电话号码',
  leaveText: '留言内容',
  leaveSend: '提交留言',
  leaveSending: '提交中…',
  leaveSent: '谢谢！我们已收到您的留言，会尽快与您联系。',
  needName: '请填写您的姓名。',
  needContact: '请填写邮箱或电话号码。',
  badContact: '这不是有效的邮箱或电话号码。',
  needText: '请填写留言内容。',
  k_image: '图片', k_video: '视频', k_voice: '语音', k_file: '文件', k_sticker: '表情图片',
};

/** The locale asked for (the host's `locale`, a `lang` query) if we have it, else the browser's first match. */
export function pickLocale(asked: string | null | undefined, browser: readonly string[]): Locale {
  for (const tag of [asked, ...browser]) {
    const t = (tag || '').toLowerCase();
    if (t.startsWith('zh')) return 'zh-CN';
    if (t.startsWith('en')) return 'en';
  }
  return 'en';
}

export function strings(locale: Locale): Strings {
  return locale === 'zh-CN' ? zh : en;
}

/** Fills `{name}` placeholders. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
}
