package dev.frontdesk.plugins.email;

import dev.frontdesk.spi.KeyValueStore;
import dev.frontdesk.spi.Metrics;
import dev.frontdesk.spi.PluginLog;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads the new messages of an open folder since the stored cursor (UIDVALIDITY + last UID) and delivers them
 * in UID order, moving the cursor after each. The folder is opened read-only: the mailbox is left as it was.
 *
 * <p>First contact with a mailbox (or a changed UIDVALIDITY, meaning the server renumbered it) starts at the
 * newest message: the {@code initialBacklog} most recent messages are delivered, older ones never.
 */
final class MailboxReader {

  /** Messages per read: a run stays short; the rest comes on the next one, which is due at once. */
  static final int BATCH = 25;

  private final EmailSettings settings;
  private final ThreadStore threads;
  private final InboundDelivery delivery;
  private final Metrics metrics;
  private final PluginLog log;
  private final String where;

  MailboxReader(
      EmailSettings settings, ThreadStore threads, InboundDelivery delivery, Metrics metrics, PluginLog log,
      String where) {
    this.settings = settings;
    this.threads = threads;
    this.delivery = delivery;
    this.metrics = metrics;
    this.log = log;
    this.where = where;
  }

  /** What one read did; {@code more} when a batch was full and more messages wait. */
  record Result(int delivered, int skipped, boolean more) {}

  Result read(Folder folder) throws MessagingException {
    UIDFolder uids = (UIDFolder) folder;
    long validity = uids.getUIDValidity();
    String mailbox = settings.mailboxIdentity();
    ThreadStore.Cursor cursor = threads.cursor().orElse(null);
    boolean more = false;
    Message[] messages;
    if (cursor == null || cursor.uidValidity() != validity || !cursor.mailbox().equals(mailbox)) {
      if (cursor != null && cursor.mailbox().equals(mailbox)) {
        log.warn("Mailbox {} was renumbered by the server (UIDVALIDITY changed); reading from its newest email on",
            where);
      }
      int count = folder.getMessageCount();
      long next = highestUid(folder, uids, count);
      threads.saveCursor(new ThreadStore.Cursor(mailbox, validity, next));
      int backlog = Math.min(settings.initialBacklog(), count);
      messages = backlog == 0 ? new Message[0] : folder.getMessages(count - backlog + 1, count);
      if (backlog > 0) {
        // the cursor is already past these; deliver them without moving it back
        fetchUids(folder, messages);
        return new Result(deliverAll(uids, messages, mailbox, validity, Long.MAX_VALUE), 0, false);
      }
      return new Result(0, 0, false);
    }
    messages = uids.getMessagesByUID(cursor.lastUid() + 1, UIDFolder.MAXUID);
    // "n:*" always matches the last message, even when its UID is below n: keep only really new ones
    List<Message> fresh = new ArrayList<>();
    fetchUids(folder, messages);
    for (Message m : messages) {
      if (m != null && uids.getUID(m) > cursor.lastUid()) {
        fresh.add(m);
      }
    }
    fresh.sort(Comparator.comparingLong(m -> uid(uids, m)));
    if (fresh.size() > BATCH) {
      fresh = fresh.subList(0, BATCH);
      more = true;
    }
    int delivered = deliverAll(uids, fresh.toArray(new Message[0]), mailbox, validity, cursor.lastUid());
    return new Result(delivered, fresh.size() - delivered, more);
  }

  /**
   * Delivers messages in order. A message that cannot be parsed is logged and passed over, so one malformed
   * email never blocks the mailbox; a failure of the conversation engine stops the read with the cursor before
   * that message, so it is tried again.
   */
  private int deliverAll(UIDFolder uids, Message[] messages, String mailbox, long validity, long cursorUid)
      throws MessagingException {
    int delivered = 0;
    for (Message m : messages) {
      long uid = uids.getUID(m);
      if (deliverOne((MimeMessage) m, uid)) {
        delivered++;
      }
      if (uid > cursorUid && cursorUid != Long.MAX_VALUE) {
        saveCursor(new ThreadStore.Cursor(mailbox, validity, uid));
      }
    }
    return delivered;
  }

  /** A cursor that cannot be saved (storage full) only means re-reading: deliveries are idempotent. */
  private void saveCursor(ThreadStore.Cursor cursor) {
    try {
      threads.saveCursor(cursor);
    } catch (KeyValueStore.QuotaExceededException full) {
      log.warn("Where reading {} stopped could not be saved ({}); those emails will be read again", where,
          full.getMessage());
    }
  }

  private boolean deliverOne(MimeMessage m, long uid) throws MessagingException {
    ParsedEmail email;
    try {
      email = new EmailParser(settings.maxAttachmentBytes()).parse(m);
    } catch (MessagingException | IOException | RuntimeException e) {
      if (e instanceof jakarta.mail.FolderClosedException || e instanceof jakarta.mail.StoreClosedException) {
        throw (MessagingException) e; // the connection went, not the email: read it again next time
      }
      metrics.increment("failures");
      log.warn("Email UID {} in {} could not be read and was passed over: {}", uid, where, e.toString());
      return false;
    }
    if (email.fromAddress().equals(settings.fromAddress().toLowerCase(Locale.ROOT))) {
      return false; // our own reply (a copy filed in the folder): never a customer message
    }
    boolean fresh = delivery.deliver(email);
    if (fresh) {
      metrics.increment("received");
    }
    return fresh;
  }

  private static long highestUid(Folder folder, UIDFolder uids, int count) throws MessagingException {
    if (count == 0) {
      long next = uidNext(uids);
      return next > 0 ? next - 1 : 0;
    }
    Message last = folder.getMessage(count);
    return uids.getUID(last);
  }

  private static long uidNext(UIDFolder uids) {
    try {
      return uids.getUIDNext();
    } catch (MessagingException e) {
      return -1;
    }
  }

  private static void fetchUids(Folder folder, Message[] messages) throws MessagingException {
    FetchProfile fp = new FetchProfile();
    fp.add(UIDFolder.FetchProfileItem.UID);
    fp.add(FetchProfile.Item.ENVELOPE);
    folder.fetch(Arrays.stream(messages).filter(m -> m != null).toArray(Message[]::new), fp);
  }

  private static long uid(UIDFolder uids, Message m) {
    try {
      return uids.getUID(m);
    } catch (MessagingException e) {
      return Long.MAX_VALUE;
    }
  }
}
