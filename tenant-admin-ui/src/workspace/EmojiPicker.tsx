/** A small set of everyday emoji, inserted as plain Unicode text (no images, nothing fetched). */
const EMOJI = [
  '😀', '😄', '😊', '🙂', '😉', '😍', '🤗', '🤔',
  '😅', '😂', '🙃', '😌', '😎', '🥳', '😢', '😮',
  '🙏', '👍', '👎', '👌', '👏', '🙌', '💪', '👋',
  '❤️', '💙', '✨', '🎉', '🔥', '⭐', '✅', '❌',
  '⚠️', '❓', '💡', '📦', '🚚', '📞', '📧', '⏰',
];

export function EmojiPicker({ onPick, onClose }: { onPick: (emoji: string) => void; onClose: () => void }) {
  return (
    <div
      className="emoji-picker"
      role="dialog"
      aria-label="Emoji"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      {EMOJI.map((emoji) => (
        <button key={emoji} type="button" className="emoji" onClick={() => onPick(emoji)} aria-label={`Insert ${emoji}`}>
          {emoji}
        </button>
      ))}
    </div>
  );
}
