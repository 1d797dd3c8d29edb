package dev.frontdesk.conversation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.frontdesk.identity.Secrets;
import dev.frontdesk.testing.Api;
import dev.frontdesk.testing.Desks;
import dev.frontdesk.testing.Desks.Desk;
import dev.frontdesk.testing.Desks.Raw;
import dev.frontdesk.testing.Desks.Visitor;
import dev.frontdesk.testing.FrontdeskWar;
import dev.frontdesk.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Files in conversations, as visitors and staff use them: upload, send, see, download by signed link; what is
 * refused and why; account avatars; recalling messages.
 */
@ExtendWith(ArquillianExtension.class)
class MediaIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return FrontdeskWar.create();
  }

  @ArquillianResource URL base;

  @Test
  void aVisitorSendsAPictureAndTheAgentDownloadsTheSameBytes() throws Exception {
    Desk desk = Desks.open(Api.at(base), "Pics", 1, 5, 30);
    Visitor visitor = Desks.visit(desk);
    byte[] png = png(Color.ORANGE);

    Raw uploaded = visitorUpload(visitor, "image", "holiday photo.png", "image/png", png);
    assertEquals(201, uploaded.status(), () -> new String(uploaded.body()));
    JsonObject upload = json(uploaded);
    assertEquals("image", upload.getString("kind"));
    assertEquals("image/png", upload.getString("contentType"));
    assertEquals(png.length, upload.getJsonNumber("size").longValue());
    assertEquals("holiday photo.png", upload.getString("name"));
    assertTrue(upload.getString("url").contains("/api/v1/files/" + desk.company().id() + "/" + upload.getString("id")));

    Api.Reply sent = visitor.send("img-1", "image",
        Json.createObjectBuilder().add("attachmentId", upload.getString("id")).build());
    assertEquals(201, sent.status(), sent::toString);
    JsonObject content = sent.json().getJsonObject("message").getJsonObject("content");
    assertEquals("holiday photo.png", content.getString("name"));
    assertEquals("image/png", content.getString("contentType"));
    assertEquals("human", visitor.session().getString("state"), "a picture as the first message routes the session");

    JsonArray transcript =
        desk.agents().get(0).get("/api/v1/sessions/" + visitor.sessionId() + "/messages").array();
    JsonObject seen = transcript.getJsonObject(transcript.size() - 1);
    assertEquals("image", seen.getString("type"));
    String url = seen.getJsonObject("content").getString("url");
    Raw file = download(url);
    assertEquals(200, file.status());
    assertArrayEquals(png, file.body(), "exactly the bytes the visitor sent");
    assertEquals("image/png", file.header("Content-Type"));
    assertEquals("nosniff", file.header("X-Content-Type-Options"));
    assertTrue(file.header("Content-Disposition").startsWith("inline; filename=\"holiday photo.png\""));
    assertTrue(file.header("Content-Security-Policy").contains("sandbox"));
    assertTrue(file.header("Cache-Control").startsWith("private, max-age="));

    Raw head = download(url, "Range", "bytes=0-7");
    assertEquals(206, head.status());
    assertArrayEquals(Arrays.copyOf(png, 8), head.body());
    assertEquals("bytes 0-7/" + png.length, head.header("Content-Range"));
    assertEquals(304, download(url, "If-None-Match", file.header("ETag")).status());

    // The agent answers with a plain file: it downloads rather than opening in the browser.
    Raw notes = Desks.raw("POST", base(desk) + "/api/v1/attachments?kind=file&name=notes.txt",
        "Opening hours: 9-18\n".getBytes(StandardCharsets.UTF_8),
        "Authorization", "Bearer " + desk.agentTokens().get(0), "Content-Type", "text/plain");
    assertEquals(201, notes.status(), () -> new String(notes.body()));
    Api.Reply reply = desk.agents().get(0).post("/api/v1/sessions/" + visitor.sessionId() + "/messages",
        Json.createObjectBuilder().add("clientMsgId", "f-1").add("type", "file")
            .add("content", Json.createObjectBuilder().add("attachmentId", json(notes).getString("id"))).build());
    assertEquals(201, reply.status(), reply::toString);
    JsonArray forVisitor = visitor.api().get("/api/v1/visitor/messages?sessionId=" + visitor.sessionId()
        + "&afterSeq=" + sent.json().getJsonObject("message").getInt("seq")).json().getJsonArray("messages");
    Raw text = download(forVisitor.getJsonObject(0).getJsonObject("content").getString("url"));
    assertEquals("Opening hours: 9-18\n", new String(text.body(), StandardCharsets.UTF_8));
    assertTrue(text.header("Content-Disposition").startsWith("attachment;"));
    assertEquals("text/plain; charset=utf-8", text.header("Content-Type").toLowerCase());
  }

  @Test
  void tamperedOrExpiredLinksAreRefused() throws Exception {
    Desk desk = Desks.open(Api.at(base), "Links", 1, 5, 30);
    Visitor visitor = Desks.visit(desk);
    JsonObject upload = json(visitorUpload(visitor, "image", "a.png", "image/png", png(Color.BLUE)));
    URI link = URI.create(upload.getString("url"));
    String path = link.getRawPath();
    String exp = param(link, "exp");
    String sig = param(link, "sig");

    Raw forged = Desks.raw("GET", base(desk) + path + "?exp=" + (Long.parseLong(exp) + 86400) + "&sig=" + sig, null);
    assertEquals(403, forged.status());
    assertTrue(forged.asReply().isProblem());
    assertTrue(forged.asReply().string("detail").contains("signature"), forged.asReply()::toString);
    String otherFile = path.substring(0, path.lastIndexOf('/') + 1) + UUID.randomUUID();
    assertEquals(403, Desks.raw("GET", base(desk) + otherFile + "?exp=" + exp + "&sig=" + sig, null).status());
    assertEquals(403, Desks.raw("GET", base(desk) + path, null).status(), "no signature at all");

    // Correctly signed, but past its expiry.
    long past = System.currentTimeMillis() / 1000 - 60;
    String data = "file.v1/" + desk.company().id() + "/" + upload.getString("id") + "/" + past;
    Raw expired = Desks.raw("GET", base(desk) + path + "?exp=" + past + "&sig=" + sign(data), null);
    assertEquals(403, expired.status());
    assertTrue(expired.asReply().string("detail").contains("expired"), expired.asReply()::toString);
    long future = System.currentTimeMillis() / 1000 + 600;
    String fresh = "file.v1/" + desk.company().id() + "/" + upload.getString("id") + "/" + future;
    assertEquals(200, Desks.raw("GET", base(desk) + path + "?exp=" + future + "&sig=" + sign(fresh), null).status(),
        "the key computed here is the server's: the refusal above was for the expiry alone");
  }

  @Test
  void uploadsAreCheckedByTheirBytesAndSize() throws Exception {
    Desk desk = Desks.open(Api.at(base), "Checks", 1, 5, 30);
    Visitor visitor = Desks.visit(desk);
    byte[] exe = program();

    Raw renamed = visitorUpload(visitor, "image", "photo.png", "image/png", exe);
    assertEquals(415, renamed.status());
    String detail = renamed.asReply().string("detail");
    assertTrue(detail.contains("application/x-msdownload") && detail.contains("PNG"), detail);
    Raw asFile = visitorUpload(visitor, "file", "photo.png", "image/png", exe);
    assertEquals(415, asFile.status());
    assertTrue(asFile.asReply().string("detail").contains("Windows program"), asFile.asReply()::toString);
    assertEquals(201, visitorUpload(visitor, "file", "setup.exe", "application/octet-stream", exe).status(),
        "a program under its own name is just a file");

    byte[] big = Arrays.copyOf(png(Color.RED), (int) (1.5 * 1024 * 1024)); // a PNG head, too many bytes for a sticker
    Raw announced = visitorUpload(visitor, "sticker", "big.png", "image/png", big);
    assertEquals(413, announced.status());
    assertTrue(announced.asReply().isProblem());
    assertTrue(announced.asReply().string("detail").contains("1 MiB"), announced.asReply()::toString);
    Raw streamed = Desks.chunked(uploadUrl(visitor, "sticker", "big.png"), big,
        "X-Visitor-Token", visitor.token(), "Content-Type", "image/png");
    assertEquals(413, streamed.status(), "refused while reading when the size was not announced");

    byte[] archive = Arrays.copyOf(new byte[] {'P', 'K', 3, 4, 20, 0}, 3 * 1024 * 1024);
    Raw large = visitorUpload(visitor, "file", "backup.zip", "application/zip", archive);
    assertEquals(201, large.status(), "3 MiB pass: no container limit below the kinds' own");
    assertEquals(archive.length, json(large).getJsonNumber("size").longValue());

    assertEquals(400, visitorUpload(visitor, "file", "empty.txt", "text/plain", new byte[0]).status());
    assertEquals(400, visitorUpload(visitor, "avatar", "me.png", "image/png", png(Color.RED)).status());
    assertEquals(415, Desks.raw("POST", uploadUrl(visitor, "image", "x.png"), png(Color.RED),
        "X-Visitor-Token", visitor.token(), "Content-Type", "multipart/form-data; boundary=x").status());
    assertEquals(401, Desks.raw("POST", uploadUrl(visitor, "image", "x.png"), png(Color.RED),
        "Content-Type", "image/png").status(), "no visitor token");
    assertEquals(403, Desks.raw("POST", uploadUrl(visitor, "image", "x.png"), png(Color.RED),
        "X-Visitor-Token", visitor.token(), "Origin", "https://evil.example.net").status());
  }

  @Test
  void onlyTheUploaderMaySendAnUploadAndOnlyAsItsKind() throws Exception {
    Desk desk = Desks.open(Api.at(base), "Owner", 1, 5, 30);
    Visitor alice = Desks.visit(desk);
    Visitor bob = Desks.visit(desk);
    String alicesPicture = json(visitorUpload(alice, "image", "a.png", "image/png", png(Color.GREEN))).getString("id");

    Api.Reply stolen = bob.send("b-1", "image", Json.createObjectBuilder().add("attachmentId", alicesPicture).build());
    assertEquals(400, stolen.status(), stolen::toString);
    assertTrue(stolen.string("detail").contains("content.attachmentId"), stolen::toString);
    Api.Reply bogus = bob.send("b-2", "image",
        Json.createObjectBuilder().add("attachmentId", UUID.randomUUID().toString()).build());
    assertEquals(400, bogus.status(), bogus::toString);

    alice.say("a-0", "hello");
    Api.Reply byAgent = desk.agents().get(0).post("/api/v1/sessions/" + alice.sessionId() + "/messages",
        Json.createObjectBuilder().add("type", "image")
            .add("content", Json.createObjectBuilder().add("attachmentId", alicesPicture)).build());
    assertEquals(400, byAgent.status(), "staff cannot send a customer's upload either");

    Api.Reply asVideo = alice.send("a-1", "video", Json.createObjectBuilder().add("attachmentId", alicesPicture).build());
    assertEquals(400, asVideo.status());
    assertTrue(asVideo.string("detail").contains("uploaded as image"), asVideo::toString);
    assertEquals(201, alice.send("a-2", "file", Json.createObjectBuilder().add("attachmentId", alicesPicture).build())
        .status(), "any upload may go as a file");
    assertEquals(400, alice.send("a-3", "image", Json.createObjectBuilder().build()).status(), "no attachment id");
  }

  @Test
  void uploadsNobodySentAreDeletedAfterADay() throws Exception {
    Desk desk = Desks.open(Api.at(base), "Unsent", 1, 5, 30);
    Visitor visitor = Desks.visit(desk);
    JsonObject unsent = json(visitorUpload(visitor, "image", "u.png", "image/png", png(Color.CYAN)));
    JsonObject sent = json(visitorUpload(visitor, "image", "s.png", "image/png", png(Color.PINK)));
    visitor.send("s", "image", Json.createObjectBuilder().add("attachmentId", sent.getString("id")).build());
    ownerUpdate("update attachments set created_at = now() - interval '2 days' where id in (?, ?)",
        unsent.getString("id"), sent.getString("id"));
    assertTrue(Desks.eventually(30, () -> download(unsent.getString("url")).status() == 404),
        "the unsent upload is deleted by the background job");
    assertEquals(200, download(sent.getString("url")).status(), "a sent one is kept");
  }

  @Test
  void anAccountsAvatarIsAnUploadedImageShownInAccountAndVisitorViews() throws Exception {
    Desk desk = Desks.open(Api.at(base), "Avatar", 1, 5, 30);
    byte[] face = png(Color.MAGENTA);
    String path = "/api/v1/accounts/" + desk.accountId() + "/avatar?name=face.png";
    Raw set = Desks.raw("PUT", base(desk) + path, face,
        "Authorization", "Bearer " + desk.adminToken(), "Content-Type", "image/png");
    assertEquals(200, set.status(), () -> new String(set.body()));
    String avatarUrl = json(set).getString("avatarUrl");
    assertArrayEquals(face, download(avatarUrl).body());
    JsonObject account = desk.admin().get("/api/v1/accounts/" + desk.accountId()).json();
    assertEquals(json(set).getString("avatarAttachmentId"), account.getString("avatarAttachmentId"));
    assertNotNull(account.getString("avatarUrl"));
    assertNotNull(Desks.visit(desk).opened().getJsonObject("account").getString("avatarUrl"),
        "visitors see the account's avatar");

    assertEquals(403, Desks.raw("PUT", base(desk) + path, face,
        "Authorization", "Bearer " + desk.agentTokens().get(0), "Content-Type", "image/png").status());
    assertEquals(415, Desks.raw("PUT", base(desk) + path, "not an image".getBytes(StandardCharsets.UTF_8),
        "Authorization", "Bearer " + desk.adminToken(), "Content-Type", "image/png").status());

    Raw replaced = Desks.raw("PUT", base(desk) + path, png(Color.BLACK),
        "Authorization", "Bearer " + desk.adminToken(), "Content-Type", "image/png");
    assertEquals(200, replaced.status());
    assertNotEquals(json(set).getString("avatarAttachmentId"), json(replaced).getString("avatarAttachmentId"));
    assertEquals(404, download(avatarUrl).status(), "the replaced avatar is gone");
  }

  @Test
  void messagesCanBeRecalledWithinTwoMinutes() throws Exception {
    Desk desk = Desks.open(Api.at(base), "Recall", 2, 5, 30);
    Desks.member(desk.admin(), desk.company(), "boss", "supervisor");
    Api supervisor = desk.api().as(dev.frontdesk.testing.Companies.signIn(desk.api(), desk.company().slug(),
        "boss@" + desk.company().slug() + ".test", Desks.PASSWORD));
    Visitor visitor = Desks.visit(desk);
    JsonObject said = visitor.say("v-1", "my card number is 4111...").json().getJsonObject("message");
    String sessionId = visitor.sessionId();
    String servicer = visitor.session().getString("servicerId");
    Api agent = desk.agents().get(desk.agentIds().indexOf(servicer));
    Api colleague = desk.agents().get(1 - desk.agentIds().indexOf(servicer));

    Api.Reply recalled = visitor.api().post("/api/v1/visitor/messages/" + said.getString("id") + "/recall", null);
    assertEquals(200, recalled.status(), recalled::toString);
    assertNotNull(recalled.json().getString("recalledAt"));
    assertTrue(recalled.json().isNull("content"));
    JsonObject asAgentSees = message(agent.get("/api/v1/sessions/" + sessionId + "/messages").array(), said.getString("id"));
    assertTrue(asAgentSees.isNull("content"), "the content is hidden from everyone");
    assertEquals(said.getInt("seq"), asAgentSees.getInt("seq"), "the message keeps its place");
    assertEquals(200, visitor.api().post("/api/v1/visitor/messages/" + said.getString("id") + "/recall", null).status(),
        "recalling again changes nothing");
    assertEquals(1, count("select count(*) from events where type = 'recall' and session_id = ?", sessionId));

    JsonObject answer = agent.post("/api/v1/sessions/" + sessionId + "/messages",
        Json.createObjectBuilder().add("clientMsgId", "a-1").add("type", "text")
            .add("content", Json.createObjectBuilder().add("text", "Please never send that here"))
            .build()).json();
    String answerPath = "/api/v1/sessions/" + sessionId + "/messages/" + answer.getString("id") + "/recall";
    assertEquals(403, colleague.post(answerPath, Json.createObjectBuilder().build()).status(),
        "an agent recalls only their own messages");
    assertEquals(403, visitor.api().post("/api/v1/visitor/messages/" + answer.getString("id") + "/recall", null)
        .status(), "a visitor cannot recall the agent's message");
    assertEquals(200, supervisor.post(answerPath, Json.createObjectBuilder().build()).status(),
        "a supervisor recalls any servicer's message");
    assertEquals(403, agent.post("/api/v1/sessions/" + sessionId + "/messages/" + said.getString("id") + "/recall",
        Json.createObjectBuilder().build()).status(), "nobody but the visitor recalls the visitor's words");

    JsonObject old = visitor.say("v-2", "an old message").json().getJsonObject("message");
    ownerUpdate("update messages set created_at = created_at - interval '3 minutes' where id = ?", old.getString("id"));
    Api.Reply late = visitor.api().post("/api/v1/visitor/messages/" + old.getString("id") + "/recall", null);
    assertEquals(409, late.status(), late::toString);
    assertTrue(late.isProblem());
    assertTrue(late.string("detail").contains("2 minutes"), late::toString);
    JsonObject mine = agent.post("/api/v1/sessions/" + sessionId + "/messages",
        Json.createObjectBuilder().add("type", "text").add("content", Json.createObjectBuilder().add("text", "oops"))
            .build()).json();
    assertEquals(200, agent.post("/api/v1/sessions/" + sessionId + "/messages/" + mine.getString("id") + "/recall",
        Json.createObjectBuilder().build()).status());
  }

  @Test
  void theNewRoutesAreDocumented() {
    Api.Reply openapi = Api.at(base).get("/openapi");
    assertEquals(200, openapi.status());
    for (String route : new String[] {"/api/v1/visitor/attachments", "/api/v1/attachments",
        "/api/v1/files/{tenantId}/{attachmentId}", "/api/v1/accounts/{id}/avatar",
        "/api/v1/sessions/{id}/messages/{messageId}/recall", "/api/v1/visitor/messages/{messageId}/recall"}) {
      assertTrue(openapi.text().contains(route), () -> route + " is missing from /openapi");
    }
  }

  private static JsonObject message(JsonArray messages, String id) {
    for (int i = 0; i < messages.size(); i++) {
      if (messages.getJsonObject(i).getString("id").equals(id)) {
        return messages.getJsonObject(i);
      }
    }
    throw new AssertionError("no message " + id + " in " + messages);
  }

  private Raw visitorUpload(Visitor visitor, String kind, String name, String type, byte[] bytes) {
    return Desks.raw("POST", uploadUrl(visitor, kind, name), bytes, "X-Visitor-Token", visitor.token(),
        "Content-Type", type, "Origin", "https://shop.example.com");
  }

  private String uploadUrl(Visitor visitor, String kind, String name) {
    return visitor.api().base() + "/api/v1/visitor/attachments?sessionId=" + visitor.sessionId() + "&kind=" + kind
        + "&name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8);
  }

  /** Fetches a signed link as a browser would, without credentials; against this test's server. */
  private Raw download(String url, String... headers) {
    URI link = URI.create(url);
    return Desks.raw("GET", base.toString().replaceAll("/$", "") + link.getRawPath() + "?" + link.getRawQuery(),
        null, headers);
  }

  private static String base(Desk desk) {
    return desk.api().base();
  }

  private static JsonObject json(Raw raw) {
    try (var reader = Json.createReader(new StringReader(new String(raw.body(), StandardCharsets.UTF_8)))) {
      return reader.readObject();
    }
  }

  private static String param(URI uri, String name) {
    for (String pair : uri.getRawQuery().split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    throw new AssertionError("no " + name + " in " + uri);
  }

  /** Signs as the server does, with its file-link key read from the database. */
  private static String sign(String data) throws SQLException {
    try (Connection c = TestDatabase.connectAsOwner();
        PreparedStatement s = c.prepareStatement("select secret from server_secrets where name = 'file-link'")) {
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), "the server made its file-link key");
        byte[] key = Base64.getUrlDecoder().decode(r.getString(1));
        return Base64.getUrlEncoder().withoutPadding()
            .encodeToString(Secrets.hmacSha256(key, data.getBytes(StandardCharsets.UTF_8)));
      }
    }
  }

  private static void ownerUpdate(String sql, String... ids) throws SQLException {
    try (Connection c = TestDatabase.connectAsOwner(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < ids.length; i++) {
        s.setObject(i + 1, UUID.fromString(ids[i]));
      }
      assertEquals(ids.length, s.executeUpdate());
    }
  }

  private static long count(String sql, String id) throws SQLException {
    try (Connection c = TestDatabase.connectAsOwner(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, UUID.fromString(id));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** A real PNG, a little different per colour. */
  static byte[] png(Color color) throws IOException {
    BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 32; x++) {
      for (int y = 0; y < 32; y++) {
        image.setRGB(x, y, (x + y) % 2 == 0 ? color.getRGB() : Color.WHITE.getRGB());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** The start of a Windows program: a DOS header, then the PE signature. */
  static byte[] program() {
    byte[] b = new byte[512];
    b[0] = 'M';
    b[1] = 'Z';
    b[2] = (byte) 0x90;
    b[0x3C] = (byte) 0x80;
    b[0x80] = 'P';
    b[0x81] = 'E';
    return b;
  }
}
