// A small built-in emoji set (no dependency, no image requests: the system font draws them).
export const EMOJI = [
  '😀', '😁', '😂', '🙂', '😉', '😊', '😍', '😘', '😎', '🤔', '😐', '😮',
  '😢', '😭', '😡', '😴', '🙏', '👍', '👎', '👌', '👏', '🙌', '💪', '👋',
  '❤️', '💔', '🎉', '🔥', '⭐', '✅', '❌', '❓', '☕', '🍰', '🎁', '📦',
];
